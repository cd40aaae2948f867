"""Main window: start on the picker, navigation, idle sign-out, language switch, restore."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from biblio_desktop.storage.backup import make_backup
from biblio_desktop.ui.shell.main_window import MainWindow

from .conftest import SAMPLE_ID


@pytest.fixture
def window(qtbot, app_state):
    app_state.sign_out()
    win = MainWindow(app_state)
    qtbot.addWidget(win)
    win.show()
    return win


def _sign_in(window: MainWindow) -> None:
    learner = window.state.workspace.learners.list_learners()[0]
    window.state.sign_in_learner(learner.id, None)


def test_starts_on_the_picker_and_guards_screens(window: MainWindow) -> None:
    assert window.current == "picker"
    assert not window.toolbar.isVisible()
    window.show_library()  # not signed in: stays on the picker
    assert window.current == "picker"


def test_navigation_and_course_resume(qtbot, window: MainWindow) -> None:
    _sign_in(window)
    window.show_library()
    assert window.current == "library" and window.toolbar.isVisible()
    assert window.who.text() == "Ilze Kalniņa"
    window.open_course(SAMPLE_ID)
    course = window.screens["course"]
    assert window.current == "course" and course.item is not None
    first = course.item.id
    course.step(1)
    second = course.item.id
    assert second != first
    window.state.writer.flush()
    window.show_library()
    window.open_course(SAMPLE_ID)  # resume: the last opened item
    assert window.screens["course"].item.id == second
    window.show_progress(SAMPLE_ID)
    assert window.current == "progress"


def test_idle_sign_out_saves_and_returns_to_picker(window: MainWindow) -> None:
    _sign_in(window)
    window.open_course(SAMPLE_ID)
    window.idle_sign_out()
    assert window.current == "picker" and window.state.learner is None
    assert "signed out" in window.statusBar().currentMessage()


def test_language_switch_rebuilds_screens(window: MainWindow) -> None:
    _sign_in(window)
    window.show_library()
    old = window.screens["library"]
    window.state.set_setting("ui_language", "lv")
    assert window.screens["library"] is not old
    assert "bibliotekāriem" in window.screens["library"].cards[0].accessibleName()


def test_restore_from_settings_reopens_the_library(window: MainWindow,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    state = window.state
    backup = make_backup(state.workspace.layout, "manual")
    state.workspace.learners.add("Added After Backup")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.restore_backup(backup)
    names = [learner.name for learner in state.workspace.learners.list_learners()]
    assert names == ["Ilze Kalniņa"]
    assert window.current == "picker"
