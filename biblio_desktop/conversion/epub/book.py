"""The structure of an EPUB (2 and 3): container.xml → package document (OPF) → manifest,
spine, metadata, bindings, and the table of contents (EPUB 3 navigation document or
EPUB 2 NCX).

Every path inside the book is resolved against the file that names it and kept inside the
archive; a reference that leaves it, or names a file the archive does not hold, is simply
not found. Nothing here reads chapters: that is chapters.py.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element

from ...errors import ConversionError
from ..archive import InputTree
from ..markup import local, parse_xml

XML_LIMIT = 4 * 1024 * 1024
OPF_TYPE = "application/oebps-package+xml"
XHTML_TYPES = ("application/xhtml+xml", "text/html")
MAX_NAV_ENTRIES = 20_000
EPUB_NS = "http://www.idpf.org/2007/ops"


@dataclass
class ManifestItem:
    id: str
    path: str | None  # the member in the archive, None when the archive lacks it
    href: str
    media_type: str
    properties: frozenset[str] = frozenset()


@dataclass
class NavEntry:
    label: str
    path: str | None  # member the entry points at (fragment dropped)
    fragment: str
    children: list[NavEntry] = field(default_factory=list)


@dataclass
class Book:
    opf_path: str
    version: str
    title: str
    language: str
    rights: str
    description: str
    creator: str
    publisher: str
    manifest: dict[str, ManifestItem]
    spine: list[tuple[ManifestItem, bool]]  # (item, linear)
    toc: list[NavEntry]
    nav_path: str | None
    bindings: dict[str, str]  # media type -> handler manifest id (EPUB 3.0 bindings)

    def by_path(self) -> dict[str, ManifestItem]:
        return {item.path: item for item in self.manifest.values() if item.path}


def resolve(tree: InputTree, base: str, href: str) -> tuple[str | None, str]:
    """(member, fragment) for a relative `href` inside the file `base`; member None when
    the reference is not a file of the archive (remote, absolute, outside, missing)."""
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc or not parts.path:
        return None, parts.fragment
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parts.path)))
    if joined.startswith(("../", "/")) or joined in ("..", "."):
        return None, parts.fragment
    return tree.find(joined), parts.fragment


def _xml(tree: InputTree, name: str, what: str) -> Element:
    return parse_xml(tree.read(name, XML_LIMIT), what)


def is_epub(tree: InputTree) -> str | None:
    """The OPF member of an EPUB (from META-INF/container.xml), or None."""
    container = tree.find("META-INF/container.xml")
    if container is None or tree.size(container) > XML_LIMIT:
        return None
    try:
        root = _xml(tree, container, f"{tree.label}: META-INF/container.xml")
    except ConversionError:
        return None
    if local(root.tag) != "container":
        return None
    for el in root.iter():
        if local(el.tag) == "rootfile":
            media = (el.get("media-type") or OPF_TYPE).strip()
            full = el.get("full-path") or ""
            if media == OPF_TYPE and full:
                member = tree.find(full)
                if member is not None:
                    return member
    return None


def _text(el: Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def read_book(tree: InputTree, opf: str) -> Book:
    """Parse the package document and its table of contents."""
    root = _xml(tree, opf, f"{tree.label}: {opf}")
    if local(root.tag) != "package":
        raise ConversionError(f"{tree.label}: {opf} is not an EPUB package document.",
                              "the EPUB is damaged; export it again")
    meta: dict[str, str] = {}
    manifest: dict[str, ManifestItem] = {}
    spine: list[tuple[ManifestItem, bool]] = []
    bindings: dict[str, str] = {}
    ncx_id = ""
    for section in root:
        name = local(section.tag)
        if name == "metadata":
            for el in section.iter():
                key = local(el.tag)
                if key in ("title", "language", "rights", "description", "creator",
                           "publisher") and key not in meta and _text(el):
                    meta[key] = _text(el)
        elif name == "manifest":
            for el in section:
                if local(el.tag) != "item" or not el.get("id") or not el.get("href"):
                    continue
                member, _frag = resolve(tree, opf, el.get("href", ""))
                props = frozenset((el.get("properties") or "").split())
                manifest[el.get("id", "")] = ManifestItem(
                    el.get("id", ""), member, el.get("href", ""),
                    (el.get("media-type") or "").strip().lower(), props)
        elif name == "spine":
            ncx_id = section.get("toc") or ""
            for el in section:
                item = manifest.get(el.get("idref") or "")
                if local(el.tag) == "itemref" and item is not None:
                    spine.append((item, (el.get("linear") or "yes").strip() != "no"))
        elif name == "bindings":
            for el in section:
                if local(el.tag) == "mediaType" and el.get("handler"):
                    bindings[(el.get("media-type") or "").strip().lower()] = el.get("handler", "")
    nav = next((i for i in manifest.values() if "nav" in i.properties and i.path), None)
    toc: list[NavEntry] = []
    if nav is not None and nav.path is not None:
        toc = _nav_document(tree, nav.path)
    if not toc:
        ncx = manifest.get(ncx_id) or next(
            (i for i in manifest.values() if i.media_type == "application/x-dtbncx+xml"), None)
        if ncx is not None and ncx.path is not None:
            toc = _ncx(tree, ncx.path)
    language = meta.get("language", "").split("-")[0].lower() or "en"
    return Book(opf, (root.get("version") or "2.0").strip(), meta.get("title", ""),
                language, meta.get("rights", ""), meta.get("description", ""),
                meta.get("creator", ""), meta.get("publisher", ""), manifest, spine, toc,
                nav.path if nav else None, bindings)


class _Budget:
    def __init__(self) -> None:
        self.left = MAX_NAV_ENTRIES

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def _nav_document(tree: InputTree, path: str) -> list[NavEntry]:
    try:
        root = _xml(tree, path, f"{tree.label}: {path}")
    except ConversionError:
        return []
    navs = [el for el in root.iter() if local(el.tag) == "nav"]
    toc = next((n for n in navs if (n.get(f"{{{EPUB_NS}}}type") or "").split().count("toc")),
               navs[0] if navs else None)
    if toc is None:
        return []
    top = next((el for el in toc.iter() if local(el.tag) == "ol"), None)
    budget = _Budget()
    # Iterative walk (no recursion on untrusted depth): (ol element, list to fill)
    result: list[NavEntry] = []
    stack: list[tuple[Element, list[NavEntry]]] = [(top, result)] if top is not None else []
    while stack:
        ol, into = stack.pop()
        for li in ol:
            if local(li.tag) != "li" or not budget.take():
                continue
            link = next((c for c in li if local(c.tag) in ("a", "span")), None)
            label = _text(link) if link is not None else ""
            member, fragment = (resolve(tree, path, link.get("href") or "")
                                if link is not None and link.get("href") else (None, ""))
            entry = NavEntry(label, member, fragment)
            into.append(entry)
            sub = next((c for c in li if local(c.tag) == "ol"), None)
            if sub is not None:
                stack.append((sub, entry.children))
    return result


def _ncx(tree: InputTree, path: str) -> list[NavEntry]:
    try:
        root = _xml(tree, path, f"{tree.label}: {path}")
    except ConversionError:
        return []
    nav_map = next((el for el in root.iter() if local(el.tag) == "navMap"), None)
    if nav_map is None:
        return []
    budget = _Budget()
    result: list[NavEntry] = []
    stack: list[tuple[Element, list[NavEntry]]] = [(nav_map, result)]
    while stack:
        parent, into = stack.pop()
        for point in parent:
            if local(point.tag) != "navPoint" or not budget.take():
                continue
            label_el = next((c for c in point if local(c.tag) == "navLabel"), None)
            content = next((c for c in point if local(c.tag) == "content"), None)
            member, fragment = (resolve(tree, path, content.get("src") or "")
                                if content is not None else (None, ""))
            entry = NavEntry(_text(label_el), member, fragment)
            into.append(entry)
            stack.append((point, entry.children))
    return result


def chapter_titles(toc: list[NavEntry]) -> dict[str, str]:
    """The title of each file the table of contents points at: the first entry pointing
    at the whole file, else the first pointing into it (document order)."""
    whole: dict[str, str] = {}
    part: dict[str, str] = {}
    stack = list(reversed(toc))
    while stack:
        entry = stack.pop()
        if entry.path and entry.label:
            target = part if entry.fragment else whole
            target.setdefault(entry.path, entry.label)
        stack.extend(reversed(entry.children))
    return {**part, **whole}
