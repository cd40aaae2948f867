"""Build Moodle course backups (.mbz) for tests and the conversion benchmark.

The XML follows what Moodle 3.11 and 4.x write (moodle_backup.xml, sections/*/section.xml,
activities/*/{module,<type>}.xml, questions.xml in both layouts, files.xml with files under
files/<2 hex>/<hash>), reduced to the fields the converter reads. Large files are streamed
into the tar from a generator (`RandomFile`), so a 200 MB backup is written without holding
it in memory; their content hash is derived from the seed, not computed (the converter never
checks hashes, it only uses them as names).
"""

from __future__ import annotations

import hashlib
import io
import random
import tarfile
import zipfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00"
       b"\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05"
       b"\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")
MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"
WEBM_HEAD = b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01"


class RandomFile(io.RawIOBase):
    """`size` bytes: `head`, then incompressible bytes from `seed`, read in chunks."""

    def __init__(self, size: int, seed: int, head: bytes = b"") -> None:
        self.size, self.head, self.pos = size, head, 0
        self.rng = random.Random(seed)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        n = min(len(buffer), self.size - self.pos)
        if n <= 0:
            return 0
        chunk = self.rng.randbytes(n)
        if self.pos < len(self.head):
            k = min(n, len(self.head) - self.pos)
            chunk = self.head[self.pos:self.pos + k] + chunk[k:]
        buffer[:n] = chunk
        self.pos += n
        return n


@dataclass
class _File:
    contextid: int
    component: str
    filearea: str
    itemid: int
    filename: str
    contenthash: str
    size: int
    mimetype: str
    data: bytes | None = None
    stream: RandomFile | None = None
    sortorder: int = 0


@dataclass
class MbzForge:
    """A course backup being built; `write()` produces the .mbz."""

    title: str = "Forged course"
    lang: str = "en"
    layout: str = "4"  # "4": question bank entries; "3": questions in categories
    course_context: int = 10
    sections: list[dict] = field(default_factory=list)
    activities: list[dict] = field(default_factory=list)
    files: list[_File] = field(default_factory=list)
    categories: list[dict] = field(default_factory=list)
    extra: dict[str, bytes] = field(default_factory=dict)  # raw members (hostile tests)
    _next: int = 100

    def _id(self) -> int:
        self._next += 1
        return self._next

    # -- structure -----------------------------------------------------------------------
    def section(self, name: str | None = None, summary: str = "", visible: bool = True) -> int:
        sid = self._id()
        self.sections.append({"id": sid, "number": len(self.sections), "name": name,
                              "summary": summary, "visible": visible, "sequence": []})
        return sid

    def activity(self, section: int, modname: str, name: str, inner: str,
                 visible: bool = True, grades: str = "") -> tuple[int, int]:
        """A raw activity (`inner` is the XML inside <activity>); returns (module, context)."""
        mid, ctx = self._id(), self._id()
        self.activities.append({"id": mid, "section": section, "modname": modname,
                                "name": name, "inner": inner, "context": ctx,
                                "visible": visible, "grades": grades})
        next(s for s in self.sections if s["id"] == section)["sequence"].append(mid)
        return mid, ctx

    def add_file(self, contextid: int, component: str, filearea: str, itemid: int,
                 filename: str, data: bytes | RandomFile, mimetype: str = "",
                 sortorder: int = 0, contenthash: str | None = None) -> str:
        if isinstance(data, RandomFile):
            digest = contenthash or hashlib.sha1(f"random-{id(data)}-{filename}".encode()
                                                 ).hexdigest()
            entry = _File(contextid, component, filearea, itemid, filename, digest,
                          data.size, mimetype, stream=data, sortorder=sortorder)
        else:
            digest = contenthash or hashlib.sha1(data).hexdigest()
            entry = _File(contextid, component, filearea, itemid, filename, digest,
                          len(data), mimetype, data=data, sortorder=sortorder)
        self.files.append(entry)
        return digest

    # -- content activities --------------------------------------------------------------
    def page(self, section: int, name: str, html: str,
             files: dict[str, bytes] | None = None, visible: bool = True) -> int:
        inner = (f"<page><name>{escape(name)}</name><intro></intro><content>{escape(html)}"
                 "</content><contentformat>1</contentformat></page>")
        mid, ctx = self.activity(section, "page", name, inner, visible)
        for fname, data in (files or {}).items():
            self.add_file(ctx, "mod_page", "content", 0, fname, data)
        return mid

    def label(self, section: int, name: str, html: str) -> int:
        inner = f"<label><name>{escape(name)}</name><intro>{escape(html)}</intro></label>"
        return self.activity(section, "label", name, inner)[0]

    def url(self, section: int, name: str, target: str) -> int:
        inner = (f"<url><name>{escape(name)}</name><intro></intro>"
                 f"<externalurl>{escape(target)}</externalurl></url>")
        return self.activity(section, "url", name, inner)[0]

    def book(self, section: int, name: str,
             chapters: list[tuple[str, str, bool, bool]],
             files: dict[int, dict[str, bytes]] | None = None) -> int:
        """chapters: (title, html, subchapter, hidden); files: chapter index -> files."""
        ids = [self._id() for _ in chapters]
        rows = "".join(
            f'<chapter id="{cid}"><pagenum>{n}</pagenum><subchapter>{int(sub)}</subchapter>'
            f"<title>{escape(title)}</title><content>{escape(html)}</content>"
            f"<contentformat>1</contentformat><hidden>{int(hidden)}</hidden></chapter>"
            for n, (cid, (title, html, sub, hidden)) in enumerate(zip(ids, chapters,
                                                                       strict=True), 1))
        inner = (f"<book><name>{escape(name)}</name><intro></intro><chapters>{rows}"
                 "</chapters></book>")
        mid, ctx = self.activity(section, "book", name, inner)
        for index, found in (files or {}).items():
            for fname, data in found.items():
                self.add_file(ctx, "mod_book", "chapter", ids[index], fname, data)
        return mid

    def resource(self, section: int, name: str, filename: str, data: bytes | RandomFile,
                 mimetype: str = "", contenthash: str | None = None,
                 visible: bool = True, intro: str = "") -> int:
        inner = (f"<resource><name>{escape(name)}</name><intro>{escape(intro)}</intro>"
                 "</resource>")
        mid, ctx = self.activity(section, "resource", name, inner, visible)
        self.add_file(ctx, "mod_resource", "content", 0, filename, data, mimetype, 1,
                      contenthash)
        return mid

    def folder(self, section: int, name: str, files: dict[str, bytes]) -> int:
        inner = f"<folder><name>{escape(name)}</name><intro></intro></folder>"
        mid, ctx = self.activity(section, "folder", name, inner)
        for fname, data in files.items():
            self.add_file(ctx, "mod_folder", "content", 0, fname, data)
        return mid

    def h5p(self, section: int, name: str, package: bytes) -> int:
        inner = f"<h5pactivity><name>{escape(name)}</name><intro></intro></h5pactivity>"
        mid, ctx = self.activity(section, "h5pactivity", name, inner)
        self.add_file(ctx, "mod_h5pactivity", "package", 0, "content.h5p", package)
        return mid

    # -- questions -----------------------------------------------------------------------
    def category(self, name: str = "Default", contextid: int | None = None,
                 parent: int = 0) -> int:
        cid = self._id()
        self.categories.append({"id": cid, "name": name, "parent": parent,
                                "context": contextid or self.course_context,
                                "questions": []})
        return cid

    def question(self, category: int, qtype: str, name: str, text: str, plugin: str = "",
                 feedback: str = "", mark: float = 1.0, parent: int = 0,
                 version: int = 1, entry: int | None = None) -> tuple[int, int]:
        """Add a question; returns (question id, bank entry id)."""
        qid = self._id()
        entry_id = entry if entry is not None else self._id()
        body = (f'<question id="{qid}"><parent>{parent}</parent><name>{escape(name)}</name>'
                f"<questiontext>{escape(text)}</questiontext><questiontextformat>1"
                f"</questiontextformat><generalfeedback>{escape(feedback)}</generalfeedback>"
                f"<defaultmark>{mark}</defaultmark><qtype>{qtype}</qtype><hidden>0</hidden>"
                f"<plugin_qtype_{qtype}_question>{plugin}</plugin_qtype_{qtype}_question>"
                "</question>")
        cat = next(c for c in self.categories if c["id"] == category)
        cat["questions"].append((entry_id, version, body))
        return qid, entry_id

    def cloze(self, category: int, name: str, text: str,
              parts: list[tuple[str, str]]) -> tuple[int, int]:
        """A multianswer question whose gaps {#1}, {#2}... are the (qtype, plugin) parts.
        Moodle writes the parts as questions of their own whose parent is the cloze."""
        parent_id = self._next + 1  # question() takes this id, then one for the entry
        sub_ids = list(range(parent_id + 2, parent_id + 2 + len(parts)))
        qid, entry = self.question(category, "multianswer", name, text,
                                   multianswer(sub_ids))
        assert qid == parent_id
        for (qtype, plugin), sub in zip(parts, sub_ids, strict=True):
            got, _e = self.question(category, qtype, f"{name} part", "", plugin,
                                    parent=parent_id, entry=entry)
            assert got == sub
        return qid, entry

    def quiz(self, section: int, name: str, slots: list[tuple[str, int | str, float]],
             pass_ratio: float = 0.0, attempts: int = 0) -> int:
        """slots: ("q", question id, mark) 3.x, ("e", entry id, mark) 4.x, ("r", filter
        JSON, 1) a 4.x random slot."""
        rows = []
        for n, (kind, ref, mark) in enumerate(slots, 1):
            if kind == "q":
                inner = f"<questionid>{ref}</questionid>"
            elif kind == "e":
                inner = (f"<question_reference><questionbankentryid>{ref}"
                         "</questionbankentryid><version>$@NULL@$</version>"
                         "</question_reference>")
            else:
                inner = (f"<question_set_reference><filtercondition>{escape(str(ref))}"
                         "</filtercondition></question_set_reference>")
            rows.append(f'<question_instance id="{n}"><slot>{n}</slot><page>{n}</page>'
                        f"<maxmark>{mark}</maxmark>{inner}</question_instance>")
        inner = (f"<quiz><name>{escape(name)}</name><intro></intro><shuffleanswers>1"
                 f"</shuffleanswers><attempts_number>{attempts}</attempts_number>"
                 f"<question_instances>{''.join(rows)}</question_instances></quiz>")
        grades = ("<activity_gradebook><grade_items><grade_item><itemtype>mod</itemtype>"
                  "<itemnumber>0</itemnumber><grademax>10</grademax>"
                  f"<gradepass>{10 * pass_ratio}</gradepass></grade_item></grade_items>"
                  "</activity_gradebook>")
        return self.activity(section, "quiz", name, inner, grades=grades)[0]

    # -- output --------------------------------------------------------------------------
    def members(self) -> list[tuple[str, bytes]]:
        """The XML members (small); file contents are added by write()."""
        out: list[tuple[str, bytes]] = []
        acts = "".join(
            f"<activity><moduleid>{a['id']}</moduleid><sectionid>{a['section']}</sectionid>"
            f"<modulename>{a['modname']}</modulename><title>{escape(a['name'])}</title>"
            f"<directory>activities/{a['modname']}_{a['id']}</directory></activity>"
            for a in self.activities)
        secs = "".join(
            f"<section><sectionid>{s['id']}</sectionid><title>{s['number']}</title>"
            f"<directory>sections/section_{s['id']}</directory></section>"
            for s in self.sections)
        out.append(("moodle_backup.xml", (
            '<?xml version="1.0" encoding="UTF-8"?>\n<moodle_backup><information>'
            "<name>forged.mbz</name><moodle_release>4.1 (forged)</moodle_release>"
            "<backup_release>4.1</backup_release><original_course_fullname>"
            f"{escape(self.title)}</original_course_fullname><original_course_contextid>"
            f"{self.course_context}</original_course_contextid><details><detail><type>course"
            "</type><format>moodle2</format></detail></details><contents>"
            f"<activities>{acts}</activities><sections>{secs}</sections><course>"
            "<courseid>2</courseid><title>FORGED</title><directory>course</directory>"
            "</course></contents></information></moodle_backup>").encode()))
        out.append(("course/course.xml", (
            f'<course id="2" contextid="{self.course_context}"><shortname>F</shortname>'
            f"<fullname>{escape(self.title)}</fullname><summary>&lt;p&gt;A forged course"
            f"&lt;/p&gt;</summary><lang>{self.lang}</lang></course>").encode()))
        for s in self.sections:
            name = "$@NULL@$" if s["name"] is None else escape(s["name"])
            out.append((f"sections/section_{s['id']}/section.xml", (
                f'<section id="{s["id"]}"><number>{s["number"]}</number><name>{name}</name>'
                f"<summary>{escape(s['summary'])}</summary><summaryformat>1</summaryformat>"
                f"<sequence>{','.join(map(str, s['sequence']))}</sequence>"
                f"<visible>{int(s['visible'])}</visible></section>").encode()))
        for a in self.activities:
            folder = f"activities/{a['modname']}_{a['id']}"
            out.append((f"{folder}/module.xml", (
                f'<module id="{a["id"]}"><modulename>{a["modname"]}</modulename>'
                f"<sectionid>{a['section']}</sectionid><visible>{int(a['visible'])}"
                "</visible></module>").encode()))
            out.append((f"{folder}/{a['modname']}.xml", (
                f'<activity id="1" moduleid="{a["id"]}" modulename="{a["modname"]}" '
                f'contextid="{a["context"]}">{a["inner"]}</activity>').encode()))
            if a["grades"]:
                out.append((f"{folder}/grades.xml", a["grades"].encode()))
        out.append(("questions.xml", self._questions_xml().encode()))
        rows = "".join(
            f'<file id="{n}"><contenthash>{f.contenthash}</contenthash><contextid>'
            f"{f.contextid}</contextid><component>{f.component}</component><filearea>"
            f"{f.filearea}</filearea><itemid>{f.itemid}</itemid><filepath>/</filepath>"
            f"<filename>{escape(f.filename)}</filename><filesize>{f.size}</filesize>"
            f"<mimetype>{f.mimetype or '$@NULL@$'}</mimetype><sortorder>{f.sortorder}"
            "</sortorder></file>" for n, f in enumerate(self.files, 1))
        out.append(("files.xml", f"<files>{rows}</files>".encode()))
        return out

    def _questions_xml(self) -> str:
        cats = []
        for c in self.categories:
            head = (f'<question_category id="{c["id"]}"><name>{escape(c["name"])}</name>'
                    f"<contextid>{c['context']}</contextid><contextlevel>50</contextlevel>"
                    f"<contextinstanceid>1</contextinstanceid><parent>{c['parent']}</parent>")
            if self.layout == "3":
                body = "<questions>" + "".join(q for _e, _v, q in c["questions"]) + \
                    "</questions>"
            else:
                entries: dict[int, dict[int, str]] = {}
                for entry, version, q in c["questions"]:
                    versions = entries.setdefault(entry, {})
                    versions[version] = versions.get(version, "") + q
                body = "<question_bank_entries>" + "".join(
                    f'<question_bank_entry id="{e}"><questioncategoryid>{c["id"]}'
                    "</questioncategoryid><question_version>" + "".join(
                        f'<question_versions id="{e}{v}"><version>{v}</version><status>ready'
                        f"</status><questions>{q}</questions></question_versions>"
                        for v, q in versions.items()) + "</question_version></question_bank_entry>"
                    for e, versions in entries.items()) + "</question_bank_entries>"
            cats.append(head + body + "</question_category>")
        return f"<question_categories>{''.join(cats)}</question_categories>"

    def write(self, path: Path, fmt: str = "tgz", compresslevel: int = 6) -> Path:
        """Write the backup as a gzip tar ("tgz", what Moodle makes) or a zip ("zip")."""
        written: set[str] = set()
        if fmt == "zip":
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, data in self.members():
                    zf.writestr(name, data)
                for name, data in self.extra.items():
                    zf.writestr(name, data)
                for f in self.files:
                    member = f"files/{f.contenthash[:2]}/{f.contenthash}"
                    if member not in written and (f.data is not None):
                        zf.writestr(member, f.data)
                        written.add(member)
            return path
        with tarfile.open(path, "w:gz", compresslevel=compresslevel) as tar:
            for name, data in [*self.members(), *self.extra.items()]:
                info = tarfile.TarInfo(name)
                info.size = len(data)
                tar.addfile(info, io.BytesIO(data))
            for f in self.files:
                member = f"files/{f.contenthash[:2]}/{f.contenthash}"
                if member in written or (f.data is None and f.stream is None):
                    continue
                written.add(member)
                info = tarfile.TarInfo(member)
                info.size = f.size
                tar.addfile(info, io.BufferedReader(f.stream) if f.stream is not None
                            else io.BytesIO(f.data or b""))
        return path


# -- question plugin XML (what Moodle writes inside plugin_qtype_<type>_question) ----------
def answers(*rows: tuple[str, float] | tuple[str, float, str], start: int = 1000) -> str:
    out = []
    for n, row in enumerate(rows):
        body, fraction = row[0], row[1]
        feedback = row[2] if len(row) > 2 else ""
        out.append(f'<answer id="{start + n}"><answertext>{escape(body)}</answertext>'
                   f"<answerformat>1</answerformat><fraction>{fraction}</fraction>"
                   f"<feedback>{escape(feedback)}</feedback></answer>")
    return "<answers>" + "".join(out) + "</answers>"


def multichoice(*rows: tuple[str, float] | tuple[str, float, str], single: bool = True
                ) -> str:
    return answers(*rows) + f"<multichoice><single>{int(single)}</single></multichoice>"


def truefalse(answer: bool) -> str:
    return (answers(("True", 1.0 if answer else 0.0, "yes"), ("False", 0.0 if answer else 1.0),
                    start=2000)
            + "<truefalse><trueanswer>2000</trueanswer><falseanswer>2001</falseanswer>"
              "</truefalse>")


def shortanswer(*rows: tuple[str, float]) -> str:
    return answers(*rows, start=3000) + "<shortanswer><usecase>0</usecase></shortanswer>"


def numerical(value: float, tolerance: float) -> str:
    return (answers((str(value), 1.0), start=4000) + "<numerical_records><numerical_record>"
            f"<answer>4000</answer><tolerance>{tolerance}</tolerance></numerical_record>"
            "</numerical_records>")


def match(*pairs: tuple[str, str]) -> str:
    return "<matches>" + "".join(
        f"<match><questiontext>{escape(q)}</questiontext><answertext>{escape(a)}"
        "</answertext></match>" for q, a in pairs) + "</matches>"


def choices(*words: str) -> str:
    """ddwtos / gapselect choices (answers in order, numbered [[1]], [[2]], ...)."""
    return answers(*[(w, 0.0) for w in words], start=5000)


def ordering(*steps: str) -> str:
    return answers(*[(s, float(n)) for n, s in enumerate(steps, 1)], start=6000)


def essay() -> str:
    return "<essay><responseformat>editor</responseformat><attachments>0</attachments></essay>"


def multianswer(sequence: list[int]) -> str:
    return f"<multianswer><sequence>{','.join(map(str, sequence))}</sequence></multianswer>"
