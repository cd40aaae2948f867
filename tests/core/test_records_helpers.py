"""Helpers for the completion-record tests (no tests here): a workspace whose learner has
completed the test course, so records can be issued."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
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


def get_path(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def tamperings(original: dict[str, Any]) -> Iterator[tuple[str, tuple[Any, ...], Any]]:
    """Every change the tamper tests try on a signed record: (what, path, changed copy).
    Each scalar changed; each key renamed or removed; a field added at four levels and in
    each proof; a list entry dropped or duplicated. `path` says where (a path starting
    with ("proof", i) changes only that proof)."""
    for path in walk_leaves(original):
        changed = copy.deepcopy(original)
        get_path(changed, path[:-1])[path[-1]] = changed_scalar(get_path(original, path))
        yield "change", path, changed
    for path in walk_keys(original):
        parent_path, key = path[:-1], path[-1]
        for change in ("rename", "remove"):
            changed = copy.deepcopy(original)
            parent = get_path(changed, parent_path)
            value = parent.pop(key)
            if change == "rename":
                parent[key + "x"] = value
            yield change, path, changed
    proofs = original["proof"] if isinstance(original.get("proof"), list) else []
    for where in ((), ("credentialSubject",), ("credentialSubject", "achievement"),
                  *(("proof", i) for i in range(len(proofs)))):
        changed = copy.deepcopy(original)
        get_path(changed, where)["extra"] = "added later"
        yield "add", where, changed
    for path in (("credentialSubject", "result"), ("type",), ("@context",)):
        for op in ("drop", "duplicate"):
            changed = copy.deepcopy(original)
            items = get_path(changed, path)
            items.append(items[0]) if op == "duplicate" else items.pop()
            yield op, path, changed
