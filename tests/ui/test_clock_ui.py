"""The UI on a PC whose clock is wrong: idle sign-out on elapsed time, the start screen's
warning, and "Get certificate" explaining a refusal (translated, for screen readers too).
Runs on the app's FakeClock."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from biblio_desktop.clock import FakeClock
from biblio_desktop.records import issued_records, verify_credential
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.progress.progress_screen import ProgressScreen
from biblio_desktop.ui.shell.main_window import IDLE_CHECK_MAX_MS, MainWindow
from biblio_desktop.workspace import Workspace
from tests.ui.test_progress_screen import COURSE, FakeNav, complete_course

YEAR = 365 * 86400
DEAD_BATTERY = datetime(2002, 1, 1, 0, 5, tzinfo=UTC)


# --- idle sign-out ---------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, fake_clock: FakeClock, app_state: AppState) -> MainWindow:
    app_state.sign_out()
    win = MainWindow(app_state)
    qtbot.addWidget(win)
    win.show()
    return win


def _key_press(window: MainWindow) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    window.idle.eventFilter(window, event)


def test_changing_the_date_neither_signs_out_nor_keeps_signed_in(
        window: MainWindow, fake_clock: FakeClock) -> None:
    learner = window.state.workspace.learners.list_learners()[0]
    window.state.sign_in_learner(learner.id, None)
    limit = int(window.state.setting("idle_minutes")) * 60
    assert window.idle.timer.isActive()
    assert window.idle.timer.interval() <= IDLE_CHECK_MAX_MS
    fake_clock.jump(30 * YEAR)  # someone sets the year 2056 while the learner works
    window.idle.check()
    assert window.state.learner is not None
    fake_clock.set(DEAD_BATTERY)  # ... or 2002
    window.idle.check()
    assert window.state.learner is not None
    fake_clock.advance(limit - 5)
    _key_press(window)  # the learner is active: the idle time starts again
    fake_clock.advance(limit - 5)
    window.idle.check()
    assert window.state.learner is not None and window.idle.timer.isActive()
    fake_clock.advance(5)  # the configured minutes without input have really passed
    window.idle.check()
    assert window.state.learner is None and window.current == "picker"
    assert "signed out" in window.statusBar().currentMessage()


# --- the start screen's warning --------------------------------------------------------------

def test_the_picker_warns_while_the_clock_is_impossible(
        window: MainWindow, fake_clock: FakeClock) -> None:
    banner = window.screens["picker"].clock_banner
    assert banner.isHidden()
    fake_clock.set(DEAD_BATTERY)
    window.screens["picker"].on_shown()
    assert banner.isVisible()
    assert "2002" in banner.text() and "cannot be right" in banner.text()
    assert "certificates cannot be made" in banner.text()
    assert banner.accessibleName() == "Clock warning"
    assert banner.accessibleDescription() == banner.text()
    fake_clock.set(datetime(2150, 1, 1, tzinfo=UTC))
    window.screens["picker"].on_shown()
    assert "too far in the future" in banner.text()
    window.state.set_setting("ui_language", "lv")  # rebuilt in Latvian
    banner = window.screens["picker"].clock_banner
    window.screens["picker"].on_shown()
    assert "Datora pulkstenis rāda" in banner.text() and "2150" in banner.text()
    assert banner.accessibleName() == "Brīdinājums par pulksteni"
    fake_clock.set(datetime(2026, 5, 4, tzinfo=UTC))
    window.screens["picker"].on_shown()
    assert banner.isHidden()


# --- "Get certificate" -------------------------------------------------------------------------

@pytest.fixture
def graduate_screen(qtbot, fake_clock: FakeClock, tmp_path: Path, sample_package: Path,
                    monkeypatch: pytest.MonkeyPatch):
    """Līga completed the sample course on 2026-03-02 and sees her progress screen; the
    file dialog answers with a PDF path in tmp_path."""
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(sample_package)
    learner = ws.learners.add("Līga Bērziņa")
    complete_course(ws, ws.progress_of(learner.id))
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    screen = ProgressScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.show()
    screen.set_course(COURSE)
    target = tmp_path / "out" / "cert.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    yield ws, state, screen
    state.shutdown()
    ws.close()


def _ask_for_certificate(qtbot, screen: ProgressScreen) -> Any:
    screen.certificate_button.click()
    box = screen._certificate_box
    next(b for b in box.buttons()
         if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    flow = screen.certificate_flow
    screen.state.writer.flush()
    qtbot.waitUntil(lambda: flow.clock_box is not None or flow.summary is not None,
                    timeout=30000)
    return flow


def test_a_certificate_on_a_2002_clock_is_refused_with_the_clock_named(
        qtbot, graduate_screen, fake_clock: FakeClock) -> None:
    ws, _state, screen = graduate_screen
    fake_clock.set(DEAD_BATTERY)
    flow = _ask_for_certificate(qtbot, screen)
    box = flow.clock_box
    assert box.isVisible() and box.windowTitle() == "Check the computer's clock"
    assert "2002" in box.text() and "before this version of BIBLIO Desktop" in box.text()
    assert "Set the correct date and time" in box.informativeText()
    assert box.accessibleName() == "Check the computer's clock"
    assert box.text() in box.accessibleDescription()
    # nothing to confirm: the date is impossible
    assert [box.buttonRole(b) for b in box.buttons()] == [QMessageBox.ButtonRole.AcceptRole]
    assert issued_records(ws) == []
    finished: list[Any] = []
    flow.finished.connect(finished.append)
    box.buttons()[0].click()
    assert finished == [None]


def test_a_clock_set_back_before_the_completion_can_be_confirmed_right(
        qtbot, graduate_screen, fake_clock: FakeClock, tmp_path: Path) -> None:
    ws, _state, screen = graduate_screen
    fake_clock.set(datetime(2026, 2, 10, 12, 0, tzinfo=UTC))  # plausible, before March 2
    flow = _ask_for_certificate(qtbot, screen)
    box = flow.clock_box
    assert "but you completed this course on" in box.text() and "2026" in box.text()
    right = next(b for b in box.buttons()
                 if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert right.text() == "The clock is right: save certificate"
    assert right.accessibleName().startswith("The clock is right now")
    assert box.defaultButton() is not right  # the safe choice is the default
    right.click()
    screen.state.writer.flush()
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(),
                    timeout=30000)
    record = (tmp_path / "out" / "cert.json").read_bytes()
    assert verify_credential(record).valid
    assert b'"validFrom": "2026-02-10T12:00:00Z"' in record
    assert "saved while the computer's clock was wrong" in flow.summary.note.text()
    assert len(issued_records(ws)) == 1


def test_the_clock_dialog_speaks_greek(qtbot, qapp, graduate_screen,
                                      fake_clock: FakeClock) -> None:
    from biblio_desktop.ui.base.theme import set_look

    _ws, _state, screen = graduate_screen
    set_look(qapp, "el", "light", 11)
    fake_clock.set(datetime(2380, 1, 1, tzinfo=UTC))
    flow = _ask_for_certificate(qtbot, screen)
    assert flow.clock_box.windowTitle() == "Ελέγξτε το ρολόι του υπολογιστή"
    assert "2380" in flow.clock_box.text() and "μέλλον" in flow.clock_box.text()
