"""QTI 1.2 (`questestinterop`) as in Common Cartridge and Canvas exports.

Canvas names each item's type in its metadata (`question_type`), the CC profile in
`cc_profile`; without either, the shape of the item decides (a single or multiple choice
list, a typed answer). Right answers are read from `resprocessing`: the conditions that
give credit (`setvar` above 0), their `varequal` values not under a `not`, and numeric
ranges (`vargte`/`varlte`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from ..context import ConversionContext
from ..markup import html_text, lesson_html, local
from ..qitems import Choice, choice_question, gap, image_sources, pairs_question, passage

_CC_TYPES = {"cc.multiple_choice.v0p1": "multiple_choice_question",
             "cc.multiple_response.v0p1": "multiple_answers_question",
             "cc.true_false.v0p1": "true_false_question",
             "cc.fib.v0p1": "short_answer_question",
             "cc.pattern_match.v0p1": "short_answer_question",
             "cc.essay.v0p1": "essay_question"}
_REPORTED = {"calculated_question": "calculated questions compute their numbers in Canvas",
             "file_upload_question": "file uploads need a teacher's server",
             "hot_spot_question": "hot-spot questions point at a picture"}


@dataclass
class Scoring:
    """What gives credit: the values per response, and numeric ranges."""

    right: dict[str, list[str]] = field(default_factory=dict)
    ranges: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)


def _kids(el: Element, name: str) -> list[Element]:
    return [c for c in el if local(c.tag) == name]


def _first(el: Element | None, name: str) -> Element | None:
    if el is None:
        return None
    return next((c for c in el.iter() if local(c.tag) == name), None)


def material_html(el: Element | None) -> str:
    """The text of a `material` (mattext, HTML or plain) as HTML."""
    mat = el if el is None or local(el.tag) == "mattext" else _first(el, "mattext")
    if mat is None:
        return ""
    raw = mat.text or ""
    if "html" in (mat.get("texttype") or ""):
        return raw
    return raw.replace("&", "&amp;").replace("<", "&lt;")


def _number(raw: str | None) -> float | None:
    try:
        value = float((raw or "").strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def scoring(item: Element) -> Scoring:
    out = Scoring()
    for cond in (c for c in item.iter() if local(c.tag) == "respcondition"):
        credit = [_number(s.text) for s in cond.iter() if local(s.tag) == "setvar"]
        if not credit or not any(c and c > 0 for c in credit):
            continue
        var = _first(cond, "conditionvar")
        if var is not None:
            _walk(var, out, negated=False, depth=0)
    return out


def _walk(el: Element, out: Scoring, *, negated: bool, depth: int) -> None:
    if depth > 50:  # real conditions nest two or three deep
        return
    for child in el:
        name = local(child.tag)
        ident = child.get("respident", "")
        if name == "not":
            _walk(child, out, negated=not negated, depth=depth + 1)
        elif name in ("and", "or"):
            _walk(child, out, negated=negated, depth=depth + 1)
        elif negated:
            continue
        elif name == "varequal":
            out.right.setdefault(ident, []).append((child.text or "").strip())
        elif name in ("vargte", "vargt", "varlte", "varlt"):
            low, high = out.ranges.get(ident, (None, None))
            value = _number(child.text)
            out.ranges[ident] = (value, high) if name.startswith("varg") else (low, value)


def _labels(lid: Element) -> dict[str, str]:
    return {lab.get("ident", ""): html_text(material_html(lab))
            for lab in lid.iter() if local(lab.tag) == "response_label"}


def _meta(item: Element) -> dict[str, str]:
    return {_text(f, "fieldlabel"): _text(f, "fieldentry") for f in item.iter()
            if local(f.tag) == "qtimetadatafield"}


def _text(el: Element, name: str) -> str:
    found = _first(el, name)
    return (found.text or "").strip() if found is not None else ""




@dataclass
class Item:
    """One converted item: a question or a text (a Canvas "text only" question)."""

    title: str
    question: dict[str, Any] | None = None
    text_html: str = ""
    images: list[tuple[str, str]] = field(default_factory=list)


def convert_item(item: Element, ctx: ConversionContext, where: str,
                 resolve: Callable[[str, str, str], tuple[str, str] | None]) -> Item:
    meta = _meta(item)
    title = " ".join((item.get("title") or item.get("ident") or "Question").split())
    where = f"{where} ({title})"
    qtype = meta.get("question_type") or _CC_TYPES.get(meta.get("cc_profile", ""), "")
    pres = _first(item, "presentation")
    body = material_html(next((m for m in (pres or []) if local(m.tag) == "material"), None)
                         if pres is not None else None)
    if not body and pres is not None:
        body = material_html(_first(pres, "material"))
    out = Item(title)
    out.images = [found for src in dict.fromkeys(image_sources(body))
                  if (found := resolve(src, "", where))]
    prompt = html_text(body) or title
    if qtype == "text_only_question":
        out.text_html = body
        return out
    if qtype in _REPORTED:
        ctx.leave_out(f"question {prompt[:60]!r}", where, _REPORTED[qtype])
        return out
    lids = [el for el in (pres.iter() if pres is not None else ()) if local(el.tag) ==
            "response_lid"]
    strs = [el for el in (pres.iter() if pres is not None else ()) if local(el.tag) ==
            "response_str"]
    if not qtype:
        qtype = _guess(lids, strs)
    score = scoring(item)
    feedback = {f.get("ident", ""): html_text(material_html(_first(f, "material")))
                for f in item.iter() if local(f.tag) == "itemfeedback"}
    question = _map(qtype, prompt, body, lids, strs, score, feedback, ctx, where)
    if question is not None:
        general = feedback.get("general_fb") or feedback.get("correct_fb")
        if general and question["type"] != "free_text":
            question["explanation"] = general
        points = _number(meta.get("points_possible"))
        if points and points > 0 and points != 1 and question["type"] != "free_text":
            question["points"] = min(points, 1000.0)
    out.question = question
    return out


def _guess(lids: list[Element], strs: list[Element]) -> str:
    if len(lids) == 1 and not strs:
        multiple = (lids[0].get("rcardinality") or "").lower() == "multiple"
        return "multiple_answers_question" if multiple else "multiple_choice_question"
    if strs and not lids:
        return "short_answer_question"
    return ""


def _map(qtype: str, prompt: str, body: str, lids: list[Element], strs: list[Element],
         score: Scoring, feedback: dict[str, str], ctx: ConversionContext, where: str,
         ) -> dict[str, Any] | None:
    def drop(reason: str) -> None:
        ctx.leave_out(f"question {prompt[:60]!r}", where, reason)

    if qtype == "essay_question":
        return {"type": "free_text", "prompt": prompt}
    if qtype in ("multiple_choice_question", "true_false_question",
                 "multiple_answers_question") and len(lids) == 1:
        labels = _labels(lids[0])
        right = score.right.get(lids[0].get("ident", ""), [])
        if qtype == "true_false_question" and right and {
                t.casefold() for t in labels.values()} == {"true", "false"}:
            return {"type": "true_false", "prompt": prompt,
                    "answer": labels.get(right[0], "").casefold() == "true"}
        choices = [Choice(text, 1.0 if ident in right else 0.0,
                          feedback.get(f"{ident}_fb", "")) for ident, text in labels.items()]
        return choice_question(prompt, choices, single=qtype != "multiple_answers_question",
                               ctx=ctx, where=where)
    if qtype == "short_answer_question":
        accepted = [v for values in score.right.values() for v in values if v.strip()]
        if not accepted:
            drop("it has no right answer")
            return None
        return {"type": "text", "prompt": prompt, "accepted": list(dict.fromkeys(accepted))}
    if qtype == "numerical_question" and strs:
        ident = strs[0].get("ident", "")
        exact = [n for v in score.right.get(ident, []) if (n := _number(v)) is not None]
        low, high = score.ranges.get(ident, (None, None))
        if exact:
            answer = exact[0]
            tolerance = max(abs(answer - low) if low is not None else 0,
                            abs(high - answer) if high is not None else 0)
        elif low is not None and high is not None:
            answer, tolerance = (low + high) / 2, abs(high - low) / 2
        else:
            drop("its right number cannot be read")
            return None
        return {"type": "numeric", "prompt": prompt, "answer": answer, "tolerance": tolerance}
    if qtype == "matching_question" and lids:
        pairs, used = [], set()
        for lid in lids:
            labels = _labels(lid)
            right = [labels[r] for r in score.right.get(lid.get("ident", ""), []) if r in labels]
            if right:
                pairs.append((html_text(material_html(_first(lid, "material"))), right[0]))
                used.add(right[0])
        extra = [t for t in _labels(lids[0]).values() if t not in used]
        out = pairs_question(prompt, pairs, extra)
        if out is None:
            drop("its pairs cannot be read")
        return out
    if qtype in ("fill_in_multiple_blanks_question", "multiple_dropdowns_question") and lids:
        return _blanks(qtype, prompt, body, lids, score, drop)
    drop(f"the question type {qtype or 'unknown'!r} has no equivalent here")
    return None


def _blanks(qtype: str, prompt: str, body: str, lids: list[Element], score: Scoring,
            drop: Callable[[str], None]) -> dict[str, Any] | None:
    """Canvas `[name]` blanks: typed (fill-in) or menus (drag-the-words)."""
    text = html_text(body)
    menus = qtype == "multiple_dropdowns_question"
    distractors: list[str] = []
    words: set[str] = set()
    pieces: list[str] = []
    pos = 0
    for lid in lids:
        name = html_text(material_html(_first(lid, "material")))
        labels = _labels(lid)
        right = [labels[r] for r in score.right.get(lid.get("ident", ""), []) if r in labels]
        at = text.find(f"[{name}]", pos)
        blank = gap(right[:1] if menus else right)
        if at < 0 or blank is None:
            drop(f"the blank [{name}] is not in the text or has no right answer we can hold")
            return None
        pieces += [passage(text[pos:at]), blank]
        pos = at + len(name) + 2
        if menus:
            distractors += [t for t in labels.values() if t not in right]
            words.add(" ".join(right[0].split()))
    pieces.append(passage(text[pos:]))
    passage_text = "".join(pieces).strip()
    if menus:
        return {"type": "drag_words", "prompt": "Choose the word for each gap.",
                "text": passage_text,
                "distractors": [d for d in dict.fromkeys(distractors) if d not in words]}
    return {"type": "fill_blanks", "prompt": "Fill in the blanks.", "text": passage_text}


def assessment_items(root: Element) -> list[tuple[str, Element]]:
    """(assessment title, item) in document order; an objectbank counts as one."""
    out: list[tuple[str, Element]] = []
    for top in root:
        title = top.get("title") or top.get("ident") or "Questions"
        out += [(title, el) for el in top.iter() if local(el.tag) == "item"]
    return out


def random_sections(root: Element) -> list[tuple[str, int, int]]:
    """Sections that pick N of their items at random: (title, N, items)."""
    out = []
    for sec in (el for el in root.iter() if local(el.tag) == "section"):
        number = _first(sec, "selection_number")
        items = [c for c in sec if local(c.tag) == "item"]
        if number is not None and items and (n := _number(number.text)) and n < len(items):
            out.append((sec.get("title") or "section", int(n), len(items)))
    return out


def text_lesson(html: str, resolve_url: Callable[[str, str], str | None]) -> str:
    """A Canvas "text only" question as lesson HTML."""
    return lesson_html(html, resolve_url)
