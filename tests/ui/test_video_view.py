"""The video view: playback, watched intervals, resume position, subtitles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from biblio_desktop.ui.course import video_view
from biblio_desktop.ui.course.video_view import VideoView, format_time
from tests.ui.test_lesson_view import COURSE, Course, course, show  # noqa: F401 - fixture


def test_plays_and_reports_watched_interval(qtbot, course: Course) -> None:  # noqa: F811
    view = VideoView(course.state)
    show(qtbot, view, course, "m3-video")
    if view.player is None:
        pytest.skip("no multimedia backend")
    assert view.screen_stack.currentWidget() is view.poster
    assert not view.poster.pixmap().isNull()
    qtbot.waitUntil(lambda: view.duration > 30, timeout=5000)
    view.stage.setFocus()
    qtbot.keyClick(view.stage, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(view, "_current", 0) > 1.5, timeout=10000)
    view.save_now()
    course.flush()
    position = course.state.progress.item_state(COURSE, "m3-video").position
    start, end = position["watched"][0]
    assert start < 0.5 and end > 1.4
    assert position["video_time"] >= end - 0.01
    assert position["duration"] == pytest.approx(35.36, abs=0.5)
    assert "/ 0:35" in view.time_label.text()
    view.unload()


def test_only_real_playback_completes(qtbot, course: Course) -> None:  # noqa: F811
    """Positions are driven by hand: a seek to the end does not count, playing does."""
    view = VideoView(course.state)
    show(qtbot, view, course, "m3-video", language="lv")
    if view.player is None:
        pytest.skip("no multimedia backend")
    view.duration = 100.0
    playing = video_view.QMediaPlayer.PlaybackState.PlayingState
    view.player.playbackState = lambda: playing  # type: ignore[method-assign]
    for second in (0, 1, 2, 3):
        view.on_position(float(second))
    view.on_position(95.0)  # a jump: 0..3 is reported, 95 starts a new stretch
    view.on_position(100.0)
    view.save_now()
    course.flush()
    position = course.state.progress.item_state(COURSE, "m3-video").position
    assert position["watched"] == [[0.0, 3.0]]
    assert not course.state.progress.item_state(COURSE, "m3-video").done
    # the sample video has a question (tests/ui/test_video_questions.py): answered here,
    # so that watching is what completes it
    progress = course.state.progress
    course.flush()  # the view's own item_attempt first (one writer)
    attempt = progress.item_attempt(COURSE, "m3-video", "lv")
    progress.answer_item_question(attempt.attempt_id, "q-video-profiles", True)
    with qtbot.waitSignal(view.completed, timeout=5000) as blocker:
        for tenth in range(0, 1000):
            view.on_position(tenth / 10)
        view.flush_segment()
    assert blocker.args == ["m3-video"]
    assert course.state.progress.item_state(COURSE, "m3-video").done
    view.player.playbackState = lambda: video_view.QMediaPlayer.PlaybackState.StoppedState  # type: ignore[method-assign]
    view.unload()


def test_subtitles_follow_time_and_toggle(qtbot, course: Course) -> None:  # noqa: F811
    view = VideoView(course.state)
    show(qtbot, view, course, "m3-video", language="lv")
    assert len(view.cues) == 6
    view.on_position(15.0)
    assert "CECO" in view.subtitle.text() and "DIGY" in view.subtitle.text()
    view.on_position(4.0)
    assert view.subtitle.text() == ""  # between two cues
    view.on_position(1.0)
    assert view.subtitle.text().startswith("BIBLIO")
    qtbot.mouseClick(view.subs_button, Qt.MouseButton.LeftButton)
    assert not view.subs_button.isChecked() and view.subtitle.text() == ""
    view.unload()


def test_resume_position_is_saved(qtbot, course: Course) -> None:  # noqa: F811
    view = VideoView(course.state)
    show(qtbot, view, course, "m3-video")
    view.on_position(12.5)
    view.save_now()
    course.flush()
    assert course.state.progress.item_state(COURSE, "m3-video").position["video_time"] == 12.5
    again = VideoView(course.state)
    show(qtbot, again, course, "m3-video")
    assert again._resume_at == 12.5
    if again.player is not None:
        qtbot.waitUntil(lambda: again.player.position() >= 12000, timeout=5000)
    view.unload()
    again.unload()


def test_format_time() -> None:
    assert format_time(62) == "1:02" and format_time(215.9) == "3:35"
    assert format_time(3725) == "1:02:05" and format_time(-3) == "0:00"
