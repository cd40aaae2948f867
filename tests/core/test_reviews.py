"""Free-text answers: stored, counted as answered, listed for the facilitator per learner
and per course, reviewed with a score and a comment that the learner then sees."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from biblio_desktop.learning.reviews import COMMENT_MAX, ReviewError
from biblio_desktop.workspace import Workspace

from .all_question_types import workspace_with_all_types
from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row
from .quiz_answers import right_answer

QUIZ_ID = "m2-quiz"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = workspace_with_all_types(tmp_path)
    yield workspace
    workspace.close()


def _take(ws: Workspace, learner_id: int, language: str, essay: str | None) -> int:
    """One submitted attempt, every scored question right; returns its attempt id."""
    p = ws.progress_of(learner_id)
    quiz = ws.quiz(COURSE_ID, QUIZ_ID, language)
    view = p.current_attempt(COURSE_ID, QUIZ_ID, language)
    for qid in view.question_ids:
        if qid != "q-free":
            p.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
    if essay is not None:
        p.save_answer(view.attempt_id, "q-free", essay)
    p.submit_attempt(view.attempt_id)
    return view.attempt_id


def test_free_text_counts_as_answered_and_decides_pass(ws: Workspace) -> None:
    anna = add_learner_row(ws, "Anna")
    p = ws.progress_of(anna)
    _take(ws, anna, "en", "   ")  # blank: not answered, so not passed
    last = p.last_attempt(COURSE_ID, QUIZ_ID, "en")
    assert last is not None and last.score == 1.0 and last.passed is False
    assert not p.item_state(COURSE_ID, QUIZ_ID).done
    assert ws.free_text_answers() == []  # nothing written, nothing to review
    _take(ws, anna, "en", "A reading club for seniors.")
    last = p.last_attempt(COURSE_ID, QUIZ_ID, "en")
    assert last is not None and last.passed and last.answers["q-free"] == \
        "A reading club for seniors."
    assert p.item_state(COURSE_ID, QUIZ_ID).done


def test_facilitator_review_round_trip(ws: Workspace) -> None:
    facilitator = ws.learners.create_facilitator("workshop-2021")
    anna, ben = add_learner_row(ws, "Anna"), add_learner_row(ws, "Ben")
    _take(ws, anna, "lv", "Lasītāju klubs senioriem.")
    attempt = _take(ws, ben, "en", "A digital help desk.")
    pending = ws.free_text_answers(language="lv")
    assert [(a.learner_name, a.text) for a in pending] == [
        ("Anna", "Lasītāju klubs senioriem."), ("Ben", "A digital help desk.")]
    first = pending[0]
    assert (first.course_id, first.item_id, first.question_id, first.attempt_no) == \
        (COURSE_ID, QUIZ_ID, "q-free", 1)
    assert first.prompt == "Ko jūs piedāvātu savai kopienai?"  # the quiz in its language
    assert first.quiz_title == "Visi veidi" and first.review is None
    assert pending[1].prompt == "What would you offer your community?"
    assert ws.pending_review_counts() == {(anna, COURSE_ID): 1, (ben, COURSE_ID): 1}
    # per learner and per course
    assert [a.learner_name for a in ws.free_text_answers(learner_id=ben)] == ["Ben"]
    assert len(ws.free_text_answers(course_id=COURSE_ID)) == 2
    assert ws.free_text_answers(course_id="some.other.course") == []

    review = ws.review_answer(facilitator, pending[1].answer_id, score=0.8,
                              comment="  Good idea: start with two evenings a week. ")
    assert (review.score, review.comment, review.reviewer) == (
        0.8, "Good idea: start with two evenings a week.", "Facilitator")
    assert isinstance(review.reviewed_at, datetime)
    assert [a.learner_name for a in ws.free_text_answers()] == ["Anna"]
    assert ws.pending_review_counts() == {(anna, COURSE_ID): 1}
    [done] = ws.free_text_answers(reviewed=True)
    assert done.review == review and done.learner_name == "Ben"
    assert len(ws.free_text_answers(reviewed=None)) == 2

    # the learner sees it with the attempt; the score and pass/fail do not change
    seen = ws.progress_of(ben).last_attempt(COURSE_ID, QUIZ_ID, "en")
    assert seen is not None and seen.attempt_id == attempt
    assert seen.reviews == {"q-free": review}
    assert seen.score == 1.0 and seen.passed
    again = ws.review_answer(facilitator, pending[1].answer_id, score=1, comment="Even better.")
    assert ws.progress_of(ben).last_attempt(COURSE_ID, QUIZ_ID, "en").reviews == \
        {"q-free": again}
    assert ws.progress_of(anna).last_attempt(COURSE_ID, QUIZ_ID, "lv").reviews == {}


def test_reviews_are_checked(ws: Workspace) -> None:
    facilitator = ws.learners.create_facilitator("workshop-2021")
    anna = add_learner_row(ws, "Anna")
    _take(ws, anna, "en", "An answer.")
    [answer] = ws.free_text_answers()
    for bad in (-0.1, 1.5, float("nan"), True, "0.5"):
        with pytest.raises(ReviewError, match="between 0 and 1"):
            ws.review_answer(facilitator, answer.answer_id, score=bad, comment="")  # type: ignore[arg-type]
    with pytest.raises(ReviewError, match=f"at most {COMMENT_MAX}"):
        ws.review_answer(facilitator, answer.answer_id, score=1, comment="x" * (COMMENT_MAX + 1))
    with pytest.raises(ReviewError, match="not a submitted free-text answer"):
        ws.review_answer(facilitator, answer.answer_id + 1000, score=1, comment="")
    other = answer.answer_id - 1  # a scored answer of the same attempt
    with pytest.raises(ReviewError, match="not a submitted free-text answer"):
        ws.review_answer(facilitator, other, score=1, comment="")
    learner = ws.learners.get(anna)
    with pytest.raises(ReviewError, match="Only the facilitator"):
        ws.review_answer(learner, answer.answer_id, score=1, comment="")
    assert ws.free_text_answers()[0].review is None


def test_an_open_attempt_is_not_listed(ws: Workspace) -> None:
    anna = add_learner_row(ws, "Anna")
    p = ws.progress_of(anna)
    view = p.current_attempt(COURSE_ID, QUIZ_ID, "en")
    p.save_answer(view.attempt_id, "q-free", "Not submitted yet.")
    assert ws.free_text_answers() == [] and ws.pending_review_counts() == {}


def test_a_learners_export_keeps_the_review(ws: Workspace, tmp_path: Path) -> None:
    facilitator = ws.learners.create_facilitator("workshop-2021")
    anna = add_learner_row(ws, "Anna")
    _take(ws, anna, "en", "My answer.")
    ws.review_answer(facilitator, ws.free_text_answers()[0].answer_id, score=0.5,
                     comment="Say more about costs.")
    data = json.loads(ws.learners.export_learner(anna, tmp_path / "out").read_text("utf-8"))
    [free] = [a for a in data["answers"] if a["question_id"] == "q-free"]
    assert (free["needs_review"], free["review_score"], free["review_comment"],
            free["reviewed_by"]) == (True, 0.5, "Say more about costs.", "Facilitator")
    assert free["reviewed_at"]
