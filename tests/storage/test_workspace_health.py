"""Workspace.open guards the data: damaged database refused with a backup offered,
daily backup once, a backup before every import batch."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from biblio_desktop.errors import DataFolderError
from biblio_desktop.storage.backup import list_backups
from biblio_desktop.workspace import Workspace


def test_damaged_database_is_refused_and_backup_offered(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace.open(data, now=datetime(2026, 5, 1, 9)).close()
    Workspace.open(data, now=datetime(2026, 5, 2, 9)).close()  # the daily backup of day 2
    reasons = [b.reason for b in list_backups(Workspace.open(data).layout)]
    assert reasons.count("daily") >= 1
    db_file = data / "library.sqlite3"
    raw = bytearray(db_file.read_bytes())
    raw[4096:4096 + 4096 * 3] = b"\xff" * (4096 * 3)
    db_file.write_bytes(bytes(raw))
    with pytest.raises(DataFolderError) as info:
        Workspace.open(data)
    assert "damaged" in str(info.value) and "biblio-desktop restore" in str(info.value)


def test_daily_backup_only_once_a_day(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace.open(data, now=datetime(2026, 5, 1, 9)).close()
    Workspace.open(data, now=datetime(2026, 5, 1, 10)).close()
    Workspace.open(data, now=datetime(2026, 5, 1, 11)).close()
    with Workspace.open(data, now=datetime(2026, 5, 1, 12)) as ws:
        daily = [b for b in list_backups(ws.layout) if b.reason == "daily"]
    assert len(daily) == 1


def test_backup_only_before_an_import_that_changes_something(tmp_path: Path) -> None:
    from biblio_desktop.authoring.builder import build_package
    from tests.core.course_fixtures import make_source_course

    package = tmp_path / "c.biblio"
    build_package(make_source_course(tmp_path / "src"), package)
    broken = tmp_path / "broken.biblio"
    broken.write_bytes(b"not a zip")
    with Workspace.open(tmp_path / "data") as ws:
        ws.import_package(package)  # first import: database is new, but still backed up
        before = [b for b in list_backups(ws.layout) if b.reason == "before-import"]
        for _ in range(3):
            with pytest.raises(Exception, match="not a valid course package"):
                ws.import_package(broken)
        after = [b for b in list_backups(ws.layout) if b.reason == "before-import"]
    assert len(before) == 1 and len(after) == 1
