"""Keyboard only (EN 301 549 / WCAG 2.1.1, 2.1.2, 2.4.3, 2.2.1): every screen's Tab order
is a cycle with no trap that includes the main navigation, Enter presses the focused
button, every check box of a question is reachable, focus lands somewhere after each
screen change, and idle sign-out warns first with "Stay signed in"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox

from biblio_desktop.ui.course.quiz_widgets import ChoiceControl
from biblio_desktop.ui.shell.main_window import MainWindow

from .conftest import SAMPLE_ID
from .keyboard import focused, name_of, press, tab_cycle

NAVIGATION = ["Library", "My progress", "Get courses", "Settings", "Switch learner"]


@pytest.fixture
def window(qtbot, app_state):
    win = MainWindow(app_state)
    win.save_geometry = False
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def stops(widgets) -> list[str]:
    return [name_of(w) for w in widgets]


@pytest.mark.parametrize("screen", ["library", "course", "progress", "settings", "catalog"])
def test_tab_cycles_through_each_screen_and_the_main_navigation(window, screen) -> None:
    if screen == "course":
        window.open_course(SAMPLE_ID, "m1-welcome")
    else:
        getattr(window, f"show_{screen}")()
    start = focused()
    assert start is not None and window.screens[screen].isAncestorOf(start), \
        f"no focus on the {screen} screen after showing it"
    forward = stops(tab_cycle(start))
    for name in NAVIGATION:
        assert name in forward, f"{name!r} is not in the Tab order of {screen}: {forward}"
    assert "" not in forward, f"an unnamed Tab stop on {screen}: {forward}"
    backward = stops(tab_cycle(start, backwards=True))
    assert sorted(backward) == sorted(forward)


def test_settings_backups_table_is_no_trap(qtbot, window) -> None:
    window.state.sign_out()
    window.state.workspace.learners.create_facilitator("librarian-2026")
    window.state.sign_in_facilitator("librarian-2026")
    window.show_settings()
    screen = window.screens["settings"]
    forward = stops(tab_cycle(screen.backups))
    for name in ("Back up the library now", "Name of this library on certificates",
                 "Text size in points"):
        assert name in forward, forward
    screen.backup_now.setFocus()
    press(Qt.Key.Key_Return)  # Enter presses the focused button
    qtbot.waitUntil(lambda: screen.backup_status.isVisible(), timeout=10_000)
    from biblio_desktop.ui.base import accessibility

    assert accessibility.announcements[-1].startswith("Backed up to")


def test_facilitator_table_is_no_trap(window) -> None:
    window.state.sign_out()
    window.state.workspace.learners.create_facilitator("librarian-2026")
    window.state.sign_in_facilitator("librarian-2026")
    window.show_facilitator()
    screen = window.screens["facilitator"]
    screen.table.setFocus(Qt.FocusReason.TabFocusReason)  # the first row is chosen
    forward = stops(tab_cycle(screen.table))
    for name in ("Show the learner's details", "Rename the learner", "Remove the learner",
                 "Export table as CSV", "Settings", "Switch learner"):
        assert name in forward, forward


def test_enter_starts_the_quiz_and_reaches_every_check_box(qtbot, window) -> None:
    window.open_course(SAMPLE_ID, "m1-quiz")
    quiz = window.screens["course"].views["quiz"]
    quiz.start_button.setFocus()
    press(Qt.Key.Key_Return)
    window.state.writer.flush()
    qtbot.waitUntil(lambda: quiz.attempt is not None and quiz.control is not None)
    for index in range(len(quiz.attempt.question_ids)):
        quiz.go_to(index)
        if isinstance(quiz.control, ChoiceControl) and quiz.control.multiple:
            break
    else:
        pytest.fail("the quiz has no multiple-choice question")
    boxes = list(quiz.control.buttons.values())
    assert len(boxes) >= 3 and all(isinstance(b, QCheckBox) for b in boxes)
    assert focused() is boxes[0]
    forward = tab_cycle(boxes[0])
    assert all(box in forward for box in boxes[1:])  # Tab reaches each one
    boxes[0].setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Down)  # arrows move too
    assert focused() is boxes[1]
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    assert focused() is boxes[2]
    press(Qt.Key.Key_Space)
    assert boxes[1].isChecked() and boxes[2].isChecked() and len(quiz.control.answer()) == 2


def test_enter_on_back_to_the_library_lands_on_the_course_card(window) -> None:
    window.open_course(SAMPLE_ID, "m1-welcome")
    course = window.screens["course"]
    back = next(w for w in course.findChildren(object) if name_of(w) == "Back to the library")
    back.setFocus()
    press(Qt.Key.Key_Enter)
    assert window.current == "library"
    assert focused() is window.screens["library"].cards[0]
    press(Qt.Key.Key_Return)  # the card opens the course again
    assert window.current == "course"
    assert focused() is course.outline


def test_idle_sign_out_warns_a_minute_ahead_and_stay_signed_in_extends(
        qtbot, window, fake_clock) -> None:
    window.state.set_setting("idle_minutes", 15)
    window.idle.restart()
    window.show_library()
    card = focused()
    fake_clock.advance(14 * 60 - 5)
    window.idle.check()
    assert not window.idle_warning.isVisible()
    fake_clock.advance(10)  # 55 s before the sign-out
    window.idle.check()
    warning = window.idle_warning
    assert warning.isVisible() and "55 seconds" in warning.text.text()
    assert focused() is warning.stay_button  # one key to stay
    from biblio_desktop.ui.base import accessibility

    assert accessibility.announcements[-1] == warning.text.text()
    fake_clock.advance(30)
    window.idle.check()
    assert "25 seconds" in warning.text.text() and window.state.learner is not None
    press(Qt.Key.Key_Return)  # "Stay signed in"
    qtbot.wait(50)
    assert not warning.isVisible() and focused() is card
    fake_clock.advance(14 * 60 - 5)
    window.idle.check()
    assert window.state.learner is not None and not warning.isVisible()
    fake_clock.advance(10)
    window.idle.check()
    assert warning.isVisible()
    fake_clock.advance(60)
    window.idle.check()
    assert window.state.learner is None and window.current == "picker"
    assert not warning.isVisible()
    assert "signed out" in accessibility.announcements[-1]


def test_theme_and_text_size_changes_keep_the_focus_on_their_control(window) -> None:
    window.show_settings()
    screen = window.screens["settings"]
    screen.theme.setFocus(Qt.FocusReason.TabFocusReason)
    screen.theme.setCurrentIndex(screen.theme.findData("dark"))  # as arrows in the box do
    assert window.screens["settings"] is screen and focused() is screen.theme  # kept
    screen.font_size.setFocus(Qt.FocusReason.TabFocusReason)
    screen.font_size.setValue(24)
    assert window.screens["settings"] is screen
    assert focused() is screen.font_size and screen.font_size.value() == 24
    window.state.set_setting("theme", "light")
    window.state.set_setting("font_size", 11)


def test_video_keys_and_captions(window) -> None:
    window.open_course(SAMPLE_ID, "m3-video")
    video = window.screens["course"].views["video"]
    assert video.seek.singleStep() == 5_000 and video.seek.pageStep() == 30_000
    assert not video.subtitle.accessibleName()  # the caption text itself is read
    assert video.subs_button.isCheckable() and video.subs_button.isChecked()


def test_questions_on_a_slide_and_in_a_video_are_no_trap(qtbot, window) -> None:
    window.open_course(SAMPLE_ID, "m2-slides")
    slides = window.screens["course"].views["slides"]
    window.state.writer.flush()
    qtbot.waitUntil(lambda: slides.questions.attempt is not None)
    slides.go(3)
    card = slides.questions.cards[0]
    forward = stops(tab_cycle(slides.browser))
    at = forward.index("Users, partners and the community")
    assert forward[at + 1] == "Check and save the answer"
    assert forward.index("Previous slide") > at and "Switch learner" in forward
    assert sorted(stops(tab_cycle(slides.browser, backwards=True))) == sorted(forward)
    card.control.buttons["a"].setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Space)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Return)  # Enter presses "Check answer"
    window.state.writer.flush()
    qtbot.waitUntil(lambda: card.answered)
    assert focused() is slides.next_button  # on to the next slide
    window.open_course(SAMPLE_ID, "m3-video")
    video = window.screens["course"].views["video"]
    window.state.writer.flush()
    qtbot.waitUntil(lambda: video.questions.ready)
    video.player = None  # no playback here: the keys, not the media
    video.questions.ask(video.questions.embedded.quiz.questions)
    assert focused() is video.questions.panel.cards[0].control.true_button
    forward = stops(tab_cycle(focused()))
    for name in ("Check and save the answer", "Continue the video", "Questions in this video",
                 "Switch learner"):
        assert name in forward, forward
    video.questions.continue_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(Qt.Key.Key_Return)  # Continue without answering: listed as skipped
    assert not video.questions.asking
    assert video.questions.skipped_ids() == ["q-video-profiles"]


def test_pdf_item_is_operable_from_the_keyboard(qtbot, window) -> None:
    """Tab reaches every control of the PDF view and leaves it (no trap); Page Down on the
    page, Enter on the buttons, Ctrl+F and Esc work without a mouse."""
    window.open_course(SAMPLE_ID, "m4-checklist")
    view = window.screens["course"].views["pdf"]
    qtbot.waitUntil(lambda: view.loaded is not None, timeout=10_000)
    passed = tab_cycle(view.canvas)
    names = stops(passed)
    for name in ("Contents of this PDF", "Links on this page", "Page number",
                 "Zoom out", "Zoom in", "Fit the page to the width", "Find in this PDF",
                 "Mark this PDF as read", "Course outline"):
        assert name in names, (name, names)
    view.canvas.setFocus()
    press(Qt.Key.Key_PageDown)
    assert view.page == 1
    view.next_button.setFocus()
    press(Qt.Key.Key_Return)
    assert view.page == 2
    view.canvas.setFocus()
    press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is view.find_field
    press(Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible() and focused() is view.canvas
    view.done_button.setFocus()
    press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not view.done_button.isEnabled(), timeout=5000)
