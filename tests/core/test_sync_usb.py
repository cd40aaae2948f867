"""The USB path: export-pending on an offline PC, sync --from on an online one (real LRS)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from biblio_desktop.cli import main as cli_main
from biblio_desktop.errors import BiblioError
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import CompletionRecordRow, OutboxRow
from biblio_desktop.sync import deliver_folder, enqueue_record, export_pending, install_outbox
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import workspace_with_course
from .lrs_fixture import RunningLrs, all_statements, finish_course, lrs, lrs_get  # noqa: F401
from .test_sync_lrs import CREDENTIAL, _config


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = workspace_with_course(tmp_path)
    install_outbox(workspace)
    yield workspace
    workspace.close()


def _with_record(ws: Workspace) -> int:
    learner_id = finish_course(ws, "Ilze", fail_first=True)
    with unit_of_work(ws.sessions) as session:
        record = CompletionRecordRow(
            id="urn:uuid:usb-rec", learner_id=learner_id, course_id=COURSE_ID,
            course_version="1.0.0", key_id="did:key:z6Mk#k", counter=1,
            issued_at=datetime(2026, 3, 2, 10), credential_json=CREDENTIAL, sha256="0" * 64)
        session.add(record)
        session.flush()
        enqueue_record(session, record)
    return learner_id


def _pending(ws: Workspace) -> int:
    with ws.sessions() as session:
        return len(list(session.scalars(select(OutboxRow.statement_id).where(
            OutboxRow.delivered_at.is_(None)))))


def test_export_then_deliver_twice_sends_nothing_new(ws: Workspace, lrs: RunningLrs,  # noqa: F811
                                                     tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    _with_record(ws)
    waiting = _pending(ws)
    stick = tmp_path / "stick"
    code = cli_main(["--data-dir", str(ws.layout.root), "export-pending", "--to", str(stick)])
    assert code == 0 and f"{waiting} statement(s) written" in capsys.readouterr().out
    [folder] = list(stick.iterdir())
    assert folder.name.startswith("biblio-outbox-")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["statements"] == waiting and len(manifest["files"]) == 2  # + 1 record
    # on the online PC: no data folder needed
    password = tmp_path / "pw.txt"
    password.write_text("secret\n")
    args = ["--data-dir", str(tmp_path / "no-such-data"), "sync", "--from", str(folder),
            "--lrs", lrs.url, "--user", "biblio", "--password-file", str(password), "--json"]
    assert cli_main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["delivered"] == first["total"] == waiting
    assert not (tmp_path / "no-such-data").exists()
    stored = all_statements(lrs)
    assert len(stored) == waiting
    earned = next(s for s in stored if s["verb"]["id"].endswith("/earned"))
    status, ctype, body = lrs_get(lrs, f"statements?statementId={earned['id']}&attachments=true")
    assert status == 200 and ctype.startswith("multipart/mixed") and CREDENTIAL.encode() in body
    # the same folder again: nothing to send
    assert cli_main(args) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["total"] == 0 and second["delivered"] == 0
    # even with the delivered list lost, the LRS ends up with no duplicates
    (folder / "delivered.json").unlink()
    result = deliver_folder(folder, _config(lrs.url))
    assert result.ok and result.delivered == waiting
    assert len(all_statements(lrs)) == waiting
    # back on the offline PC: the folder's receipt marks the statements delivered
    assert _pending(ws) == waiting
    assert cli_main(["--data-dir", str(ws.layout.root), "export-pending", "--confirm",
                     str(folder)]) == 0
    assert _pending(ws) == 0


def test_damaged_export_is_refused(ws: Workspace, tmp_path: Path) -> None:
    finish_course(ws)
    folder, count = export_pending(ws, tmp_path / "stick")
    assert count > 0
    data = (folder / "statements.json").read_bytes()
    (folder / "statements.json").write_bytes(data.replace(b"Ilze", b"Ilz3"))
    with pytest.raises(BiblioError, match="damaged"):
        deliver_folder(folder, _config("http://127.0.0.1:9/xAPI/"))


@pytest.mark.parametrize("command", [["sync"], ["export-pending"], ["sync-status"]])
def test_help(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        cli_main([*command, "--help"])
    assert info.value.code == 0 and "usage: biblio-desktop" in capsys.readouterr().out
