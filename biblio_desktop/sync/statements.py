"""xAPI 1.0.3 statements for quiz attempts, course completions and completion records.

Pure functions, no database: they turn facts into statement dicts. Every statement id is a
UUID5 over a stable key (installation URI, learner, course, item, attempt, verb), so
building the same statement again gives the same id and a second delivery is harmless.
The key holds the installation URI, never the actor's homePage: the homePage follows a
setting, the ids must not. The shapes are described, with an example, in docs/sync.md.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from ..clock import implausible
from .interactions import language_tag

XAPI_VERSION = "1.0.3"
BASE = "https://biblio-desktop.invalid"
ACTIVITY_BASE = f"{BASE}/courses/"
# The account homePage of learners when the facilitator has not set the library's own.
DEFAULT_HOME_PAGE_BASE = f"{BASE}/installations/"
HOME_PAGE_FRAGMENT = "biblio-desktop-"  # + installation tag, on the library's own page
HOME_PAGE_MAX = 200  # characters
# Extensions: registered IRIs where one exists (see the table in docs/sync.md).
EXT_ATTEMPT = "http://id.tincanapi.com/extension/attempt-id"  # xAPI registry
EXT_MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore"  # cmi5
EXT_CREDENTIAL_ID = f"{BASE}/xapi/extensions/credential-id"  # ours: no registered one
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
    # items that hold questions on their slides or in their video (format_version 3)
    "slides": "http://adlnet.gov/expapi/activities/lesson",
    "video": "http://adlnet.gov/expapi/activities/media",
}


def installation_tag(installation: str) -> str:
    """A short tag of the installation URI (12 hex digits of its sha256): names USB export
    folders and tells installations apart in the actor's homePage."""
    return hashlib.sha256(installation.encode("utf-8")).hexdigest()[:12]


def tidy_home_page(text: str) -> str:
    """The library's home page as the facilitator typed it, checked and tidied.

    Returns "" for empty input (the default applies). Adds `https://` when no scheme was
    typed, lower-cases scheme and host, and raises ValueError unless the result is an
    http(s) URL with a host and no user name, password or `#` fragment (the fragment is
    where the installation tag goes, see `account_home_page`).
    """
    text = "".join(ch for ch in text.strip() if ch.isprintable())
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    if len(text) > HOME_PAGE_MAX:
        raise ValueError(f"a home page address is at most {HOME_PAGE_MAX} characters")
    if any(ch.isspace() for ch in text):
        raise ValueError("a web address has no spaces")
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a port that is not a number
    except ValueError as exc:
        raise ValueError(f"not a web address: {exc}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise ValueError("the address must start with https:// or http://")
    host = parts.hostname or ""
    if "." not in host.strip(".") and host != "localhost":
        raise ValueError("the address needs a host name such as www.example.org")
    if parts.username is not None or parts.password is not None:
        raise ValueError("the address must not hold a user name or password")
    if parts.fragment or text.endswith("#"):
        raise ValueError("the address must not have a # part")
    host += f":{port}" if port is not None else ""
    return urlunsplit((parts.scheme.lower(), host, parts.path or "/", parts.query, ""))


def account_home_page(installation: str, library_home_page: str | None = None) -> str:
    """The actor account's homePage (an IRL, as xAPI 1.0.3 requires).

    Learner ids are local to one installation, so the homePage names the installation:
    `<library home page>#biblio-desktop-<tag>` when the facilitator set the library's page,
    else `https://biblio-desktop.invalid/installations/<tag>`. Two PCs of the same library
    (learner 3 on each) therefore never become one person in the LRS. An invalid stored
    page falls back to the default.
    """
    tag = installation_tag(installation)
    try:
        page = tidy_home_page(library_home_page or "")
    except ValueError:
        page = ""
    if not page:
        return DEFAULT_HOME_PAGE_BASE + tag
    return f"{page}#{HOME_PAGE_FRAGMENT}{tag}"


@dataclass(frozen=True)
class Actor:
    """A learner's local account on one installation."""

    installation: str  # the installation's URI (did:key or urn:uuid): part of statement ids
    learner_id: int
    name: str
    library_home_page: str = ""  # the facilitator's setting; "" = the default homePage

    @property
    def home_page(self) -> str:
        return account_home_page(self.installation, self.library_home_page)

    def as_xapi(self) -> dict[str, Any]:
        return {"objectType": "Agent", "name": self.name,
                "account": {"homePage": self.home_page, "name": str(self.learner_id)}}


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


def _activity(object_id: str, kind: str, definition: dict[str, Any] | None = None
              ) -> dict[str, Any]:
    return {"objectType": "Activity", "id": object_id,
            "definition": definition or {"type": ACTIVITY_TYPES[kind]}}


def _context(course_version: str, *, parent: str | None = None, grouping: str | None = None,
             language: str | None = None, extensions: dict[str, Any] | None = None
             ) -> dict[str, Any]:
    """Context of a statement about one activity: the course version as `revision`, the
    activity's parent (the course for a quiz, the quiz for a question) and grouping (the
    course for a question). An activity is never its own parent or grouping."""
    context: dict[str, Any] = {"revision": course_version, "platform": PLATFORM}
    if language and language_tag(language) != "und":
        context["language"] = language
    activities: dict[str, Any] = {}
    if parent:
        activities["parent"] = [{"objectType": "Activity", "id": parent}]
    if grouping:
        activities["grouping"] = [{"objectType": "Activity", "id": grouping}]
    if activities:
        context["contextActivities"] = activities
    if extensions:
        context["extensions"] = extensions
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
    # A stamp from an obviously wrong clock (a dead battery's 2002) would put the learning
    # in 2002 in every report; without one, the LRS uses the time it received it (xAPI
    # 1.0.3, 2.4.7), which is at least not years off. docs/sync.md, "A wrong clock".
    if implausible(at) is None:
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
    # The interaction activity's definition (interactions.interaction_definition) and the
    # learner's response in its format (interactions.learner_response; None = unanswered).
    definition: dict[str, Any] | None = None
    response: str | None = None
    # False for free text: saved and counted as answered, but neither right nor wrong, so
    # the statement carries no score and no success (a facilitator reviews it).
    scored: bool = True


def quiz_statements(actor: Actor, *, course_id: str, course_version: str, item_id: str,
                    attempt_no: int, language: str, at: datetime, score: float,
                    points_earned: float, points_possible: float, pass_mark: float,
                    passed: bool, questions: Sequence[QuestionOutcome] = (),
                    item_kind: str = "quiz") -> list[dict[str, Any]]:
    """A submitted attempt: `answered` for the attempt as a whole and for each question,
    then `passed` or `failed` for the attempt.

    For the questions of a slides or video item (`item_kind`), the item is the parent
    activity (a lesson or media activity, not an assessment) and there is no `passed` or
    `failed`: such an item needs its questions answered, not passed."""
    ids = (actor.installation, actor.learner_id, course_id)
    course, quiz = activity_id(course_id), activity_id(course_id, item_id)
    context = _context(course_version, parent=course, language=language,
                       extensions={EXT_ATTEMPT: attempt_no, EXT_MASTERY_SCORE: pass_mark})
    verdict = item_kind == "quiz"
    kind = "assessment" if verdict else item_kind
    if not verdict:
        context = _context(course_version, parent=course, language=language,
                           extensions={EXT_ATTEMPT: attempt_no})
    result: dict[str, Any] = {"score": _score(score, points_earned, points_possible),
                              "completion": True}
    if verdict:
        result = {"score": result["score"], "success": passed, "completion": True}
    out = [_statement(statement_id(*ids, item_id, attempt_no, "answered"), actor, "answered",
                      _activity(quiz, kind), at, context, result)]
    for q in questions:
        qctx = _context(course_version, parent=quiz, grouping=course, language=language,
                        extensions={EXT_ATTEMPT: attempt_no})
        qresult: dict[str, Any] = {"completion": q.answered}
        if q.scored:
            qresult = {"score": _score(q.score, q.points_earned, q.points_possible),
                       "success": q.correct, **qresult}
        if q.answered and q.response is not None:
            qresult["response"] = q.response
        definition = q.definition or {"type": ACTIVITY_TYPES["question"],
                                      "interactionType": "other"}
        out.append(_statement(
            statement_id(*ids, f"{item_id}/{q.question_id}", attempt_no, "answered"), actor,
            "answered", _activity(activity_id(course_id, item_id, q.question_id), "question",
                                  definition),
            at, qctx, qresult))
    if verdict:
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
    context = _context(course_version,
                       extensions={EXT_CREDENTIAL_ID: credential_id} if credential_id else None)
    result: dict[str, Any] = {"completion": True, "success": True}
    if score is not None:
        result["score"] = _score(score)
    attachment = Attachment(credential) if credential is not None else None
    return [
        _statement(statement_id(*ids, "completed"), actor, "completed", obj, completed_at,
                   context, result, attachment),
        _statement(statement_id(*ids, "passed"), actor, "passed", obj, completed_at,
                   dict(context), result),
    ]


def record_statement(actor: Actor, *, course_id: str, course_version: str, record_id: str,
                     issued_at: datetime, credential: bytes) -> dict[str, Any]:
    """A completion record issued after the completion statement: `earned`, with the record
    attached. The record id is part of the id key, so a re-issued record is a new fact."""
    sid = statement_id(actor.installation, actor.learner_id, course_id, f"record:{record_id}",
                       0, "earned")
    context = _context(course_version, extensions={EXT_CREDENTIAL_ID: record_id})
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
    # Sent without a timestamp (a wrong clock): the LRS filled in its own.
    skip = (*_LRS_FIELDS, "timestamp") if "timestamp" not in sent else _LRS_FIELDS
    b = {k: v for k, v in stored.items() if k not in skip}
    return _normal(a) == _normal(b)
