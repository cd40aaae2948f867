"""Focus moved by the program shows a ring (WCAG 2.4.7), in every theme: after "Back to
the library", opening a course, submitting a quiz and closing a dialog, the focused
widget is drawn differently with the focus than without it, and the pixels that change
stand out from the window colour by 3:1 (a ring, not a hint of one)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from biblio_desktop.ui.base.theme import THEMES, contrast, set_look
from biblio_desktop.ui.shell.main_window import MainWindow

from .conftest import SAMPLE_ID

BAND = 6  # rings are drawn at the widget's edge (its frame or a border)


def _pixels(widget: QWidget) -> dict[tuple[int, int], str]:
    """The colours of the band along the widget's edges."""
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    points = {(x, y) for x in range(w) for y in (*range(BAND), *range(h - BAND, h))}
    points |= {(x, y) for y in range(h) for x in (*range(BAND), *range(w - BAND, w))}
    return {(x, y): image.pixelColor(x, y).name() for x, y in points if 0 <= y < h}


def ring(widget: QWidget, window_colour: str) -> float:
    """The best contrast against the window of the pixels the focus changes."""
    QApplication.processEvents()
    assert widget.hasFocus()
    focused = _pixels(widget)
    widget.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    widget.clearFocus()
    QApplication.processEvents()
    unfocused = _pixels(widget)
    changed = {focused[p] for p in focused if unfocused.get(p) != focused[p]}
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    return max((contrast(colour, window_colour) for colour in changed), default=1.0)


@pytest.fixture(params=list(THEMES))
def themed(request, qtbot, app_state):
    theme = request.param
    app_state.set_setting("theme", theme)
    set_look(QApplication.instance(), "en", theme, 11)
    win = MainWindow(app_state)
    win.save_geometry = False
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win, THEMES[theme].window
    set_look(QApplication.instance(), "en", "light", 11)
    app_state.set_setting("theme", "light")


def _back_to_library(window: MainWindow) -> None:
    window.open_course(SAMPLE_ID, "m1-welcome")
    back = next(b for b in window.screens["course"].findChildren(QPushButton)
                if b.accessibleName() == "Back to the library")
    back.click()


def _open_course(window: MainWindow) -> None:
    window.open_course(SAMPLE_ID, "m1-welcome")


def _submit_quiz(window: MainWindow, qtbot=None) -> None:
    window.open_course(SAMPLE_ID, "m1-quiz")
    quiz = window.screens["course"].views["quiz"]
    quiz.start_button.click()
    window.state.writer.flush()
    for _ in range(200):
        QApplication.processEvents()
        if quiz.attempt is not None:
            break
    quiz.ask_submit_unanswered = lambda _n: True
    quiz.submit()
    window.state.writer.flush()
    for _ in range(200):
        QApplication.processEvents()
        if quiz.stack.currentIndex() == 2:
            break
    assert quiz.stack.currentIndex() == 2


def _close_a_dialog(window: MainWindow) -> None:
    window.show_library()
    screen = window.screens["library"]
    before = QApplication.focusWidget()
    dialog = QDialog(screen)
    dialog.setWindowTitle("Test dialog")
    dialog.show()
    dialog.activateWindow()
    QApplication.processEvents()
    dialog.reject()
    before.activateWindow() if before is not None else None
    QApplication.processEvents()


ACTIONS: dict[str, Callable[[MainWindow], None]] = {
    "back to the library": _back_to_library, "open a course": _open_course,
    "submit a quiz": _submit_quiz, "close a dialog": _close_a_dialog,
}


@pytest.mark.parametrize("action", list(ACTIONS))
def test_program_focus_shows_a_ring(themed, action) -> None:
    window, window_colour = themed
    window.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    ACTIONS[action](window)
    QApplication.processEvents()
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window, focused
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange), \
        f"no focus ring after {action}: focus set by the program draws none"
    assert ring(focused, window_colour) >= 3.0, \
        f"{type(focused).__name__} {focused.accessibleName()!r}: ring below 3:1"
