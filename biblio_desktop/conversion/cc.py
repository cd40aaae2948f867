"""IMS Common Cartridge 1.0-1.3 (`.imscc`, a zip or a folder with `imsmanifest.xml`).

The organization's top folders become modules (items outside any folder go into a module
named after the course); each item's resource becomes: web content HTML -> a lesson
(sanitised, pictures copied from the cartridge, `$IMS-CC-FILEBASE$` resolved), a PDF ->
a PDF item, a video -> a video item, a picture -> a lesson showing it, a web link -> a
lesson with the link, a QTI 1.2 assessment -> a quiz (Canvas's richer
`non_cc_assessments` copy when the cartridge has one). Discussions, assignments and LTI
tools need a server and are reported. Assessments and pages that no module lists (Canvas
exports every page and quiz) are gathered in a last module.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from ..errors import ConversionError
from .archive import InputTree
from .context import ConversionContext
from .draft import CourseDraft, ItemDraft, ModuleDraft
from .markup import Resolver, html_text, lesson_html, local, parse_xml
from .qitems import Bank
from .qti import MAX_ITEM, add_qti12
from .qti.qti2 import IMAGE_EXTS, is_remote, member_for

MAX_MANIFEST = 16 * 1024 * 1024
MAX_PAGE = 16 * 1024 * 1024
SNIFF_HEAD = 16 * 1024
MAX_DEPTH = 20
_VIDEO = (".mp4", ".webm")
_HTML = (".html", ".htm", ".xhtml")
_SERVER = {"imsdt": "a discussion needs other learners and a server",
           "assignment": "an assignment is handed in to a teacher, which needs a server",
           "lti": "an external tool (LTI) runs on another server",
           "imswl": ""}


@dataclass
class Resource:
    ident: str
    type: str
    href: str
    files: list[str] = field(default_factory=list)
    deps: list[str] = field(default_factory=list)


def _kids(el: Element, name: str) -> list[Element]:
    return [c for c in el if local(c.tag) == name]


def _title(el: Element) -> str:
    found = next((c for c in el if local(c.tag) == "title"), None)
    return " ".join((found.text or "").split()) if found is not None else ""


def is_cartridge(head: bytes) -> bool:
    """A manifest in a Common Cartridge namespace (SCORM manifests are IMS CP too)."""
    return b"imsglobal.org/xsd/imscc" in head or b"/imsccv1p" in head


def course_title(manifest: Element) -> str:
    for el in manifest.iter():
        if local(el.tag) == "general":
            for title in el.iter():
                if local(title.tag) == "title":
                    text = " ".join("".join(title.itertext()).split())
                    if text:
                        return text
    return ""


class _Cartridge:
    def __init__(self, tree: InputTree, ctx: ConversionContext, manifest: Element) -> None:
        self.tree, self.ctx, self.where = tree, ctx, tree.label
        self.resources: dict[str, Resource] = {}
        self.filebase = "web_resources" if any(n.startswith("web_resources/")
                                               for n in tree.names()) else ""
        self.used: set[str] = set()
        self.dropped_links = 0
        for res in (el for el in manifest.iter() if local(el.tag) == "resource"):
            ident = res.get("identifier", "")
            if ident in self.resources:
                ctx.note(f"{tree.label}: the resource id {ident!r} is used twice; the first "
                         "is kept")
                continue
            self.resources[ident] = Resource(
                ident, res.get("type", ""), res.get("href", ""),
                [f.get("href", "") for f in _kids(res, "file")],
                [d.get("identifierref", "") for d in _kids(res, "dependency")])

    # ------------------------------------------------------------------ organization
    def modules(self, manifest: Element, title: str) -> list[ModuleDraft]:
        orgs = [el for el in manifest.iter() if local(el.tag) == "organization"]
        modules: list[ModuleDraft] = []
        loose = ModuleDraft(title, origin=self.where)
        if orgs:
            tops = _kids(orgs[0], "item")
            if len(tops) == 1 and not tops[0].get("identifierref"):
                tops = _kids(tops[0], "item")  # the root item ("LearningModules")
            for top in tops:
                self.ctx.check()
                if top.get("identifierref"):
                    loose.items += self.item(top, _title(top) or "Untitled")
                    continue
                module = ModuleDraft(_title(top) or "Module", origin=f"{self.where}: "
                                     f"{_title(top)}")
                self._folder(top, module, 0)
                if module.items:
                    modules.append(module)
        if loose.items:
            modules.insert(0, loose)
        rest = ModuleDraft("More from the cartridge", origin=self.where)
        for res in self.resources.values():
            if res.ident in self.used:
                continue
            if _is_quiz(res):
                rest.items += self.resource(res, "", "a quiz in no module")
            elif (res.type == "webcontent" and res.href.lower().endswith(_HTML)
                  and res.href.startswith("wiki_content/")):
                rest.items += self.resource(res, self._page_title(res), "a page in no module")
        if rest.items:
            modules.append(rest)
        if self.dropped_links:
            self.ctx.note(f"{self.where}: {self.dropped_links} link(s) to other parts of the "
                          "cartridge were removed from lessons (the text stays)")
        return modules

    def _folder(self, el: Element, module: ModuleDraft, depth: int) -> None:
        for child in _kids(el, "item"):
            if child.get("identifierref"):
                module.items += self.item(child, _title(child) or "Untitled")
            elif depth < MAX_DEPTH and _kids(child, "item"):
                self._folder(child, module, depth + 1)
            elif _title(child):
                self.ctx.note(f"{self.where}: the heading {_title(child)!r} in "
                              f"{module.title!r} has no content; it is not an item")

    def item(self, el: Element, title: str) -> list[ItemDraft]:
        res = self.resources.get(el.get("identifierref", ""))
        if res is None:
            self.ctx.leave_out(f"item {title!r}", self.where, "its resource is not in the "
                               "manifest")
            return []
        return self.resource(res, title, title)

    def _page_title(self, res: Resource) -> str:
        member = self.tree.find(res.href) if res.href else None
        if member and member.lower().endswith(_HTML):
            head = self.tree.read(member, MAX_PAGE)[:4096].decode("utf-8", "replace")
            start, end = head.find("<title>"), head.find("</title>")
            if 0 <= start < end:
                return html_text(head[start + 7:end]) or res.ident
        return res.ident

    # ------------------------------------------------------------------ resources
    def resource(self, res: Resource, title: str, where: str) -> list[ItemDraft]:
        """The items one resource gives; a damaged or refused file (too large, unsafe
        XML) is reported and the rest of the cartridge still converts."""
        self.ctx.check()
        self.used.add(res.ident)
        here = f"{self.where}: {where}"
        try:
            return self._resource(res, title, here)
        except ConversionError as exc:
            self.ctx.leave_out(f"{title or res.ident!r}", here, str(exc))
            return []

    def _resource(self, res: Resource, title: str, here: str) -> list[ItemDraft]:
        kind = res.type.lower()
        if "imswl" in kind:
            return self._weblink(res, title, here)
        if _is_quiz(res):
            return self._quiz(res, title, here)
        for key, reason in _SERVER.items():
            if key in kind and reason:
                self.ctx.leave_out(f"{title!r}", here, reason)
                return []
        if kind == "webcontent":
            return self._web(res, title, here)
        if "learning-application-resource" in kind and any(
                f.endswith("assignment_settings.xml") for f in res.files):
            self.ctx.leave_out(f"{title!r}", here, _SERVER["assignment"])
            return []
        self.ctx.leave_out(f"{title!r}", here, f"the resource type {res.type!r} has no "
                           "equivalent here")
        return []

    def _member(self, res: Resource, here: str, title: str) -> str | None:
        href = res.href or (res.files[0] if res.files else "")
        member = member_for(self.tree, "", href) if href else None
        if member is None:
            self.ctx.leave_out(f"{title!r}", here, "its file is not in the cartridge "
                               "(or its address leaves the cartridge)")
        return member

    def _web(self, res: Resource, title: str, here: str) -> list[ItemDraft]:
        member = self._member(res, here, title)
        if member is None:
            return []
        low = member.lower()
        if low.endswith(_HTML):
            html = self.tree.read(member, MAX_PAGE).decode("utf-8", "replace")
            body = lesson_html(html, self._resolver(posixpath.dirname(member), here))
            if not body:
                self.ctx.leave_out(f"page {title!r}", here, "it has no text")
                return []
            return [ItemDraft("lesson", title, body=body, origin=here)]
        if low.endswith(".pdf"):
            with self.tree.open(member) as fh:
                if fh.read(5) != b"%PDF-":
                    self.ctx.leave_out(f"file {title!r}", here, "it is named .pdf but is not "
                                       "a PDF document")
                    return []
            return [ItemDraft("pdf", title, file=self.ctx.add_media(self.tree, member),
                              origin=here)]
        if low.endswith(_VIDEO):
            return [ItemDraft("video", title, file=self.ctx.add_media(self.tree, member),
                              origin=here)]
        if low.endswith(IMAGE_EXTS):
            path = self.ctx.add_media(self.tree, member)
            body = lesson_html(f'<p><img src="../../{path}" alt="{_attr(title)}"></p>',
                               lambda url, tag: url if url.startswith("../../media/") else None)
            return [ItemDraft("lesson", title, body=body, origin=here)]
        self.ctx.leave_out(f"file {title!r}", here, "only web pages, PDF, MP4/WebM video and "
                           "pictures are taken from a cartridge")
        return []

    def _resolver(self, base: str, here: str) -> Resolver:
        def resolve(url: str, tag: str) -> str | None:
            if tag == "a":
                if url.lower().startswith(("http://", "https://")):
                    return url
                if url.startswith("#"):
                    return None
                self.dropped_links += 1
                return None
            if is_remote(url):
                self.ctx.leave_out(f"picture {url[:80]!r}", here, "it is not in the cartridge "
                                   "(a web address); pictures are never fetched")
                return None
            member = member_for(self.tree, base, url, self.filebase)
            if member is None or not member.lower().endswith(IMAGE_EXTS):
                self.ctx.leave_out(f"picture {url[:80]!r}", here, "it is not in the cartridge "
                                   "(or not a PNG, JPEG, GIF or WebP picture)")
                return None
            return "../../" + self.ctx.add_media(self.tree, member)
        return resolve

    def _weblink(self, res: Resource, title: str, here: str) -> list[ItemDraft]:
        member = self._member(res, here, title)
        if member is None:
            return []
        root = parse_xml(self.tree.read(member, MAX_PAGE), f"{self.where}: {member}")
        url = next((el.get("href", "") for el in root.iter() if local(el.tag) == "url"), "")
        title = _title(root) or title
        if not url.lower().startswith(("http://", "https://")):
            self.ctx.leave_out(f"link {title!r}", here, "it is not a web (http or https) "
                               "address")
            return []
        body = lesson_html(f'<p>A page on the web: <a href="{_attr(url)}">{_attr(title)}</a>'
                           f"</p><p>{_attr(url)}</p>", lambda u, tag: u if tag == "a" else None)
        return [ItemDraft("lesson", title, body=body, origin=here, required=False)]

    def _quiz(self, res: Resource, title: str, here: str) -> list[ItemDraft]:
        canvas = self.tree.find(f"non_cc_assessments/{res.ident}.xml.qti")
        member = canvas or self._member(res, here, title)
        if member is None:
            return []
        root = parse_xml(self.tree.read(member, MAX_ITEM), f"{self.where}: {member}")
        if local(root.tag) != "questestinterop":
            self.ctx.leave_out(f"quiz {title!r}", here, "it is not a QTI 1.2 assessment")
            return []
        assessment = next((el for el in root if local(el.tag) in ("assessment",
                                                                  "objectbank")), None)
        title = title or (assessment.get("title", "") if assessment is not None else "") \
            or "Quiz"
        bank = Bank(self.ctx, here, title)
        add_qti12(root, self.tree, member, self.ctx, bank, here, self.filebase,
                  self._resolver(posixpath.dirname(member), here))
        items = [it for module in bank.modules() for it in module.items]
        quizzes = [it for it in items if it.kind == "quiz"]
        if len(quizzes) == 1:
            quizzes[0].title = title
        return items


def _is_quiz(res: Resource) -> bool:
    kind = res.type.lower()
    return ("assessment" in kind and "qti" in kind) or "question-bank" in kind or (
        res.href.startswith("non_cc_assessments/") and res.href.endswith(".qti"))


def _attr(text: str) -> str:
    return (text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
            .replace(">", "&gt;"))


class CommonCartridgeConverter:
    """IMS Common Cartridge packages, recognised by their manifest's namespace."""

    name = "common-cartridge"

    def sniff(self, tree: InputTree) -> str | None:
        member = tree.find("imsmanifest.xml")
        if member is None or tree.size(member) > MAX_MANIFEST:
            return None
        with tree.open(member) as fh:
            head = fh.read(SNIFF_HEAD)
        if not is_cartridge(head):
            return None
        text = head.decode("utf-8", "replace")
        start = text.find("<schemaversion>")
        end = text.find("</schemaversion>", start)
        version = text[start + 15:end].strip()[:20] if 0 <= start < end else ""
        return f"IMS Common Cartridge {version}".strip()

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        member = tree.find("imsmanifest.xml")
        if member is None:
            raise ConversionError(f"{tree.label} has no imsmanifest.xml.")
        manifest = parse_xml(tree.read(member, MAX_MANIFEST), f"{tree.label}: imsmanifest.xml")
        title = course_title(manifest) or tree.label.rsplit(".", 1)[0]
        cartridge = _Cartridge(tree, ctx, manifest)
        return CourseDraft(title=title, modules=cartridge.modules(manifest, title))
