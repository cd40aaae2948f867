"""The xAPI outbox without a network: statement shapes, deterministic ids, transactions."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from biblio_desktop.learning.events import CourseCompleted
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import CompletionRecordRow, OutboxRow
from biblio_desktop.sync import (
    enqueue_record,
    install_outbox,
    installation_uri,
    set_installation_uri,
    sync_status,
)
from biblio_desktop.sync import statements as st
from biblio_desktop.sync.outbox import HOME_PAGE_KEY
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course
from .lrs_fixture import finish_course


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = workspace_with_course(tmp_path)
    install_outbox(workspace)
    install_outbox(workspace)  # idempotent: the lead's Workspace.open may call it too
    yield workspace
    workspace.close()


def _rows(ws: Workspace) -> list[OutboxRow]:
    with ws.sessions() as session:
        return list(session.scalars(select(OutboxRow).order_by(OutboxRow.created_at,
                                                               OutboxRow.verb)))


def _record(learner_id: int, record_id: str = "urn:uuid:0000-rec") -> CompletionRecordRow:
    credential = json.dumps({"id": record_id, "type": ["VerifiableCredential"],
                             "proof": {"proofValue": "z..."}})
    return CompletionRecordRow(id=record_id, learner_id=learner_id, course_id=COURSE_ID,
                               course_version="1.0.0", key_id="did:key:z6Mk#k", counter=1,
                               issued_at=datetime(2026, 3, 2, 10, 0), credential_json=credential,
                               sha256="0" * 64)


def test_completed_course_queues_quiz_and_course_statements(ws: Workspace) -> None:
    learner_id = finish_course(ws, "Ilze", fail_first=True)
    rows = _rows(ws)
    verbs = sorted(r.verb for r in rows)
    questions = len(ws.quiz(COURSE_ID, "m2-quiz", "en").questions)
    per_attempt = 1 + questions + 1  # answered (attempt), answered per question, passed/failed
    assert len(rows) == 2 * per_attempt + 2
    assert verbs.count("failed") == 1 and verbs.count("passed") == 2
    assert verbs.count("completed") == 1
    assert all(r.learner_id == learner_id and r.delivered_at is None for r in rows)
    statements = [json.loads(r.statement_json) for r in rows]
    assert len({s["id"] for s in statements}) == len(statements)
    with ws.sessions() as session:
        home_page = st.account_home_page(installation_uri(session))
    assert home_page.startswith("https://biblio-desktop.invalid/installations/")
    for s in statements:
        assert s["verb"]["id"].startswith("http://adlnet.gov/expapi/verbs/")
        assert s["actor"]["account"]["name"] == str(learner_id)
        assert s["actor"]["name"] == "Ilze"
        assert s["actor"]["account"]["homePage"] == home_page
        assert s["context"]["revision"] == "1.0.0"  # the course version
        assert s["object"]["id"].startswith(f"https://biblio-desktop.invalid/courses/{COURSE_ID}")
        assert s["timestamp"].endswith("Z")
    attempt = next(s for s in statements if s["verb"]["display"]["en-US"] == "failed")
    assert attempt["result"]["success"] is False and attempt["result"]["completion"] is True
    assert set(attempt["result"]["score"]) == {"scaled", "raw", "min", "max"}
    assert attempt["context"]["extensions"][st.EXT_ATTEMPT] == 1
    assert attempt["context"]["extensions"][st.EXT_MASTERY_SCORE] == 0.5
    course = next(s for s in statements if s["verb"]["display"]["en-US"] == "completed")
    assert course["object"]["id"] == f"https://biblio-desktop.invalid/courses/{COURSE_ID}"
    assert "attachments" not in course  # no record was issued


def test_statement_ids_are_deterministic() -> None:
    a = st.statement_id("urn:uuid:1", 3, "c", "q", 2, "passed")
    assert a == st.statement_id("urn:uuid:1", 3, "c", "q", 2, "passed")
    others = {st.statement_id("urn:uuid:2", 3, "c", "q", 2, "passed"),
              st.statement_id("urn:uuid:1", 4, "c", "q", 2, "passed"),
              st.statement_id("urn:uuid:1", 3, "c", "q", 3, "passed"),
              st.statement_id("urn:uuid:1", 3, "c", "q", 2, "failed")}
    assert a not in others and len(others) == 4
    assert a[14] == "5"  # a version-5 UUID


# Ids computed before the homePage became an IRL (commit 0241922): statements built since
# must keep the same ids, or an LRS would store the same fact twice.
PINNED_INSTALLATION = "urn:uuid:4b5e0c1e-2f0a-4d7a-9a51-3c2f4f0d8e11"
PINNED_IDS = {
    "quiz answered": "318c6a51-814c-5622-81a2-1eedfc0e01c4",
    "question answered": "676640eb-a6ce-5412-9f2b-892d75329832",
    "quiz passed": "469b10f6-ed0f-5b9b-9a05-fc0db90adcbb",
    "course completed": "25dc9c40-ec93-58e1-88c1-25f721bf9c08",
    "course passed": "7b2b3f5e-bcf2-59e3-931a-01719d533831",
    "earned": "31328386-e16e-5045-801f-d2c2d41ceffb",
}


def _pinned_statements(library_home_page: str) -> dict[str, dict]:
    actor = st.Actor(PINNED_INSTALLATION, 3, "Ilze", library_home_page)
    at = datetime(2026, 3, 2, 9, 14, 5)
    quiz = st.quiz_statements(
        actor, course_id="eu.biblio-project.test-course", course_version="1.0.0",
        item_id="m2-quiz", attempt_no=1, language="lv", at=at, score=0.75, points_earned=3,
        points_possible=4, pass_mark=0.7, passed=True,
        questions=[st.QuestionOutcome("q1", 1, 1, 1, True, True)])
    course = st.course_statements(actor, course_id="eu.biblio-project.test-course",
                                  course_version="1.0.0", completed_at=at, score=0.75)
    earned = st.record_statement(
        actor, course_id="eu.biblio-project.test-course", course_version="1.0.0",
        record_id="urn:uuid:00000000-0000-4000-8000-000000000001",
        issued_at=datetime(2026, 3, 2), credential=b"{}")
    return dict(zip(PINNED_IDS, [*quiz, *course, earned], strict=True))


@pytest.mark.parametrize("library_home_page", ["", "https://www.rcb.lv/"])
def test_statement_ids_did_not_change_and_ignore_the_home_page(library_home_page: str) -> None:
    statements = _pinned_statements(library_home_page)
    assert {name: s["id"] for name, s in statements.items()} == PINNED_IDS
    tag = st.installation_tag(PINNED_INSTALLATION)
    expected = (f"https://www.rcb.lv/#biblio-desktop-{tag}" if library_home_page
                else f"https://biblio-desktop.invalid/installations/{tag}")
    assert all(s["actor"]["account"] == {"homePage": expected, "name": "3"}
               for s in statements.values())


def test_no_activity_is_its_own_parent_or_grouping(ws: Workspace) -> None:
    finish_course(ws, fail_first=True)
    course = st.activity_id(COURSE_ID)
    quiz = st.activity_id(COURSE_ID, "m2-quiz")
    for row in _rows(ws):
        s = json.loads(row.statement_json)
        activities = s["context"].get("contextActivities", {})
        related = [a["id"] for kind in ("parent", "grouping", "category", "other")
                   for a in activities.get(kind, [])]
        assert s["object"]["id"] not in related, s
        kind = s["object"]["definition"]["type"].rsplit("/", 1)[1]
        expected = {"course": {},
                    "assessment": {"parent": [course]},
                    "cmi.interaction": {"parent": [quiz], "grouping": [course]}}[kind]
        assert {k: [a["id"] for a in v] for k, v in activities.items()} == expected


def test_library_home_page_setting_becomes_the_account_home_page(ws: Workspace) -> None:
    ws.settings.set(HOME_PAGE_KEY, "https://www.rcb.lv/")
    learner_id = finish_course(ws)
    with ws.sessions() as session:
        installation = installation_uri(session)
    expected = f"https://www.rcb.lv/#biblio-desktop-{st.installation_tag(installation)}"
    statements = [json.loads(r.statement_json) for r in _rows(ws)]
    assert {s["actor"]["account"]["homePage"] for s in statements} == {expected}
    # the id key holds the installation URI, not the homePage
    completed = next(s for s in statements if s["verb"]["display"]["en-US"] == "completed")
    assert completed["id"] == st.statement_id(installation, learner_id, COURSE_ID, "", 0,
                                              "completed")
    ws.settings.set(HOME_PAGE_KEY, "javascript:alert(1)")  # damaged setting: the default
    with unit_of_work(ws.sessions) as session:
        record = _record(learner_id)
        session.add(record)
        session.flush()
        earned = json.loads(session.get(OutboxRow, enqueue_record(session, record))
                            .statement_json)
    assert earned["actor"]["account"]["homePage"] == st.account_home_page(installation)


@pytest.mark.parametrize(("typed", "tidy"), [
    ("", ""),
    ("   ", ""),
    (" https://WWW.RCB.LV ", "https://www.rcb.lv/"),
    ("www.rcb.lv", "https://www.rcb.lv/"),
    ("http://biblioteka.example.lv/lv/par-mums?x=1", "http://biblioteka.example.lv/lv/par-mums?x=1"),
    ("https://bibliotēka.lv\u200b", "https://bibliotēka.lv/"),
    ("http://localhost:8080", "http://localhost:8080/"),
])
def test_home_page_is_tidied(typed: str, tidy: str) -> None:
    assert st.tidy_home_page(typed) == tidy


@pytest.mark.parametrize("typed", [
    "ftp://www.rcb.lv", "mailto:info@rcb.lv", "https://rcb", "https://www.rcb .lv",
    "https://user:secret@www.rcb.lv", "https://www.rcb.lv/#about", "https://www.rcb.lv:99999",
    "urn:uuid:4b5e0c1e-2f0a-4d7a-9a51-3c2f4f0d8e11", "https://" + "x" * 200 + ".lv",
])
def test_home_page_must_be_an_http_address(typed: str) -> None:
    with pytest.raises(ValueError):
        st.tidy_home_page(typed)


def test_statements_roll_back_with_the_event(ws: Workspace) -> None:
    learner_id = add_learner_row(ws, "Ben")

    class Boom(Exception):
        pass

    with pytest.raises(Boom), unit_of_work(ws.sessions) as session:
        ws.listeners[0](session, CourseCompleted(learner_id, COURSE_ID, "1.0.0",
                                                 datetime(2026, 3, 2), 0.9))
        session.flush()
        assert session.scalar(select(OutboxRow.statement_id)) is not None
        raise Boom
    assert _rows(ws) == []


def test_record_present_at_completion_is_attached(ws: Workspace) -> None:
    def issue_record(session, event) -> None:  # the records module, running before us
        if isinstance(event, CourseCompleted):
            session.add(_record(event.learner_id))

    ws.listeners.insert(0, issue_record)
    finish_course(ws)
    completed = next(r for r in _rows(ws) if r.verb == "completed")
    statement = json.loads(completed.statement_json)
    assert completed.record_id == "urn:uuid:0000-rec"
    assert statement["context"]["extensions"][st.EXT_CREDENTIAL_ID] == "urn:uuid:0000-rec"
    [attachment] = statement["attachments"]
    assert attachment["usageType"] == st.CREDENTIAL_USAGE
    assert attachment["contentType"] == "application/json"
    with ws.sessions() as session:
        record = session.get(CompletionRecordRow, "urn:uuid:0000-rec")
        assert enqueue_record(session, record) is None  # already carried


def test_record_issued_later_gets_an_earned_statement(ws: Workspace) -> None:
    learner_id = finish_course(ws)
    with unit_of_work(ws.sessions) as session:
        record = _record(learner_id)
        session.add(record)
        session.flush()
        sid = enqueue_record(session, record)
        assert sid is not None
        assert enqueue_record(session, record) is None
    earned = [r for r in _rows(ws) if r.verb == "earned"]
    assert [r.statement_id for r in earned] == [sid]
    statement = json.loads(earned[0].statement_json)
    assert statement["verb"]["id"] == "http://id.tincanapi.com/verb/earned"
    assert statement["attachments"][0]["sha2"] == st.Attachment(
        _record(learner_id).credential_json.encode()).sha2


def test_installation_uri_is_stable_and_can_be_preset(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "a") as a:
        with unit_of_work(a.sessions) as session:
            set_installation_uri(session, "did:key:z6MkTest")
        with unit_of_work(a.sessions) as session:
            assert installation_uri(session) == "did:key:z6MkTest"
    with Workspace.open(tmp_path / "b") as b:
        with unit_of_work(b.sessions) as session:
            first = installation_uri(session)
        with unit_of_work(b.sessions) as session:
            assert installation_uri(session) == first


def test_sync_status_counts_per_learner(ws: Workspace) -> None:
    ilze = finish_course(ws, "Ilze")
    ben = finish_course(ws, "Ben", fail_first=True)
    with ws.sessions() as session:
        everyone, mine, his = (sync_status(session), sync_status(session, ilze),
                               sync_status(session, ben))
    assert everyone.pending == mine.pending + his.pending and his.pending > mine.pending
    assert everyone.delivered == 0 and everyone.last_sync_at is None
    assert everyone.last_error is None
    now = datetime(2026, 3, 4, 9)
    assert mine.describe(now) == f"{mine.pending} records waiting, last sync never"


def test_same_statement_ignores_what_an_lrs_adds() -> None:
    sent = {"id": "x", "actor": {"objectType": "Agent", "name": "A"},
            "object": {"id": "o"}, "timestamp": "2026-03-02T09:00:00.000Z",
            "result": {"score": {"scaled": 1.0}}}
    stored = {"id": "x", "actor": {"name": "A"}, "object": {"id": "o", "objectType": "Activity"},
              "timestamp": "2026-03-02T09:00:00Z", "stored": "2026-11-25T00:00:00Z",
              "authority": {"mbox": "mailto:a@b"}, "version": "1.0.0",
              "result": {"score": {"scaled": 1}}}
    assert st.same_statement(sent, stored)
    assert not st.same_statement(sent, dict(stored, actor={"name": "B"}))
