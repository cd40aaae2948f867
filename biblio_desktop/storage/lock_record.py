"""The holder record in a data folder's lock file: who holds the folder, and whether that
app is still alive (storage/lock.py explains the lock as a whole).

The record is one JSON object padded to `RECORD_SIZE` bytes and written in one piece:
process id, the computer's name (for people), its machine id's hash (to decide: PCs cloned
from one image share their name, owners.py), start time, a random token per acquisition,
and a heartbeat (UTC time and a counter) rewritten every `LockTiming.heartbeat` seconds.

Reading it has four outcomes (`Reading.state`), kept apart because they mean different
things to the holder:

- `record`: a whole record (ours if the token is ours);
- `empty`: nobody's (released, or a file just made);
- `garbled`: text that is not a whole record: a write seen halfway on a share, or cut off
  by a crash. Never taken for our own;
- `failed`: the file could not be read at all (the share away for a moment).

Clocks of two computers disagree (a dead CMOS battery puts one back by years), so the
time in a record only decides whether to *ask*; what decides is `watch_record`: an alive
app's counter moves within a heartbeat, whatever its clock says.
"""

from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from .. import clock, owners
from ..errors import DataFolderError
from ..progress import ProgressFn, no_progress

LOCK_FILENAME = ".lock"
RECORD_SIZE = 512  # the record is padded to this size and written in one piece
POLL = 0.1  # seconds between two reads of a watched record


@dataclass(frozen=True)
class LockTiming:
    """How often the holder proves it is alive, and when another computer may doubt it."""

    heartbeat: float = 10.0  # seconds between two heartbeats of a running app
    stale_after: float = 120.0  # another computer's record silent this long is stale
    # Before a take-over (and before a command runs beside a record that is not clearly
    # fresh), watch the record this long: at least 3 heartbeats, so that one or two beats
    # slowed by a share's fsync, or a busy PC, never make a live app look dead.
    watch: float = 30.0
    settle: float = 0.5  # on a network share, pause before reading a new claim back

    def __post_init__(self) -> None:
        if self.watch < 3 * self.heartbeat:
            raise ValueError(f"the watch ({self.watch} s) must last at least three "
                             f"heartbeats ({3 * self.heartbeat} s)")


DEFAULT_TIMING = LockTiming()


@dataclass(frozen=True)
class LockHolder:
    """Who holds the lock, as written into the lock file."""

    pid: int
    hostname: str  # for messages only
    started: str  # ISO 8601 local time of that computer
    token: str = ""  # random, one per acquisition: tells a take-over from our own record
    heartbeat: datetime | None = None  # UTC; None in records of older versions
    beat: int = 0  # counts heartbeats: moves even when the two clocks disagree
    machine: str = ""  # owners.machine_fingerprint() of the holder; "" in older records

    @property
    def on_this_host(self) -> bool:
        """Written on this computer: the same machine id. A record without one (an older
        version) never counts as ours, even under our name: clones share names."""
        return bool(self.machine) and self.machine == owners.machine_fingerprint()

    @property
    def same_name_elsewhere(self) -> bool:
        """Another computer under our name (a clone of the same disk image)."""
        return bool(self.machine) and not self.on_this_host and \
            self.hostname.casefold() == owners.hostname().casefold()

    def silent_for(self, now: datetime, fallback: float | None = None) -> float | None:
        """Seconds since the last heartbeat by our clock (negative: its clock is ahead);
        `fallback` for records without one (older versions)."""
        if self.heartbeat is None:
            return fallback
        return (now - self.heartbeat).total_seconds()

    def where(self) -> str:
        """'on the computer 'X' ' ('' on this one), for messages."""
        if self.on_this_host:
            return ""
        if self.same_name_elsewhere:  # a clone, or another user account of this one
            return (f"on another computer also named {self.hostname!r} (or under another "
                    "user account of this one) ")
        return f"on the computer {self.hostname!r} "

    def describe(self, now: datetime) -> str:
        """'on the computer 'X' (process N, since ...; last active ... ago)' for messages."""
        since = self.started.replace("T", " ")[:16]
        silent = self.silent_for(now)
        heard = f"; last active {duration(silent)} ago" if silent is not None and \
            not self.on_this_host else ""
        return f"{self.where()}(process {self.pid}, since {since}{heard})"


# Who took the folder when the record is gone or garbled for good: unknown.
UNKNOWN_HOLDER = LockHolder(pid=0, hostname="(unknown)", started="")


def duration(seconds: float) -> str:
    seconds = max(0, int(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} minutes"
    return f"{seconds // 3600} hours"


@dataclass(frozen=True)
class Reading:
    """One read of a lock file (see the module docstring for the states)."""

    state: Literal["record", "empty", "garbled", "failed"]
    holder: LockHolder | None = None
    error: OSError | None = None

    def is_ours(self, token: str) -> bool:
        return self.holder is not None and bool(token) and self.holder.token == token


def parse_record(text: str) -> LockHolder | None:
    """The holder in a lock file's text, or None when it is empty or unreadable."""
    try:
        data = json.loads(text or "null")
        heartbeat = data.get("heartbeat")
        when = datetime.fromisoformat(heartbeat.replace("Z", "+00:00")) if heartbeat else None
        if when is not None and when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return LockHolder(pid=int(data["pid"]), hostname=str(data["hostname"]),
                          started=str(data["started"]), token=str(data.get("token", "")),
                          heartbeat=when, beat=int(data.get("beat", 0)),
                          machine=str(data.get("machine", "")))
    except (ValueError, TypeError, KeyError, AttributeError):
        return None


def read_record(lock_path: Path) -> Reading:
    """Read a lock file once. Opens it afresh each time: on a network share that is what
    makes another computer's latest write visible (close-to-open consistency)."""
    try:
        with open(lock_path, "rb") as fh:
            raw = fh.read(RECORD_SIZE * 4)
    except OSError as exc:
        return Reading("failed", error=exc)
    text = raw.decode("utf-8", errors="replace").strip()
    if not text:
        return Reading("empty")
    holder = parse_record(text)
    return Reading("record", holder) if holder is not None else Reading("garbled")


def read_settled(lock_path: Path, tries: int = 5) -> Reading:
    """The record, read again briefly while it is garbled (being rewritten this moment)."""
    reading = read_record(lock_path)
    for _ in range(tries - 1):
        if reading.state != "garbled":
            break
        time.sleep(0.05)
        reading = read_record(lock_path)
    return reading


def read_holder(lock_path: Path) -> LockHolder | None:
    """The holder recorded in a lock file, or None when it is empty or unreadable."""
    return read_record(lock_path).holder


def encode_record(*, started: str, token: str, beat: int) -> bytes:
    """This process's record, stamped now (clock.py), padded to `RECORD_SIZE`."""
    text = json.dumps({
        "pid": os.getpid(), "hostname": owners.hostname(),
        "machine": owners.machine_fingerprint(), "started": started, "token": token,
        "beat": beat, "heartbeat": clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
    })
    return text.encode("utf-8").ljust(RECORD_SIZE - 1) + b"\n"


def watch_record(lock_path: Path, holder: LockHolder, seconds: float,
                 progress: ProgressFn = no_progress) -> LockHolder | None:
    """Watch the record for `seconds`: the record as it stands once it moved (another beat
    or another token: that app is alive), None if it stood still (or was emptied: that app
    closed). Garbled or failed reads meanwhile prove nothing and are read past.

    The time is measured with the app's clock (clock.monotonic) and, in case that clock
    does not move (tests), by the pauses slept: either way at least `seconds` pass."""
    poll = min(POLL, seconds) if seconds > 0 else POLL
    total = max(1, math.ceil(seconds / poll))
    start = clock.monotonic()
    progress(0, total)
    for step in range(1, total + 1):
        time.sleep(poll)
        now = read_record(lock_path).holder
        if now is not None and (now.token, now.beat) != (holder.token, holder.beat):
            return now
        if clock.monotonic() - start >= seconds:
            break
        progress(step, total)
    progress(total, total)
    return None


def busy_error(data_dir: Path, holder: LockHolder | None, *,
               moved: bool = False) -> DataFolderError:
    """'Already open' naming who has the folder open, and where."""
    if holder is None:
        return DataFolderError(
            f"BIBLIO Desktop is already open on this data folder by another BIBLIO Desktop "
            f"window: {data_dir}.",
            "switch to the open window, or close it and try again; to use a separate "
            "library at the same time, start with --data-dir")
    who = holder.describe(clock.now())
    if holder.on_this_host:
        return DataFolderError(
            f"BIBLIO Desktop is already open on this data folder {who}: {data_dir}.",
            "switch to the open window, or close it and try again; to use a separate "
            "library at the same time, start with --data-dir")
    still = "; it is still running (its heartbeat just moved)" if moved else ""
    return DataFolderError(
        f"BIBLIO Desktop is already open on this data folder {who}{still}: {data_dir}.",
        "close it on that computer first: only one computer at a time may use a data folder "
        "on a network share; to use a separate library, start with --data-dir")


class LockLostError(DataFolderError):
    """Another computer took the data folder over while this app had it: nothing more may
    be written here."""

    def __init__(self, data_dir: Path, holder: LockHolder) -> None:
        who = "another computer" if holder is UNKNOWN_HOLDER else \
            f"the computer {holder.hostname!r}"
        super().__init__(
            f"The data folder {data_dir} was taken over by {who} while BIBLIO Desktop was "
            "open here, so nothing more is saved here.",
            "close BIBLIO Desktop here; open it again once it is closed there")
        self.holder = holder
