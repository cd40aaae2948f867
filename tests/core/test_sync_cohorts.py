"""xAPI: a cohort learner's statements carry the cohort as `context.team` (an identified
Group), ids unchanged; a watched webinar is a valid `watched` statement."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from biblio_desktop.storage.models import OutboxRow
from biblio_desktop.sync import statements as st
from biblio_desktop.sync.outbox import installation_uri

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course
from .xapi_validator import xapi_validation


def test_cohort_is_the_statements_team_and_ids_do_not_change(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    anna, bruno = add_learner_row(ws, "Anna"), add_learner_row(ws, "Bruno")
    cohort = ws.cohorts.create("Valmiera, spring 2027", date(2026, 3, 2),
                               course_ids=[COURSE_ID], learner_ids=[anna])
    for learner in (anna, bruno):
        progress = ws.progress_of(learner)
        quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
        view = progress.current_attempt(COURSE_ID, "m2-quiz", "en")
        for qid in view.question_ids:
            progress.save_answer(view.attempt_id, qid, "b" if quiz.question(qid).type ==
                                 "single" else True)
        progress.submit_attempt(view.attempt_id)
    with ws.sessions() as session:
        rows = session.scalars(select(OutboxRow)).all()
        statements = {(r.learner_id, r.verb, json.loads(r.statement_json)["object"]["id"]):
                      json.loads(r.statement_json) for r in rows}
    annas = [s for (lid, _, _), s in statements.items() if lid == anna]
    assert annas and all(s["context"]["team"]["name"] == "Valmiera, spring 2027"
                         for s in annas)
    team = annas[0]["context"]["team"]
    assert team["objectType"] == "Group"
    assert team["account"] == {"homePage": annas[0]["actor"]["account"]["homePage"],
                               "name": f"cohort-{cohort.id}"}
    assert all("team" not in s["context"] for (lid, _, _), s in statements.items()
               if lid == bruno)
    # the id is the fact's, not the cohort's: the same attempt in or out of a cohort
    with ws.sessions() as session:
        installation = installation_uri(session)
    one = next(s for (lid, verb, _), s in statements.items() if lid == anna and
               verb in ("passed", "failed"))
    verb = one["verb"]["display"]["en-US"]
    assert one["id"] == st.statement_id(installation, anna, COURSE_ID, "m2-quiz", 1, verb)
    assert not any(xapi_validation(list(statements.values())))
    ws.close()


def test_webinar_watched_statement_is_valid() -> None:
    actor = st.Actor("urn:uuid:1f0c", 3, "Ilze", cohort=(2, "Term"))
    statement = st.webinar_statement(actor, course_id=COURSE_ID, course_version="1.0.0",
                                     item_id="w1-experts", at=datetime(2026, 3, 4, 10, 0))
    assert statement["verb"]["id"] == "http://activitystrea.ms/schema/1.0/watch"
    assert statement["object"]["definition"]["type"] == \
        "http://id.tincanapi.com/activitytype/webinar"
    assert statement["context"]["contextActivities"]["parent"][0]["id"] == \
        st.activity_id(COURSE_ID)
    assert statement["context"]["team"]["account"]["name"] == "cohort-2"
    again = st.webinar_statement(actor, course_id=COURSE_ID, course_version="1.0.0",
                                 item_id="w1-experts", at=datetime(2026, 3, 5, 10, 0))
    assert again["id"] == statement["id"]
    assert not any(xapi_validation([statement]))
