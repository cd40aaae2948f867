"""Cohorts across the room: the facilitator puts a joined PC's learner into a paced cohort
on the workshop PC; the joined PC paces them (docs/cohorts.md, "Learners on other PCs").

Two data folders and the real HTTP service on 127.0.0.1, no Qt."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biblio_desktop.cli import main
from biblio_desktop.learning.cohorts import CohortError
from biblio_desktop.learning.pacing import ItemLocked
from biblio_desktop.storage.models import CompletionRecordRow, OutboxRow
from biblio_desktop.workshop import protocol as P
from biblio_desktop.workshop.client import load_peer

from ..core.course_fixtures import COURSE_ID
from .conftest import Room, open_ws
from .test_handover import _attempt


def _count(ws, model, *where) -> int:
    with ws.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


@pytest.fixture
def desk(tmp_path: Path, room: Room, signed_package: Path):
    pc = open_ws(tmp_path / "desk-3")
    pc.import_package(signed_package)
    pc.workshop.join(room.url, room.sharing.code, name="Desk 3", refresh=False)
    yield pc
    pc.close()


def _progress(ws, cohort_id: int, learner_id: int) -> tuple[int, int]:
    """(items done, seconds) of one learner in the cohort's dashboard."""
    data = ws.cohort_report(cohort_id)
    [status] = [s for s in data.statuses if s.learner_id == learner_id]
    return status.done_items, status.seconds_spent


def test_a_joined_pcs_learner_is_paced_by_the_workshop_pcs_cohort(
        room: Room, desk, fake_clock, capsys) -> None:
    host = room.host
    ilze = desk.learners.add("Ilze Kalniņa", "4711").id
    desk.progress_of(ilze).mark_done(COURSE_ID, "m1-welcome")
    desk.workshop.deliver()
    host_own_before = _count(host, OutboxRow, OutboxRow.origin.is_(None))
    gathered_before = host.workshop.gathered_count()

    # the facilitator's cohort editor offers her among the learners on other PCs
    [offered] = host.workshop.room_learners()
    assert (offered.name, offered.pc, offered.learner_id) == ("Ilze Kalniņa", "Desk 3", None)
    here = host.workshop.adopt_learner(offered.uid)
    assert host.workshop.room_learners()[0].learner_id == here
    assert host.workshop.learner_pcs() == {here: "Desk 3"}
    start = fake_clock.now().date()  # 2026-03-02: week 2 opens on 2026-03-09
    cohort = host.cohorts.create("Ķekava, spring", start, "weekly", course_ids=[COURSE_ID],
                                 learner_ids=[here])
    assert _progress(host, cohort.id, here)[0] == 1  # her real progress on the dashboard

    # the joined PC's next delivery brings the cohort: week 2 locked, with its date
    desk.workshop.deliver()
    [managed] = desk.cohorts.list()
    assert managed.managed and managed.manager_name == room.sharing.service.name
    assert (managed.name, managed.start_date, managed.learner_ids) == (
        "Ķekava, spring", start, (ilze,))
    view, _today = desk.cohorts.this_week(ilze, COURSE_ID)
    assert view.week == 1 and view.next_week.opens_on == date(2026, 3, 9)
    with pytest.raises(ItemLocked, match="9 March 2026"):
        desk.progress_of(ilze).open_item(COURSE_ID, "m2-video")
    with pytest.raises(CohortError, match="managed by the workshop PC"):
        desk.cohorts.open_week_early(managed.id, 2)

    # the facilitator opens week 2 early; after the next delivery it is open there
    host.cohorts.open_week_early(cohort.id, 2)
    desk.workshop.deliver()
    assert desk.cohorts.get(managed.id).opened_weeks == (2,)  # the same row, updated
    fake_clock.advance(30)
    desk.progress_of(ilze).report_video(COURSE_ID, "m2-video", 0, 100, 100)
    _attempt(desk, ilze, right=True)  # statements to deliver: answered, passed, completed

    # the dashboard follows: the copy handed over after the delivery is merged at once
    before = _progress(host, cohort.id, here)
    desk.workshop.deliver()
    after = _progress(host, cohort.id, here)
    assert after[0] == before[0] + 2 and after[1] >= before[1]
    assert host.progress_of(here).completion(COURSE_ID) is not None

    # merging queued nothing on the workshop PC: the statements came once, from the desk
    assert _count(host, OutboxRow, OutboxRow.origin.is_(None)) == host_own_before == 0
    assert _count(host, CompletionRecordRow) == 0
    with host.sessions() as session:
        ids = session.scalars(select(OutboxRow.statement_id)).all()
    assert len(ids) == len(set(ids)) == host.workshop.gathered_count() > gathered_before

    # the command line lists the managed cohort with its manager
    assert main(["--data-dir", str(desk.layout.root), "cohorts", "list"]) == 0
    out = capsys.readouterr().out
    assert "Ķekava, spring" in out and f"managed by {room.sharing.service.name}" in out
    assert main(["--data-dir", str(desk.layout.root), "cohorts", "show", str(managed.id)]) == 0
    assert "managed by the workshop PC" in capsys.readouterr().out
    assert main(["--data-dir", str(desk.layout.root), "cohorts", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert listed["manager_name"] == room.sharing.service.name and listed["managed_by"]

    # leaving keeps the cohort, as this PC's own: pacing goes on without the network
    desk.workshop.leave()
    [kept] = desk.cohorts.list()
    assert not kept.managed and kept.learner_ids == (ilze,) and kept.opened_weeks == (2,)
    desk.cohorts.open_week_early(kept.id, 3)  # now the local facilitator's to change


def test_the_answer_names_only_the_asking_pcs_learners(room: Room, desk, tmp_path,
                                                       fake_clock) -> None:
    host = room.host
    other = open_ws(tmp_path / "desk-4")
    try:
        other.import_package(room.host.layout.root.parent / "course-1.0.0.biblio")
        other.workshop.join(room.url, room.sharing.code, name="Desk 4", refresh=False)
        anna = desk.learners.add("Anna", "1111").id
        bruno = other.learners.add("Bruno", "2222").id
        for pc, lid in ((desk, anna), (other, bruno)):
            pc.progress_of(lid).mark_done(COURSE_ID, "m1-welcome")
            pc.workshop.deliver()
        ids = [host.workshop.adopt_learner(r.uid) for r in host.workshop.room_learners()]
        mara = host.learners.add("Māra", "3333").id  # the workshop PC's own learner
        cohort = host.cohorts.create("Room", fake_clock.now().date(), "weekly",
                                     course_ids=[COURSE_ID, "eu.example.not-here"],
                                     learner_ids=[*ids, mara])
        host.cohorts.open_week_early(cohort.id, 2, ids[1])  # Bruno only
        desk.workshop.deliver()
        [seen] = desk.cohorts.list()
        assert seen.learner_ids == (anna,) and seen.learner_weeks == ()
        assert seen.course_ids == (COURSE_ID,)  # a course not installed here is left out
        # a learner ticked into the workshop cohort leaves this PC's own cohort
        local = desk.cohorts.create("Desk 3 only", fake_clock.now().date(),
                                    course_ids=[COURSE_ID])
        desk.cohorts.add_learners(local.id, [anna])
        desk.workshop.deliver()
        assert desk.cohorts.get(local.id).learner_ids == ()
        assert desk.cohorts.of_learner(anna).managed
        other.workshop.deliver()
        [theirs] = other.cohorts.list()
        assert theirs.learner_ids == (bruno,) and theirs.learner_weeks == ((bruno, 2),)
        # removed from the cohort on the workshop PC: gone from it on the desk
        host.cohorts.remove_learners([ids[0]])
        desk.workshop.deliver()
        assert desk.cohorts.of_learner(anna) is None
        assert [c.name for c in desk.cohorts.list()] == ["Desk 3 only"]
    finally:
        other.close()


def _post(url: str, token: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(url + P.COHORTS_PATH, data=body, headers={
        "Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        with exc:
            return exc.code, json.loads(exc.read() or b"{}")


def test_a_pc_asking_about_others_learns_nothing(room: Room, desk, tmp_path,
                                                 fake_clock) -> None:
    host = room.host
    other = open_ws(tmp_path / "desk-4")
    try:
        other.import_package(room.host.layout.root.parent / "course-1.0.0.biblio")
        other.workshop.join(room.url, room.sharing.code, name="Desk 4", refresh=False)
        bruno = other.learners.add("Bruno", "2222").id
        other.progress_of(bruno).mark_done(COURSE_ID, "m1-welcome")
        other.workshop.deliver()
        [copy] = host.workshop.room_learners()
        host.cohorts.create("Room", fake_clock.now().date(), course_ids=[COURSE_ID],
                            learner_ids=[host.workshop.adopt_learner(copy.uid)])
        mara = host.learners.add("Māra", "3333").id
        host.cohorts.add_learners(host.cohorts.list()[0].id, [mara])
        token = load_peer(desk.layout.root).token
        # Desk 3 knows (or guessed) Bruno's uid and the workshop PC's own learner's uid
        mara_uid = next(r for r in host.workshop._store().local_ids().items()
                        if r[1] == mara)[0]
        assert _post(room.url, token, json.dumps(
            {"learners": [copy.uid, mara_uid]}).encode()) == (200, {"cohorts": []})
        theirs = _post(room.url, load_peer(other.layout.root).token,
                       json.dumps({"learners": [copy.uid, mara_uid]}).encode())[1]
        assert theirs["cohorts"][0]["members"] == [copy.uid]  # Bruno's PC: Bruno only
        assert "Bruno" not in json.dumps(theirs) and "Māra" not in json.dumps(theirs)
        for body, status in ((b"{not json", 400), (b'{"learners": "all"}', 400),
                             (json.dumps({"learners": ["x"] * 2001}).encode(), 400),
                             (b"[" * 5000, 400)):
            assert _post(room.url, token, body)[0] == status
        assert _post(room.url, token, b" " * (P.MAX_COHORTS_BODY + 1))[0] == 413
        assert _post(room.url, "made-up", b"{}")[0] == 401
        host.workshop.remove_peer("Desk 3")
        time.sleep(1.1)  # the token cache lives one second
        assert _post(room.url, token, b'{"learners": []}')[0] == 401
        desk.workshop.deliver()  # quiet: a removed PC's delivery fails as before
    finally:
        other.close()


def test_a_cohort_members_copy_does_not_expire(room: Room, desk, fake_clock) -> None:
    """A learner who pauses for longer than `workshop_learner_days` stays paced on their PC:
    the copy that says which PC may ask for their cohorts is kept (its PIN hash is in the
    profile merged on the workshop PC anyway); other copies expire as before."""
    host = room.host
    ilze = desk.learners.add("Ilze", "4711").id
    idle = desk.learners.add("Idle", "0000").id
    for lid in (ilze, idle):
        desk.progress_of(lid).mark_done(COURSE_ID, "m1-welcome")
    desk.workshop.deliver()
    copies = {r.name: r.uid for r in host.workshop.room_learners()}
    here = host.workshop.adopt_learner(copies["Ilze"])
    host.cohorts.create("Term", fake_clock.now().date(), course_ids=[COURSE_ID],
                        learner_ids=[here])
    fake_clock.jump(40 * 24 * 3600)  # 40 days without a refresh
    assert [r.name for r in host.workshop.room_learners()] == ["Ilze"]  # Idle's expired
    desk.workshop.deliver()
    assert desk.cohorts.of_learner(ilze).managed
