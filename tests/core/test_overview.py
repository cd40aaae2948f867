"""The facilitator overview agrees with each learner's own progress page, also after a
course update, a removed learner, and a randomized run through the real tracker."""

from __future__ import annotations

import math
import random
import shutil
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.learning.course_stats import rebuild_all_stats
from biblio_desktop.learning.overview import facilitator_overview
from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.storage.models import LearnerCourseStatsRow
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import FakeClock, add_learner_row, workspace_with_course
from .quiz_answers import right_answer, wrong_answer


def test_overview_matches_learner_pages(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    ids = {name: add_learner_row(ws, name) for name in ("Zane", "Anna", "Bruno")}
    anna = LearnerProgress(ws.sessions, ids["Anna"], ws)
    anna.mark_done(COURSE_ID, "m1-welcome")
    anna.mark_done(COURSE_ID, "m1-tour")  # optional: does not count
    anna.record_focus(COURSE_ID, "m1-welcome", 40)
    zane = LearnerProgress(ws.sessions, ids["Zane"], ws)
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    view = zane.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        zane.save_answer(view.attempt_id, qid, wrong_answer(quiz.question(qid)))
    zane.submit_attempt(view.attempt_id)
    view = zane.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        zane.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
    zane.submit_attempt(view.attempt_id)
    zane.mark_done(COURSE_ID, "m1-welcome")
    zane.report_video(COURSE_ID, "m2-video", 0, 10, 10)

    with ws.sessions() as session:
        rows = facilitator_overview(session)
    assert [r.learner_name for r in rows] == ["Anna", "Bruno", "Zane"]
    by_name = {r.learner_name: r for r in rows}
    assert by_name["Anna"].required_items == 3
    assert by_name["Anna"].done_items == 1 and by_name["Anna"].seconds_spent == 40
    assert by_name["Bruno"].done_items == 0 and by_name["Bruno"].last_activity is None
    assert by_name["Zane"].completed_at is not None and by_name["Zane"].fraction == 1.0
    assert by_name["Zane"].quiz_scores == {"m2-quiz": 1.0}
    for name, learner_id in ids.items():
        page = ws.course_progress(LearnerProgress(ws.sessions, learner_id, ws), COURSE_ID)
        assert abs(page.fraction - by_name[name].fraction) < 1e-9, name
    with ws.sessions() as session:
        only = facilitator_overview(session, learner_id=ids["Anna"])
    assert [(r.learner_name, r.done_items) for r in only] == [("Anna", 1)]
    ws.close()


# --- course updates, removed learners, and a randomized run through the real tracker ----

OTHER_ID = "eu.biblio-project.other-course"


def _version_two(tmp_path: Path) -> Path:
    """The fixture course as 1.1.0 with one more required lesson (m2-extra)."""
    src = tmp_path / "src" / "test-course"
    toml = (src / "course.toml").read_text(encoding="utf-8")
    toml = toml.replace('version = "1.0.0"', 'version = "1.1.0"')
    toml += '''
[[modules.items]]
id = "m2-extra"
kind = "lesson"
file = "lessons/{lang}/extra.md"
'''
    (src / "course.toml").write_text(toml, encoding="utf-8")
    for lang in ("en", "lv"):
        (src / "lessons" / lang / "extra.md").write_text(
            f"---\ntitle: Extra ({lang})\n---\n\nMore to read.\n", encoding="utf-8")
    out = tmp_path / "course-1.1.0.biblio"
    build_package(src, out)
    return out


def _other_course(tmp_path: Path) -> Path:
    """A second course with the same item ids (progress must not mix across courses)."""
    src = tmp_path / "src-other" / "test-course"
    shutil.copytree(tmp_path / "src" / "test-course", src)
    toml = (src / "course.toml").read_text(encoding="utf-8")
    (src / "course.toml").write_text(toml.replace(COURSE_ID, OTHER_ID), encoding="utf-8")
    out = tmp_path / "other.biblio"
    build_package(src, out)
    return out


def _pass_quiz(ws: Workspace, progress: LearnerProgress, course_id: str) -> None:
    quiz = ws.quiz(course_id, "m2-quiz", "en")
    view = progress.current_attempt(course_id, "m2-quiz", "en")
    for qid in view.question_ids:
        progress.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
    progress.submit_attempt(view.attempt_id)


def _mismatches(ws: Workspace) -> list[str]:
    """Every learner x course of the overview (all learners, and per learner) against the
    learner's own course page; and the stored summary against a fresh rebuild."""
    problems = []
    with ws.sessions() as session:
        table = facilitator_overview(session)
        learner_ids = sorted({r.learner_id for r in table})
        single = {(r.learner_id, r.course_id): r for lid in learner_ids
                  for r in facilitator_overview(session, learner_id=lid)}
    for row in table:
        page = ws.course_progress(ws.progress_of(row.learner_id), row.course_id)
        mine = single[(row.learner_id, row.course_id)]
        for label, ours, theirs in (
                ("fraction", row.fraction, page.fraction),
                ("fraction (one learner)", mine.fraction, page.fraction),
                ("quiz scores", row.quiz_scores, page.quiz_scores),
                ("seconds", row.seconds_spent, page.seconds_spent),
                ("completed", row.completed_at is not None, page.completion is not None),
                ("required", row.required_items,
                 sum(1 for i in ws.manifest(row.course_id).items if i.required))):
            same = math.isclose(ours, theirs) if isinstance(ours, float) else ours == theirs
            if not same:
                problems.append(f"{row.learner_name} {row.course_id} {label}: "
                                f"overview {ours!r}, page {theirs!r}")
        if mine != row:
            problems.append(f"{row.learner_name} {row.course_id}: one-learner row differs")
    with ws.sessions() as session:
        stored = _stats(session)
        rebuild_all_stats(session)
        fresh = _stats(session)
        session.rollback()
    problems += [f"summary drift {key}: {stored.get(key)} vs {fresh.get(key)}"
                 for key in sorted(stored.keys() | fresh.keys())
                 if stored.get(key) != fresh.get(key)]
    return problems


def _stats(session: Session) -> dict[tuple[int, str], tuple[object, ...]]:
    return {(r.learner_id, r.course_id): (r.seconds_spent, r.last_activity, r.done_item_ids,
                                          r.quiz_best)
            for r in session.scalars(select(LearnerCourseStatsRow))}


def test_course_update_with_a_new_required_item(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    ids = {name: add_learner_row(ws, name) for name in ("Anna", "Zane")}
    anna = ws.progress_of(ids["Anna"])
    anna.mark_done(COURSE_ID, "m1-welcome")
    zane = ws.progress_of(ids["Zane"])
    zane.mark_done(COURSE_ID, "m1-welcome")
    zane.mark_done(COURSE_ID, "m2-video")
    _pass_quiz(ws, zane, COURSE_ID)
    with ws.sessions() as session:
        before = {r.learner_name: r for r in facilitator_overview(session)}
    assert (before["Anna"].done_items, before["Anna"].required_items) == (1, 3)

    ws.import_package(_version_two(tmp_path))
    with ws.sessions() as session:
        after = {r.learner_name: r for r in facilitator_overview(session)}
    # the new required item lowers Anna's fraction without any write of hers
    assert (after["Anna"].done_items, after["Anna"].required_items) == (1, 4)
    assert after["Anna"].fraction == 0.25
    # Zane completed 1.0.0: still complete, in that version, with 3 of the 4 items done
    assert after["Zane"].fraction == 1.0 and after["Zane"].completed_version == "1.0.0"
    assert (after["Zane"].done_items, after["Zane"].required_items) == (3, 4)
    assert _mismatches(ws) == []
    anna.mark_done(COURSE_ID, "m2-extra")
    with ws.sessions() as session:
        (row,) = facilitator_overview(session, learner_id=ids["Anna"])
    assert (row.done_items, row.fraction) == (2, 0.5)
    assert _mismatches(ws) == []
    ws.close()


def test_removed_learner_leaves_the_overview_and_the_summary(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    ids = {name: add_learner_row(ws, name) for name in ("Anna", "Bruno")}
    for lid in ids.values():
        ws.progress_of(lid).mark_done(COURSE_ID, "m1-welcome")
        ws.progress_of(lid).record_focus(COURSE_ID, "m1-welcome", 20)
    ws.learners.remove(ids["Bruno"], confirm_name="Bruno", export_folder=tmp_path / "out")
    with ws.sessions() as session:
        rows = facilitator_overview(session)
        assert [r.learner_name for r in rows] == ["Anna"]
        assert rows[0].done_items == 1 and rows[0].seconds_spent == 20
        assert facilitator_overview(session, learner_id=ids["Bruno"]) == []
        assert [key[0] for key in _stats(session)] == [ids["Anna"]]  # the row cascaded
    assert _mismatches(ws) == []
    ws.close()


ITEM_IDS = ("m1-welcome", "m1-tour", "m2-video", "m2-quiz")


def _random_step(rng: random.Random, ws: Workspace, progress: LearnerProgress,
                 course_id: str, clock: FakeClock, extra: bool) -> None:
    clock.advance(rng.uniform(0, 120))
    items = ITEM_IDS + (("m2-extra",) if extra else ())
    item_id = rng.choice(items)
    action = rng.choice(("open", "focus", "focus", "done", "scroll", "video", "slide",
                         "quiz", "quiz", "position"))
    if action == "open":
        progress.open_item(course_id, item_id)
    elif action == "focus":
        progress.record_focus(course_id, item_id, rng.uniform(0, 90))
    elif action == "done" and item_id != "m2-quiz":
        progress.mark_done(course_id, item_id)
    elif action == "scroll":
        progress.report_scroll(course_id, rng.choice(("m1-welcome", "m2-extra") if extra
                                                     else ("m1-welcome",)), rng.random())
    elif action == "video":
        start = rng.uniform(0, 10)
        progress.report_video(course_id, "m2-video", start, start + rng.uniform(0, 6), 10)
    elif action == "slide":
        progress.report_slide(course_id, "m1-tour", rng.randrange(2), 2)
    elif action == "quiz":
        quiz = ws.quiz(course_id, "m2-quiz", "en")
        view = progress.current_attempt(course_id, "m2-quiz", "en")
        if view.submitted:
            return  # no attempts left
        for qid in view.question_ids:
            if rng.random() < 0.8:
                question = quiz.question(qid)
                good = rng.random() < 0.6
                answer = right_answer(question) if good else wrong_answer(question)
                progress.save_answer(view.attempt_id, qid, answer)
        if rng.random() < 0.8:
            progress.submit_attempt(view.attempt_id)  # else it stays open
    elif action == "position":
        progress.save_position(course_id, item_id, scroll=rng.random())


def test_randomized_overview_matches_every_course_page(tmp_path: Path) -> None:
    rng = random.Random(20260302)
    ws = workspace_with_course(tmp_path)
    ws.import_package(_other_course(tmp_path))
    clock = FakeClock()
    names = ["Zane", "Anna", "Bruno", "Ilze", "Marco", "Līga"]
    trackers = {name: LearnerProgress(ws.sessions, add_learner_row(ws, name), ws, clock=clock,
                                     monotonic=clock.monotonic)
                for name in names}
    extra = {COURSE_ID: False, OTHER_ID: False}
    for step in range(360):
        name = rng.choice(names[:-1])  # Līga never does anything
        course_id = rng.choice((COURSE_ID, OTHER_ID))
        _random_step(rng, ws, trackers[name], course_id, clock, extra[course_id])
        if step == 180:
            assert _mismatches(ws) == []
            ws.import_package(_version_two(tmp_path))  # adds a required lesson mid-way
            extra[COURSE_ID] = True
            assert _mismatches(ws) == []
    with ws.sessions() as session:
        table = facilitator_overview(session)
    assert len(table) == len(names) * 2
    assert [r.learner_name for r in table][::2] == sorted(names)
    states = {(r.learner_name, r.course_id): r for r in table}
    assert states[("Līga", COURSE_ID)].last_activity is None
    # the run reached the interesting states: partial, complete, scored, and time spent
    assert any(r.completed_at is not None for r in table)
    assert any(r.completed_at is None and r.done_items for r in table)
    assert any(r.quiz_scores for r in table)
    assert any(r.seconds_spent for r in table)
    assert _mismatches(ws) == []
    ws.close()
