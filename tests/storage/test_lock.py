"""One app per data folder: a real OS lock, held by a real second process."""

from __future__ import annotations

import errno
import json
import os
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from biblio_desktop.errors import DataFolderError
from biblio_desktop.storage import filesystems
from biblio_desktop.storage import lock as lock_module
from biblio_desktop.storage.lock import (
    InstanceLock,
    LockTiming,
    StaleLockError,
    read_holder,
    refuse_if_open_elsewhere,
)

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


# --- network shares: the record, the heartbeat, stale locks of other computers -------------

FAST = LockTiming(heartbeat=0.05, stale_after=60.0, watch=0.3, settle=0.05)
OTHER_PC = "library-pc-2"


def write_record(folder: Path, *, host: str = OTHER_PC, pid: int = 4242,
                 heartbeat: datetime | None = None, beat: int = 7, token: str = "feedc0de",
                 legacy: bool = False) -> Path:
    """A lock file as another computer (or an older version) leaves it; no OS lock held."""
    folder.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = {"pid": pid, "hostname": host, "started": "2026-03-02T09:15:00"}
    if not legacy:
        when = heartbeat or datetime.now(UTC)
        data.update(token=token, beat=beat, heartbeat=when.strftime("%Y-%m-%dT%H:%M:%SZ"))
    path = folder / ".lock"
    path.write_text(json.dumps(data))
    return path


def ago(seconds: float) -> datetime:
    return datetime.now(UTC) - timedelta(seconds=seconds)


def test_record_has_token_heartbeat_and_fixed_size(tmp_path: Path) -> None:
    with InstanceLock(tmp_path, timing=FAST) as lock:
        raw = (tmp_path / ".lock").read_bytes()
        assert len(raw) == lock_module.RECORD_SIZE
        holder = read_holder(lock.path)
        assert holder is not None and holder.token == lock.token and holder.beat == 0
        assert holder.heartbeat is not None
        assert abs((datetime.now(UTC) - holder.heartbeat).total_seconds()) < 5
        assert lock.beat() is None
        assert read_holder(lock.path).beat == 1  # type: ignore[union-attr]


def test_other_computer_with_recent_heartbeat_is_refused(tmp_path: Path) -> None:
    # On a share whose OS lock does not reach between computers we get the OS lock, but
    # the record says another PC has the folder open right now.
    lock_file = write_record(tmp_path, heartbeat=ago(5))
    before = lock_file.read_bytes()
    with pytest.raises(DataFolderError) as err:
        InstanceLock(tmp_path, timing=FAST).acquire(take_over=True)
    message = str(err.value)
    assert f"on the computer '{OTHER_PC}'" in message
    assert "process 4242, since 2026-03-02 09:15" in message
    assert "last active 5 s ago" in message
    assert "only one computer at a time" in message
    assert not isinstance(err.value, StaleLockError)
    assert lock_file.read_bytes() == before  # their record is left alone


def test_other_computers_clock_ahead_does_not_make_it_stale(tmp_path: Path) -> None:
    write_record(tmp_path, heartbeat=ago(-600))  # ten minutes in our future
    with pytest.raises(DataFolderError, match="already open"):
        InstanceLock(tmp_path, timing=FAST).acquire(take_over=True)


def test_stale_lock_of_another_computer_needs_take_over(tmp_path: Path) -> None:
    write_record(tmp_path, heartbeat=ago(900))
    lock = InstanceLock(tmp_path, timing=FAST)
    with pytest.raises(StaleLockError) as err:
        lock.acquire()
    assert err.value.holder.hostname == OTHER_PC
    assert err.value.silent_seconds >= 900
    message = str(err.value)
    assert f"on the computer '{OTHER_PC}'" in message and "15 minutes" in message
    assert "--take-over" in message and "\n" not in message
    assert not lock.held

    seen: list[tuple[int, int]] = []
    started = time.monotonic()
    lock.acquire(take_over=True, progress=lambda d, t: seen.append((d, t)))
    try:
        assert time.monotonic() - started >= FAST.watch  # it watched the record first
        assert seen[0][0] == 0 and seen[-1][0] == seen[-1][1]
        holder = read_holder(lock.path)
        assert holder is not None and holder.token == lock.token
        assert holder.on_this_host and holder.pid == os.getpid()
    finally:
        lock.release()
    assert read_holder(lock.path) is None


def test_take_over_backs_off_when_the_heartbeat_moves(tmp_path: Path) -> None:
    """The other PC's clock was just wrong (or it woke up): it is alive after all."""
    write_record(tmp_path, heartbeat=ago(900), beat=7)

    def alive() -> None:
        time.sleep(0.1)
        write_record(tmp_path, heartbeat=ago(899), beat=8)

    threading.Thread(target=alive, daemon=True).start()
    with pytest.raises(DataFolderError, match="still running") as err:
        InstanceLock(tmp_path, timing=FAST).acquire(take_over=True)
    assert not isinstance(err.value, StaleLockError)
    assert read_holder(tmp_path / ".lock").beat == 8  # type: ignore[union-attr]


def test_lock_of_a_dead_process_on_this_computer_is_stale_at_once(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    write_record(tmp_path, host=socket.gethostname(), pid=int(done.stdout), heartbeat=ago(1))
    started = time.monotonic()
    with InstanceLock(tmp_path, timing=FAST) as lock:  # no prompt, no watch
        assert time.monotonic() - started < FAST.watch
        assert read_holder(lock.path).pid == os.getpid()  # type: ignore[union-attr]


@pytest.mark.parametrize(("age", "stale"), [(1, False), (900, True)])
def test_record_of_an_older_version_is_judged_by_the_file_time(tmp_path: Path, age: float,
                                                               stale: bool) -> None:
    path = write_record(tmp_path, legacy=True)
    os.utime(path, (time.time() - age, time.time() - age))
    lock = InstanceLock(tmp_path, timing=FAST)
    with pytest.raises(DataFolderError) as err:
        lock.acquire()
    assert isinstance(err.value, StaleLockError) is stale


def test_heartbeat_thread_and_losing_the_folder_to_a_take_over(tmp_path: Path) -> None:
    lost: list[object] = []
    got_lost = threading.Event()
    lock = InstanceLock(tmp_path, timing=FAST)
    lock.acquire()
    lock.start_heartbeat(lambda holder: (lost.append(holder), got_lost.set()))
    try:
        deadline = time.monotonic() + 5
        while read_holder(lock.path).beat < 3:  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "no heartbeat"
            time.sleep(0.02)
        # Another computer decided this one was dead and took the folder over.
        write_record(tmp_path, token="0ther0ne", heartbeat=ago(0))
        assert got_lost.wait(5)
    finally:
        lock.release()
    assert [h.hostname for h in lost] == [OTHER_PC]  # type: ignore[attr-defined]
    assert lock.lost_to is not None and lock.lost_to.token == "0ther0ne"
    holder = read_holder(tmp_path / ".lock")
    assert holder is not None and holder.token == "0ther0ne"  # release left theirs alone


def test_claim_on_a_share_is_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two computers claim at the same moment (the OS lock did not reach): the one whose
    record is not there when read back gives way."""
    monkeypatch.setenv(filesystems.OVERRIDE_ENV, "1")
    real_sleep = time.sleep

    def other_pc_claims_meanwhile(seconds: float) -> None:
        write_record(tmp_path, token="fa5te4", heartbeat=ago(0))
        real_sleep(seconds)

    monkeypatch.setattr(lock_module.time, "sleep", other_pc_claims_meanwhile)
    with pytest.raises(DataFolderError, match=f"on the computer '{OTHER_PC}'"):
        InstanceLock(tmp_path, timing=FAST).acquire()
    assert read_holder(tmp_path / ".lock").token == "fa5te4"  # type: ignore[union-attr]
    monkeypatch.setattr(lock_module.time, "sleep", real_sleep)
    (tmp_path / ".lock").write_text("")
    with InstanceLock(tmp_path, timing=FAST) as lock:  # nobody else: the claim holds
        assert read_holder(lock.path).token == lock.token  # type: ignore[union-attr]


def test_no_locks_on_a_network_drive_names_it(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    def no_locks(_fd: int) -> bool:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_module, "_try_lock", no_locks)
    monkeypatch.setattr(lock_module, "filesystem_type", lambda _p: "nfs4")
    monkeypatch.setenv(filesystems.OVERRIDE_ENV, "1")
    with pytest.raises(DataFolderError) as err:
        InstanceLock(tmp_path).acquire()
    assert "network drive (nfs4) that does not support file locks" in str(err.value)
    assert "nolock" in str(err.value)


def test_commands_refuse_a_library_open_on_another_computer(tmp_path: Path) -> None:
    from biblio_desktop.workspace import Workspace

    data = tmp_path / "data"
    write_record(data, heartbeat=ago(3))
    with pytest.raises(DataFolderError, match=f"on the computer '{OTHER_PC}'"):
        Workspace.open(data)
    write_record(data, heartbeat=ago(900))  # that PC crashed long ago: commands may run
    Workspace.open(data).close()
    (data / ".lock").write_text("")
    with InstanceLock(data):  # the app on this computer: commands beside it are fine
        refuse_if_open_elsewhere(data)
        Workspace.open(data).close()


PRETEND_OTHER_PC = textwrap.dedent("""
    # A BIBLIO Desktop on another computer of a share whose OS lock does not reach between
    # computers (NFS 'nolock', SMB 'nobrl'): its own lock call succeeds, ours will too.
    import sys, time
    from biblio_desktop import owners
    from biblio_desktop.storage import lock as lock_module
    owners.hostname = lock_module.hostname = lambda: "library-pc-2"
    lock_module._try_lock = lambda fd: True
    timing = lock_module.LockTiming(heartbeat=0.05, stale_after=2.0, watch=0.3, settle=0.05)
    lock = lock_module.InstanceLock(sys.argv[1], timing=timing)
    lock.acquire()
    lock.start_heartbeat(lambda holder: print("lost", flush=True))
    print("locked", flush=True)
    time.sleep(120)
""")


def test_real_process_on_another_computer_then_its_crash(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", PRETEND_OTHER_PC, str(data)],
                            stdout=subprocess.PIPE, text=True, env=env, cwd=REPO)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        lock = InstanceLock(data, timing=LockTiming(heartbeat=0.05, stale_after=1.0,
                                                    watch=0.3, settle=0.05))
        with pytest.raises(DataFolderError, match="on the computer 'library-pc-2'") as err:
            lock.acquire(take_over=True)  # alive: never taken over
        assert not isinstance(err.value, StaleLockError)
        proc.kill()  # the other PC loses power: its heartbeat stops
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while True:
            try:
                lock.acquire()
                raise AssertionError("a stale lock of another computer was taken unasked")
            except StaleLockError:
                break
            except DataFolderError:
                assert time.monotonic() < deadline
                time.sleep(0.2)
        lock.acquire(take_over=True)
        assert read_holder(lock.path).token == lock.token  # type: ignore[union-attr]
        lock.release()
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)
        if proc.stdout:
            proc.stdout.close()
