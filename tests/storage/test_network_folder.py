"""A data folder on a network share: detected, and the database leaves WAL mode there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from biblio_desktop.storage import filesystems
from biblio_desktop.storage.filesystems import is_network_folder, mount_type
from biblio_desktop.workspace import Workspace

MOUNTS = "\n".join([
    "/dev/vda / ext4 rw,relatime 0 0",
    "server:/export /srv/share nfs4 rw,vers=4.2 0 0",
    "//nas/biblio /mnt/nas\\040drive cifs rw,vers=3.0 0 0",
    "tmpfs /srv/share/cache tmpfs rw 0 0",
    "/dev/sdb1 /media/usb vfat rw 0 0",
    "/dev/sdc1 /media/usb ext4 rw 0 0",  # mounted over the first: this one is visible
])


@pytest.mark.parametrize(("path", "expected"), [
    ("/srv/share/biblio-data", "nfs4"),
    ("/srv/share", "nfs4"),
    ("/srv/shared", "ext4"),  # a prefix of the name is not the mount
    ("/mnt/nas drive/library", "cifs"),
    ("/srv/share/cache/x", "tmpfs"),
    ("/media/usb/data", "ext4"),
    ("/home/librarian", "ext4"),
])
def test_mount_type_of_a_folder(path: str, expected: str) -> None:
    assert mount_type(Path(path), MOUNTS) == expected


def test_override_for_shares_that_are_not_recognised(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(filesystems.OVERRIDE_ENV, "1")
    assert is_network_folder(tmp_path)
    monkeypatch.setenv(filesystems.OVERRIDE_ENV, "0")
    assert not is_network_folder(tmp_path)
    monkeypatch.delenv(filesystems.OVERRIDE_ENV)
    monkeypatch.setattr(filesystems, "filesystem_type", lambda _p: "cifs")
    assert is_network_folder(tmp_path / "not" / "made" / "yet")
    monkeypatch.setattr(filesystems, "filesystem_type", lambda _p: "ext4")
    assert not is_network_folder(tmp_path)


def test_this_machines_temporary_folder_is_local(tmp_path: Path) -> None:
    assert filesystems.filesystem_type(tmp_path) not in filesystems.NETWORK_TYPES


def _journal_mode(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    finally:
        conn.close()


def test_database_on_a_network_folder_uses_the_rollback_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()  # made on a local disk: WAL
    assert _journal_mode(data / "library.sqlite3") == "wal"

    monkeypatch.setenv(filesystems.OVERRIDE_ENV, "1")  # the folder moved to a share
    with Workspace.open(data) as ws:
        ws.learners.add("Ilze")
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert not (data / "library.sqlite3-wal").exists()
        assert not (data / "library.sqlite3-shm").exists()
    assert _journal_mode(data / "library.sqlite3") == "delete"

    monkeypatch.setenv(filesystems.OVERRIDE_ENV, "0")  # and back on a local disk
    with Workspace.open(data) as ws:
        assert [learner.name for learner in ws.learners.list_learners()] == ["Ilze"]
    assert _journal_mode(data / "library.sqlite3") == "wal"
