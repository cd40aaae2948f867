"""Records leaving the computer: the learner's certificate (JSON + PDF), the facilitator's
"Sync now" against a real LRS, and the USB export."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from biblio_desktop.errors import Cancelled
from biblio_desktop.progress import CancelToken
from biblio_desktop.records import issue_record, issued_records, verify_credential
from biblio_desktop.storage.models import OutboxRow
from biblio_desktop.sync import RetryPolicy, save_config, sync_status
from biblio_desktop.sync import lrs as lrs_module
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.facilitator.facilitator_screen import FacilitatorScreen
from biblio_desktop.ui.progress.progress_screen import ProgressScreen
from biblio_desktop.ui.records.records_actions import (
    certificate_language,
    certificate_stem,
    write_certificate_files,
)
from biblio_desktop.workspace import Workspace
from tests.core.lrs_fixture import RunningLrs, all_statements, free_port, lrs  # noqa: F401
from tests.ui.test_progress_screen import COURSE, FakeNav, complete_course


@pytest.fixture
def learner_env(qtbot, tmp_path: Path, sample_package: Path):
    """Līga completed the sample course and sees her progress screen."""
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(sample_package)
    learner = ws.learners.add("Līga Bērziņa")
    complete_course(ws, ws.progress_of(learner.id))
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    screen = ProgressScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    screen.set_course(COURSE)
    yield ws, state, screen
    state.shutdown()
    ws.close()


def save_certificate(qtbot, screen: ProgressScreen, monkeypatch: pytest.MonkeyPatch,
                     target: Path) -> tuple[Any, list[tuple[Any, ...]]]:
    """Click "Get certificate", then "Save certificate…", answering the file dialog."""
    asked: list[tuple[Any, ...]] = []

    def fake_save(*args: Any, **_kw: Any) -> tuple[str, str]:
        asked.append(args)
        return str(target), "PDF certificate (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    assert screen.certificate_button.isEnabled()
    screen.certificate_button.click()
    box = screen._certificate_box
    assert box.isVisible() and "PDF certificate" in box.informativeText()
    save = next(b for b in box.buttons()
                if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    save.click()
    flow = screen.certificate_flow
    screen.state.writer.flush()
    qtbot.waitUntil(lambda: flow.summary is not None and flow.summary.isVisible(),
                    timeout=30000)
    return flow, asked


def test_get_certificate_writes_a_verifiable_record_and_a_pdf(
        qtbot, learner_env, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws, _state, screen = learner_env
    flow, asked = save_certificate(qtbot, screen, monkeypatch, tmp_path / "out" / "cert.pdf")
    # the suggested name says what and whose, in ASCII
    suggested = Path(asked[0][2])
    assert suggested.name == "BIBLIO-certificate-digital-skills-orientation-Liga-Berzina.pdf"
    pdf, record = tmp_path / "out" / "cert.pdf", tmp_path / "out" / "cert.json"
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    result = verify_credential(record.read_bytes())
    assert result.valid, result.reason
    credential = json.loads(record.read_bytes())
    assert credential["credentialSubject"]["identifier"][0]["identityHash"] == "Līga Bērziņa"
    summary = flow.summary
    assert summary.message() == ("Saved: cert.pdf and cert.json. Anyone can check the record "
                                 "with: biblio-desktop verify cert.json")
    assert summary.command.text() == "biblio-desktop verify cert.json"
    assert summary.saved.preview is not None and not summary.saved.preview.isNull()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    summary.open_button.click()
    assert [Path(u.toLocalFile()) for u in opened] == [tmp_path / "out"]
    # the record is queued for the LRS, so the learner's line counts it
    assert "waiting to be sent" in screen.sync_line.text()
    summary.close()

    # saving again later gives the same record (same id), in another place
    again, _asked = save_certificate(qtbot, screen, monkeypatch, tmp_path / "stick" / "copy")
    copy = tmp_path / "stick" / "copy.json"
    assert (tmp_path / "stick" / "copy.pdf").exists()  # ".pdf" added to the chosen name
    assert json.loads(copy.read_bytes())["id"] == credential["id"]
    assert not again.summary.saved.newly_issued
    assert "same record" in again.summary.note.text()
    assert [r.record_id for r in issued_records(ws)] == [credential["id"]]


def test_learner_sees_only_her_own_sync_status(learner_env) -> None:
    ws, state, screen = learner_env
    assert state.learner is not None
    complete_course(ws, ws.progress_of(ws.learners.add("Anna").id))  # someone else's records
    with ws.sessions() as session:
        own = sync_status(session, state.learner.id).pending
        everyone = sync_status(session).pending
    assert 0 < own < everyone
    screen.on_shown()
    assert screen.sync_line.isVisible()
    assert screen.sync_line.text() == f"Your records: {own} waiting to be sent · last sent never"
    state.sign_out()
    assert not screen.sync_line.isVisible()


def test_cancelling_the_file_dialog_saves_nothing(qtbot, learner_env, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _ws, state, screen = learner_env
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: ("", "")))
    screen.certificate_button.click()
    box = screen._certificate_box
    finished: list[Any] = []
    screen.certificate_flow.finished.connect(finished.append)
    next(b for b in box.buttons()
         if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole).click()
    state.writer.flush()
    qtbot.waitUntil(lambda: finished == [None])
    assert screen.certificate_flow.summary is None
    courses = tmp_path / "data" / "courses"  # the sample course's own PDF item is not one
    assert not [p for p in tmp_path.glob("**/*.pdf") if not p.is_relative_to(courses)]


def test_cancel_before_the_pdf_removes_the_new_record_file(learner_env, tmp_path: Path) -> None:
    ws, state, _screen = learner_env
    assert state.learner is not None
    record = issue_record(ws, state.learner.id, COURSE)
    token = CancelToken()

    def progress(done: int, _total: int) -> None:
        if done == 1:  # the JSON is written; cancel before the PDF
            token.cancel()

    with pytest.raises(Cancelled):
        write_certificate_files(record, tmp_path / "c.pdf", tmp_path / "c.json", "en",
                                progress, token)
    assert not (tmp_path / "c.json").exists() and not (tmp_path / "c.pdf").exists()


def test_certificate_language_and_names() -> None:
    assert certificate_language("lv") == "lv"
    assert certificate_language("it") == "en" and certificate_language(None) == "en"
    assert certificate_stem("eu.example.a-course", "Žanete Šķēle / 2") == \
        "BIBLIO-certificate-a-course-Zanete-Skele-2"


# --- the facilitator ----------------------------------------------------------------------------

@pytest.fixture
def facilitator_env(qtbot, tmp_path: Path, sample_package: Path):
    """Two learners completed the course (statements queued); the facilitator's screen."""
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(sample_package)
    for name in ("Žanete Šķēle", "Anna"):
        complete_course(ws, ws.progress_of(ws.learners.add(name).id))
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    state.sign_in_facilitator("librarian-2026")
    nav = FakeNav()
    screen = FacilitatorScreen(state, nav)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    yield ws, state, screen, nav
    state.shutdown()
    ws.close()


def pending(ws: Workspace) -> int:
    with ws.sessions() as session:
        return sync_status(session).pending


def run_sync(qtbot, screen: FacilitatorScreen) -> str:
    bar = screen.sync_bar
    bar.message.hide()
    bar.sync_button.click()
    qtbot.waitUntil(lambda: bar.message.isVisible() and bar.sync_button.isEnabled(),
                    timeout=60000)
    return bar.message.text()


def test_sync_now_sends_to_a_real_lrs(qtbot, facilitator_env, lrs: RunningLrs) -> None:  # noqa: F811
    ws, _state, screen, _nav = facilitator_env
    waiting = pending(ws)
    assert waiting > 10
    line = screen.sync_bar.line
    assert line.isVisible()
    assert line.text() == f"Records: {waiting} waiting to be sent · last sent never"
    save_config(ws, lrs.url, "biblio", "secret")
    assert run_sync(qtbot, screen) == f"Sent {waiting} statements."
    assert screen.sync_bar.message.property("role") == "success"
    assert len(all_statements(lrs)) == waiting
    assert pending(ws) == 0
    assert line.text() == "Records: all sent · last sent just now"
    # again: nothing left to send
    assert run_sync(qtbot, screen) == "Nothing was waiting: everything is already sent."


def test_sync_reports_a_conflict_in_words(qtbot, facilitator_env, lrs: RunningLrs) -> None:  # noqa: F811
    ws, _state, screen, _nav = facilitator_env
    waiting = pending(ws)
    with ws.sessions() as session:
        victim = session.query(OutboxRow).filter_by(verb="completed").first()
        other = json.loads(victim.statement_json)
    other["actor"]["name"] = "Somebody Else"  # the LRS holds another statement under the id
    client = lrs_module.LrsClient(lrs_module.LrsConfig(lrs.url, "x", "y"))
    status, _body = client.post_statements([lrs_module.Pending(other["id"], json.dumps(other))])
    client.close()
    assert status == 200
    save_config(ws, lrs.url, "biblio", "secret")
    text = run_sync(qtbot, screen)
    assert text.startswith(f"Sent {waiting - 1} statements. 1 could not be sent and stays "
                           "queued: The LRS already holds a different statement")
    assert screen.sync_bar.message.property("role") == "danger"
    assert pending(ws) == 1
    assert screen.sync_bar.line.text().startswith("Records: 1 waiting to be sent")


def test_sync_offline_and_refused_password(qtbot, facilitator_env, lrs: RunningLrs,  # noqa: F811
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ws, _state, screen, nav = facilitator_env
    waiting = pending(ws)
    screen.sync_bar.retry = RetryPolicy(retries=0)
    save_config(ws, f"http://127.0.0.1:{free_port()}/xAPI/", "biblio", "secret")  # nobody there
    assert run_sync(qtbot, screen) == (
        "The Learning Record Store could not be reached; the records stay queued and will be "
        "sent next time.")
    assert screen.sync_bar.message.property("role") == "danger"
    assert pending(ws) == waiting
    assert "the last try failed" in screen.sync_bar.line.text()

    save_config(ws, lrs.url, "biblio", "wrong")
    monkeypatch.setattr(lrs_module, "basic_auth", lambda user, password:
                        "Basic missing_token" if password == "wrong" else "Basic dGVzdDp0ZXN0")
    assert run_sync(qtbot, screen) == ("The LRS refused the user name or password. Check them "
                                       "in Settings; the records stay queued.")
    assert pending(ws) == waiting and all_statements(lrs) == []
    assert nav.calls == []


def test_sync_without_an_lrs_opens_the_settings(qtbot, facilitator_env) -> None:
    _ws, _state, screen, nav = facilitator_env
    screen.sync_bar.sync_button.click()
    assert nav.calls == [("show_settings", ())]
    assert "No Learning Record Store is set up yet" in screen.sync_bar.message.text()


def test_export_new_records_to_usb(qtbot, facilitator_env, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ws, _state, screen, _nav = facilitator_env
    waiting = pending(ws)
    stick = tmp_path / "stick"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(stick)))
    bar = screen.sync_bar
    bar.usb_button.click()
    qtbot.waitUntil(lambda: bar.message.isVisible(), timeout=30000)
    [folder] = [p for p in stick.iterdir() if p.name.startswith("biblio-outbox-")]
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["format"] == "biblio-outbox/1" and manifest["statements"] == waiting
    assert len(json.loads((folder / "statements.json").read_text())) == waiting
    assert os.listdir(folder / "attachments") == []  # no record issued yet: nothing attached
    assert bar.message.text().startswith(f"Wrote {waiting} statements to {folder}.")
    assert f'biblio-desktop sync --from "{folder}"' in bar.message.text()
    assert pending(ws) == waiting  # they stay queued until delivered
