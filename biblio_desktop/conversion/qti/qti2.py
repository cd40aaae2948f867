"""QTI 2.x assessment items (`assessmentItem`) as our questions.

An item is a body of (X)HTML with interactions in it. Block interactions become one
question each: choice (single or multiple), order (ordering), match and associate
(matching, or drag-the-words when answers are shared), extended text (free text),
hottext (mark-the-words when every hot text is one word, else a choice question) and gap
match (drag-the-words). The inline ones of an item (text entry, inline choice) make one
passage: fill-in-the-blanks, drag-the-words when all are menus, or a number question
when the item is one numeric entry. Graphic, slider, upload, drawing and media
interactions, and items with template variables (values drawn at random), are reported.
"""

from __future__ import annotations

import contextlib
import posixpath
from collections.abc import Callable
from dataclasses import dataclass, field
from html import escape
from typing import Any
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from ..archive import InputTree
from ..context import ConversionContext
from ..markup import html_text, local
from ..qitems import Choice, choice_question, gap, pairs_question, passage

BLOCK = {"choiceInteraction", "orderInteraction", "matchInteraction", "associateInteraction",
         "extendedTextInteraction", "hottextInteraction", "gapMatchInteraction"}
INLINE = {"textEntryInteraction", "inlineChoiceInteraction"}
_SKIP = {"feedbackInline", "feedbackBlock", "modalFeedback", "rubricBlock", "templateInline",
         "templateBlock", "prompt", "stylesheet", "gapText", "gapImg", "script", "style",
         "svg"}
IMAGE_EXTS = (".png", ".jpg", ".jpeg", ".gif", ".webp")
_MARK = "\ue000"  # stands for the n-th inline interaction in rendered text


@dataclass
class Response:
    cardinality: str
    base_type: str
    correct: list[str]
    mapping: dict[str, float]
    tolerance: float = 0.0


@dataclass
class ItemResult:
    """What one item gave: questions (each with its pictures) and its title."""

    title: str
    questions: list[tuple[dict[str, Any], list[tuple[str, str]]]] = field(default_factory=list)


def _kids(el: Element, name: str) -> list[Element]:
    return [c for c in el if local(c.tag) == name]


def _first(el: Element, name: str) -> Element | None:
    return next((c for c in el.iter() if local(c.tag) == name), None)


def responses(item: Element) -> dict[str, Response]:
    """Each response variable: its correct values, its mapping and any tolerance."""
    out: dict[str, Response] = {}
    for decl in _kids(item, "responseDeclaration"):
        correct: list[str] = []
        mapping: dict[str, float] = {}
        for child in decl:
            if local(child.tag) == "correctResponse":
                correct = [(v.text or "").strip() for v in _kids(child, "value")]
            elif local(child.tag) == "mapping":
                for entry in _kids(child, "mapEntry"):
                    try:
                        mapping[entry.get("mapKey", "")] = float(entry.get("mappedValue", "0"))
                    except ValueError:
                        continue
        out[decl.get("identifier", "")] = Response(decl.get("cardinality", "single"),
                                                   decl.get("baseType", ""), correct, mapping)
    processing = _first(item, "responseProcessing")
    for equal in (processing.iter() if processing is not None else ()):
        if local(equal.tag) == "equal" and equal.get("toleranceMode") == "absolute":
            var = next((v.get("identifier") for v in equal if local(v.tag) == "variable"), "")
            if var in out:
                with contextlib.suppress(ValueError, IndexError):
                    out[var].tolerance = abs(float((equal.get("tolerance") or "0").split()[0]))
    return out


def right_values(resp: Response | None) -> list[str]:
    """The right answers: `correctResponse`, else the mapping's best entries."""
    if resp is None:
        return []
    if resp.correct:
        return resp.correct
    best = max(resp.mapping.values(), default=0)
    return [k for k, v in resp.mapping.items() if v > 0 and (resp.cardinality != "single"
                                                             or v == best)]


def _plain(text: str | None) -> str:
    """Text of the item with our private stand-in characters removed (an item holding
    them must not confuse the gap and hot-text markers)."""
    if not text:
        return ""
    return text.replace(_MARK, "").replace("\ue001", "").replace("\ue002", "")


class Renderer:
    """An element's content as HTML for `html_text`, with interactions handled by the
    caller: `inline` gets each inline interaction and returns its stand-in text, block
    interactions are left out (they are questions of their own)."""

    def __init__(self, image: Callable[[str, str], None]) -> None:
        self.image = image  # (src, alt): a picture the text shows

    def html(self, el: Element, inline: Callable[[Element], str] | None = None,
             hot: Callable[[Element], str] | None = None, depth: int = 0) -> str:
        parts = [escape(_plain(el.text))]
        for child in el:
            name = local(child.tag)
            if depth > 100:
                break
            if name in INLINE or name == "gap":
                parts.append(inline(child) if inline else " _____ ")
            elif name == "rubricBlock" and "candidate" in (child.get("view") or ""):
                parts.append(self.html(child, inline, hot, depth + 1))
            elif name in BLOCK or name.endswith("Interaction") or name in _SKIP:
                pass
            elif name == "hottext":
                parts.append(hot(child) if hot else self.html(child, inline, hot, depth + 1))
            elif name == "img":
                alt = child.get("alt") or ""
                self.image(child.get("src") or "", alt)
                parts.append(f"<img alt=\"{escape(alt)}\">")
            elif name == "object":
                data = child.get("data") or ""
                if (child.get("type") or "").startswith("image/"):
                    self.image(data, html_text(self.html(child, depth=depth + 1)))
                parts.append(self.html(child, inline, hot, depth + 1))
            elif name == "printedVariable":
                parts.append("?")
            elif name in ("math", "semantics", "mrow"):  # MathML: its text, not markup
                parts.append(" ".join(" ".join(child.itertext()).split()))
            else:
                inner = self.html(child, inline, hot, depth + 1)
                parts.append(f"<{name}>{inner}</{name}>" if name.isalnum() else inner)
            parts.append(escape(_plain(child.tail)))
        return "".join(parts)

    def text(self, el: Element | None, **kw: Any) -> str:
        return html_text(self.html(el, **kw)) if el is not None else ""


def _choices(inter: Element, tag: str, render: Renderer) -> dict[str, str]:
    return {c.get("identifier", ""): render.text(c) for c in inter.iter()
            if local(c.tag) == tag}


def convert_item(item: Element, ctx: ConversionContext, where: str,
                 resolve: Callable[[str, str, str], tuple[str, str] | None]) -> ItemResult:
    """One assessmentItem; `resolve(src, alt, where)` gives a picture's (media path,
    alt) or None after reporting it (missing, remote)."""
    title = " ".join((item.get("title") or item.get("identifier") or "Question").split())
    result = ItemResult(title)
    where = f"{where} ({title})"
    if any(local(c.tag) in ("templateDeclaration", "templateProcessing") for c in item):
        ctx.leave_out(f"QTI item {title!r}", where, "its values are drawn at random when it "
                      "starts (template variables), which our questions cannot do")
        return result
    body = _first(item, "itemBody")
    if body is None:
        ctx.leave_out(f"QTI item {title!r}", where, "it has no itemBody")
        return result
    hidden = [el for block in body.iter() if local(block.tag) in ("feedbackBlock",
                                                                  "templateBlock")
              for el in block.iter() if local(el.tag).endswith("Interaction")]
    if hidden:
        ctx.leave_out(f"QTI item {title!r}", where, "it shows parts of itself depending on "
                      "earlier answers (an adaptive item), which our questions cannot do")
        return result
    pictures: list[tuple[str, str]] = []
    render = Renderer(lambda src, alt: pictures.append((src, alt)) if src else None)
    resp = responses(item)
    interactions = [el for el in body.iter() if local(el.tag).endswith("Interaction")]
    for el in interactions:
        name = local(el.tag)
        if name not in BLOCK | INLINE:
            what = ("a 'show the answer' button" if name == "endAttemptInteraction" else
                    "pictures, sliders, uploads and drawings have no equivalent here")
            ctx.leave_out(f"{name} in {title!r}", where, what)
    intro = render.text(body)  # text around the interactions (with no inline ones)
    questions: list[dict[str, Any]] = []
    for el in interactions:
        if local(el.tag) not in BLOCK:
            continue
        prompt_el = _first(el, "prompt")
        prompt = "\n".join(p for p in (intro, render.text(prompt_el)) if p) or title
        questions.append(_block(el, prompt, resp.get(el.get("responseIdentifier", "")),
                                render, ctx, where))
    inline = [el for el in interactions if local(el.tag) in INLINE]
    if inline:
        questions.append(_passage(body, inline, title, resp, render, ctx, where))
    images = _images(pictures, ctx, where, resolve)  # after rendering: choices show some
    result.questions = [(q, images) for q in questions if q is not None]
    return result


def _images(pictures: list[tuple[str, str]], ctx: ConversionContext, where: str,
            resolve: Callable[[str, str, str], tuple[str, str] | None],
            ) -> list[tuple[str, str]]:
    out = []
    for src, alt in dict.fromkeys(pictures):
        found = resolve(src, alt, where)
        if found:
            out.append(found)
    return out


def _block(el: Element, prompt: str, resp: Response | None, render: Renderer,
           ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    name = local(el.tag)
    right = right_values(resp)
    if name == "extendedTextInteraction":
        return {"type": "free_text", "prompt": prompt}
    if not right:
        ctx.leave_out(f"{name} {prompt[:60]!r}", where, "it has no right answer (a survey "
                      "or opinion question)")
        return None
    if name == "choiceInteraction":
        options = _choices(el, "simpleChoice", render)
        mapping = resp.mapping if resp else {}
        choices = [Choice(text, 1.0 if cid in right else min(0.0, mapping.get(cid, 0.0)))
                   for cid, text in options.items()]
        single = el.get("maxChoices", "1") == "1" and len(right) == 1
        return choice_question(prompt, choices, single=single, ctx=ctx, where=where)
    if name == "orderInteraction":
        options = _choices(el, "simpleChoice", render)
        steps = [options[cid] for cid in right if cid in options]
        return {"type": "ordering", "prompt": prompt,
                "steps": [{"id": f"s{n}", "text": t} for n, t in enumerate(steps, 1)]}
    if name in ("matchInteraction", "associateInteraction"):
        options = _choices(el, "simpleAssociableChoice", render)
        pairs = [tuple(v.split()) for v in right if len(v.split()) == 2]
        used = {b for _, b in pairs} | {a for a, _ in pairs}
        sets = _kids(el, "simpleMatchSet")
        targets = (list(_choices(sets[1], "simpleAssociableChoice", render))
                   if len(sets) == 2 else list(options))
        extra = [options[t] for t in targets if t not in used]
        out = pairs_question(prompt, [(options.get(a, ""), options.get(b, ""))
                                      for a, b in pairs], extra)
        if out is None:
            ctx.leave_out(f"{name} {prompt[:60]!r}", where, "a side of its pairs has no "
                          "text (pictures only?), so the pairs cannot be shown")
        return out
    if name == "hottextInteraction":
        return _hottext(el, prompt, right, render, ctx, where)
    return _gap_match(el, prompt, right, render, ctx, where)


def _hottext(el: Element, prompt: str, right: list[str], render: Renderer,
             ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    hot = {h.get("identifier", ""): render.text(h) for h in el.iter()
           if local(h.tag) == "hottext"}
    if all(t and len(t.split()) == 1 and t.replace("-", "").replace("'", "").isalnum()
           for t in hot.values()):
        text = render.text(el, hot=lambda h: "\ue001" + h.get("identifier", "") + "\ue002")
        out, i = [], 0
        while (start := text.find("\ue001", i)) >= 0:
            end = text.find("\ue002", start)
            if end < 0:
                break
            out.append(text[i:start].replace("*", "\\*"))
            hid = text[start + 1:end]
            out.append(f"*{hot[hid]}*" if hid in right else hot.get(hid, ""))
            i = end + 1
        out.append(text[i:].replace("*", "\\*"))
        return {"type": "mark_words", "prompt": prompt, "text": "".join(out)}
    passage_text = render.text(el)
    choices = [Choice(t, 1.0 if h in right else 0.0) for h, t in hot.items()]
    single = el.get("maxChoices", "1") == "1" and len(right) == 1
    return choice_question(f"{prompt}\n{passage_text}", choices, single=single, ctx=ctx,
                           where=where)


def _gap_match(el: Element, prompt: str, right: list[str], render: Renderer,
               ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    words = {g.get("identifier", ""): render.text(g) for g in el.iter()
             if local(g.tag) == "gapText"}
    if any(local(g.tag) == "gapImg" for g in el.iter()):
        ctx.leave_out(f"gapMatchInteraction {prompt[:60]!r}", where, "it drags pictures")
        return None
    fills = {}
    for value in right:
        parts = value.split()
        if len(parts) == 2 and parts[0] in words:
            fills[parts[1]] = words[parts[0]]
    blanks: list[str | None] = []

    def stand_in(g: Element) -> str:
        blanks.append(gap([fills[g.get("identifier", "")]]) if g.get("identifier") in fills
                      else None)
        return f" {_MARK}{len(blanks) - 1}{_MARK} "

    text = render.text(el, inline=stand_in)
    out = _fill(text, blanks)
    if out is None or any(b is None for b in blanks):
        ctx.leave_out(f"gapMatchInteraction {prompt[:60]!r}", where, "a gap has no word "
                      "that belongs there, or a word holds braces or '|'")
        return None
    used = set(fills.values())
    return {"type": "drag_words", "prompt": prompt, "text": out,
            "distractors": [w for w in dict.fromkeys(words.values()) if w not in used]}


def _fill(text: str, blanks: list[str | None]) -> str | None:
    """Rendered text with `MARK n MARK` stand-ins replaced by their gaps."""
    pieces = text.split(_MARK)
    out = [passage(pieces[0])]
    for n in range(1, len(pieces), 2):
        try:
            blank = blanks[int(pieces[n])]
        except (ValueError, IndexError):
            return None
        if blank is None:
            return None
        out.append(blank)
        out.append(passage(pieces[n + 1]) if n + 1 < len(pieces) else "")
    return "".join(out).strip()


def _passage(body: Element, inline: list[Element], title: str, resp: dict[str, Response],
             render: Renderer, ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    menus = all(local(el.tag) == "inlineChoiceInteraction" for el in inline)
    blanks: list[str | None] = []
    distractors: list[str] = []
    numeric: list[tuple[float, float]] = []
    for el in inline:
        r = resp.get(el.get("responseIdentifier", ""))
        right = right_values(r)
        if local(el.tag) == "inlineChoiceInteraction":
            options = _choices(el, "inlineChoice", render)
            words = [options[c] for c in right if c in options]
            blanks.append(gap(words[:1]))
            distractors += [t for c, t in options.items() if c not in right]
        else:
            numbers = r is not None and r.base_type in ("float", "integer")
            blanks.append(gap([form for v in right for form in _forms(v)] if numbers
                              else right))
            if numbers and len(right) == 1:
                with contextlib.suppress(ValueError):
                    numeric.append((float(right[0]), r.tolerance))
    counter = iter(range(len(inline)))
    text = render.text(body, inline=lambda el: f" {_MARK}{next(counter)}{_MARK} ")
    if len(inline) == 1 and len(numeric) == 1:
        prompt = " ".join(text.replace(f"{_MARK}0{_MARK}", "_____").split())
        return {"type": "numeric", "prompt": prompt, "answer": numeric[0][0],
                "tolerance": numeric[0][1]}
    out = _fill(text, blanks)
    if out is None:
        ctx.leave_out(f"QTI item {title!r}", where, "a gap has no right answer we can hold "
                      "(or one with braces or '|')")
        return None
    if menus:
        words = {b[2:-2] for b in blanks if b}
        return {"type": "drag_words", "prompt": title, "text": out,
                "distractors": [d for d in dict.fromkeys(distractors) if d not in words]}
    if any(local(el.tag) == "inlineChoiceInteraction" for el in inline):
        ctx.note(f"{where}: menus become typed gaps")
    return {"type": "fill_blanks", "prompt": title, "text": out}


FILEBASE = ("$IMS-CC-FILEBASE$", "%24IMS-CC-FILEBASE%24", "$IMS_CC_FILEBASE$",
            "%24IMS_CC_FILEBASE%24")


def is_remote(src: str) -> bool:
    """An address outside the input (a web or file address, an absolute path)."""
    head = src.strip().lower()
    return "://" in head or head.startswith(("/", "data:", "file:", "mailto:", "//", "\\"))


def member_for(tree: InputTree, base: str, src: str, filebase: str = "") -> str | None:
    """The input's member that `src` (relative to folder `base`) names, or None.

    Links are URL-encoded (`My%20Picture.png`) and Common Cartridge writes
    `$IMS-CC-FILEBASE$` (or `%24IMS-CC-FILEBASE%24`) for its web-resources folder; a
    link that leaves the input (`../../etc/passwd`) names nothing.
    """
    src = src.strip().split("#", 1)[0].split("?", 1)[0]
    for token in FILEBASE:
        if src.startswith(token):
            src, base = src[len(token):].lstrip("/"), filebase
            break
    if not src or is_remote(src):
        return None
    path = posixpath.normpath(posixpath.join(base, unquote(src)))
    if path.startswith("../") or path in ("..", ".") or path.startswith("/"):
        return None
    return tree.find(path)


def _forms(value: str) -> list[str]:
    """A number as a learner may type it: "4.0" is also "4", "4,0" and "4.0"."""
    try:
        number = float(value)
    except ValueError:
        return [value]
    short = str(int(number)) if number.is_integer() and abs(number) < 1e15 else repr(number)
    return list(dict.fromkeys([short, value.strip(), short.replace(".", ",")]))


def image_resolver(tree: InputTree, ctx: ConversionContext, base: str, filebase: str = "",
                   ) -> Callable[[str, str, str], tuple[str, str] | None]:
    """A picture `src` of an item in folder `base`: added to the course when the input
    has it; a remote, absolute or escaping one, or a missing one, is reported."""
    def resolve(src: str, alt: str, where: str) -> tuple[str, str] | None:
        if is_remote(src):
            ctx.leave_out(f"picture {src[:80]!r}", where, "it is not inside the file (remote "
                          "or absolute address); pictures are never fetched")
            return None
        member = member_for(tree, base, src, filebase)
        if member is None or not member.lower().endswith(IMAGE_EXTS):
            ctx.leave_out(f"picture {src[:80]!r}", where, "it is not in the file (or not a "
                          "picture); the question is kept without it")
            return None
        return ctx.add_media(tree, member), alt or posixpath.basename(member)
    return resolve
