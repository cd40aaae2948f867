"""The start screen: tiles, adding learners, PIN sign-in with throttling, facilitator."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.learner.learner_dialogs import (
    AddLearnerDialog,
    FacilitatorSetupDialog,
    FacilitatorSignInDialog,
    PinDialog,
)
from biblio_desktop.ui.learner.learner_picker import LearnerPicker, avatar_color, initials
from biblio_desktop.workspace import Workspace
from tests.ui.test_progress_screen import SAMPLE, FakeNav


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


@pytest.fixture
def env(qtbot, tmp_path: Path, package: Path):
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    state = AppState(ws)
    nav = FakeNav()
    yield ws, state, nav
    state.shutdown()
    ws.close()


def make_picker(qtbot, state: AppState, nav: FakeNav, drive=None) -> LearnerPicker:
    picker = LearnerPicker(state, nav)
    qtbot.addWidget(picker)
    picker.resize(1100, 720)
    picker.show()
    if drive is not None:
        def shown(dialog: QDialog) -> int:
            dialog.show()  # as exec() would, without a nested event loop
            return drive(dialog)

        picker.run_dialog = shown  # type: ignore[method-assign]
    return picker


def test_tiles_for_learners_with_lock_and_initials(qtbot, env) -> None:
    ws, state, nav = env
    ws.learners.add("Līga Bērziņa", "1234")
    ws.learners.add("anna")
    picker = make_picker(qtbot, state, nav)
    names = [t.text() for t in picker.tiles]
    assert names == ["anna", "Līga Bērziņa", "Add learner"]
    assert picker.tiles[1].accessibleName() == "Līga Bērziņa, protected by a PIN"
    assert picker.tiles[0].accessibleName() == "anna"
    assert picker.tiles[0].property("role") == "tile"
    assert not picker.empty.isVisible()
    assert initials("Līga Bērziņa") == "LB" and initials("anna") == "A"
    assert avatar_color(1) != avatar_color(2)


def test_empty_state_explains_profiles(qtbot, env) -> None:
    _ws, state, nav = env
    picker = make_picker(qtbot, state, nav)
    assert picker.empty.isVisible()
    assert not picker.scroll.isVisible()
    texts = " ".join(w.text() for w in picker.empty.findChildren(type(picker.headline)))
    assert "progress separate" in texts
    assert picker.empty_add.property("role") == "primary"


def test_add_learner_via_dialog_with_inline_errors(qtbot, env) -> None:
    ws, state, nav = env
    ws.learners.add("Anna")
    seen: list[str] = []

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, AddLearnerDialog)
        dialog.name.setText("anna")  # taken (names are unique ignoring case)
        dialog.submit()
        state.writer.flush()
        qtbot.waitUntil(lambda: dialog.message.isVisible())
        seen.append(dialog.message.text())
        dialog.name.setText("Jānis Kalniņš")
        dialog.pin.setText("12")
        dialog.pin_again.setText("12")
        dialog.submit()  # too short: checked before any write
        seen.append(dialog.message.text())
        dialog.pin.setText("4321")
        dialog.pin_again.setText("4322")
        dialog.submit()
        seen.append(dialog.message.text())
        dialog.pin_again.setText("4321")
        dialog.submit()
        state.writer.flush()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    picker = make_picker(qtbot, state, nav, drive)
    picker.add_tile.click()
    assert "already a learner called 'Anna'" in seen[0]
    assert "4 to 8 digits" in seen[1]
    assert "different" in seen[2]
    added = next(lr for lr in ws.learners.list_learners() if lr.name == "Jānis Kalniņš")
    assert added.has_secret
    assert [t.text() for t in picker.tiles] == ["Anna", "Jānis Kalniņš", "Add learner"]
    assert picker.focusWidget() is picker.tiles[1], (picker.focusWidget(), picker.tiles)


def test_sign_in_without_pin_goes_to_library(qtbot, env) -> None:
    ws, state, nav = env
    learner = ws.learners.add("Anna")
    picker = make_picker(qtbot, state, nav)
    picker.tiles[0].setFocus()
    qtbot.keyClick(picker.tiles[0], Qt.Key.Key_Return)
    assert state.learner is not None and state.learner.id == learner.id
    assert nav.calls == [("show_library", ())]


def test_arrow_keys_move_between_tiles(qtbot, env) -> None:
    ws, state, nav = env
    for name in ("A", "B", "C"):
        ws.learners.add(name)
    picker = make_picker(qtbot, state, nav)
    picker.activateWindow()
    picker.tiles[0].setFocus()
    qtbot.keyClick(picker.tiles[0], Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: picker.focusWidget() is picker.tiles[1])
    qtbot.keyClick(picker.tiles[1], Qt.Key.Key_Left)
    qtbot.waitUntil(lambda: picker.focusWidget() is picker.tiles[0])
    assert nav.calls == []


def test_wrong_pin_shows_tries_left_then_throttles_then_signs_in(qtbot, env) -> None:
    ws, state, nav = env
    learner = ws.learners.add("Līga", "1234")
    texts: list[str] = []

    def drive(dialog: QDialog) -> int:
        assert isinstance(dialog, PinDialog)
        assert dialog.field.echoMode() == dialog.field.EchoMode.Password
        qtbot.keyClicks(dialog.field, "12ab")  # the validator keeps digits only
        assert dialog.field.text() == "12"
        for wrong in ("1111", "2222"):
            dialog.field.setText(wrong)
            dialog.submit()
            texts.append(dialog.message.text())
        dialog.field.setText("3333")
        dialog.submit()  # third wrong try starts a 1 s wait
        texts.append(dialog.message.text())
        assert not dialog.field.isEnabled()
        qtbot.waitUntil(lambda: dialog.field.isEnabled(), timeout=4000)
        texts.append(dialog.message.text())
        dialog.field.setText("1234")
        dialog.submit()
        texts.append(dialog.message.text())
        return dialog.result()

    picker = make_picker(qtbot, state, nav, drive)
    picker.tiles[0].click()
    assert texts[0] == "That PIN is not right. 2 more tries before a short wait."
    assert texts[1] == "That PIN is not right. 1 more try before a short wait."
    assert texts[2] == "Too many wrong PINs. Try again in 1 second."
    assert texts[3] == "You can try again now.", texts
    assert state.learner is not None and state.learner.id == learner.id, texts
    assert nav.calls == [("show_library", ())]


def test_throttled_message_counts_down(qtbot, env) -> None:
    ws, state, _nav = env
    learner = ws.learners.add("Ēriks", "9876")
    dialog = PinDialog(state, learner)
    qtbot.addWidget(dialog)
    dialog.start_wait(12)
    assert dialog.message.text() == "Too many wrong PINs. Try again in 12 seconds."
    dialog.deadline -= 1.0  # as if a second had passed
    dialog._tick()
    assert dialog.message.text() == "Too many wrong PINs. Try again in 11 seconds."
    assert not dialog.field.isEnabled()
    dialog.field.setText("9876")
    dialog.submit()  # ignored while waiting
    assert state.learner is None


def test_facilitator_created_then_signs_in(qtbot, env) -> None:
    ws, state, nav = env

    def create(dialog: QDialog) -> int:
        assert isinstance(dialog, FacilitatorSetupDialog)
        dialog.password.setText("short")
        dialog.submit()
        assert "at least 8 characters" in dialog.message.text()
        dialog.password.setText("librarian-2026")
        dialog.password_again.setText("librarian-2026")
        dialog.submit()
        state.writer.flush()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    picker = make_picker(qtbot, state, nav, create)
    picker.facilitator_button.click()
    assert ws.learners.facilitator_exists()
    assert state.facilitator is not None
    assert nav.calls == [("show_facilitator", ())]

    state.sign_out()
    messages: list[str] = []

    def sign_in(dialog: QDialog) -> int:
        assert isinstance(dialog, FacilitatorSignInDialog)
        dialog.field.setText("wrong-password")
        dialog.submit()
        messages.append(dialog.message.text())
        dialog.field.setText("librarian-2026")
        dialog.submit()
        return dialog.result()

    picker.run_dialog = lambda d: (d.show(), sign_in(d))[1]  # type: ignore[method-assign]
    picker.facilitator_button.click()
    assert messages == ["That password is not right. 2 more tries before a short wait."]
    assert state.facilitator is not None
    assert nav.calls[-1] == ("show_facilitator", ())
