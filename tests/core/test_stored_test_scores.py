"""The first (pre-test) and best (post-test) scores the cohort report reads from the
summary the tracker keeps (learner_course_stats.quiz_first/quiz_best) equal a fresh
computation from every attempt: after attempts, after a learner transfer merged attempts
made on another PC, and for a learner moved from one cohort to another."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import update

from biblio_desktop.learning.cohort_report import report_tables
from biblio_desktop.learning.overview import read_overview, score_in
from biblio_desktop.learning.prepost import (
    PrePostPair,
    learner_gains,
    prepost_pairs,
    read_scores,
    split_scores,
)
from biblio_desktop.storage.models import LearnerCourseStatsRow
from biblio_desktop.sync.outbox import install_outbox
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .test_prepost import prepost_course, take

PRE, POST = "m2-quiz", "m3-post"


def _pairs(ws: Workspace) -> tuple[PrePostPair, ...]:
    pairs = prepost_pairs(ws.manifest(COURSE_ID))
    assert [(p.pre_item, p.post_item) for p in pairs] == [(PRE, POST)]
    return pairs


def _nonempty(scores: dict) -> dict:
    return {key: values for key, values in scores.items() if values}


def assert_stored_equals_fresh(ws: Workspace) -> None:
    """The summary's pre- and post-test scores of every learner are the ones a scan of
    quiz_attempts finds, and so are the gains the cohort report makes of them."""
    pairs = _pairs(ws)
    with ws.sessions() as session:
        rows = read_overview(session, first_scores=True)
        learners = [lid for lid, _name in rows.learners]
        firsts, bests = split_scores(read_scores(session, learners, pairs))
        stored_firsts, stored_bests = rows.test_scores({COURSE_ID: {PRE}}, {COURSE_ID: {POST}})
    assert _nonempty(stored_firsts) == {k: v for k, v in firsts.items() if k[1] == PRE}
    assert _nonempty(stored_bests) == {k: v for k, v in bests.items() if k[1] == POST}
    profiles = {s.id: s.profile for s in ws.manifest(COURSE_ID).skills}
    fresh = learner_gains(learners, pairs, firsts, bests, profiles)
    report = ws.cohort_report(None)
    assert report.gains == fresh


def _package(tmp_path: Path) -> Path:
    ws = prepost_course(tmp_path / "build", markers=True)  # builds and imports it once
    ws.close()
    return tmp_path / "build" / "prepost.biblio"


def _open(folder: Path, package: Path) -> Workspace:
    ws = Workspace.open(folder)
    install_outbox(ws)
    ws.import_package(package)
    return ws


def test_first_and_best_scores_after_attempts(tmp_path: Path, fake_clock) -> None:
    ws = _open(tmp_path / "pc", _package(tmp_path))
    anna, bruno, carla = (ws.learners.add(n).id for n in ("Anna", "Bruno", "Carla"))
    assert_stored_equals_fresh(ws)  # nobody has a score yet
    take(ws, anna, PRE, 1)   # first: 50 %
    take(ws, anna, PRE, 2)   # practice: the first stays 50 %
    take(ws, anna, POST, 0)
    take(ws, anna, POST, 2)  # best: 100 %
    take(ws, bruno, POST, 1)  # post only: no gain
    take(ws, carla, PRE, 0)
    assert_stored_equals_fresh(ws)
    report = ws.cohort_report(None)
    assert report.gains[anna].gain == pytest.approx(0.5)
    assert report.gains[bruno].gain is None and report.gains[carla].gain is None
    rows = {r[0]: r[6:9] for r in report_tables(report)[0].rows}
    assert rows == {"Anna": ("50%", "100%", "+50"), "Bruno": ("", "50%", ""),
                    "Carla": ("0%", "", "")}
    ws.close()


def test_scores_merged_from_a_transfer_file(tmp_path: Path, fake_clock) -> None:
    package = _package(tmp_path)
    a, b = _open(tmp_path / "branch-a", package), _open(tmp_path / "branch-b", package)
    ilze = a.learners.add("Ilze").id
    take(a, ilze, PRE, 2)  # her first pre-test on PC A: 100 %
    a.workshop.transfer_out("ilze", tmp_path / "ilze-out.json")
    moved = b.workshop.transfer_in(tmp_path / "ilze-out.json").learner_id
    assert_stored_equals_fresh(b)  # merged: the attempt made on A is her first on B
    with b.sessions() as session:
        firsts, _bests = read_overview(session, first_scores=True).test_scores(
            {COURSE_ID: {PRE}}, {})
    assert firsts[(COURSE_ID, PRE)] == {moved: 1.0}
    fake_clock.advance(3600)
    take(b, moved, PRE, 0)  # practice on B
    take(b, moved, POST, 1)
    fake_clock.advance(3600)
    take(a, ilze, POST, 0)  # meanwhile someone signed in as her on A
    b.workshop.transfer_out(moved, tmp_path / "ilze-back.json")
    merged = a.workshop.transfer_in(tmp_path / "ilze-back.json")
    assert merged.learner_id == ilze and merged.attempts_added == 2
    assert_stored_equals_fresh(a)
    report = a.cohort_report(None)
    (result,) = report.gains[ilze].pairs
    assert (result.pre, result.post) == (1.0, 0.5)
    a.close()
    b.close()


def test_a_learner_moved_to_another_cohort_takes_her_scores_along(
        tmp_path: Path, fake_clock) -> None:
    ws = _open(tmp_path / "pc", _package(tmp_path))
    anna, bruno, ilze = (ws.learners.add(n).id for n in ("Anna", "Bruno", "Ilze"))
    for learner, pre, post in ((anna, 0, 2), (bruno, 1, 1), (ilze, 1, 2)):
        take(ws, learner, PRE, pre)
        take(ws, learner, POST, post)
    spring = ws.cohorts.create("Spring", date(2026, 3, 2), "all", course_ids=[COURSE_ID],
                               learner_ids=[anna, ilze])
    autumn = ws.cohorts.create("Autumn", date(2026, 9, 7), "all", course_ids=[COURSE_ID],
                               learner_ids=[bruno])
    assert ws.cohort_report(spring.id).cohort_gain == pytest.approx(0.75)
    ws.cohorts.add_learners(autumn.id, [ilze])  # moves her out of spring
    take(ws, ilze, PRE, 0)  # a practice round in the new cohort: still her first counts
    assert_stored_equals_fresh(ws)
    before, after = ws.cohort_report(spring.id), ws.cohort_report(autumn.id)
    assert sorted(before.gains) == [anna] and sorted(after.gains) == sorted([bruno, ilze])
    assert before.cohort_gain == pytest.approx(1.0)
    assert after.gains[ilze].gain == pytest.approx(0.5)
    assert after.cohort_gain == pytest.approx(0.25)
    assert [r[0] for r in report_tables(after)[0].rows] == ["Bruno", "Ilze"]
    ws.close()


def test_scores_written_another_way_are_still_read(tmp_path: Path, fake_clock) -> None:
    """The report reads one number out of the summary's JSON without decoding it; text
    in another layout (a repair, another writer) is decoded whole instead."""
    ws = _open(tmp_path / "pc", _package(tmp_path))
    anna = ws.learners.add("Anna").id
    take(ws, anna, PRE, 1)
    take(ws, anna, POST, 2)
    with ws.sessions() as session, session.begin():
        session.execute(update(LearnerCourseStatsRow).values(
            quiz_first='{"m2-quiz":0.5,"x":1}', quiz_best='{ "m3-post" : 1.0 }'))
    report = ws.cohort_report(None)
    (result,) = report.gains[anna].pairs
    assert (result.pre, result.post) == (0.5, 1.0)
    assert score_in('{"a-b": 0.25, "b": 0.5}', "b") == 0.5
    assert score_in('{"ab": 0.25}', "b") is None and score_in(None, "b") is None
    assert score_in('{"b": 1}', "b") == 1.0
    ws.close()


def test_migration_0010_fills_the_first_scores(tmp_path: Path, fake_clock) -> None:
    """A library from before 0010: the column is added and filled from the attempts."""
    from biblio_desktop.storage import db

    package = _package(tmp_path)
    ws = _open(tmp_path / "pc", package)
    anna, bruno = ws.learners.add("Anna").id, ws.learners.add("Bruno").id
    take(ws, anna, PRE, 1)
    take(ws, anna, PRE, 2)
    take(ws, bruno, POST, 1)
    ws.close()
    engine = db.make_engine(tmp_path / "pc" / "library.sqlite3")
    from alembic import command

    command.downgrade(db._alembic_config(engine), "0009_first_attempt_index")
    with engine.begin() as conn:
        assert "quiz_first" not in {row[1] for row in conn.exec_driver_sql(
            "PRAGMA table_info(learner_course_stats)")}
    db.upgrade(engine)
    engine.dispose()
    ws = Workspace.open(tmp_path / "pc")
    assert_stored_equals_fresh(ws)
    with ws.sessions() as session:
        firsts, _ = read_overview(session, first_scores=True).test_scores(
            {COURSE_ID: {PRE}}, {})
    assert firsts[(COURSE_ID, PRE)] == {anna: 0.5}
    ws.close()
