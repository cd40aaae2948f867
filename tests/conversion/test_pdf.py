"""A PDF becomes one `pdf` item; its title comes from the Info dictionary or the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.convert import convert_inputs
from biblio_desktop.conversion.pdf import pdf_title, title_from_name
from biblio_desktop.errors import ConversionError
from biblio_desktop.packages.reader import inspect_package

from ..shared_material import REALCASES as SHARED_REALCASES

REALCASES = SHARED_REALCASES
needs_corpus = pytest.mark.skipif(not REALCASES.is_dir(), reason="no realcases corpus here")


def make_pdf(info: bytes | None, *, pad: int = 0) -> bytes:
    """A one-page PDF with classic xref; `info` is the Info dictionary's body."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    if info is not None:
        objects.append(b"<< " + info + b" >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"% padding\n" * pad)
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info is not None:
        trailer += b" /Info 4 0 R"
    out += trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def title_of(tmp_path: Path, data: bytes) -> str | None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(data)
    with open_input(path, tmp_path) as tree:
        return pdf_title(tree, tree.names()[0])


@pytest.mark.parametrize(("info", "title"), [
    (b"/Title (Digital skills \\(part 1\\): a \\050guide\\051)",
     "Digital skills (part 1): a (guide)"),
    (b"/Title (Nested (parens) stay)", "Nested (parens) stay"),
    (b"/Author (X) /Title <FEFF0052012B0067006100200063006900740079>", "Rīga city"),
    (b"/Title <4C6962726172>", "Librar"),
    (b"/Title (Caf\\351)", "Café"),
    (b"/Title ()", None),
    (b"/Title (   )", None),
    (b"/Author (Nobody)", None),
    (b"/Title 42", None),
])
def test_title_from_info_dictionary(tmp_path: Path, info: bytes, title: str | None) -> None:
    assert title_of(tmp_path, make_pdf(info)) == title


def test_no_info_dictionary_and_a_broken_reference(tmp_path: Path) -> None:
    assert title_of(tmp_path, make_pdf(None)) is None
    broken = make_pdf(b"/Title (x)").replace(b"/Info 4 0 R", b"/Info 99 0 R")
    assert title_of(tmp_path, broken) is None


def test_title_found_in_a_large_pdf(tmp_path: Path) -> None:
    """The object scan runs in chunks: an Info object past the first chunk is found."""
    data = make_pdf(b"/Title (Far away)", pad=250_000)
    assert len(data) > 2 * 1024 * 1024
    assert title_of(tmp_path, data) == "Far away"


def test_title_from_file_name() -> None:
    assert title_from_name("Digital-Dexterity-Feedback_Adept.pdf") == \
        "Digital Dexterity Feedback Adept"
    assert title_from_name("---.pdf") == "Document"


def test_converted_pdf_course(tmp_path: Path) -> None:
    path = tmp_path / "Guide.pdf"
    path.write_bytes(make_pdf(b"/Title (The library guide)"))
    result = convert_inputs([path], tmp_path / "src")
    assert result.inputs[0].format == "pdf" and result.inputs[0].detected == "PDF 1.4 document"
    [module] = result.draft.modules
    [item] = module.items
    assert (item.kind, item.title, item.file) == ("pdf", "The library guide", "media/guide.pdf")
    assert (tmp_path / "src/media/guide.pdf").read_bytes() == path.read_bytes()
    assert result.draft.title == "The library guide"
    assert result.report()["modules"][0]["items"][0]["kind"] == "pdf"


def test_text_that_only_mentions_pdf_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    path.write_bytes(b"junk before %PDF-1.4 ...")
    with pytest.raises(ConversionError, match="not a file BIBLIO Desktop can convert"):
        convert_inputs([path], tmp_path / "src")


CORPUS = ["Digital-Dexterity-Feedback_Developing.pdf", "Digital-Dexterity-Feedback_Skilled.pdf",
          "Digital-Dexterity-Feedback_Adept.pdf", "GitBook_chapter_sample.pdf"]


@needs_corpus
@pytest.mark.parametrize("name", CORPUS)
def test_corpus_pdfs_convert_to_one_pdf_item(tmp_path: Path, name: str) -> None:
    source = REALCASES / "pdf" / name
    result = convert_inputs([source], tmp_path / "src")
    [module] = result.draft.modules
    [item] = module.items
    # None of these four has a /Title (pypdf agrees: empty or absent): the name gives it
    assert item.kind == "pdf" and item.title == title_from_name(name)
    assert (tmp_path / "src" / item.file).read_bytes() == source.read_bytes()
    assert any("no title in its properties" in note for note in result.notes)
    assert result.left_out == []


@needs_corpus
def test_corpus_pdfs_pack_into_one_course(tmp_path: Path) -> None:
    paths = [REALCASES / "pdf" / name for name in CORPUS]
    result = convert_inputs(paths, tmp_path / "src", title="Digital dexterity")
    built = build_package(tmp_path / "src", tmp_path / "out.biblio")
    manifest = inspect_package(built.out).manifest
    assert len(manifest.modules) == 4 and [i.kind for i in manifest.items] == ["pdf"] * 4
    assert result.draft.title == "Digital dexterity"
