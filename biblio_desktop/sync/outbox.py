"""The xAPI outbox: learning events become statements in the `outbox` table.

`install_outbox(workspace)` appends a listener to `workspace.listeners`; the tracker calls
it inside the transaction of the quiz submission or course completion, and records/issue.py
inside the one that issues a record, so the statements commit (or roll back) together with
the fact they describe. Statement ids are deterministic, so adding a statement that is
already queued changes nothing.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..learning.events import CourseCompleted, LearningEvent, QuizSubmitted, RecordIssued
from ..learning.quiz import QuestionResult
from ..storage.models import (
    CompletionRecordRow,
    LearnerRow,
    OutboxRow,
    ReceivedAttachmentRow,
    SettingRow,
)
from . import interactions
from . import statements as st

INSTALLATION_KEY = "xapi.installation"
# The library's home page, set by the facilitator in Settings (next to `installation_name`);
# it becomes the learners' account homePage (statements.account_home_page). "" = default.
HOME_PAGE_KEY = "organisation_home_page"
LRS_URL_KEY = "xapi.lrs_url"
LRS_USER_KEY = "xapi.lrs_user"
LAST_SYNC_KEY = "xapi.last_sync_at"
LAST_ERROR_KEY = "xapi.last_error"


# --- settings ----------------------------------------------------------------------------

def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(SettingRow, key)
    return json.loads(row.value_json) if row is not None else default


def put_setting(session: Session, key: str, value: Any) -> None:
    row = session.get(SettingRow, key)
    encoded = json.dumps(value)
    if row is None:
        session.add(SettingRow(key=key, value_json=encoded))
    else:
        row.value_json = encoded


def installation_uri(session: Session) -> str:
    """This installation's URI: part of every statement id key, and (as its tag) of the
    actor account's homePage.

    Fixed on first use: a `urn:uuid:` made here, unless the installation's `did:key` was
    stored first with `set_installation_uri` (see docs/sync.md). It never changes after,
    since statement ids and actors depend on it.
    """
    value = get_setting(session, INSTALLATION_KEY)
    if not value:
        value = f"urn:uuid:{uuid.uuid4()}"
        put_setting(session, INSTALLATION_KEY, value)
        session.flush()
    return str(value)


def set_installation_uri(session: Session, uri: str) -> None:
    """Store the installation's URI (its did:key) before any statement is made; refused once
    statements exist under another one."""
    current = get_setting(session, INSTALLATION_KEY)
    if current == uri:
        return
    if current and session.scalar(select(func.count()).select_from(OutboxRow)):
        raise ValueError(f"statements already use the installation URI {current}")
    put_setting(session, INSTALLATION_KEY, uri)


# --- the listener ------------------------------------------------------------------------

def _actor(session: Session, learner_id: int) -> st.Actor:
    learner = session.get(LearnerRow, learner_id)
    home_page = get_setting(session, HOME_PAGE_KEY)
    return st.Actor(installation_uri(session), learner_id,
                    learner.name if learner is not None else f"Learner {learner_id}",
                    home_page if isinstance(home_page, str) else "")


def _add(session: Session, learner_id: int | None, verb: str, statement: dict[str, Any],
         created_at: datetime, record_id: str | None = None) -> bool:
    """Queue one statement unless a statement with its id is already queued."""
    if session.get(OutboxRow, statement["id"]) is not None:
        return False
    session.add(OutboxRow(statement_id=statement["id"], learner_id=learner_id, verb=verb,
                          statement_json=st.encode(statement), record_id=record_id,
                          created_at=created_at, attempts=0))
    return True


def _verb_of(statement: dict[str, Any]) -> str:
    return str(statement["verb"]["display"]["en-US"])


def _record_for(session: Session, learner_id: int, course_id: str, version: str
                ) -> CompletionRecordRow | None:
    return session.scalars(select(CompletionRecordRow).where(
        CompletionRecordRow.learner_id == learner_id, CompletionRecordRow.course_id == course_id,
        CompletionRecordRow.course_version == version).order_by(
        CompletionRecordRow.issued_at.desc())).first()


def _question_outcome(event: QuizSubmitted, r: QuestionResult) -> st.QuestionOutcome:
    """A scored question with its interaction definition and the learner's response (when
    the event carries the quiz and the answers, as the tracker's events do)."""
    definition = response = None
    if event.quiz is not None:
        try:
            question = event.quiz.question(r.question_id)
        except KeyError:
            question = None
        if question is not None:
            definition = interactions.interaction_definition(question, event.language)
            response = interactions.learner_response(question, event.answers.get(r.question_id))
    return st.QuestionOutcome(r.question_id, r.score, r.points_earned, r.points_possible,
                              r.correct, r.answered, definition, response, r.scored)


def outbox_listener(session: Session, event: LearningEvent) -> None:
    """Queue the statements of one learning event (called inside its transaction)."""
    if isinstance(event, QuizSubmitted):
        result = event.result
        questions = [_question_outcome(event, r) for r in result.results]
        batch = st.quiz_statements(
            _actor(session, event.learner_id), course_id=event.course_id,
            course_version=event.course_version, item_id=event.item_id,
            attempt_no=event.attempt_no, language=event.language, at=event.at,
            score=result.score, points_earned=result.points_earned,
            points_possible=result.points_possible, pass_mark=result.pass_mark,
            passed=result.passed, questions=questions, item_kind=event.item_kind)
        for statement in batch:
            _add(session, event.learner_id, _verb_of(statement), statement, event.at)
    elif isinstance(event, CourseCompleted):
        session.flush()
        record = _record_for(session, event.learner_id, event.course_id, event.course_version)
        batch = st.course_statements(
            _actor(session, event.learner_id), course_id=event.course_id,
            course_version=event.course_version, completed_at=event.completed_at,
            score=event.score, credential_id=record.id if record else None,
            credential=record.credential_json.encode("utf-8") if record else None)
        for statement in batch:
            _add(session, event.learner_id, _verb_of(statement), statement, event.completed_at,
                 record.id if record and "attachments" in statement else None)
    elif isinstance(event, RecordIssued):
        enqueue_record(session, event.record)


def install_outbox(workspace: Any) -> None:
    """Make every learning event of `workspace` queue its xAPI statements (idempotent).

    If the installation already has its signing key (records/keys.py) and no installation
    URI was fixed yet, its did:key becomes the URI (see docs/sync.md)."""
    if outbox_listener not in workspace.listeners:
        workspace.listeners.append(outbox_listener)
    _adopt_did(workspace)


def _adopt_did(workspace: Any) -> None:
    with workspace.sessions() as session:  # a plain read: no write lock, no key loading
        if get_setting(session, INSTALLATION_KEY):
            return  # already fixed; skipping it keeps cryptography out of the start-up
    keys = workspace.layout.keys
    if not keys.is_dir() or not any(keys.iterdir()):
        return  # no installation key yet (records/keys.py makes it on first use)
    try:
        from ..records.keys import load_installation_key

        did = load_installation_key(workspace.layout, create=False).did
    except Exception:  # no key yet (or no records module): the urn:uuid is made on first use
        return
    from ..storage.db import unit_of_work

    with unit_of_work(workspace.sessions) as session:
        if not get_setting(session, INSTALLATION_KEY):
            put_setting(session, INSTALLATION_KEY, did)


def enqueue_record(session: Session, record: CompletionRecordRow) -> str | None:
    """Queue an `earned` statement carrying a completion record issued after the completion
    statement. Returns its statement id, or None when a queued statement already carries
    this record (the completion found it) or the record has no learner any more."""
    if record.learner_id is None:
        return None
    carried = session.scalar(select(OutboxRow.statement_id).where(
        OutboxRow.record_id == record.id))
    if carried is not None:
        return None
    statement = st.record_statement(
        _actor(session, record.learner_id), course_id=record.course_id,
        course_version=record.course_version, record_id=record.id, issued_at=record.issued_at,
        credential=record.credential_json.encode("utf-8"))
    _add(session, record.learner_id, "earned", statement, record.issued_at, record.id)
    return str(statement["id"])


def attachment_bytes(session: Session, row: OutboxRow) -> bytes | None:
    """The credential bytes attached to an outbox statement, read from its record (or, for
    a statement gathered from a joined PC in a workshop, from what that PC attached)."""
    if row.origin is not None:
        for attachment in json.loads(row.statement_json).get("attachments", []):
            got = session.get(ReceivedAttachmentRow, str(attachment.get("sha2", "")).lower())
            if got is not None:
                return bytes(got.content)
        return None
    if row.record_id is None:
        return None
    record = session.get(CompletionRecordRow, row.record_id)
    return record.credential_json.encode("utf-8") if record is not None else None


# --- status --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SyncStatus:
    pending: int
    delivered: int
    last_sync_at: datetime | None
    last_error: str | None

    def describe(self, now: datetime) -> str:
        """`3 records waiting, last sync 2 days ago` (English; the UI translates the parts)."""
        waiting = ("all records sent" if not self.pending else
                   f"{self.pending} record{'s' if self.pending != 1 else ''} waiting")
        return f"{waiting}, last sync {_ago(self.last_sync_at, now)}"


def _ago(when: datetime | None, now: datetime) -> str:
    if when is None:
        return "never"
    if when - now > timedelta(days=1):  # stamped while the clock was ahead (or it is behind)
        return f"on {when:%Y-%m-%d}"
    seconds = max(0, int((now - when).total_seconds()))
    for size, unit in ((86400, "day"), (3600, "hour"), (60, "minute")):
        if seconds >= size:
            n = seconds // size
            return f"{n} {unit}{'s' if n != 1 else ''} ago"
    return "just now"


def sync_status(session: Session, learner_id: int | None = None) -> SyncStatus:
    """Statements waiting and delivered (of one learner, or all), when the last successful
    sync ran, and the error of the last failed one (or of a statement still refused)."""
    query = select(func.count()).select_from(OutboxRow)
    if learner_id is not None:
        query = query.where(OutboxRow.learner_id == learner_id)
    pending = session.scalar(query.where(OutboxRow.delivered_at.is_(None))) or 0
    delivered = session.scalar(query.where(OutboxRow.delivered_at.is_not(None))) or 0
    last = get_setting(session, LAST_SYNC_KEY)
    last_sync = datetime.fromisoformat(last) if last else None
    error_query = select(OutboxRow.last_error).where(OutboxRow.delivered_at.is_(None),
                                                     OutboxRow.last_error.is_not(None))
    if learner_id is not None:
        error_query = error_query.where(OutboxRow.learner_id == learner_id)
    error = get_setting(session, LAST_ERROR_KEY) or session.scalar(
        error_query.order_by(OutboxRow.created_at.desc()).limit(1))
    return SyncStatus(int(pending), int(delivered), last_sync, error)


MAX_BACKOFF_SECONDS = 6 * 3600.0


def backoff(attempts: int, base: float = 60.0, cap: float = MAX_BACKOFF_SECONDS) -> timedelta:
    """Wait before the next automatic try after `attempts` failed syncs: 1, 2, 4 ... minutes,
    at most 6 hours."""
    return timedelta(seconds=min(cap, base * 2 ** max(0, attempts - 1)))
