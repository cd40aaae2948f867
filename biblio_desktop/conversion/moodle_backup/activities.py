"""Moodle activities with content: page, book, label, url, resource, folder, h5pactivity.

Each becomes items of our own (lessons, PDF and video items, or what the H5P converter
makes of an H5P activity). HTML goes through the lesson sanitiser; its `@@PLUGINFILE@@`
images and links are resolved to the activity's own files (files.xml), copied into the
course streaming; anything that cannot be resolved (a missing file, a remote image, a link
into the Moodle site) is dropped and reported.
"""

from __future__ import annotations

import tempfile
from html import escape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

from ...errors import ConversionError
from ..archive import InputTree, open_input
from ..context import ConversionContext, safe_name
from ..draft import ItemDraft
from ..markup import html_text, lesson_html
from .backup import PLUGINFILE, Area, BackupFile, FileIndex, file_ok, integer, text

MAX_HTML_FILE = 4 * 1024 * 1024
IMAGE_MAGIC = ((b"\x89PNG", "png"), (b"\xff\xd8\xff", "jpg"), (b"GIF8", "gif"))


def sniff_kind(tree: InputTree, entry: BackupFile) -> tuple[str, str]:
    """(kind, suffix) of a file from its first bytes: pdf, video, image, html or other."""
    with tree.open(entry.member) as fh:
        head = fh.read(16)
    if head.startswith(b"%PDF-"):
        return "pdf", "pdf"
    if head[4:8] == b"ftyp":
        return "video", "mp4"
    if head.startswith(b"\x1a\x45\xdf\xa3"):
        return "video", "webm"
    for magic, suffix in IMAGE_MAGIC:
        if head.startswith(magic):
            return "image", suffix
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "image", "webp"
    lower = entry.filename.lower()
    if lower.endswith((".html", ".htm")) or entry.mimetype == "text/html":
        return "html", "html"
    return "other", lower.rpartition(".")[2] if "." in lower else ""


def media_name(filename: str, suffix: str) -> str:
    """A course file name for `filename` that ends in the suffix its content has."""
    stem = filename.rsplit(".", 1)[0] if "." in filename else filename
    return f"{safe_name(stem, 'file', 60)}.{suffix}"


NO_DESCRIPTION = ("an activity's description is shown on the Moodle course page; this kind "
                  "of item has no description in the app")


def report_description(ctx: ConversionContext, activity: Element | None, what: str,
                       where: str) -> None:
    """Say that an activity's description (its `intro`) is not carried over, if it has one."""
    if html_text(text(activity, "intro"), max_chars=200):
        ctx.leave_out(f"the description of {what}", where, NO_DESCRIPTION)


class ContentActivities:
    """Converts the content activities of one backup; reports what it drops."""

    def __init__(self, tree: InputTree, ctx: ConversionContext, files: FileIndex) -> None:
        self.tree = tree
        self.ctx = ctx
        self.files = files

    # -- HTML with @@PLUGINFILE@@ links ----------------------------------------------------
    def html(self, html: str, area: Area, where: str, relative: bool = False) -> str:
        """Sanitised lesson HTML; plugin files of `area` copied in, the rest reported.

        `relative`: the HTML is a file of the area itself (an HTML resource), so its
        relative links name the area's other files.
        """
        def resolve(url: str, tag: str) -> str | None:
            if relative and url and not url.startswith(("/", "#")) and not scheme(url):
                url = f"{PLUGINFILE}/{url}"
            if url.startswith(PLUGINFILE):
                entry = self.files.lookup(area, url)
                if entry is None or not file_ok(self.tree, entry):
                    self.ctx.leave_out(f"{'image' if tag == 'img' else 'linked file'} "
                                       f"{url[len(PLUGINFILE):][:80]!r}", where,
                                       "the file is not in the backup")
                    return None
                return "../../" + self.ctx.add_media(self.tree, entry.member,
                                                     safe_name(entry.filename))
            return self.outside(url, tag, area, where)
        for tag, url in _Links.scan(html):
            if scheme(url) not in ("", "http", "https", "item"):
                # the sanitiser drops these before the resolver sees them: report here
                self.outside(url, tag, area, where)
        return lesson_html(html, resolve)

    def outside(self, url: str, tag: str, area: Area, where: str) -> str | None:
        """A URL that is not a plugin file: web links stay, everything else is dropped."""
        kind = scheme(url)
        if tag == "a" and kind in ("http", "https"):
            return url
        if tag == "a" and url.startswith("#"):
            return None
        if tag == "img" and kind in ("http", "https"):
            reason = "it is on the web, not in the backup; remote images are never fetched"
        elif tag == "img":
            reason = "it is not a file of the backup"
        else:
            reason = "it points into the Moodle site or outside the course"
        self.ctx.leave_out(f"{'image' if tag == 'img' else 'link'} {url[:80]!r}", where,
                           reason)
        return None

    def intro(self, activity: Element, contextid: str, component: str, where: str) -> str:
        return self.html(text(activity, "intro"), (contextid, component, "intro", "0"), where)

    # -- activities ----------------------------------------------------------------------
    def page(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        page = root.find("page")
        name = text(page, "name") or "Page"
        report_description(self.ctx, page, f"page {name!r}", where)
        body = self.html(text(page, "content"), (contextid, "mod_page", "content", "0"), where)
        if not body:
            self.ctx.leave_out(f"page {name!r}", where, "it is empty")
            return []
        return [ItemDraft("lesson", name, body=body, origin=f"{where}: page")]

    def book(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        """One lesson per chapter; sub-chapters are sections (headings) of their chapter."""
        book = root.find("book")
        name = text(book, "name") or "Book"
        report_description(self.ctx, book, f"book {name!r}", where)
        chapters = sorted(book.iterfind("chapters/chapter") if book is not None else (),
                          key=lambda c: integer(c, "pagenum"))
        items: list[ItemDraft] = []
        parent_hidden = False
        for chapter in chapters:
            self.ctx.check()
            title = " ".join(text(chapter, "title").split()) or name
            sub = text(chapter, "subchapter") == "1"
            hidden = text(chapter, "hidden") == "1" or (sub and parent_hidden)
            if not sub:
                parent_hidden = hidden
            if hidden:
                self.ctx.leave_out(f"chapter {title!r} of book {name!r}", where,
                                   "it is hidden from learners in Moodle")
                continue
            area = (contextid, "mod_book", "chapter", chapter.get("id", ""))
            body = self.html(text(chapter, "content"), area, f"{where}, book {name!r}")
            if sub and items:
                items[-1].body = (items[-1].body or "") + lesson_html(
                    f"<h2>{escape(title)}</h2>", lambda u, t: None) + body
                continue
            items.append(ItemDraft("lesson", title, body=body or "", origin=f"{where}: book "
                                   f"{name!r}"))
        items = [item for item in items if item.body]
        if not items:
            self.ctx.leave_out(f"book {name!r}", where, "it has no visible chapter with text")
        return items

    def glossary(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        """A glossary's approved entries as one lesson: a list of terms and definitions.

        Moodle saves the entries only in a backup made with users; learners adding and
        commenting on entries needs the server, so that part is always reported.
        """
        glossary = root.find("glossary")
        name = text(glossary, "name") or "Glossary"
        entries = sorted((e for e in (glossary.iterfind("entries/entry")
                                      if glossary is not None else ())
                          if text(e, "approved", "1") != "0" and text(e, "concept").strip()),
                         key=lambda e: text(e, "concept").strip().casefold())
        if not entries:
            self.ctx.leave_out(f"glossary {name!r}", where, "its entries are not in the "
                               "backup (Moodle saves them only in a backup made with users)")
            return []
        rows = []
        for entry in entries:
            self.ctx.check()
            area = (contextid, "mod_glossary", "entry", entry.get("id", ""))
            block = self.html(text(entry, "definition"), area, where)  # sanitised, resolved
            inner = block.removeprefix("<div>\n").removesuffix("\n</div>\n")
            rows.append(f"<dt>{escape(' '.join(text(entry, 'concept').split()))}</dt>"
                        f"<dd>{inner}</dd>")
        self.ctx.note(f"{where}: the glossary {name!r} is a lesson of its {len(rows)} "
                      "approved entries; learners cannot add entries in the app")
        listing = lesson_html("<dl>" + "".join(rows) + "</dl>", lambda url, tag: url)
        body = self.intro(glossary, contextid, "mod_glossary", where) + listing
        return [ItemDraft("lesson", name, body=body, required=False,
                          origin=f"{where}: glossary")]

    def label(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        """A label is text between activities: a short lesson that is not required."""
        label = root.find("label")
        body = self.intro(label, contextid, "mod_label", where) if label is not None else ""
        title = " ".join(text(label, "name").split()) or html_text(body)[:60] or "Note"
        if not body:
            return []
        return [ItemDraft("lesson", title, body=body, required=False, minutes=1,
                          origin=f"{where}: label")]

    def url(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        url = root.find("url")
        name = text(url, "name") or "Link"
        target = text(url, "externalurl").strip()
        if scheme(target) not in ("http", "https"):
            self.ctx.leave_out(f"link {name!r}", where, "it is not a web address "
                               f"(http or https): {target[:80]!r}")
            return []
        intro = self.intro(url, contextid, "mod_url", where)
        link = lesson_html(f'<p><a href="{escape(target)}">{escape(name)}</a></p>',
                           lambda u, t: u)
        return [ItemDraft("lesson", name, body=intro + link, minutes=1,
                          origin=f"{where}: url")]

    def resource(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        resource = root.find("resource")
        name = text(resource, "name") or "File"
        files = self.files.files((contextid, "mod_resource", "content", "0"))
        if not files:
            self.ctx.leave_out(f"file {name!r}", where, "its file is not in the backup")
            return []
        items = self.file_item(files[0], name, "", (contextid, "mod_resource", "content",
                                                    "0"), where)
        if items and items[0].kind == "lesson":
            items[0].body = self.intro(resource, contextid, "mod_resource", where) + (
                items[0].body or "")
        elif items:
            report_description(self.ctx, resource, f"file {name!r}", where)
        return items

    def folder(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        folder = root.find("folder")
        name = text(folder, "name") or "Folder"
        report_description(self.ctx, folder, f"folder {name!r}", where)
        area = (contextid, "mod_folder", "content", "0")
        items: list[ItemDraft] = []
        for entry in self.files.files(area):
            self.ctx.check()
            items += self.file_item(entry, entry.filename, "", area, f"{where}, folder "
                                    f"{name!r}")
        if not items:
            self.ctx.leave_out(f"folder {name!r}", where, "none of its files can be shown")
        return items

    def file_item(self, entry: BackupFile, title: str, intro: str, area: Area,
                  where: str) -> list[ItemDraft]:
        """A file as an item: PDF, video, image or HTML lesson; anything else reported."""
        if not file_ok(self.tree, entry):
            self.ctx.leave_out(f"file {entry.filename!r}", where, "the file is not in the "
                               "backup (its content is missing)")
            return []
        kind, suffix = sniff_kind(self.tree, entry)
        origin = f"{where}: {entry.filename}"
        if kind in ("pdf", "video"):
            path = self.ctx.add_media(self.tree, entry.member, media_name(entry.filename,
                                                                          suffix))
            return [ItemDraft(kind, title, file=path, origin=origin)]
        if kind == "image":
            path = self.ctx.add_media(self.tree, entry.member, media_name(entry.filename,
                                                                          suffix))
            image = lesson_html(f'<p><img src="x" alt="{escape(title)}"></p>',
                                lambda u, t: f"../../{path}")
            return [ItemDraft("lesson", title, body=intro + image, origin=origin)]
        if kind == "html" and entry.size <= MAX_HTML_FILE:
            html = self.tree.read(entry.member, MAX_HTML_FILE).decode("utf-8", "replace")
            body = self.html(html, area, where, relative=True)
            if body:
                return [ItemDraft("lesson", title, body=intro + body, origin=origin)]
        self.ctx.leave_out(f"file {entry.filename!r}", where,
                           f"{'a .' + suffix if suffix else 'this'} file cannot be shown in "
                           "the app, which shows PDF, MP4 and WebM video, images and web "
                           "pages; save it as PDF and convert again")
        return []

    def h5p(self, root: Element, contextid: str, where: str, moduleid: str
            ) -> list[ItemDraft]:
        """An H5P activity: its .h5p file goes through the H5P converter."""
        activity = root.find("h5pactivity")
        name = text(activity, "name") or "H5P activity"
        from ..h5p import H5PConverter  # here, not at the top: a backup without H5P
        # activities never loads the H5P converter
        files = self.files.files((contextid, "mod_h5pactivity", "package", "0"))
        if not files or not file_ok(self.tree, files[0]):
            self.ctx.leave_out(f"H5P activity {name!r}", where, "its .h5p file is not in "
                               "the backup")
            return []
        with tempfile.TemporaryDirectory(prefix="biblio-mbz-h5p-") as work:
            copy = Path(work) / f"h5pactivity-{safe_name(moduleid)}-{safe_name(name)}.h5p"
            self.tree.copy_to(files[0].member, copy, self.ctx.cancel)
            converter = H5PConverter()
            try:
                with open_input(copy, Path(work) / "unpacked", self.ctx.cancel) as inner:
                    if not converter.sniff(inner):
                        raise ConversionError("it is not an H5P file")
                    draft = converter.convert(inner, self.ctx)
            except ConversionError as exc:
                self.ctx.leave_out(f"H5P activity {name!r}", where, str(exc))
                return []
        items = [item for module in draft.modules for item in module.items]
        if len(items) == 1:
            items[0].title = name
        for item in items:
            item.origin = f"{where}: H5P activity {name!r}" + (
                f", {item.origin}" if item.origin else "")
        return items


class _Links(HTMLParser):
    """Every image source and link target of an HTML fragment (linear, no regex)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        wanted = {"img": "src", "a": "href"}.get(tag)
        for name, value in attrs:
            if name == wanted and value:
                self.found.append((tag, value.strip()))

    @classmethod
    def scan(cls, html: str) -> list[tuple[str, str]]:
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser.found


def scheme(url: str) -> str:
    """The lower-case scheme of a URL ("" for a relative or unparsable one)."""
    if len(url) > 4096:
        return "?"
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return "?"


