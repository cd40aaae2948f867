"""Whole-or-nothing files and the safe removal of what killed writers left."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from biblio_desktop import owners
from biblio_desktop.atomic_files import (
    AtomicFile,
    is_temporary_name,
    remove_stale_temporaries,
    temp_path_for,
    write_atomic,
)


def dead_pid() -> int:
    """The pid of a process that has finished."""
    out = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                         capture_output=True, text=True, check=True)
    pid = int(out.stdout)
    assert not owners.pid_alive(pid)
    return pid


def leftover(folder: Path, target: str, pid: int, host: str | None = None,
             age: float = 0.0) -> Path:
    path = folder / f".{target}.{pid}-{host or owners.host_id()}.0badc0de.tmp"
    path.write_bytes(b"half")
    if age:
        then = time.time() - age
        os.utime(path, (then, then))
    return path


def test_write_replaces_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out" / "record.json"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert [p.name for p in target.parent.iterdir()] == ["record.json"]


def test_failure_keeps_the_old_file_and_removes_the_temporary(tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError), AtomicFile(target) as tmp:
        tmp.path.write_bytes(b"half")
        raise RuntimeError("killed")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_private_and_explicit_modes(tmp_path: Path) -> None:
    private = write_atomic(tmp_path / "secret", b"x", private=True)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    shared = write_atomic(tmp_path / "package", b"x", mode=0o644)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o644


def test_temporary_names_are_hidden_tagged_and_recognised(tmp_path: Path) -> None:
    name = temp_path_for(tmp_path / "a.pdf").name
    assert name.startswith(".a.pdf.") and name.endswith(".tmp")
    assert f".{os.getpid()}-{owners.host_id()}." in name
    assert is_temporary_name(name) and is_temporary_name(name + "-journal")
    assert not is_temporary_name("a.pdf") and not is_temporary_name(".a.pdf.tmp")


def test_next_write_of_the_same_file_removes_a_killed_writers_leftover(tmp_path: Path) -> None:
    dead = leftover(tmp_path, "record.json", dead_pid())
    alive = leftover(tmp_path, "record.json", os.getppid())  # a running process: kept
    other_file = leftover(tmp_path, "other.json", dead_pid())  # another target: not now
    write_atomic(tmp_path / "record.json", b"new")
    assert not dead.exists()
    assert alive.exists() and other_file.exists()
    assert remove_stale_temporaries(tmp_path) == [other_file]


def test_other_computers_leftovers_wait_a_day(tmp_path: Path) -> None:
    fresh = leftover(tmp_path, "x", 42, host="0123abcd")
    old = leftover(tmp_path, "y", 42, host="0123abcd", age=owners.OTHER_HOST_AGE + 60)
    assert remove_stale_temporaries(tmp_path) == [old]
    assert fresh.exists()


def test_sqlite_journal_of_a_temporary_goes_too(tmp_path: Path) -> None:
    temp = leftover(tmp_path, "library.sqlite3", dead_pid())
    journal = temp.with_name(temp.name + "-journal")
    journal.write_bytes(b"j")
    assert sorted(remove_stale_temporaries(tmp_path)) == sorted([temp, journal])


def test_owner_tags() -> None:
    tag = owners.parse_owner_tag(owners.owner_tag())
    assert tag is not None and tag.pid == os.getpid() and tag.on_this_host
    assert owners.parse_owner_tag("12-nothex!") is None
    assert owners.left_behind(None, time.time() - owners.UNTAGGED_AGE - 5)
    assert not owners.left_behind(None, time.time())
    assert not owners.pid_alive(0)
