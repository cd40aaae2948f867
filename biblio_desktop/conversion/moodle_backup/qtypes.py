"""One Moodle question (a `<question>` of a backup's questions.xml) as one of ours.

Moodle types and what they become (docs/conversion.md, "Moodle backups"; what does not
depend on the backup's elements is shared with Moodle XML in ../moodle_qtypes.py):
multichoice -> single/multiple, truefalse -> true_false, shortanswer -> text, numerical ->
numeric, match -> matching, ordering -> ordering, essay -> free_text, ddwtos and gapselect
-> drag_words, multianswer (cloze) -> fill_blanks (typed gaps) or drag_words (when every gap
is a menu). What Moodle can express and we cannot (partial-credit answers, wildcards,
units, images in a question) is said in `notes`; a question that cannot be played at all
gets a `problem` and is reported as left out by the quiz that uses it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from ..markup import html_text
from ..moodle_qtypes import FULL, UNSUPPORTED, essay, finite, numeric, ordering, true_false
from .backup import number, text

_PLACE = re.compile(r"\[\[([0-9]{1,3})\]\]")
_CLOZE = re.compile(r"\{#([0-9]{1,4})\}")


@dataclass
class Converted:
    """A Moodle question mapped: `question` (without its id) or the `problem`."""

    qtype: str
    name: str
    question: dict[str, Any] | None = None
    problem: str = ""
    notes: list[str] = field(default_factory=list)


@dataclass
class ClozePart:
    """A sub-question of a cloze (multianswer) question: one gap."""

    qtype: str
    accepted: list[str]
    wrong: list[str]


def _answers(plugin: Element | None) -> list[tuple[str, str, float, str]]:
    """(answer id, text, fraction, feedback) of a plugin's <answers>."""
    if plugin is None:
        return []
    out = []
    for answer in plugin.iterfind("answers/answer"):
        body = text(answer, "answertext")
        fmt = text(answer, "answerformat")
        if fmt == "1" or (fmt == "0" and "<" in body and ">" in body):  # HTML
            body = html_text(body, max_chars=2000)
        else:  # plain text ("a<b" stays as written), Markdown
            body = " ".join(body.split())[:2000]
        out.append((answer.get("id", ""), body.strip(), number(answer, "fraction"),
                    html_text(text(answer, "feedback"), max_chars=2000)))
    return out


def cloze_part(element: Element) -> ClozePart | None:
    """A cloze sub-question (shortanswer, numerical or multichoice) as one gap."""
    qtype = text(element, "qtype")
    plugin = element.find(f"plugin_qtype_{qtype}_question")
    answers = _answers(plugin)
    right = [a[1] for a in answers if a[2] >= FULL and a[1] and a[1] != "*"]
    wrong = [a[1] for a in answers if a[2] < FULL and a[1] and a[1] != "*"]
    if qtype.startswith("multichoice"):
        qtype = "multichoice"
    if qtype not in ("shortanswer", "numerical", "multichoice") or not right:
        return None
    return ClozePart(qtype, right, wrong)


def convert_question(element: Element) -> Converted:
    """Map one `<question>` element; never raises on a damaged question."""
    qtype = text(element, "qtype").strip()
    name = " ".join(text(element, "name").split())[:200] or "question"
    out = Converted(qtype, name)
    html = text(element, "questiontext")
    prompt = html_text(html) or name
    if "<img" in html.lower():
        out.notes.append(f"question {name!r}: its image is not shown (quiz questions show "
                         "text only)")
    base: dict[str, Any] = {"prompt": prompt}
    explanation = html_text(text(element, "generalfeedback"))
    if explanation:
        base["explanation"] = explanation
    mark = number(element, "defaultmark", 1.0)
    if mark > 0 and qtype != "essay":
        base["points"] = round(mark, 4)
    plugin = element.find(f"plugin_qtype_{qtype}_question")
    handler = _HANDLERS.get(qtype)
    if handler is None:
        out.problem = UNSUPPORTED[qtype][1] if qtype in UNSUPPORTED else (
            f"the Moodle question type '{qtype}' has no equivalent in the app")
        return out
    try:
        handler(out, base, plugin, html)
    except _Refused as exc:
        out.problem = str(exc)
        out.question = None
    return out


class _Refused(Exception):
    pass


def _multichoice(out: Converted, base: dict[str, Any], plugin: Element | None,
                 html: str) -> None:
    answers = [a for a in _answers(plugin) if a[1]]
    if len(answers) < 2:
        raise _Refused("it has fewer than two answers")
    single = text(plugin, "multichoice/single", "1").strip() != "0"
    options = []
    for n, (_aid, body, fraction, feedback) in enumerate(answers):
        option: dict[str, Any] = {"id": chr(ord("a") + n) if n < 26 else f"o{n}",
                                  "text": body}
        if (fraction >= FULL) if single else fraction > 0:
            option["correct"] = True
        if feedback:
            option["feedback"] = feedback
        options.append(option)
    right = sum(1 for o in options if o.get("correct"))
    if single and right != 1:
        raise _Refused("it does not have exactly one fully right answer" if right else
                       "none of its answers is fully right")
    if single and any(0 < a[2] < FULL for a in answers):
        out.notes.append(f"question {out.name!r}: answers worth part of the mark count as "
                         "wrong")
    out.question = {**base, "type": "single" if single else "multiple", "options": options}


def _truefalse(out: Converted, base: dict[str, Any], plugin: Element | None,
               html: str) -> None:
    answers = {a[0]: a for a in _answers(plugin)}
    true_id = text(plugin, "truefalse/trueanswer").strip()
    false_id = text(plugin, "truefalse/falseanswer").strip()
    if true_id not in answers or false_id not in answers:
        raise _Refused("its true and false answers are missing")
    out.question = {**base, **true_false(base["prompt"], answers[true_id][2] >= FULL,
                                         answers[true_id][3], answers[false_id][3])}


def _shortanswer(out: Converted, base: dict[str, Any], plugin: Element | None,
                 html: str) -> None:
    accepted = []
    for _aid, body, fraction, _fb in _answers(plugin):
        if fraction < FULL or not body:
            if 0 < fraction < FULL:
                out.notes.append(f"question {out.name!r}: the answer {body!r}, worth part "
                                 "of the mark, counts as wrong")
            continue
        if "*" in body:
            out.notes.append(f"question {out.name!r}: the answer pattern {body!r} uses a "
                             "wildcard, which the app cannot check")
            continue
        accepted.append(body)
    if not accepted:
        raise _Refused("it has no fully right answer the app can check")
    if text(plugin, "shortanswer/usecase").strip() == "1":
        out.notes.append(f"question {out.name!r}: answers are no longer case-sensitive")
    out.question = {**base, "type": "text", "accepted": accepted}


def _numerical(out: Converted, base: dict[str, Any], plugin: Element | None,
               html: str) -> None:
    tolerances = {text(r, "answer").strip(): abs(number(r, "tolerance"))
                  for r in (plugin.iterfind("numerical_records/numerical_record")
                            if plugin is not None else ())}
    right = []
    for aid, body, fraction, _fb in _answers(plugin):
        try:
            value = float(body.replace(",", "."))
        except ValueError:
            continue
        if fraction >= FULL and finite(value):
            right.append((value, tolerances.get(aid, 0.0)))
    if not right:
        raise _Refused("it has no fully right numeric answer")
    if len(right) > 1:
        out.notes.append(f"question {out.name!r}: only its first right answer is kept")
    if plugin is not None and plugin.find("numerical_units/numerical_unit") is not None:
        out.notes.append(f"question {out.name!r}: units are not asked for")
    value, tolerance = right[0]
    out.question = {**base, **numeric(base["prompt"], value, tolerance)}


def _match(out: Converted, base: dict[str, Any], plugin: Element | None,
           html: str) -> None:
    pairs = []
    extra = 0
    for match in (plugin.iterfind("matches/match") if plugin is not None else ()):
        left = html_text(text(match, "questiontext"), max_chars=2000)
        right = " ".join(text(match, "answertext").split())
        if not left:
            extra += bool(right)
            continue
        if right:
            pairs.append({"id": f"p{len(pairs) + 1}", "left": left, "right": right})
    if len(pairs) < 2:
        raise _Refused("it has fewer than two pairs")
    if extra:
        out.notes.append(f"question {out.name!r}: {extra} extra wrong answer(s) are not "
                         "offered")
    out.question = {**base, "type": "matching", "pairs": pairs}


def _ordering(out: Converted, base: dict[str, Any], plugin: Element | None,
              html: str) -> None:
    answers = [a for a in _answers(plugin) if a[1]]
    answers.sort(key=lambda a: (a[2], int(a[0]) if a[0].isdigit() else 0))
    if len(answers) < 2:
        raise _Refused("it has fewer than two items")
    out.question = {**base, **ordering(base["prompt"], [a[1] for a in answers])}


def _essay(out: Converted, base: dict[str, Any], plugin: Element | None, html: str) -> None:
    settings = plugin.find("essay") if plugin is not None else None
    if text(settings, "responseformat") == "noinline":
        raise _Refused("it asks for a file to be handed in, which needs a server")
    if text(settings, "attachments", "0") not in ("0", ""):
        out.notes.append(f"question {out.name!r}: attaching files is not possible")
    base.pop("points", None)
    out.question = {**base, **essay(base["prompt"])}


def _passage(body: str) -> tuple[str, str]:
    """(prompt, passage) from a question text: a first paragraph without gaps is the
    prompt, the rest the passage."""
    lines = [line for line in body.split("\n") if line.strip()]
    if len(lines) > 1 and "[[" not in lines[0] and "{#" not in lines[0]:
        return lines[0], " ".join(lines[1:])
    return "", " ".join(lines)


def _check_passage(passage: str) -> None:
    if "{{" in passage or "}}" in passage:
        raise _Refused("its text contains '{{' or '}}', which the app uses for gaps")


def _gaps(out: Converted, base: dict[str, Any], plugin: Element | None, html: str) -> None:
    """ddwtos (drag the words) and gapselect (pick from a menu): both become drag_words."""
    choices = [a[1].replace("|", "/") for a in _answers(plugin)]
    prompt, passage = _passage(html_text(html))
    _check_passage(passage)
    used: set[int] = set()
    pieces: list[str] = []
    last = 0
    for found in _PLACE.finditer(passage):
        index = int(found.group(1)) - 1
        if not 0 <= index < len(choices) or not choices[index]:
            raise _Refused(f"its gap [[{index + 1}]] names no answer")
        pieces.append(passage[last:found.start()])
        pieces.append("{{" + choices[index] + "}}")
        used.add(index)
        last = found.end()
    pieces.append(passage[last:])
    if not used:
        raise _Refused("its text has no gaps")
    words = {choices[i] for i in used}
    distractors = sorted({c for n, c in enumerate(choices)
                          if n not in used and c and c not in words})
    question = {**base, "type": "drag_words", "text": "".join(pieces)}
    question["prompt"] = prompt or out.name
    if distractors:
        question["distractors"] = distractors
    if out.qtype == "gapselect":
        out.notes.append(f"question {out.name!r}: its drop-down menus became words to "
                         "drag into the gaps")
    out.question = question


def multianswer(out: Converted, base: dict[str, Any], html: str,
                parts: list[ClozePart | None]) -> None:
    """A cloze question: its `{#n}` markers become gaps, from its sub-questions."""
    prompt, passage = _passage(html_text(html))
    try:
        _check_passage(passage)
        if not parts or any(p is None for p in parts):
            raise _Refused("some of its gaps are of a kind the app cannot hold")
        gaps = [p for p in parts if p is not None]
        menus = all(p.qtype == "multichoice" for p in gaps)
        pieces, last, used = [], 0, 0
        for found in _CLOZE.finditer(passage):
            index = int(found.group(1)) - 1
            if not 0 <= index < len(gaps):
                raise _Refused(f"its gap {{#{index + 1}}} has no sub-question")
            accepted = [a.replace("|", "/").replace("{", "(").replace("}", ")")
                        for a in gaps[index].accepted]
            pieces += [passage[last:found.start()],
                       "{{" + (accepted[0] if menus else "|".join(accepted)) + "}}"]
            last, used = found.end(), used + 1
        pieces.append(passage[last:])
        if not used:
            raise _Refused("its text has no gaps")
    except _Refused as exc:
        out.problem = str(exc)
        return
    question: dict[str, Any] = {**base, "type": "drag_words" if menus else "fill_blanks",
                                "text": "".join(pieces), "prompt": prompt or out.name}
    if menus:
        words = {g.accepted[0] for g in gaps}
        wrong = sorted({w for g in gaps for w in g.wrong if w not in words and "|" not in w
                        and "{" not in w and "}" not in w})
        if wrong:
            question["distractors"] = wrong
        out.notes.append(f"question {out.name!r}: its drop-down menus became words to drag "
                         "into the gaps")
    elif any(g.qtype == "multichoice" for g in gaps):
        out.notes.append(f"question {out.name!r}: its drop-down menus became gaps to type in")
    out.question = question


def _cloze_placeholder(out: Converted, base: dict[str, Any], plugin: Element | None,
                       html: str) -> None:
    """Resolved later (the sub-questions may come after it): remember the sequence."""
    out.question = {**base, "type": "_multianswer", "_html": html,
                    "_sequence": text(plugin, "multianswer/sequence")}


def _description(out: Converted, base: dict[str, Any], plugin: Element | None,
                 html: str) -> None:
    raise _Refused("it is a text shown between questions, not a question")


_HANDLERS = {
    "multichoice": _multichoice, "truefalse": _truefalse, "shortanswer": _shortanswer,
    "numerical": _numerical, "match": _match, "ordering": _ordering, "essay": _essay,
    "ddwtos": _gaps, "gapselect": _gaps, "multianswer": _cloze_placeholder,
    "description": _description,
}
