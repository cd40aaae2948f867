"""Learner profiles and the facilitator account of one data folder.

Several people share one PC in a library branch. Each has a profile, optionally guarded
by a PIN, so their progress and records stay theirs; one facilitator per data folder
holds a password for the things that touch everybody (removing a profile, resetting a
PIN). Screens and commands get frozen `Learner` values, never ORM rows.

Wrong PINs are throttled, and the throttle lives in the database (`failed_attempts`,
`locked_until`), not in memory: otherwise closing and reopening the app would hand a
guesser a fresh set of tries, and a 4-digit PIN falls to a few thousand guesses.

The wait itself is measured with elapsed (monotonic) time while the app runs, so changing
the PC's date neither skips it (clock moved forward) nor stretches it (clock set back).
After a restart only the stored `locked_until` is left: a clock set back can then make
someone wait at most the 15-minute cap, and a clock moved forward ends the wait early,
but the count of wrong tries stays, so every further wrong try still doubles the next
wait (docs/architecture.md, "Clock").

Removing a learner is the one irreversible action here, so it always writes a full
export of that learner's data first (the right to take your data with you), and deletes
only after the export is safely on disk.
"""

from __future__ import annotations

import json
import math
import weakref
from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from .. import clock as app_clock
from ..atomic_files import write_atomic
from ..errors import BiblioError
from ..storage.db import unit_of_work
from ..storage.models import (
    AnswerRow,
    Base,
    CourseCompletionRow,
    ItemProgressRow,
    LearnerRow,
    QuizAttemptRow,
)
from .profiles import (
    FACILITATOR,
    LEARNER,
    NAME_MAX,
    Learner,
    LearnerNameError,
    SignInFailed,
    SignInThrottled,
    UnknownLearner,
    clean_name,
)
from .secrets import (
    SecretKind,
    check_password,
    check_secret,
    hash_secret,
    needs_rehash,
    verify_secret,
)

__all__ = [
    "EXPORT_FORMAT", "FREE_TRIES", "MAX_DELAY_SECONDS", "NAME_MAX", "Learner",
    "LearnerDirectory", "LearnerNameError", "SignInFailed", "SignInThrottled",
    "UnknownLearner", "clean_name", "throttle_delay",
]

FREE_TRIES = 3
MAX_DELAY_SECONDS = 15 * 60
EXPORT_FORMAT = "biblio-learner-export"
EXPORT_FORMAT_VERSION = 1
FACILITATOR_NAME = "Facilitator"


Clock = Callable[[], datetime]

# Sign-in waits started in this run, per database: learner id -> (the stored locked_until
# the wait belongs to, monotonic deadline). Per sessionmaker because a LearnerDirectory is
# made per call; weak so a closed workspace takes its waits with it.
_WAITS: weakref.WeakKeyDictionary[Any, dict[int, tuple[datetime, float]]] = \
    weakref.WeakKeyDictionary()


def _utc_now() -> datetime:
    # Naive UTC, like every DateTime column in the database.
    return app_clock.utc_now()


def throttle_delay(failed_attempts: int) -> int:
    """Seconds to wait after `failed_attempts` wrong tries in a row.

    The first `FREE_TRIES` tries are free (people mistype); from then on 1, 2, 4, 8, ...
    seconds, capped at 15 minutes. That costs a real person little and makes trying all
    10,000 four-digit PINs take weeks.
    """
    if failed_attempts < FREE_TRIES:
        return 0
    exponent = failed_attempts - FREE_TRIES
    if exponent >= 10:  # 2**10 s already exceeds the cap; avoid huge integers
        return MAX_DELAY_SECONDS
    return min(2 ** exponent, MAX_DELAY_SECONDS)


def _wait_text(seconds: int) -> str:
    if seconds < 60:
        return f"{seconds} second{'s' if seconds != 1 else ''}"
    minutes = math.ceil(seconds / 60)
    return f"{minutes} minute{'s' if minutes != 1 else ''}"





def _to_learner(row: LearnerRow) -> Learner:
    return Learner(id=row.id, name=row.name, role=row.role, has_secret=row.secret_hash is not None,
                   created_at=row.created_at, last_seen_at=row.last_seen_at,
                   ui_language=row.ui_language, avatar=row.avatar)


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _row_dict(row: Base) -> dict[str, Any]:
    return {col.key: _json_value(getattr(row, col.key)) for col in row.__mapper__.column_attrs}


class LearnerDirectory:
    """Learner profiles and the facilitator account, over one database.

    Every method is one unit of work (one transaction). `clock` returns naive UTC and
    `monotonic` elapsed seconds; both are injectable so tests can move time instead of
    sleeping.
    """

    def __init__(self, sessions: sessionmaker[Session], clock: Clock = _utc_now, *,
                 monotonic: Callable[[], float] = app_clock.monotonic) -> None:
        self._sessions = sessions
        self._clock = clock
        self._monotonic = monotonic
        self._waits = _WAITS.setdefault(sessions, {})

    # --- reading -------------------------------------------------------------------------

    def list_learners(self) -> list[Learner]:
        """Learner profiles (not the facilitator), sorted by name as people read it."""
        with self._sessions() as session:
            rows = session.scalars(select(LearnerRow).where(LearnerRow.role == LEARNER)).all()
            learners = [_to_learner(r) for r in rows]
        return sorted(learners, key=lambda lr: (lr.name.casefold(), lr.id))

    def get(self, learner_id: int) -> Learner:
        """One learner profile; `UnknownLearner` if it does not exist."""
        with self._sessions() as session:
            return _to_learner(self._learner_row(session, learner_id))

    # --- changing profiles ----------------------------------------------------------------

    def add(self, name: str, secret: str | None = None, *, kind: SecretKind = "pin") -> Learner:
        """Create a profile. Names are unique ignoring case, because on a shared PC two
        "anna" tiles would send people into each other's progress."""
        name = clean_name(name)
        secret_hash = hash_secret(check_secret(secret, kind)) if secret is not None else None
        with unit_of_work(self._sessions) as session:
            self._check_name_free(session, name)
            row = LearnerRow(name=name, role=LEARNER, secret_hash=secret_hash,
                             failed_attempts=0, created_at=self._clock())
            session.add(row)
            session.flush()
            return _to_learner(row)

    def rename(self, learner_id: int, name: str) -> Learner:
        """Change a profile's name (same rules as `add`); progress stays with the profile."""
        name = clean_name(name)
        with unit_of_work(self._sessions) as session:
            row = self._learner_row(session, learner_id)
            self._check_name_free(session, name, except_id=row.id)
            row.name = name
            return _to_learner(row)

    def set_secret(self, learner_id: int, secret: str | None, *,
                   kind: SecretKind = "pin") -> Learner:
        """Set, change or (with None) remove a learner's PIN. Also lifts any sign-in wait:
        this is how a facilitator helps someone who forgot their PIN."""
        secret_hash = hash_secret(check_secret(secret, kind)) if secret is not None else None
        with unit_of_work(self._sessions) as session:
            row = self._learner_row(session, learner_id)
            row.secret_hash = secret_hash
            row.failed_attempts = 0
            row.locked_until = None
            self._waits.pop(row.id, None)
            return _to_learner(row)

    def export_learner(self, learner_id: int, folder: Path) -> Path:
        """Write everything stored about one learner to a JSON file in `folder`.

        The file holds the profile and all of its rows from item_progress, quiz_attempts,
        answers and course_completions. It never holds the PIN hash: a 4-digit PIN is
        recoverable from its hash by trying all 10,000, and exports travel on USB sticks.
        The file appears complete or not at all (temporary file, then rename).
        """
        with self._sessions() as session:
            row = self._learner_row(session, learner_id)
            data = self._export_data(session, row)
        return self._write_export(Path(folder), row.id, data)

    def remove(self, learner_id: int, *, confirm_name: str, export_folder: Path) -> Path:
        """Delete a learner and all their data, after exporting it; returns the export.

        `confirm_name` must be the learner's name (as shown), so a slip of the mouse or a
        wrong id on the command line cannot delete the wrong person. Export and deletion
        happen inside one transaction, so nothing saved in between can be lost unexported;
        if the export cannot be written, nothing is deleted.
        """
        with unit_of_work(self._sessions) as session:
            row = self._learner_row(session, learner_id)
            try:
                confirmed = clean_name(confirm_name) == row.name
            except LearnerNameError:
                confirmed = False
            if not confirmed:
                raise BiblioError(
                    f"Not removed: the confirmation {confirm_name!r} does not match the "
                    f"learner's name {row.name!r}.", "type the name exactly as shown")
            path = self._write_export(Path(export_folder), row.id, self._export_data(session, row))
            attempt_ids = select(QuizAttemptRow.id).where(QuizAttemptRow.learner_id == row.id)
            # The foreign keys cascade too; deleting explicitly does not depend on the
            # foreign_keys pragma being on for this connection.
            session.execute(delete(AnswerRow).where(AnswerRow.attempt_id.in_(attempt_ids)))
            for table in (QuizAttemptRow, ItemProgressRow, CourseCompletionRow):
                session.execute(delete(table).where(table.learner_id == row.id))
            session.delete(row)
        return path

    # --- signing in -----------------------------------------------------------------------

    def authenticate(self, learner_id: int, secret: str | None) -> Learner:
        """Sign a learner in. A profile without a PIN signs in with None (any secret given
        is ignored); one with a PIN must give it. Wrong PINs are throttled (see module
        docstring): raises `SignInFailed` or `SignInThrottled`."""
        with unit_of_work(self._sessions) as session:
            row = self._learner_row(session, learner_id)
            outcome = self._attempt(row, secret, what="PIN")
            learner = _to_learner(row)
        # Raised after the commit: inside the block it would roll back the failure count,
        # which is exactly what must survive.
        if outcome is not None:
            raise outcome
        return learner

    def facilitator_exists(self) -> bool:
        """Whether this data folder already has its facilitator (the first-run screen asks
        for a password only when it does not)."""
        with self._sessions() as session:
            return self._facilitator_row(session) is not None

    def facilitator(self) -> Learner | None:
        """The facilitator account, if one was created."""
        with self._sessions() as session:
            row = self._facilitator_row(session)
            return _to_learner(row) if row is not None else None

    def create_facilitator(self, password: str) -> Learner:
        """Create the one facilitator of this data folder. A second one is refused: whoever
        could create another could take over, so changing it needs the old password."""
        secret_hash = hash_secret(check_password(password))
        with unit_of_work(self._sessions) as session:
            if self._facilitator_row(session) is not None:
                raise BiblioError("This data folder already has a facilitator password.",
                                  "change it with the current password instead")
            row = LearnerRow(name=FACILITATOR_NAME, role=FACILITATOR, secret_hash=secret_hash,
                             failed_attempts=0, created_at=self._clock())
            session.add(row)
            session.flush()
            return _to_learner(row)

    def authenticate_facilitator(self, password: str) -> Learner:
        """Check the facilitator password, with the same stored throttling as PINs."""
        with unit_of_work(self._sessions) as session:
            row = self._require_facilitator(session)
            outcome = self._attempt(row, password, what="password")
            learner = _to_learner(row)
        if outcome is not None:
            raise outcome
        return learner

    def change_facilitator_password(self, old: str, new: str) -> Learner:
        """Replace the facilitator password; the old one must be given (and is throttled
        like any sign-in, so this is no side door for guessing)."""
        new = check_password(new)
        self.authenticate_facilitator(old)
        secret_hash = hash_secret(new)
        with unit_of_work(self._sessions) as session:
            row = self._require_facilitator(session)
            row.secret_hash = secret_hash
            row.failed_attempts = 0
            row.locked_until = None
            self._waits.pop(row.id, None)
            return _to_learner(row)

    # --- internals ------------------------------------------------------------------------

    def _attempt(self, row: LearnerRow, secret: str | None, *,
                 what: str) -> BiblioError | None:
        """Check one sign-in try against `row`, updating the stored counters. Returns the
        error for the caller to raise after the transaction commits, or None on success."""
        now = self._clock()
        if row.secret_hash is None:
            row.failed_attempts = 0
            row.locked_until = None
            row.last_seen_at = now
            return None
        remaining = self._remaining_wait(row, now)
        if remaining > 0:
            wait = max(1, math.ceil(remaining))
            return SignInThrottled(f"Too many wrong tries. Please wait {_wait_text(wait)}, "
                                   "then try again.", retry_after_seconds=wait)
        if secret is None:
            # Not a guess, so it does not count against the learner.
            return SignInFailed(f"This profile needs its {what}.", f"type the {what}",
                                tries_left=max(0, FREE_TRIES - row.failed_attempts),
                                retry_after_seconds=0)
        if not verify_secret(row.secret_hash, secret):
            row.failed_attempts += 1
            delay = throttle_delay(row.failed_attempts)
            row.locked_until = now + timedelta(seconds=delay) if delay else None
            if row.locked_until is not None:
                self._waits[row.id] = (row.locked_until, self._monotonic() + delay)
            else:
                self._waits.pop(row.id, None)
            tries_left = max(0, FREE_TRIES - row.failed_attempts)
            if delay:
                hint = f"wait {_wait_text(delay)} before the next try"
            elif tries_left == 1:
                hint = "1 more try before a short wait"
            else:
                hint = f"{tries_left} more tries before a short wait"
            return SignInFailed(f"That {what} is not right.", hint, tries_left=tries_left,
                                retry_after_seconds=delay)
        if needs_rehash(row.secret_hash):
            row.secret_hash = hash_secret(secret)
        row.failed_attempts = 0
        row.locked_until = None
        row.last_seen_at = now
        self._waits.pop(row.id, None)
        return None

    def _remaining_wait(self, row: LearnerRow, now: datetime) -> float:
        """Seconds `row` must still wait before a try is checked (<= 0: none).

        A wait started in this run is measured in elapsed time, whatever the date says now.
        Otherwise (after a restart) the stored `locked_until` decides, but never more than
        the 15-minute cap: a longer wait can only come from a clock that was set back.
        """
        if row.locked_until is None:
            return 0.0
        started = self._waits.get(row.id)
        if started is not None and started[0] == row.locked_until:
            return started[1] - self._monotonic()
        remaining = (row.locked_until - now).total_seconds()
        if remaining > MAX_DELAY_SECONDS:
            row.locked_until = now + timedelta(seconds=MAX_DELAY_SECONDS)
            remaining = MAX_DELAY_SECONDS
        return remaining

    def _learner_row(self, session: Session, learner_id: int) -> LearnerRow:
        row = session.get(LearnerRow, learner_id)
        if row is None or row.role != LEARNER:
            raise UnknownLearner(f"There is no learner with id {learner_id}.",
                                 "see 'biblio-desktop learners list'")
        return row

    @staticmethod
    def _facilitator_row(session: Session) -> LearnerRow | None:
        query = select(LearnerRow).where(LearnerRow.role == FACILITATOR).order_by(LearnerRow.id)
        return session.scalars(query).first()

    def _require_facilitator(self, session: Session) -> LearnerRow:
        row = self._facilitator_row(session)
        if row is None:
            raise BiblioError("This data folder has no facilitator yet.",
                              "set a password with 'biblio-desktop learners facilitator "
                              "set-password'")
        return row

    @staticmethod
    def _check_name_free(session: Session, name: str, except_id: int | None = None) -> None:
        # casefold in Python: SQLite's lower() only folds ASCII, and names here are
        # Latvian, Lithuanian, Greek...
        wanted = name.casefold()
        for other_id, other in session.execute(
                select(LearnerRow.id, LearnerRow.name).where(LearnerRow.role == LEARNER)):
            if other_id != except_id and other.casefold() == wanted:
                raise LearnerNameError(f"There is already a learner called {other!r}.",
                                       "add something to tell them apart, such as a "
                                       "surname initial")

    def _export_data(self, session: Session, row: LearnerRow) -> dict[str, Any]:
        attempts = session.scalars(select(QuizAttemptRow).where(
            QuizAttemptRow.learner_id == row.id).order_by(QuizAttemptRow.id)).all()
        attempt_ids = [a.id for a in attempts]
        answers = session.scalars(select(AnswerRow).where(
            AnswerRow.attempt_id.in_(attempt_ids)).order_by(AnswerRow.id)).all()
        progress = session.scalars(select(ItemProgressRow).where(
            ItemProgressRow.learner_id == row.id).order_by(ItemProgressRow.id)).all()
        completions = session.scalars(select(CourseCompletionRow).where(
            CourseCompletionRow.learner_id == row.id).order_by(CourseCompletionRow.id)).all()
        learner = _to_learner(row)
        return {
            "format": EXPORT_FORMAT,
            "format_version": EXPORT_FORMAT_VERSION,
            "exported_at": self._clock().isoformat(),
            "learner": {key: _json_value(value) for key, value in asdict(learner).items()},
            "item_progress": [_row_dict(r) for r in progress],
            "quiz_attempts": [_row_dict(r) for r in attempts],
            "answers": [_row_dict(r) for r in answers],
            "course_completions": [_row_dict(r) for r in completions],
        }

    def _write_export(self, folder: Path, learner_id: int, data: dict[str, Any]) -> Path:
        stamp = self._clock().strftime("%Y%m%dT%H%M%SZ")
        payload = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / f"learner-{learner_id}-{stamp}.json"
            n = 2
            while target.exists():  # never overwrite an earlier export
                target = folder / f"learner-{learner_id}-{stamp}-{n}.json"
                n += 1
            write_atomic(target, payload.encode("utf-8"), private=True)  # personal data
        except OSError as exc:
            raise BiblioError(f"Cannot write the learner export to {folder}: "
                              f"{exc.strerror or exc}.",
                              "choose another folder or check the disk has space") from exc
        return target

