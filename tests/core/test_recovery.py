"""The start-up clean-up after killed operations removes debris, never live work."""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.orm import Session, sessionmaker

from biblio_desktop import clock, recovery
from biblio_desktop.downloads import manager
from biblio_desktop.owners import host_id
from biblio_desktop.storage import db
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import DownloadRow
from biblio_desktop.workspace import Workspace

from .test_atomic_files import dead_pid


def test_recovery_knows_which_downloads_resume() -> None:
    assert recovery.RESUMABLE == manager.RESUMABLE


def _download_row(ws: Workspace | sessionmaker[Session], part: str,
                  state: str = "paused") -> None:
    sessions = ws.sessions if isinstance(ws, Workspace) else ws
    with unit_of_work(sessions) as session:
        now = datetime(2026, 3, 2, 9)
        session.add(DownloadRow(catalog_url=None, course_id="org.example.x", version="1.0.0",
                                url="http://x/p.biblio", size=10, sha256="0" * 64,
                                part_path=part, etag=None, bytes_done=3, state=state,
                                created_at=now, updated_at=now))


def test_leftovers_of_finished_processes_go_and_live_work_stays(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Workspace.open(data) as ws:
        _download_row(ws, "downloads/org.example.x-1.0.0-1.biblio.part")
        _download_row(ws, "downloads/org.example.x-1.0.0-2.biblio.part", state="cancelled")
    downloads = data / "downloads"
    downloads.mkdir()
    resumable = downloads / "org.example.x-1.0.0-1.biblio.part"
    cancelled = downloads / "org.example.x-1.0.0-2.biblio.part"
    stray = downloads / "something-else.biblio"
    for path in (resumable, cancelled, stray):
        path.write_bytes(b"abc")
    dead, alive = f"{dead_pid()}-{host_id()}", f"{os.getppid()}-{host_id()}"
    debris = [data / f".library.sqlite3.{dead}.00000001.tmp",
              data / "backups" / f".library-20260302-091500.sqlite3.{dead}.00000002.tmp",
              data / "keys" / f".installation.key.{dead}.00000003.tmp",
              data / "exports" / f".learner-1.json.{dead}.00000004.tmp"]
    live = data / "backups" / f".library-20260302-091501.sqlite3.{alive}.00000005.tmp"
    for path in (*debris, live):
        path.write_bytes(b"half")
    Workspace.open(data).close()
    assert resumable.exists() and live.exists()
    assert not any(p.exists() for p in (cancelled, stray, *debris))


DAY = 24 * 3600.0
OTHER_PC = "0123abcd"  # the host part of another computer's owner tags


def test_another_computers_live_work_survives_a_clock_days_ahead(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fake_clock: clock.FakeClock) -> None:
    """This PC's clock is three days ahead (the share's is right): another PC's import
    staging and temporary file, written a minute ago on the share, must not look three
    days old; what it left two days ago by the share's clock goes."""
    data = tmp_path / "data"
    Workspace.open(data).close()
    staging = data / "courses" / ".staging"
    live_staging = staging / f"{'c' * 32}-4242-{OTHER_PC}"
    old_staging = staging / f"{'d' * 32}-4243-{OTHER_PC}"
    live_temp = data / f".library.sqlite3.4242-{OTHER_PC}.00000001.tmp"
    old_temp = data / "backups" / f".library-x.sqlite3.4243-{OTHER_PC}.00000002.tmp"
    for folder in (live_staging, old_staging):
        (folder / "lessons").mkdir(parents=True)
    for path in (live_temp, old_temp):
        path.write_bytes(b"half")
    two_days_ago = time.time() - 2 * DAY  # by the share's (here: the real) clock
    for path in (old_staging, old_temp):
        os.utime(path, (two_days_ago, two_days_ago))

    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + 3 * DAY)
    fake_clock.set(datetime.now(UTC) + timedelta(days=3))
    Workspace.open(data).close()
    assert live_staging.exists() and live_temp.exists()
    assert not old_staging.exists() and not old_temp.exists()


def test_without_the_shares_time_another_computers_leftovers_stay(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio_desktop import owners

    data = tmp_path / "data"
    Workspace.open(data).close()
    old = data / f".library.sqlite3.4243-{OTHER_PC}.00000002.tmp"
    old.write_bytes(b"half")
    os.utime(old, (time.time() - 3 * DAY, time.time() - 3 * DAY))
    monkeypatch.setattr(owners, "share_now", lambda _folder: None)  # e.g. cannot write
    Workspace.open(data).close()
    assert old.exists()
    monkeypatch.undo()
    Workspace.open(data).close()
    assert not old.exists()


def test_a_download_started_during_the_clean_up_keeps_its_part(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A command starts (the clean-up runs) while the app starts a download: the download
    commits its row, then creates its .part, between the clean-up's two looks."""
    data = tmp_path / "data"
    Workspace.open(data).close()
    downloads = data / "downloads"
    downloads.mkdir()
    stray = downloads / "nobody.biblio.part"
    stray.write_bytes(b"abc")
    part = downloads / "org.example.x-1.0.0-1.biblio.part"
    real_iterdir = Path.iterdir
    other = db.make_engine(data / db.DB_FILENAME)  # the app, as another process would

    def download_starts_now(self: Path):  # type: ignore[no-untyped-def]
        if self == downloads and not part.exists():
            _download_row(db.make_session_factory(other), f"downloads/{part.name}")
            part.write_bytes(b"first bytes")
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", download_starts_now)
    try:
        Workspace.open(data).close()
    finally:
        other.dispose()
    assert part.exists()
    assert not stray.exists()
