"""The start-up clean-up after killed operations removes debris, never live work."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from biblio_desktop import recovery
from biblio_desktop.downloads import manager
from biblio_desktop.owners import host_id
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import DownloadRow
from biblio_desktop.workspace import Workspace

from .test_atomic_files import dead_pid


def test_recovery_knows_which_downloads_resume() -> None:
    assert recovery.RESUMABLE == manager.RESUMABLE


def _download_row(ws: Workspace, part: str, state: str = "paused") -> None:
    with unit_of_work(ws.sessions) as session:
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
