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
    if q.type == "fill_blanks":
        return [g.accepted[0] for g in q.gaps]
    if q.type == "drag_words":
        return [w.id for w in q.bank[:len(q.gaps)]]
    if q.type == "mark_words":
        return [n for n, w in enumerate(q.words) if w.correct]
    if q.type == "free_text":
        return "A reading club and a digital help desk for seniors."
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
    if q.type == "fill_blanks":
        return ["certainly not this"] * len(q.gaps)
    if q.type == "drag_words":
        return [None] * len(q.gaps)
    if q.type == "mark_words":
        return [n for n, w in enumerate(q.words) if not w.correct]
    if q.type == "free_text":
        return ""  # left empty: a quiz is not passed with an empty free-text answer
    raise AssertionError(q.type)
