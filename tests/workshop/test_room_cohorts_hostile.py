"""A hostile workshop PC's cohorts answer is refused or clamped on the joined PC: never a
crash, never a lost local cohort or progress (workshop/cohort_sync.py)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from biblio_desktop.errors import BiblioError
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import LearnerRow
from biblio_desktop.sync.outbox import installation_uri
from biblio_desktop.workshop.client import load_peer, save_peer
from biblio_desktop.workshop.cohort_sync import refresh_cohorts
from biblio_desktop.workshop.transfer import learner_uid

from ..core.course_fixtures import COURSE_ID
from .conftest import open_ws


class _Evil(BaseHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass

    def do_POST(self) -> None:
        self.server.asked.append(  # type: ignore[attr-defined]
            json.loads(self.rfile.read(int(self.headers.get("Content-Length", "0")))))
        body: bytes = self.server.answer  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def evil() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Evil)
    server.answer = b'{"cohorts": []}'  # type: ignore[attr-defined]
    server.asked = []  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def desk(tmp_path: Path, signed_package: Path, evil: ThreadingHTTPServer):
    """A PC "joined" to the hostile workshop PC, with a learner, progress and a local
    cohort of its own."""
    from biblio_desktop.workshop.client import JoinedPeer

    pc = open_ws(tmp_path / "desk")
    pc.import_package(signed_package)
    save_peer(pc.layout.root, JoinedPeer(f"http://127.0.0.1:{evil.server_port}", "evil-token",
                                         "Evil", "urn:uuid:00000000-0000-4000-8000-000000000001"))
    yield pc
    pc.close()


def _cohort(uid: str, **changes) -> dict:
    base = {"id": 7, "name": "Room", "start_date": "2026-03-02", "pace": "weekly",
            "course_ids": [COURSE_ID], "opened_weeks": [], "members": [uid],
            "learner_weeks": []}
    return {**base, **changes}


def _state(pc) -> list:
    return [replace(c, created_at=None) for c in pc.cohorts.list()]


def test_hostile_answers_are_refused_or_clamped(desk, evil, fake_clock) -> None:
    anna = desk.learners.add("Anna", "1111").id
    bruno = desk.learners.add("Bruno", "2222").id
    desk.progress_of(anna).mark_done(COURSE_ID, "m1-welcome")
    local = desk.cohorts.create("Our own", date(2026, 3, 2), course_ids=[COURSE_ID],
                                learner_ids=[bruno])
    with unit_of_work(desk.sessions) as session:
        installation = installation_uri(session)
        uid, uid_b = (learner_uid(installation, session.get(LearnerRow, x))
                      for x in (anna, bruno))
    evil.answer = json.dumps({"cohorts": [_cohort(uid)]}).encode()
    assert refresh_cohorts(desk) == 1
    assert sorted(evil.asked[-1]["learners"]) == sorted([uid, uid_b])
    good = _state(desk)

    refused = [
        b"x" * (3 * 1024 * 1024),  # huge
        b"[" * 100_000 + b"]" * 100_000,  # deep
        b"{not json",
        b"\xff\xfe",
        b'[1, 2]',
        b'{"cohorts": "all of them"}',
        json.dumps({"cohorts": [1]}).encode(),
        json.dumps({"cohorts": [_cohort(uid, id="7")]}).encode(),
        json.dumps({"cohorts": [_cohort(uid, name=None)]}).encode(),
        json.dumps({"cohorts": [_cohort(uid, members="everyone")]}).encode(),
        json.dumps({"cohorts": [_cohort(uid, course_ids={"a": 1})]}).encode(),
        json.dumps({"cohorts": [_cohort(uid, opened_weeks=list(range(600)))]}).encode(),
        json.dumps({"cohorts": [_cohort(uid, id=n) for n in range(1, 300)]}).encode(),
        b'{"cohorts": [NaN]}',
    ]
    for body in refused:
        evil.answer = body
        with pytest.raises(BiblioError):
            refresh_cohorts(desk)
        desk.workshop.deliver()  # quiet in the delivery: the statements still go
        assert _state(desk) == good, body[:60]
    assert desk.progress_of(anna).item_state(COURSE_ID, "m1-welcome").done

    # clamped: unknown courses, weeks out of range, uids not asked, names and dates
    evil.answer = json.dumps({"cohorts": [
        _cohort(uid, name="\x1b[31mRoom\x00 " + "x" * 5000,
                course_ids=[COURSE_ID, "eu.example.unknown", 5, None],
                opened_weeks=[0, -1, 2, 10**9, True, "3", 2.5],
                members=[uid, "not-a-uid", "00000000-0000-4000-8000-00000000abcd", 3],
                learner_weeks=[[uid, 10**12], [uid, 3], ["someone", 4], [uid], "x"]),
        _cohort(uid, id=8, start_date="9999-01-01"),
        _cohort(uid, id=9, start_date="1970-01-01"),
        _cohort(uid, id=10, start_date="yesterday"),
        _cohort(uid, id=11, pace="fast"),
        _cohort(uid, id=12, name="Old", start_date="2026-01-05"),
    ]}).encode()
    assert refresh_cohorts(desk) == 2
    managed = {c.name[:4]: c for c in desk.cohorts.list() if c.managed}
    room = managed["[31m"]  # the escape character and NUL taken out
    assert room.name.startswith("[31mRoom x") and len(room.name) == 100
    assert room.course_ids == (COURSE_ID,) and room.opened_weeks == (2,)
    assert room.learner_weeks == ((anna, 3),)
    # Anna is in one cohort: the last that names her; Bruno's local cohort is untouched
    assert managed["Old"].learner_ids == (anna,) and room.learner_ids == ()
    assert desk.cohorts.get(local.id).learner_ids == (bruno,) and not \
        desk.cohorts.get(local.id).managed
    desk.cohorts.this_week(anna, COURSE_ID)  # pacing works on what was kept

    # an empty answer takes the managed cohorts away, never the local one
    evil.answer = b'{"cohorts": []}'
    refresh_cohorts(desk)
    assert [c.name for c in desk.cohorts.list()] == ["Our own"]
    assert desk.cohorts.of_learner(anna) is None
    assert load_peer(desk.layout.root) is not None
