"""Waiting learner copies on the sharing PC expire (workshop/handover.py, "How long"):
removed after `workshop_learner_days` without a refresh, when sharing starts and when the
list is read; never while the clock is impossible; oldest first at MAX_STORED."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from biblio_desktop.cli import main
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.sync.outbox import installation_uri
from biblio_desktop.workshop import handover
from biblio_desktop.workshop.handover import FOLDER, HandOverStore
from biblio_desktop.workshop.transfer import signed_transfer
from biblio_desktop.workspace import Workspace

from ..core.learning_fixtures import add_learner_row
from .conftest import open_ws

DAY = 24 * 3600.0


@pytest.fixture
def desk(tmp_path: Path, fake_clock) -> Iterator[tuple[Workspace, Workspace, str]]:
    """The sharing PC and a joined PC (its installation id) with no learners yet."""
    host, pc = open_ws(tmp_path / "host"), open_ws(tmp_path / "pc")
    with unit_of_work(pc.sessions) as session:
        installation = installation_uri(session)
    try:
        yield host, pc, installation
    finally:
        host.close()
        pc.close()


def _store(host: Workspace) -> HandOverStore:
    return HandOverStore(host.layout, host.sessions, name="Facilitator",
                         installation="urn:uuid:00000000-0000-4000-8000-000000000000")


def _hand_over(store: HandOverStore, pc: Workspace, installation: str, name: str) -> str:
    learner = add_learner_row(pc, name)
    data, _doc = signed_transfer(pc, learner)
    return store.put(installation, "Desk 1", data).id


def _files(host: Workspace) -> set[str]:
    folder = host.layout.root / FOLDER
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def test_a_copy_not_refreshed_for_30_days_goes_when_the_list_is_read(desk, fake_clock
                                                                     ) -> None:
    host, pc, installation = desk
    store = _store(host)
    old = _hand_over(store, pc, installation, "Ilze")
    fake_clock.jump(20 * DAY)
    fresh = _hand_over(store, pc, installation, "Jānis")
    fake_clock.jump(10 * DAY + 60)  # Ilze's copy: 30 days and a minute; Jānis's: 10 days
    assert {w.id for w in store.waiting()} == {fresh}
    assert _files(host) == {f"{fresh}.json", f"{fresh}.meta"}  # both files of the old one
    assert store.get(old) is None
    fake_clock.jump(-(10 * DAY + 60))  # the clock set back: nothing comes back, nothing goes
    assert {w.id for w in store.waiting()} == {fresh}


def test_a_refresh_restarts_the_age(desk, fake_clock) -> None:
    host, pc, installation = desk
    store = _store(host)
    learner = add_learner_row(pc, "Ilze")
    uid = store.put(installation, "Desk 1", signed_transfer(pc, learner)[0]).id
    fake_clock.jump(25 * DAY)
    store.put(installation, "Desk 1", signed_transfer(pc, learner)[0])  # delivered again
    fake_clock.jump(25 * DAY)
    assert [w.id for w in store.waiting()] == [uid]


def test_the_setting_decides_the_age(desk, fake_clock) -> None:
    host, pc, installation = desk
    store = _store(host)
    _hand_over(store, pc, installation, "Ilze")
    host.settings.set("workshop_learner_days", 2)
    fake_clock.jump(DAY)
    assert store.expire() == 0
    fake_clock.jump(1.5 * DAY)
    assert store.expire() == 1 and store.waiting() == []


def test_an_impossible_clock_removes_nothing(desk, fake_clock) -> None:
    host, pc, installation = desk
    store = _store(host)
    uid = _hand_over(store, pc, installation, "Ilze")
    fake_clock.set(datetime(2101, 1, 1, tzinfo=UTC))  # set years ahead by mistake
    assert store.expire() == 0 and [w.id for w in store.waiting()] == [uid]
    fake_clock.set(datetime(2002, 1, 1, tzinfo=UTC))  # a dead battery
    assert store.expire() == 0 and [w.id for w in store.waiting()] == [uid]


def test_sharing_starts_by_removing_old_copies(desk, fake_clock) -> None:
    host, pc, installation = desk
    _hand_over(_store(host), pc, installation, "Ilze")
    stranger = host.layout.root / FOLDER / "notes.txt"  # not a copy: never touched
    stranger.write_text("facilitator's notes")
    fake_clock.jump(31 * DAY)
    sharing = host.workshop.share(bind="127.0.0.1", port=0, announce=False)
    try:
        assert _files(host) == {"notes.txt"}
    finally:
        sharing.stop()


def test_a_damaged_copy_is_aged_by_its_file(desk, fake_clock) -> None:
    host, pc, installation = desk
    store = _store(host)
    uid = _hand_over(store, pc, installation, "Ilze")
    meta = host.layout.root / FOLDER / f"{uid}.meta"
    meta.write_text("{not json")
    assert store.waiting() == [] and store.expire(datetime(2026, 3, 3, tzinfo=UTC)) == 0
    assert store.expire(datetime.fromtimestamp(meta.stat().st_mtime, UTC).replace(
        year=2027)) == 1
    assert _files(host) == set()


def test_at_max_stored_the_oldest_copy_makes_room(desk, fake_clock,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    host, pc, installation = desk
    monkeypatch.setattr(handover, "MAX_STORED", 3)
    store = _store(host)
    ids = []
    for name in ("A", "B", "C"):
        ids.append(_hand_over(store, pc, installation, name))
        fake_clock.jump(DAY)
    refreshed = signed_transfer(pc, 1)[0]  # A delivers again: now B is the oldest
    store.put(installation, "Desk 1", refreshed)
    fake_clock.jump(DAY)
    newest = _hand_over(store, pc, installation, "D")
    assert {w.id for w in store.waiting()} == {ids[0], ids[2], newest}
    assert len(_files(host)) == 6
    again = store.put(installation, "Desk 1", refreshed)  # a stored learner: no eviction
    assert again.id == ids[0] and {w.id for w in store.waiting()} == {ids[0], ids[2], newest}


def test_share_keep_learners_option(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "host")
    assert main(["--data-dir", data, "share", "--keep-learners", "0", "--for", "0"]) == 2
    assert "--keep-learners must be between 1 and 365" in capsys.readouterr().err
    code = main(["--data-dir", data, "share", "--bind", "127.0.0.1", "--port", "0",
                 "--no-announce", "--keep-learners", "7", "--for", "0.1"])
    assert code == 0
    with Workspace.open(Path(data)) as ws:
        assert ws.settings.get("workshop_learner_days") == 7
