"""The one place BIBLIO Desktop reads the time, and what it makes of a clock that is wrong.

Library PCs often have a dead CMOS battery: after a power cut the clock says 2002 (or
whatever the firmware was built with), or someone set it years ahead by mistake, or it
jumps while the app runs when it is corrected. So the app keeps two kinds of time apart:

- **wall-clock time** (`now`, `utc_now`, `local_now`) is only ever used to *stamp*
  things (when an item was opened, a backup's name, a record's date). A wrong clock
  makes a wrong stamp, never a wrong decision;
- **elapsed time** (`monotonic`) measures durations: time spent, sign-in waits, idle
  sign-out, retry delays. It never goes back and does not move when someone changes
  the date.

Where a wrong date would do lasting harm (a signed completion record), the time is first
checked against what cannot be true (`implausible`, `ClockLooksWrong`): a date before
this version of the app was released, or after 2099.

Tests install a `FakeClock` with `use()` instead of patching `datetime` module by module;
`FakeClock.advance` lets time pass, `FakeClock.set`/`jump` change only the date, as
someone at the PC's system settings would.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Literal, Protocol

from .errors import BiblioError

__all__ = [
    "EARLIEST_PLAUSIBLE", "LATEST_PLAUSIBLE", "SLACK", "Clock", "ClockIssue", "ClockLooksWrong",
    "FakeClock", "SystemClock", "as_utc", "current", "day", "implausible", "local_now",
    "monotonic", "now", "use", "utc_now",
]

# No correct clock shows a date before this version of BIBLIO Desktop was released:
# raise it with each release (docs/architecture.md, "Clock").
EARLIEST_PLAUSIBLE = datetime(2026, 1, 1, tzinfo=UTC)
# Far enough that no real use reaches it, near enough to catch a clock set to 2380.
LATEST_PLAUSIBLE = datetime(2100, 1, 1, tzinfo=UTC)
# Time zones and a clock some hours off are not worth a word; a day is the tolerance
# wherever two stamps are compared.
SLACK = timedelta(days=1)

ClockIssue = Literal["before-release", "far-future", "before-completion"]


class Clock(Protocol):
    """What the app asks of a clock: the date (aware, UTC) and elapsed seconds."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...


class SystemClock:
    """The computer's clocks."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock tests move by hand.

    `advance(seconds)` lets time pass (both clocks move); `set(when)` and `jump(seconds)`
    change only the date, as when someone corrects the clock or the battery dies, while
    elapsed time goes on unaffected.
    """

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC),
                 monotonic: float = 10_000.0) -> None:
        self._now = as_utc(start)
        self._monotonic = monotonic

    def now(self) -> datetime:
        return self._now

    def monotonic(self) -> float:
        return self._monotonic

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("time only passes forward; use jump() to set the clock back")
        self._now += timedelta(seconds=seconds)
        self._monotonic += seconds

    def set(self, when: datetime) -> None:
        self._now = as_utc(when)

    def jump(self, seconds: float) -> None:
        self._now += timedelta(seconds=seconds)


_clock: Clock = SystemClock()


def current() -> Clock:
    return _clock


@contextmanager
def use(clock: Clock) -> Iterator[Clock]:
    """Make `clock` the app's clock inside the block (tests); the previous one after."""
    global _clock
    previous, _clock = _clock, clock
    try:
        yield clock
    finally:
        _clock = previous


def now() -> datetime:
    """The wall-clock time, timezone-aware UTC. For stamps, never for durations."""
    return _clock.now()


def utc_now() -> datetime:
    """Naive UTC, the form every DateTime column of the database holds."""
    return _clock.now().replace(tzinfo=None)


def local_now() -> datetime:
    """Naive local time, for names people read (backup files)."""
    return _clock.now().astimezone().replace(tzinfo=None)


def monotonic() -> float:
    """Seconds from an arbitrary start that never go back and ignore date changes."""
    return _clock.monotonic()


def as_utc(when: datetime) -> datetime:
    """Aware UTC; a naive value is taken as UTC (as the database stores it)."""
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def day(when: datetime) -> str:
    """`2002-01-01`: dates in messages about the clock (the year is what is wrong)."""
    return as_utc(when).strftime("%Y-%m-%d")


def implausible(when: datetime) -> Literal["before-release", "far-future"] | None:
    """Why `when` cannot be a correct reading of the clock, or None if it can be."""
    moment = as_utc(when)
    if moment < EARLIEST_PLAUSIBLE:
        return "before-release"
    if moment >= LATEST_PLAUSIBLE:
        return "far-future"
    return None


class ClockLooksWrong(BiblioError):
    """The computer's clock is obviously wrong for what was asked (e.g. signing a record).

    `issue` says why ("before-release": before this version was released; "far-future":
    after 2099; "before-completion": before the learner completed the course by this
    computer's own earlier readings), `clock_says` the reading and `reference` the date it
    was compared with, so the UI can say it in the user's language.
    """

    def __init__(self, issue: ClockIssue, clock_says: datetime, *, action: str,
                 reference: datetime | None = None, who: str = "the learner") -> None:
        self.issue: ClockIssue = issue
        self.clock_says = as_utc(clock_says)
        self.reference = as_utc(reference) if reference is not None else None
        says = f"The computer's clock says {day(clock_says)}"
        if issue == "before-release":
            message = (f"{says}, before this version of BIBLIO Desktop was released "
                       f"({day(EARLIEST_PLAUSIBLE)}), so the clock is wrong.")
        elif issue == "far-future":
            message = f"{says}, which is too far in the future to be right."
        else:
            message = (f"{says}, before {who} completed this course "
                       f"({day(reference or clock_says)}, by this computer's clock).")
        hint = f"set the date and time in the system settings, then {action}"
        if issue == "before-completion":
            hint += ("; if the clock is right now, it was wrong when the course was "
                     "completed: export with --clock-is-right")
        super().__init__(message, hint)
