"""A workshop room on loopback: one PC shares, two join; courses go out, records come in,
and reach the real test LRS exactly once (docs/workshop.md)."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from biblio_desktop.storage.models import OutboxRow
from biblio_desktop.sync.lrs import LrsConfig, sync
from biblio_desktop.workshop.client import load_peer

from ..core.course_fixtures import COURSE_ID
from ..core.lrs_fixture import RunningLrs, all_statements, finish_course, lrs  # noqa: F401
from .conftest import Room, open_ws


def _rows(ws) -> list[OutboxRow]:
    with ws.sessions() as session:
        return list(session.scalars(select(OutboxRow)))


def test_two_pcs_join_download_and_their_records_reach_the_lrs_once(
        tmp_path: Path, room: Room, lrs: RunningLrs) -> None:  # noqa: F811
    pcs = [open_ws(tmp_path / name) for name in ("pc1", "pc2")]
    try:
        for n, pc in enumerate(pcs, 1):
            peer = pc.workshop.join(room.url, room.sharing.code.lower(), name=f"Desk {n}")
            assert load_peer(pc.layout.root) == peer
            assert peer.token not in (pc.layout.root / "library.sqlite3").read_bytes().decode(
                "latin-1")
            from biblio_desktop.downloads.updates import find_entry

            entry, catalog_url = find_entry(pc, COURSE_ID)
            assert catalog_url == peer.catalog_url and peer.owns(entry.url)
            outcome = pc.downloads.download(entry, catalog_url=catalog_url,
                                            require_signed=True)
            assert outcome.result.signed_by is not None
            assert pc.manifest(COURSE_ID).version == "1.0.0"
            learner_id = finish_course(pc, f"Learner {n}", fail_first=n == 2)
            if n == 1:
                _issue_record(pc, learner_id)
        assert [p.name for p in room.host.workshop.peers()] == ["Desk 1", "Desk 2"]

        sent = {}
        for pc in pcs:
            result = pc.workshop.deliver()
            assert result.ok and result.pending == 0 and result.delivered > 0
            sent.update({r.statement_id: r.statement_json for r in _rows(pc)})
            again = pc.workshop.deliver()  # nothing left: nothing sent twice
            assert again.total == 0
        gathered = {r.statement_id: r for r in _rows(room.host)}
        assert set(gathered) == set(sent)
        assert {r.origin for r in gathered.values()} == {
            load_peer(pc.layout.root) and _installation(pc) for pc in pcs}
        assert all(r.learner_id is None and r.delivered_at is None for r in gathered.values())
        learners = room.host.workshop.gathered_learners()
        assert sorted((g.pc, g.learner, g.completions) for g in learners) == [
            ("Desk 1", "Learner 1", 1), ("Desk 2", "Learner 2", 1)]

        # the facilitator's one sync forwards the whole room, once
        config = LrsConfig(lrs.url, "biblio", "secret", timeout=5)
        result = sync(room.host, config, batch_size=40)
        assert result.ok and result.delivered == len(sent)
        assert sync(room.host, config).total == 0
        stored = all_statements(lrs)
        assert len(stored) == len(sent) == len({s["id"] for s in stored})
        assert {s["id"] for s in stored} == set(sent)
        for s in stored:
            assert s["actor"] == json.loads(sent[s["id"]])["actor"]
        earned = [s for s in stored if s["verb"]["id"].endswith("/earned")]
        assert len(earned) == 1 and earned[0]["attachments"][0]["sha2"]
    finally:
        for pc in pcs:
            pc.close()


def _installation(ws) -> str:
    from biblio_desktop.sync.outbox import installation_uri

    with ws.sessions() as session:
        return installation_uri(session)


def _issue_record(ws, learner_id: int) -> None:
    """A signed record issued later: its `earned` statement travels with the record, and
    the sharing PC checks it on arrival (workshop/record_check.py)."""
    from biblio_desktop.records.issue import issue_record

    issue_record(ws, learner_id, COURSE_ID)
