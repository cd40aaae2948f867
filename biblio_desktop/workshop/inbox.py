"""Statements and records that joined PCs deliver to the sharing PC.

A joined PC's own sync posts to the sharing PC as if it were an LRS (`POST statements`, a
JSON array, or multipart/mixed with the signed records attached), so nothing new runs on the
learner PCs. The sharing PC stores them in its own outbox (with `origin` = the joined PC),
and its own sync forwards everything once to the organisation's LRS or a USB export.

Rules, as an LRS keeps them: a statement id already stored with the same statement is
accepted again and changes nothing (a retry after a lost answer); a different statement
under a stored id refuses the whole batch (409) and stores nothing of it. An attachment
must arrive with its statement (or earlier) and match its SHA-256. A joined PC may only
send statements about its own learners: the actor's homePage must carry its installation
tag (docs/sync.md, "Actor"), so one PC cannot write as another. Every signed completion
record attached to a new statement must verify, be about that statement's learner and
course, and be signed by the key first seen from that PC (record_check.py); one that is not
refuses the batch (400).
"""

from __future__ import annotations

import email.parser
import email.policy
import hashlib
import json
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..errors import BiblioError
from ..storage.db import unit_of_work
from ..storage.models import OutboxRow, ReceivedAttachmentRow
from ..sync.statements import encode, installation_tag, same_statement
from ..untrusted_json import load_untrusted_json
from .protocol import MAX_STATEMENTS_BODY, MAX_STATEMENTS_PER_BATCH
from .record_check import RecordRefused, check_attached_records

_SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
MAX_DEPTH = 32


class InboxError(BiblioError):
    """A batch the sharing PC refuses; `status` is the HTTP answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Accepted:
    stored: int  # new statements
    already: int  # identical statements stored before (a retry)


def _json(raw: bytes, what: str) -> Any:
    def error(message: str) -> BiblioError:
        return InboxError(400, message)

    return load_untrusted_json(raw, what, limit=MAX_STATEMENTS_BODY, depth=MAX_DEPTH,
                               error=error, verdict="it was not stored")


def parse_body(body: bytes, content_type: str) -> tuple[list[dict[str, Any]], dict[str, bytes]]:
    """The statements and the attachments (by SHA-256) of a POST body."""
    kind = content_type.split(";", 1)[0].strip().lower()
    attachments: dict[str, bytes] = {}
    if kind == "application/json":
        data = _json(body, "The statements")
    elif kind == "multipart/mixed":
        header = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(header + body)
        if not message.is_multipart():
            raise InboxError(400, "The multipart body has no parts.")
        parts = list(message.iter_parts())  # type: ignore[attr-defined]
        if not parts:
            raise InboxError(400, "The multipart body has no parts.")
        data = _json(parts[0].get_payload(decode=True) or b"", "The statements")
        for part in parts[1:]:
            sha2 = str(part.get("X-Experience-API-Hash", "")).strip().lower()
            content = part.get_payload(decode=True) or b""
            if not _SHA256_RE.match(sha2) or hashlib.sha256(content).hexdigest() != sha2:
                raise InboxError(400, "An attachment does not match its X-Experience-API-Hash.")
            attachments[sha2] = content
    else:
        raise InboxError(415, "Statements must be sent as application/json or "
                              "multipart/mixed.")
    statements = data if isinstance(data, list) else [data]
    if len(statements) > MAX_STATEMENTS_PER_BATCH:
        raise InboxError(413, f"At most {MAX_STATEMENTS_PER_BATCH} statements per request.")
    return statements, attachments


def _check(statement: Any, origin: str) -> str:
    """The statement's id after checking its shape and that it is about origin's learners."""
    if not isinstance(statement, dict):
        raise InboxError(400, "A statement is not a JSON object.")
    sid = statement.get("id")
    try:
        if not isinstance(sid, str) or str(uuid.UUID(sid)) != sid.lower():
            raise ValueError
    except ValueError:
        raise InboxError(400, "A statement has no valid id (a UUID).") from None
    actor, verb = statement.get("actor"), statement.get("verb")
    if not isinstance(actor, dict) or not isinstance(verb, dict) or not isinstance(
            verb.get("id"), str) or not isinstance(statement.get("object"), dict):
        raise InboxError(400, f"Statement {sid} lacks an actor, a verb or an object.")
    account = actor.get("account")
    home = account.get("homePage") if isinstance(account, dict) else None
    tag = installation_tag(origin)
    if not isinstance(home, str) or not (home == origin or home.endswith("/" + tag)
                                         or home.endswith("-" + tag)):
        raise InboxError(403, f"Statement {sid} is about a learner of another installation; "
                              "a PC may only send its own learners' statements.")
    return sid.lower()


def _verb(statement: dict[str, Any]) -> str:
    display = statement["verb"].get("display")
    name = display.get("en-US") if isinstance(display, dict) else None
    if not isinstance(name, str) or not name:
        name = statement["verb"]["id"].rstrip("/").rsplit("/", 1)[-1]
    return name[:32]


def accept(sessions: sessionmaker[Session], origin: str, body: bytes,
           content_type: str) -> Accepted:
    """Store a batch of statements from the joined PC `origin` in one transaction."""
    statements, attachments = parse_body(body, content_type)
    checked = [(_check(s, origin), s) for s in statements]
    now = clock.utc_now()
    stored = already = 0
    with unit_of_work(sessions) as session:
        new_ids = _new_statement_ids(session, origin, checked)
        try:
            check_attached_records(session, origin,
                                   [(sid, s) for sid, s in checked if sid in new_ids],
                                   attachments)
        except RecordRefused as exc:
            raise InboxError(400, exc.message) from None
        for sha2, content in attachments.items():
            if session.get(ReceivedAttachmentRow, sha2) is None:
                session.add(ReceivedAttachmentRow(sha2=sha2, origin=origin,
                                                  content_type="application/json",
                                                  content=content, received_at=now))
        session.flush()
        ids = [sid for sid, _ in checked]
        existing = {r.statement_id: r for r in session.scalars(
            select(OutboxRow).where(OutboxRow.statement_id.in_(ids)))} if ids else {}
        seen: set[str] = set()
        for sid, statement in checked:
            if sid in seen:
                raise InboxError(400, f"Statement {sid} appears twice in the batch.")
            seen.add(sid)
            for a in statement.get("attachments") or []:
                sha2 = a.get("sha2") if isinstance(a, dict) else None
                if "fileUrl" in (a if isinstance(a, dict) else {}):
                    continue
                if not isinstance(sha2, str) or session.get(ReceivedAttachmentRow,
                                                             sha2.lower()) is None:
                    raise InboxError(400, f"Statement {sid} names an attachment that was not "
                                          "sent with it.")
            row = existing.get(sid)
            if row is not None:
                if row.origin == origin and same_statement(statement,
                                                           json.loads(row.statement_json)):
                    already += 1
                    continue
                raise InboxError(409, f"A different statement with the id {sid} is stored.")
            session.add(OutboxRow(statement_id=sid, learner_id=None, verb=_verb(statement),
                                  statement_json=encode(statement), record_id=None,
                                  created_at=now, attempts=0, origin=origin))
            stored += 1
    return Accepted(stored, already)


def _new_statement_ids(session: Session, origin: str,
                       checked: list[tuple[str, dict[str, Any]]]) -> set[str]:
    """The ids of the batch that are not stored yet as the same statement from `origin`
    (a retry's statements were checked when they first arrived)."""
    ids = [sid for sid, _ in checked]
    stored = {r.statement_id: r for r in session.scalars(
        select(OutboxRow).where(OutboxRow.statement_id.in_(ids)))} if ids else {}
    new = set()
    for sid, statement in checked:
        row = stored.get(sid)
        if row is None or row.origin != origin or not same_statement(
                statement, json.loads(row.statement_json)):
            new.add(sid)
    return new


def stored_statement(sessions: sessionmaker[Session], origin: str,
                     statement_id: str) -> bytes | None:
    """A statement this PC received from `origin` (never another PC's: 404 for those)."""
    with sessions() as session:
        row = session.get(OutboxRow, statement_id.lower()[:36])
        if row is None or row.origin != origin:
            return None
        return row.statement_json.encode("utf-8")
