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

from biblio_desktop import owners
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
OTHER_MACHINE = "0123456789abcdef"  # the hash of another computer's machine id


def write_record(folder: Path, *, host: str = OTHER_PC, pid: int = 4242,
                 heartbeat: datetime | None = None, beat: int = 7, token: str = "feedc0de",
                 machine: str = OTHER_MACHINE, legacy: bool = False) -> Path:
    """A lock file as another computer (or an older version) leaves it; no OS lock held."""
    folder.mkdir(parents=True, exist_ok=True)
    data: dict[str, object] = {"pid": pid, "hostname": host, "started": "2026-03-02T09:15:00"}
    if not legacy:
        when = heartbeat or datetime.now(UTC)
        data.update(token=token, beat=beat, heartbeat=when.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    machine=machine)
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
    write_record(tmp_path, host=socket.gethostname(), pid=int(done.stdout), heartbeat=ago(1),
                 machine=owners.machine_fingerprint())
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


def test_commands_refuse_a_library_open_on_another_computer(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    from biblio_desktop.workspace import Workspace

    monkeypatch.setattr(lock_module, "DEFAULT_TIMING", FAST)
    data = tmp_path / "data"
    write_record(data, heartbeat=ago(3))
    with pytest.raises(DataFolderError, match=f"on the computer '{OTHER_PC}'"):
        Workspace.open(data)
    write_record(data, heartbeat=ago(900))  # that PC crashed long ago: commands may run,
    started = time.monotonic()
    Workspace.open(data).close()  # once its record was watched standing still
    assert time.monotonic() - started >= FAST.watch
    told = capsys.readouterr().err
    assert f"marked as open on the computer '{OTHER_PC}'" in told
    assert "making sure BIBLIO Desktop is no longer running there" in told
    (data / ".lock").write_text("")
    with InstanceLock(data):  # the app on this computer: commands beside it are fine
        refuse_if_open_elsewhere(data)
        Workspace.open(data).close()


PRETEND_OTHER_PC = textwrap.dedent("""
    # A BIBLIO Desktop on another computer of a share whose OS lock does not reach between
    # computers (NFS 'nolock', SMB 'nobrl'): its own lock call succeeds, ours will too.
    # (its own machine id: XDG_CONFIG_HOME points elsewhere)
    import sys, time
    from biblio_desktop import owners
    from biblio_desktop.storage import lock as lock_module
    owners.hostname = lambda: "library-pc-2"
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
    env = {**os.environ, "PYTHONPATH": str(REPO), "XDG_CONFIG_HOME": str(tmp_path / "pc2")}
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


# --- review fixes: clocks, unreadable records, the write gate, cloned PCs ------------------

def beating(folder: Path, *, heartbeat: datetime, stop: threading.Event) -> threading.Thread:
    """Another computer's live app whose clock is behind ours: its counter moves."""
    def run() -> None:
        beat = 7
        while not stop.wait(0.03):
            beat += 1
            write_record(folder, heartbeat=heartbeat, beat=beat)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("behind", [200, -600])  # its clock 200 s behind ours, 10 min ahead
def test_a_command_watches_a_record_that_only_looks_old(
        tmp_path: Path, behind: float, capsys: pytest.CaptureFixture[str]) -> None:
    """The app's PC has a clock minutes behind (a dead CMOS battery): its heartbeat looks
    old to us, but its counter moves: a command must not run beside it."""
    write_record(tmp_path, heartbeat=ago(behind))
    stop = threading.Event()
    thread = beating(tmp_path, heartbeat=ago(behind), stop=stop)
    try:
        with pytest.raises(DataFolderError, match="still running") as err:
            refuse_if_open_elsewhere(tmp_path, timing=FAST)
    finally:
        stop.set()
        thread.join(5)
    assert f"on the computer '{OTHER_PC}'" in str(err.value)
    told = capsys.readouterr().err  # said while it waited
    assert "making sure BIBLIO Desktop is no longer running there" in told


def test_a_command_beside_an_older_versions_fresh_record_is_refused(tmp_path: Path) -> None:
    write_record(tmp_path, legacy=True)  # no heartbeat to read, but written just now
    with pytest.raises(DataFolderError, match="already open"):
        refuse_if_open_elsewhere(tmp_path, timing=FAST)


def test_the_watch_lasts_at_least_three_heartbeats() -> None:
    default = LockTiming()
    assert default.watch >= 3 * default.heartbeat
    with pytest.raises(ValueError, match="three heartbeats"):
        LockTiming(heartbeat=10, watch=15)


GARBLED = b'{"pid": 99, "hostname": "library-pc-2", "started": "2026-03-02T10:0'


def test_the_heartbeat_never_writes_over_a_record_it_cannot_read(tmp_path: Path) -> None:
    """Another computer's take-over record seen halfway (or a share error) is not ours to
    overwrite; garbled for several beats in a row, the folder counts as lost."""
    lock = InstanceLock(tmp_path, timing=FAST)
    lock.acquire()
    try:
        lock.path.write_bytes(GARBLED)
        assert lock.beat() is None
        assert lock.path.read_bytes() == GARBLED  # not rewritten
        for _ in range(lock_module.GARBLED_BEATS - 2):
            assert lock.beat() is None
            assert lock.path.read_bytes() == GARBLED
        assert lock.beat() is lock_module.UNKNOWN_HOLDER
        assert lock.lost_to is lock_module.UNKNOWN_HOLDER
        assert lock.path.read_bytes() == GARBLED
    finally:
        lock.release()
    assert lock.path.read_bytes() == GARBLED  # release does not empty it either


def test_a_garbled_read_once_is_only_a_skipped_beat(tmp_path: Path) -> None:
    with InstanceLock(tmp_path, timing=FAST) as lock:
        ours = lock.path.read_bytes()
        lock.path.write_bytes(GARBLED)
        assert lock.beat() is None and lock.lost_to is None
        lock.path.write_bytes(ours)  # whole again (it was a write seen halfway)
        assert lock.beat() is None
        assert read_holder(lock.path).beat == 1  # type: ignore[union-attr]
        lock.path.write_bytes(GARBLED)
        assert lock.beat() is None and lock.lost_to is None  # the count started again


def test_a_share_error_skips_the_beat_and_the_next_one_retries(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_open = builtins.open
    away = True

    def share_away(file: object, *args: object, **kwargs: object) -> object:
        if away and str(file).endswith(".lock"):
            raise OSError(errno.EIO, "Input/output error")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    with InstanceLock(tmp_path, timing=FAST) as lock:
        before = lock.path.read_bytes()
        monkeypatch.setattr(builtins, "open", share_away)
        with pytest.raises(OSError):
            lock.beat()
        assert lock.path.read_bytes() == before and lock.lost_to is None
        away = False
        assert lock.beat() is None
        assert read_holder(lock.path).beat == 1  # type: ignore[union-attr]


def test_an_emptied_record_means_the_folder_was_taken_and_given_back(tmp_path: Path) -> None:
    with InstanceLock(tmp_path, timing=FAST) as lock:
        lock.path.write_bytes(b"")  # another PC took over, then closed
        taken = lock.beat()
        assert lock.path.read_bytes() == b""  # not claimed again
        assert taken is lock_module.UNKNOWN_HOLDER


def test_the_double_check_backs_off_from_a_record_it_cannot_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(filesystems.OVERRIDE_ENV, "1")
    real_sleep = time.sleep

    def other_pc_writing_meanwhile(seconds: float) -> None:
        (tmp_path / ".lock").write_bytes(GARBLED)  # its claim, seen halfway
        real_sleep(seconds)

    monkeypatch.setattr(lock_module.time, "sleep", other_pc_writing_meanwhile)
    lock = InstanceLock(tmp_path, timing=FAST)
    with pytest.raises(DataFolderError, match="could not be read back"):
        lock.acquire()
    assert not lock.held
    assert (tmp_path / ".lock").read_bytes() == GARBLED  # not rewritten with ours


def _add_row(sessions: object, n: int) -> None:
    from biblio_desktop.storage.db import unit_of_work
    from biblio_desktop.storage.models import DownloadRow

    with unit_of_work(sessions) as session:  # type: ignore[arg-type]
        when = datetime(2026, 3, 2, 9)
        session.add(DownloadRow(catalog_url=None, course_id="x", version=f"1.0.{n}",
                                url="http://x", size=1, sha256="0" * 64, part_path="",
                                etag=None, bytes_done=0, state="paused", created_at=when,
                                updated_at=when))


def _rows(sessions: object) -> int:
    from sqlalchemy import func, select

    from biblio_desktop.storage.models import DownloadRow

    with sessions() as session:  # type: ignore[operator]
        return int(session.scalar(select(func.count()).select_from(DownloadRow)))


def test_no_write_after_a_take_over_even_before_the_next_heartbeat(tmp_path: Path) -> None:
    """A laptop wakes up after another PC took its folder over: its heartbeat is up to
    a beat away, but its very first write is refused, and the app is told at once."""
    from biblio_desktop.workspace import Workspace

    data = tmp_path / "data"
    slow = LockTiming(heartbeat=60, stale_after=120, watch=180, settle=0.05)
    lock = InstanceLock(data, timing=slow)
    lock.acquire()
    lost = threading.Event()
    lock.start_heartbeat(lambda _holder: lost.set())
    ws = Workspace.open(data)
    try:
        _add_row(ws.sessions, 1)  # ours: written
        write_record(data, token="0ther0ne", heartbeat=ago(0))  # taken over meanwhile
        with pytest.raises(DataFolderError, match=f"by the computer '{OTHER_PC}'") as err:
            _add_row(ws.sessions, 2)
        assert isinstance(err.value, lock_module.LockLostError)
        with ws.sessions() as session, pytest.raises(DataFolderError, match="taken over"):
            session.add(_plain_row())  # a commit outside a unit of work is gated too
            session.commit()
        assert lost.wait(5), "the app was not told before its next heartbeat"
        assert lock.lost_to is not None and lock.lost_to.token == "0ther0ne"
        assert _rows(ws.sessions) == 1
    finally:
        ws.close()
        lock.release()
    assert read_holder(data / ".lock").token == "0ther0ne"  # type: ignore[union-attr]


def _plain_row() -> object:
    from biblio_desktop.storage.models import DownloadRow

    when = datetime(2026, 3, 2, 9)
    return DownloadRow(catalog_url=None, course_id="x", version="9", url="http://x", size=1,
                       sha256="0" * 64, part_path="", etag=None, bytes_done=0, state="paused",
                       created_at=when, updated_at=when)


def test_a_write_is_refused_while_the_record_cannot_be_read(tmp_path: Path) -> None:
    from biblio_desktop.workspace import Workspace

    data = tmp_path / "data"
    with InstanceLock(data, timing=FAST) as lock, Workspace.open(data) as ws:
        ours = lock.path.read_bytes()
        lock.path.write_bytes(GARBLED)
        with pytest.raises(DataFolderError, match="Cannot check that this computer") as err:
            _add_row(ws.sessions, 1)
        assert not isinstance(err.value, lock_module.LockLostError)
        assert lock.lost_to is None and _rows(ws.sessions) == 0
        lock.path.write_bytes(ours)
        _add_row(ws.sessions, 1)
        assert _rows(ws.sessions) == 1


def test_a_clone_with_this_computers_name_is_another_computer(tmp_path: Path) -> None:
    """PCs cloned from one disk image share their name; the machine id tells them apart."""
    name = owners.hostname()
    write_record(tmp_path, host=name, heartbeat=ago(2))
    lock = InstanceLock(tmp_path, timing=FAST)
    with pytest.raises(DataFolderError) as err:
        lock.acquire()  # its OS lock does not reach us, but its record does
    assert f"on another computer also named '{name}'" in str(err.value)
    assert not isinstance(err.value, StaleLockError)
    with pytest.raises(DataFolderError, match="also named"):  # commands refuse it too
        refuse_if_open_elsewhere(tmp_path, timing=FAST, tell=pytest.fail)
    write_record(tmp_path, host=name, heartbeat=ago(900))
    with pytest.raises(StaleLockError):  # crashed: asked first, as any other computer
        lock.acquire()
    assert not lock.held


def test_the_record_names_this_machine(tmp_path: Path) -> None:
    with InstanceLock(tmp_path, timing=FAST) as lock:
        holder = read_holder(lock.path)
        assert holder is not None and holder.machine == owners.machine_fingerprint()
        assert holder.on_this_host and holder.hostname == owners.hostname()


def test_the_lock_takes_the_time_from_clock_py(tmp_path: Path, fake_clock: object) -> None:
    from biblio_desktop import clock, disk_faults

    with InstanceLock(tmp_path, timing=FAST) as lock:
        holder = read_holder(lock.path)
        assert holder is not None
        assert holder.heartbeat == clock.now()  # the fake clock's 2026-03-02 09:00
        assert holder.started == clock.local_now().isoformat(timespec="seconds")
        fake_clock.advance(30)  # type: ignore[attr-defined]
        lock.beat()
        assert read_holder(lock.path).heartbeat == clock.now()  # type: ignore[union-attr]
    assert lock_module._READ_ONLY_ERRNOS is disk_faults._READ_ONLY_ERRNOS
