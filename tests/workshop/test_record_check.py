"""Records attached by joined PCs are checked on arrival (workshop/record_check.py): a
tampered, unsigned, other learner's or other key's record refuses the batch, and nothing
of it is stored."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from biblio_desktop.records.issue import issue_record
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import OutboxRow, ReceivedAttachmentRow
from biblio_desktop.sync.outbox import attachment_bytes, get_setting, installation_uri
from biblio_desktop.sync.statements import EXT_CREDENTIAL_ID
from biblio_desktop.workshop.inbox import InboxError, accept
from biblio_desktop.workshop.peers import PeerRegistry
from biblio_desktop.workshop.record_check import pin_key
from biblio_desktop.workspace import Workspace

from ..core.course_fixtures import COURSE_ID
from ..core.lrs_fixture import finish_course
from .conftest import open_ws


@dataclass
class Pc:
    ws: Workspace
    installation: str

    def earned(self, learner_id: int) -> tuple[dict[str, Any], bytes]:
        """The `earned` statement of the learner's record and the record's bytes."""
        with self.ws.sessions() as session:
            rows = session.scalars(select(OutboxRow).where(
                OutboxRow.learner_id == learner_id, OutboxRow.record_id.is_not(None)))
            for row in rows:
                statement = json.loads(row.statement_json)
                if statement.get("attachments"):
                    content = attachment_bytes(session, row)
                    assert content is not None
                    return statement, content
        raise AssertionError("no statement carries a record")

    def statement_for(self, learner_id: int, verb: str) -> dict[str, Any]:
        with self.ws.sessions() as session:
            for row in session.scalars(select(OutboxRow).where(
                    OutboxRow.learner_id == learner_id, OutboxRow.verb == verb)):
                return json.loads(row.statement_json)
        raise AssertionError(verb)


def _pc(tmp_path: Path, name: str, package: Path) -> Pc:
    ws = open_ws(tmp_path / name)
    ws.import_package(package)
    with unit_of_work(ws.sessions) as session:
        installation = installation_uri(session)
    return Pc(ws, installation)


def _learner_with_record(pc: Pc, name: str) -> int:
    learner_id = finish_course(pc.ws, name)
    issue_record(pc.ws, learner_id, COURSE_ID)
    return learner_id


@pytest.fixture
def pcs(tmp_path: Path, signed_package: Path) -> Iterator[tuple[Workspace, Pc, Pc]]:
    """The sharing PC and two joined PCs, each with learners holding signed records."""
    host = open_ws(tmp_path / "host")
    one, two = _pc(tmp_path, "pc1", signed_package), _pc(tmp_path, "pc2", signed_package)
    try:
        yield host, one, two
    finally:
        for ws in (host, one.ws, two.ws):
            ws.close()


def _body(statements: list[dict[str, Any]], attachments: list[bytes]) -> tuple[bytes, str]:
    """A multipart/mixed body as the LRS client sends it."""
    boundary = f"b-{uuid.uuid4().hex}"
    parts = [f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode(),
             json.dumps(statements).encode()]
    for content in attachments:
        sha2 = hashlib.sha256(content).hexdigest()
        parts += [f"\r\n--{boundary}\r\nContent-Type: application/json\r\n"
                  f"X-Experience-API-Hash: {sha2}\r\n\r\n".encode(), content]
    parts.append(f"\r\n--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/mixed; boundary={boundary}"


def _attach(statement: dict[str, Any], content: bytes) -> dict[str, Any]:
    """The statement carrying `content` instead of its own record (sha2, length and the
    credential id it names, as someone who swaps records would change them)."""
    changed = json.loads(json.dumps(statement))
    changed["attachments"][0].update(sha2=hashlib.sha256(content).hexdigest(),
                                     length=len(content))
    record_id = json.loads(content).get("id")
    changed["context"]["extensions"][EXT_CREDENTIAL_ID] = record_id
    return changed


def _stored(host: Workspace) -> tuple[int, int]:
    with host.sessions() as session:
        return (session.scalar(select(func.count()).select_from(OutboxRow)) or 0,
                session.scalar(select(func.count()).select_from(ReceivedAttachmentRow)) or 0)


def _refused(host: Workspace, pc: Pc, statements: list[dict[str, Any]],
             attachments: list[bytes], match: str) -> None:
    before = _stored(host)
    with pytest.raises(InboxError, match=match) as info:
        accept(host.sessions, pc.installation, *_body(statements, attachments))
    assert info.value.status == 400
    assert _stored(host) == before  # nothing of the batch was stored


def test_a_valid_record_is_stored_and_its_key_kept(pcs) -> None:
    host, one, _two = pcs
    learner = _learner_with_record(one, "Ilze")
    statement, record = one.earned(learner)
    accepted = accept(host.sessions, one.installation, *_body([statement], [record]))
    assert (accepted.stored, accepted.already) == (1, 0)
    assert _stored(host) == (1, 1)
    issuer = json.loads(record)["issuer"]["id"]
    with host.sessions() as session:
        assert get_setting(session, pin_key(one.installation)) == issuer
    again = accept(host.sessions, one.installation, *_body([statement], [record]))
    assert (again.stored, again.already) == (0, 1)  # a retry is not refused


def test_a_tampered_record_refuses_the_batch(pcs) -> None:
    host, one, _two = pcs
    learner = _learner_with_record(one, "Ilze")
    statement, record = one.earned(learner)
    doc = json.loads(record)
    doc["credentialSubject"]["activityEndDate"] = "2026-01-01T00:00:00Z"  # backdated
    tampered = json.dumps(doc).encode()
    other = one.statement_for(learner, "answered")  # an innocent statement in the batch
    _refused(host, one, [other, _attach(statement, tampered)], [tampered],
             "not valid .*signature does not match")


def test_an_unsigned_record_refuses_the_batch(pcs) -> None:
    host, one, _two = pcs
    learner = _learner_with_record(one, "Ilze")
    statement, record = one.earned(learner)
    doc = json.loads(record)
    del doc["proof"]
    unsigned = json.dumps(doc).encode()
    _refused(host, one, [_attach(statement, unsigned)], [unsigned], "not valid")


def test_another_learners_record_refuses_the_batch(pcs) -> None:
    host, one, _two = pcs
    ilze = _learner_with_record(one, "Ilze")
    janis = _learner_with_record(one, "Jānis")
    statement, _ = one.earned(ilze)
    _, janis_record = one.earned(janis)  # valid, same key, same course: another learner
    _refused(host, one, [_attach(statement, janis_record)], [janis_record],
             "about another learner")


def test_a_record_of_another_pc_refuses_the_batch_once_a_key_is_kept(pcs) -> None:
    host, one, two = pcs
    first = _learner_with_record(one, "Ilze")
    statement, record = one.earned(first)
    accept(host.sessions, one.installation, *_body([statement], [record]))
    # learner 2 on both PCs: PC 2's valid record for its own learner 2 replayed by PC 1
    second = _learner_with_record(one, "Jānis")
    _learner_with_record(two, "Anna")
    foreign_learner = _learner_with_record(two, "Pēteris")
    assert foreign_learner == second
    statement2, _ = one.earned(second)
    _, foreign = two.earned(foreign_learner)
    _refused(host, one, [_attach(statement2, foreign)], [foreign],
             "signed by did:key:.*so far were signed by")
    # the facilitator removes the PC (its key was made anew, say): the key is learnt anew
    registry = PeerRegistry(host.sessions)
    registry.join(one.installation, "Desk 1", "127.0.0.1")
    registry.remove("Desk 1")
    with host.sessions() as session:
        assert get_setting(session, pin_key(one.installation)) is None
    accepted = accept(host.sessions, one.installation,
                      *_body([_attach(statement2, foreign)], [foreign]))
    assert accepted.stored == 1


def test_a_record_named_by_another_id_is_refused(pcs) -> None:
    host, one, _two = pcs
    ilze = _learner_with_record(one, "Ilze")
    statement, record = one.earned(ilze)
    statement["context"]["extensions"][EXT_CREDENTIAL_ID] = f"urn:uuid:{uuid.uuid4()}"
    _refused(host, one, [statement], [record], "names the record urn:uuid:")


def test_an_attachment_that_is_no_record_is_refused(pcs) -> None:
    host, one, _two = pcs
    learner = _learner_with_record(one, "Ilze")
    statement, record = one.earned(learner)
    odd = json.loads(json.dumps(statement))
    odd["attachments"][0]["usageType"] = "http://example.org/signature"
    _refused(host, one, [odd], [record], "not a signed completion record")


def test_through_the_network_only_the_bad_record_waits(tmp_path: Path, room) -> None:
    """A joined PC whose record was changed after signing: its sync delivers everything
    else, and the refused statement stays waiting there with the sharing PC's reason."""
    from biblio_desktop.storage.models import CompletionRecordRow

    pc = _pc(tmp_path, "desk", _package(room))
    try:
        pc.ws.workshop.join(room.url, room.sharing.code, name="Desk 1")
        learner = _learner_with_record(pc, "Ilze")
        statement, record = pc.earned(learner)
        doc = json.loads(record)
        doc["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
        tampered = json.dumps(doc).encode()
        with unit_of_work(pc.ws.sessions) as session:
            row = session.get(OutboxRow, statement["id"])
            row.statement_json = json.dumps(_attach(statement, tampered))
            session.get(CompletionRecordRow, doc["id"]).credential_json = tampered.decode()
        result = pc.ws.workshop.deliver()
        assert result.rejected == 1 and result.pending == 1 and result.delivered > 0
        with pc.ws.sessions() as session:
            waiting = session.get(OutboxRow, statement["id"])
            assert waiting.delivered_at is None
            assert "not valid" in waiting.last_error and "signature does not match" in \
                waiting.last_error
        with room.host.sessions() as session:
            assert session.get(OutboxRow, statement["id"]) is None
            assert session.scalar(select(func.count()).select_from(ReceivedAttachmentRow)) == 0
    finally:
        pc.ws.close()


def _package(room) -> Path:
    """The course package the sharing PC keeps (installed on the joined PC as well)."""
    return next((room.host.layout.root / "packages").rglob("*.biblio"))
