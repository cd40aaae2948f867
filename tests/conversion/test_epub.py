"""EPUB 2 and 3: chapters become lessons, the table of contents gives titles and modules,
images come along, scripts never; the scripted quiz widget is rebuilt from its data."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.convert import convert_inputs
from biblio_desktop.conversion.epub import short_license
from biblio_desktop.errors import ConversionError
from biblio_desktop.packages.reader import inspect_package

from ..shared_material import REALCASES as SHARED_REALCASES

REALCASES = SHARED_REALCASES
needs_corpus = pytest.mark.skipif(not REALCASES.is_dir(), reason="no realcases corpus here")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(32)
OPF_NS = "{http://www.idpf.org/2007/opf}"
XHTML_NS = "{http://www.w3.org/1999/xhtml}"

CONTAINER = b"""<?xml version="1.0"?>
<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container" version="1.0">
<rootfiles><rootfile full-path="OEBPS/book.opf" media-type="application/oebps-package+xml"/>
</rootfiles></container>"""


def xhtml(body: str, title: str = "page", doctype: str = "<!DOCTYPE html>") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n{doctype}\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">'
            f"<head><title>{title}</title></head><body>{body}</body></html>").encode()


def opf(chapters: list[str], *, version: str = "3.0", extra_manifest: str = "",
        nav: bool = True, ncx: bool = False, title: str = "Test book",
        rights: str = "CC BY 4.0") -> bytes:
    items = "".join(f'<item id="c{n}" href="{c}" media-type="application/xhtml+xml"/>'
                    for n, c in enumerate(chapters))
    if nav:
        items += ('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
                  'properties="nav"/>')
    if ncx:
        items += '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'
    spine = "".join(f'<itemref idref="c{n}"/>' for n in range(len(chapters)))
    toc = ' toc="ncx"' if ncx else ""
    return (f'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
            f'version="{version}">'
            f'<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
            f"<dc:language>lv-LV</dc:language><dc:rights>{rights}</dc:rights>"
            f"<dc:creator>A. Author</dc:creator></metadata>"
            f"<manifest>{items}{extra_manifest}</manifest>"
            f"<spine{toc}>{spine}</spine></package>").encode()


def nav_doc(entries: list[tuple[str, str, list[tuple[str, str]]]]) -> bytes:
    def ol(items: list) -> str:
        return "<ol>" + "".join(
            f'<li><a href="{href}">{label}</a>{ol(children) if children else ""}</li>'
            for label, href, children in items) + "</ol>"
    return xhtml(f'<nav epub:type="toc">{ol(entries)}</nav>', "Contents")


def make_epub(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), b"application/epub+zip")
        zf.writestr("META-INF/container.xml", CONTAINER)
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def lessons(src: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted((src / "lessons").rglob("*.md"))}


# ------------------------------------------------------------------ corpus
def _spine_counts(epub: Path) -> tuple[int, list[str]]:
    """Independently of the converter: the linear XHTML spine items that are not the nav
    document, and the labels of the table of contents' top level."""
    with zipfile.ZipFile(epub) as zf:
        container = ET.fromstring(zf.read("META-INF/container.xml"))
        opf_path = next(el.get("full-path") for el in container.iter()
                        if el.tag.endswith("rootfile"))
        package = ET.fromstring(zf.read(opf_path))
        base = opf_path.rsplit("/", 1)[0]
        manifest = {el.get("id"): el for el in package.iter(f"{OPF_NS}item")}
        nav = next(el for el in manifest.values() if "nav" in (el.get("properties") or ""))
        linear = [manifest[ref.get("idref")] for ref in package.iter(f"{OPF_NS}itemref")
                  if ref.get("linear") != "no"]
        chapters = [el for el in linear if el is not nav]
        nav_root = ET.fromstring(zf.read(f"{base}/{nav.get('href')}"))
        toc = next(el for el in nav_root.iter(f"{XHTML_NS}nav"))
        top = [li.find(f"{XHTML_NS}a").text for li in toc.find(f"{XHTML_NS}ol")]
    return len(chapters), top


@needs_corpus
def test_accessible_epub_3(tmp_path: Path) -> None:
    epub = REALCASES / "epub/accessible_epub_3.epub"
    chapters, top = _spine_counts(epub)
    result = convert_inputs([epub], tmp_path / "src")
    draft = result.draft
    assert draft.title == "Accessible EPUB 3" and draft.language == "en"
    assert draft.license == "Copyright © 2012 O’Reilly Media, Inc"
    assert [item.kind for item in draft.items()] == ["lesson"] * chapters
    # a first module for the pages before the table of contents' first entry, then one
    # per top-level entry
    assert [m.title for m in draft.modules] == ["Accessible EPUB 3", *top]
    titles = [item.title for item in draft.items()]
    assert "1. Introduction" in titles and "Colophon" in titles  # nav label; first heading
    assert [x.what for x in result.left_out] == ["page cover.xhtml"]  # linear="no"
    assert sorted(p.name for p in (tmp_path / "src/media").iterdir()) == \
        ["epub3_0401.png", "spi_global_ad.png"]
    built = build_package(tmp_path / "src", tmp_path / "book.biblio")
    manifest = inspect_package(built.out).manifest
    assert len(manifest.modules) == len(top) + 1 and len(manifest.items) == chapters


@needs_corpus
def test_quiz_bindings_epub_rebuilds_the_scripted_quiz(tmp_path: Path) -> None:
    epub = REALCASES / "epub/quiz-bindings.epub"
    with zipfile.ZipFile(epub) as zf:
        data = ET.fromstring(zf.read("EPUB/content/solar-system.xml"))
    expected = [(item.find("question").text,
                 [c.text for c in item.iter("choice")],
                 [c.text for c in item.iter("choice") if c.get("correct") == "true"])
                for item in data.iter("item")]
    result = convert_inputs([epub], tmp_path / "src")
    [module] = result.draft.modules
    lesson, quiz = module.items
    assert (lesson.kind, lesson.title) == ("lesson", "The Solar System")
    assert (quiz.kind, quiz.title) == ("quiz", "The Solar System and Beyond")
    questions = quiz.quiz["questions"]
    assert len(questions) == len(expected) == 10
    for question, (prompt, options, correct) in zip(questions, expected, strict=True):
        assert question["type"] == "single" and question["prompt"] == prompt
        assert [o["text"] for o in question["options"]] == options
        assert [o["text"] for o in question["options"] if o.get("correct")] == correct
    assert "quiz “The Solar System and Beyond” after this lesson" in lesson.body
    assert "Gas Monsters" not in lesson.body  # the fallback list is replaced by the quiz
    [player] = result.left_out
    assert "quiz-impl.xhtml" in player.what and "never runs" in player.reason
    assert result.draft.license == "CC BY-SA 3.0"
    built = build_package(tmp_path / "src", tmp_path / "quiz.biblio")
    assert [i.kind for i in inspect_package(built.out).manifest.items] == ["lesson", "quiz"]


# ------------------------------------------------------------------ structure
def test_links_between_chapters_become_item_links(tmp_path: Path) -> None:
    files = {
        "OEBPS/book.opf": opf(["one.xhtml", "two.xhtml"]),
        "OEBPS/nav.xhtml": nav_doc([("First", "one.xhtml", []), ("Second", "two.xhtml", [])]),
        "OEBPS/one.xhtml": xhtml('<h1>One</h1><p>See <a href="two.xhtml#s2">two</a>, '
                                 '<a href="#here">here</a>, <a href="nav.xhtml">contents</a> '
                                 'and <a href="https://example.org/">the web</a>.</p>'),
        "OEBPS/two.xhtml": xhtml('<h1>Two</h1><p>Back to <a href="one.xhtml">one</a>.</p>'),
    }
    result = convert_inputs([make_epub(tmp_path / "b.epub", files)], tmp_path / "src")
    assert result.draft.language == "lv" and result.draft.license == "CC BY 4.0"
    assert result.draft.publisher == "A. Author"
    texts = lessons(tmp_path / "src")
    assert 'href="item:second"' in texts["first.md"] and 'href="item:first"' in texts["second.md"]
    assert 'href="https://example.org/"' in texts["first.md"]
    assert "item:@" not in texts["first.md"] and ">here</a>" in texts["first.md"]
    assert any("kept as plain text (1)" in note for note in result.notes)  # nav.xhtml
    build_package(tmp_path / "src", tmp_path / "b.biblio")  # item links are checked by pack


def test_epub2_ncx_titles_and_named_entities(tmp_path: Path) -> None:
    ncx = b"""<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"
      version="2005-1"><navMap><navPoint id="p1"><navLabel><text>Opening</text></navLabel>
      <content src="a.xhtml"/></navPoint></navMap></ncx>"""
    doctype = ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" '
               '"http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">')
    files = {
        "OEBPS/book.opf": opf(["a.xhtml", "b.xhtml"], version="2.0", nav=False, ncx=True),
        "OEBPS/toc.ncx": ncx,
        "OEBPS/a.xhtml": xhtml("<p>Caf&eacute;&nbsp;time &amp; more</p>", doctype=doctype),
        "OEBPS/b.xhtml": xhtml("<h2>Heading of b</h2><p>Text</p>", "Head title",
                               doctype=doctype),
    }
    result = convert_inputs([make_epub(tmp_path / "b.epub", files)], tmp_path / "src")
    assert [i.title for i in result.draft.items()] == ["Opening", "Heading of b"]
    assert "Café&nbsp;time &amp; more" in result.draft.items()[0].body
    assert result.inputs[0].detected == "EPUB 2.0: Test book"


def test_big_book_gets_one_module_per_top_level_entry(tmp_path: Path) -> None:
    names = [f"c{n}.xhtml" for n in range(8)]
    files = {f"OEBPS/{name}": xhtml(f"<h1>Chapter {n}</h1><p>text</p>")
             for n, name in enumerate(names)}
    files["OEBPS/book.opf"] = opf(names)
    files["OEBPS/nav.xhtml"] = nav_doc([
        ("Part A", "c2.xhtml", [("A.1", "c3.xhtml", [])]),
        ("Part B", "c5.xhtml#start", [])])
    result = convert_inputs([make_epub(tmp_path / "b.epub", files)], tmp_path / "src")
    assert [(m.title, [i.title for i in m.items]) for m in result.draft.modules] == [
        ("Test book", ["Chapter 0", "Chapter 1"]),
        ("Part A", ["Part A", "A.1", "Chapter 4"]),
        ("Part B", ["Part B", "Chapter 6", "Chapter 7"]),
    ]


def test_short_license() -> None:
    assert short_license("This work is shared with the public using the Attribution-ShareAlike "
                         "3.0 Unported (CC BY-SA 3.0) license.") == "CC BY-SA 3.0"
    assert len(short_license("All rights reserved. " * 20)) <= 100


# ------------------------------------------------------------------ hostile books
HOSTILE = """
<h1>Hostile</h1>
<p onclick="steal()">Text<script>alert(1)</script></p>
<img src="pic.png" alt="ok"/>
<img src="https://tracker.example/pixel.png" alt="remote"/>
<img src="file:///etc/passwd" alt="local"/>
<img src="../../../../etc/passwd.png" alt="outside"/>
<img src="data:image/png;base64,AAAA" alt="inline"/>
<img src="missing.png" alt="missing"/>
<img src="evil.svg" alt="evil"/>
<img src="fine.svg" alt="fine"/>
<a href="javascript:alert(1)">js</a>
<iframe src="https://example.org/"></iframe>
<form action="https://example.org/"><input name="q"/><button>Go</button></form>
<svg xmlns="http://www.w3.org/2000/svg"><title>A chart</title><script>x()</script></svg>
<math xmlns="http://www.w3.org/1998/Math/MathML" alttext="x squared"><mi>x</mi></math>
<video src="https://example.org/v.mp4"><p>Video fallback</p></video>
<object data="widget.bin" type="application/x-thing"><p>Object fallback</p></object>
"""
EVIL_SVG = (b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">'
            b'<script>alert(2)</script></svg>')
FINE_SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><rect width="4" height="4"/></svg>'


def test_hostile_chapter_is_cleaned_and_everything_reported(tmp_path: Path) -> None:
    files = {"OEBPS/book.opf": opf(["h.xhtml"]),
             "OEBPS/nav.xhtml": nav_doc([("Hostile", "h.xhtml", [])]),
             "OEBPS/h.xhtml": xhtml(HOSTILE), "OEBPS/pic.png": PNG,
             "OEBPS/evil.svg": EVIL_SVG, "OEBPS/fine.svg": FINE_SVG}
    result = convert_inputs([make_epub(tmp_path / "h.epub", files)], tmp_path / "src")
    body = result.draft.items()[0].body
    for bad in ("script", "onclick", "javascript", "iframe", "<form", "<input", "passwd",
                "tracker", "data:", "evil.svg", "<svg", "<math", "<video", "<object"):
        assert bad not in body, bad
    assert 'src="../../media/pic.png"' in body and 'src="../../media/fine.svg"' in body
    assert "A chart" in body and "x squared" in body
    assert "Video fallback" in body and "Object fallback" in body
    reported = {x.what: x.reason for x in result.left_out}
    assert "remote media are never fetched" in reported["image https://tracker.example/pixel.png"]
    assert "not contain" in reported["image missing.png"]
    assert "never read" in reported["image file:///etc/passwd"]
    assert "not contain" in reported["image ../../../../etc/passwd.png"]
    assert "unsafe" in reported["image evil.svg"]
    for what in ("script", "interactive form element (×4)", "drawing in SVG",
                 "formula in MathML", "audio or video clip", "embedded object",
                 "an image written into the page (data: URL)"):
        assert any(key.startswith(what) for key in reported), what
    assert sorted(p.name for p in (tmp_path / "src/media").iterdir()) == ["fine.svg", "pic.png"]
    build_package(tmp_path / "src", tmp_path / "h.biblio")


def test_entity_bomb_in_package_document_is_refused(tmp_path: Path) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><package version="3.0">&b;</package>')
    path = make_epub(tmp_path / "bomb.epub", {"OEBPS/book.opf": bomb})
    with pytest.raises(ConversionError, match="entities"):
        convert_inputs([path], tmp_path / "src")
    assert not (tmp_path / "src").exists()


def test_external_entity_in_a_chapter_is_refused(tmp_path: Path) -> None:
    chapter = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
               b'<html xmlns="http://www.w3.org/1999/xhtml"><body>&x;</body></html>')
    files = {"OEBPS/book.opf": opf(["x.xhtml"], nav=False), "OEBPS/x.xhtml": chapter}
    with pytest.raises(ConversionError, match="entities"):
        convert_inputs([make_epub(tmp_path / "x.epub", files)], tmp_path / "src")
    assert not (tmp_path / "src").exists()


def test_deep_nesting_and_empty_chapters_are_left_out(tmp_path: Path) -> None:
    deep = xhtml("<div>" * 5000 + "deep" + "</div>" * 5000)
    files = {"OEBPS/book.opf": opf(["deep.xhtml", "empty.xhtml", "ok.xhtml"], nav=False),
             "OEBPS/deep.xhtml": deep,
             "OEBPS/empty.xhtml": xhtml("<script>only()</script>"),
             "OEBPS/ok.xhtml": xhtml('<p>Fine, see <a href="empty.xhtml">that</a></p>',
                                     "Fine page")}
    result = convert_inputs([make_epub(tmp_path / "d.epub", files)], tmp_path / "src")
    assert [i.title for i in result.draft.items()] == ["Fine page"]
    # the link to the chapter that was left out keeps its text and goes nowhere
    assert "<a>that</a>" in lessons(tmp_path / "src")["fine-page.md"].replace("<a >", "<a>")
    build_package(tmp_path / "src", tmp_path / "d.biblio")
    reasons = " ".join(x.reason for x in result.left_out)
    assert "nest more than" in reasons and "no text or images" in reasons


def test_zip_slip_in_an_epub_is_refused(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "slip.epub", {"OEBPS/book.opf": opf([]),
                                              "../../evil.xhtml": b"x"})
    with pytest.raises(ConversionError, match="outside"):
        convert_inputs([path], tmp_path / "src")
    assert not (tmp_path.parent / "evil.xhtml").exists()


def test_book_with_nothing_to_show_is_refused(tmp_path: Path) -> None:
    files = {"OEBPS/book.opf": opf(["s.xhtml"], nav=False),
             "OEBPS/s.xhtml": xhtml("<script>x()</script>")}
    with pytest.raises(ConversionError, match="Nothing in the input"):
        convert_inputs([make_epub(tmp_path / "s.epub", files)], tmp_path / "src")
