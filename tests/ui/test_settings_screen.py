"""Settings: stored in the library, announced, facilitator-only parts, backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from biblio_desktop import __version__
from biblio_desktop.storage.backup import list_backups
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.settings.settings_screen import SettingsScreen
from biblio_desktop.workspace import Workspace
from tests.ui.test_progress_screen import FakeNav


@pytest.fixture
def env(qtbot, tmp_path: Path):
    ws = Workspace.open(tmp_path / "data")
    learner = ws.learners.add("Līga")
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    screen = SettingsScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    yield ws, state, screen
    state.shutdown()
    ws.close()


def test_display_settings_persist_and_are_announced(qtbot, env) -> None:
    ws, state, screen = env
    assert [screen.language.itemText(i) for i in range(screen.language.count())] == [
        "English", "Latviešu", "Italiano", "Български", "Ελληνικά"]
    with qtbot.waitSignal(state.settings_changed) as blocker:
        screen.language.setCurrentIndex(screen.language.findData("lv"))
    assert blocker.args == ["ui_language"]
    assert ws.settings.get("ui_language") == "lv"
    with qtbot.waitSignal(state.settings_changed) as blocker:
        screen.font_size.setValue(16)
    assert blocker.args == ["font_size"] and ws.settings.get("font_size") == 16
    with qtbot.waitSignal(state.settings_changed) as blocker:
        screen.theme.setCurrentIndex(screen.theme.findData("high-contrast"))
    assert blocker.args == ["theme"] and ws.settings.get("theme") == "high-contrast"
    assert screen.font_size.minimum() == 8 and screen.font_size.maximum() == 24
    # a fresh screen shows the stored values without writing them back
    again = SettingsScreen(state, FakeNav())
    qtbot.addWidget(again)
    with qtbot.assertNotEmitted(state.settings_changed):
        again.load()
    assert again.language.currentData() == "lv" and again.font_size.value() == 16


def test_idle_and_restore_only_for_facilitator(qtbot, env) -> None:
    ws, state, screen = env
    assert not screen.idle.isEnabled()
    assert "Only the facilitator" in screen.facilitator_note.text()
    state.sign_in_facilitator("librarian-2026")
    assert screen.idle.isEnabled()
    with qtbot.waitSignal(state.settings_changed) as blocker:
        screen.idle.setValue(30)
    assert blocker.args == ["idle_minutes"] and ws.settings.get("idle_minutes") == 30
    assert screen.idle.maximum() == 240


def test_back_up_now_and_restore_request(qtbot, env) -> None:
    ws, state, screen = env
    before = len(list_backups(ws.layout))
    screen.backup_now.click()
    qtbot.waitUntil(lambda: len(list_backups(ws.layout)) == before + 1, timeout=10000)
    qtbot.waitUntil(lambda: screen.backup_status.isVisible())
    assert screen.backups.rowCount() == before + 1
    assert screen.backups.item(0, 1).text() == "On request"

    screen.backups.selectRow(0)
    assert not screen.restore.isEnabled()  # a learner is signed in, not the facilitator
    state.sign_in_facilitator("librarian-2026")
    screen.backups.selectRow(0)
    assert screen.restore.isEnabled()
    screen.confirm_restore = lambda _p: False  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(screen.restore_requested):
        screen.restore.click()
    screen.confirm_restore = lambda _p: True  # type: ignore[method-assign]
    with qtbot.waitSignal(screen.restore_requested) as blocker:
        screen.restore.click()
    assert blocker.args == [list_backups(ws.layout)[0].path]


def test_data_folder_and_about(env) -> None:
    ws, _state, screen = env
    assert screen.folder.text() == str(ws.layout.root)
    assert screen.folder.isReadOnly()
    assert __version__ in screen.about.text()


def test_library_name_on_certificates_is_the_facilitators(qtbot, env) -> None:
    ws, state, screen = env
    assert not screen.issuer.isEnabled()
    screen.issuer.setText("Somebody else's library")
    screen.issuer.editingFinished.emit()
    assert ws.settings.get("installation_name") is None  # a learner cannot change it
    state.sign_in_facilitator("librarian-2026")
    screen.load()
    assert screen.issuer.isEnabled()
    screen.issuer.setText("  Rīgas Centrālā   bibliotēka\u200b ")
    with qtbot.waitSignal(state.settings_changed) as blocker:
        screen.issuer.editingFinished.emit()
    assert blocker.args == ["installation_name"]
    assert ws.settings.get("installation_name") == "Rīgas Centrālā bibliotēka"
    assert screen.issuer.text() == "Rīgas Centrālā bibliotēka"
    screen.issuer.setText("   ")
    screen.issuer.editingFinished.emit()
    assert ws.settings.get("installation_name") == ""  # empty: the default name again
    assert screen.issuer.maxLength() == 100


def test_library_website_is_the_facilitators_and_must_be_a_web_address(qtbot, env) -> None:
    ws, state, screen = env
    key = "organisation_home_page"
    assert not screen.home_page.isEnabled()
    screen.home_page.setText("https://somebody.else.example")
    screen.home_page.editingFinished.emit()
    assert ws.settings.get(key) is None  # a learner cannot change it
    assert screen.home_page_error.isHidden()
    state.sign_in_facilitator("librarian-2026")
    screen.load()
    assert screen.home_page.isEnabled() and screen.home_page.text() == ""
    # tidied: spaces and invisible characters gone, https:// added, host in lower case
    screen.home_page.setText("  WWW.RCB.LV\u200b ")
    with qtbot.waitSignal(state.settings_changed) as blocker:
        screen.home_page.editingFinished.emit()
    assert blocker.args == [key]
    assert ws.settings.get(key) == "https://www.rcb.lv/"
    assert screen.home_page.text() == "https://www.rcb.lv/"
    # not a web address: kept in the field with the reason, not stored
    for bad in ("ftp://www.rcb.lv", "https://www.rcb.lv/#about", "https://user:pw@rcb.lv",
                "rcb"):
        screen.home_page.setText(bad)
        with qtbot.assertNotEmitted(state.settings_changed):
            screen.home_page.editingFinished.emit()
        assert screen.home_page.text() == bad and screen.home_page_error.isVisible()
        assert ws.settings.get(key) == "https://www.rcb.lv/"
    screen.home_page.setText("   ")
    screen.home_page.editingFinished.emit()
    assert ws.settings.get(key) == "" and screen.home_page_error.isHidden()  # the default
    screen.load()
    assert screen.home_page.text() == ""


def test_library_website_is_named_and_reachable_by_keyboard(qtbot, env) -> None:
    _ws, state, screen = env
    state.sign_in_facilitator("librarian-2026")
    assert screen.home_page.accessibleName() == "Web address of the library's home page"
    assert "LRS" in screen.home_page.toolTip()
    assert screen.home_page.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from the library name goes to the website, then on to the data folder's button
    screen.activateWindow()
    screen.issuer.setFocus()
    qtbot.waitUntil(screen.issuer.hasFocus)
    qtbot.keyClick(screen.issuer, Qt.Key.Key_Tab)
    qtbot.waitUntil(screen.home_page.hasFocus)
    qtbot.keyClick(screen.home_page, Qt.Key.Key_Tab)
    qtbot.waitUntil(screen.open_folder.hasFocus)
    # the label's mnemonic (Alt+W) names the field as its buddy
    buddies = [lbl for lbl in screen.findChildren(QLabel) if lbl.buddy() is screen.home_page]
    assert [b.text() for b in buddies] == ["Library &website:"]


@pytest.mark.parametrize(("language", "label"), [
    ("lv", "Bibliotēkas tīmekļa vi&etne:"), ("it", "&Sito web della biblioteca:"),
    ("bg", "&Уебсайт на библиотеката:"), ("el", "&Ιστότοπος της βιβλιοθήκης:")])
def test_library_website_is_translated(qtbot, qapp, env, language: str, label: str) -> None:
    from biblio_desktop.ui.base.theme import set_look

    _ws, state, _screen = env
    set_look(qapp, language, "light", 11)  # english_after_each_test switches back
    screen = SettingsScreen(state, FakeNav())
    qtbot.addWidget(screen)
    buddies = [lbl for lbl in screen.findChildren(QLabel) if lbl.buddy() is screen.home_page]
    assert [b.text() for b in buddies] == [label]
    assert screen.home_page.accessibleName() != "Web address of the library's home page"
    assert screen.home_page.placeholderText().endswith("https://www.rcb.lv")
    assert "LRS" in screen.home_page.toolTip()
    assert "https://" in screen.home_page_error.text()
