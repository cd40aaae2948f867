"""Safe parsing of the structured files inside foreign material: XML, JSON and HTML.

- XML goes through defusedxml: no entity expansion (billion laughs), no external entities
  or DTDs fetched, so a hostile manifest can neither blow up memory nor read local files
  or reach the network. A DOCTYPE line alone (EPUB 2's XHTML has one) is allowed.
- JSON is bounded in size and depth before `json` sees it.
- HTML becomes lesson HTML through the lesson sanitiser's rules (nh3, an allow-list), with
  every image and link passed to a resolver that maps it to a file of the course or drops
  it; or plain text for question prompts. Both are linear-time (no backtracking regex).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape, unescape
from html.parser import HTMLParser
from typing import Any
from xml.etree.ElementTree import Element

import nh3
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ..errors import ConversionError
from ..untrusted_json import load_untrusted_json

MAX_JSON = 16 * 1024 * 1024
MAX_JSON_DEPTH = 200


def parse_xml(data: bytes, what: str) -> Element:
    """Parse untrusted XML with entities and external references refused."""
    try:
        return fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ConversionError(f"{what} declares XML entities or external references, which "
                              "are refused as unsafe.") from exc
    except Exception as exc:  # ParseError and friends: damaged or not XML
        raise ConversionError(f"{what} is not well-formed XML ({exc}).") from exc


def local(tag: str) -> str:
    """An element's name without its namespace ("{ns}item" -> "item")."""
    return tag.rsplit("}", 1)[-1]


def parse_json(data: bytes, what: str) -> Any:
    """Parse untrusted JSON with size and depth limits."""
    return load_untrusted_json(data, what, limit=MAX_JSON, depth=MAX_JSON_DEPTH,
                               error=ConversionError, verdict="the file is refused")


# ------------------------------------------------------------------------- HTML
LESSON_TAGS = {
    "p", "br", "hr", "span", "div", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark",
    "sub", "sup", "small", "abbr", "cite", "q", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "pre", "code", "kbd", "samp", "var",
    "a", "img", "figure", "figcaption",
}
_CLEAN_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template",
                  "svg", "math", "textarea", "select", "title", "head", "frameset", "applet",
                  "audio", "video"}
_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}, "th": {"colspan", "rowspan"},
               "td": {"colspan", "rowspan"}, "ol": {"start"}}

# (url, "img" | "a") -> the URL to keep (a course file path relative to the lesson, an
# http(s) link, an "item:ID" link) or None to drop it (the caller reports what it drops).
Resolver = Callable[[str, str], str | None]


def lesson_html(html: str, resolve: Resolver) -> str:
    """Foreign HTML as a block for a lesson's Markdown: sanitised, links resolved.

    Every image source and link target reaches `resolve` (`file:`, `data:` and
    `javascript:` ones too, so the converter can report them); whatever it returns passes
    a second, strict pass that keeps only http(s), `item:` and relative URLs. An image left
    without a source is removed rather than left as an empty frame. The result is wrapped
    in one `<div>` so Python-Markdown passes it through as a raw block; the lesson renderer
    sanitises it again (defence in depth).
    """
    def keep(tag: str, attr: str, value: str) -> str | None:
        if (tag, attr) in (("img", "src"), ("a", "href")):
            return resolve(value.strip(), tag)
        return value

    resolved = nh3.clean(html, tags=LESSON_TAGS, clean_content_tags=_CLEAN_CONTENT,
                         attributes=_ATTRIBUTES, attribute_filter=keep, link_rel=None,
                         url_schemes=_ANY_SCHEME, strip_comments=True)
    clean = nh3.clean(resolved, tags=LESSON_TAGS, attributes=_ATTRIBUTES, link_rel=None,
                      url_schemes={"http", "https", "item"}, strip_comments=True)
    if "<img" in clean:
        clean = _IMG_WITHOUT_SRC.sub("", clean)
    clean = clean.strip()
    if "\n\n" in clean:  # a blank line would end the raw block
        clean = _BLANK_LINES.sub("\n", clean)
    return f"<div>\n{clean}\n</div>\n" if clean else ""


# Schemes the first pass lets through to the resolver, so that it sees (and reports)
# every URL; the second pass is the strict one.
_ANY_SCHEME = {"http", "https", "item", "file", "data", "javascript", "vbscript", "ftp",
               "mailto", "tel", "blob", "about", "ms-its", "mk", "res", "chrome"}
_BLANK_LINES = re.compile(r"\n{2,}")
# Sanitised output only (quoted attributes, no '>' inside tags), so this cannot backtrack.
_IMG_WITHOUT_SRC = re.compile(r"<img(?: (?!src=)[a-z]+=\"[^\"]*\")*>")


_BREAKS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
                     "blockquote", "pre", "table", "ul", "ol", "dd", "dt"})


class _Text(HTMLParser):
    _BREAKS = _BREAKS
    _SKIP = frozenset(_CLEAN_CONTENT)

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pre = 0
        self.images: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre":
            self.pre += 1
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BREAKS:
            self.parts.append("\n")
        elif tag == "img":
            alt = dict(attrs).get("alt") or ""
            self.images.append(alt)
            if alt and not self.skip:
                self.parts.append(f" [{alt}] ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:  # line breaks in HTML source are spaces, except inside <pre>
            self.parts.append(data if self.pre else data.replace("\n", " "))


def html_text(html: str, *, max_chars: int = 20_000) -> str:
    """Plain text of an HTML fragment (question prompts, options, feedback, titles).

    Paragraphs become line breaks, runs of spaces one space, scripts and styles vanish,
    an image leaves its alt text in brackets. Cut to `max_chars`.
    """
    parser = _Text()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    out = "\n".join(line for line in lines if line)
    return out[:max_chars]


def sanitised_has_text(html: str) -> bool:
    """Whether `lesson_html`'s output shows any text (not only tags and white space).

    Answers what `html_text(html)` would, without an HTML parser: an empty-chapter test on
    every chapter of a book through `HTMLParser` was a third of an EPUB's conversion time.
    It holds for sanitised output only: there every `<` starts a tag, `<` and `>` inside
    attribute values are escaped, no comments are left, and the tags whose content
    `html_text` skips (scripts, styles, ...) were removed with their content. Linear, and
    it stops at the first text it meets (most chapters: within the first tags).
    """
    pos = 0
    while pos < len(html):
        lt = html.find("<", pos)
        segment = html[pos:] if lt < 0 else html[pos:lt]
        if "&" in segment:  # &nbsp; alone is white space, as in html_text
            segment = unescape(segment)
        if segment.strip():
            return True
        if lt < 0:
            return False
        gt = html.find(">", lt)
        if gt < 0:
            return False
        pos = gt + 1
    return False


def text_block(text: str) -> str:
    """Plain text as lesson HTML (escaped, paragraphs kept)."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>\n" for p in paras)
