"""Switching theme or text size in Settings keeps what every screen shows: the quiz's
current question, a half-typed filter, a checked option, the progress page's course, a
half-typed address in Settings, the lesson's scroll position (the screens are restyled in
place, not rebuilt; only a language change rebuilds them)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from biblio_desktop.ui.shell.main_window import MainWindow

from .conftest import SAMPLE_ID


@pytest.fixture
def window(qtbot, app_state):
    win = MainWindow(app_state)
    win.save_geometry = False
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    yield win
    win.state.set_setting("theme", "light")
    win.state.set_setting("font_size", 11)


@pytest.mark.parametrize(("key", "value"), [("theme", "high-contrast"), ("font_size", 24)])
def test_a_look_change_keeps_every_screens_state(qtbot, window, key, value) -> None:
    window.open_course(SAMPLE_ID, "m5-final-quiz")
    course = window.screens["course"]
    quiz = course.views["quiz"]
    quiz.start_button.click()
    window.state.writer.flush()
    qtbot.waitUntil(lambda: quiz.attempt is not None)
    quiz.go_to(2)
    window.show_catalog()
    catalog = window.screens["catalog"]
    catalog.updates_only.setChecked(True)
    window.show_progress(SAMPLE_ID)
    progress = window.screens["progress"]
    window.show_settings()
    settings = window.screens["settings"]
    settings.sync_panel.url.setText("https://lrs.example.org/xapi")  # typed, not saved
    control = settings.theme if key == "theme" else settings.font_size
    control.setFocus()

    window.state.set_setting(key, value)
    QApplication.processEvents()

    assert window.current == "settings"
    assert window.screens["settings"] is settings
    assert settings.sync_panel.url.text() == "https://lrs.example.org/xapi"
    assert QApplication.focusWidget() is control
    assert window.screens.get("catalog") is catalog and catalog.updates_only.isChecked()
    assert window.screens.get("progress") is progress
    assert window.screens.get("course") is course
    assert quiz.attempt is not None and quiz.index == 2 and quiz.stack.currentIndex() == 1
    assert quiz.control is not None and quiz.control.isVisibleTo(quiz)


def test_a_look_change_keeps_the_facilitator_filter(qtbot, window) -> None:
    ws = window.state.workspace
    ws.learners.create_facilitator("librarian-2026")
    window.state.sign_out()
    window.state.sign_in_facilitator("librarian-2026")
    window.show_facilitator()
    screen = window.screens["facilitator"]
    screen.filter.setText("Ilz")
    window.show_settings()
    settings = window.screens["settings"]
    settings.issuer.setText("Biblioteka Rī")  # half-typed, not saved yet
    settings.issuer.setFocus()
    window.state.set_setting("font_size", 20)
    window.state.set_setting("theme", "dark")
    assert window.screens["settings"] is settings and settings.issuer.text() == "Biblioteka Rī"
    assert QApplication.focusWidget() is settings.issuer
    window.show_facilitator()
    assert window.screens["facilitator"] is screen and screen.filter.text() == "Ilz"
