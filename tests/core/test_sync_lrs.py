"""Sync against a real LRS (Learning Locker's xapi-statements, see lrs_fixture.py)."""

from __future__ import annotations

import json
from datetime import datetime
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlalchemy import select

from biblio_desktop.cli import main as cli_main
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import CompletionRecordRow, OutboxRow
from biblio_desktop.sync import (
    LrsConfig,
    RetryPolicy,
    SyncError,
    enqueue_record,
    install_outbox,
    save_config,
    sync,
    sync_status,
)
from biblio_desktop.sync import lrs as lrs_module
from biblio_desktop.sync import statements as st
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import workspace_with_course
from .lrs_fixture import (
    CuttingProxy,
    RunningLrs,
    all_statements,
    finish_course,
    free_port,
    lrs,  # noqa: F401 - the fixture
    lrs_get,
    start_lrs,
)

FAST = RetryPolicy(retries=2, base_delay=0.0)
CREDENTIAL = json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"],
                         "id": "urn:uuid:5b0d-rec", "type": ["VerifiableCredential"],
                         "proof": {"proofValue": "z3FXQjecWRGsM"}}, sort_keys=True)


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = workspace_with_course(tmp_path)
    install_outbox(workspace)
    yield workspace
    workspace.close()


def _config(url: str) -> LrsConfig:
    return LrsConfig(url, "biblio", "secret", timeout=5)


def _outbox(ws: Workspace) -> list[OutboxRow]:
    with ws.sessions() as session:
        return list(session.scalars(select(OutboxRow)))


def _issue_record(ws: Workspace, learner_id: int) -> str:
    with unit_of_work(ws.sessions) as session:
        record = CompletionRecordRow(
            id="urn:uuid:5b0d-rec", learner_id=learner_id, course_id=COURSE_ID,
            course_version="1.0.0", key_id="did:key:z6Mk#k", counter=1,
            issued_at=datetime(2026, 3, 2, 10), credential_json=CREDENTIAL, sha256="0" * 64)
        session.add(record)
        session.flush()
        sid = enqueue_record(session, record)
        assert sid is not None
        return sid


def test_completed_course_reaches_the_lrs_with_its_record(ws: Workspace,
                                                          lrs: RunningLrs) -> None:  # noqa: F811
    learner_id = finish_course(ws, "Ilze")
    earned_id = _issue_record(ws, learner_id)
    seen: list[tuple[int, int]] = []
    result = sync(ws, _config(lrs.url), batch_size=4, progress=lambda d, t: seen.append((d, t)))
    rows = _outbox(ws)
    assert result.ok and result.delivered == result.total == len(rows) and result.pending == 0
    assert all(r.delivered_at is not None and r.last_error is None for r in rows)
    assert seen[0] == (0, len(rows)) and seen[-1] == (len(rows), len(rows))
    stored = {s["id"]: s for s in all_statements(lrs)}
    assert set(stored) == {r.statement_id for r in rows}
    for row in rows:
        assert st.same_statement(json.loads(row.statement_json), stored[row.statement_id])
    completed = next(s for s in stored.values() if s["verb"]["id"].endswith("/completed"))
    assert completed["actor"]["account"]["name"] == str(learner_id)
    # the record, read back as a multipart answer with the attachment's bytes
    status, ctype, body = lrs_get(lrs, f"statements?statementId={earned_id}&attachments=true")
    assert status == 200 and ctype.startswith("multipart/mixed")
    message = message_from_bytes(f"Content-Type: {ctype}\r\n\r\n".encode() + body)
    parts = message.get_payload()
    statement = json.loads(parts[0].get_payload(decode=True))
    assert statement["attachments"][0]["usageType"] == st.CREDENTIAL_USAGE
    assert statement["context"]["extensions"][st.EXT_CREDENTIAL_ID] == "urn:uuid:5b0d-rec"
    content = parts[1].get_payload(decode=True)
    assert content == CREDENTIAL.encode()
    assert parts[1]["X-Experience-API-Hash"] == statement["attachments"][0]["sha2"]
    with ws.sessions() as session:
        status_now = sync_status(session, learner_id)
    assert status_now.pending == 0 and status_now.delivered == len(rows)
    assert status_now.last_sync_at is not None and status_now.last_error is None
    again = sync(ws, _config(lrs.url))
    assert again.total == 0 and len(all_statements(lrs)) == len(rows)


@pytest.mark.parametrize("fault", ["cut-request", "lost-answers"])
def test_cut_connection_loses_and_duplicates_nothing(ws: Workspace, lrs: RunningLrs,  # noqa: F811
                                                     fault: str) -> None:
    for name in ("Ilze", "Ben", "Anna", "Juris"):
        finish_course(ws, name, fail_first=name in ("Ben", "Juris"))
    expected = {r.statement_id for r in _outbox(ws)}
    assert len(expected) > 30
    proxy = CuttingProxy(lrs.port)
    try:
        if fault == "cut-request":
            # the batch is cut off mid-body after two batches went through
            first_two = 2 * 5 * 900
            proxy.cut_request_after = first_two
            with pytest.raises(SyncError, match="cannot take statements now") as info:
                sync(ws, _config(proxy.url), batch_size=5, retry=FAST)
            partly = info.value.result
            assert 0 < partly.delivered < len(expected) and partly.pending > 0
            waiting = [r for r in _outbox(ws) if r.delivered_at is None]
            assert waiting and all(r.next_try_at and r.last_error for r in waiting)
            assert proxy.cuts >= 1
            proxy.heal()
        else:
            # the LRS stores two batches but the answers never arrive: the same batch is
            # sent again, and the LRS must not hold it twice
            proxy.drop_responses = 2
        result = sync(ws, _config(proxy.url), batch_size=5, retry=FAST)
        assert result.ok and result.pending == 0
    finally:
        proxy.close()
    stored = all_statements(lrs)
    assert len(stored) == len(expected)  # nothing duplicated
    assert {s["id"] for s in stored} == expected  # nothing lost
    assert all(r.delivered_at is not None for r in _outbox(ws))


def test_lrs_down_then_retry_later(ws: Workspace, tmp_path: Path) -> None:
    finish_course(ws)
    port = free_port()
    url = f"http://127.0.0.1:{port}/xAPI/"
    slept: list[float] = []
    with pytest.raises(SyncError, match="connection refused") as info:
        sync(ws, _config(url), retry=RetryPolicy(retries=3, base_delay=0.5), sleep=slept.append)
    assert slept == [0.5, 1.0, 2.0]  # bounded exponential back-off inside the run
    assert "try again later" in str(info.value)
    rows = _outbox(ws)
    assert all(r.delivered_at is None and r.attempts == 1 and r.next_try_at for r in rows)
    with ws.sessions() as session:
        status = sync_status(session)
    assert status.pending == len(rows) and "cannot take statements" in status.last_error
    # an automatic sync before next_try_at does not even try
    early = sync(ws, _config(url), due_only=True, retry=FAST)
    assert early.total == 0
    server = start_lrs(tmp_path / "later", port=port)
    try:
        result = sync(ws, _config(url))
        assert result.ok and result.delivered == len(rows)
        assert len(all_statements(server)) == len(rows)
    finally:
        server.stop()
    with ws.sessions() as session:
        status = sync_status(session)
    assert status.pending == 0 and status.last_error is None


def test_refused_credentials_give_a_clear_message(ws: Workspace, lrs: RunningLrs,  # noqa: F811
                                                  monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    finish_course(ws)
    # the test LRS refuses exactly this token (every other one is accepted)
    monkeypatch.setattr(lrs_module, "basic_auth", lambda user, password: "Basic missing_token")
    with pytest.raises(SyncError, match="refused the user name or password") as info:
        sync(ws, _config(lrs.url), retry=FAST)
    assert "HTTP 401" in str(info.value) and info.value.result.delivered == 0
    assert all(r.delivered_at is None for r in _outbox(ws))
    assert all_statements(lrs) == []
    # the same through the command line: one error line, exit code 1
    password = ws.layout.root.parent / "pw.txt"
    password.write_text("secret\n")
    code = cli_main(["--data-dir", str(ws.layout.root), "sync", "--lrs", lrs.url, "--user",
                     "biblio", "--password-file", str(password)])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("error: The LRS at") and "401" in err


def test_conflict_is_reported_and_stays_waiting(ws: Workspace, lrs: RunningLrs) -> None:  # noqa: F811
    finish_course(ws)
    rows = _outbox(ws)
    victim = next(r for r in rows if r.verb == "completed")
    other = json.loads(victim.statement_json)
    other["actor"]["name"] = "Somebody Else"  # same id, different content
    identical = json.loads(next(r for r in rows if r.verb == "passed").statement_json)
    client = lrs_module.LrsClient(_config(lrs.url))
    status, _ = client.post_statements([
        lrs_module.Pending(other["id"], json.dumps(other)),
        lrs_module.Pending(identical["id"], json.dumps(identical))])
    client.close()
    assert status == 200
    result = sync(ws, _config(lrs.url), batch_size=50)
    assert not result.ok and result.conflicts == 1 and result.pending == 1
    assert result.delivered == len(rows) - 1
    assert victim.statement_id in result.errors[0] and "different statement" in result.errors[0]
    with ws.sessions() as session:
        row = session.get(OutboxRow, victim.statement_id)
        assert row.delivered_at is None and "different statement" in row.last_error
        assert sync_status(session).pending == 1 and sync_status(session).last_error
    stored = {s["id"]: s for s in all_statements(lrs)}
    assert len(stored) == len(rows)
    assert stored[victim.statement_id]["actor"]["name"] == "Somebody Else"  # not overwritten


def test_cli_sync_saves_config_and_password_privately(ws: Workspace, lrs: RunningLrs,  # noqa: F811
                                                      capsys: pytest.CaptureFixture[str]
                                                      ) -> None:
    finish_course(ws)
    data = str(ws.layout.root)
    password = ws.layout.root.parent / "pw.txt"
    password.write_text("secret\n")
    code = cli_main(["--data-dir", data, "sync", "--lrs", lrs.url, "--user", "biblio",
                     "--password-file", str(password), "--save", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["delivered"] == out["total"] > 0 and out["pending"] == 0
    stored = ws.layout.root / "lrs-password"
    assert stored.stat().st_mode & 0o777 == 0o600
    finish_course(ws, "Ben")  # more work; the saved settings are enough now
    assert cli_main(["--data-dir", data, "sync"]) == 0
    assert "delivered" in capsys.readouterr().out
    assert cli_main(["--data-dir", data, "sync-status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["pending"] == 0 and status["last_error"] is None
    assert len(all_statements(lrs)) == status["delivered"]
    save_config(ws, lrs.url, "biblio", "changed")
    assert stored.read_text() == "changed\n"
