"""Front matter and slide splitting for course Markdown (lessons and slides).

Authors write these files by hand in whatever editor they have (Notepad adds a BOM and
CRLF line ends), so the parser is tolerant about encoding details but deliberately tiny:
front matter is `key: value` lines with plain-string values, not YAML, because a title
like `Yes: no` must stay text and authors should not have to learn YAML quoting. The
builder (titles, minutes) and the UI (rendering, slides) share these two functions so a
file means the same thing in both.
"""

from __future__ import annotations

import re

__all__ = ["link_targets", "split_front_matter", "split_slides"]

_BOM = "\ufeff"
_FENCE_LINE = "---"
_KEY_VALUE = re.compile(r"^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_LEADING_BLANK_LINES = re.compile(r"\A(?:[ \t]*\r?\n)+")
# Where Markdown can point at a file: inline links/images, reference definitions, HTML.
_INLINE_LINK = re.compile(r"\]\(\s*(?:<([^>\n]*)>|([^\s)]+))")
_REFERENCE = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*(?:<([^>\n]*)>|(\S+))", re.M)
_HTML_LINK = re.compile(r"<(?:img|a|source|video|audio)\b[^>]*?\b(?:src|href|poster)\s*=\s*"
                        r"(?:\"([^\"]*)\"|'([^']*)')", re.I)
_FENCED_CODE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?(?:^ {0,3}\1[`~]*[ \t]*$|\Z)", re.M | re.S)
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)


def _is_rule(line: str) -> bool:
    """True for a line holding only `---` (trailing spaces and CR/LF allowed)."""
    return line.rstrip(" \t\r\n") == _FENCE_LINE


def _unquote(value: str) -> str:
    """Drop one pair of matching quotes around a whole value (`title: "A: B"` is common)."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" \
            and value[0] not in value[1:-1]:
        return value[1:-1]
    return value


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a Markdown file into its front matter and its body.

    Front matter is a `---` line at the very top (after an optional BOM), `key: value`
    lines (blank lines allowed), and a closing `---` line. Values are plain strings with
    surrounding whitespace and one pair of matching quotes removed; a repeated key keeps its
    last value. When the top block is not front matter (no opening or closing `---`, or a
    line that is not `key: value`, as in a slides file that starts with a separator) the
    result is `({}, text)`, so nothing an author wrote is silently swallowed. A leading BOM
    is always removed from the returned body; line ends are kept as they are.
    """
    if text.startswith(_BOM):
        text = text[len(_BOM):]
    lines = text.splitlines(keepends=True)
    if not lines or not _is_rule(lines[0]):
        return {}, text
    values: dict[str, str] = {}
    for index, line in enumerate(lines[1:], start=1):
        if _is_rule(line):
            return values, "".join(lines[index + 1:])
        stripped = line.rstrip("\r\n")
        if not stripped.strip():
            continue
        match = _KEY_VALUE.match(stripped)
        if match is None:
            return {}, text
        values[match.group(1)] = _unquote(match.group(2))
    return {}, text


def split_slides(body: str) -> list[str]:
    """Split the body of a slides file into slides on lines consisting only of `---`.

    Separators inside fenced code blocks (``` or ~~~) are content, not separators, so a
    slide can show Markdown source. Leading blank lines and trailing whitespace of each
    slide are trimmed and slides with no text are dropped: two separators in a row or a
    separator at the start or end must not produce a blank slide.
    """
    if body.startswith(_BOM):
        body = body[len(_BOM):]
    slides: list[str] = []
    current: list[str] = []
    fence: str | None = None  # the opening fence while inside a fenced code block
    for line in body.splitlines(keepends=True):
        bare = line.rstrip("\r\n")
        if fence is None:
            if _is_rule(line):
                slides.append("".join(current))
                current = []
                continue
            opening = _FENCE_OPEN.match(bare)
            if opening and not (opening.group(1)[0] == "`" and "`" in opening.group(2)):
                fence = opening.group(1)
        else:
            stripped = bare.strip()
            if (len(bare) - len(bare.lstrip(" ")) <= 3 and stripped
                    and set(stripped) == {fence[0]} and len(stripped) >= len(fence)):
                fence = None
        current.append(line)
    slides.append("".join(current))
    cleaned = (_LEADING_BLANK_LINES.sub("", slide).rstrip() for slide in slides)
    return [slide for slide in cleaned if slide]


def link_targets(markdown: str) -> list[str]:
    """Every link and image target in `markdown`, ignoring code blocks and code spans.

    The builder packs the local files these point at; the targets are returned as written
    (still relative, possibly remote or `item:`), in no guaranteed order.
    """
    text = _CODE_SPAN.sub("", _FENCED_CODE.sub("", markdown))
    found: list[str] = []
    for pattern in (_INLINE_LINK, _REFERENCE, _HTML_LINK):
        for match in pattern.finditer(text):
            found.append(next(g for g in match.groups() if g is not None).strip())
    return found
