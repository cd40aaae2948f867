"""Settings → "Sending records": LRS address, user, password (facilitator only), the
connection test against a real LRS, and this computer's signing key; the status texts."""

from __future__ import annotations

import json
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from biblio_desktop.records import load_installation_key, load_trusted_keys
from biblio_desktop.sync import SyncStatus, load_config
from biblio_desktop.sync import lrs as lrs_module
from biblio_desktop.sync.lrs import password_path
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.records.sync_panel import ago_text, status_text
from biblio_desktop.ui.settings.settings_screen import SettingsScreen
from biblio_desktop.workspace import Workspace
from tests.core.lrs_fixture import RunningLrs, free_port, lrs  # noqa: F401
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
    yield ws, state, screen.sync_panel
    state.shutdown()
    ws.close()


def fill(panel, url: str, user: str, password: str) -> None:
    panel.url.setText(url)
    panel.user.setText(user)
    panel.password.setText(password)


def wait_message(qtbot, panel) -> str:
    qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=30000)
    return panel.message.text()


def test_lrs_settings_are_for_the_facilitator_and_saved_privately(qtbot, env) -> None:
    ws, state, panel = env
    assert not panel.url.isEnabled() and not panel.save_button.isEnabled()
    assert "Only the facilitator" in panel.note.text() and panel.note.isVisible()
    assert panel.password.echoMode() == QLineEdit.EchoMode.Password
    state.sign_in_facilitator("librarian-2026")
    assert panel.url.isEnabled() and not panel.note.isVisible()

    fill(panel, "lrs.example.org", "biblio", "s3cret")  # not an address
    panel.save_button.click()
    assert "not an http(s) URL" in panel.message.text()
    assert panel.message.property("role") == "danger"

    fill(panel, "https://lrs.example.org/xAPI/", "biblio", "s3cret")
    panel.message.hide()
    panel.save_button.click()
    state.writer.flush()
    assert wait_message(qtbot, panel).startswith("Saved.")
    config = load_config(ws)
    assert (config.url, config.user, config.password) == (
        "https://lrs.example.org/xAPI/", "biblio", "s3cret")
    assert stat.S_IMODE(password_path(ws).stat().st_mode) == 0o600
    assert panel.password.text() == "" and "saved" in panel.password.placeholderText()

    # an empty password field keeps the saved password
    panel.user.setText("other")
    panel.message.hide()
    panel.save_button.click()
    state.writer.flush()
    wait_message(qtbot, panel)
    assert load_config(ws).user == "other" and load_config(ws).password == "s3cret"
    # a fresh screen shows the stored address and user
    again = SettingsScreen(state, FakeNav())
    qtbot.addWidget(again)
    assert again.sync_panel.url.text() == "https://lrs.example.org/xAPI/"
    assert again.sync_panel.user.text() == "other"


def test_test_connection_against_a_real_lrs(qtbot, env, lrs: RunningLrs,  # noqa: F811
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    _ws, state, panel = env
    state.sign_in_facilitator("librarian-2026")
    fill(panel, lrs.url, "biblio", "secret")
    panel.test_button.click()
    text = wait_message(qtbot, panel)
    assert text.startswith("Connected: the Learning Record Store (xAPI 1.0.") and \
        "accepted the user name and password" in text
    assert panel.message.property("role") == "success"

    monkeypatch.setattr(lrs_module, "basic_auth", lambda user, password: "Basic missing_token")
    panel.message.hide()
    panel.test_button.click()
    assert wait_message(qtbot, panel).startswith("The LRS refused the user name or password")
    assert panel.message.property("role") == "danger"

    fill(panel, f"http://127.0.0.1:{free_port()}/xAPI/", "biblio", "secret")
    panel.message.hide()
    panel.test_button.click()
    assert wait_message(qtbot, panel) == ("The Learning Record Store could not be reached. "
                                          "Check the address and the network.")
    assert panel.test_button.isEnabled()


def test_signing_key_fingerprint_and_public_key_export(qtbot, env, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    ws, state, panel = env
    assert panel.did.text().startswith("None yet") and not panel.copy_button.isEnabled()
    out = tmp_path / "keys" / "pc3.json"
    out.parent.mkdir()
    asked: list[str] = []

    def fake_save(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    panel.export_key_button.click()
    assert wait_message(qtbot, panel).startswith(f"Wrote the public key to {out}.")
    key = load_installation_key(ws.layout, create=False)
    body = json.loads(out.read_text(encoding="utf-8"))
    assert body["format"] == "biblio-trusted-keys" and body["keys"][0]["key"] == key.did
    trusted = load_trusted_keys([out])  # the verifier reads it as a trusted-keys file
    assert [k.public_key for k in trusted.keys] == [key.public_key]
    # the panel now shows the key: fingerprint in full, did:key elided with the full tooltip
    assert panel.fingerprint.text() == key.fingerprint
    assert panel.did.toolTip() == key.did and "…" in panel.did.text()
    panel.copy_button.click()
    assert QApplication.clipboard().text() == key.did
    # a second export suggests a name with the fingerprint
    panel.export_key_button.click()
    assert Path(asked[-1]).name == f"biblio-public-key-{key.fingerprint.replace(' ', '')[:8]}.json"
    qtbot.waitUntil(lambda: state.tasks.dialog is None)


def test_status_texts() -> None:
    now = datetime(2026, 3, 5, 12, 0)
    assert ago_text(None, now) == "never"
    assert ago_text(now - timedelta(seconds=20), now) == "just now"
    assert ago_text(now - timedelta(minutes=1), now) == "1 minute ago"
    assert ago_text(now - timedelta(hours=5), now) == "5 hours ago"
    assert ago_text(now - timedelta(days=3, hours=2), now) == "3 days ago"
    waiting = SyncStatus(2, 7, now - timedelta(days=3), None)
    assert status_text(waiting, now, own=True) == \
        "Your records: 2 waiting to be sent · last sent 3 days ago"
    assert status_text(SyncStatus(1, 0, None, None), now) == \
        "Records: 1 waiting to be sent · last sent never"
    assert status_text(SyncStatus(0, 3, now, None), now) == \
        "Records: all sent · last sent just now"
    assert status_text(SyncStatus(0, 0, None, None), now, own=True) == \
        "Your records: nothing to send yet · last sent never"
