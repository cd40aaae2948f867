"""Every statement of a completed course passes third-party checks: Learning Locker's
`xapi-validation` and the real test LRS (Learning Locker's xapi-statements), plus the IRL
rule for the account homePage that xapi-validation does not check."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import CompletionRecordRow, OutboxRow
from biblio_desktop.sync import LrsConfig, enqueue_record, install_outbox, sync
from biblio_desktop.sync import interactions as ia
from biblio_desktop.sync import statements as st
from biblio_desktop.sync.outbox import HOME_PAGE_KEY
from biblio_desktop.workspace import Workspace

from .all_question_types import EXPECTED_TYPES, workspace_with_all_types
from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row
from .lrs_fixture import (
    RunningLrs,
    all_statements,
    finish_course,
    lrs,  # noqa: F401 - the fixture
)
from .quiz_answers import right_answer
from .xapi_validator import irl_problems, xapi_validation

CREDENTIAL = json.dumps({"@context": ["https://www.w3.org/ns/credentials/v2"],
                         "id": "urn:uuid:0b1e-rec", "type": ["VerifiableCredential"]})


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = workspace_with_all_types(tmp_path)
    install_outbox(workspace)
    yield workspace
    workspace.close()


def _finish_in_latvian(ws: Workspace, name: str) -> int:
    """A learner who takes the quiz in Latvian (fill-in patterns with {lang=lv})."""
    learner_id = add_learner_row(ws, name)
    p = ws.progress_of(learner_id)
    p.mark_done(COURSE_ID, "m1-welcome")
    p.report_video(COURSE_ID, "m2-video", 0, 100, 100)
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "lv")
    view = p.current_attempt(COURSE_ID, "m2-quiz", "lv")
    for qid in view.question_ids:
        p.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
    p.save_answer(view.attempt_id, "q-numeric", "2,5")  # typed with a decimal comma
    p.save_answer(view.attempt_id, "q-text", "Bibliotēka")
    p.submit_attempt(view.attempt_id)
    assert p.completion(COURSE_ID) is not None
    return learner_id


def _statements_of_completed_courses(ws: Workspace) -> list[dict]:
    """Three learners: the default homePage (failing first), the library's own homePage,
    and one in Latvian who also gets a completion record issued later (`earned`)."""
    finish_course(ws, "Ilze", fail_first=True)
    ws.settings.set(HOME_PAGE_KEY, "https://www.rcb.lv/")
    finish_course(ws, "Ben")
    anna = _finish_in_latvian(ws, "Anna")
    with unit_of_work(ws.sessions) as session:
        record = CompletionRecordRow(
            id="urn:uuid:0b1e-rec", learner_id=anna, course_id=COURSE_ID,
            course_version="1.0.0", key_id="did:key:z6Mk#k", counter=1,
            issued_at=datetime(2026, 3, 2, 10), credential_json=CREDENTIAL, sha256="0" * 64)
        session.add(record)
        session.flush()
        assert enqueue_record(session, record) is not None
    with ws.sessions() as session:
        return [json.loads(r.statement_json) for r in session.scalars(
            select(OutboxRow).order_by(OutboxRow.created_at, OutboxRow.statement_id))]


def test_every_statement_passes_xapi_validation(ws: Workspace) -> None:
    statements = _statements_of_completed_courses(ws)
    verbs = {s["verb"]["display"]["en-US"] for s in statements}
    assert verbs == {"answered", "passed", "failed", "completed", "earned"}
    problems = xapi_validation(statements)
    assert {s["id"]: p for s, p in zip(statements, problems, strict=True) if p} == {}
    for s in statements:
        assert irl_problems(s["actor"]["account"]["homePage"]) == [], s["actor"]
    home_pages = {s["actor"]["account"]["homePage"] for s in statements}
    assert len(home_pages) == 2  # the default, then the library's own page
    assert any(h.startswith("https://www.rcb.lv/#biblio-desktop-") for h in home_pages)
    # every question type, as the interaction type it maps to, with a response
    questions = [s for s in statements if s["object"]["definition"]["type"] == ia.CMI_INTERACTION]
    assert {s["object"]["definition"]["interactionType"] for s in questions} == \
        set(EXPECTED_TYPES.values())
    # a response for every answered question (a free-text answer left empty has none)
    assert all("response" in s["result"] for s in questions if s["result"]["completion"])
    assert {s["object"]["id"].rsplit("/", 1)[1] for s in questions
            if not s["result"]["completion"]} == {"q-free"}
    latvian = [s for s in questions if s["context"].get("language") == "lv"]
    text = next(s for s in latvian if s["object"]["id"].endswith("/q-text"))
    assert text["result"]["response"] == "Bibliotēka" and text["result"]["success"] is True
    assert text["object"]["definition"]["correctResponsesPattern"][0] == \
        "{case_matters=false}{lang=lv}bibliotēka"
    numeric = next(s for s in latvian if s["object"]["id"].endswith("/q-numeric"))
    assert numeric["result"]["response"] == "2.5"


def test_statements_of_the_new_question_types_pass_xapi_validation(ws: Workspace) -> None:
    """Fill-in-the-blanks, drag-the-words, mark-the-words and free text, in English and
    Latvian, right, partly right, empty and unanswered: each statement passes."""
    _finish_in_latvian(ws, "Anna")
    learner_id = add_learner_row(ws, "Ben")
    p = ws.progress_of(learner_id)
    view = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid, answer in (("q-fill", ["Riga", ""]), ("q-drag", ["w2", None]), ("q-mark", [2, 0]),
                        ("q-free", "Reading clubs,\nand a help desk [,] for \"e-services\".")):
        p.save_answer(view.attempt_id, qid, answer)
    p.submit_attempt(view.attempt_id)
    with ws.sessions() as session:
        statements = [json.loads(r.statement_json) for r in session.scalars(select(OutboxRow))]
    new = [s for s in statements if s["object"]["id"].rsplit("/", 1)[1] in
           ("q-fill", "q-drag", "q-mark", "q-free")]
    assert len(new) == 8  # four questions, two learners
    problems = xapi_validation(new)
    assert {s["object"]["id"]: p for s, p in zip(new, problems, strict=True) if p} == {}
    by = {(s["actor"]["name"], s["object"]["id"].rsplit("/", 1)[1]): s for s in new}
    assert by[("Ben", "q-fill")]["result"]["score"]["scaled"] == 0.5
    assert by[("Ben", "q-fill")]["result"]["response"] == "Riga[,]"
    assert by[("Ben", "q-mark")]["result"]["response"] == "word-1[,]word-3"
    assert by[("Ben", "q-mark")]["result"]["score"]["scaled"] == 0
    assert by[("Anna", "q-drag")]["object"]["definition"]["interactionType"] == "matching"
    free = by[("Anna", "q-free")]
    assert free["object"]["definition"]["interactionType"] == "long-fill-in"
    assert "correctResponsesPattern" not in free["object"]["definition"]
    assert set(free["result"]) == {"completion", "response"}  # no score, no success
    assert free["context"]["language"] == "lv"


def test_the_validator_really_runs() -> None:
    statement = st.course_statements(st.Actor("urn:uuid:1", 1, "A"), course_id="c",
                                     course_version="1", completed_at=datetime(2026, 3, 2),
                                     score=None)[0]
    assert xapi_validation([statement]) == [[]]
    statement["actor"]["account"]["homePage"] = "not an iri"
    statement["object"]["definition"]["choices"] = [{"id": "a"}]  # not for a course
    [problems] = xapi_validation([statement])
    assert {p["path"] for p in problems} == {"statement.actor.account.homePage",
                                             "statement.object.definition"}
    assert irl_problems("urn:uuid:4b5e0c1e-2f0a-4d7a-9a51-3c2f4f0d8e11") != []


def test_every_statement_is_accepted_by_the_lrs(ws: Workspace, lrs: RunningLrs) -> None:  # noqa: F811
    statements = _statements_of_completed_courses(ws)
    result = sync(ws, LrsConfig(lrs.url, "biblio", "secret", timeout=5), batch_size=25)
    assert result.ok and result.delivered == result.total == len(statements), result.errors
    stored = {s["id"]: s for s in all_statements(lrs)}
    assert set(stored) == {s["id"] for s in statements}
    for s in statements:
        assert st.same_statement(s, stored[s["id"]]), s["id"]
