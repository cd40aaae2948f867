"""The join code a sharing PC shows, and the throttle that makes guessing it hopeless.

Six characters from an alphabet without look-alikes (no 0/O, 1/I/L, 2/Z, 5/S, 8/B, G/6):
24^6 is about 191 million codes. Wrong codes are throttled per source address like PINs
(learning/learners.py): from the 3rd wrong code in a row each one makes the next try wait
twice as long (1 s, 2 s, 4 s ... at most 5 minutes), and the 10th wrong code locks the
address out until sharing is restarted. Addresses are cheap on a LAN, so all addresses
together get at most 100 wrong codes; after that the code stops working and the
facilitator restarts sharing (a new code). The throttle reads elapsed time
(clock.monotonic), so changing the date helps nobody.
"""

from __future__ import annotations

import hmac
import secrets
import threading
from dataclasses import dataclass

from .. import clock

ALPHABET = "ACDEFHJKMNPQRTUVWXY34679"  # 24 symbols, no look-alikes
CODE_LENGTH = 6
FREE_TRIES = 3
LOCKOUT_AFTER = 10
GLOBAL_LIMIT = 100
MAX_DELAY = 300.0


def new_join_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """What a person typed: case, spaces and dashes do not matter (`ab3-k7q` = `AB3K7Q`)."""
    return "".join(c for c in text.upper() if c not in " -\t")


def delay_after(failures: int) -> float:
    """Seconds an address waits after `failures` wrong codes in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return min(MAX_DELAY, 2.0 ** (failures - FREE_TRIES))


@dataclass(frozen=True)
class Verdict:
    """`ok`, or why not: "wait" (retry after `wait` seconds), "locked" (this address),
    "closed" (too many wrong codes overall), "wrong" (this try was wrong)."""

    status: str
    wait: float = 0.0

    @property
    def ok(self) -> bool:
        return self.status == "ok"


class JoinGate:
    """Checks join codes for one sharing session, throttled per source address."""

    def __init__(self, code: str | None = None) -> None:
        self.code = code or new_join_code()
        self._lock = threading.Lock()
        self._failures: dict[str, int] = {}
        self._wait_until: dict[str, float] = {}
        self.total_failures = 0

    def try_code(self, address: str, typed: str) -> Verdict:
        """Check one try from `address`; a try while it must wait is refused unchecked."""
        with self._lock:
            now = clock.monotonic()
            failures = self._failures.get(address, 0)
            if self.total_failures >= GLOBAL_LIMIT:
                return Verdict("closed")
            if failures >= LOCKOUT_AFTER:
                return Verdict("locked")
            until = self._wait_until.get(address, 0.0)
            if now < until:
                return Verdict("wait", until - now)
            if hmac.compare_digest(normalise_code(typed).encode(), self.code.encode()):
                self._failures.pop(address, None)
                self._wait_until.pop(address, None)
                return Verdict("ok")
            failures += 1
            self._failures[address] = failures
            self.total_failures += 1
            self._wait_until[address] = now + delay_after(failures)
            if failures >= LOCKOUT_AFTER:
                return Verdict("locked")
            return Verdict("wrong", delay_after(failures))
