"""Questions from foreign formats, checked one by one against our quiz rules.

A converter builds each question as an author would write it in a quiz TOML file
(docs/package-format.md, "Quizzes"). One question our engine would refuse (an empty
prompt, no correct option, a gap syntax clash) must not sink a whole course, so each is
validated on its own here: the good ones are kept, the others are reported as left out
with the engine's own reason.
"""

from __future__ import annotations

import re
from typing import Any

from ..learning.quiz import QuizFormatError, parse_quiz
from .context import ConversionContext

PLACE_KEYS = ("slide", "at")  # where a question sits in slides or a video (format 3)
_ID = re.compile(r"[^a-z0-9-]+")


def question_id(raw: str, used: set[str], fallback: str = "q") -> str:
    """A question id of our alphabet, unique among `used` (which it extends)."""
    base = _ID.sub("-", raw.lower()).strip("-")[:56] or fallback
    candidate, n = base, 1
    while candidate in used:
        n += 1
        candidate = f"{base}-{n}"
    used.add(candidate)
    return candidate


def keep_valid(questions: list[dict[str, Any]], ctx: ConversionContext, where: str,
               ) -> list[dict[str, Any]]:
    """The questions our quiz engine accepts; the rest are reported as left out."""
    kept: list[dict[str, Any]] = []
    for question in questions:
        check = {k: v for k, v in question.items() if k not in PLACE_KEYS}
        try:
            parse_quiz({"title": "check", "questions": [check]}, where=where)
        except QuizFormatError as exc:
            prompt = str(question.get("prompt", ""))[:60] or str(question.get("id", "?"))
            ctx.leave_out(f"question {prompt!r}", where, f"it cannot be played: {exc}")
            continue
        kept.append(question)
    return kept
