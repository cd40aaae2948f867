"""Passages with gaps or marked words: the text syntax of three question types.

Fill-in-the-blanks, drag-the-words and mark-the-words questions are a short text in which
some parts are special. Authors write the text as they would read it aloud, with the
special parts marked inline (docs/package-format.md, "Passages"):

- `{{answer}}` is a gap; `{{Rīga|Riga}}` a gap with alternatives (fill-in-the-blanks only);
- `*word*` is a word to mark (mark-the-words); `\\*` is a literal asterisk there.

The same text is stored in the package's quiz JSON, so one parser (this module) reads
what the author wrote and what the app installs. Parsing gives `Segment`s: literal text,
gaps and selectable words, in reading order. Pure functions, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .textfold import fold_text

__all__ = ["MAX_GAPS", "MAX_WORDS", "MalformedAnswer", "PassageError", "Segment",
           "bank_distractors", "parse_gaps",
           "parse_marked", "plain_text", "score_marked_words", "score_placed_words",
           "score_typed_gaps"]

MAX_GAPS = 100  # a passage is a paragraph or two; more gaps is a different exercise
MAX_WORDS = 1000  # selectable words in a mark-the-words passage
MAX_TEXT = 20000  # characters of a passage
_GAP = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_CHUNK = re.compile(r"\s+|\S+")
_STAR = "\ue000"  # stands in for an escaped asterisk while the marks are read


class PassageError(ValueError):
    """The passage's text does not follow the syntax; the message says what to write."""


class MalformedAnswer(ValueError):
    """An answer has the wrong shape for its passage (the quiz engine names the question)."""


@dataclass(frozen=True)
class Segment:
    """A piece of a passage: `text` (shown as is), `gap` or `word` (selectable).

    For a gap, `text` is the first accepted answer and `accepted` all of them (a
    drag-the-words gap has exactly one: the word that belongs there); for a word,
    `correct` says whether the author marked it.
    """

    kind: str
    text: str
    accepted: tuple[str, ...] = ()
    correct: bool = False


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:37] + "..."


def parse_gaps(text: str, *, alternatives: bool) -> tuple[Segment, ...]:
    """Split a text with `{{gap}}`s into segments.

    `alternatives=False` (drag-the-words) refuses `|` in a gap: the word bank holds one
    word per gap, so a second accepted word could never be dragged there.
    """
    _check_length(text)
    segments: list[Segment] = []
    pos = 0
    for number, match in enumerate(_GAP.finditer(text), 1):
        before = text[pos:match.start()]
        if "}}" in before:
            raise PassageError(f"'}}}}' after {_short(text[:pos + before.index('}}')])!r} "
                               "closes no gap; open each gap with '{{'")
        if before:
            segments.append(Segment("text", before))
        inner = match.group(1)
        if "{{" in inner:
            raise PassageError(f"gap {number} opens again inside itself: "
                               f"{_short('{{' + inner + '}}')!r}; close each gap with '}}}}'")
        choices = tuple(part.strip() for part in inner.split("|"))
        if not all(fold_text(choice) for choice in choices):
            raise PassageError(f"gap {number} ({{{{{inner}}}}}) is empty or has an empty "
                               "alternative; write the answer inside, e.g. {{Riga}}")
        if len(choices) > 1 and not alternatives:
            raise PassageError(f"gap {number} ({{{{{inner}}}}}) has alternatives, but a "
                               "drag-the-words gap holds exactly one word from the bank; "
                               "put other words in 'distractors'")
        segments.append(Segment("gap", choices[0], choices))
        pos = match.end()
    rest = text[pos:]
    if "{{" in rest:
        raise PassageError(f"a gap opened at {_short(rest[rest.index('{{'):])!r} is never "
                           "closed; end it with '}}'")
    if "}}" in rest:
        raise PassageError(f"'}}}}' in {_short(rest)!r} closes no gap; open each gap "
                           "with '{{'")
    if rest:
        segments.append(Segment("text", rest))
    gaps = sum(s.kind == "gap" for s in segments)
    if not gaps:
        raise PassageError("the text has no gap; write each gap as {{answer}}")
    if gaps > MAX_GAPS:
        raise PassageError(f"the text has {gaps} gaps, more than {MAX_GAPS}; split it into "
                           "several questions")
    return tuple(segments)


def bank_distractors(segments: Sequence[Segment], distractors: object) -> tuple[str, ...]:
    """Check a drag-the-words question's extra bank words: texts that fit no gap."""
    if not isinstance(distractors, list):
        raise PassageError("'distractors' must be a list of words")
    out = []
    gap_words = {s.text for s in segments if s.kind == "gap"}
    for value in distractors:
        if not isinstance(value, str) or not fold_text(value):
            raise PassageError(f"every distractor must be a non-empty string, not "
                               f"{_show(value)}")
        if value.strip() in gap_words:
            raise PassageError(f"the distractor {value.strip()!r} is also the word of a "
                               "gap; a distractor must fit no gap")
        out.append(value.strip())
    return tuple(out)


def _check_length(text: str) -> None:
    if len(text) > MAX_TEXT:
        raise PassageError(f"'text' is longer than {MAX_TEXT} characters; split the passage")


def _edges(chunk: str) -> tuple[str, str, str]:
    """Split leading and trailing punctuation off a word: '(CECO),' -> '(', 'CECO', '),'."""
    start, end = 0, len(chunk)
    while start < end and not chunk[start].isalnum():
        start += 1
    while end > start and not chunk[end - 1].isalnum():
        end -= 1
    return chunk[:start], chunk[start:end], chunk[end:]


def parse_marked(text: str) -> tuple[Segment, ...]:
    """Split a mark-the-words passage into text and selectable words.

    Every run of letters and digits between spaces is a word the learner can select (with
    the punctuation around it left as text); `*word*` marks a word as one to select.
    Runs of white space read as one space.
    """
    _check_length(text)
    segments: list[Segment] = []

    def add(kind: str, piece: str, correct: bool = False) -> None:
        piece = piece.replace(_STAR, "*")
        if not piece:
            return
        if kind == "text" and segments and segments[-1].kind == "text":
            segments[-1] = Segment("text", segments[-1].text + piece)
        else:
            segments.append(Segment(kind, piece, correct=correct))

    for match in _CHUNK.finditer(text.replace("\\*", _STAR)):
        chunk = match.group()
        if chunk.isspace():
            add("text", " ")
            continue
        stars = chunk.count("*")
        if stars == 0:
            lead, core, trail = _edges(chunk)
            add("text", lead)
            add("word", core)
            add("text", trail)
        elif stars == 2 and chunk.index("*") + 1 < chunk.rindex("*"):
            first, last = chunk.index("*"), chunk.rindex("*")
            lead, core, trail = chunk[:first], chunk[first + 1:last], chunk[last + 1:]
            if not any(c.isalnum() for c in core):
                raise PassageError(f"{_short(chunk)!r} marks no word; write *word*")
            add("text", lead)
            add("word", core, correct=True)
            add("text", trail)
        else:
            raise PassageError(
                f"{_short(chunk.replace(_STAR, '*'))!r}: mark a word with one * on each side, "
                "e.g. *CECO* (a marked word has no spaces); write \\* for an asterisk")
    if segments and segments[0].kind == "text" and not segments[0].text.strip():
        segments.pop(0)
    if segments and segments[-1].kind == "text" and not segments[-1].text.strip():
        segments.pop()
    words = [s for s in segments if s.kind == "word"]
    if not any(w.correct for w in words):
        raise PassageError("no word is marked; write the words to select as *word*")
    if len(words) > MAX_WORDS:
        raise PassageError(f"the passage has {len(words)} words, more than {MAX_WORDS}; "
                           "shorten it")
    return tuple(segments)


def plain_text(segments: tuple[Segment, ...], gap: str = "___") -> str:
    """The passage as plain text, each gap shown as `gap` ("{n}" is its number), for
    accessible descriptions and for the facilitator."""
    out: list[str] = []
    number = 0
    for s in segments:
        if s.kind == "gap":
            number += 1
            out.append(gap.replace("{n}", str(number)))
        else:
            out.append(s.text)
    return "".join(out)


# --------------------------------------------------------------------------- scoring
# Pure rules, documented for authors in docs/package-format.md ("Scoring"). Each takes the
# passage's segments and the learner's answer as stored (JSON values) and returns 0..1,
# or raises MalformedAnswer: a wrong shape means the app sent something the learner never
# did, which must not score silently.

def _one_per_gap(gaps: Sequence[Segment], answer: object, what: str) -> list[Any]:
    if isinstance(answer, str | bytes) or not isinstance(answer, Sequence):
        raise MalformedAnswer(f"expected a list of {len(gaps)} {what}, one per gap, "
                              f"got {type(answer).__name__}")
    if len(answer) != len(gaps):
        raise MalformedAnswer(f"expected {len(gaps)} {what}, one per gap, got {len(answer)}")
    return list(answer)


def score_typed_gaps(gaps: Sequence[Segment], answer: object, max_chars: int) -> float:
    """Fill-in-the-blanks: the share of gaps whose typed text equals one of the gap's
    accepted answers after folding case, diacritics and spaces (textfold.py); an empty
    gap is wrong. Answer: one string per gap ("" = left empty)."""
    typed = _one_per_gap(gaps, answer, 'typed answers ("" = left empty)')
    right = 0
    for gap, value in zip(gaps, typed, strict=True):
        if not isinstance(value, str):
            raise MalformedAnswer(f"a typed gap answer is text, not {_show(value)}")
        if len(value) > max_chars:
            raise MalformedAnswer(f"a gap answer is at most {max_chars} characters")
        given = fold_text(value)
        right += bool(given) and any(given == fold_text(a) for a in gap.accepted)
    return right / len(gaps)


def score_placed_words(gaps: Sequence[Segment], bank: Mapping[str, str],
                       answer: object) -> float:
    """Drag-the-words: the share of gaps holding their word. Answer: one bank word id per
    gap (None = empty); each word of the bank can be placed once. A bank word with the
    same text as the gap's word counts, so two copies of "the" are interchangeable."""
    placed = _one_per_gap(gaps, answer, "word ids (null = empty gap)")
    seen: set[str] = set()
    right = 0
    for gap, value in zip(gaps, placed, strict=True):
        if value is None:
            continue
        if not isinstance(value, str) or value not in bank:
            raise MalformedAnswer(f"unknown word id {_show(value)}")
        if value in seen:
            raise MalformedAnswer(f"the word {value!r} is placed in two gaps")
        seen.add(value)
        right += bank[value] == gap.text
    return right / len(gaps)


def score_marked_words(words: Sequence[Segment], answer: object) -> float:
    """Mark-the-words: (right marks - wrong marks) / words to mark, floored at 0, as for
    multiple choice, so marking every word earns nothing. Answer: the positions (0-based)
    of the marked words among the passage's selectable words."""
    if isinstance(answer, str | bytes) or not isinstance(answer, Sequence):
        raise MalformedAnswer(f"expected a list of word positions, got {type(answer).__name__}")
    marked = list(answer)
    for value in marked:
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < len(words):
            raise MalformedAnswer(f"word positions are whole numbers from 0 to "
                                  f"{len(words) - 1}, not {_show(value)}")
    if len(set(marked)) != len(marked):
        raise MalformedAnswer("the same word is marked twice")
    right = sum(words[i].correct for i in marked)
    return max(0.0, (right - (len(marked) - right)) / sum(w.correct for w in words))
