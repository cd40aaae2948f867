"""Question-bank building blocks shared by GIFT, Moodle XML, QTI and Common Cartridge.

Every question-bank format describes the same few things: choices with a share of the
credit (Moodle's "fraction", GIFT's `%50%`, QTI's scores), gaps with accepted answers,
pairs, categories. This module turns those into our question tables (docs/package-format.md
"Quizzes") once, so each format only reads its own syntax, and groups a bank's questions
into modules and quiz items (`Bank`). What a format can express and our types cannot
(unequal partial credit, negative marks, regular expressions) is said in the report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from typing import Any

from .context import ConversionContext
from .draft import ItemDraft, ModuleDraft
from .markup import lesson_html
from .questions import keep_valid, question_id

FULL = 0.999  # a fraction at least this large is "the right answer" (33.33333 x 3 = 99.99999)


@dataclass
class Choice:
    """One option of a choice question: `fraction` is the share of credit (1 = 100 %)."""

    text: str
    fraction: float
    feedback: str = ""


def percent(raw: str | None, default: float = 0.0) -> float:
    """A Moodle/GIFT percentage ("100", "-33.3333", "50%") as a fraction, bounded."""
    try:
        value = float((raw or "").strip().strip("%"))
    except ValueError:
        return default
    if value != value or abs(value) > 1000:  # NaN or absurd
        return default
    return value / 100


def choice_question(prompt: str, choices: list[Choice], *, single: bool | None,
                    ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    """A `single` or `multiple` question, or None (reported) when nothing is right.

    `single=None` decides from the fractions: one option with full credit and none other
    positive is single choice; several positive options are a multiple-answer question.
    Our `multiple` scores (right - wrong) / correct with equal weights, and `single` gives
    full credit or none, so other shares of credit are reported as simplified.
    """
    texts = [" ".join(c.text.split()) for c in choices]
    if any(not t for t in texts) or len(set(texts)) < len(texts):
        ctx.leave_out(f"question {prompt[:60]!r}", where, "some of its answers are empty or "
                      "read the same (pictures, which our answers cannot show?)")
        return None
    positive = [c for c in choices if c.fraction > 0]
    if not positive:
        ctx.leave_out(f"question {prompt[:60]!r}", where, "none of its answers earns credit, "
                      "so it has no right answer")
        return None
    best = max(c.fraction for c in choices)
    if single is None:
        single = len(positive) == 1
    if single:
        correct = next(c for c in choices if c.fraction == best)
        if len(positive) > 1 or best < FULL:
            ctx.note(f"{where}: question {prompt[:60]!r}: partial credit for other answers "
                     "is not kept; only the best answer is right")
        options = [{"text": c.text, "correct": c is correct} for c in choices]
    else:
        weights = {round(c.fraction, 3) for c in positive}
        if len(weights) > 1 or any(c.fraction < 0 and c.fraction > -FULL for c in choices):
            ctx.note(f"{where}: question {prompt[:60]!r}: the right answers now weigh the "
                     "same and a wrong one takes one right one away")
        options = [{"text": c.text, "correct": c.fraction > 0} for c in choices]
    for n, (option, choice) in enumerate(zip(options, choices, strict=True), 1):
        option["id"] = f"o{n}"
        if choice.feedback.strip():
            option["feedback"] = choice.feedback
    ordered = [{"id": o["id"], "text": o["text"], "correct": o["correct"],
                **({"feedback": o["feedback"]} if "feedback" in o else {})} for o in options]
    return {"type": "single" if single else "multiple", "prompt": prompt, "options": ordered}


def gap(answers: list[str]) -> str | None:
    """A `{{a|b}}` gap, or None when an answer cannot be written inside one."""
    clean = [" ".join(a.split()) for a in answers if a.strip()]
    if not clean or any("|" in a or "{" in a or "}" in a for a in clean):
        return None
    return "{{" + "|".join(dict.fromkeys(clean)) + "}}"


def passage(text: str) -> str:
    """Literal passage text: braces that would read as a gap are spaced apart."""
    return text.replace("{{", "{ {").replace("}}", "} }")


def pairs_question(prompt: str, pairs: list[tuple[str, str]], extra: list[str],
                   ) -> dict[str, Any] | None:
    """Matching: `pairs` (left, right) and `extra` right-hand answers that match nothing.

    Our `matching` pairs each left with its own right, one to one. When two lefts share a
    right (two animals, both "mammal") or there are extra answers, the question becomes
    drag-the-words instead: one line per left with a gap for its right, the extra answers
    as distractors (a word used by two gaps is in the bank twice), which scores the same.
    """
    pairs = [(" ".join(left.split()), " ".join(right.split())) for left, right in pairs
             if left.strip() and right.strip()]
    if not pairs:
        return None
    rights = [r for _, r in pairs]
    extra = [e for e in dict.fromkeys(" ".join(x.split()) for x in extra)
             if e and e not in rights]
    if len(set(rights)) == len(rights) and not extra:
        return {"type": "matching", "prompt": prompt,
                "pairs": [{"id": f"p{n}", "left": left, "right": right}
                          for n, (left, right) in enumerate(pairs, 1)]}
    lines = []
    for left, right in pairs:
        blank = gap([right])
        if blank is None or "|" in blank:
            return None
        lines.append(f"{passage(left)} → {blank}")
    return {"type": "drag_words", "prompt": prompt, "text": "\n".join(lines),
            "distractors": extra}


class _Sources(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            src = dict(attrs).get("src")
            if src:
                self.found.append(src)


def image_sources(html: str) -> list[str]:
    """The `src` of every `<img>` in an HTML fragment (a linear HTML parser)."""
    parser = _Sources()
    parser.feed(html)
    parser.close()
    return parser.found


@dataclass
class _Quiz:
    title: str
    questions: list[dict[str, Any]] = field(default_factory=list)
    images: list[tuple[str, str, str]] = field(default_factory=list)  # (label, path, alt)


@dataclass
class _Group:
    title: str
    entries: list[_Quiz | ItemDraft] = field(default_factory=list)


class Bank:
    """A question bank's questions, in order, grouped by category into modules.

    Each category becomes a module; its questions become one quiz item, split where a
    description (a text without a question) stands between them, which becomes a lesson.
    Pictures that questions show (our questions are text) go into a lesson just before
    their quiz, under the question they belong to.
    """

    def __init__(self, ctx: ConversionContext, where: str, title: str) -> None:
        self.ctx, self.where, self.title = ctx, where, title
        self.groups: list[_Group] = [_Group(title)]

    def category(self, path: str, *, literal: bool = False) -> None:
        """Start the category `path` ("$course$/Top/Unit 1" -> "Unit 1"); a `literal`
        title (a QTI test's) is taken as it is, slashes and all."""
        parts = [p.strip() for p in path.replace("$course$", "").replace("$system$", "")
                 .replace("$module$", "").split("/") if p.strip()]
        parts = [p for p in parts if p.casefold() not in ("top", "default")] or parts
        title = (" ".join(path.split()) if literal else parts[-1] if parts else "") \
            or self.title
        current = self.groups[-1]
        if not current.entries:
            current.title = title
        elif current.title != title:
            self.groups.append(_Group(title))

    def _quiz(self) -> _Quiz:
        group = self.groups[-1]
        if not group.entries or not isinstance(group.entries[-1], _Quiz):
            number = sum(isinstance(e, _Quiz) for e in group.entries) + 1
            group.entries.append(_Quiz(group.title if number == 1
                                       else f"{group.title} ({number})"))
        quiz = group.entries[-1]
        assert isinstance(quiz, _Quiz)
        return quiz

    def question(self, question: dict[str, Any] | None, name: str = "",
                 images: Sequence[tuple[str, str]] = ()) -> None:
        """Add a question (None: already reported); `images` are (media path, alt)."""
        if question is None:
            return
        quiz = self._quiz()
        quiz.questions.append({"_name": name, **question})
        number = len(quiz.questions)
        for path, alt in images:
            quiz.images.append((f"Question {number}: {question['prompt'][:120]}", path, alt))

    def lesson(self, title: str, body: str, origin: str = "") -> None:
        if body.strip():
            self.groups[-1].entries.append(ItemDraft("lesson", title, body=body,
                                                     origin=origin or self.where))

    def modules(self) -> list[ModuleDraft]:
        """The modules (categories), with every question checked by our quiz engine."""
        out: list[ModuleDraft] = []
        for group in self.groups:
            module = ModuleDraft(group.title, origin=self.where)
            for entry in group.entries:
                if isinstance(entry, ItemDraft):
                    module.items.append(entry)
                    continue
                used: set[str] = set()
                questions = []
                for q in entry.questions:
                    name = q.pop("_name")
                    questions.append({"id": question_id(name or f"q{len(used) + 1}", used),
                                      **q})
                kept = keep_valid(questions, self.ctx, f"{self.where}: {entry.title}")
                if not kept:
                    continue
                if entry.images:
                    module.items.append(ItemDraft("lesson", f"Pictures: {entry.title}",
                                                  body=_pictures(entry.images),
                                                  origin=self.where, required=False))
                module.items.append(ItemDraft("quiz", entry.title, quiz={"questions": kept},
                                              origin=self.where))
            if module.items:
                out.append(module)
        return out


def _pictures(images: list[tuple[str, str, str]]) -> str:
    html = "".join(f"<h3>{escape(label)}</h3><p><img src=\"../../{escape(path)}\" "
                   f"alt=\"{escape(alt)}\"></p>" for label, path, alt in images)
    return lesson_html(html, lambda url, tag: url if url.startswith("../../media/") else None)
