"""Answers to the questions on slides and in videos (format_version 3, embedded.py).

A slides or video item with questions keeps its answers in one quiz attempt, so scoring,
free-text review and the xAPI statements are the quiz engine's: started at the first
visit, each answer checked and saved at once (the learner sees its feedback, so it is
final), and closed like a quiz submit when the last question is answered.

`ItemQuestions` is a part of `LearnerProgress` (tracker.py), which inherits it: these
methods run in the tracker's unit of work and use its item, attempt and completion
helpers (listed below for readers and type checkers). It is kept apart so that the
tracker stays a readable size; `AttemptView` lives in attempts.py so that this module
never imports the tracker.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..errors import BiblioError
from ..packages.manifest import Item
from ..storage.models import AnswerRow, ItemProgressRow, QuizAttemptRow
from . import rules
from .attempts import AttemptView, QuizSource
from .quiz import (
    AnswerError,
    AttemptResult,
    QuestionResult,
    Quiz,
    resolve_pass_mark,
    score_attempt,
    score_question,
)
from .quiz_plan import attempt_plan

__all__ = ["ItemAnswer", "ItemQuestions"]


@dataclass(frozen=True)
class ItemAnswer:
    """What answering a question on slides or in a video gave: its result (feedback now),
    the whole item's result once its last question was answered, and whether the item
    is done."""

    result: QuestionResult
    attempt: AttemptResult | None
    item_done: bool


class ItemQuestions:
    """The slides' and videos' questions of one learner (a part of `LearnerProgress`)."""

    if TYPE_CHECKING:  # provided by LearnerProgress (tracker.py)
        learner_id: int
        _source: QuizSource
        _clock: Callable[[], datetime]

        def _write(self) -> AbstractContextManager[Session]: ...
        def _item(self, course_id: str, item_id: str) -> Item: ...
        def _require_open(self, course_id: str, item_id: str) -> Item: ...
        def _row(self, session: Session, course_id: str, item_id: str,
                 create: bool = True) -> ItemProgressRow | None: ...
        def _attempts(self, session: Session, course_id: str, item_id: str
                      ) -> list[QuizAttemptRow]: ...
        def _own_attempt(self, session: Session, attempt_id: int) -> QuizAttemptRow: ...
        def _new_attempt(self, session: Session, course_id: str, item_id: str,
                         language: str, number: int) -> QuizAttemptRow: ...
        def _view(self, session: Session, row: QuizAttemptRow, quiz: Quiz, used: int
                  ) -> AttemptView: ...
        def _close_attempt(self, session: Session, row: QuizAttemptRow, quiz: Quiz,
                           result: AttemptResult, answers: dict[str, Any],
                           kind: str = "quiz") -> None: ...
        def _complete(self, session: Session, course_id: str, item_id: str) -> None: ...
        def _check_course(self, session: Session, course_id: str) -> object: ...

    def _questions_answered(self, session: Session, course_id: str, item_id: str) -> bool:
        """Whether every question of a slides or video item was answered (its one attempt
        is closed when the last is); True for an item without questions."""
        if not self._item(course_id, item_id).questions:
            return True
        return session.scalar(select(func.count()).select_from(QuizAttemptRow).where(
            QuizAttemptRow.learner_id == self.learner_id, QuizAttemptRow.course_id == course_id,
            QuizAttemptRow.item_id == item_id, QuizAttemptRow.submitted_at.is_not(None))) > 0

    def item_attempt(self, course_id: str, item_id: str, language: str) -> AttemptView:
        """The attempt that holds the answers to a slides or video item's questions.

        An item has one: started at the first visit, closed (scored, sent) when its last
        question is answered, and shown as it is afterwards, so a resumed deck or video
        shows every answer given and its feedback.
        """
        item = self._require_open(course_id, item_id)
        if item.kind == "quiz" or not item.questions:
            raise BiblioError(f"The item {item_id!r} has no questions on slides or in a video.")
        quiz = self._source.quiz(course_id, item_id, language)
        with self._write() as session:
            attempts = self._attempts(session, course_id, item_id)
            if attempts:
                used = sum(1 for a in attempts if a.submitted_at is not None)
                return self._view(session, attempts[-1], quiz, used)
            row = self._new_attempt(session, course_id, item_id, language, 1)
            return self._view(session, row, quiz, 0)

    def answer_item_question(self, attempt_id: int, question_id: str, answer: Any
                             ) -> ItemAnswer:
        """Check and save the answer to one question on slides or in a video, at once.

        The answer is final (the learner saw the feedback); answering the item's last
        question closes its attempt like a quiz submit (score, free-text review, xAPI
        `answered` per question) and may complete the item and the course.
        """
        with self._write() as session:
            row = self._own_attempt(session, attempt_id)
            item = self._item(row.course_id, row.item_id)
            if item.kind == "quiz" or not item.questions:
                raise BiblioError("That attempt belongs to a quiz; use save_answer.")
            quiz = self._source.quiz(row.course_id, row.item_id, row.language)
            plan = attempt_plan(quiz, row.seed)
            if question_id not in plan.question_ids:
                raise AnswerError(f"question {question_id!r} is not part of this item")
            if any(a.question_id == question_id for a in row.answers):
                raise BiblioError("This question was already answered.")
            result = score_question(quiz.question(question_id), answer)
            if not result.answered:
                raise AnswerError(f"question {question_id!r}: an empty answer cannot be saved")
            row.answers.append(AnswerRow(
                question_id=question_id, answer_json=json.dumps(answer, sort_keys=True),
                saved_at=self._clock(), score=result.score if result.scored else None))
            row.current_question = question_id
            answers = {a.question_id: json.loads(a.answer_json) for a in row.answers}
            whole = None
            if all(qid in answers for qid in plan.question_ids) and row.submitted_at is None:
                pass_mark = resolve_pass_mark(quiz, self._source.manifest(row.course_id).pass_mark)
                whole = score_attempt(quiz, plan.question_ids, answers, pass_mark)
                self._close_attempt(session, row, quiz, whole, answers, item.kind)
                position = self._row(session, row.course_id, row.item_id)
                assert position is not None
                if rules.media_item_done(item.kind, json.loads(position.position_json or "{}")):
                    self._complete(session, row.course_id, row.item_id)
                self._check_course(session, row.course_id)
            session.flush()
            done = self._row(session, row.course_id, row.item_id)
            return ItemAnswer(result=result, attempt=whole,
                              item_done=done is not None and done.completed_at is not None)
