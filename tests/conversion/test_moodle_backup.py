"""Moodle backups: the real corpus, every mapped activity and question type, pack round trip."""

from __future__ import annotations

import json
import tarfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.context import ConversionContext
from biblio_desktop.conversion.convert import convert_inputs, detect
from biblio_desktop.conversion.moodle_backup import MoodleBackupConverter
from biblio_desktop.errors import ConversionError
from biblio_desktop.packages.reader import inspect_package

from ..shared_material import REALCASES as SHARED_REALCASES
from .mbz_forge import (
    MP4_HEAD,
    PDF,
    PNG,
    WEBM_HEAD,
    MbzForge,
    choices,
    essay,
    match,
    multichoice,
    numerical,
    ordering,
    shortanswer,
    truefalse,
)

REALCASES = SHARED_REALCASES
MBZ = REALCASES / "mbz"
needs_corpus = pytest.mark.skipif(not MBZ.is_dir(), reason="real-case corpus not present")
CONTENT = {"page", "label", "resource", "book", "url", "folder"}


def _convert(path: Path, tmp: Path) -> tuple[object, ConversionContext]:
    src = tmp / "src"
    src.mkdir(parents=True, exist_ok=True)
    ctx = ConversionContext(src)
    with open_input(path, tmp / "work", ctx.cancel) as tree:
        converter, detected = detect(tree)
        assert converter.name == "moodle-backup" and detected.startswith("Moodle backup")
        return converter.convert(tree, ctx), ctx


def _pack(paths: list[Path], tmp: Path):
    result = convert_inputs(paths, tmp / "pkgsrc")
    built = build_package(tmp / "pkgsrc", tmp / "out.biblio")
    return result, inspect_package(built.out).manifest


class _Expected:
    """What a real backup holds, counted from its XML independently of the converter."""

    def __init__(self, path: Path) -> None:
        with tarfile.open(path) as tar:
            self.xml = {m.name: f.read() for m in tar if m.name.endswith(".xml")
                        and (f := tar.extractfile(m)) is not None}
        self.root = self._xml("moodle_backup.xml")
        self.activities = [(a.findtext("modulename"), a.findtext("directory"),
                            a.findtext("sectionid"))
                           for a in self.root.iterfind("information/contents/activities/activity")]

    def _xml(self, name: str) -> ET.Element:
        return ET.fromstring(self.xml[name])

    def kinds(self) -> Counter:
        return Counter(kind for kind, _d, _s in self.activities)

    def quiz_slots(self) -> list[int]:
        return [len(self._xml(f"{d}/quiz.xml").findall(".//question_instance"))
                for kind, d, _s in self.activities if kind == "quiz"]

    def sections_with(self, kinds: set[str]) -> int:
        return len({s for kind, _d, s in self.activities if kind in kinds})


@needs_corpus
def test_real_backup_with_many_activity_types(tmp_path: Path) -> None:
    path = MBZ / "driprelease-multiple_mod_types.mbz"
    expected = _Expected(path)
    kinds = expected.kinds()
    assert kinds["quiz"] == 40 and kinds["page"] == 5  # the file is what SOURCES.md says
    draft, ctx = _convert(path, tmp_path)
    items = draft.items()
    # pages, labels and the image resources are lessons; the quizzes hold no question
    assert Counter(i.kind for i in items) == {"lesson": kinds["page"] + kinds["label"]
                                              + kinds["resource"]}
    assert sum(expected.quiz_slots()) == 0
    assert len(draft.modules) == expected.sections_with(CONTENT)
    reasons = Counter(x.what.split()[0] for x in ctx.left_out)
    assert reasons["quiz"] == kinds["quiz"] and reasons["assign"] == kinds["assign"]
    assert all("no questions" in x.reason for x in ctx.left_out if x.what.startswith("quiz"))
    labels = [i for i in items if i.origin.endswith("label")]
    assert len(labels) == kinds["label"] and not any(i.required for i in labels)
    images = [p.name for p in (tmp_path / "src" / "media").iterdir()]
    assert len(images) == 3  # five resources share three distinct contents (hashes)
    result, manifest = _pack([path], tmp_path)
    assert manifest.title["en"] == "Drip Release Test"
    assert [i.kind for i in manifest.items] == [i.kind for i in result.draft.items()]
    report = result.report()
    assert report["inputs"][0]["format"] == "moodle-backup"
    assert len(report["left_out"]) == kinds["quiz"] + kinds["assign"]


@needs_corpus
def test_real_backup_of_empty_quizzes_is_refused_with_the_reasons(tmp_path: Path) -> None:
    path = MBZ / "driprelease-test_backup.mbz"
    expected = _Expected(path)
    assert set(expected.kinds()) == {"quiz"} and sum(expected.quiz_slots()) == 0
    draft, ctx = _convert(path, tmp_path)
    assert draft.modules == []
    assert len(ctx.left_out) == expected.kinds()["quiz"]
    with pytest.raises(ConversionError, match="Nothing in the input"):
        convert_inputs([path], tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _studentquiz_states(expected: _Expected) -> dict[str, tuple[str, str]]:
    (_kind, directory, _s), = [a for a in expected.activities if a[0] == "studentquiz"]
    xml = expected._xml(f"{directory}/studentquiz.xml")
    return {q.get("questionid"): (q.findtext("state"), q.findtext("hidden"))
            for q in xml.iter("question") if q.get("questionid")}


@needs_corpus
def test_real_studentquiz_311_keeps_the_approved_questions(tmp_path: Path) -> None:
    path = MBZ / "studentquiz-backup-moodle2-course-2-311-with-questiondata.mbz"
    expected = _Expected(path)
    states = _studentquiz_states(expected)
    approved = {q for q, (state, hidden) in states.items() if state == "1" and hidden != "1"}
    bank = expected._xml("questions.xml")
    types = Counter({"truefalse": "true_false"}[q.findtext("qtype")]
                    for q in bank.iter("question") if q.get("id") in approved)
    assert sum(types.values()) == 2
    result, manifest = _pack([path], tmp_path)
    (quiz,) = result.draft.items()
    assert quiz.kind == "quiz" and not quiz.required
    assert Counter(q["type"] for q in quiz.quiz["questions"]) == types
    assert [i.kind for i in manifest.items] == ["quiz"]
    assert any(x.what.startswith("StudentQuiz") for x in result.left_out)


@needs_corpus
def test_real_studentquiz_400_unapproved_and_orphan_questions_are_reported(
        tmp_path: Path) -> None:
    path = MBZ / "studentquiz-backup-moodle2-course-with-studentquiz-m400.mbz"
    expected = _Expected(path)
    states = _studentquiz_states(expected)
    assert all(state != "1" or hidden == "1" for state, hidden in states.values())
    bank = expected._xml("questions.xml")
    (sq,) = [a for a in expected.activities if a[0] == "studentquiz"]
    context = expected._xml(f"{sq[1]}/studentquiz.xml").get("contextid")
    orphans = sum(len(c.findall(".//question_bank_entry")) for c in bank
                  if c.findtext("contextid") != context)
    assert orphans > 0
    draft, ctx = _convert(path, tmp_path)
    assert draft.modules == []
    unused = sum(int(x.what.split()[0]) for x in ctx.left_out if "category" in x.what)
    assert unused == orphans
    waiting = [x for x in ctx.left_out if "not approved" in x.reason]
    assert waiting and waiting[0].what.startswith(f"{len(states)} question")
    with pytest.raises(ConversionError):
        convert_inputs([path], tmp_path / "out")


# ------------------------------------------------------------------------ forged backups
def _question_course(layout: str = "4") -> tuple[MbzForge, dict[str, str]]:
    """A quiz with one question of every Moodle type the converter knows, and the type
    each should become (None: reported)."""
    forge = MbzForge(title="Every question", layout=layout, lang="pt_br")
    section = forge.section("Quiz time")
    cat = forge.category()
    made = [
        ("multichoice", "Pick one", "<p>Which is a fruit?</p>",
         multichoice(("Apple", 1.0, "Yes"), ("Stone", 0.0)), "single"),
        ("multichoice", "Pick many", "<p>Which are colours?</p>",
         multichoice(("Red", 0.5), ("Blue", 0.5), ("Dog", -1.0), single=False), "multiple"),
        ("truefalse", "TF", "<p>The sky is green.</p>", truefalse(False), "true_false"),
        ("shortanswer", "Capital", "<p>Capital of Latvia?</p>",
         shortanswer(("Riga", 1.0), ("Rīga", 1.0), ("R*", 1.0), ("Jurmala", 0.5)), "text"),
        ("numerical", "Sum", "<p>2 + 2?</p>", numerical(4, 0.5), "numeric"),
        ("match", "Pairs", "<p>Match the capitals.</p>",
         match(("Latvia", "Riga"), ("Italy", "Rome"), ("", "Sofia")), "matching"),
        ("ddwtos", "Drag", "<p>Fill the gaps.</p><p>The [[1]] sat on the [[2]].</p>",
         choices("cat", "mat", "dog"), "drag_words"),
        ("gapselect", "Select", "<p>A [[1]] barks.</p>", choices("dog", "cat"), "drag_words"),
        ("ordering", "Order", "<p>Put in order.</p>", ordering("One", "Two", "Three"),
         "ordering"),
        ("essay", "Essay", "<p>Write about libraries.</p>", essay(), "free_text"),
        ("description", "Intro text", "<p>Read carefully.</p>", "", None),
        ("calculated", "Formula", "<p>{a} + {b}?</p>", "", None),
    ]
    slots: list[tuple[str, int | str, float]] = []
    wanted: dict[str, str] = {}
    for qtype, name, text, plugin, ours in made:
        qid, entry = forge.question(cat, qtype, name, text, plugin, feedback="<p>Because.</p>")
        slots.append(("q", qid, 2.0) if layout == "3" else ("e", entry, 2.0))
        wanted[name] = ours
    qid, entry = forge.cloze(cat, "Cloze", "<p>Riga is in {#1} and has {#2} bridges.</p>",
                             [("shortanswer", shortanswer(("Latvia", 1.0), ("LV", 1.0))),
                              ("numerical", numerical(5, 0))])
    slots.append(("q", qid, 1.0) if layout == "3" else ("e", entry, 1.0))
    wanted["Cloze"] = "fill_blanks"
    qid, entry = forge.cloze(cat, "Menu cloze", "<p>Pick: {#1} and {#2}.</p>",
                             [("multichoice", multichoice(("yes", 1.0), ("no", 0.0))),
                              ("multichoice", multichoice(("up", 1.0), ("down", 0.0)))])
    slots.append(("q", qid, 1.0) if layout == "3" else ("e", entry, 1.0))
    wanted["Menu cloze"] = "drag_words"
    forge.quiz(section, "Big quiz", slots, pass_ratio=0.6, attempts=3)
    return forge, wanted


@pytest.mark.parametrize("layout", ["3", "4"])
def test_every_question_type_maps_or_is_reported(tmp_path: Path, layout: str) -> None:
    forge, wanted = _question_course(layout)
    path = forge.write(tmp_path / "q.mbz")
    result, manifest = _pack([path], tmp_path)
    (item,) = result.draft.items()
    quiz = item.quiz
    assert quiz["pass_mark"] == 0.6 and quiz["max_attempts"] == 3 and quiz["shuffle_options"]
    mapped = [t for t in wanted.values() if t]
    assert Counter(q["type"] for q in quiz["questions"]) == Counter(mapped)
    reported = {x.what for x in result.left_out}
    assert any("Intro text" in w for w in reported) and any("Formula" in w for w in reported)
    by_type = {q["type"]: q for q in quiz["questions"]}
    assert by_type["single"]["options"][0] == {"id": "a", "text": "Apple", "correct": True,
                                               "feedback": "Yes"}
    assert [o.get("correct", False) for o in by_type["multiple"]["options"]] == \
        [True, True, False]
    assert by_type["true_false"]["answer"] is False
    assert by_type["text"]["accepted"] == ["Riga", "Rīga"]  # wildcard and half-right dropped
    assert by_type["numeric"]["answer"] == 4 and by_type["numeric"]["tolerance"] == 0.5
    assert [p["right"] for p in by_type["matching"]["pairs"]] == ["Riga", "Rome"]
    assert [s["text"] for s in by_type["ordering"]["steps"]] == ["One", "Two", "Three"]
    assert "points" not in by_type["free_text"]
    drags = [q for q in quiz["questions"] if q["type"] == "drag_words"]
    assert drags[0]["text"] == "The {{cat}} sat on the {{mat}}." and \
        drags[0]["distractors"] == ["dog"] and drags[0]["prompt"] == "Fill the gaps."
    assert any(q["text"] == "Pick: {{yes}} and {{up}}." and q["distractors"] == ["down", "no"]
               for q in drags)
    assert by_type["fill_blanks"]["text"] == "Riga is in {{Latvia|LV}} and has {{5}} bridges."
    assert by_type["single"]["points"] == 2.0 and by_type["single"]["explanation"] == "Because."
    assert any("wildcard" in n for n in result.notes)
    assert manifest.default_language == "pt-BR"
    assert [i.kind for i in manifest.items] == ["quiz"]


@pytest.mark.parametrize("style", ["3.x", "4.0", "4.3"])
def test_random_only_quiz_draws_from_its_category(tmp_path: Path, style: str) -> None:
    forge = MbzForge(layout="3" if style == "3.x" else "4")
    section = forge.section("Random")
    cat = forge.category("Pool")
    sub = forge.category("Sub pool", parent=cat)
    for n in range(5):
        forge.question(cat if n < 4 else sub, "truefalse", f"TF {n}", f"<p>Statement {n}</p>",
                       truefalse(True))
    if style == "3.x":  # a random slot is a question of type random; "1": subcategories
        qid, _e = forge.question(cat, "random", "Random", "1")
        slots: list[tuple[str, int | str, float]] = [("q", qid, 1.0)] * 3
    elif style == "4.0":
        slots = [("r", json.dumps({"questioncategoryid": str(cat),
                                   "includingsubcategories": "1"}), 1.0)] * 3
    else:
        slots = [("r", json.dumps({"filter": {"category": {
            "values": [cat], "filteroptions": {"includesubcategories": True}}}}), 1.0)] * 3
    forge.quiz(section, "Drawn", slots)
    (item,) = _convert(forge.write(tmp_path / "r.mbz"), tmp_path)[0].items()
    assert item.quiz["draw"] == 3
    assert [q["prompt"] for q in item.quiz["questions"]] == [f"Statement {n}" for n in range(5)]


def test_newest_version_of_a_4x_question_is_used(tmp_path: Path) -> None:
    forge = MbzForge()
    section = forge.section("S")
    cat = forge.category()
    _q, entry = forge.question(cat, "truefalse", "Old", "<p>old</p>", truefalse(True))
    forge.question(cat, "truefalse", "New", "<p>new</p>", truefalse(False), version=2,
                   entry=entry)
    forge.quiz(section, "Versions", [("e", entry, 1.0)])
    (item,) = _convert(forge.write(tmp_path / "v.mbz"), tmp_path)[0].items()
    assert [q["prompt"] for q in item.quiz["questions"]] == ["new"]


def _content_course() -> MbzForge:
    forge = MbzForge(title="Content")
    intro = forge.section(None, summary="<p>Welcome to the course.</p>")
    forge.page(intro, "Page with image",
               '<h2>Hello</h2><p><img src="@@PLUGINFILE@@/pic%201.png?time=1" alt="A pic">'
               '<script>alert(1)</script><a href="https://example.org">web</a>'
               '<a href="@@PLUGINFILE@@/notes.pdf">notes</a>'
               '<img src="https://example.org/remote.png" alt="remote"></p>',
               files={"pic 1.png": PNG, "notes.pdf": PDF})
    forge.label(intro, "A label", "<p>Read this first.</p>")
    forge.url(intro, "Moodle docs", "https://docs.moodle.org/")
    forge.url(intro, "Evil link", "javascript:alert(1)")
    books = forge.section("Books")
    forge.book(books, "Handbook", [
        ("Chapter one", '<p>One <img src="@@PLUGINFILE@@/c1.png" alt="c1"></p>', False, False),
        ("Part 1.1", "<p>Sub text</p>", True, False),
        ("Secret", "<p>Hidden</p>", False, True),
        ("Secret part", "<p>Hidden with its chapter</p>", True, False),
        ("Chapter two", "<p>Two</p>", False, False),
    ], files={0: {"c1.png": PNG}})
    files = forge.section("Files")
    forge.resource(files, "Clip", "clip.mp4", MP4_HEAD + bytes(64), "video/mp4")
    forge.resource(files, "Web clip", "clip.webm", WEBM_HEAD + bytes(64))
    forge.resource(files, "Photo", "photo.png", PNG + b"photo", "image/png",
                   intro="<p>Our library.</p>")
    forge.resource(files, "Document", "notes.docx", b"PK\x03\x04docx", "application/msword")
    forge.resource(files, "Ghost", "ghost.png", PNG, contenthash="ab" * 20)  # written below
    forge.folder(files, "Pictures", {"a.png": PNG, "b.txt": b"plain"})
    other = forge.section("Other")
    forge.activity(other, "forum", "Announcements", "<forum><name>Announcements</name></forum>")
    forge.activity(other, "mystery", "Plugin thing", "<mystery/>")
    forge.page(other, "Hidden page", "<p>draft</p>", visible=False)
    forge.section("Empty section")
    hidden = forge.section("Hidden section", visible=False)
    forge.page(hidden, "In hidden", "<p>x</p>")
    return forge


def _drop_member(path: Path, prefix: str, tmp: Path) -> Path:
    """A copy of a tar without the members starting with `prefix` (a missing file)."""
    out = tmp / f"without-{path.name}"
    with tarfile.open(path) as src, tarfile.open(out, "w:gz") as dst:
        for member in src:
            if not member.name.startswith(prefix):
                dst.addfile(member, src.extractfile(member) if member.isfile() else None)
    return out


def test_content_activities(tmp_path: Path) -> None:
    path = _drop_member(_content_course().write(tmp_path / "c.mbz"), "files/ab/", tmp_path)
    draft, ctx = _convert(path, tmp_path)
    titles = [[i.title for i in m.items] for m in draft.modules]
    assert [m.title for m in draft.modules] == ["General", "Books", "Files", "Other"] or \
        [m.title for m in draft.modules] == ["General", "Books", "Files"]
    assert titles[0] == ["General", "Page with image", "A label", "Moodle docs"]
    assert titles[1] == ["Chapter one", "Chapter two"]
    assert titles[2] == ["Clip", "Web clip", "Photo", "a.png"]
    items = {i.title: i for i in draft.items()}
    page = items["Page with image"].body or ""
    assert 'src="../../media/pic-1.png"' in page and "script" not in page
    assert 'href="../../media/notes.pdf"' in page and 'href="https://example.org"' in page
    assert "remote.png" not in page
    assert "Sub text" in (items["Chapter one"].body or "") and "<h2>Part 1.1</h2>" in (
        items["Chapter one"].body or "")
    assert items["Clip"].kind == "video" and items["Clip"].file == "media/clip.mp4"
    assert items["Web clip"].file == "media/clip.webm"
    assert items["Photo"].kind == "lesson" and "media/photo.png" in (items["Photo"].body or "")
    assert "Our library." in (items["Photo"].body or "")
    assert not items["A label"].required
    left = {x.what: x.reason for x in ctx.left_out}
    assert "not a web address" in left["link 'Evil link'"]
    assert "remote images are never fetched" in left["image 'https://example.org/remote.png'"]
    assert "cannot be shown" in left["file 'notes.docx'"]
    assert "not in the backup" in left["file 'ghost.png'"]
    assert "cannot be shown" in left["file 'b.txt'"]
    assert "server" in left["forum 'Announcements'"]
    assert "'mystery'" in left["mystery 'Plugin thing'"]
    assert "hidden" in left["page 'Hidden page'"]
    assert "hidden" in left["chapter 'Secret' of book 'Handbook'"]
    assert "hidden" in left["chapter 'Secret part' of book 'Handbook'"]
    assert "hidden" in left["section 'Hidden section' (1 activity)"]
    assert "Empty section" not in [m.title for m in draft.modules]


def test_content_course_packs(tmp_path: Path) -> None:
    forge = _content_course()
    path = forge.write(tmp_path / "c.mbz")
    result, manifest = _pack([path], tmp_path)
    assert Counter(i.kind for i in manifest.items) == Counter(
        i.kind for i in result.draft.items())
    assert {"lesson", "video"} <= {i.kind for i in manifest.items}


def test_pdf_resource_becomes_a_pdf_item(tmp_path: Path) -> None:
    forge = MbzForge(title="PDF")
    section = forge.section("Reading")
    forge.resource(section, "Guide", "guide", PDF, "application/pdf",  # no suffix: sniffed
                   intro="<p>Read it before the quiz.</p>")
    draft, ctx = _convert(forge.write(tmp_path / "p.mbz"), tmp_path)
    assert [x.what for x in ctx.left_out] == ["the description of file 'Guide'"]
    (item,) = draft.items()
    assert item.kind == "pdf" and item.file == "media/guide.pdf"
    assert (tmp_path / "src" / "media" / "guide.pdf").read_bytes() == PDF
    _result, manifest = _pack([forge.write(tmp_path / "p2.mbz")], tmp_path)
    assert [i.kind for i in manifest.items] == ["pdf"]


def test_zip_backup_reads_like_a_tar(tmp_path: Path) -> None:
    forge, _wanted = _question_course()
    tgz = _convert(forge.write(tmp_path / "q.mbz"), tmp_path / "a")[0]
    zipped = _convert(forge.write(tmp_path / "q.zip", fmt="zip"), tmp_path / "b")[0]
    assert [i.quiz for i in tgz.items()] == [i.quiz for i in zipped.items()]


def test_h5p_activity_goes_through_the_h5p_converter_or_is_reported(tmp_path: Path) -> None:
    forge = MbzForge(title="H5P")
    section = forge.section("Interactive")
    forge.h5p(section, "Quiz game", b"PK\x05\x06" + bytes(18))  # an empty zip
    forge.page(section, "Text", "<p>Text</p>")
    draft, ctx = _convert(forge.write(tmp_path / "h.mbz"), tmp_path)
    assert [i.title for i in draft.items()] == ["Text"]
    (left,) = [x for x in ctx.left_out if x.what.startswith("H5P activity")]
    assert left.what == "H5P activity 'Quiz game'"
    assert left.reason == "it is not an H5P file"  # an empty zip: no h5p.json


@pytest.mark.skipif(not (REALCASES / "h5p" / "H5P.MultiChoice.h5p").is_file(),
                    reason="real-case corpus not present")
def test_h5p_activity_with_a_real_h5p_file(tmp_path: Path) -> None:
    forge = MbzForge(title="H5P")
    section = forge.section("Interactive")
    forge.h5p(section, "Choose", (REALCASES / "h5p" / "H5P.MultiChoice.h5p").read_bytes())
    forge.h5p(section, "Choose again", (REALCASES / "h5p" / "H5P.MultiChoice.h5p")
              .read_bytes() + b"")  # the same file twice: media must not collide
    result, manifest = _pack([forge.write(tmp_path / "h.mbz")], tmp_path)
    titles = [i.title for i in result.draft.items()]
    assert titles == ["Choose", "Choose again"]
    assert [i.kind for i in manifest.items] == ["quiz", "quiz"]


def test_sniff_is_by_content() -> None:
    converter = MoodleBackupConverter()

    class Tree:
        label = "x"

        def __init__(self, data: bytes | None) -> None:
            self.data = data

        def has(self, name: str) -> bool:
            return self.data is not None and name == "moodle_backup.xml"

        def read(self, name: str, limit: int) -> bytes:
            assert self.data is not None
            return self.data

    assert converter.sniff(Tree(None)) is None  # type: ignore[arg-type]
    assert converter.sniff(Tree(b"<manifest/>")) is None  # type: ignore[arg-type]
    assert converter.sniff(Tree(  # type: ignore[arg-type]
        b"<moodle_backup><information><backup_release>3.9</backup_release>"
        b"</information></moodle_backup>")) == "Moodle backup 3.9"


def test_plain_text_answers_are_not_read_as_html() -> None:
    from biblio_desktop.conversion.moodle_backup.qtypes import convert_question

    question = ET.fromstring(
        '<question id="1"><name>N</name><questiontext>&lt;p&gt;Which?&lt;/p&gt;'
        "</questiontext><qtype>shortanswer</qtype><plugin_qtype_shortanswer_question>"
        '<answers><answer id="1"><answertext>a&lt;b</answertext><answerformat>0'
        "</answerformat><fraction>1</fraction></answer></answers>"
        "</plugin_qtype_shortanswer_question></question>")
    converted = convert_question(question)
    assert converted.question == {"prompt": "Which?", "points": 1.0, "type": "text",
                                  "accepted": ["a<b"]}


def test_glossary_becomes_a_lesson_of_its_approved_entries(tmp_path: Path) -> None:
    forge = MbzForge(title="Words")
    section = forge.section("Terms")
    entries = "".join(
        f'<entry id="{n}"><concept>{c}</concept><definition>{d}</definition>'
        f"<approved>{a}</approved></entry>"
        for n, (c, d, a) in enumerate([
            ("OPAC", "&lt;p&gt;The online catalogue &lt;img src=\"@@PLUGINFILE@@/o.png\" "
             "alt=\"screen\"&gt;&lt;/p&gt;", 1),
            ("Bad", "&lt;p&gt;not approved&lt;/p&gt;", 0),
            ("ISBN", "&lt;p&gt;A book number&lt;script&gt;x()&lt;/script&gt;&lt;/p&gt;", 1),
        ], 1))
    _mid, context = forge.activity(section, "glossary", "Library words",
                                   f"<glossary><name>Library words</name><intro></intro>"
                                   f"<entries>{entries}</entries></glossary>")
    forge.add_file(context, "mod_glossary", "entry", 1, "o.png", PNG)
    forge.activity(section, "glossary", "Empty", "<glossary><name>Empty</name></glossary>")
    result, manifest = _pack([forge.write(tmp_path / "g.mbz")], tmp_path)
    (item,) = result.draft.items()
    body = item.body or ""
    assert body.index("<dt>ISBN</dt>") < body.index("<dt>OPAC</dt>") and "Bad" not in body
    assert 'src="../../media/o.png"' in body and "script" not in body and not item.required
    assert any("Moodle saves them only in a backup made with users" in x.reason
               for x in result.left_out if x.what == "glossary 'Empty'")
    assert [i.kind for i in manifest.items] == ["lesson"]
