"""xAPI 1.0.3 statements for quiz attempts, course completions and completion records.

Pure functions, no database: they turn facts into statement dicts. Every statement id is a
UUID5 over a stable key (installation, learner, course, item, attempt, verb), so building
the same statement again gives the same id and a second delivery is harmless. The shapes
are described, with an example, in docs/sync.md.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

XAPI_VERSION = "1.0.3"
BASE = "https://biblio-desktop.invalid"
ACTIVITY_BASE = f"{BASE}/courses/"
EXT_COURSE_VERSION = f"{BASE}/xapi/extensions/course-version"
EXT_CREDENTIAL_ID = f"{BASE}/xapi/extensions/credential-id"
EXT_ATTEMPT = f"{BASE}/xapi/extensions/attempt"
EXT_LANGUAGE = f"{BASE}/xapi/extensions/language"
EXT_PASS_MARK = f"{BASE}/xapi/extensions/pass-mark"
CREDENTIAL_USAGE = f"{BASE}/xapi/attachments/open-badge-credential"
CREDENTIAL_CONTENT_TYPE = "application/json"
PLATFORM = "BIBLIO Desktop"
# Fixed forever: changing it would change every statement id.
ID_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, f"{BASE}/xapi/statement-ids")

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "answered": ADL + "answered",
    "passed": ADL + "passed",
    "failed": ADL + "failed",
    "completed": ADL + "completed",
    # Not an ADL verb: the xAPI registry's "earned", for a record issued after completion.
    "earned": "http://id.tincanapi.com/verb/earned",
}
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
}


@dataclass(frozen=True)
class Actor:
    """A learner's local account on one installation."""

    installation: str  # the installation's URI (did:key or urn:uuid), the account homePage
    learner_id: int
    name: str

    def as_xapi(self) -> dict[str, Any]:
        return {"objectType": "Agent", "name": self.name,
                "account": {"homePage": self.installation, "name": str(self.learner_id)}}


@dataclass(frozen=True)
class Attachment:
    """An opaque file attached to a statement (the signed completion record)."""

    content: bytes
    usage_type: str = CREDENTIAL_USAGE
    content_type: str = CREDENTIAL_CONTENT_TYPE
    display: str = "Signed completion record"

    @property
    def sha2(self) -> str:
        return hashlib.sha256(self.content).hexdigest()

    def as_xapi(self) -> dict[str, Any]:
        return {"usageType": self.usage_type, "display": {"en-US": self.display},
                "contentType": self.content_type, "length": len(self.content),
                "sha2": self.sha2}


def statement_id(installation: str, learner_id: int, course_id: str, item_id: str,
                 attempt_no: int, verb: str) -> str:
    """The deterministic statement id: UUID5 over the stable key of the fact."""
    key = "|".join((installation, str(learner_id), course_id, item_id, str(attempt_no), verb))
    return str(uuid.uuid5(ID_NAMESPACE, key))


def activity_id(course_id: str, item_id: str = "", question_id: str = "") -> str:
    """`https://biblio-desktop.invalid/courses/<course>[/<item>[/<question>]]`.

    `.invalid` can never resolve (RFC 2606), so the ids are stable names, not links.
    """
    parts = [course_id] + [p for p in (item_id, question_id) if p]
    return ACTIVITY_BASE + "/".join(quote(p, safe="-._~") for p in parts)


def timestamp(at: datetime) -> str:
    """ISO 8601 in UTC with milliseconds; naive datetimes are UTC (as the database stores)."""
    if at.tzinfo is not None:
        at = at.astimezone(UTC).replace(tzinfo=None)
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def _activity(object_id: str, kind: str, name: str | None = None) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": ACTIVITY_TYPES[kind]}
    if name:
        definition["name"] = {"und": name}
    return {"objectType": "Activity", "id": object_id, "definition": definition}


def _context(course_id: str, course_version: str, *, parent: str | None = None,
             language: str | None = None, extra: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    extensions: dict[str, Any] = {EXT_COURSE_VERSION: course_version}
    extensions.update(extra or {})
    context: dict[str, Any] = {"platform": PLATFORM, "extensions": extensions}
    if language:
        context["language"] = language
    activities: dict[str, Any] = {"grouping": [{"objectType": "Activity",
                                                "id": activity_id(course_id)}]}
    if parent:
        activities["parent"] = [{"objectType": "Activity", "id": parent}]
    context["contextActivities"] = activities
    return context


def _score(scaled: float, raw: float | None = None, maximum: float | None = None
           ) -> dict[str, Any]:
    score: dict[str, Any] = {"scaled": round(max(0.0, min(1.0, scaled)), 6)}
    if raw is not None and maximum is not None:
        score.update(raw=round(raw, 6), min=0, max=round(maximum, 6))
    return score


def _statement(sid: str, actor: Actor, verb: str, obj: dict[str, Any], at: datetime,
               context: dict[str, Any], result: dict[str, Any] | None = None,
               attachment: Attachment | None = None) -> dict[str, Any]:
    statement: dict[str, Any] = {
        "id": sid, "actor": actor.as_xapi(),
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": obj,
    }
    if result is not None:
        statement["result"] = result
    statement["context"] = context
    statement["timestamp"] = timestamp(at)
    if attachment is not None:
        statement["attachments"] = [attachment.as_xapi()]
    return statement


@dataclass(frozen=True)
class QuestionOutcome:
    question_id: str
    score: float
    points_earned: float
    points_possible: float
    correct: bool
    answered: bool


def quiz_statements(actor: Actor, *, course_id: str, course_version: str, item_id: str,
                    attempt_no: int, language: str, at: datetime, score: float,
                    points_earned: float, points_possible: float, pass_mark: float,
                    passed: bool, questions: Sequence[QuestionOutcome] = ()
                    ) -> list[dict[str, Any]]:
    """A submitted attempt: `answered` for the attempt as a whole and for each question,
    then `passed` or `failed` for the attempt."""
    ids = (actor.installation, actor.learner_id, course_id)
    quiz = activity_id(course_id, item_id)
    extra = {EXT_ATTEMPT: attempt_no, EXT_PASS_MARK: pass_mark}
    context = _context(course_id, course_version, language=language, extra=extra)
    result = {"score": _score(score, points_earned, points_possible), "success": passed,
              "completion": True}
    out = [_statement(statement_id(*ids, item_id, attempt_no, "answered"), actor, "answered",
                      _activity(quiz, "assessment"), at, context, result)]
    for q in questions:
        qctx = _context(course_id, course_version, parent=quiz, language=language,
                        extra={EXT_ATTEMPT: attempt_no})
        qresult = {"score": _score(q.score, q.points_earned, q.points_possible),
                   "success": q.correct, "completion": q.answered}
        out.append(_statement(
            statement_id(*ids, f"{item_id}/{q.question_id}", attempt_no, "answered"), actor,
            "answered", _activity(activity_id(course_id, item_id, q.question_id), "question"),
            at, qctx, qresult))
    verb = "passed" if passed else "failed"
    out.append(_statement(statement_id(*ids, item_id, attempt_no, verb), actor, verb,
                          _activity(quiz, "assessment"), at, context, result))
    return out


def course_statements(actor: Actor, *, course_id: str, course_version: str,
                      completed_at: datetime, score: float | None,
                      credential_id: str | None = None, credential: bytes | None = None
                      ) -> list[dict[str, Any]]:
    """A completed course: `completed` (carrying the record, if one exists) and `passed`."""
    ids = (actor.installation, actor.learner_id, course_id, "", 0)
    obj = _activity(activity_id(course_id), "course")
    extra = {EXT_CREDENTIAL_ID: credential_id} if credential_id else {}
    context = _context(course_id, course_version, extra=extra)
    result: dict[str, Any] = {"completion": True, "success": True}
    if score is not None:
        result["score"] = _score(score)
    attachment = Attachment(credential) if credential is not None else None
    return [
        _statement(statement_id(*ids, "completed"), actor, "completed", obj, completed_at,
                   context, result, attachment),
        _statement(statement_id(*ids, "passed"), actor, "passed", obj, completed_at,
                   _context(course_id, course_version, extra=extra), result),
    ]


def record_statement(actor: Actor, *, course_id: str, course_version: str, record_id: str,
                     issued_at: datetime, credential: bytes) -> dict[str, Any]:
    """A completion record issued after the completion statement: `earned`, with the record
    attached. The record id is part of the id key, so a re-issued record is a new fact."""
    sid = statement_id(actor.installation, actor.learner_id, course_id, f"record:{record_id}",
                       0, "earned")
    context = _context(course_id, course_version, extra={EXT_CREDENTIAL_ID: record_id})
    return _statement(sid, actor, "earned", _activity(activity_id(course_id), "course"),
                      issued_at, context, {"completion": True, "success": True},
                      Attachment(credential))


def encode(statement: dict[str, Any]) -> str:
    """The JSON text stored in the outbox and sent as is."""
    return json.dumps(statement, ensure_ascii=False, separators=(",", ":"))


# --- comparing what the LRS holds with what we sent ------------------------------------

_LRS_FIELDS = ("stored", "authority", "version")
_DEFAULT_TYPES = {"Agent", "Activity"}


def _normal(value: Any, key: str = "") -> Any:
    if isinstance(value, dict):
        return {k: _normal(v, k) for k, v in value.items()
                if not (k == "objectType" and v in _DEFAULT_TYPES)}
    if isinstance(value, list):
        return [_normal(v) for v in value]
    if key == "timestamp" and isinstance(value, str):
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def same_statement(sent: dict[str, Any], stored: dict[str, Any]) -> bool:
    """True when the LRS's copy is the statement we sent, ignoring what an LRS adds or
    normalises (stored, authority, version, default objectTypes, timestamp format)."""
    a = {k: v for k, v in sent.items() if k not in _LRS_FIELDS}
    b = {k: v for k, v in stored.items() if k not in _LRS_FIELDS}
    return _normal(a) == _normal(b)
