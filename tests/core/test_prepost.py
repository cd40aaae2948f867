"""Pre/post gain per learner, per skill and per cohort, from known answers, and the
cohort report that the dashboard, CSV and PDF share."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.learning.cohort_report import (
    ReportLabels,
    csv_text,
    progress_rows,
    report_tables,
    write_csv,
)
from biblio_desktop.learning.overview import facilitator_overview
from biblio_desktop.learning.prepost import (
    PrePostPair,
    cohort_gains,
    learner_gain,
    read_scores,
    split_scores,
)
from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID, make_source_course
from .learning_fixtures import add_learner_row
from .quiz_answers import right_answer, wrong_answer

SKILL = "ceco-community-needs"


def prepost_course(tmp_path: Path, *, markers: bool) -> Workspace:
    """The test course with the basics quiz as pre-test (m2-quiz) and a post-test
    (m3-post) using the same questions; `markers` writes the format 3 markers."""
    folder = make_source_course(tmp_path / "src")
    toml = folder / "course.toml"
    text = toml.read_text(encoding="utf-8")
    if markers:
        text = text.replace('kind = "quiz"\nfile = "quizzes/{lang}/basics.toml"\n',
                            'kind = "quiz"\nfile = "quizzes/{lang}/basics.toml"\n'
                            'test = "pre"\n')
    text += ('\n[[modules]]\nid = "m3-after"\n[modules.title]\nen = "After"\nlv = "Pēc"\n'
             '[[modules.items]]\nid = "m3-post"\nkind = "quiz"\n'
             'file = "quizzes/{lang}/basics.toml"\nskills = ["ceco-community-needs"]\n'
             + ('test = "post"\n' if markers else ""))
    toml.write_text(text, encoding="utf-8")
    package = tmp_path / "prepost.biblio"
    build_package(folder, package)
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    return ws


def take(ws: Workspace, learner: int, item: str, right: int) -> None:
    """Submit one attempt with `right` of its two questions answered right."""
    progress = LearnerProgress(ws.sessions, learner, ws)
    quiz = ws.quiz(COURSE_ID, item, "en")
    view = progress.current_attempt(COURSE_ID, item, "en")
    for n, qid in enumerate(view.question_ids):
        question = quiz.question(qid)
        progress.save_answer(view.attempt_id, qid,
                             right_answer(question) if n < right else wrong_answer(question))
    progress.submit_attempt(view.attempt_id)


PAIR = PrePostPair(COURSE_ID, "", "m2-quiz", "m3-post", (SKILL,))


def test_gain_per_learner_skill_and_cohort_from_known_answers(tmp_path: Path) -> None:
    ws = prepost_course(tmp_path, markers=False)
    anna, bruno, carla = (add_learner_row(ws, n) for n in ("Anna", "Bruno", "Carla"))
    take(ws, anna, "m2-quiz", 0)   # pre: 0 %
    take(ws, anna, "m2-quiz", 2)   # a second try: practice, not the pre score
    take(ws, anna, "m3-post", 1)   # post: 50 %
    take(ws, anna, "m3-post", 2)   # post best: 100 %
    take(ws, bruno, "m2-quiz", 1)  # 50 %
    take(ws, bruno, "m3-post", 1)  # 50 %
    take(ws, carla, "m2-quiz", 2)  # pre only: no gain
    with ws.sessions() as session:
        scores = read_scores(session, [anna, bruno, carla], [PAIR])
    assert scores[(anna, COURSE_ID, "m2-quiz")] == (0.0, 1.0)
    assert scores[(anna, COURSE_ID, "m3-post")] == (0.5, 1.0)
    profiles = {SKILL: "CECO"}
    firsts, bests = split_scores(scores)
    gains = {lid: learner_gain(lid, [PAIR], firsts, bests, profiles)
             for lid in (anna, bruno, carla)}
    assert (gains[anna].pairs[0].pre, gains[anna].pairs[0].post) == (0.0, 1.0)
    assert gains[anna].gain == pytest.approx(1.0)
    assert gains[anna].skills == {SKILL: pytest.approx(1.0)}
    assert gains[anna].profiles == {"CECO": pytest.approx(1.0)}
    assert gains[bruno].gain == pytest.approx(0.0)
    assert gains[carla].gain is None and gains[carla].skills == {}
    mean, by_skill, by_profile = cohort_gains(list(gains.values()))
    assert mean == pytest.approx(0.5)
    assert by_skill == {SKILL: pytest.approx(0.5)}
    assert by_profile == {"CECO": pytest.approx(0.5)}
    ws.close()


def test_report_rows_are_the_overview_of_the_cohort(tmp_path: Path) -> None:
    ws = prepost_course(tmp_path, markers=False)
    anna, bruno, outsider = (add_learner_row(ws, n) for n in ("Anna", "Bruno", "Zed"))
    LearnerProgress(ws.sessions, anna, ws).mark_done(COURSE_ID, "m1-welcome")
    LearnerProgress(ws.sessions, anna, ws).record_focus(COURSE_ID, "m1-welcome", 55)
    take(ws, bruno, "m2-quiz", 1)
    cohort = ws.cohorts.create("Term", date(2026, 3, 2), course_ids=[COURSE_ID],
                               learner_ids=[anna, bruno])
    data = ws.cohort_report(cohort.id)
    with ws.sessions() as session:
        overview = [s for s in facilitator_overview(session) if s.learner_id != outsider]
    assert list(data.statuses) == overview
    rows = progress_rows(data)
    assert [r[0] for r in rows] == ["Anna", "Bruno"]
    assert rows[0][2:5] == ("25%", "1/4", "0:00")
    assert rows[1][5] == "50%"
    tables = report_tables(data, ReportLabels(learner="Dalībnieks"))
    assert tables[0].headers[0] == "Dalībnieks" and len(tables) == 1  # no pre/post marked
    parsed = list(csv.reader(io.StringIO(csv_text(tables))))
    assert parsed[0] == ["Progress"] and parsed[2:] == [list(r) for r in rows]
    out = write_csv(tmp_path / "report.csv", tables)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    ws.close()


def test_marked_course_reports_gains_from_its_own_markers(tmp_path: Path) -> None:
    ws = prepost_course(tmp_path, markers=True)
    manifest = ws.manifest(COURSE_ID)
    assert manifest.format_version == 3
    assert [(i.id, i.test) for i in manifest.items if i.test] == [("m2-quiz", "pre"),
                                                                 ("m3-post", "post")]
    anna, bruno = add_learner_row(ws, "Anna"), add_learner_row(ws, "Bruno")
    take(ws, anna, "m2-quiz", 1)
    take(ws, anna, "m3-post", 2)
    take(ws, bruno, "m2-quiz", 2)
    take(ws, bruno, "m3-post", 1)
    cohort = ws.cohorts.create("Term", date(2026, 3, 2), course_ids=[COURSE_ID],
                               learner_ids=[anna, bruno])
    data = ws.cohort_report(cohort.id)
    assert data.gains[anna].gain == pytest.approx(0.5)
    assert data.gains[bruno].gain == pytest.approx(-0.5)
    tables = report_tables(data)
    progress, skills = tables[0], tables[1]
    assert [r[6:9] for r in progress.rows] == [("50%", "100%", "+50"), ("100%", "50%", "-50")]
    assert skills.rows[0] == ("Whole cohort", "", "0", "2")
    assert ("CECO", "CECO", "0", "2") in skills.rows
    # one learner's report: their written answers and only their row
    only = ws.cohort_report(cohort.id, learner_id=anna)
    assert [r[0] for r in report_tables(only)[0].rows] == ["Anna"]
    ws.close()
