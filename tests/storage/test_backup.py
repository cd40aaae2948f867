"""Backups, pruning, daily backups, integrity checks and restore of the library database."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from biblio_desktop.datadir import DataLayout
from biblio_desktop.errors import DataFolderError
from biblio_desktop.storage import db
from biblio_desktop.storage.backup import (
    BackupInfo,
    backup_before,
    check_database,
    daily_backup_if_due,
    integrity_problems,
    list_backups,
    make_backup,
    prune_backups,
    restore_backup,
    restore_with_details,
)

DAY1 = datetime(2026, 3, 2, 9, 15, 0)


def make_library(root: Path) -> tuple[DataLayout, Engine]:
    layout = DataLayout(root)
    layout.create()
    engine = db.make_engine(layout.database)
    db.upgrade(engine)
    return layout, engine


def add_learner(engine: Engine, name: str) -> None:
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO learners (name, role, failed_attempts, created_at) "
                          "VALUES (:n, 'learner', 0, '2026-01-01 00:00:00')"), {"n": name})


def learner_names(path: Path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM learners")}
    finally:
        conn.close()


def corrupt(path: Path, start: int, length: int) -> None:
    """Overwrite bytes in the middle of a file, as a bad sector or a stray write would."""
    with open(path, "r+b") as fh:
        fh.seek(start)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(length)))


@pytest.fixture
def library(tmp_path: Path) -> tuple[DataLayout, Engine]:
    layout, engine = make_library(tmp_path / "data")
    add_learner(engine, "Ilze")
    return layout, engine


def test_backup_is_named_verified_and_self_contained(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    path = make_backup(layout, "Before Import!", now=DAY1)
    assert path == layout.backups / "library-20260302-091500-before-import.sqlite3"
    assert integrity_problems(path) == []
    assert learner_names(path) == {"Ilze"}  # committed data still in the WAL is included
    assert sorted(p.name for p in layout.backups.iterdir()) == [path.name]  # no -wal, no tmp
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    [info] = list_backups(layout)
    assert info == BackupInfo(path=path, created=DAY1, reason="before-import",
                              size=path.stat().st_size, sequence=1)
    engine.dispose()


def test_backup_names_stay_unique_within_a_second(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    first = make_backup(layout, "daily", now=DAY1)
    second = make_backup(layout, "daily", now=DAY1)
    third = make_backup(layout, now=DAY1)
    assert len({first, second, third}) == 3
    assert [b.path for b in list_backups(layout)] == [third, second, first]
    engine.dispose()


def test_no_database_no_backup(tmp_path: Path) -> None:
    layout = DataLayout(tmp_path)
    with pytest.raises(DataFolderError, match="no library database"):
        make_backup(layout, "x")
    assert backup_before(layout, "import") is None
    assert daily_backup_if_due(layout, DAY1) is None
    assert check_database(layout).status == "missing"
    assert check_database(layout).ok


def test_list_ignores_other_files_and_sorts_newest_first(
        library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    older = make_backup(layout, "daily", now=DAY1)
    newer = make_backup(layout, "", now=DAY1 + timedelta(hours=3))
    (layout.backups / "notes.txt").write_text("x")
    (layout.backups / "library-garbage.sqlite3").write_text("x")
    (layout.backups / ".library-20260302-091500.1.sqlite3.tmp").write_text("x")
    infos = list_backups(layout)
    assert [b.path for b in infos] == [newer, older]
    assert [b.reason for b in infos] == ["", "daily"]
    engine.dispose()


def test_round_trip_restore(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    backup = make_backup(layout, "manual", now=DAY1)
    add_learner(engine, "Janis")  # after the backup
    engine.dispose()  # restore needs the database closed

    result = restore_with_details(layout, backup, now=DAY1 + timedelta(hours=1))

    assert result.database == layout.database
    assert learner_names(layout.database) == {"Ilze"}  # Janis came after the backup
    assert result.previous_copy is not None
    assert result.previous_copy.name.endswith("-before-restore.sqlite3")
    assert learner_names(result.previous_copy) == {"Ilze", "Janis"}  # nothing truly lost
    assert not Path(f"{layout.database}-wal").exists()
    assert not Path(f"{layout.database}-shm").exists()
    assert list(layout.root.glob(".*.tmp")) == []

    # the app opens the restored database normally, in WAL mode again
    engine = db.make_engine(layout.database)
    assert not db.needs_upgrade(engine)
    assert db.integrity_ok(engine)
    add_learner(engine, "Anna")
    engine.dispose()
    assert learner_names(layout.database) == {"Ilze", "Anna"}


def test_restore_returns_database_path(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    backup = make_backup(layout, now=DAY1)
    engine.dispose()
    assert restore_backup(layout, backup) == layout.database


def test_restore_refused_while_database_is_open(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    backup = make_backup(layout, now=DAY1)
    add_learner(engine, "Janis")  # keeps a pooled connection open
    with pytest.raises(DataFolderError, match="still open"):
        restore_backup(layout, backup)
    engine.dispose()
    assert learner_names(layout.database) == {"Ilze", "Janis"}


def test_restore_from_corrupt_backup_refused(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    for i in range(300):
        add_learner(engine, f"learner {i} " + "x" * 200)
    backup = make_backup(layout, now=DAY1)
    add_learner(engine, "Janis")
    engine.dispose()
    corrupt(backup, 4096, 4096 * 6)
    before = layout.database.read_bytes()
    with pytest.raises(DataFolderError, match="damaged"):
        restore_backup(layout, backup)
    assert layout.database.read_bytes() == before
    assert [b.path for b in list_backups(layout)] == [backup]  # no before-restore copy made


def test_restore_refuses_a_foreign_sqlite_file(library: tuple[DataLayout, Engine],
                                               tmp_path: Path) -> None:
    layout, engine = library
    engine.dispose()
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    with pytest.raises(DataFolderError, match="not a BIBLIO Desktop library backup"):
        restore_backup(layout, other)
    assert learner_names(layout.database) == {"Ilze"}


def test_restore_over_unreadable_database_keeps_a_raw_copy(
        library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    backup = make_backup(layout, now=DAY1)
    engine.dispose()
    layout.database.write_bytes(b"this is not a database" * 500)
    result = restore_with_details(layout, backup)
    assert result.previous_copy is not None
    assert result.previous_copy.read_bytes() == b"this is not a database" * 500
    assert learner_names(layout.database) == {"Ilze"}
    assert check_database(layout).status == "ok"


def test_pruning_keeps_newest_seven(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    made = [make_backup(layout, "daily", now=DAY1 + timedelta(days=i)) for i in range(10)]
    removed = prune_backups(layout, now=DAY1 + timedelta(days=10))
    assert sorted(removed) == sorted(made[:3])
    assert [b.path for b in list_backups(layout)] == made[:2:-1]
    assert prune_backups(layout, now=DAY1 + timedelta(days=10)) == []
    engine.dispose()


def test_pruning_spares_a_recent_before_restore_copy(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    old_safety = make_backup(layout, "before-restore", now=DAY1 - timedelta(days=3))
    safety = make_backup(layout, "before-restore", now=DAY1)
    newer = [make_backup(layout, "before-import", now=DAY1 + timedelta(minutes=i + 1))
             for i in range(8)]
    prune_backups(layout, now=DAY1 + timedelta(hours=2))
    left = {b.path for b in list_backups(layout)}
    assert left == set(newer[1:]) | {safety}  # 7 newest + the copy from today
    assert old_safety not in left
    prune_backups(layout, now=DAY1 + timedelta(days=2))  # a day later it may go
    assert {b.path for b in list_backups(layout)} == set(newer[1:])
    engine.dispose()


def test_pruning_removes_stale_temp_files(library: tuple[DataLayout, Engine]) -> None:
    import os
    import time

    layout, engine = library
    stale = layout.backups / ".library-20260101-000000.99.sqlite3.tmp"
    fresh = layout.backups / ".library-20260101-000001.98.sqlite3.tmp"
    stale.write_text("x")
    fresh.write_text("x")
    old = time.time() - 2 * 3600
    os.utime(stale, (old, old))
    prune_backups(layout)
    assert not stale.exists()
    assert fresh.exists()  # might be another process's backup in progress
    engine.dispose()


def test_daily_backup_once_per_calendar_day(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    first = daily_backup_if_due(layout, DAY1)
    assert first is not None and first.name == "library-20260302-091500-daily.sqlite3"
    assert daily_backup_if_due(layout, DAY1.replace(hour=23, minute=59)) is None
    make_backup(layout, "before-import", now=DAY1 + timedelta(days=1, hours=-9, minutes=1))
    second = daily_backup_if_due(layout, DAY1 + timedelta(days=1))  # 09:15 next day
    assert second is not None and second.name.startswith("library-20260303-")
    assert daily_backup_if_due(layout, DAY1 + timedelta(days=1, hours=5)) is None
    # a week of daily starts keeps 7 backups
    for i in range(2, 12):
        assert daily_backup_if_due(layout, DAY1 + timedelta(days=i)) is not None
    assert len(list_backups(layout)) == 7
    engine.dispose()


def test_backup_before_import_and_migration(library: tuple[DataLayout, Engine]) -> None:
    layout, engine = library
    path = backup_before(layout, "import", now=DAY1)
    assert path is not None and path.name == "library-20260302-091500-before-import.sqlite3"
    path = backup_before(layout, "migration", now=DAY1)
    assert path is not None and path.name.endswith("-before-migration.sqlite3")
    for i in range(10):
        backup_before(layout, "import", now=DAY1 + timedelta(minutes=i))
    assert len(list_backups(layout)) == 7  # pruned as it goes
    engine.dispose()


def _big_library(root: Path) -> tuple[DataLayout, Engine]:
    layout, engine = make_library(root)
    for i in range(400):
        add_learner(engine, f"learner {i} " + "y" * 300)
    return layout, engine


def test_overwritten_pages_are_detected_and_newest_good_backup_offered(tmp_path: Path) -> None:
    layout, engine = _big_library(tmp_path / "data")
    make_backup(layout, "daily", now=DAY1)
    good = make_backup(layout, "before-import", now=DAY1 + timedelta(hours=1))
    damaged_backup = make_backup(layout, now=DAY1 + timedelta(hours=2))
    engine.dispose()
    assert not Path(f"{layout.database}-wal").exists()  # everything is in the main file
    assert check_database(layout).status == "ok"

    page = 4096
    corrupt(layout.database, page, page * 8)  # the first page after the header, and more
    corrupt(damaged_backup, page, page * 8)  # the newest backup is damaged too

    health = check_database(layout)
    assert health.status == "corrupt"
    assert not health.ok
    assert health.problems
    assert health.newest_good_backup is not None
    assert health.newest_good_backup.path == good


def test_overwritten_header_does_not_crash_check(tmp_path: Path) -> None:
    layout, engine = _big_library(tmp_path / "data")
    good = make_backup(layout, now=DAY1)
    engine.dispose()
    corrupt(layout.database, 0, 100)
    health = check_database(layout)
    assert health.status == "corrupt"
    assert "not a database" in health.problems[0]
    assert health.newest_good_backup is not None and health.newest_good_backup.path == good


def test_corrupt_database_is_not_backed_up(tmp_path: Path) -> None:
    layout, engine = _big_library(tmp_path / "data")
    engine.dispose()
    corrupt(layout.database, 4096, 4096 * 8)
    with pytest.raises(DataFolderError):
        make_backup(layout, "daily", now=DAY1)
    assert list(layout.backups.iterdir()) == []  # neither a backup nor a temp file
    health = check_database(layout)
    assert health.status == "corrupt" and health.newest_good_backup is None


def test_restore_over_a_damaged_database_keeps_its_raw_bytes(tmp_path) -> None:
    from biblio_desktop.datadir import DataLayout
    from biblio_desktop.storage.backup import make_backup, restore_with_details
    from biblio_desktop.workspace import Workspace

    Workspace.open(tmp_path / "d").close()
    layout = DataLayout(tmp_path / "d")
    good = make_backup(layout, "manual")
    raw = bytearray(layout.database.read_bytes())
    raw[4096:8192] = b"\xee" * 4096
    layout.database.write_bytes(bytes(raw))
    result = restore_with_details(layout, good)
    assert result.previous_copy is not None and result.previous_copy.name.startswith("damaged-")
    kept = result.previous_copy.read_bytes()  # raw bytes (only the journal-mode byte differs)
    assert len(kept) == len(raw) and kept[4096:8192] == b"\xee" * 4096
