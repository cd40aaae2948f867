"""Learner profiles as the picker and the dialogs see them, without SQLAlchemy.

The learner picker is the first screen; it shows the profiles read by `read_roster` with
the standard library's sqlite3 (read-only), so the app does not load its database engine
(about 20 MiB and 0.2 s) until someone signs in. `learners.LearnerDirectory` does the
real work on the opened library and re-exports these names.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import BiblioError
from ..storage.schema import read_only

NAME_MAX = 60
LEARNER, FACILITATOR = "learner", "facilitator"


@dataclass(frozen=True)
class Learner:
    """A profile as screens and commands see it: a snapshot, safe to keep and pass around."""

    id: int
    name: str
    role: str
    has_secret: bool
    created_at: datetime
    last_seen_at: datetime | None
    ui_language: str | None
    avatar: str | None


class UnknownLearner(BiblioError):
    """No learner profile with that id (perhaps removed in the meantime)."""


class LearnerNameError(BiblioError, ValueError):
    """A profile name is empty, too long, or already taken."""


class SignInFailed(BiblioError):
    """The PIN or password was wrong. `tries_left` is how many more wrong tries are free;
    `retry_after_seconds` is the wait that this failure started (0 if none)."""

    def __init__(self, message: str, hint: str = "", *, tries_left: int,
                 retry_after_seconds: int) -> None:
        super().__init__(message, hint)
        self.tries_left = tries_left
        self.retry_after_seconds = retry_after_seconds


class SignInThrottled(BiblioError):
    """Too many wrong tries: no sign-in is checked until `retry_after_seconds` have passed."""

    def __init__(self, message: str, hint: str = "", *, retry_after_seconds: int) -> None:
        super().__init__(message, hint)
        self.retry_after_seconds = retry_after_seconds


def clean_name(name: str) -> str:
    """The name as stored: NFC, trimmed, runs of spaces collapsed, so that "Anna  Ozola"
    and "Anna Ozola" are recognised as the same person."""
    name = re.sub(r"\s+", " ", unicodedata.normalize("NFC", name)).strip()
    if not name:
        raise LearnerNameError("The name is empty.", "type the learner's name")
    if len(name) > NAME_MAX:
        raise LearnerNameError(f"The name is too long ({len(name)} characters; at most "
                               f"{NAME_MAX}).", "use a shorter name")
    if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
        raise LearnerNameError("The name contains control characters.",
                               "type it with letters, digits and spaces")
    return name



def _when(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def read_roster(database: Path, head_revision: str) -> list[Learner] | None:
    """The learner profiles, sorted like `LearnerDirectory.list_learners`, or None when
    the library must be opened properly first: the tables it reads are unreadable or
    locked, or the file is from an older (or newer) version of the app. Damage elsewhere
    in the file is found by the integrity check when the library opens; if a backup is
    restored then, the UI drops this list (ui.state.LibraryRestored).

    No database yet (a first start) is an empty list; the file is never created or
    changed here.
    """
    if not database.exists():
        return []
    try:
        with read_only(database) as connection:
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchall()
            if revision != [(head_revision,)]:
                return None
            rows = connection.execute(
                "SELECT id, name, role, secret_hash IS NOT NULL, created_at, last_seen_at, "
                "ui_language, avatar FROM learners WHERE role = ?", (LEARNER,)).fetchall()
        learners = [Learner(id=int(r[0]), name=str(r[1]), role=str(r[2]),
                            has_secret=bool(r[3]), created_at=_when(r[4]) or datetime.min,
                            last_seen_at=_when(r[5]), ui_language=r[6], avatar=r[7])
                    for r in rows]
    except (sqlite3.Error, ValueError, TypeError):
        return None
    return sorted(learners, key=lambda lr: (lr.name.casefold(), lr.id))
