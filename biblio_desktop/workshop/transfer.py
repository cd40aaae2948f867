"""The learner transfer file: a learner's profile and progress, carried to another PC.

Format `biblio-learner-transfer/1` (docs/workshop.md): one JSON object with the writer
installation, the learner (name, argon2id PIN hash, language, avatar, a stable `uid`), item
progress, submitted quiz attempts with their answers (each with a stable `uid`) and course
completions, signed with the writing installation's Ed25519 key (records/keys.py) over the
RFC 8785 canonical form of everything but `proof`. A changed byte breaks the signature and
the file is refused.

What the signature says: this file is unaltered since the installation named in it wrote
it. It does not say that installation is one of ours: anyone can make a key. The
facilitator imports a file they were handed on purpose, and the CLI names the writer.

Merge rules on arrival (`read_transfer`):
- the learner is found by `uid` (a profile that came from, or went to, the other PC);
  otherwise a new profile is made (with " (2)" etc. when the name is taken), with the PIN
  hash of the file, so the PIN stays the same; an existing profile keeps its own PIN;
- item progress: time spent is the larger of the two (both PCs may already count the
  other's minutes after an earlier transfer, so a sum would double them), first opened the
  earlier, completion the earlier, the position of the most recent visit;
- submitted attempts are a union by `uid` (numbered after the local ones); answers come
  with them; an attempt still open on the other PC is not carried;
- completions: a course completed on either PC stays completed (the local one kept);
- no statement is queued: the writing PC already queued (or sent) the statements of what
  happened there, and queuing them again here would count them twice in the LRS.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import rfc8785
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from .. import clock, ed25519
from ..atomic_files import write_atomic
from ..errors import BiblioError
from ..storage.db import unit_of_work
from ..storage.models import (
    AnswerRow,
    CourseCompletionRow,
    ItemProgressRow,
    LearnerRow,
    QuizAttemptRow,
)
from ..untrusted_json import load_untrusted_json

FORMAT = "biblio-learner-transfer/1"
PROOF_TYPE = "biblio-ed25519-jcs"
MAX_BYTES = 32 * 1024 * 1024
_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://biblio-desktop.invalid/workshop/transfer")


class TransferError(BiblioError):
    """A transfer file that cannot be written or is refused."""


@dataclass(frozen=True)
class TransferWritten:
    path: Path
    learner: str
    attempts: int
    signed_by: str


@dataclass(frozen=True)
class TransferMerged:
    learner_id: int
    learner: str
    created: bool
    progress_merged: int
    attempts_added: int
    completions_added: int
    writer: str  # the did:key that signed the file
    writer_name: str


def canonical_uid(value: object) -> str | None:
    """A canonical UUID string (safe as a file name), or None: what another PC sends as a
    learner's uid is checked through here before it names a file or a row."""
    if not isinstance(value, str) or len(value) > 36:
        return None
    try:
        return str(uuid.UUID(value))
    except ValueError:
        return None


def learner_uid(installation: str, row: LearnerRow) -> str:
    return row.uid or str(uuid.uuid5(_NS, f"{installation}|learner|{row.id}"))


def attempt_uid(installation: str, row: QuizAttemptRow) -> str:
    return row.uid or str(uuid.uuid5(
        _NS, f"{installation}|attempt|{row.learner_id}|{row.course_id}|{row.item_id}|"
             f"{row.attempt_no}"))


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when is not None else None


def _when(value: Any, what: str, *, required: bool = False) -> datetime | None:
    if value is None and not required:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise TransferError(f"The transfer file has an invalid {what}.") from None
    return parsed.replace(tzinfo=None)


# --- writing -------------------------------------------------------------------------------

def _find_learner(session: Session, which: str | int) -> LearnerRow:
    rows = session.scalars(select(LearnerRow)).all()
    found = [r for r in rows if str(r.id) == str(which)] or [
        r for r in rows if r.name.casefold() == str(which).casefold()]
    if not found:
        raise TransferError(f"No learner {which!r} on this PC.", "see 'biblio-desktop "
                            "learners list'")
    if found[0].role != "learner":
        raise TransferError("The facilitator account cannot be transferred; only learners.")
    return found[0]


def document(session: Session, installation: str, learner: LearnerRow,
             writer_name: str) -> dict[str, Any]:
    """The unsigned transfer document of one learner."""
    progress = [{
        "course_id": p.course_id, "item_id": p.item_id,
        "first_opened_at": _iso(p.first_opened_at), "last_opened_at": _iso(p.last_opened_at),
        "seconds_spent": int(p.seconds_spent or 0), "completed_at": _iso(p.completed_at),
        "completed_version": p.completed_version,
        "position": json.loads(p.position_json) if p.position_json else None,
    } for p in session.scalars(select(ItemProgressRow).where(
        ItemProgressRow.learner_id == learner.id).order_by(ItemProgressRow.id))]
    attempts = []
    for a in session.scalars(select(QuizAttemptRow).where(
            QuizAttemptRow.learner_id == learner.id, QuizAttemptRow.submitted_at.is_not(None)
            ).order_by(QuizAttemptRow.id)):
        attempts.append({
            "uid": attempt_uid(installation, a), "course_id": a.course_id,
            "item_id": a.item_id, "course_version": a.course_version, "language": a.language,
            "seed": a.seed, "started_at": _iso(a.started_at),
            "submitted_at": _iso(a.submitted_at), "score": a.score, "passed": a.passed,
            "answers": [{
                "question_id": x.question_id, "answer": json.loads(x.answer_json),
                "saved_at": _iso(x.saved_at), "score": x.score,
                "needs_review": bool(x.needs_review), "review_score": x.review_score,
                "review_comment": x.review_comment, "reviewed_by": x.reviewed_by,
                "reviewed_at": _iso(x.reviewed_at)} for x in a.answers]})
    completions = [{
        "course_id": c.course_id, "course_version": c.course_version,
        "completed_at": _iso(c.completed_at), "score": c.score,
    } for c in session.scalars(select(CourseCompletionRow).where(
        CourseCompletionRow.learner_id == learner.id).order_by(CourseCompletionRow.id))]
    return {
        "format": FORMAT, "created_at": _iso(clock.utc_now()),
        "writer": {"installation": installation, "name": writer_name},
        "learner": {"uid": learner_uid(installation, learner), "name": learner.name,
                    "secret_hash": learner.secret_hash, "ui_language": learner.ui_language,
                    "avatar": learner.avatar, "created_at": _iso(learner.created_at)},
        "progress": progress, "attempts": attempts, "completions": completions}


def signed_transfer(workspace: Any, which: str | int) -> tuple[bytes, dict[str, Any]]:
    """The signed transfer document of one learner (by id or name) as bytes and as a dict:
    the file of `write_transfer`, and what a joined PC hands to the workshop PC."""
    from ..records.issue import ISSUER_NAME_SETTING
    from ..records.keys import load_installation_key
    from ..sync.outbox import get_setting, installation_uri

    key = load_installation_key(workspace.layout)
    with unit_of_work(workspace.sessions) as session:
        installation = installation_uri(session)
        learner = _find_learner(session, which)
        name = str(get_setting(session, ISSUER_NAME_SETTING) or "")
        doc = document(session, installation, learner, name)
    doc["writer"]["did"] = key.did
    signature = key.private_key.sign(rfc8785.dumps(doc))
    doc["proof"] = {"type": PROOF_TYPE, "verificationMethod": key.verification_method,
                    "signatureValue": base64.b64encode(signature).decode("ascii")}
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8"), doc


def write_transfer(workspace: Any, which: str | int, out: Path) -> TransferWritten:
    """Write the signed transfer file of one learner (by id or name) to `out`."""
    data, doc = signed_transfer(workspace, which)
    write_atomic(out, data, private=True)  # a PIN hash is inside: owner-only
    return TransferWritten(Path(out), doc["learner"]["name"], len(doc["attempts"]),
                           doc["writer"]["did"])


# --- reading -------------------------------------------------------------------------------

def verify_transfer(raw: bytes) -> dict[str, Any]:
    """The document of a transfer file whose signature holds; TransferError otherwise."""
    from ..records.multibase import public_key_from_did_key

    doc = load_untrusted_json(raw, "The transfer file", limit=MAX_BYTES, depth=32,
                              error=TransferError, verdict="it is not a learner transfer file")
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise TransferError("This is not a BIBLIO learner transfer file "
                            f"(format {FORMAT}).")
    proof = doc.get("proof")
    writer = doc.get("writer")
    if not isinstance(proof, dict) or proof.get("type") != PROOF_TYPE or not isinstance(
            writer, dict) or not isinstance(writer.get("did"), str):
        raise TransferError("The transfer file is not signed; it was refused.")
    did = writer["did"]
    if proof.get("verificationMethod", "").split("#")[0] != did:
        raise TransferError("The transfer file's signature names another key than its "
                            "writer; it was refused.")
    try:
        public = public_key_from_did_key(did)
        signature = base64.b64decode(str(proof.get("signatureValue", "")), validate=True)
    except (BiblioError, ValueError, binascii.Error):
        raise TransferError("The transfer file's signature cannot be read; it was "
                            "refused.") from None
    body = {k: v for k, v in doc.items() if k != "proof"}
    if not ed25519.verify(public, signature, rfc8785.dumps(body)):
        raise TransferError("The transfer file was changed after it was signed (or is "
                            "damaged); it was refused.", "export it again on the PC the "
                            "learner used")
    return doc


def _str(data: dict[str, Any], key: str, limit: int = 200, *, required: bool = True
         ) -> str | None:
    value = data.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value or len(value) > limit:
        raise TransferError(f"The transfer file has an invalid {key}.")
    return value


def _local_uid_owner(session: Session, installation: str, uid: str) -> LearnerRow | None:
    for row in session.scalars(select(LearnerRow).where(LearnerRow.role == "learner")):
        if learner_uid(installation, row) == uid:
            return row
    return None


def _free_name(session: Session, name: str) -> str:
    taken = {n.casefold() for n in session.scalars(select(LearnerRow.name))}
    if name.casefold() not in taken:
        return name
    for n in range(2, 1000):
        candidate = f"{name[:54]} ({n})"
        if candidate.casefold() not in taken:
            return candidate
    raise TransferError(f"Too many learners are called {name!r}.")


def read_transfer(workspace: Any, path: Path) -> TransferMerged:
    """Verify a transfer file and merge it into this PC's learners (rules above)."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise TransferError(f"Cannot read {path}: {exc.strerror}.") from exc
    return merge_transfer(workspace, raw)


def merge_transfer(workspace: Any, raw: bytes) -> TransferMerged:
    """Verify a transfer document (a file, or one taken from the workshop PC) and merge
    it: the same signature check and rules whichever way it travelled."""
    from ..learning.course_stats import refresh_stats
    from ..sync.outbox import installation_uri

    doc = verify_transfer(raw)
    learner = doc.get("learner")
    if not isinstance(learner, dict):
        raise TransferError("The transfer file has no learner.")
    uid = _str(learner, "uid", 36)
    name = " ".join(str(_str(learner, "name", 60)).split())
    secret = _str(learner, "secret_hash", 200, required=False)
    if secret is not None and not secret.startswith("$argon2id$"):
        raise TransferError("The transfer file's PIN hash is not an argon2id hash.")
    now = clock.utc_now().replace(tzinfo=None)
    touched: set[str] = set()
    with unit_of_work(workspace.sessions) as session:
        installation = installation_uri(session)
        row = _local_uid_owner(session, installation, str(uid))
        created = row is None
        if row is None:
            row = LearnerRow(name=_free_name(session, name), role="learner",
                             secret_hash=secret, failed_attempts=0,
                             created_at=_when(learner.get("created_at"), "date") or now,
                             ui_language=_str(learner, "ui_language", 16, required=False),
                             avatar=_str(learner, "avatar", 32, required=False), uid=uid)
            session.add(row)
            session.flush()
        merged = _merge_progress(session, row.id, doc.get("progress"), touched)
        added = _merge_attempts(session, installation, row.id, doc.get("attempts"), touched)
        completions = _merge_completions(session, row.id, doc.get("completions"), touched)
        for course_id in sorted(touched):
            refresh_stats(session, row.id, course_id)
        result = TransferMerged(row.id, row.name, created, merged, added, completions,
                                doc["writer"]["did"], str(doc["writer"].get("name") or ""))
    return result


def _list(value: Any, what: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(x, dict) for x in value):
        raise TransferError(f"The transfer file's {what} is not a list of objects.")
    return value


def _merge_progress(session: Session, learner_id: int, items: Any, touched: set[str]) -> int:
    count = 0
    for p in _list(items, "progress"):
        course_id, item_id = _str(p, "course_id"), _str(p, "item_id", 64)
        seconds = p.get("seconds_spent")
        if not isinstance(seconds, int) or isinstance(seconds, bool) or not 0 <= seconds < 10**8:
            raise TransferError("The transfer file has an invalid time spent.")
        first = _when(p.get("first_opened_at"), "date", required=True)
        last = _when(p.get("last_opened_at"), "date", required=True)
        done = _when(p.get("completed_at"), "date")
        position = p.get("position")
        row = session.scalars(select(ItemProgressRow).where(
            ItemProgressRow.learner_id == learner_id, ItemProgressRow.course_id == course_id,
            ItemProgressRow.item_id == item_id)).first()
        encoded = json.dumps(position) if position is not None else None
        if row is None:
            session.add(ItemProgressRow(
                learner_id=learner_id, course_id=course_id, item_id=item_id,
                first_opened_at=first, last_opened_at=last, seconds_spent=seconds,
                completed_at=done, completed_version=_str(p, "completed_version", 32,
                                                          required=False),
                position_json=encoded))
        else:
            row.seconds_spent = max(row.seconds_spent or 0, seconds)
            row.first_opened_at = min(row.first_opened_at, first)  # type: ignore[type-var]
            if last and last > row.last_opened_at:
                row.last_opened_at = last
                if encoded is not None:
                    row.position_json = encoded
            if done is not None and (row.completed_at is None or done < row.completed_at):
                row.completed_at = done
                row.completed_version = _str(p, "completed_version", 32, required=False)
        touched.add(str(course_id))
        count += 1
    return count


def _merge_attempts(session: Session, installation: str, learner_id: int, items: Any,
                    touched: set[str]) -> int:
    mine = {attempt_uid(installation, a) for a in session.scalars(select(QuizAttemptRow).where(
        QuizAttemptRow.learner_id == learner_id))}
    added = 0
    for a in _list(items, "attempts"):
        uid = str(_str(a, "uid", 36))
        if uid in mine:
            continue
        course_id, item_id = str(_str(a, "course_id")), str(_str(a, "item_id", 64))
        submitted = _when(a.get("submitted_at"), "date", required=True)
        score, passed = a.get("score"), a.get("passed")
        if score is not None and (not isinstance(score, int | float) or isinstance(score, bool)
                                  or not 0 <= score <= 1):
            raise TransferError("The transfer file has an invalid quiz score.")
        number = (session.scalar(select(func.max(QuizAttemptRow.attempt_no)).where(
            QuizAttemptRow.learner_id == learner_id, QuizAttemptRow.course_id == course_id,
            QuizAttemptRow.item_id == item_id)) or 0) + 1
        row = QuizAttemptRow(
            learner_id=learner_id, course_id=course_id, item_id=item_id,
            course_version=str(_str(a, "course_version", 32)),
            language=str(_str(a, "language", 16)), attempt_no=number,
            seed=str(_str(a, "seed", 200)),
            started_at=_when(a.get("started_at"), "date", required=True),
            submitted_at=submitted, current_question=None,
            score=float(score) if score is not None else None,
            passed=bool(passed) if passed is not None else None, uid=uid)
        for x in _list(a.get("answers"), "answers"):
            row.answers.append(AnswerRow(
                question_id=str(_str(x, "question_id", 64)),
                answer_json=json.dumps(x.get("answer")),
                saved_at=_when(x.get("saved_at"), "date", required=True),
                score=x.get("score") if isinstance(x.get("score"), int | float) else None,
                needs_review=bool(x.get("needs_review")),
                review_score=x.get("review_score")
                if isinstance(x.get("review_score"), int | float) else None,
                review_comment=_str(x, "review_comment", 4000, required=False),
                reviewed_by=_str(x, "reviewed_by", 100, required=False),
                reviewed_at=_when(x.get("reviewed_at"), "date")))
        session.add(row)
        mine.add(uid)
        touched.add(course_id)
        added += 1
    return added


def _merge_completions(session: Session, learner_id: int, items: Any,
                       touched: set[str]) -> int:
    added = 0
    for c in _list(items, "completions"):
        course_id = str(_str(c, "course_id"))
        exists = session.scalars(select(CourseCompletionRow).where(
            CourseCompletionRow.learner_id == learner_id,
            CourseCompletionRow.course_id == course_id)).first()
        if exists is not None:
            continue  # completed here too: the local completion is kept
        score = c.get("score")
        session.add(CourseCompletionRow(
            learner_id=learner_id, course_id=course_id,
            course_version=str(_str(c, "course_version", 32)),
            completed_at=_when(c.get("completed_at"), "date", required=True),
            score=float(score) if isinstance(score, int | float) else None))
        touched.add(course_id)
        added += 1
    return added
