"""Moodle's question types as our questions, whichever file they came from.

Moodle XML question files (moodle_xml.py) and Moodle backups (moodle_backup/qtypes.py, a
backup's questions.xml) hold the same question types in different containers. What does
not depend on the container lives here, once: which types cannot be played and why
(`UNSUPPORTED`), and the question tables both readers build (`true_false`, `numeric`,
`ordering`, `essay`). The functions below them take the parts a Moodle XML file gives
(texts as HTML, fractions as shares of credit) and return our question table, or None
after reporting why the question cannot be kept.

Where the two readers still differ (a backup's choice ids, its wildcard answers dropped
rather than the question, its sub-question gaps) they follow what each container holds.
"""

from __future__ import annotations

from typing import Any

from .context import ConversionContext
from .markup import html_text
from .qitems import FULL, Choice, choice_question, gap, pairs_question, passage, percent

__all__ = ["FULL", "MAX_CLOZE_GAPS", "UNSUPPORTED", "cloze", "essay", "finite", "matching",
           "multichoice", "numeric", "numerical", "ordering", "placeholders", "shortanswer",
           "true_false", "truefalse"]

MAX_CLOZE_GAPS = 100
_COMPUTED = "its numbers are computed from formulas at each attempt"
# Moodle types with no equivalent here: type -> (its name in a report, why)
UNSUPPORTED: dict[str, tuple[str, str]] = {
    "calculated": ("calculated", _COMPUTED),
    "calculatedsimple": ("calculated", _COMPUTED),
    "calculatedmulti": ("calculated multiple choice", _COMPUTED),
    "ddimageortext": ("drag and drop onto image", "it is answered by dragging onto an image"),
    "ddmarker": ("drag markers", "it is answered by placing markers on an image"),
    "randomsamatch": ("random match", "its pairs are drawn at random from other questions"),
    "random": ("random", "it draws a question at random from a category"),
}


def _left_out(ctx: ConversionContext, where: str, prompt: str, reason: str) -> None:
    ctx.leave_out(f"question {prompt[:60]!r}", where, reason)


def multichoice(prompt: str, choices: list[Choice], single: bool | None,
                ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    """multichoice: `single` as Moodle says (one answer or several), fractions kept."""
    return choice_question(prompt, choices, single=single, ctx=ctx, where=where)


def true_false(prompt: str, answer: bool, feedback_true: str = "", feedback_false: str = ""
               ) -> dict[str, Any]:
    """Our `true_false` question (a feedback only when there is one)."""
    out: dict[str, Any] = {"type": "true_false", "prompt": prompt, "answer": answer}
    if feedback_true:
        out["feedback_true"] = feedback_true
    if feedback_false:
        out["feedback_false"] = feedback_false
    return out


def truefalse(prompt: str, answers: list[Choice]) -> dict[str, Any] | None:
    """truefalse: the answers "true" and "false" with their fraction and feedback."""
    truth: bool | None = None
    feedback = {"true": "", "false": ""}
    for a in answers:
        value = a.text.strip().casefold()
        key = "true" if value in ("true", "wahr", "vrai", "1") else "false"
        if a.fraction >= FULL:
            truth = key == "true"
        if a.feedback.strip():
            feedback[key] = a.feedback
    if truth is None:
        return None
    return true_false(prompt, truth, feedback["true"], feedback["false"])


def shortanswer(prompt: str, answers: list[Choice], ctx: ConversionContext, where: str,
                ) -> dict[str, Any] | None:
    """shortanswer: the fully right answers are accepted (case and accents never matter
    in our engine); partial-credit answers and `*` wildcards cannot be kept."""
    accepted = [a.text.strip() for a in answers if a.fraction >= FULL and a.text.strip()]
    if any("*" in a for a in accepted):
        _left_out(ctx, where, prompt, "its answers use Moodle's '*' wildcard, which our "
                  "typed answers do not have")
        return None
    if len(accepted) < sum(1 for a in answers if a.fraction > 0):
        ctx.note(f"{where}: question {prompt[:60]!r}: answers with partial credit are "
                 "not accepted")
    return {"type": "text", "prompt": prompt, "accepted": accepted}


def finite(value: float) -> bool:
    """Neither NaN nor infinite: a number a learner can type."""
    return value == value and abs(value) != float("inf")


def numeric(prompt: str, answer: float, tolerance: float) -> dict[str, Any]:
    """Our `numeric` question."""
    return {"type": "numeric", "prompt": prompt, "answer": answer, "tolerance": tolerance}


def numerical(prompt: str, answers: list[tuple[str, str, float]], ctx: ConversionContext,
              where: str) -> dict[str, Any] | None:
    """numerical: (answer, tolerance, fraction); the fully right answer is kept."""
    for value, tolerance, fraction in answers:
        if fraction >= FULL:
            try:
                answer, tol = float(value), abs(float(tolerance or 0))
            except ValueError:
                break
            if not finite(answer) or tol != tol:
                break
            if len(answers) > 1:
                ctx.note(f"{where}: question {prompt[:60]!r}: only the fully right "
                         "number is kept")
            return numeric(prompt, answer, tol)
    _left_out(ctx, where, prompt, "it has no fully right number (or the number cannot be "
              "read; '*' accepts anything)")
    return None


def matching(prompt: str, pairs: list[tuple[str, str]], ctx: ConversionContext,
             where: str) -> dict[str, Any] | None:
    """match: (left, right) pairs; a right side without a left is an extra answer."""
    out = pairs_question(prompt, [(left, right) for left, right in pairs if left.strip()],
                         [right for left, right in pairs if not left.strip()])
    if out is None:
        _left_out(ctx, where, prompt, "its pairs are empty or hold braces or '|'")
    return out


def ordering(prompt: str, steps: list[str]) -> dict[str, Any]:
    """ordering (plugin): the items in their right order."""
    return {"type": "ordering", "prompt": prompt,
            "steps": [{"id": f"s{n}", "text": s} for n, s in enumerate(steps, 1)]}


def essay(prompt: str) -> dict[str, Any]:
    """essay: a free-text answer for the facilitator to review."""
    return {"type": "free_text", "prompt": prompt}


def placeholders(kind: str, text: str, choices: list[tuple[str, str]], prompt: str,
                 ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    """ddwtos and gapselect: `text` (plain) with `[[n]]` gaps naming choice n (1-based);
    `choices` are (text, group). Both become drag-the-words: the words not used by a gap
    are distractors (a gapselect gap's menu is the words of its group)."""
    parts: list[str] = []
    used: set[int] = set()
    i, gaps = 0, 0
    while True:
        start = text.find("[[", i)
        end = text.find("]]", start + 2) if start >= 0 else -1
        if start < 0 or end < 0:
            parts.append(passage(text[i:]))
            break
        parts.append(passage(text[i:start]))
        ref = text[start + 2:end].strip()
        if not ref.isdigit() or not 1 <= int(ref) <= len(choices):
            parts.append(passage(text[start:end + 2]))
        else:
            word = choices[int(ref) - 1][0]
            blank = gap([word])
            if blank is None:
                _left_out(ctx, where, prompt, f"the word {word!r} cannot be written as a gap")
                return None
            parts.append(blank)
            used.add(int(ref) - 1)
            gaps += 1
        i = end + 2
    if not gaps:
        _left_out(ctx, where, prompt, "its text has no [[n]] gap")
        return None
    if len({g for _, g in choices}) > 1:
        ctx.note(f"{where}: question {prompt[:60]!r}: the {kind} groups are merged into one "
                 "bank of words")
    right = {choices[n][0] for n in used}
    distractors = list(dict.fromkeys(t for n, (t, _) in enumerate(choices)
                                     if n not in used and t.strip() and t not in right))
    return {"type": "drag_words", "prompt": prompt, "text": "".join(parts).strip(),
            "distractors": distractors}


# ----------------------------------------------------------------------------- cloze
_SHORT = {"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"}
_NUMBER = {"NUMERICAL", "NM"}
_CHOICE = {"MULTICHOICE", "MC", "MULTICHOICE_V", "MCV", "MULTICHOICE_H", "MCH",
           "MULTICHOICE_S", "MCS", "MULTICHOICE_VS", "MCVS", "MULTICHOICE_HS", "MCHS"}


def _cloze_answers(spec: str) -> list[Choice]:
    """`=a#fb~%50%b~c` as choices (escaped `\\~ \\} \\#` kept literal)."""
    out: list[Choice] = []
    token: list[str] = []
    marks: list[str] = []
    i, n = 0, len(spec)
    while i <= n:
        ch = spec[i] if i < n else "~"
        if ch == "\\" and i + 1 < n:
            token.append(spec[i + 1])
            i += 2
            continue
        if ch in "~" or (ch == "=" and not "".join(token).strip()):
            if token or marks:
                raw = "".join(token)
                fraction = 1.0 if marks and marks[-1] == "=" else 0.0
                if raw.startswith("%") and raw.find("%", 1) > 0:
                    end = raw.find("%", 1)
                    fraction, raw = percent(raw[1:end]), raw[end + 1:]
                text, _, feedback = raw.partition("#")
                out.append(Choice(text.strip(), fraction, feedback.strip()))
            token, marks = [], [ch]
            i += 1
            continue
        token.append(ch)
        i += 1
    return [c for c in out if c.text or c.fraction]


def cloze(html: str, prompt: str, ctx: ConversionContext, where: str
          ) -> dict[str, Any] | None:
    """multianswer (Cloze): `{1:SHORTANSWER:=a~b}` gaps in a text.

    Short-answer gaps and exact numbers become fill-in-the-blanks gaps; a text of
    multiple-choice gaps only becomes drag-the-words (its wrong choices are the extra
    words), mixed with typed gaps a menu's right choice is typed. Multiple-response gaps
    and numbers with a tolerance have no equivalent: the question is reported.
    """
    text = html_text(html).replace("\x00", "")
    parts: list[str] = []
    gaps: list[tuple[str, list[Choice]]] = []
    i = 0
    while len(gaps) <= MAX_CLOZE_GAPS:
        start = text.find("{", i)
        end = _close(text, start + 1) if start >= 0 else -1
        if start < 0 or end == -1:
            parts.append(text[i:])
            break
        head = text[start + 1:end].split(":", 2) if end > 0 else []
        if len(head) < 3 or head[1].strip().upper() not in _ALL:
            parts.append(text[i:start + 1])  # not a gap: go on after this brace
            i = start + 1
            continue
        parts += [text[i:start], "\x00"]
        gaps.append((head[1].strip().upper(), _cloze_answers(head[2])))
        i = end + 1
    if not gaps:
        _left_out(ctx, where, prompt, "its Cloze text has no gap that can be read")
        return None
    if len(gaps) > MAX_CLOZE_GAPS:
        _left_out(ctx, where, prompt, f"it has more than {MAX_CLOZE_GAPS} gaps")
        return None
    kinds = {k for k, _ in gaps}
    if kinds & _MULTI:
        _left_out(ctx, where, prompt, "it has a multiple-response gap (several right "
                  "choices in one gap), which our gaps cannot hold")
        return None
    all_choice = kinds <= _CHOICE
    blanks: list[str] = []
    distractors: list[str] = []
    for kind, answers in gaps:
        right = [a.text for a in answers if a.fraction >= FULL]
        if kind in _NUMBER:
            right = [a.text.split(":", 1)[0].strip() for a in answers if a.fraction >= FULL
                     and (":" not in a.text or _zero(a.text.split(":", 1)[1]))]
        blank = gap(right[:1] if all_choice else right)
        if blank is None:
            _left_out(ctx, where, prompt, f"a {kind} gap has no right answer we can hold "
                      "(partial credit only, a tolerance, or '|' or braces in the answer)")
            return None
        blanks.append(blank)
        if all_choice:
            distractors += [a.text for a in answers if a.fraction < FULL and a.text.strip()]
    if kinds & _CHOICE and not all_choice:
        ctx.note(f"{where}: question {prompt[:60]!r}: menus become typed gaps")
    numbered = iter(blanks)
    body = "".join(next(numbered) if p == "\x00" else passage(p) for p in parts).strip()
    if all_choice:
        words = {b[2:-2] for b in blanks}
        return {"type": "drag_words", "prompt": prompt, "text": body,
                "distractors": list(dict.fromkeys(d for d in distractors if d not in words))}
    return {"type": "fill_blanks", "prompt": prompt, "text": body}


_MULTI = {"MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS",
          "MULTIRESPONSE_HS", "MRHS"}
_ALL = _SHORT | _NUMBER | _CHOICE | _MULTI


def _zero(tolerance: str) -> bool:
    try:
        return float(tolerance) == 0
    except ValueError:
        return False


def _close(text: str, start: int) -> int:
    """The index of the `}` closing a gap opened just before `start`; -1 when there is
    none at all; -2 when another `{` comes first (so the caller moves on, never rescans)."""
    i, n = start, len(text)
    while i < n:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "}":
            return i
        if text[i] == "{":
            return -2
        i += 1
    return -1
