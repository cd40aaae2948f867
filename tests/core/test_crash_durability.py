"""Crash test: SIGKILL a process that is saving answers, many times, at random moments.

Every answer the facade had returned for (printed by the child) must be in the database
afterwards, and the database must pass `PRAGMA integrity_check`.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from biblio_desktop.storage.db import integrity_ok
from biblio_desktop.storage.models import AnswerRow, QuizAttemptRow
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("BIBLIO_CRASH_KILLS", "50"))


def _run_and_kill(data: Path, learner_id: int, rng: random.Random) -> list[str]:
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_child", str(data), str(learner_id), COURSE_ID,
         "m2-quiz"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.strip() == "ready", child.stderr.read() if child.stderr else first
    time.sleep(rng.uniform(0.0, 0.25))
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, err
    return [line for line in out.splitlines() if line]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_answers_survive_sigkill(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    learner_id = add_learner_row(ws, "Crash Tester")
    ws.close()
    data = tmp_path / "data"
    rng = random.Random(20211004)
    saved: set[tuple[int, str]] = set()
    submitted: set[int] = set()
    for _ in range(KILLS):
        for line in _run_and_kill(data, learner_id, rng):
            kind, attempt, *rest = line.split()
            if kind == "A":
                saved.add((int(attempt), rest[0]))
            else:
                submitted.add(int(attempt))
    assert len(saved) > KILLS  # the child really got work done between kills
    with Workspace.open(data) as ws:
        assert integrity_ok(ws.engine)
        with ws.sessions() as session:
            in_db = set(session.execute(select(AnswerRow.attempt_id, AnswerRow.question_id))
                        .tuples().all())
            done = set(session.scalars(select(QuizAttemptRow.id).where(
                QuizAttemptRow.submitted_at.is_not(None))))
    assert saved - in_db == set()
    assert submitted - done == set()
