"""Progress of a learner: opening, time, completion rules, quiz attempts, resume, isolation."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio_desktop.errors import BiblioError
from biblio_desktop.learning.quiz import AnswerError
from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import FakeClock, add_learner_row, workspace_with_course
from .quiz_answers import right_answer, wrong_answer


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = workspace_with_course(tmp_path)
    yield workspace
    workspace.close()


def progress(ws: Workspace, name: str = "Ilze", clock: FakeClock | None = None) -> LearnerProgress:
    learner_id = add_learner_row(ws, name)
    clock = clock or FakeClock()
    return LearnerProgress(ws.sessions, learner_id, ws, clock, monotonic=clock.monotonic)


def test_open_item_records_first_and_last_opened(ws: Workspace) -> None:
    clock = FakeClock()
    p = progress(ws, clock=clock)
    state = p.open_item(COURSE_ID, "m1-welcome")
    assert state.opened and not state.completed and state.seconds_spent == 0
    clock.advance(3600)
    assert p.open_item(COURSE_ID, "m1-welcome").last_opened_at == clock.now
    with pytest.raises(BiblioError, match="no item"):
        p.open_item(COURSE_ID, "nope")


def test_focus_time_is_capped_per_minute(ws: Workspace) -> None:
    clock = FakeClock()
    p = progress(ws, clock=clock)
    p.open_item(COURSE_ID, "m1-welcome")
    clock.advance(30)
    assert p.record_focus(COURSE_ID, "m1-welcome", 30) == 30
    clock.advance(10)
    # a report claiming more than the elapsed wall-clock time is cut down
    assert p.record_focus(COURSE_ID, "m1-welcome", 50) == 15
    # a window left open overnight reports one huge chunk: at most a minute counts
    clock.advance(8 * 3600)
    assert p.record_focus(COURSE_ID, "m1-welcome", 8 * 3600) == 60
    assert p.item_state(COURSE_ID, "m1-welcome").seconds_spent == 105


def test_lesson_completes_when_read_to_the_end(ws: Workspace) -> None:
    p = progress(ws)
    assert not p.report_scroll(COURSE_ID, "m1-welcome", 0.5)
    state = p.item_state(COURSE_ID, "m1-welcome")
    assert state.position["scroll"] == 0.5 and not state.done
    assert p.report_scroll(COURSE_ID, "m1-welcome", 1.0)
    assert p.item_state(COURSE_ID, "m1-welcome").done


def test_video_needs_ninety_percent_really_watched(ws: Workspace) -> None:
    p = progress(ws)
    # seeking to the end and watching the last seconds is not watching
    assert not p.report_video(COURSE_ID, "m2-video", 95, 100, 100)
    assert not p.report_video(COURSE_ID, "m2-video", 0, 40, 100)
    assert not p.report_video(COURSE_ID, "m2-video", 30, 80, 100)  # overlaps: 0-80 + 95-100
    state = p.item_state(COURSE_ID, "m2-video")
    assert state.position["video_time"] == 80 and not state.done
    assert p.report_video(COURSE_ID, "m2-video", 80, 92, 100)  # 0-92 + 95-100 = 97 %
    assert p.item_state(COURSE_ID, "m2-video").done


def test_slides_complete_when_all_seen(ws: Workspace) -> None:
    p = progress(ws)
    assert not p.report_slide(COURSE_ID, "m1-tour", 0, 3)
    assert not p.report_slide(COURSE_ID, "m1-tour", 2, 3)
    assert p.item_state(COURSE_ID, "m1-tour").position["slide"] == 2
    assert p.report_slide(COURSE_ID, "m1-tour", 1, 3)


def test_quiz_cannot_be_marked_done(ws: Workspace) -> None:
    with pytest.raises(BiblioError, match="passed"):
        progress(ws).mark_done(COURSE_ID, "m2-quiz")


def _answer_all(p: LearnerProgress, ws: Workspace, right: bool = True) -> int:
    view = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        q = quiz.question(qid)
        p.save_answer(view.attempt_id, qid, right_answer(q) if right else wrong_answer(q))
    return view.attempt_id


def test_quiz_attempt_scores_and_completes_course(ws: Workspace) -> None:
    p = progress(ws)
    for item in ("m1-welcome",):
        p.mark_done(COURSE_ID, item)
    p.report_video(COURSE_ID, "m2-video", 0, 100, 100)
    assert p.completion(COURSE_ID) is None
    result = p.submit_attempt(_answer_all(p, ws))
    assert result.passed and result.score == 1.0
    state = p.item_state(COURSE_ID, "m2-quiz")
    assert state.done and state.best_score == 1.0 and state.attempts_used == 1
    completion = p.completion(COURSE_ID)
    assert completion is not None and completion.version == "1.0.0"
    page = ws.course_progress(p, COURSE_ID, "lv")
    assert page.fraction == 1.0 and page.language == "lv"
    assert page.profiles["CECO"][0].fraction == 1.0
    assert "(Latviešu)" in page.title


def test_optional_item_is_not_needed_for_completion(ws: Workspace) -> None:
    p = progress(ws)
    p.mark_done(COURSE_ID, "m1-welcome")
    p.mark_done(COURSE_ID, "m2-video")
    p.submit_attempt(_answer_all(p, ws))
    assert not p.item_state(COURSE_ID, "m1-tour").done  # optional slides never opened
    assert p.completion(COURSE_ID) is not None


def test_failed_attempt_then_retry(ws: Workspace) -> None:
    p = progress(ws)
    first = _answer_all(p, ws, right=False)
    result = p.submit_attempt(first)
    assert not result.passed and result.score == 0.0
    assert not p.item_state(COURSE_ID, "m2-quiz").done
    second = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    assert second.attempt_id != first and second.attempt_no == 2 and second.answers == {}
    with pytest.raises(BiblioError, match="already submitted"):
        p.save_answer(first, second.question_ids[0], None)


def test_malformed_answer_is_refused_and_not_saved(ws: Workspace) -> None:
    p = progress(ws)
    view = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    qid = view.question_ids[0]
    with pytest.raises(AnswerError):
        p.save_answer(view.attempt_id, qid, {"not": "an answer"})
    with pytest.raises(AnswerError):
        p.save_answer(view.attempt_id, "no-such-question", True)
    assert p.current_attempt(COURSE_ID, "m2-quiz", "en").answers == {}


def test_resume_after_reopening_the_workspace(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    p = progress(ws)
    view = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    first = view.question_ids[0]
    p.save_answer(view.attempt_id, first, right_answer(quiz.question(first)),
                  current_question=view.question_ids[-1])
    ws.close()
    again = Workspace.open(tmp_path / "data")
    resumed = LearnerProgress(again.sessions, p.learner_id, again).current_attempt(
        COURSE_ID, "m2-quiz", "en")
    assert resumed.attempt_id == view.attempt_id
    assert resumed.question_ids == view.question_ids
    assert resumed.option_orders == view.option_orders
    assert resumed.answers == {first: right_answer(quiz.question(first))}
    assert resumed.current_question == view.question_ids[-1]
    again.close()


def test_learners_are_isolated(ws: Workspace) -> None:
    anna, ben = progress(ws, "Anna"), progress(ws, "Ben")
    anna.mark_done(COURSE_ID, "m1-welcome")
    view = anna.current_attempt(COURSE_ID, "m2-quiz", "en")
    assert not ben.item_state(COURSE_ID, "m1-welcome").opened
    with pytest.raises(BiblioError, match="does not exist for this learner"):
        ben.save_answer(view.attempt_id, view.question_ids[0], None)
    with pytest.raises(BiblioError, match="does not exist for this learner"):
        ben.submit_attempt(view.attempt_id)
    with pytest.raises(BiblioError, match="does not exist for this learner"):
        ben.set_current_question(view.attempt_id, view.question_ids[0])
    assert ben.current_attempt(COURSE_ID, "m2-quiz", "en").attempt_id != view.attempt_id
    assert ben.completion(COURSE_ID) is None


def test_events_are_delivered_inside_the_transaction(ws: Workspace) -> None:
    from biblio_desktop.learning.events import CourseCompleted, QuizSubmitted

    seen: list[object] = []
    ws.listeners.append(lambda session, event: seen.append(event))
    p = ws.progress_of(add_learner_row(ws, "Eve"))
    p.mark_done(COURSE_ID, "m1-welcome")
    p.mark_done(COURSE_ID, "m2-video")
    p.submit_attempt(_answer_all(p, ws))
    assert [type(e) for e in seen] == [QuizSubmitted, CourseCompleted]
    assert seen[0].result.passed and seen[1].course_version == "1.0.0"  # type: ignore[attr-defined]

    def failing(session, event) -> None:
        raise RuntimeError("listener failed")

    ws.listeners[:] = [failing]
    q = ws.progress_of(add_learner_row(ws, "Fay"))
    attempt = _answer_all(q, ws)
    with pytest.raises(RuntimeError):
        q.submit_attempt(attempt)
    # the submit rolled back with the listener: still open, nothing scored
    assert q.item_state(COURSE_ID, "m2-quiz").attempts_used == 0
