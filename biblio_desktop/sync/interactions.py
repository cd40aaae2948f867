"""Quiz questions as xAPI 1.0.3 interaction activities (`cmi.interaction`).

Each of the eleven question types maps to the xAPI interactionType that describes it, with
the component lists xAPI defines for that type (`choices`, `source`/`target`), the correct
responses pattern and the learner's response, both in the formats of the xAPI 1.0.3
specification (Data, 2.4.4.1 "Interaction Activities"): items delimited by `[,]`, matching
pairs by `[.]`, numeric ranges by `[:]`, characterstring parameters such as
`{case_matters=false}` in front. Pure functions; the mapping table is in docs/sync.md.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote

from ..learning.passages import Segment
from ..learning.quiz import Question

CMI_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
INTERACTION_TYPES = {
    "single": "choice",
    "multiple": "choice",
    "true_false": "true-false",
    "text": "fill-in",  # long-fill-in when an accepted answer is longer than SHORT_TEXT
    "numeric": "numeric",
    "matching": "matching",
    "ordering": "sequencing",
    "fill_blanks": "fill-in",  # one response per gap; long-fill-in as for text
    "drag_words": "matching",  # gaps (source) matched with words of the bank (target)
    "mark_words": "choice",  # the passage's words are the choices; the marked ones correct
    "free_text": "long-fill-in",  # no correct responses: a facilitator reviews it
}
SHORT_TEXT = 250  # xAPI: fill-in patterns and responses are "normally 250 characters or less"
MAX_PATTERNS = 32  # gap alternatives multiply; an LRS needs the likely ones, not millions
ITEMS, PAIR, RANGE = "[,]", "[.]", "[:]"
# RFC 5646 in its common shapes (language, script, region, variants); anything else is "und".
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-(?:[A-Za-z]{2}|[0-9]{3}))?"
                           r"(-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*")


def language_tag(language: str) -> str:
    """The quiz language as a language-map key; `und` (undetermined) when not a tag."""
    return language if _LANGUAGE_TAG.fullmatch(language or "") else "und"


def component_id(item_id: str) -> str:
    """An option, pair or step id as an interaction component id.

    Package ids are free text (1-64 characters), but component ids SHOULD NOT hold
    whitespace and must not hold the `[,]`/`[.]` delimiters, so anything outside RFC 3986's
    unreserved characters is percent-encoded: plain ids (`a`, `opt-2`) stay as they are,
    the mapping is reversible and always the same.
    """
    return quote(item_id, safe="-._~")


def interaction_type(q: Question) -> str:
    if q.type == "text" and any(len(a) > SHORT_TEXT for a in q.accepted):
        return "long-fill-in"
    if q.type == "fill_blanks" and sum(len(g.text) for g in q.gaps) > SHORT_TEXT:
        return "long-fill-in"
    return INTERACTION_TYPES[q.type]


def gap_id(number: int) -> str:
    """The component id of gap `number` (1-based) of a drag-the-words passage."""
    return f"gap-{number}"


def word_id(index: int) -> str:
    """The choice id of word `index` (0-based, as answers store it) of a mark-the-words
    passage: `word-1` is the first selectable word."""
    return f"word-{index + 1}"


def _gap_context(segments: Sequence[Segment], number: int, words: int = 4) -> str:
    """A gap said by the words around it, "…trains ___ in digital…": a description in
    the quiz's own language without adding any words of ours."""
    gaps = [n for n, s in enumerate(segments) if s.kind == "gap"]
    at = gaps[number - 1]
    before = "".join(s.text if s.kind == "text" else "___" for s in segments[:at]).split()
    after = "".join(s.text if s.kind == "text" else "___" for s in segments[at + 1:]).split()
    left = ("…" if len(before) > words else "") + " ".join(before[-words:])
    right = " ".join(after[:words]) + ("…" if len(after) > words else "")
    return " ".join(part for part in (left, "___", right) if part)


def _number(value: Any) -> Decimal | None:
    """A learner's or author's number, exactly as written (no binary float noise)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        text = repr(value)
    elif isinstance(value, str):
        text = value.strip().replace("\u2212", "-").replace(",", ".")
    else:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def _show(number: Decimal) -> str:
    """`38`, `37.5`, `-0.25`: plain decimal notation, no exponent, no trailing zeros."""
    text = format(number.normalize(), "f")
    return "0" if text in ("-0", "") else text


def _fill_in(q: Question, lang: str) -> list[str]:
    # Matching ignores case (and, beyond what xAPI can say, diacritics and extra spaces).
    prefix = "{case_matters=false}" + (f"{{lang={lang}}}" if lang != "und" else "")
    return [prefix + answer for answer in q.accepted]


def correct_responses(q: Question, language: str = "und") -> list[str]:
    """The correctResponsesPattern: every response that earns full marks."""
    ids = component_id
    if q.type == "single":
        return [ids(next(o.id for o in q.options if o.correct))]
    if q.type == "multiple":
        return [ITEMS.join(ids(o.id) for o in q.options if o.correct)]
    if q.type == "true_false":
        return ["true" if q.answer else "false"]
    if q.type == "text":
        return _fill_in(q, language_tag(language))
    if q.type == "numeric":
        answer, tolerance = _number(q.answer), _number(q.tolerance) or Decimal(0)
        if answer is None:
            return []
        if not tolerance:
            return [_show(answer)]
        return [f"{_show(answer - tolerance)}{RANGE}{_show(answer + tolerance)}"]
    if q.type == "matching":
        return [ITEMS.join(f"{ids(p.id)}{PAIR}{ids(p.id)}" for p in q.pairs)]
    if q.type == "ordering":
        return [ITEMS.join(ids(s.id) for s in q.steps)]
    if q.type == "fill_blanks":
        lang = language_tag(language)
        prefix = "{case_matters=false}" + (f"{{lang={lang}}}" if lang != "und" else "")
        combos = itertools.islice(itertools.product(*(g.accepted for g in q.gaps)),
                                  MAX_PATTERNS)
        return [prefix + ITEMS.join(combo) for combo in combos]
    if q.type == "drag_words":
        return [ITEMS.join(f"{gap_id(n)}{PAIR}{ids(g.text)}"
                           for n, g in enumerate(q.gaps, 1))]
    if q.type == "mark_words":
        return [ITEMS.join(word_id(n) for n, w in enumerate(q.words) if w.correct)]
    if q.type == "free_text":
        return []  # no response is correct or wrong: the facilitator reads it
    raise ValueError(f"unknown question type {q.type!r}")


def interaction_definition(q: Question, language: str) -> dict[str, Any]:
    """The activity definition of a question: its text, type, components and pattern.

    Component descriptions and the question text are in the quiz language; the activity
    id is the same in every language, so an LRS keeps the definition it saw last.
    """
    lang = language_tag(language)

    def component(item_id: str, text: str) -> dict[str, Any]:
        out: dict[str, Any] = {"id": component_id(item_id)}
        if text:
            out["description"] = {lang: text}
        return out

    definition: dict[str, Any] = {"type": CMI_INTERACTION}
    if q.prompt:
        definition["description"] = {lang: q.prompt}
    definition["interactionType"] = interaction_type(q)
    if q.scored:  # free text has no correct response, so no pattern at all
        definition["correctResponsesPattern"] = correct_responses(q, language)
    if q.type in ("single", "multiple"):
        definition["choices"] = [component(o.id, o.text) for o in q.options]
    elif q.type == "matching":
        definition["source"] = [component(p.id, p.left) for p in q.pairs]
        definition["target"] = [component(p.id, p.right) for p in q.pairs]
    elif q.type == "ordering":
        definition["choices"] = [component(s.id, s.text) for s in q.steps]
    elif q.type == "drag_words":
        definition["source"] = [
            {"id": gap_id(n), "description": {lang: _gap_context(q.segments, n)}}
            for n in range(1, len(q.gaps) + 1)]
        words = dict.fromkeys(w.text for w in q.bank)  # copies of a word are one target
        definition["target"] = [component(word, word) for word in words]
    elif q.type == "mark_words":
        definition["choices"] = [{"id": word_id(n), "description": {lang: w.text}}
                                 for n, w in enumerate(q.words)]
    return definition


def learner_response(q: Question, answer: Any) -> str | None:
    """The learner's answer in the interaction's response format; None when unanswered
    (or, for a malformed stored answer, when it cannot be said in that format)."""
    if answer is None:
        return None
    ids = component_id
    if q.type == "single":
        return ids(answer) if isinstance(answer, str) else None
    if q.type == "multiple":
        if isinstance(answer, str) or not isinstance(answer, list | tuple | set | frozenset):
            return None
        chosen = set(answer)
        return ITEMS.join(ids(o.id) for o in q.options if o.id in chosen)  # "" = none chosen
    if q.type == "true_false":
        return ("true" if answer else "false") if isinstance(answer, bool) else None
    if q.type == "text":
        return answer if isinstance(answer, str) else None
    if q.type == "numeric":
        number = _number(answer)
        return _show(number) if number is not None else None
    if q.type == "matching":
        if not isinstance(answer, Mapping):
            return None
        return ITEMS.join(f"{ids(p.id)}{PAIR}{ids(answer[p.id])}" for p in q.pairs
                          if isinstance(answer.get(p.id), str))  # unmatched ones are left out
    if q.type == "ordering":
        if isinstance(answer, str) or not isinstance(answer, list | tuple):
            return None
        return ITEMS.join(ids(step) for step in answer if isinstance(step, str))
    if q.type == "fill_blanks":  # as typed, one per gap ("" = left empty)
        if not isinstance(answer, list | tuple) or not all(isinstance(a, str) for a in answer):
            return None
        return ITEMS.join(answer)
    if q.type == "drag_words":  # gap[.]word pairs, empty gaps left out
        if not isinstance(answer, list | tuple):
            return None
        bank = {w.id: w.text for w in q.bank}
        return ITEMS.join(f"{gap_id(n)}{PAIR}{ids(bank[value])}"
                          for n, value in enumerate(answer, 1)
                          if isinstance(value, str) and value in bank)
    if q.type == "mark_words":  # the marked words in reading order; "" = none marked
        if not isinstance(answer, list | tuple):
            return None
        count = len(q.words)
        marked = sorted({n for n in answer if isinstance(n, int) and not isinstance(n, bool)
                         and 0 <= n < count})
        return ITEMS.join(word_id(n) for n in marked)
    if q.type == "free_text":
        return answer if isinstance(answer, str) else None
    return None
