"""Sync speed: 10,000 statements to the local test LRS, against raw POSTs of the same batches.

Both send the same statements in the same batches to a fresh in-memory Learning Locker
(`xapi-statements`, see tests/lrs) in the same run; the sync also reads the outbox, checks
attachments and commits "delivered" per batch (synchronous=FULL). The ratio shows what the
bookkeeping costs on top of the LRS's own time.
Usage: python benchmarks/bench_sync.py [--statements 10000] [--batch 100]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import urllib.request
from datetime import datetime, timedelta

from common import ROOT, WORK, record

sys.path.insert(0, str(ROOT / "tests" / "core"))
sys.path.insert(0, str(ROOT))

from biblio_desktop.learning.events import CourseCompleted
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import LearnerRow, OutboxRow
from biblio_desktop.sync import LrsConfig, install_outbox, sync
from biblio_desktop.sync.lrs import basic_auth
from biblio_desktop.workspace import Workspace
from tests.core.lrs_fixture import all_statements, start_lrs


def fill_outbox(ws: Workspace, count: int) -> None:
    """`count` statements from course completions (2 statements each) of 50 learners."""
    start = datetime(2026, 3, 2, 9)
    with unit_of_work(ws.sessions) as session:
        learners = [LearnerRow(name=f"Learner {n}", role="learner", failed_attempts=0,
                               created_at=start) for n in range(50)]
        session.add_all(learners)
        session.flush()
        for n in range(count // 2):
            learner = learners[n % len(learners)]
            ws.listeners[0](session, CourseCompleted(
                learner.id, f"eu.biblio-project.bench-{n}", "1.0.0",
                start + timedelta(seconds=n), 0.8))


def raw_post(url: str, bodies: list[bytes]) -> None:
    """The baseline: urllib POSTs of ready-made JSON arrays, no outbox, no checks."""
    headers = {"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json",
               "Authorization": basic_auth("bench", "bench")}
    for body in bodies:
        request = urllib.request.Request(url + "statements", data=body, headers=headers,
                                         method="POST")
        with urllib.request.urlopen(request, timeout=60) as response:
            assert response.status in (200, 204), response.status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    work = WORK / "sync"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    ws = Workspace.open(work / "data")
    install_outbox(ws)
    fill_outbox(ws, args.statements)
    with ws.sessions() as session:
        rows = [r.statement_json for r in session.query(OutboxRow).order_by(
            OutboxRow.created_at, OutboxRow.statement_id)]
    bodies = [("[" + ",".join(rows[i:i + args.batch]) + "]").encode()
              for i in range(0, len(rows), args.batch)]

    base = start_lrs(work / "lrs-raw")  # a fresh LRS each, so both write into an empty store
    try:
        t0 = time.perf_counter()
        raw_post(base.url, bodies)
        t_raw = time.perf_counter() - t0
        held = all_statements(base)
        assert len(held) == len(rows) == len({s["id"] for s in held}), (len(held), len(rows))
    finally:
        base.stop()
    server = start_lrs(work / "lrs-sync")
    try:
        t0 = time.perf_counter()
        result = sync(ws, LrsConfig(server.url, "bench", "bench"), batch_size=args.batch)
        t_sync = time.perf_counter() - t0
        assert result.ok and result.delivered == len(rows), result
        held = all_statements(server)
        assert len(held) == len(rows) == len({s["id"] for s in held}), (len(held), len(rows))
    finally:
        server.stop()
        ws.close()
    record("sync", {
        "statements": len(rows),
        "batch size": args.batch,
        "raw urllib POSTs (s)": round(t_raw, 3),
        "biblio sync (s)": round(t_sync, 3),
        "sync (statements/s)": round(len(rows) / t_sync, 1),
        "raw POSTs (statements/s)": round(len(rows) / t_raw, 1),
        "sync / raw POSTs": round(t_sync / t_raw, 3),
    })


if __name__ == "__main__":
    main()
