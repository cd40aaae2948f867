"""Helpers for the completion-record tests (no tests here): a workspace whose learner has
completed the test course, so records can be issued."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course
from .quiz_answers import right_answer


def complete_course(ws: Workspace, learner_id: int) -> LearnerProgress:
    p = ws.progress_of(learner_id)
    p.mark_done(COURSE_ID, "m1-welcome")
    p.report_video(COURSE_ID, "m2-video", 0, 100, 100)
    p.record_focus(COURSE_ID, "m1-welcome", 20)
    view = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        p.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
    assert p.submit_attempt(view.attempt_id).passed
    assert p.completion(COURSE_ID) is not None
    return p


def workspace_with_graduate(tmp_path: Path, data_name: str = "data",
                            name: str = "Ilze Ozola") -> tuple[Workspace, int]:
    """An open workspace with the test course and one learner who completed it."""
    ws = workspace_with_course(tmp_path, data_name)
    learner_id = add_learner_row(ws, name)
    complete_course(ws, learner_id)
    return ws, learner_id


def walk_leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every scalar in a JSON value."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in walk_leaves(v, (*path, k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in walk_leaves(v, (*path, i))]
    return [path]


def walk_keys(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Paths to every object key in a JSON value (the path ends with the key)."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in ((*path, k), *walk_keys(v, (*path, k)))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in walk_keys(v, (*path, i))]
    return []


def changed_scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, str):
        return value + "x" if value else "x"
    if value is None:
        return ""
    raise AssertionError(type(value))


def dumps(document: Any) -> bytes:
    return json.dumps(document, indent=2, ensure_ascii=False).encode("utf-8")
