"""Sync on a PC whose clock is wrong: statements stamped by an impossible clock go without a
timestamp (the LRS stamps them) and still match on a re-send; retry times left by a clock
that was ahead do not hold statements back. Runs on the app's FakeClock and a real LRS."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select, update

from biblio_desktop.clock import FakeClock
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import OutboxRow
from biblio_desktop.sync import LrsConfig, RetryPolicy, SyncError, install_outbox, sync
from biblio_desktop.sync import statements as st
from biblio_desktop.workspace import Workspace

from .learning_fixtures import workspace_with_course
from .lrs_fixture import (
    RunningLrs,
    all_statements,
    finish_course,
    free_port,
    lrs,  # noqa: F401 - the fixture
)

FAST = RetryPolicy(retries=0, base_delay=0.0)
YEAR = 365 * 86400


@pytest.fixture
def ws(tmp_path: Path, fake_clock: FakeClock) -> Workspace:
    workspace = workspace_with_course(tmp_path)
    install_outbox(workspace)
    yield workspace
    workspace.close()


def _statements(ws: Workspace) -> list[dict]:
    import json

    with ws.sessions() as session:
        return [json.loads(r.statement_json) for r in session.scalars(select(OutboxRow))]


def _config(url: str) -> LrsConfig:
    return LrsConfig(url, "biblio", "secret", timeout=5)


def test_a_2002_clock_sends_statements_without_a_timestamp(
        ws: Workspace, fake_clock: FakeClock, lrs: RunningLrs) -> None:  # noqa: F811
    fake_clock.set(datetime(2002, 1, 1, 0, 5, tzinfo=UTC))
    finish_course(ws)
    sent = _statements(ws)
    assert sent and all("timestamp" not in s for s in sent)
    fake_clock.set(datetime(2026, 3, 5, tzinfo=UTC))
    result = sync(ws, _config(lrs.url), retry=FAST)
    assert result.ok and result.delivered == len(sent)
    stored = all_statements(lrs)
    assert all(s["timestamp"] and not s["timestamp"].startswith("2002") for s in stored)
    # sent again (as after a lost acknowledgement): the LRS's own timestamp is no conflict
    with unit_of_work(ws.sessions) as session:
        session.execute(update(OutboxRow).values(delivered_at=None))
    again = sync(ws, _config(lrs.url), retry=FAST)
    assert again.ok and again.conflicts == 0 and again.pending == 0
    assert len(all_statements(lrs)) == len(sent)  # nothing doubled


def test_a_plausible_clock_after_2038_stamps_statements(ws: Workspace,
                                                       fake_clock: FakeClock) -> None:
    fake_clock.set(datetime(2040, 7, 1, 8, 30, tzinfo=UTC))
    finish_course(ws)
    stamps = {s["timestamp"] for s in _statements(ws)}
    assert stamps == {"2040-07-01T08:30:00.000Z"}


def test_same_statement_ignores_only_a_timestamp_we_did_not_send() -> None:
    sent = {"id": "x", "verb": {"id": "v"}}
    assert st.same_statement(sent, {**sent, "timestamp": "2026-03-05T10:00:00.000Z"})
    stamped = {**sent, "timestamp": "2026-03-02T09:00:00.000Z"}
    assert st.same_statement(stamped, {**stamped, "stored": "2026-03-05T10:00:00Z"})
    assert not st.same_statement(stamped, {**sent, "timestamp": "2026-03-05T10:00:00.000Z"})


def test_a_retry_time_left_by_a_clock_that_was_ahead_does_not_hold_records_back(
        ws: Workspace, fake_clock: FakeClock) -> None:
    finish_course(ws)
    url = f"http://127.0.0.1:{free_port()}/xAPI/"  # nobody listens: every sync fails
    fake_clock.jump(14 * YEAR)  # the clock is in 2040 when the first sync fails
    with pytest.raises(SyncError):
        sync(ws, _config(url), retry=FAST)
    fake_clock.advance(10)
    assert sync(ws, _config(url), due_only=True, retry=FAST).total == 0  # not due yet
    fake_clock.jump(-14 * YEAR)  # corrected: the stored next try is 14 years ahead
    with pytest.raises(SyncError) as tried:
        sync(ws, _config(url), due_only=True, retry=FAST)
    assert tried.value.result.total == len(_statements(ws))  # due now, so it was tried
