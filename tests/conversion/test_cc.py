"""Common Cartridge: every corpus cartridge (counts read from its manifest), hostile ones."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.cc import CommonCartridgeConverter
from biblio_desktop.conversion.context import ConversionContext
from biblio_desktop.conversion.convert import convert_inputs, detect
from biblio_desktop.errors import ConversionError
from biblio_desktop.progress import Cancelled, CancelToken

from .qbank_helpers import convert, left_reasons, pack_and_check, realcase
from .test_moodle_xml import png


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


class Files:
    """The cartridge's files, zipped or not (the test's own reader)."""

    def __init__(self, path: Path) -> None:
        if path.is_dir():
            self.data = {p.relative_to(path).as_posix(): p.read_bytes()
                         for p in path.rglob("*") if p.is_file()}
        else:
            with zipfile.ZipFile(path) as zf:
                self.data = {n: zf.read(n) for n in zf.namelist() if not n.endswith("/")}


def expected_cc(path: Path) -> tuple[Counter[str], int, list[str]]:
    """(item kinds, number of parts to report, module titles) from the manifest."""
    files = Files(path)
    root = ET.fromstring(files.data["imsmanifest.xml"])
    resources: dict[str, ET.Element] = {}
    for res in (e for e in root.iter() if _local(e.tag) == "resource"):
        resources.setdefault(res.get("identifier"), res)
    kinds: Counter[str] = Counter()
    reported = 0
    modules: list[str] = []
    used: set[str] = set()

    def text_only(res: ET.Element) -> int:
        """Canvas "text only" questions of a quiz: each becomes a lesson."""
        ident = res.get("identifier")
        qti = files.data.get(f"non_cc_assessments/{ident}.xml.qti") or b""
        return qti.count(b"<fieldentry>text_only_question</fieldentry>")

    def classify(res: ET.Element) -> str | None:
        kind, href = res.get("type", ""), res.get("href", "")
        if "imswl" in kind:
            return "lesson"
        if ("assessment" in kind and "qti" in kind) or (
                href.startswith("non_cc_assessments/") and href.endswith(".qti")):
            return "quiz"
        if kind != "webcontent" or href not in files.data:
            return None
        ext = href.rsplit(".", 1)[-1].lower()
        if ext in ("html", "htm"):
            body = files.data[href].decode().split("<body", 1)[-1]
            return "lesson" if re.sub(r"<[^>]*>|\s", "", body.split(">", 1)[-1]) else None
        return {"pdf": "pdf", "jpg": "lesson", "png": "lesson", "mp4": "video"}.get(ext)

    orgs = [e for e in root.iter() if _local(e.tag) == "organization"]
    tops = [c for c in orgs[0] if _local(c.tag) == "item"] if orgs else []
    if len(tops) == 1 and not tops[0].get("identifierref"):
        tops = [c for c in tops[0] if _local(c.tag) == "item"]
    for top in tops:
        title = " ".join((top.findtext("{*}title") or "").split())
        found = 0
        for item in top.iter():
            ref = item.get("identifierref")
            if _local(item.tag) != "item" or not ref:
                continue
            used.add(ref)
            kind = classify(resources[ref]) if ref in resources else None
            if kind:
                kinds[kind] += 1
                kinds["lesson"] += text_only(resources[ref]) if kind == "quiz" else 0
                found += 1
            else:
                reported += 1
        if found:
            modules.append(title)
    extra = 0
    for ident, res in resources.items():
        href = res.get("href", "")
        if ident in used:
            continue
        kind = classify(res)
        if kind == "quiz" or (kind == "lesson" and href.startswith("wiki_content/")):
            kinds[kind] += 1
            kinds["lesson"] += text_only(res) if kind == "quiz" else 0
            extra += 1
    if extra:
        modules.append("More from the cartridge")
    return kinds, reported, modules


CARTRIDGES = ["imscc/allyworkshop.imscc", "imscc/latex.imscc", "imscc/grouptest.zip",
              "imscc/course-1", "qti/canvas-all-question-types-cc"]


@pytest.mark.parametrize("rel", CARTRIDGES)
def test_corpus_cartridges(tmp_path: Path, rel: str) -> None:
    path = realcase(rel)
    kinds, reported, modules = expected_cc(path)
    result = convert(tmp_path, path)
    assert result.inputs[0].format == "common-cartridge"
    assert result.inputs[0].detected.startswith("IMS Common Cartridge 1.")
    lessons = Counter(i.kind for i in result.draft.items() if not i.title.startswith(
        "Pictures: "))
    assert lessons == kinds
    assert [m.title for m in result.draft.modules] == modules
    whole = [x for x in result.left_out if not x.what.startswith(("picture", "question"))]
    assert len(whole) >= reported
    for item in result.draft.items():
        assert "<script" not in (item.body or "")
    pack_and_check(result, tmp_path)


@pytest.mark.parametrize("rel", ["imscc/canvas_cc_gem_course.imscc", "imscc/single-page.imscc"])
def test_cartridges_with_nothing_to_convert_are_refused(tmp_path: Path, rel: str) -> None:
    path = realcase(rel)
    with pytest.raises(ConversionError, match="Nothing in the input"):
        convert(tmp_path, path)
    assert not (tmp_path / "src").exists()


def test_course_1_details(tmp_path: Path) -> None:
    result = convert(tmp_path, realcase("imscc/course-1"))
    items = {i.title: i for i in result.draft.items()}
    assert items["Sample Document"].kind == "pdf"
    assert items["Sample Document"].file == "media/sample-document.pdf"
    assert "http://google.com" in items["First Module External URL 1"].body
    assert items["First Module Quiz 1"].quiz["questions"][0]["type"] == "single"
    assert "../../media/photo.jpg" in items["photo.jpg"].body
    reasons = "\n".join(left_reasons(result))
    assert "discussion" in reasons and "assignment" in reasons
    assert any("publisheddocument" in n for n in result.notes)


def _cartridge(tmp_path: Path, page: str, extra_resources: str = "",
               items: str = "") -> Path:
    folder = tmp_path / "cart"
    (folder / "wiki_content").mkdir(parents=True)
    (folder / "web_resources" / "Uploaded Media").mkdir(parents=True)
    (folder / "web_resources" / "Uploaded Media" / "pic one.png").write_bytes(png())
    (folder / "wiki_content" / "page.html").write_text(page, encoding="utf-8")
    (folder / "imsmanifest.xml").write_text(f"""<?xml version="1.0"?>
<manifest identifier="m" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
 <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion></metadata>
 <organizations><organization identifier="o"><item identifier="root">
  <item identifier="m1"><title>Week 1</title>
   <item identifier="i1" identifierref="r1"><title>The page</title></item>{items}
  </item></item></organization></organizations>
 <resources>
  <resource identifier="r1" type="webcontent" href="wiki_content/page.html">
   <file href="wiki_content/page.html"/></resource>{extra_resources}
 </resources>
</manifest>""", encoding="utf-8")
    return folder


def test_page_pictures_tokens_and_scripts(tmp_path: Path) -> None:
    page = ('<html><head><title>T</title><script>alert(1)</script></head><body>'
            '<p onclick="x()">Hello</p>'
            '<img src="$IMS-CC-FILEBASE$/Uploaded%20Media/pic%20one.png" alt="a">'
            '<img src="%24IMS-CC-FILEBASE%24/Uploaded Media/pic one.png" alt="b">'
            '<img src="../../../../etc/passwd"><img src="/etc/passwd">'
            '<img src="https://example.org/x.png"><img src="javascript:alert(1)">'
            '<svg><script>alert(1)</script></svg>'
            '<a href="$WIKI_REFERENCE$/pages/other">other page</a>'
            '<a href="https://example.org/">web</a><a href="javascript:alert(1)">js</a>'
            "</body></html>")
    folder = _cartridge(tmp_path, page)
    result = convert(tmp_path, folder)
    [lesson] = result.draft.items()
    body = lesson.body
    assert body.count('src="../../media/pic-one.png"') == 2
    assert "script" not in body and "onclick" not in body and "javascript" not in body
    assert "passwd" not in body and "example.org/x.png" not in body
    assert 'href="https://example.org/"' in body and "other page" in body
    reasons = "\n".join(left_reasons(result))
    assert "etc/passwd" in reasons and "never fetched" in reasons
    assert [p.name for p in (result.source_dir / "media").iterdir()] == ["pic-one.png"]
    pack_and_check(result, tmp_path)


@pytest.mark.parametrize("href", ["../../etc/passwd", "/etc/passwd", "wiki_content/../../x",
                                  "C:/Windows/win.ini", "missing.html"])
def test_resource_hrefs_outside_the_cartridge(tmp_path: Path, href: str) -> None:
    folder = _cartridge(tmp_path, "<p>Kept</p>",
                        f'<resource identifier="r2" type="webcontent" href="{href}"/>',
                        '<item identifier="i2" identifierref="r2"><title>Evil</title></item>')
    result = convert(tmp_path, folder)
    assert [i.title for i in result.draft.items()] == ["The page"]
    assert any("Evil" in x.what for x in result.left_out)


def test_hostile_manifests(tmp_path: Path) -> None:
    folder = _cartridge(tmp_path, "<p>x</p>")
    manifest = folder / "imsmanifest.xml"
    text = manifest.read_text()
    manifest.write_text(text.replace('<?xml version="1.0"?>', '<?xml version="1.0"?>'
                                     '<!DOCTYPE manifest [<!ENTITY a "aaaa"><!ENTITY b '
                                     '"&a;&a;&a;&a;">]>').replace("Week 1", "&b;"))
    with pytest.raises(ConversionError, match="unsafe"):
        convert(tmp_path, folder)
    manifest.write_text(text.replace('<?xml version="1.0"?>', '<?xml version="1.0"?>'
                                     '<!DOCTYPE manifest [<!ENTITY x SYSTEM '
                                     '"file:///etc/passwd">]>').replace("Week 1", "&x;"))
    with pytest.raises(ConversionError, match="unsafe"):
        convert(tmp_path, folder, name="src2")
    assert not (tmp_path / "src").exists() and not (tmp_path / "src2").exists()


def test_zip_slip_in_a_cartridge_is_refused(tmp_path: Path) -> None:
    folder = _cartridge(tmp_path, "<p>x</p>")
    path = tmp_path / "c.imscc"
    with zipfile.ZipFile(path, "w") as zf:
        zf.write(folder / "imsmanifest.xml", "imsmanifest.xml")
        zf.writestr("../../etc/passwd", "x")
    with pytest.raises(ConversionError, match="outside"):
        convert(tmp_path, path)


def test_scorm_manifest_is_not_a_cartridge(tmp_path: Path) -> None:
    folder = tmp_path / "scorm"
    folder.mkdir()
    (folder / "imsmanifest.xml").write_text(
        '<manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" '
        'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"/>', encoding="utf-8")
    with open_input(folder, tmp_path) as tree:
        assert CommonCartridgeConverter().sniff(tree) is None
        converter, detected = detect(tree)  # refused by name (conversion/refusals.py)
        assert (converter.name, detected) == ("scorm", "SCORM 1.2")


def test_cc_sniffs_before_qti(tmp_path: Path) -> None:
    with open_input(realcase("qti/canvas-all-question-types-cc"), tmp_path) as tree:
        converter, detected = detect(tree)
    assert converter.name == "common-cartridge" and detected == "IMS Common Cartridge 1.3.0"
    ctx = ConversionContext(tmp_path / "out")
    with open_input(realcase("qti/canvas-all-question-types-cc"), tmp_path) as tree:
        draft = CommonCartridgeConverter().convert(tree, ctx)
    assert draft.title == "XavierSchool"


def test_a_pdf_that_is_not_one_is_reported(tmp_path: Path) -> None:
    folder = _cartridge(tmp_path, "<p>Kept</p>",
                        '<resource identifier="r2" type="webcontent" href="doc.pdf"/>',
                        '<item identifier="i2" identifierref="r2"><title>Doc</title></item>')
    (folder / "doc.pdf").write_bytes(b"MZ\x90\x00 not a pdf")
    result = convert(tmp_path, folder)
    assert [i.kind for i in result.draft.items()] == ["lesson"]
    assert "not a PDF" in "\n".join(left_reasons(result))


def test_a_broken_quiz_does_not_sink_the_cartridge(tmp_path: Path) -> None:
    folder = _cartridge(tmp_path, "<p>Kept</p>",
                        '<resource identifier="q1" type="imsqti_xmlv1p2/imscc_xmlv1p1/'
                        'assessment"><file href="q1/assessment_qti.xml"/></resource>',
                        '<item identifier="i2" identifierref="q1"><title>Quiz</title></item>')
    (folder / "q1").mkdir()
    (folder / "q1" / "assessment_qti.xml").write_text(
        '<!DOCTYPE q [<!ENTITY x SYSTEM "file:///etc/passwd">]><questestinterop>&x;'
        "</questestinterop>", encoding="utf-8")
    result = convert(tmp_path, folder)
    assert [i.title for i in result.draft.items()] == ["The page"]
    assert "unsafe" in "\n".join(left_reasons(result))


class _CancelLater(CancelToken):
    """Cancels itself at the n-th check: the user pressing Cancel mid-conversion."""

    def __init__(self, after: int) -> None:
        super().__init__()
        self.left = after

    def raise_if_cancelled(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.cancel()
        super().raise_if_cancelled()


@pytest.mark.parametrize("after", [3, 8, 16])
def test_cancel_mid_conversion_leaves_nothing(tmp_path: Path, after: int) -> None:
    source = tmp_path / "src"
    with pytest.raises(Cancelled):
        convert_inputs([realcase("imscc/allyworkshop.imscc")], source,
                       cancel=_CancelLater(after))
    assert not source.exists()
