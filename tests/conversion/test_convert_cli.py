"""`biblio-desktop convert` and `import` of foreign inputs, and the facade's conversion:
exit codes, the report, --to-source round trip, Ctrl+C and Cancel leave nothing."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.cli import build_parser, main
from biblio_desktop.conversion.package import report_counts
from biblio_desktop.errors import Cancelled, ConversionError
from biblio_desktop.packages import manifest as manifest_module
from biblio_desktop.packages.reader import inspect_package
from biblio_desktop.progress import CancelToken
from biblio_desktop.workspace import Workspace

from .test_epub import PNG, REALCASES, make_epub, nav_doc, opf, xhtml
from .test_pdf import make_pdf

QUIZ_DATA = b"""<quiz><title>Check</title>
<item type="select-one"><question>Sun?</question><list>
<choice correct="true">A star</choice><choice>A planet</choice></list></item>
<item type="select-many"><question>Planets?</question><list>
<choice correct="true">Mars</choice><choice correct="true">Venus</choice>
<choice>Moon</choice></list></item>
<item type="text-entry" answer="Jupiter"><question>Largest planet?</question></item>
<item type="drag-me"><question>Unknown</question></item>
</quiz>"""


def small_book(tmp_path: Path, name: str = "book.epub") -> Path:
    bindings = ('<item id="impl" href="impl.xhtml" media-type="application/xhtml+xml" '
                'properties="scripted"/><item id="data" href="q.xml" '
                'media-type="application/x-epub-quiz"/>')
    package = opf(["one.xhtml", "two.xhtml"], extra_manifest=bindings).replace(
        b"</package>", b'<bindings><mediaType handler="impl" '
        b'media-type="application/x-epub-quiz"/></bindings></package>')
    files = {
        "OEBPS/book.opf": package,
        "OEBPS/nav.xhtml": nav_doc([("One", "one.xhtml", []), ("Two", "two.xhtml", [])]),
        "OEBPS/one.xhtml": xhtml('<h1>One</h1><p>Hello <img src="p.png" alt="p"/></p>'
                                 '<object type="application/x-epub-quiz" data="q.xml">'
                                 "<p>fallback</p></object>"),
        "OEBPS/two.xhtml": xhtml('<h1>Two</h1><p>See <a href="one.xhtml">one</a>.</p>'),
        "OEBPS/p.png": PNG, "OEBPS/q.xml": QUIZ_DATA,
        "OEBPS/impl.xhtml": xhtml("<script>run()</script>"),
    }
    return make_epub(tmp_path / name, files)


def convert(*argv: str) -> int:
    return main(["convert", *argv])


def test_convert_writes_package_report_and_source(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    book = small_book(tmp_path)
    out, src, report = tmp_path / "out.biblio", tmp_path / "src", tmp_path / "r.json"
    assert convert(str(book), "-o", str(out), "--to-source", str(src), "--report",
                   str(report), "--title", "Planets", "--id", "org.example.planets",
                   "--version", "2.1.0") == 0
    printed = capsys.readouterr().out
    assert "1 module(s); items: 2 lesson, 1 quiz" in printed
    assert "questions: 1 multiple, 1 single, 1 text" in printed
    assert "question type 'drag-me' has no equivalent" in printed
    assert f"wrote {out}: org.example.planets 2.1.0" in printed
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["report_version"] == 1
    assert data["course"] == {"id": "org.example.planets", "title": "Planets", "language": "lv"}
    assert data["inputs"][0]["format"] == "epub"
    [module] = data["modules"]
    assert [(i["kind"], i["title"], i["questions"]) for i in module["items"]] == [
        ("lesson", "One", []), ("quiz", "Check", ["single", "multiple", "text"]),
        ("lesson", "Two", [])]
    assert {x["what"] for x in data["left_out"]} >= {"question 'Unknown'"}
    assert report_counts(data) == {"modules": 1, "items": {"lesson": 2, "quiz": 1},
                                   "questions": {"single": 1, "multiple": 1, "text": 1},
                                   "left_out": 2}
    # --to-source then pack gives the same package, byte for byte (pack is reproducible)
    again = build_package(src, tmp_path / "again.biblio")
    assert again.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    manifest = inspect_package(out).manifest
    assert (manifest.id, manifest.version) == ("org.example.planets", "2.1.0")
    assert [i.kind for i in manifest.items] == ["lesson", "quiz", "lesson"]


def test_refused_input_writes_nothing(tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "scorm.zip"
    with zipfile.ZipFile(bad, "w") as zf:
        zf.writestr("imsmanifest.xml", b'<manifest xmlns:adlcp="http://www.adlnet.org/xsd/'
                    b'adlcp_rootv1p2"/>')
    out, src = tmp_path / "out.biblio", tmp_path / "src"
    assert convert(str(bad), "-o", str(out), "--to-source", str(src)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: scorm.zip is a SCORM 1.2 package")
    assert not out.exists() and not src.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scorm.zip"]


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = small_book(tmp_path)
    assert convert(str(book)) == 2  # -o is required
    assert convert(str(book), "-o", str(tmp_path / "x.zip")) == 1
    assert convert(str(tmp_path / "missing.epub"), "-o", str(tmp_path / "x.biblio")) == 1
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "keep.txt").write_text("mine")
    assert convert(str(book), "-o", str(tmp_path / "x.biblio"), "--to-source",
                   str(tmp_path / "full")) == 1
    assert (tmp_path / "full" / "keep.txt").read_text() == "mine"
    assert "already exists and is not empty" in capsys.readouterr().err


def test_help_lists_every_option() -> None:
    text = build_parser()._subparsers._group_actions[0].choices["convert"].format_help()
    for option in ("-o OUT.biblio", "--to-source DIR", "--report REPORT.json",
                   "--sign-key KEYFILE", "--title", "--language LANG", "--id ID",
                   "--version X.Y.Z", "SCORM", "docs/conversion.md"):
        assert option in text, option


def test_ctrl_c_while_packing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    class Interrupting:
        def __init__(self, *_a: object, **_k: object) -> None:
            pass

        def __call__(self, done: int, total: int) -> None:
            if done > total // 2:  # the second half: packing
                raise KeyboardInterrupt

    monkeypatch.setattr("biblio_desktop.cli.conversion.TextBar", Interrupting)
    book = small_book(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert convert(str(book), "-o", str(tmp_path / "out.biblio"), "--to-source",
                   str(tmp_path / "src")) == 130
    assert "interrupted" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no package, no source


def test_several_inputs_make_one_course(tmp_path: Path) -> None:
    one, two = small_book(tmp_path, "a.epub"), small_book(tmp_path, "b.epub")
    assert convert(str(one), str(two), "-o", str(tmp_path / "out.biblio"), "--title",
                   "Both") == 0
    manifest = inspect_package(tmp_path / "out.biblio").manifest
    assert len(manifest.modules) == 2 and len(manifest.items) == 6


@pytest.mark.skipif("pdf" not in manifest_module.ITEM_KINDS, reason="no pdf items yet")
def test_epub_and_pdfs_make_one_course(tmp_path: Path) -> None:
    pdf = tmp_path / "guide.pdf"
    pdf.write_bytes(make_pdf(b"/Title (Guide)"))
    assert convert(str(small_book(tmp_path)), str(pdf), "-o", str(tmp_path / "o.biblio")) == 0
    assert [i.kind for i in inspect_package(tmp_path / "o.biblio").manifest.items] == [
        "lesson", "quiz", "lesson", "pdf"]


# ------------------------------------------------------------------ import and the facade
def test_import_converts_foreign_inputs(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    book = small_book(tmp_path)
    assert main(["--data-dir", str(data), "import", str(book)]) == 0
    printed = capsys.readouterr().out
    assert "converted" in printed and "imported local.converted.test-book 1.0.0" in printed
    bad = tmp_path / "notes.txt"
    bad.write_text("hello")
    assert main(["--data-dir", str(data), "import", str(bad)]) == 1
    assert "notes.txt is not a file BIBLIO Desktop can convert" in capsys.readouterr().err
    with Workspace.open(data) as ws:
        assert [c.course_id for c in ws.list_courses()] == ["local.converted.test-book"]
    assert list((data / "courses/.staging").iterdir()) == []


def test_cancel_mid_conversion_leaves_no_files_and_no_rows(tmp_path: Path) -> None:
    book = small_book(tmp_path)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done > 0:
            token.cancel()

    with Workspace.open(tmp_path / "data") as ws:
        with pytest.raises(Cancelled):
            ws.convert_course([book], progress=progress, cancel=token)
        assert list(ws.layout.staging.iterdir()) == []
        assert ws.list_courses() == []
        converted = ws.convert_course([book])
        assert converted.package.is_file() and converted.folder.parent == ws.layout.staging
        assert converted.report["modules"][0]["items"][1]["questions"] == [
            "single", "multiple", "text"]
        ws.discard_converted(converted)  # the user said Cancel in the report
        assert list(ws.layout.staging.iterdir()) == [] and ws.list_courses() == []
        converted = ws.convert_course([book], title="Installed")
        result = ws.install_converted(converted)
        assert result.title == "Installed" and not converted.folder.exists()
        assert [c.title for c in ws.list_courses()] == ["Installed"]
        with pytest.raises(ConversionError):
            ws.convert_course([tmp_path / "data" / "library.sqlite3"])
        assert list(ws.layout.staging.iterdir()) == []


def test_a_biblio_package_is_recognised_by_content(tmp_path: Path) -> None:
    book = small_book(tmp_path)
    assert convert(str(book), "-o", str(tmp_path / "p.biblio")) == 0
    renamed = tmp_path / "course.zip"
    renamed.write_bytes((tmp_path / "p.biblio").read_bytes())
    assert Workspace.is_course_package(renamed) and not Workspace.is_course_package(book)


@pytest.mark.skipif(not REALCASES.is_dir(), reason="no realcases corpus here")
def test_corpus_epub_imports_through_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import",
                 str(REALCASES / "epub/quiz-bindings.epub")]) == 0
    with Workspace.open(data) as ws:
        [course] = ws.list_courses()
        assert course.title == "Basic Quiz" and course.item_count == 2
        quiz = ws.quiz(course.course_id, ws.manifest(course.course_id).items[1].id, "en")
        assert len(quiz.questions) == 10


def test_a_killed_conversion_is_tidied_at_the_next_start(tmp_path: Path) -> None:
    from biblio_desktop.owners import host_id

    data = tmp_path / "data"
    Workspace.open(data).close()
    left = data / "courses/.staging" / f"{'ab' * 16}-4194000-{host_id()}"
    (left / "source").mkdir(parents=True)
    (left / "course.biblio").write_bytes(b"half")
    with Workspace.open(data) as ws:
        assert list(ws.layout.staging.iterdir()) == []
