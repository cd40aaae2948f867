"""The learner transfer file: a learner moves between two data folders and back, with
progress made on both sides in between (docs/workshop.md, "Learner transfer file")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biblio_desktop.cli import main
from biblio_desktop.storage.models import ItemProgressRow, OutboxRow, QuizAttemptRow
from biblio_desktop.workshop.transfer import TransferError

from ..core.course_fixtures import COURSE_ID
from ..core.quiz_answers import right_answer, wrong_answer
from .conftest import open_ws


def _attempt(ws, learner_id: int, right: bool) -> None:
    p = ws.progress_of(learner_id)
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    view = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        q = quiz.question(qid)
        p.save_answer(view.attempt_id, qid, right_answer(q) if right else wrong_answer(q))
    p.submit_attempt(view.attempt_id)


def _count(ws, model, **where) -> int:
    with ws.sessions() as session:
        query = select(func.count()).select_from(model)
        for key, value in where.items():
            query = query.where(getattr(model, key) == value)
        return int(session.scalar(query) or 0)


def _seconds(ws, learner_id: int, item_id: str) -> int:
    with ws.sessions() as session:
        return int(session.scalar(select(ItemProgressRow.seconds_spent).where(
            ItemProgressRow.learner_id == learner_id, ItemProgressRow.item_id == item_id)) or 0)


@pytest.fixture
def two_pcs(tmp_path: Path, signed_package: Path):
    pcs = [open_ws(tmp_path / name) for name in ("branch-a", "branch-b")]
    for pc in pcs:
        pc.import_package(signed_package)
    yield pcs
    for pc in pcs:
        pc.close()


def test_a_learner_moves_and_comes_back_with_progress_from_both(
        tmp_path: Path, two_pcs, fake_clock) -> None:
    a, b = two_pcs
    ilze = a.learners.add("Ilze", "4711").id
    a.progress_of(ilze).mark_done(COURSE_ID, "m1-welcome")
    a.progress_of(ilze).record_focus(COURSE_ID, "m1-welcome", 50)
    _attempt(a, ilze, right=False)
    b.learners.add("Ilze", "0000")  # another Ilze already uses PC B
    outbox_b = _count(b, OutboxRow)

    out = a.workshop.transfer_out("ilze", tmp_path / "ilze.json")
    assert out.attempts == 1 and (tmp_path / "ilze.json").stat().st_mode & 0o077 == 0
    merged = b.workshop.transfer_in(tmp_path / "ilze.json")
    assert merged.created and merged.learner == "Ilze (2)" and merged.attempts_added == 1
    moved = merged.learner_id
    b.sign_in(moved, "4711")  # the same PIN on the new PC
    assert _count(b, OutboxRow) == outbox_b  # nothing queued twice
    assert b.progress_of(moved).item_state(COURSE_ID, "m1-welcome").done

    # both PCs go on: B passes the quiz and reads longer; A (same day, the other room)
    # watches the video and spends a little more time on the lesson
    fake_clock.advance(120)
    b.progress_of(moved).record_focus(COURSE_ID, "m1-welcome", 55)
    b.progress_of(moved).report_video(COURSE_ID, "m2-video", 0, 100, 100)
    _attempt(b, moved, right=True)
    assert b.progress_of(moved).completion(COURSE_ID) is not None
    a.progress_of(ilze).record_focus(COURSE_ID, "m1-welcome", 10)
    seconds_a, seconds_b = _seconds(a, ilze, "m1-welcome"), _seconds(b, moved, "m1-welcome")
    assert seconds_b > seconds_a

    b.workshop.transfer_out(moved, tmp_path / "back.json")
    outbox_a = _count(a, OutboxRow)
    back = a.workshop.transfer_in(tmp_path / "back.json")
    assert not back.created and back.learner_id == ilze  # merged into the original profile
    assert back.attempts_added == 1 and back.completions_added == 1
    assert _count(a, QuizAttemptRow, learner_id=ilze) == 2  # A's own + B's pass, no copy
    assert a.progress_of(ilze).completion(COURSE_ID) is not None
    assert _seconds(a, ilze, "m1-welcome") == seconds_b  # the larger, never the sum
    assert _count(a, OutboxRow) == outbox_a
    a.sign_in(ilze, "4711")

    again = a.workshop.transfer_in(tmp_path / "back.json")  # a second import changes nothing
    assert (again.attempts_added, again.completions_added) == (0, 0)
    assert _count(a, QuizAttemptRow, learner_id=ilze) == 2


def test_a_tampered_or_unsigned_transfer_file_is_refused(tmp_path: Path, two_pcs) -> None:
    a, b = two_pcs
    a.learners.add("Jānis", "1234")
    path = a.workshop.transfer_out("Jānis", tmp_path / "janis.json").path
    doc = json.loads(path.read_text(encoding="utf-8"))
    for change in ({"name": "Mallory"}, {"secret_hash": doc["learner"]["secret_hash"][:-2]
                                          + "AA"}):
        forged = json.loads(json.dumps(doc))
        forged["learner"].update(change)
        (tmp_path / "forged.json").write_text(json.dumps(forged), encoding="utf-8")
        with pytest.raises(TransferError, match="changed after it was signed"):
            b.workshop.transfer_in(tmp_path / "forged.json")
    unsigned = {k: v for k, v in doc.items() if k != "proof"}
    (tmp_path / "unsigned.json").write_text(json.dumps(unsigned), encoding="utf-8")
    with pytest.raises(TransferError, match="not signed"):
        b.workshop.transfer_in(tmp_path / "unsigned.json")
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    (tmp_path / "flipped.json").write_bytes(bytes(raw))
    with pytest.raises(TransferError):
        b.workshop.transfer_in(tmp_path / "flipped.json")
    assert [x.name for x in b.learners.list_learners()] == []


def test_transfer_on_the_command_line(tmp_path: Path, two_pcs, capsys) -> None:
    a, _b = two_pcs
    a.learners.add("Anna")
    for pc in two_pcs:
        pc.close()
    data_a, data_b = ["--data-dir", str(tmp_path / "branch-a")], ["--data-dir",
                                                                   str(tmp_path / "branch-b")]
    out = tmp_path / "anna.json"
    assert main([*data_a, "learners", "transfer-out", "Anna", "-o", str(out)]) == 0
    assert main([*data_b, "learners", "transfer-in", str(out)]) == 0
    assert "added learner Anna" in capsys.readouterr().out
    out.write_text(out.read_text(encoding="utf-8").replace("Anna", "Anne"), encoding="utf-8")
    assert main([*data_b, "learners", "transfer-in", str(out)]) == 1
    assert "error: The transfer file was changed" in capsys.readouterr().err
    assert main([*data_a, "learners", "transfer-out", "Nobody", "-o", str(out)]) == 1
