"""A learner moves over the network: handed over from PC A to the workshop PC, taken on
PC B (docs/workshop.md, "A learner moves over the network")."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biblio_desktop.cli import main
from biblio_desktop.errors import BiblioError
from biblio_desktop.storage.models import OutboxRow, QuizAttemptRow
from biblio_desktop.workshop import protocol as P
from biblio_desktop.workshop.client import load_peer
from biblio_desktop.workshop.handover import FOLDER
from biblio_desktop.workshop.transfer import TransferError, signed_transfer

from ..core.course_fixtures import COURSE_ID
from ..core.quiz_answers import right_answer, wrong_answer
from .conftest import Room, open_ws


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


@pytest.fixture
def desks(tmp_path: Path, room: Room, signed_package: Path):
    """PC A and PC B, joined to the room, with the course installed."""
    pcs = []
    for n, name in enumerate(("desk-a", "desk-b"), 1):
        pc = open_ws(tmp_path / name)
        pc.import_package(signed_package)
        pc.workshop.join(room.url, room.sharing.code, name=f"Desk {n}", refresh=False)
        pcs.append(pc)
    yield pcs
    for pc in pcs:
        pc.close()


def _raw(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
        s.sendall(data)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except OSError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def test_hand_over_on_a_take_on_b_merges_with_conflicting_progress(
        room: Room, desks, fake_clock) -> None:
    a, b = desks
    ilze = a.learners.add("Ilze", "4711").id
    a.progress_of(ilze).mark_done(COURSE_ID, "m1-welcome")
    # B already had Ilze once (an earlier day, by file), and she went on on both PCs
    a.workshop.transfer_out(ilze, a.layout.root / "earlier.json")
    here = b.workshop.transfer_in(a.layout.root / "earlier.json").learner_id
    fake_clock.advance(60)
    _attempt(b, here, right=False)
    a.progress_of(ilze).report_video(COURSE_ID, "m2-video", 0, 100, 100)
    _attempt(a, ilze, right=True)
    assert a.progress_of(ilze).completion(COURSE_ID) is not None
    kept = a.workshop.hand_over("Ilze")
    assert (kept.name, kept.pc) == ("Ilze", "Desk 1")
    stored = room.host.layout.root / FOLDER / f"{kept.id}.json"
    assert stored.stat().st_mode & 0o077 == 0  # a PIN hash is inside

    # PC B lists who waits: names and PCs only, no PIN hash, no progress
    listing = urllib.request.Request(room.url + P.LEARNERS_PATH, headers={
        "Authorization": f"Bearer {load_peer(b.layout.root).token}"})
    with urllib.request.urlopen(listing, timeout=5) as resp:
        body = resp.read()
    assert b"argon2" not in body and b"m1-welcome" not in body
    assert [(w.name, w.pc) for w in b.workshop.waiting_learners()] == [("Ilze", "Desk 1")]
    outbox_b = _count(b, OutboxRow)

    merged = b.workshop.take_learner("ilze")
    assert not merged.created and merged.learner_id == here
    assert merged.attempts_added == 1 and merged.completions_added == 1
    b.sign_in(here, "4711")  # the PIN arrived with the first copy
    assert b.progress_of(here).completion(COURSE_ID) is not None
    assert b.progress_of(here).item_state(COURSE_ID, "m2-video").done
    assert _count(b, QuizAttemptRow, learner_id=here) == 2  # B's own + A's pass
    assert _count(b, OutboxRow) == outbox_b  # no statement queued twice
    again = b.workshop.take_learner(kept.id)  # taking twice adds nothing
    assert (again.attempts_added, again.completions_added) == (0, 0)
    assert _count(b, QuizAttemptRow, learner_id=here) == 2

    # taking does not delete: a third PC can take Ilze the next day, PIN and all
    c = open_ws(room.host.layout.root.parent / "desk-c")
    try:
        c.workshop.join(room.url, room.sharing.code, name="Desk 3", refresh=False)
        fresh = c.workshop.take_learner(kept.id)
        assert fresh.created and fresh.attempts_added == 1 and fresh.completions_added == 1
        c.sign_in(fresh.learner_id, "4711")
    finally:
        c.close()

    # B hands over its newer copy: the workshop PC keeps one, the latest
    b.workshop.hand_over(here)
    assert [(w.name, w.pc) for w in a.workshop.waiting_learners()] == [("Ilze", "Desk 2")]


def test_the_sharing_pcs_own_learners_are_offered(room: Room, desks) -> None:
    _a, b = desks
    room.host.learners.add("Māra", "2468")
    waiting = b.workshop.waiting_learners()
    assert [(w.name, w.pc) for w in waiting] == [("Māra", room.sharing.service.name)]
    merged = b.workshop.take_learner("Māra")
    assert merged.created and merged.learner == "Māra"
    b.sign_in(merged.learner_id, "2468")


def test_a_tampered_or_foreign_upload_is_refused(room: Room, desks) -> None:
    a, b = desks
    a.learners.add("Jānis", "1234")
    raw, doc = signed_transfer(a, "Jānis")
    doc["learner"]["name"] = "Mallory"
    token_a = load_peer(a.layout.root).token
    token_b = load_peer(b.layout.root).token
    for token, body, status in ((token_a, json.dumps(doc).encode(), 400),
                                (token_b, raw, 403),  # B hands over A's learner
                                (token_a, b"{not json", 400)):
        request = urllib.request.Request(room.url + P.LEARNERS_PATH, data=body, headers={
            "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=5)
        assert refused.value.code == status
    assert b.workshop.waiting_learners() == []

    # a tampered copy served by the workshop PC is refused by the taker, nothing merged
    kept = a.workshop.hand_over("Jānis")
    stored = room.host.layout.root / FOLDER / f"{kept.id}.json"
    stored.write_bytes(stored.read_bytes().replace("Jānis".encode(), b"Janis"))
    with pytest.raises(TransferError, match="changed after it was signed"):
        b.workshop.take_learner(kept.id)
    assert b.learners.list_learners() == []


def test_size_limit_and_a_removed_pc(room: Room, desks) -> None:
    a, b = desks
    a.learners.add("Anna", "1111")
    token = load_peer(a.layout.root).token
    head = (f"POST {P.LEARNERS_PATH} HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {P.MAX_LEARNER_BODY + 1}"
            "\r\n\r\n")
    assert _raw(room.sharing.service.port, head.encode() + b"{" * 100).startswith(
        b"HTTP/1.1 413")
    kept = a.workshop.hand_over("Anna")

    room.host.workshop.remove_peer("Desk 2")
    time.sleep(1.1)  # the token cache lives one second
    b.learners.add("Bruno", "2222")
    for action in (lambda: b.workshop.hand_over("Bruno"), b.workshop.waiting_learners,
                   lambda: b.workshop.take_learner(kept.id)):
        with pytest.raises(BiblioError, match="no longer accepts this PC"):
            action()
    assert [w.name for w in a.workshop.waiting_learners()] == ["Anna"]


def test_delivery_refreshes_the_copies_of_active_learners(room: Room, desks,
                                                          fake_clock) -> None:
    a, b = desks
    ilze = a.learners.add("Ilze", "4711").id
    a.learners.add("Idle", "0000")
    a.progress_of(ilze).mark_done(COURSE_ID, "m1-welcome")
    a.workshop.deliver()
    assert [w.name for w in b.workshop.waiting_learners()] == ["Ilze"]  # only the active
    fake_clock.advance(60)
    a.progress_of(ilze).report_video(COURSE_ID, "m2-video", 0, 100, 100)
    _attempt(a, ilze, right=True)
    a.workshop.deliver()
    merged = b.workshop.take_learner("Ilze")
    assert merged.completions_added == 1  # the latest progress arrived with the delivery


def test_hand_over_and_take_on_the_command_line(room: Room, desks, capsys) -> None:
    a, b = desks
    a.learners.add("Anna", "1357")
    for pc in desks:
        pc.close()
    data_a = ["--data-dir", str(a.layout.root)]
    data_b = ["--data-dir", str(b.layout.root)]
    assert main([*data_a, "learners", "hand-over", "Anna"]) == 0
    assert "handed Anna over to" in capsys.readouterr().out
    assert main([*data_b, "learners", "from-workshop", "--list"]) == 0
    assert "Anna" in capsys.readouterr().out
    assert main([*data_b, "learners", "from-workshop", "Anna"]) == 0
    assert "added learner Anna" in capsys.readouterr().out
    assert main([*data_b, "learners", "from-workshop", "Nobody"]) == 1
    assert "offers no learner called" in capsys.readouterr().err
