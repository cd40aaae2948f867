"""Questions in a video (format_version 3), driven through the position signal with fake
positions (real decoding offscreen is not reliable): the video pauses at a question's
time and plays on after Continue; a seek past it lists it as skipped (also after a
resume); the item completes when watched and every question answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from biblio_desktop.ui.base import accessibility
from biblio_desktop.ui.course import video_view
from biblio_desktop.ui.course.video_view import VideoView
from tests.ui.keyboard import focused, press
from tests.ui.test_lesson_view import COURSE, Course, course, show  # noqa: F401 - fixture

QID = "q-video-profiles"


def _open(qtbot, course: Course, language: str = "en") -> VideoView:  # noqa: F811
    view = VideoView(course.state)
    show(qtbot, view, course, "m3-video", language=language)
    if view.player is None:
        pytest.skip("no multimedia backend")
    course.flush()
    qtbot.waitUntil(lambda: view.questions.ready, timeout=5000)
    calls: list[str] = []
    view.calls = calls  # type: ignore[attr-defined]
    view.player.play = lambda: calls.append("play")  # type: ignore[method-assign]
    view.player.pause = lambda: calls.append("pause")  # type: ignore[method-assign]
    playing = video_view.QMediaPlayer.PlaybackState.PlayingState
    view.player.playbackState = lambda: playing  # type: ignore[method-assign]
    view.duration = 100.0
    return view


def _play(view: VideoView, start: float, end: float) -> None:
    for tenth in range(round(start * 10), round(end * 10) + 1):
        view.on_position(tenth / 10)


def _stop(view: VideoView) -> None:
    stopped = video_view.QMediaPlayer.PlaybackState.StoppedState
    view.player.playbackState = lambda: stopped  # type: ignore[method-assign]
    view.unload()


def test_pauses_at_the_question_and_continues_by_keyboard(qtbot, course: Course) -> None:  # noqa: F811
    view = _open(qtbot, course)
    row = view.questions.list.item(0).text()
    assert row.startswith("0:19 · Coming up · The video named two new library profiles")
    _play(view, 0, 18.9)
    assert not view.questions.asking and view.calls == []
    view.on_position(19.0)
    assert [q.id for q in view.questions.asking] == [QID] and view.calls == ["pause"]
    assert view.questions.question_box.isVisible()
    assert accessibility.announcements[-1] == "Question at 0:19"
    card = view.questions.panel.cards[0]
    assert focused() is card.control.true_button  # the keyboard is on the question
    view.on_position(19.3)  # the player's last frames: asked once, not again
    assert view.calls == ["pause"]
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    assert focused() is card.check_button
    press(Qt.Key.Key_Space)
    course.flush()
    qtbot.waitUntil(lambda: card.answered, timeout=5000)
    assert card.verdict.text() == "Correct" and "CECO for community" in card.feedback.text()
    assert focused() is view.questions.continue_button
    assert "· Answered ·" in view.questions.list.item(0).text()
    press(Qt.Key.Key_Space)  # Continue
    assert view.calls == ["pause", "play"] and not view.questions.asking
    assert view.questions.question_box.isHidden()
    _play(view, 19.4, 25)
    assert view.calls == ["pause", "play"]
    view.save_now()
    course.flush()
    again = _open(qtbot, course)  # resume: the answer is back, nothing is asked again
    assert again._resume_at == 25.0
    assert again.questions.answered(QID) and again.questions.skipped_ids() == []
    assert "· Answered ·" in again.questions.list.item(0).text()
    again.questions.list.setCurrentRow(0)
    qtbot.keyClick(again.questions.list, Qt.Key.Key_Return)  # shown again, read-only
    card = again.questions.panel.cards[0]
    assert card.answered and card.verdict.text() == "Correct"
    assert card.control.true_button.isChecked() and not card.control.isEnabled()
    _stop(again)
    _stop(view)


def test_seeking_past_lists_it_skipped_and_answering_completes(qtbot, course: Course) -> None:  # noqa: F811
    view = _open(qtbot, course, "lv")
    _play(view, 0, 10)
    view.on_position(30.0)  # a seek over 0:19
    assert not view.questions.asking and view.questions.skipped_ids() == [QID]
    assert view.questions.skipped_label.isVisible()
    assert view.questions.list.item(0).text().startswith("0:19 · Skipped, not answered · ")
    view.save_now()
    course.flush()
    again = _open(qtbot, course, "lv")  # resume: still listed as skipped
    assert again.questions.skipped_ids() == [QID]
    _stop(again)
    _play(view, 30.1, 100)
    view.flush_segment()
    course.flush()
    assert not course.state.progress.item_state(COURSE, "m3-video").done
    view.questions.list.setCurrentRow(0)
    qtbot.keyClick(view.questions.list, Qt.Key.Key_Return)  # back to the skipped question
    assert [q.id for q in view.questions.asking] == [QID]
    card = view.questions.panel.cards[0]
    card.control.true_button.click()
    card.check_button.click()
    course.flush()
    qtbot.waitUntil(lambda: card.answered, timeout=5000)
    assert view.questions.skipped_ids() == [] and view.questions.skipped_label.isHidden()
    assert not course.state.progress.item_state(COURSE, "m3-video").done  # 80 % watched
    view.continue_playing()
    with qtbot.waitSignal(view.completed, timeout=5000) as blocker:
        _play(view, 19.0, 30.0)
        view.flush_segment()
        course.flush()
    assert blocker.args == ["m3-video"]
    state = course.state.progress.item_state(COURSE, "m3-video")
    assert state.done and state.best_score == 1.0
    _stop(view)
