"""Course Markdown → safe HTML for the lesson and slide views.

A course package comes from someone else, so its Markdown is untrusted input: the HTML
that leaves this module may only point at the package's own files (rewritten to the
`pkg:` scheme, which the view serves from the installed course folder and nothing
else), at other items of the course (`item:ID`, only when the ID exists), at a fragment
in the same page, or at a web page (`http(s)` links, which the view opens only after
asking). Remote images are dropped so that opening a lesson never touches the network,
and so are `file:`, `data:`, `javascript:`, absolute paths and `..` leaving the package.
Scripts, styles, frames, forms, event handlers and `style` attributes never survive.

No Qt here: the core tests check every rule without a display.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape, unescape
from urllib.parse import quote, unquote

import markdown
import nh3

from ..packages.frontmatter import split_front_matter
from ..packages.names import content_relpath

__all__ = ["PACKAGE_SCHEME", "RenderedLesson", "render_markdown", "rewrite_url"]

PACKAGE_SCHEME = "pkg"

_EXTENSIONS = ["tables", "footnotes", "admonition", "fenced_code", "attr_list", "def_list",
               "toc"]
# Alignment as an attribute: `style` is never allowed through the sanitiser.
_EXTENSION_CONFIG = {"tables": {"use_align_attribute": True}}

_TAGS = {
    "p", "br", "hr", "span", "div", "strong", "b", "em", "i", "u", "s", "del", "ins", "mark",
    "sub", "sup", "small", "abbr", "cite", "q", "blockquote",
    "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
    "pre", "code", "kbd", "samp", "var",
    "a", "img", "figure", "figcaption",
}
# Removed together with everything inside them (their text is not lesson text).
_CLEAN_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template",
                  "svg", "math", "textarea", "select", "title", "frameset", "applet"}
_ATTRIBUTES = {
    "*": {"id", "title", "lang", "dir"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
    "col": {"span"}, "colgroup": {"span"},
    "ol": {"start"},
    "abbr": set(),
}
_ADMONITIONS = {"note", "tip", "hint", "important", "warning", "caution", "attention",
                "danger", "error", "info", "example", "question", "success", "failure"}
_CLASSES = {
    "div": {"admonition", "footnote", "toc", *_ADMONITIONS},
    "p": {"admonition-title"},
    "a": {"footnote-ref", "footnote-backref"},
    "ol": {"footnote"},
}
_URL_ATTRIBUTES = {"href", "src"}
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
_IMG_WITHOUT_SRC = re.compile(r"<img\b(?![^>]*\ssrc=)([^>]*)>", re.I)
_IMG = re.compile(r"(<p>)?<img\b([^>]*)>(</p>)?", re.I)
_ALT = re.compile(r'\salt="([^"]*)"')
_H1 = re.compile(r"<h1\b[^>]*>(.*?)</h1>", re.S | re.I)
_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class RenderedLesson:
    """Sanitised HTML plus what it points at (package paths of images, kept link URLs)."""

    html: str
    title: str
    images: tuple[str, ...]
    links: tuple[str, ...]


def rewrite_url(value: str, base_path: str, item_ids: set[str] | frozenset[str],
                image: bool) -> str | None:
    """The safe form of a link or image URL written in the file `base_path`, or None.

    `pkg:<package path>` for a relative path inside the package, `item:ID` for a known
    item, `#fragment` unchanged, `http(s)://` for links only; anything else is None.
    """
    url = _CONTROL.sub("", value)
    if not url:
        return None
    if url.startswith("#"):
        return None if image else url
    scheme = _SCHEME.match(url)
    if scheme is not None:
        name = scheme.group(1).lower()
        if name in ("http", "https") and not image and url[len(name) + 1:].startswith("//"):
            return url
        if name == "item" and not image:
            target = url[len(name) + 1:]
            return f"item:{target}" if target in item_ids else None
        return None
    path, _, fragment = url.partition("#")
    path = path.partition("?")[0]
    if not path:
        return None
    resolved = content_relpath(base_path, unquote(path))
    if resolved is None:
        return None
    target = f"{PACKAGE_SCHEME}:{quote(resolved, safe='/')}"
    if fragment and not image:
        target += "#" + quote(fragment, safe="")
    return target


def _markdown_to_html(body: str) -> str:
    return markdown.markdown(body, extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIG,
                             output_format="html")


def _drop_unloadable_images(html: str) -> str:
    """An image whose source was removed becomes its alt text, not a broken-image box."""
    def replace(match: re.Match[str]) -> str:
        alt = _ALT.search(match.group(1))
        return alt.group(1) if alt else ""
    return _IMG_WITHOUT_SRC.sub(replace, html)


def _caption_images(html: str) -> str:
    """Each image's alt text also as a caption right after it, so that it is part of the
    text a screen reader reads (Qt exposes an image only as an object character) and
    sighted readers see the same description: `p.image-alt` under an image that is a
    paragraph of its own, else `span.image-alt` after a line break. An image with an
    empty alt text is decorative and gets none. The alt text (sanitiser output) is
    unescaped and escaped again, as it becomes element text."""
    def replace(match: re.Match[str]) -> str:
        alt = _ALT.search(match.group(2))
        text = unescape(alt.group(1)).strip() if alt else ""
        if not text:
            return match.group(0)
        if match.group(1) and match.group(3):  # an image paragraph: caption paragraph
            return (f'<p class="image"><img{match.group(2)}></p>'
                    f'<p class="image-alt">{escape(text)}</p>')
        return f'{match.group(0)}<br><span class="image-alt">{escape(text)}</span>'
    return _IMG.sub(replace, html)


def render_markdown(text: str, base_path: str, item_ids: set[str] | frozenset[str]
                    ) -> RenderedLesson:
    """Render one course Markdown file (front matter allowed) to sanitised HTML.

    `base_path` is the file's package path (e.g. `lessons/en/welcome.md`): relative links
    and images resolve against it. `item_ids` are the items of the course; `item:` links
    to any other id are removed. The title is the front-matter `title`, else the first
    level-1 heading, else empty.
    """
    meta, body = split_front_matter(text)
    raw_html = _markdown_to_html(body)
    images: list[str] = []
    links: list[str] = []

    def attribute_filter(tag: str, attribute: str, value: str) -> str | None:
        if attribute not in _URL_ATTRIBUTES:
            return value
        is_image = tag == "img"
        if is_image != (attribute == "src"):
            return None
        safe = rewrite_url(value, base_path, item_ids, image=is_image)
        if safe is not None:
            if is_image:
                images.append(safe[len(PACKAGE_SCHEME) + 1:])
            else:
                links.append(safe)
        return safe

    clean = nh3.clean(raw_html, tags=_TAGS, clean_content_tags=_CLEAN_CONTENT,
                      attributes=_ATTRIBUTES, attribute_filter=attribute_filter,
                      url_schemes={"http", "https", "item", PACKAGE_SCHEME},
                      allowed_classes=_CLASSES, link_rel=None, strip_comments=True)
    clean = _caption_images(_drop_unloadable_images(clean))
    title = meta.get("title", "").strip()
    if not title:
        heading = _H1.search(clean)
        title = unescape(_TAG.sub("", heading.group(1))).strip() if heading else ""
    return RenderedLesson(clean, title, tuple(unquote(i) for i in images), tuple(links))
