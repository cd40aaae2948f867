"""Right and wrong answers for any parsed question, so tests need not hard-code them."""

from __future__ import annotations

from typing import Any

from biblio_desktop.learning.quiz import Question


def right_answer(q: Question) -> Any:
    if q.type == "single":
        return next(o.id for o in q.options if o.correct)
    if q.type == "multiple":
        return [o.id for o in q.options if o.correct]
    if q.type == "true_false":
        return bool(q.answer)
    if q.type == "text":
        return q.accepted[0]
    if q.type == "numeric":
        return q.answer
    if q.type == "matching":
        return {p.id: p.id for p in q.pairs}
    if q.type == "ordering":
        return [s.id for s in q.steps]
    raise AssertionError(q.type)


def wrong_answer(q: Question) -> Any:
    if q.type == "single":
        return next(o.id for o in q.options if not o.correct)
    if q.type == "multiple":
        wrong = [o.id for o in q.options if not o.correct]
        return wrong or []
    if q.type == "true_false":
        return not q.answer
    if q.type == "text":
        return "certainly not this"
    if q.type == "numeric":
        return float(q.answer) + float(q.tolerance) + 1000  # type: ignore[arg-type]
    if q.type == "matching":
        ids = [p.id for p in q.pairs]
        return {pid: ids[(i + 1) % len(ids)] for i, pid in enumerate(ids)}
    if q.type == "ordering":
        return [s.id for s in reversed(q.steps)]
    raise AssertionError(q.type)
