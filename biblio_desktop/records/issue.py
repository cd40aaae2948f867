"""Issuing completion records: gather the facts of a completed course, sign, store.

One record per completion: exporting the same completion again hands back the record
already issued (same id, same bytes) unless a new one is asked for, or the one issued is
in the first release's form (one jcs proof only BIBLIO Desktop accepts), which is replaced
by a new record every verifier accepts. Every record gets
the next value of the installation key's counter, which never goes back, not even after
a database backup is restored (see keys.py and docs/records.md).

A signed date cannot be corrected later, so a new record is refused while the computer's
clock is obviously wrong (`ClockLooksWrong`): before this version of the app was released,
after 2099, or before the learner completed the course by this computer's own earlier
reading (unless the caller says the clock is right now; then the completion date was
stamped by a wrong clock and the record gives the issue date instead, and says so in
`IssuedRecord.completion_restated_from`). Handing back a record already issued needs no
clock. See docs/records.md, "A wrong clock".
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..atomic_files import write_atomic
from ..clock import ClockLooksWrong
from ..disk_faults import fault_from
from ..errors import BiblioError
from ..learning.events import Listener, RecordIssued
from ..storage.db import unit_of_work
from ..storage.models import CompletionRecordRow, CourseVersionRow, KeyCounterRow
from .canonical import canonicalize
from .credential import QuizScore, RecordFacts, SkillAchieved, build_credential, percent
from .keys import InstallationKey, load_installation_key, read_counter_floor, write_counter_floor
from .proof import sign_document

if TYPE_CHECKING:
    from ..datadir import DataLayout
    from ..learning.learners import LearnerDirectory
    from ..learning.summary import CourseProgress
    from ..learning.tracker import LearnerProgress
    from ..packages.manifest import Manifest


class _SettingsReader(Protocol):
    def get(self, key: str) -> object: ...


class RecordLibrary(Protocol):
    """What issuing needs from the library. The Workspace facade passes itself: records sit
    below it and never import it (docs/architecture.md, "Layers")."""

    layout: DataLayout
    sessions: sessionmaker[Session]
    listeners: Sequence[Listener]

    @property
    def learners(self) -> LearnerDirectory: ...
    @property
    def settings(self) -> _SettingsReader: ...
    def progress_of(self, learner_id: int) -> LearnerProgress: ...
    def manifest(self, course_id: str, version: str | None = None) -> Manifest: ...
    def course_progress(self, progress: LearnerProgress, course_id: str,
                        language: str | None = None) -> CourseProgress: ...

DEFAULT_ISSUER_NAME = "BIBLIO Desktop installation"
ISSUER_NAME_SETTING = "installation_name"


@dataclass(frozen=True)
class IssuedRecord:
    """A signed completion record as stored; `credential_json` is the exported file."""

    record_id: str
    learner_id: int | None
    course_id: str
    course_version: str
    counter: int
    key_did: str
    issued_at: datetime  # UTC, naive (as the database stores it)
    credential_json: bytes
    sha256: str  # of the record's RFC 8785 canonical form (whitespace does not matter)
    newly_issued: bool
    # The stored completion date (naive UTC) that a new record does not state because the
    # clock was wrong when it was saved; the record gives the issue date instead.
    completion_restated_from: datetime | None = None

    @property
    def credential(self) -> dict[str, Any]:
        return json.loads(self.credential_json)


def record_sha256(record_json: bytes) -> str:
    """Hash of a record that survives re-indenting: SHA-256 of its JCS canonical form."""
    return hashlib.sha256(canonicalize(json.loads(record_json))).hexdigest()


def is_old_form(credential_json: str | bytes) -> bool:
    """True for a record of the first release: one eddsa-jcs-2022 proof (not a proof
    set), which only BIBLIO Desktop accepts. Exporting such a completion again issues a
    new record in the current form instead of handing the old one back."""
    try:
        proof = json.loads(credential_json).get("proof")
    except (ValueError, AttributeError):
        return False
    return isinstance(proof, dict)


def _timestamp(when: datetime) -> str:
    if when.tzinfo is not None:
        when = when.astimezone(UTC)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def _to_issued(row: CompletionRecordRow, newly_issued: bool) -> IssuedRecord:
    return IssuedRecord(row.id, row.learner_id, row.course_id, row.course_version, row.counter,
                        row.key_id, row.issued_at, row.credential_json.encode("utf-8"),
                        row.sha256, newly_issued)


def _gather(ws: RecordLibrary, learner_id: int, course_id: str, language: str | None,
            key: InstallationKey) -> tuple[RecordFacts, str, datetime]:
    """The facts of the learner's completion (record id and counter filled in later)."""
    learner = ws.learners.get(learner_id)
    progress = ws.progress_of(learner.id)
    completion = progress.completion(course_id)
    if completion is None:
        raise BiblioError(f"{learner.name} has not completed the course {course_id} yet, so "
                          "there is nothing to certify.",
                          f"see 'biblio-desktop progress --learner {learner.id} --course "
                          f"{course_id}'")
    with ws.sessions() as session:
        version_row = session.scalars(select(CourseVersionRow).where(
            CourseVersionRow.course_id == course_id,
            CourseVersionRow.version == completion.version)).first()
        if version_row is None:
            raise BiblioError(f"The version {completion.version} of {course_id} that "
                              f"{learner.name} completed is no longer installed.",
                              "import that package version again, then export")
        package_sha256 = version_row.package_sha256
    manifest = ws.manifest(course_id, completion.version)
    page = ws.course_progress(progress, course_id, language or learner.ui_language)
    lang = page.language
    titles = {i.item_id: i.title for m in page.modules for i in m.items}
    quizzes = tuple(QuizScore(item_id, titles.get(item_id, item_id), percent(score))
                    for item_id, score in page.quiz_scores.items())
    skills = tuple(SkillAchieved(s.skill_id, s.title, s.profile, s.digcomp)
                   for profile in page.profiles.values() for s in profile
                   if s.fraction >= 1.0 - 1e-9)
    course_title = manifest.text(manifest.title, lang)
    certificate = manifest.text(manifest.certificate_title, lang) if \
        manifest.certificate_title else ""
    facts = RecordFacts(
        record_id="", counter=0, issuer_did=key.did,
        issuer_name=str(ws.settings.get(ISSUER_NAME_SETTING) or DEFAULT_ISSUER_NAME),
        valid_from="", learner_id=learner.id, learner_name=learner.name,
        course_id=course_id, course_version=completion.version,
        package_sha256=package_sha256, course_title=course_title,
        course_description=manifest.text(manifest.description, lang) if
        manifest.description else "",
        certificate_title=certificate or f"Certificate: {course_title}",
        publisher=manifest.publisher_name,
        criteria=(f"Completed every required item of the course and passed its quizzes "
                  f"(pass mark {percent(manifest.pass_mark)} %), as recorded by BIBLIO "
                  "Desktop."),
        language=lang, completed_at=_timestamp(completion.completed_at),
        minutes_spent=(page.seconds_spent + 30) // 60,
        course_score_percent=None if completion.score is None else percent(completion.score),
        quizzes=quizzes, skills=skills,
    )
    return facts, completion.version, completion.completed_at


def completion_date_to_state(issued_at: datetime, completed_at: datetime, learner_name: str,
                             *, clock_is_right: bool = False) -> tuple[datetime, bool]:
    """The completion date a record issued at `issued_at` may state, and whether it differs
    from the stored one because the clock was wrong when that was saved.

    Raises `ClockLooksWrong` when `issued_at` is impossible (before this version was
    released, after 2099) or earlier than the stored completion by more than a day; with
    `clock_is_right` the latter means the completion was stamped by a clock that was
    ahead, and the issue date is stated instead. A completion stamped by an obviously wrong
    clock (2002) is restated likewise; one a few hours "ahead" is simply capped at the
    issue date, so a record never says it was completed after it was issued.
    """
    action = "export again"
    issue = clock.implausible(issued_at)
    if issue is not None:
        raise ClockLooksWrong(issue, issued_at, action=action)
    completed = clock.as_utc(completed_at)
    issued = clock.as_utc(issued_at)
    if completed - issued > clock.SLACK:
        if not clock_is_right:
            raise ClockLooksWrong("before-completion", issued, reference=completed,
                                  who=learner_name, action=action)
        return issued, True
    if clock.implausible(completed) is not None:
        return issued, True
    return min(completed, issued), False


def issue_record(workspace: RecordLibrary, learner_id: int, course_id: str, *, new: bool = False,
                 language: str | None = None, now: datetime | None = None,
                 clock_is_right: bool = False) -> IssuedRecord:
    """Sign and store the completion record of a learner's completed course.

    Refuses (BiblioError) unless the course is complete. Returns the record already
    issued for this completion unless `new` or that record is in the first release's
    form (`is_old_form`); a new record gets a fresh `urn:uuid` id and
    the next counter of the installation key (max of the counter file and the database,
    plus one; the file is written before the database commits). A new record is refused
    with `ClockLooksWrong` while the clock is obviously wrong (see the module docstring and
    `completion_date_to_state`; `clock_is_right` is the user's word that it is right now).
    """
    key = load_installation_key(workspace.layout)
    facts, version, completed_at = _gather(workspace, learner_id, course_id, language, key)
    issued_at = clock.as_utc(now or clock.now()).replace(microsecond=0)
    with unit_of_work(workspace.sessions) as session:
        if not new:
            existing = session.scalars(
                select(CompletionRecordRow).where(
                    CompletionRecordRow.learner_id == learner_id,
                    CompletionRecordRow.course_id == course_id,
                    CompletionRecordRow.course_version == version)
                .order_by(CompletionRecordRow.counter.desc())).first()
            if existing is not None and not is_old_form(existing.credential_json):
                return _to_issued(existing, newly_issued=False)
        stated, restated = completion_date_to_state(issued_at, completed_at,
                                                    facts.learner_name,
                                                    clock_is_right=clock_is_right)
        counter_row = session.get(KeyCounterRow, key.did)
        highest_stored = session.scalar(select(func.max(CompletionRecordRow.counter)).where(
            CompletionRecordRow.key_id == key.did)) or 0
        counter = max(read_counter_floor(workspace.layout, key),
                      counter_row.counter if counter_row else 0, highest_stored) + 1
        stamp = _timestamp(issued_at)
        facts = replace(facts, record_id=f"urn:uuid:{uuid.uuid4()}", counter=counter,
                        valid_from=stamp, completed_at=_timestamp(stated))
        signed = sign_document(build_credential(facts), key.private_key,
                               verification_method=key.verification_method, created=stamp)
        text = json.dumps(signed, indent=2, ensure_ascii=False) + "\n"
        # The file first: if the commit then fails, a counter is skipped, never reused.
        write_counter_floor(workspace.layout, key, counter)
        if counter_row is None:
            session.add(KeyCounterRow(key_id=key.did, counter=counter))
        else:
            counter_row.counter = counter
        row = CompletionRecordRow(
            id=facts.record_id, learner_id=learner_id, course_id=course_id,
            course_version=version, key_id=key.did, counter=counter,
            issued_at=issued_at.replace(tzinfo=None), credential_json=text,
            sha256=hashlib.sha256(canonicalize(signed)).hexdigest())
        session.add(row)
        session.flush()
        # The record travels to the LRS with the completion: the outbox (sync/outbox.py, a
        # listener) queues it in this transaction, so it cannot be issued without being
        # queued (the outbox skips it if already carried).
        for listener in workspace.listeners:
            listener(session, RecordIssued(row))
        issued = _to_issued(row, newly_issued=True)
        return replace(issued, completion_restated_from=completed_at if restated else None)


def issued_records(workspace: RecordLibrary, learner_id: int | None = None) -> list[IssuedRecord]:
    """Records issued on this installation (of one learner), oldest first."""
    with workspace.sessions() as session:
        query = select(CompletionRecordRow).order_by(CompletionRecordRow.issued_at,
                                                     CompletionRecordRow.counter)
        if learner_id is not None:
            query = query.where(CompletionRecordRow.learner_id == learner_id)
        return [_to_issued(row, newly_issued=False) for row in session.scalars(query)]


def write_record_file(record: IssuedRecord, out: Path) -> Path:
    """Write the record JSON to `out` atomically: a reader sees the old file or the new,
    never a truncated record, even if the process is killed while writing."""
    out = Path(out)
    try:
        return write_atomic(out, record.credential_json)
    except OSError as exc:
        fault = fault_from(exc, out.parent, f"the record {out.name}", data_folder=False)
        if fault is not None:  # a full, write-protected or pulled-out stick, named
            raise fault from exc
        raise BiblioError(f"Cannot write the record to {out}: {exc.strerror}.",
                          "choose another place with -o") from exc
