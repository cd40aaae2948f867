"""One app per data folder: a real OS lock, held by a real second process."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio_desktop.errors import DataFolderError
from biblio_desktop.storage import lock as lock_module
from biblio_desktop.storage.lock import InstanceLock, read_holder

REPO = Path(__file__).resolve().parents[2]

HOLDER_SCRIPT = textwrap.dedent("""
    import sys, time
    from biblio_desktop.storage.lock import InstanceLock
    lock = InstanceLock(sys.argv[1])
    lock.acquire()
    print("locked", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A child process holding the lock on tmp_path/data until killed."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", HOLDER_SCRIPT, str(tmp_path / "data")],
                            stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "locked"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()


def test_second_process_is_refused_with_clear_message(tmp_path: Path,
                                                       holder: subprocess.Popen[str]) -> None:
    with pytest.raises(DataFolderError) as err:
        InstanceLock(tmp_path / "data").acquire()
    message = str(err.value)
    assert "already open on this data folder" in message
    assert f"process {holder.pid}" in message
    assert "--data-dir" in message  # what to do
    assert "\n" not in message


def test_lock_of_killed_process_is_recovered(tmp_path: Path,
                                             holder: subprocess.Popen[str]) -> None:
    lock = InstanceLock(tmp_path / "data")
    with pytest.raises(DataFolderError):
        lock.acquire()
    holder.kill()  # SIGKILL: no clean-up code runs in the child
    holder.wait(timeout=10)
    assert (tmp_path / "data" / ".lock").exists()  # the stale file is still there...
    lock.acquire()  # ...but the OS dropped its lock
    try:
        info = read_holder(lock.path)
        assert info is not None and info.pid == os.getpid()
    finally:
        lock.release()


def test_lock_file_records_holder_and_is_emptied_on_release(tmp_path: Path) -> None:
    with InstanceLock(tmp_path) as lock:
        assert lock.held
        data = json.loads((tmp_path / ".lock").read_text())
        assert data["pid"] == os.getpid()
        assert data["hostname"] == socket.gethostname()
        assert data["started"]
    assert not lock.held
    assert read_holder(tmp_path / ".lock") is None


def test_release_then_reacquire_and_idempotent_calls(tmp_path: Path) -> None:
    lock = InstanceLock(tmp_path)
    lock.acquire()
    lock.acquire()  # no-op when already held
    with pytest.raises(DataFolderError):  # another lock object is another opener
        InstanceLock(tmp_path).acquire()
    lock.release()
    lock.release()  # no-op when not held
    with InstanceLock(tmp_path):
        pass


def test_creates_missing_data_folder(tmp_path: Path) -> None:
    with InstanceLock(tmp_path / "new" / "data") as lock:
        assert lock.path.exists()


def test_read_only_media_is_reported_clearly(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    real_open = os.open

    def read_only_open(path: object, flags: int, *args: object) -> int:
        if str(path).endswith(".lock"):
            raise OSError(errno.EROFS, "Read-only file system", str(path))
        return real_open(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lock_module.os, "open", read_only_open)
    with pytest.raises(DataFolderError) as err:
        InstanceLock(tmp_path).acquire()
    assert "read-only" in str(err.value)
    assert "writable place" in str(err.value)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs POSIX permissions (root ignores them)")
def test_read_only_folder_by_permissions(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(DataFolderError, match="read-only"):
            InstanceLock(folder).acquire()
    finally:
        folder.chmod(0o755)


def test_file_system_without_locks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_locks(_fd: int) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_module, "_try_lock", no_locks)
    with pytest.raises(DataFolderError, match="does not support file locks"):
        InstanceLock(tmp_path).acquire()
