"""How lessons and slides look: a document style sheet from the theme colours and the
font-size setting, sized for comfortable reading.

QTextDocument understands only a subset of CSS: blocks take a background colour but no
padding and no border, while table cells take both. So admonitions and code blocks are
wrapped in a one-cell table (`boxed_blocks`) to become tinted boxes with breathing room.
The reading column is kept to about 70 characters (`column_margin`), because long lines
are hard to follow, especially for people who read slowly or in a second language.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..base.theme import Colors

READING_CHARS = 70
ZOOM_STEP = 0.1  # each zoom step changes the text size by 10 % of the base size
_WARNING_KINDS = ("warning", "caution", "attention", "danger", "error", "failure")
_TIP_KINDS = ("tip", "hint", "success", "important")
_DIV_TOKEN = re.compile(r"<div\b([^>]*)>|</div>", re.I)
_ADMONITION_CLASS = re.compile(r'class="admonition(?: ([\w-]+))?"')
_PRE = re.compile(r"(<pre>.*?</pre>)", re.S)
_TABLE_TOKEN = re.compile(r"<table\b[^>]*>|</table>|<tr\b[^>]*>|<t[dh]\b([^>]*)>", re.I)
_COLSPAN = re.compile(r'\scolspan="?(\d+)', re.I)


def mix(color: str, other: str, amount: float) -> str:
    """`color` blended towards `other` by `amount` (0..1); '#rrggbb' in and out."""
    a = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(other[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def lesson_point_size(font_size: int, zoom: int, slides: bool = False) -> float:
    """Body text size: a little larger than the UI font (much larger on slides)."""
    base = font_size * (2.0 if slides else 1.15)
    return round(base * (1 + ZOOM_STEP * zoom), 1)


def lesson_css(c: Colors, point_size: float) -> str:
    """The default style sheet of a lesson document at `point_size`."""
    def pt(factor: float) -> str:
        return f"{point_size * factor:.1f}pt"

    def px(factor: float) -> str:  # QTextDocument takes margins in px only
        return f"{round(point_size * factor * 96 / 72)}px"
    note_bg = mix(c.base, c.accent, 0.12)
    warn_bg = mix(c.base, c.danger, 0.12)
    tip_bg = mix(c.base, c.success, 0.12)
    code_bg = mix(c.base, c.text, 0.07)
    return f"""
body {{ color: {c.text}; font-size: {pt(1)}; }}
p, li, dd, dt, blockquote {{ line-height: 145%; }}
p {{ margin-top: 0; margin-bottom: {px(0.8)}; }}
h1 {{ font-size: {pt(1.75)}; font-weight: 600; margin-top: {px(0.4)};
      margin-bottom: {px(0.8)}; }}
h2 {{ font-size: {pt(1.4)}; font-weight: 600; margin-top: {px(1.4)};
      margin-bottom: {px(0.5)}; }}
h3 {{ font-size: {pt(1.2)}; font-weight: 600; margin-top: {px(1.1)};
      margin-bottom: {px(0.4)}; }}
h4, h5, h6 {{ font-size: {pt(1.05)}; font-weight: 600; margin-top: {px(0.9)}; }}
a {{ color: {c.accent}; text-decoration: underline; }}
ul, ol {{ margin-top: 0; margin-bottom: {px(0.8)}; }}
li {{ margin-bottom: {px(0.25)}; }}
dt {{ font-weight: 600; }}
dd {{ margin-bottom: {px(0.5)}; }}
blockquote {{ color: {c.muted}; margin-left: {px(1.5)}; font-style: italic; }}
code, kbd, samp {{ font-family: monospace; background-color: {code_bg}; }}
pre {{ font-family: monospace; font-size: {pt(0.9)}; white-space: pre-wrap;
       margin: 0; }}
table {{ border-collapse: collapse; margin-bottom: {px(1)}; border-color: {c.border}; }}
th, td {{ border: 1px solid {c.border}; padding: 6px 10px; vertical-align: top; }}
th {{ background-color: {mix(c.base, c.text, 0.05)}; font-weight: 600; }}
table.box {{ border-collapse: collapse; margin-top: {px(0.4)}; margin-bottom: {px(1)}; }}
table.box td {{ border: none; padding: 10px 14px; }}
table.code td {{ background-color: {code_bg}; }}
table.admonition td {{ background-color: {note_bg}; border-left: 4px solid {c.accent}; }}
table.warning td {{ background-color: {warn_bg}; border-left: 4px solid {c.danger}; }}
table.tip td {{ background-color: {tip_bg}; border-left: 4px solid {c.success}; }}
p.admonition-title {{ font-weight: 600; margin-bottom: {px(0.3)}; }}
div.footnote {{ font-size: {pt(0.9)}; color: {c.muted}; }}
sup {{ font-size: {pt(0.7)}; }}
p.image {{ line-height: 100%; margin-bottom: {px(0.3)}; }}
p.image-alt, span.image-alt {{ color: {c.muted}; font-size: {pt(0.9)}; }}
p.table-summary {{ color: {c.muted}; font-size: {pt(0.9)}; margin-bottom: {px(0.3)}; }}

"""


def _box(inner: str, kind: str) -> str:
    return (f'<table class="box {kind}" width="100%" cellspacing="0" cellpadding="10">'
            f"<tr><td>{inner}</td></tr></table>")


def boxed_blocks(html: str) -> str:
    """Wrap admonition `<div>`s and `<pre>` blocks in one-cell tables (see module doc).

    The input is sanitiser output, so every `<div>` is closed; nesting is followed by
    counting, not guessed.
    """
    html = _PRE.sub(lambda m: _box(m.group(1), "code"), html)
    out: list[str] = []
    stack: list[str | None] = []  # per open div: the admonition kind, or None
    position = 0
    for token in _DIV_TOKEN.finditer(html):
        out.append(html[position:token.start()])
        position = token.end()
        if token.group(0).startswith("</"):
            kind = stack.pop() if stack else None
            out.append("</td></tr></table>" if kind is not None else token.group(0))
            continue
        match = _ADMONITION_CLASS.search(token.group(1) or "")
        if match is None:
            stack.append(None)
            out.append(token.group(0))
            continue
        name = match.group(1) or "note"
        kind = ("admonition warning" if name in _WARNING_KINDS else
                "admonition tip" if name in _TIP_KINDS else "admonition")
        stack.append(kind)
        out.append(_box("", kind).removesuffix("</td></tr></table>"))
    out.append(html[position:])
    return "".join(out)


def table_summaries(html: str, label: Callable[[int, int], str]) -> str:
    """A line `label(rows, columns)` before each table (say, "Table: 3 rows, 2 columns"):
    for a screen reader the lesson is one text object in which a table is just cells in a
    row, so its size is said first. Call it before `boxed_blocks` (whose one-cell tables
    are layout, not data). Input is sanitiser output, so tables are closed; nesting is
    followed by counting."""
    found: list[tuple[int, list[int]]] = []  # per table: (start offset, cells per row)
    stack: list[int] = []  # indexes into `found` of the open tables
    for token in _TABLE_TOKEN.finditer(html):
        text = token.group(0).lower()
        if text.startswith("<table"):
            stack.append(len(found))
            found.append((token.start(), []))
        elif text == "</table>":
            if stack:
                stack.pop()
        elif not stack:
            continue
        elif text.startswith("<tr"):
            found[stack[-1]][1].append(0)
        else:
            rows = found[stack[-1]][1]
            if rows:
                span = _COLSPAN.search(token.group(1) or "")
                rows[-1] += max(1, int(span.group(1))) if span else 1
    out: list[str] = []
    position = 0
    for start, rows in found:
        out.append(html[position:start])
        position = start
        if rows:
            out.append(f'<p class="table-summary">{label(len(rows), max(rows))}</p>')
    out.append(html[position:])
    return "".join(out)


def column_margin(viewport_width: int, char_width: float, minimum: int = 16) -> int:
    """Side margin that keeps the text column near `READING_CHARS` characters, centred."""
    column = READING_CHARS * char_width
    return max(minimum, int((viewport_width - column) / 2))
