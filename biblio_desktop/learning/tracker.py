"""Progress and quiz attempts of one signed-in learner.

A `LearnerProgress` is bound to one learner id when it is made (after sign-in), and every
query it runs is filtered by that id: there is no method that takes another learner's
id, so a screen cannot show or change someone else's work by mistake. Every write is one
committed transaction (synchronous=FULL) before the method returns, so when the UI says
"saved", it is on disk.

Every write that changes what the facilitator overview shows (time, last activity, done
items, quiz scores) also refreshes the learner's row of `learner_course_stats` in the same
transaction (see course_stats.py), so the summary commits or rolls back with the progress.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from .. import clock as app_clock
from ..errors import BiblioError
from ..packages.manifest import Item
from ..storage.db import unit_of_work
from ..storage.models import AnswerRow, CourseCompletionRow, ItemProgressRow, QuizAttemptRow
from . import pacing, rules
from .attempts import AttemptView, QuizSource, attempt_view
from .course_stats import refresh_stats
from .events import CourseCompleted, LearningEvent, Listener, QuizSubmitted, WebinarWatched
from .item_questions import ItemAnswer, ItemQuestions
from .quiz import (
    AnswerError,
    AttemptResult,
    Quiz,
    can_start_attempt,
    resolve_pass_mark,
    score_attempt,
    score_question,
)
from .quiz_plan import attempt_plan

# AttemptView, ItemAnswer and QuizSource live below the tracker (attempts.py,
# item_questions.py) and stay importable from here, where the screens look for them.
__all__ = ["AccessGate", "AttemptView", "Clock", "CompletionInfo", "ItemAnswer", "ItemState",
           "LearnerProgress", "QuizSource", "utc_now"]

Clock = Callable[[], datetime]
# (learner id, course id) -> which items their cohort has opened; None: not paced
AccessGate = Callable[[int, str], Mapping[str, pacing.ItemAccess] | None]
_STATS_DIRTY = "biblio_stats_dirty"  # session.info key: courses whose summary must refresh


def utc_now() -> datetime:
    """Naive UTC from the app's clock (biblio_desktop/clock.py), as the database stores."""
    return app_clock.utc_now()


@dataclass(frozen=True)
class ItemState:
    item_id: str
    kind: str
    required: bool
    opened: bool
    completed: bool
    done: bool
    seconds_spent: int
    position: dict[str, Any]
    best_score: float | None
    attempts_used: int
    last_opened_at: datetime | None


@dataclass(frozen=True)
class CompletionInfo:
    course_id: str
    version: str
    completed_at: datetime
    score: float | None


class LearnerProgress(ItemQuestions):
    """Reads and writes the progress of exactly one learner (the questions on slides and
    in videos: item_questions.py)."""

    def __init__(self, sessions: sessionmaker[Session], learner_id: int, source: QuizSource,
                 clock: Clock = utc_now, listeners: tuple[Listener, ...] = (), *,
                 monotonic: Callable[[], float] = app_clock.monotonic,
                 gate: AccessGate | None = None) -> None:
        self._sessions = sessions
        self._gate = gate  # the cohort's weekly release (learning/cohorts.py)
        self._unlocked: set[tuple[str, str]] = set()  # passed the gate in this run
        self.learner_id = learner_id
        self._source = source
        self._clock = clock  # wall clock: stamps only
        self._monotonic = monotonic  # elapsed time: the gap between focus reports
        # (course, item) -> monotonic time of its last open or focus report in this run
        self._ticks: dict[tuple[str, str], float] = {}
        self._listeners = listeners

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """A unit of work that, before it commits, refreshes the overview summary of every
        course this learner's progress changed in (an error skips it and rolls back)."""
        with unit_of_work(self._sessions) as session:
            yield session
            dirty = session.info.pop(_STATS_DIRTY, None)
            if dirty:
                now = self._clock()
                for course_id in sorted(dirty):
                    refresh_stats(session, self.learner_id, course_id, now)

    @staticmethod
    def _changed(session: Session, course_id: str) -> None:
        """Note that the overview summary of `course_id` needs refreshing in this unit."""
        session.info.setdefault(_STATS_DIRTY, set()).add(course_id)

    def _emit(self, session: Session, event: LearningEvent) -> None:
        for listener in self._listeners:
            listener(session, event)

    # --- items -------------------------------------------------------------------------

    def _item(self, course_id: str, item_id: str) -> Item:
        for item in self._source.manifest(course_id).items:
            if item.id == item_id:
                return item
        raise BiblioError(f"The course {course_id} has no item {item_id!r}.")

    def _require_open(self, course_id: str, item_id: str) -> Item:
        """The item, if the learner's cohort has opened it (pacing.ItemLocked if not).

        Called before every write that could make the item's first progress row: that row
        means "started", and a started item is never locked again. An item that passed
        once stays open (what is open stays open), so the gate is asked once per run.
        """
        item = self._item(course_id, item_id)
        if self._gate is not None and (course_id, item_id) not in self._unlocked:
            pacing.require_open(self._gate(self.learner_id, course_id), item_id)
            self._unlocked.add((course_id, item_id))
        return item

    def _row(self, session: Session, course_id: str, item_id: str,
             create: bool = True) -> ItemProgressRow | None:
        row = session.scalars(select(ItemProgressRow).where(
            ItemProgressRow.learner_id == self.learner_id,
            ItemProgressRow.course_id == course_id, ItemProgressRow.item_id == item_id)).first()
        if row is None and create:
            now = self._clock()
            row = ItemProgressRow(learner_id=self.learner_id, course_id=course_id,
                                  item_id=item_id, first_opened_at=now, last_opened_at=now,
                                  seconds_spent=0)
            session.add(row)
            self._changed(session, course_id)  # a new row: last activity moves
        return row

    def open_item(self, course_id: str, item_id: str) -> ItemState:
        """Mark an item opened now (for "last opened" and resume) and return its state."""
        self._require_open(course_id, item_id)
        with self._write() as session:
            row = self._row(session, course_id, item_id)
            assert row is not None
            row.last_opened_at = self._clock()
            row.last_tick_at = row.last_opened_at
            self._changed(session, course_id)
        self._ticks[(course_id, item_id)] = self._monotonic()
        return self.item_state(course_id, item_id)

    def record_focus(self, course_id: str, item_id: str, seconds: float) -> int:
        """Add focus time the UI measured; returns the seconds credited (see rules).

        The gap since the previous report is elapsed (monotonic) time when both happened in
        this run, so a clock set back or forward meanwhile changes nothing. Only a first
        report after a restart falls back to the stored wall-clock stamp; a changed clock
        can then only cost a few seconds (rules.credit_seconds never credits a negative gap
        beyond its slack, nor more than a minute for a gap of years).
        """
        self._require_open(course_id, item_id)
        now = self._clock()
        elapsed_now = self._monotonic()
        previous = self._ticks.get((course_id, item_id))
        with self._write() as session:
            row = self._row(session, course_id, item_id)
            assert row is not None
            if previous is not None:
                since: float | None = elapsed_now - previous
            else:
                since = (now - row.last_tick_at).total_seconds() if row.last_tick_at else None
            credit = rules.credit_seconds(seconds, since)
            row.seconds_spent += credit
            row.last_tick_at = now
            if credit:
                self._changed(session, course_id)
        self._ticks[(course_id, item_id)] = elapsed_now
        return credit

    def save_position(self, course_id: str, item_id: str, **position: Any) -> None:
        """Remember where the learner is in an item (scroll, video time, slide, question)."""
        self._require_open(course_id, item_id)
        self._update_position(course_id, item_id, lambda _session, stored: stored.update(position))

    def _update_position(self, course_id: str, item_id: str,
                         change: Callable[[Session, dict[str, Any]], bool | None]) -> bool:
        """Apply `change` to the item's stored position in one unit of work; when it says
        the item is now done (True), complete the item and perhaps the course with it."""
        with self._write() as session:
            row = self._row(session, course_id, item_id)
            assert row is not None
            position = json.loads(row.position_json or "{}")
            done = bool(change(session, position))
            row.position_json = json.dumps(position, sort_keys=True)
            if done:
                self._complete(session, course_id, item_id)
                self._check_course(session, course_id)
        return done

    def _complete(self, session: Session, course_id: str, item_id: str) -> None:
        row = self._row(session, course_id, item_id)
        assert row is not None
        if row.completed_at is None:
            row.completed_at = self._clock()
            row.completed_version = self._source.manifest(course_id).version
            self._changed(session, course_id)
            if self._item(course_id, item_id).kind == "webinar":
                self._emit(session, WebinarWatched(self.learner_id, course_id,
                                                   row.completed_version, item_id,
                                                   row.completed_at))

    def mark_done(self, course_id: str, item_id: str) -> CompletionInfo | None:
        """The learner marked a lesson, video, slides or PDF item done (quizzes need a
        pass)."""
        item = self._require_open(course_id, item_id)
        if item.kind == "quiz":
            raise BiblioError("A quiz is done when it is passed; it cannot be marked done.")
        if item.questions:
            raise BiblioError("An item with questions is done when they are answered; it "
                              "cannot be marked done.")
        with self._write() as session:
            self._complete(session, course_id, item_id)
            return self._check_course(session, course_id)

    def report_scroll(self, course_id: str, item_id: str, fraction: float) -> bool:
        """A lesson scrolled to `fraction`; reading to the end completes it."""
        self.save_position(course_id, item_id, scroll=max(0.0, min(1.0, float(fraction))))
        if fraction >= rules.LESSON_READ_FRACTION:
            self.mark_done(course_id, item_id)
            return True
        return False

    def report_video(self, course_id: str, item_id: str, start: float, end: float,
                     duration: float) -> bool:
        """The video played from `start` to `end` seconds; 90 % watched completes it (and
        every question in it answered, when it has questions)."""
        self._require_open(course_id, item_id)

        def played(session: Session, position: dict[str, Any]) -> bool:
            watched = rules.merge_intervals(
                [tuple(w) for w in position.get("watched", [])] + [(start, end)])
            position.update(watched=[list(w) for w in watched], video_time=end,
                            duration=duration)
            return rules.media_item_done("video", position,
                                         self._questions_answered(session, course_id, item_id))
        return self._update_position(course_id, item_id, played)

    def report_slide(self, course_id: str, item_id: str, index: int, count: int) -> bool:
        """Slide `index` (0-based) of `count` was shown; seeing all of them completes it
        (with every question on the slides answered, when they have questions)."""
        self._require_open(course_id, item_id)

        def shown(session: Session, position: dict[str, Any]) -> bool:
            seen = sorted(set(position.get("seen", [])) | {int(index)})
            position.update(seen=seen, slide=int(index), slide_count=int(count))
            return rules.media_item_done("slides", position,
                                         self._questions_answered(session, course_id, item_id))
        return self._update_position(course_id, item_id, shown)

    def report_page(self, course_id: str, item_id: str, index: int, count: int) -> bool:
        """Page `index` (0-based) of a PDF of `count` pages was shown; every page shown
        completes it. The position keeps the page to resume at and the pages seen (as
        ranges, rules.add_page), in the same row as a lesson's scroll or a video's time."""
        if self._require_open(course_id, item_id).kind != "pdf":
            raise BiblioError(f"The item {item_id!r} is not a PDF.")

        def shown(_session: Session, position: dict[str, Any]) -> bool:
            earlier = position.get("pages_seen")
            seen = rules.add_page(earlier if isinstance(earlier, list) else [], int(index))
            position.update(page=int(index), page_count=int(count), pages_seen=seen)
            return rules.all_pages_seen(seen, int(count))
        return self._update_position(course_id, item_id, shown)

    # --- quizzes -----------------------------------------------------------------------

    def _attempts(self, session: Session, course_id: str, item_id: str) -> list[QuizAttemptRow]:
        return list(session.scalars(select(QuizAttemptRow).where(
            QuizAttemptRow.learner_id == self.learner_id, QuizAttemptRow.course_id == course_id,
            QuizAttemptRow.item_id == item_id).order_by(QuizAttemptRow.attempt_no)))

    def _own_attempt(self, session: Session, attempt_id: int) -> QuizAttemptRow:
        row = session.get(QuizAttemptRow, attempt_id)
        if row is None or row.learner_id != self.learner_id:
            raise BiblioError("That quiz attempt does not exist for this learner.")
        return row

    def _view(self, session: Session, row: QuizAttemptRow, quiz: Quiz, used: int
              ) -> AttemptView:
        return attempt_view(session, row, quiz, used,
                            self._source.manifest(row.course_id).pass_mark)

    def current_attempt(self, course_id: str, item_id: str, language: str) -> AttemptView:
        """Resume the open attempt, or start a new one if allowed (same order on resume)."""
        self._require_open(course_id, item_id)
        quiz = self._source.quiz(course_id, item_id, language)
        with self._write() as session:
            attempts = self._attempts(session, course_id, item_id)
            if attempts and attempts[-1].submitted_at is None:
                return self._view(session, attempts[-1], quiz, len(attempts) - 1)
            if not can_start_attempt(quiz, len(attempts)):
                if attempts:
                    return self._view(session, attempts[-1], quiz, len(attempts))
                raise BiblioError("This quiz allows no attempts.")
            row = self._new_attempt(session, course_id, item_id, language, len(attempts) + 1)
            return self._view(session, row, quiz, row.attempt_no - 1)

    def _new_attempt(self, session: Session, course_id: str, item_id: str, language: str,
                     number: int) -> QuizAttemptRow:
        row = QuizAttemptRow(
            learner_id=self.learner_id, course_id=course_id, item_id=item_id,
            course_version=self._source.manifest(course_id).version, language=language,
            attempt_no=number, seed=f"{self.learner_id}:{course_id}:{item_id}:{number}",
            started_at=self._clock())
        session.add(row)
        self._row(session, course_id, item_id)
        session.flush()
        return row

    def last_attempt(self, course_id: str, item_id: str, language: str) -> AttemptView | None:
        """The most recent attempt (submitted or not), without starting a new one."""
        quiz = self._source.quiz(course_id, item_id, language)
        with self._sessions() as session:
            attempts = self._attempts(session, course_id, item_id)
            if not attempts:
                return None
            used = sum(1 for a in attempts if a.submitted_at is not None)
            return self._view(session, attempts[-1], quiz, used)

    def save_answer(self, attempt_id: int, question_id: str, answer: Any,
                    current_question: str | None = None) -> None:
        """Store an answer (validated, not yet scored) and commit before returning."""
        with self._write() as session:
            row = self._own_attempt(session, attempt_id)
            if row.submitted_at is not None:
                raise BiblioError("This attempt was already submitted; start a new one.")
            quiz = self._source.quiz(row.course_id, row.item_id, row.language)
            if question_id not in attempt_plan(quiz, row.seed).question_ids:
                raise AnswerError(f"question {question_id!r} is not part of this attempt")
            score_question(quiz.question(question_id), answer)  # raises AnswerError if malformed
            encoded = json.dumps(answer, sort_keys=True)
            existing = next((a for a in row.answers if a.question_id == question_id), None)
            if existing is None:
                row.answers.append(AnswerRow(question_id=question_id, answer_json=encoded,
                                             saved_at=self._clock()))
            else:
                existing.answer_json = encoded
                existing.saved_at = self._clock()
            row.current_question = current_question or question_id

    def set_current_question(self, attempt_id: int, question_id: str) -> None:
        with self._write() as session:
            self._own_attempt(session, attempt_id).current_question = question_id

    def submit_attempt(self, attempt_id: int) -> AttemptResult:
        """Score and close an attempt; a pass completes the quiz item (and maybe the course)."""
        with self._write() as session:
            row = self._own_attempt(session, attempt_id)
            quiz = self._source.quiz(row.course_id, row.item_id, row.language)
            plan = attempt_plan(quiz, row.seed)
            answers = {a.question_id: json.loads(a.answer_json) for a in row.answers}
            pass_mark = resolve_pass_mark(quiz, self._source.manifest(row.course_id).pass_mark)
            result = score_attempt(quiz, plan.question_ids, answers, pass_mark)
            if row.submitted_at is None:
                self._close_attempt(session, row, quiz, result, answers)
                if result.passed:
                    self._complete(session, row.course_id, row.item_id)
                self._check_course(session, row.course_id)
            return result

    def _close_attempt(self, session: Session, row: QuizAttemptRow, quiz: Quiz,
                       result: AttemptResult, answers: dict[str, Any], kind: str = "quiz"
                       ) -> None:
        """Store a scored attempt as submitted and tell the listeners (xAPI outbox)."""
        row.submitted_at = self._clock()
        row.score = result.score
        row.passed = result.passed
        self._changed(session, row.course_id)
        scores = {r.question_id: r.score for r in result.results if r.scored}
        # free text: no score, but a place in the facilitator's review list
        to_review = {r.question_id for r in result.results if not r.scored and r.answered}
        for answer in row.answers:
            answer.score = scores.get(answer.question_id)
            answer.needs_review = answer.question_id in to_review
        self._emit(session, QuizSubmitted(
            learner_id=self.learner_id, course_id=row.course_id,
            course_version=row.course_version, item_id=row.item_id, attempt_id=row.id,
            attempt_no=row.attempt_no, language=row.language, result=result,
            at=row.submitted_at, quiz=quiz, answers=answers, item_kind=kind))

    # --- course --------------------------------------------------------------------------

    def _facts(self, session: Session, course_id: str) -> dict[str, rules.ItemFacts]:
        manifest = self._source.manifest(course_id)
        rows = {r.item_id: r for r in session.scalars(select(ItemProgressRow).where(
            ItemProgressRow.learner_id == self.learner_id,
            ItemProgressRow.course_id == course_id))}
        best = dict(session.execute(select(QuizAttemptRow.item_id, func.max(QuizAttemptRow.score))
                                    .where(QuizAttemptRow.learner_id == self.learner_id,
                                           QuizAttemptRow.course_id == course_id,
                                           QuizAttemptRow.submitted_at.is_not(None))
                                    .group_by(QuizAttemptRow.item_id)).tuples().all())
        passed = dict(session.execute(
            select(QuizAttemptRow.item_id, func.max(QuizAttemptRow.passed))
            .where(QuizAttemptRow.learner_id == self.learner_id,
                   QuizAttemptRow.course_id == course_id)
            .group_by(QuizAttemptRow.item_id)).tuples().all())
        facts = {}
        for item in manifest.items:
            row = rows.get(item.id)
            completed = row is not None and row.completed_at is not None
            facts[item.id] = rules.ItemFacts(item.id, item.kind, item.required, completed,
                                             best.get(item.id), bool(passed.get(item.id)))
        return facts

    def _check_course(self, session: Session, course_id: str) -> CompletionInfo | None:
        session.flush()
        existing = session.scalars(select(CourseCompletionRow).where(
            CourseCompletionRow.learner_id == self.learner_id,
            CourseCompletionRow.course_id == course_id)).first()
        if existing is None:
            facts = self._facts(session, course_id)
            if not rules.course_complete(facts.values()):
                return None
            scores = [f.best_quiz_score for f in facts.values() if f.best_quiz_score is not None]
            existing = CourseCompletionRow(
                learner_id=self.learner_id, course_id=course_id,
                course_version=self._source.manifest(course_id).version,
                completed_at=self._clock(),
                score=sum(scores) / len(scores) if scores else None)
            session.add(existing)
            self._changed(session, course_id)
            self._emit(session, CourseCompleted(
                learner_id=self.learner_id, course_id=course_id,
                course_version=existing.course_version, completed_at=existing.completed_at,
                score=existing.score))
        return CompletionInfo(course_id, existing.course_version, existing.completed_at,
                              existing.score)

    def completion(self, course_id: str) -> CompletionInfo | None:
        """The learner's completion of the course, if any (it survives later versions)."""
        with self._sessions() as session:
            row = session.scalars(select(CourseCompletionRow).where(
                CourseCompletionRow.learner_id == self.learner_id,
                CourseCompletionRow.course_id == course_id)).first()
            if row is None:
                return None
            return CompletionInfo(course_id, row.course_version, row.completed_at, row.score)

    def item_state(self, course_id: str, item_id: str) -> ItemState:
        return self.item_states(course_id)[item_id]

    def item_states(self, course_id: str) -> dict[str, ItemState]:
        """The state of every item of the course's current version, in course order."""
        manifest = self._source.manifest(course_id)
        with self._sessions() as session:
            facts = self._facts(session, course_id)
            rows = {r.item_id: r for r in session.scalars(select(ItemProgressRow).where(
                ItemProgressRow.learner_id == self.learner_id,
                ItemProgressRow.course_id == course_id))}
            used = dict(session.execute(
                select(QuizAttemptRow.item_id, func.count()).where(
                    QuizAttemptRow.learner_id == self.learner_id,
                    QuizAttemptRow.course_id == course_id,
                    QuizAttemptRow.submitted_at.is_not(None)).group_by(QuizAttemptRow.item_id)
            ).tuples().all())
        states = {}
        for item in manifest.items:
            row = rows.get(item.id)
            f = facts[item.id]
            states[item.id] = ItemState(
                item_id=item.id, kind=item.kind, required=item.required, opened=row is not None,
                completed=f.completed, done=rules.item_done(f),
                seconds_spent=row.seconds_spent if row else 0,
                position=json.loads(row.position_json) if row and row.position_json else {},
                best_score=f.best_quiz_score, attempts_used=int(used.get(item.id, 0)),
                last_opened_at=row.last_opened_at if row else None)
        return states
