"""PDF reading items (format_version 3): packing, the format_version rules, the pages-seen
rules and the tracker's page reports. The viewer's tests are in tests/ui/test_pdf_view.py."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.errors import BiblioError, PackageError
from biblio_desktop.learning import rules
from biblio_desktop.packages import manifest as manifest_module
from biblio_desktop.packages.manifest import parse_manifest
from biblio_desktop.workspace import Workspace

from ..shared_material import REALCASES as SHARED_REALCASES
from . import forge
from .learning_fixtures import add_learner_row
from .pdf_forge import pdf_course, text_pdf

REALCASES = SHARED_REALCASES / "pdf"


@pytest.mark.parametrize(("seen", "page", "expected"), [
    ([], 0, [[0, 0]]),
    ([[0, 0]], 1, [[0, 1]]),
    ([[0, 1]], 3, [[0, 1], [3, 3]]),
    ([[0, 1], [3, 3]], 2, [[0, 3]]),
    ([[5, 9], [0, 2]], 4, [[0, 2], [4, 9]]),
    ([[0, 9]], 4, [[0, 9]]),
    ([[0, 0], "x", [3], [2, 1], [-1, 0], [True, 2], None], 1, [[0, 1]]),  # junk dropped
    ([[0, 3]], None, [[0, 3]]),
])
def test_pages_seen_are_kept_as_merged_ranges(seen: list, page: int | None,
                                             expected: list) -> None:
    assert rules.add_page(seen, page) == expected


@pytest.mark.parametrize(("seen", "count", "done"), [
    ([[0, 9]], 10, True), ([[0, 8]], 10, False), ([[1, 9]], 10, False),
    ([[0, 4], [6, 9]], 10, False), ([[0, 4], [5, 9]], 10, True), ([], 0, False),
    ([[0, 0]], 0, False), ([[0, 0]], 1, True),
])
def test_a_pdf_is_read_when_every_page_was_shown(seen: list, count: int, done: bool) -> None:
    assert rules.all_pages_seen(seen, count) is done


def _manifest(package: Path) -> dict:
    with zipfile.ZipFile(package) as zf:
        return json.loads(zf.read("course.json"))


def test_a_pdf_item_packs_as_format_version_3(tmp_path: Path) -> None:
    folder = pdf_course(tmp_path, {"guide": text_pdf(["One", "Two"])}, languages=("en", "lv"))
    package = tmp_path / "pdf.biblio"
    build_package(folder, package)
    data = _manifest(package)
    assert data["format_version"] == 3
    item = data["modules"][0]["items"][0]
    assert item["kind"] == "pdf"
    assert item["path"] == {"en": "media/pdf/guide.pdf", "lv": "media/pdf/guide.pdf"}
    assert item["title"] == {"en": "guide (English)", "lv": "guide (Latviešu)"}
    assert parse_manifest(json.dumps(data).encode()).items[0].kind == "pdf"


def test_a_file_that_is_not_a_pdf_is_refused_by_pack(tmp_path: Path) -> None:
    folder = pdf_course(tmp_path, {"guide": b"PK\x03\x04 a Word file renamed to .pdf"})
    with pytest.raises(PackageError) as info:
        build_package(folder, tmp_path / "x.biblio")
    assert "media/pdf/guide.pdf" in str(info.value)
    assert "is not a PDF file (it does not start with '%PDF-')" in str(info.value)


def test_a_pdf_item_needs_a_title_table_and_a_pdf_name(tmp_path: Path) -> None:
    folder = pdf_course(tmp_path, {"guide": text_pdf(["One"])})
    toml = folder / "course.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('[modules.items.title]\nen = "guide (English)"\n', ""),
                    encoding="utf-8")
    with pytest.raises(PackageError, match="a pdf item needs a title table"):
        build_package(folder, tmp_path / "x.biblio")
    toml.write_text(text.replace('file = "media/pdf/guide.pdf"', 'file = "course.toml"'),
                    encoding="utf-8")
    with pytest.raises(PackageError, match=r"'course.toml' must end with \.pdf"):
        build_package(folder, tmp_path / "x.biblio")


def _pdf_manifest(format_version: int) -> bytes:
    files = {**forge.content_files(), "media/guide.pdf": text_pdf(["One"])}
    manifest = forge.valid_manifest(files, format_version=format_version)
    manifest["modules"][0]["items"].append(
        {"id": "m1-guide", "kind": "pdf", "title": {"en": "Guide", "lv": "Ceļvedis"},
         "path": {"en": "media/guide.pdf"}})
    return forge.manifest_bytes(manifest)


@pytest.mark.parametrize("version", [1, 2])
def test_a_version_1_or_2_manifest_with_a_pdf_item_is_refused(version: int) -> None:
    with pytest.raises(PackageError) as info:
        parse_manifest(_pdf_manifest(version))
    assert info.value.message == (
        f"The manifest is invalid: item m1-guide is a 'pdf' item, which needs "
        f"format_version 3, but the manifest says {version}.")


def test_an_app_of_format_version_2_refuses_a_version_3_package_clearly(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert parse_manifest(_pdf_manifest(3)).format_version == 3
    monkeypatch.setattr(manifest_module, "FORMAT_VERSION", 2)
    with pytest.raises(PackageError) as info:
        parse_manifest(_pdf_manifest(3))
    assert str(info.value).startswith(
        "This package uses format version 3, newer than this app supports (2).")


def test_pages_shown_complete_a_pdf_and_the_page_is_kept(tmp_path: Path) -> None:
    folder = pdf_course(tmp_path, {"guide": text_pdf(["One", "Two", "Three"]),
                                   "other": text_pdf(["One"])})
    package = tmp_path / "pdf.biblio"
    build_package(folder, package)
    with Workspace.open(tmp_path / "data") as ws:
        ws.import_package(package)
        p = ws.progress_of(add_learner_row(ws, "Ilze"))
        cid = "org.example.pdfs"
        assert p.report_page(cid, "guide", 0, 3) is False
        assert p.report_page(cid, "guide", 2, 3) is False
        state = p.item_state(cid, "guide")
        assert state.position["page"] == 2 and not state.done
        assert state.position["pages_seen"] == [[0, 0], [2, 2]]
        assert p.report_page(cid, "guide", 1, 3) is True
        assert p.item_state(cid, "guide").done
        assert p.completion(cid) is None  # "other" is still to read
        info = p.mark_done(cid, "other")  # "Mark as read"
        assert info is not None and p.completion(cid) is not None
        with pytest.raises(BiblioError, match="has no item 'nope'"):
            p.report_page(cid, "nope", 0, 1)


@pytest.mark.skipif(not REALCASES.is_dir(), reason="the shared real cases are not here")
def test_real_pdfs_pack_into_a_course_and_import(tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdfs = {p.stem.lower().replace("_", "-")[:60]: p.read_bytes()
            for p in sorted(REALCASES.glob("*.pdf"))}
    assert pdfs
    package = tmp_path / "real.biblio"
    build_package(pdf_course(tmp_path, pdfs), package)
    with Workspace.open(tmp_path / "data") as ws:
        ws.import_package(package)
        manifest = ws.manifest("org.example.pdfs")
        folder = ws.course_folder(manifest.id, manifest.version)
        for item in manifest.items:
            installed = (folder / item.path["en"]).read_bytes()
            assert installed == pdfs[item.id]
            assert len(PdfReader(io.BytesIO(installed)).pages) > 0
