"""Signed completion records that arrive from joined PCs, checked before they are stored.

The sharing PC forwards what joined PCs deliver to the organisation's LRS, so a record
it stores is one it vouches for having received intact. The LAN is not trusted (anyone
on it can alter a statement in transit, docs/workshop.md "Security"), and a joined PC's
token says only which PC is talking, so every record attached to a new statement is
checked here, and one that fails refuses the whole batch (400, nothing stored):

- **the record is valid**: every Data Integrity proof of its proof set (eddsa-rdfc-2022
  and eddsa-jcs-2022) verifies against the key the record names as its issuer
  (`records.verify.verify_credential`; a `did:key` carries its own key, so nothing is
  looked up). Unsigned, altered or unreadable records are refused;
- **it is about the statement's learner and course**: the record's subject identifier is
  the statement actor's account name (the joined PC's learner id), its course id is the
  statement's course activity, and its id is the statement's credential-id extension when
  there is one. A valid record of another learner (say, learner 3 of another PC) cannot be
  attached to this learner's completion;
- **it is signed by the joined PC's key**: anyone can make a key, so what "the joined
  PC's key" means here is *trust on first use*, as for the join code itself: the issuer
  of the first record accepted from a PC is kept (setting
  `workshop.record_key.<installation tag>`), and later records from that PC must name the
  same issuer. A record signed elsewhere and replayed by a PC, or re-signed by someone on
  the network after the first one went through, is refused. When a PC's key was really
  made anew (its `keys/` folder lost), the facilitator removes the PC and lets it join
  again (`peers remove`), which forgets the kept key.

Only signed completion records may be attached (the joined PC's sync attaches nothing
else); a statement already stored unchanged (a retry) is not checked again.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy.orm import Session

from ..errors import BiblioError
from ..records.credential import COURSE_ID_TYPE, other_identifier
from ..records.verify import verify_credential
from ..storage.models import ReceivedAttachmentRow
from ..sync.outbox import get_setting, put_setting
from ..sync.statements import (
    CREDENTIAL_USAGE,
    EXT_CREDENTIAL_ID,
    activity_id,
    installation_tag,
)

PIN_KEY_PREFIX = "workshop.record_key."


class RecordRefused(BiblioError):
    """An attached record the sharing PC refuses (the inbox answers 400)."""


def pin_key(origin: str) -> str:
    """The setting that keeps the issuer of a joined PC's first accepted record."""
    return PIN_KEY_PREFIX + installation_tag(origin)


def forget_record_key(session: Session, origin: str) -> None:
    """Forget the issuer kept for a PC (it was removed: when it joins again, its next
    record's issuer is kept anew)."""
    put_setting(session, pin_key(origin), None)


def _subject(doc: dict[str, Any]) -> tuple[str | None, str | None]:
    """(learner id, course id) of a BIBLIO completion record."""
    subject = doc.get("credentialSubject")
    if not isinstance(subject, dict):
        return None, None
    learner = None
    for entry in subject.get("identifier") or ():
        if isinstance(entry, dict) and entry.get("identityType") == "identifier":
            value = entry.get("identityHash")
            learner = value if isinstance(value, str) else None
            break
    achievement = subject.get("achievement")
    course = other_identifier(achievement, COURSE_ID_TYPE) if isinstance(
        achievement, dict) else None
    return learner, course


def _issuer(doc: dict[str, Any]) -> str | None:
    issuer = doc.get("issuer")
    issuer = issuer.get("id") if isinstance(issuer, dict) else issuer
    return issuer if isinstance(issuer, str) else None


class _Checked:
    """What a verified record says, parsed once per batch."""

    def __init__(self, content: bytes, where: str) -> None:
        result = verify_credential(content)
        if not result.valid:
            raise RecordRefused(f"The completion record {where} is not valid "
                                f"({result.reason}); nothing of this batch was stored. "
                                "Issue the record again on that PC.")
        doc = json.loads(content)
        self.record_id = doc.get("id")
        self.issuer = _issuer(doc)
        self.learner, self.course = _subject(doc)


def check_attached_records(session: Session, origin: str,
                           new_statements: Iterable[tuple[str, dict[str, Any]]],
                           attachments: Mapping[str, bytes]) -> None:
    """Refuse (RecordRefused) unless every record attached to the new statements of a
    batch from `origin` is valid, about the statement's learner and course, and signed by
    the key first seen from that PC (see the module doc). Call it inside the batch's unit
    of work: the issuer kept on first use is stored with the batch, or not at all."""
    cache: dict[str, _Checked] = {}
    pinned = get_setting(session, pin_key(origin))
    for sid, statement in new_statements:
        for attachment in statement.get("attachments") or []:
            if not isinstance(attachment, dict) or "fileUrl" in attachment:
                continue
            if attachment.get("usageType") != CREDENTIAL_USAGE:
                raise RecordRefused(f"Statement {sid} carries an attachment that is not a "
                                      "signed completion record; only those are accepted.")
            sha2 = str(attachment.get("sha2", "")).lower()
            record = cache.get(sha2)
            if record is None:
                content = attachments.get(sha2)
                if content is None:
                    row = session.get(ReceivedAttachmentRow, sha2)
                    content = bytes(row.content) if row is not None else b""
                record = cache[sha2] = _Checked(content, f"attached to statement {sid}")
            _check_subject(sid, statement, record)
            if pinned is None:
                pinned = record.issuer
                put_setting(session, pin_key(origin), pinned)
            elif record.issuer != pinned:
                raise RecordRefused(f"The completion record attached to statement {sid} "
                                      f"is signed by {record.issuer}, but this PC's records "
                                      f"so far were signed by {pinned}; nothing of this "
                                      "batch was stored. If that PC's key was made anew, "
                                      "the facilitator removes the PC and lets it join "
                                      "again.")
    for sha2, content in attachments.items():  # sent along, but no new statement names it
        if sha2 not in cache and session.get(ReceivedAttachmentRow, sha2) is None:
            cache[sha2] = _Checked(content, f"sent as {sha2[:12]}…")


def _check_subject(sid: str, statement: dict[str, Any], record: _Checked) -> None:
    account = statement.get("actor", {}).get("account")
    learner = account.get("name") if isinstance(account, dict) else None
    if record.learner is None or record.learner != learner:
        raise RecordRefused(f"The completion record attached to statement {sid} is about "
                              "another learner than the statement; nothing of this batch "
                              "was stored.")
    obj = statement.get("object")
    if record.course is None or activity_id(record.course) != (
            obj.get("id") if isinstance(obj, dict) else None):
        raise RecordRefused(f"The completion record attached to statement {sid} is about "
                              "another course than the statement; nothing of this batch "
                              "was stored.")
    context = statement.get("context")
    extensions = context.get("extensions") if isinstance(context, dict) else None
    named = extensions.get(EXT_CREDENTIAL_ID) if isinstance(extensions, dict) else None
    if named is not None and named != record.record_id:
        raise RecordRefused(f"Statement {sid} names the record {named}, but another record "
                              "is attached; nothing of this batch was stored.")
