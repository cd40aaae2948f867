"""GIFT, Moodle's plain-text question format, as quiz items.

A GIFT file is a list of questions separated by blank lines: `::title::` (optional), a
`[html]`/`[markdown]`/`[plain]`/`[moodle]` format (optional), the question text and an
answer block in braces (`{=right ~wrong}`, `{T}`, `{=a =b}`, `{#3.14:0.01}`,
`{=a -> b}`, `{}`); text after the block makes it a "missing word" question. `//` lines
are comments, `$CATEGORY: a/b` starts a category, `\\~ \\= \\# \\{ \\} \\:` are literal.

The parser is a linear scanner (every position is looked at a bounded number of times;
no regular expression runs on the file), so a hostile file cannot make it slow.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import ConversionError
from .archive import InputTree
from .context import ConversionContext
from .draft import CourseDraft
from .markup import html_text, lesson_html, text_block
from .qitems import (
    FULL,
    Bank,
    Choice,
    choice_question,
    gap,
    image_sources,
    pairs_question,
    passage,
    percent,
)

MAX_GIFT = 16 * 1024 * 1024
SNIFF_HEAD = 256 * 1024
_ESCAPES = {"~": "~", "=": "=", "#": "#", "{": "{", "}": "}", ":": ":", "n": "\n",
            "\\": "\\"}


class GiftError(ValueError):
    """A block is not valid GIFT (the message says where)."""


@dataclass
class Answer:
    """One `=`/`~` answer of an answer block, still escaped."""

    right: bool
    weight: float | None
    text: str
    feedback: str = ""


@dataclass
class GiftQuestion:
    kind: str  # essay, truefalse, numerical, multichoice, shortanswer, matching, description
    title: str
    stem: str  # text before the answer block (unescaped)
    after: str = ""  # text after the block (a missing-word question when not empty)
    fmt: str = "moodle"
    answers: list[Answer] = field(default_factory=list)
    truth: bool = False
    feedback: list[str] = field(default_factory=list)  # true/false: wrong, right
    general: str = ""
    line: int = 0


# --------------------------------------------------------------------------- scanning
def find(s: str, sub: str, start: int = 0) -> int:
    """The index of the first unescaped `sub` in `s` from `start`, or -1.

    Linear: each candidate is checked once, looking back only over the backslashes just
    before it (a run that no other candidate looks at).
    """
    i = s.find(sub, start)
    while i >= 0 and _escaped(s, i):
        i = s.find(sub, i + 1)
    return i


def unescape(s: str) -> str:
    if "\\" not in s:
        return s
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        if s[i] == "\\" and i + 1 < n and s[i + 1] in _ESCAPES:
            out.append(_ESCAPES[s[i + 1]])
            i += 2
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _blocks(text: str) -> list[tuple[int, str]]:
    """(first line number, text) of each block: blank lines end a block, except inside an
    answer block; whole-line `//` comments are dropped."""
    blocks: list[tuple[int, str]] = []
    lines: list[str] = []
    first, open_brace = 0, False
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if not stripped and not open_brace:
            if lines:
                blocks.append((first, "\n".join(lines)))
                lines = []
            continue
        if not lines:
            first = number
        if stripped.startswith("$CATEGORY:") and not open_brace:
            if lines:
                blocks.append((first, "\n".join(lines)))
            blocks.append((number, stripped))
            lines = []
            continue
        lines.append(line)
        i = 0
        while (i := find(line, "}" if open_brace else "{", i)) >= 0:
            open_brace = not open_brace
            i += 1
    if lines:
        blocks.append((first, "\n".join(lines)))
    return blocks


def parse_gift(text: str) -> list[tuple[str, Any]]:
    """The file as ("category", path), ("question", GiftQuestion) and ("error", message)."""
    out: list[tuple[str, Any]] = []
    for line, block in _blocks(text.replace("\r\n", "\n").replace("\r", "\n")):
        if block.startswith("$CATEGORY:"):
            out.append(("category", block[len("$CATEGORY:"):].strip()))
            continue
        try:
            question = _question(block)
        except GiftError as exc:
            out.append(("error", f"line {line}: {exc}"))
            continue
        question.line = line
        out.append(("question", question))
    return out


def _question(block: str) -> GiftQuestion:
    s = block.strip()
    title = ""
    if s.startswith("::"):
        end = find(s, "::", 2)
        if end < 0:
            raise GiftError("the title opened with '::' is never closed")
        title, s = unescape(s[2:end]).strip(), s[end + 2:].lstrip()
    fmt = "moodle"
    if s.startswith("["):
        end = s.find("]")
        if 0 < end < 12 and s[1:end].lower() in ("html", "markdown", "plain", "moodle"):
            fmt, s = s[1:end].lower(), s[end + 1:].lstrip()
    start = find(s, "{")
    if start < 0:
        if find(s, "}") >= 0:
            raise GiftError("'}' without '{'")
        return GiftQuestion("description", title, unescape(s), fmt=fmt)
    end = find(s, "}", start + 1)
    if end < 0:
        raise GiftError("the answer block opened with '{' is never closed")
    after = s[end + 1:].strip()
    if find(after, "{") >= 0 or find(after, "}") >= 0:
        raise GiftError("more than one answer block in a question")
    question = GiftQuestion("", title, unescape(s[:start]).rstrip(), unescape(after), fmt)
    _answer_block(s[start + 1:end], question)
    return question


def _answer_block(inner: str, q: GiftQuestion) -> None:
    body = inner.strip()
    general = find(body, "####")
    if general >= 0:
        q.general, body = unescape(body[general + 4:]).strip(), body[:general].strip()
    if not body:
        q.kind = "essay"
        return
    if body.startswith("#"):
        q.kind = "numerical"
        q.answers = _numerical(body[1:].strip())
        return
    head_end = find(body, "#")
    head = (body if head_end < 0 else body[:head_end]).strip().upper()
    if head in ("T", "TRUE", "F", "FALSE"):
        q.kind, q.truth = "truefalse", head.startswith("T")
        rest = body[head_end:] if head_end >= 0 else ""
        q.feedback = [unescape(part).strip() for part in _split(rest, "#")[1:3]]
        return
    if body[0] not in "=~":
        raise GiftError(f"answers start with '=' or '~', not {body[:20]!r}")
    q.answers = [_answer(token) for token in _tokens(body)]
    if any(not a.right for a in q.answers):
        q.kind = "multichoice"
    elif all(find(a.text, "->") >= 0 for a in q.answers):
        q.kind = "matching"
    else:
        q.kind = "shortanswer"


def _split(s: str, sep: str) -> list[str]:
    parts, i = [], 0
    while (j := find(s, sep, i)) >= 0:
        parts.append(s[i:j])
        i = j + len(sep)
    parts.append(s[i:])
    return parts


def _tokens(body: str) -> list[str]:
    """Split `=a ~b =c` at the unescaped markers (each token keeps its marker)."""
    starts = [i for i, ch in enumerate(body) if ch in "=~" and not _escaped(body, i)]
    return [body[a:b].strip() for a, b in zip(starts, [*starts[1:], len(body)], strict=True)]


def _escaped(s: str, i: int) -> bool:
    backslashes, j = 0, i - 1
    while j >= 0 and s[j] == "\\":
        backslashes += 1
        j -= 1
    return backslashes % 2 == 1


def _answer(token: str) -> Answer:
    right, rest = token[0] == "=", token[1:].lstrip()
    weight = None
    if rest.startswith("%"):
        end = rest.find("%", 1)
        if end < 0:
            raise GiftError(f"the weight in {token[:30]!r} is not closed with '%'")
        weight, rest = percent(rest[1:end]), rest[end + 1:]
    text, feedback = rest, ""
    mark = find(rest, "#")
    if mark >= 0:
        text, feedback = rest[:mark], unescape(rest[mark + 1:]).strip()
    return Answer(right, weight, text.strip(), feedback)


def _numerical(body: str) -> list[Answer]:
    if body.startswith("=") or body.startswith("~"):
        return [_answer(token) for token in _tokens(body)]
    mark = find(body, "#")
    text, feedback = (body, "") if mark < 0 else (body[:mark], unescape(body[mark + 1:]))
    return [Answer(True, None, text.strip(), feedback.strip())]


def number_range(text: str) -> tuple[float, float] | None:
    """`3.14:0.01` or `1..5` or `42` as (answer, tolerance), or None."""
    try:
        if ".." in text:
            low, high = (float(x) for x in text.split("..", 1))
            return (low + high) / 2, abs(high - low) / 2
        if ":" in text:
            value, tol = text.split(":", 1)
            return float(value), abs(float(tol))
        return float(text), 0.0
    except ValueError:
        return None


# --------------------------------------------------------------------------- mapping
def _text(raw: str, fmt: str) -> str:
    if fmt == "html" or (fmt == "moodle" and "<" in raw):
        return html_text(raw)
    return " ".join(raw.split()) if fmt != "markdown" else raw.strip()


def map_question(q: GiftQuestion, ctx: ConversionContext, where: str) -> dict[str, Any] | None:
    """One GIFT question as one of our questions (None when reported as left out)."""
    where = f"{where}: line {q.line}"
    t = lambda raw: _text(unescape(raw), q.fmt)  # noqa: E731 - answers are still escaped
    stem, after = _text(q.stem, q.fmt), _text(q.after, q.fmt)
    missing = bool(after)
    prompt = (f"{stem} _____ {after}" if missing else stem) or q.title
    out: dict[str, Any] | None
    if q.kind == "essay":
        out = {"type": "free_text", "prompt": prompt}
    elif q.kind == "truefalse":
        out = {"type": "true_false", "prompt": prompt, "answer": q.truth}
        wrong, right = ([*q.feedback, "", ""])[:2]
        true_fb, false_fb = (right, wrong) if q.truth else (wrong, right)
        out.update({k: v for k, v in (("feedback_true", true_fb),
                                      ("feedback_false", false_fb)) if v})
    elif q.kind == "numerical":
        out = _numeric(q, prompt, ctx, where)
    elif q.kind == "matching":
        sides = [(t(a.text[:find(a.text, "->")]), t(a.text[find(a.text, "->") + 2:]))
                 for a in q.answers]
        out = pairs_question(prompt, [(left, right) for left, right in sides if left],
                             [right for left, right in sides if not left])
        if out is None:
            ctx.leave_out(f"question {prompt[:60]!r}", where, "its pairs are empty or hold "
                          "braces or '|'")
    elif q.kind == "shortanswer":
        accepted = [t(a.text) for a in q.answers if (a.weight is None or a.weight >= FULL)]
        if len(accepted) < len(q.answers):
            ctx.note(f"{where}: answers with partial credit are not accepted")
        blank = gap(accepted) if missing else None
        if missing and blank:
            out = {"type": "fill_blanks", "prompt": q.title or "Fill in the blank.",
                   "text": f"{passage(stem)} {blank} {passage(after)}".strip()}
        else:
            out = {"type": "text", "prompt": prompt, "accepted": accepted}
    else:  # multichoice
        choices = [Choice(t(a.text), a.weight if a.weight is not None else float(a.right),
                          _text(a.feedback, q.fmt)) for a in q.answers]
        right = [c for c in choices if c.fraction >= FULL]
        wrong = [c.text for c in choices if c.fraction <= 0]
        blank = gap([right[0].text]) if len(right) == 1 and missing else None
        if blank and "|" not in blank and len(right) + len(wrong) == len(choices):
            out = {"type": "drag_words", "prompt": q.title or "Choose the missing word.",
                   "text": f"{passage(stem)} {blank} {passage(after)}".strip(),
                   "distractors": [w for w in wrong if w != right[0].text]}
        else:
            out = choice_question(prompt, choices, single=None, ctx=ctx, where=where)
    if out is not None and q.general.strip():
        out["explanation"] = _text(q.general, q.fmt)
    return out


def _numeric(q: GiftQuestion, prompt: str, ctx: ConversionContext, where: str,
             ) -> dict[str, Any] | None:
    full = [a for a in q.answers if a.right and (a.weight is None or a.weight >= FULL)]
    parsed = number_range(unescape(full[0].text)) if full else None
    if parsed is None:
        ctx.leave_out(f"question {prompt[:60]!r}", where, "its numeric answer cannot be read")
        return None
    if len(q.answers) > 1:
        ctx.note(f"{where}: only the fully right numeric answer is kept")
    return {"type": "numeric", "prompt": prompt, "answer": parsed[0], "tolerance": parsed[1]}


def convert_gift(text: str, ctx: ConversionContext, where: str, title: str) -> CourseDraft:
    """A GIFT text as a course draft: categories are modules, questions quiz items."""
    bank = Bank(ctx, where, title)
    for kind, value in parse_gift(text):
        ctx.check()
        if kind == "category":
            bank.category(value)
        elif kind == "error":
            ctx.leave_out("a question", f"{where}: {value.split(':', 1)[0]}",
                          f"it is not valid GIFT ({value.split(': ', 1)[-1]})")
        elif value.kind == "description":
            html = value.fmt == "html" or (value.fmt == "moodle" and "<" in value.stem)
            body = (lesson_html(value.stem, lambda u, tag: u if tag == "a" and u.startswith(
                ("http://", "https://")) else None) if html else text_block(value.stem))
            bank.lesson(value.title or "Introduction", body)
        else:
            for src in image_sources(value.stem) if "<img" in value.stem else ():
                ctx.leave_out(f"picture {src[:80]!r}", f"{where}: line {value.line}",
                              "a GIFT file does not carry its pictures; the question is kept "
                              "without it")
            bank.question(map_question(value, ctx, where), value.title)
    return CourseDraft(title=title, modules=bank.modules())


def _decode(data: bytes) -> str | None:
    if b"\x00" in data:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def looks_like_gift(text: str) -> int:
    """How many questions `text` holds if it reads as GIFT, else 0.

    Careful not to claim any text file: at most one block in four may fail to parse (a
    real bank with a typo is still a bank; the converter reports that question), at least
    half of the blocks must be questions with an answer block, and a file of only `{}`
    essays must also use a GIFT marker (`::title::` or `$CATEGORY`).
    """
    head = text.lstrip()[:1]
    if head in ("<", "[", "{", "%") and not text.lstrip().startswith("[html]"):
        return 0
    entries = parse_gift(text)
    questions = [v for k, v in entries if k == "question" and v.kind != "description"]
    errors = sum(k == "error" for k, _ in entries)
    if not questions or 3 * errors > len(questions):
        return 0
    blocks = sum(k == "question" for k, _ in entries)
    if 2 * len(questions) < blocks:
        return 0
    marked = any(k == "category" for k, _ in entries) or any(q.title for q in questions)
    if all(q.kind == "essay" for q in questions) and not marked:
        return 0
    return len(questions)


class GiftConverter:
    """GIFT question files (`.gift`, `.txt`), recognised by their content."""

    name = "gift"

    def sniff(self, tree: InputTree) -> str | None:
        """Judged on the whole file when small, else on its first SNIFF_HEAD bytes cut at
        a blank line (a 16 MiB bank is not parsed twice just to be recognised)."""
        names = tree.names()
        if len(names) != 1 or tree.size(names[0]) > MAX_GIFT:
            return None
        whole = tree.size(names[0]) <= SNIFF_HEAD
        with tree.open(names[0]) as fh:
            data = fh.read(SNIFF_HEAD)
        if not whole:
            cut = max(data.rfind(b"\n\n"), data.rfind(b"\r\n\r\n"))
            data = data[:cut] if cut > 0 else b""
        text = _decode(data)
        count = looks_like_gift(text) if text else 0
        if not count:
            return None
        return f"GIFT question file ({count} questions)" if whole else "GIFT question file"

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        name = tree.names()[0]
        text = _decode(tree.read(name, MAX_GIFT))
        if text is None:
            raise ConversionError(f"{tree.label} is not UTF-8 text; save the GIFT file as "
                                  "UTF-8 and try again.")
        stem = tree.label.rsplit(".", 1)[0] or "Questions"
        return convert_gift(text, ctx, tree.label, stem)
