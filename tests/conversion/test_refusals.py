"""SCORM, cmi5 and AICC are recognised and refused by name and version; inputs nothing
reads get a message saying what they are (damaged, empty, loose web pages, ...)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from biblio_desktop.conversion.convert import convert_inputs
from biblio_desktop.errors import ConversionError

from ..shared_material import REALCASES as SHARED_REALCASES

REALCASES = SHARED_REALCASES
needs_corpus = pytest.mark.skipif(not REALCASES.is_dir(), reason="no realcases corpus here")

WEB_PROGRAM = "web programs"
ASK = "Ask the publisher for the same course as H5P files, a Common Cartridge"


def refused(path: Path, tmp_path: Path) -> str:
    out = tmp_path / "out"
    with pytest.raises(ConversionError) as info:
        convert_inputs([path], out)
    assert not out.exists(), "a refused conversion leaves nothing behind"
    return str(info.value)


@needs_corpus
@pytest.mark.parametrize(("name", "version"), [
    ("scorm/singlescobasic.zip", "SCORM 1.2"),
    ("scorm/RuntimeMinimumCalls_SCORM12.zip", "SCORM 1.2"),
    ("scorm/complexscorm.zip", "SCORM 1.2"),
    ("scorm/RuntimeBasicCalls_SCORM20043rdEdition.zip", "SCORM 2004 3rd Edition"),
    ("scorm/SequencingSimpleRemediation_SCORM20043rdEdition", "SCORM 2004 3rd Edition"),
    ("scorm/SequencingPostTestRollup4thEd_SCORM20044thEdition", "SCORM 2004 4th Edition"),
    ("scorm/ContentPackagingSingleSCO_SCORM20042ndEdition", "SCORM 2004 2nd Edition"),
    ("cmi5_aicc/cmi5.zip", "cmi5"),
    ("cmi5_aicc/aicc.zip", "AICC (version 3.0)"),
])
def test_web_program_formats_are_refused_naming_format_and_version(
        tmp_path: Path, name: str, version: str) -> None:
    message = refused(REALCASES / name, tmp_path)
    assert f"{Path(name).name} is a{'n' if version[0] in 'AEIOU' else ''} {version} package" \
        in message
    assert WEB_PROGRAM in message and ASK in message and "PDF" in message


@needs_corpus
def test_every_scorm_and_cmi5_aicc_corpus_file_is_covered(tmp_path: Path) -> None:
    """No file of those folders converts: each is refused, with a message."""
    for folder in ("scorm", "cmi5_aicc"):
        for path in sorted((REALCASES / folder).iterdir()):
            assert refused(path, tmp_path), path


@needs_corpus
def test_negative_corpus_files_get_clear_messages(tmp_path: Path) -> None:
    bad = refused(REALCASES / "scorm/badscorm.zip", tmp_path)
    assert "imsmanifest.xml inside the folder 'badscorm/'" in bad
    invalid = refused(REALCASES / "scorm/invalid.zip", tmp_path)
    assert "holds only web pages (test.htm)" in invalid
    corrupt = refused(REALCASES / "h5p/negative/corrupt_archive.h5p", tmp_path)
    assert "is not a zip archive" in corrupt and "damaged or incomplete" in corrupt


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


SCORM12 = b"""<?xml version="1.0"?>
<manifest identifier="x" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <organizations/><resources><resource identifier="r" type="webcontent"
  adlcp:scormtype="sco" href="index.html"/></resources></manifest>"""

CC = b"""<?xml version="1.0"?>
<manifest identifier="cc" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">
  <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion>
  </metadata><organizations/><resources/></manifest>"""


def test_scorm_without_metadata_found_by_adl_namespace(tmp_path: Path) -> None:
    path = _zip(tmp_path / "course.zip", {"imsmanifest.xml": SCORM12, "index.html": b"<p/>"})
    assert "is a SCORM 1.2 package" in refused(path, tmp_path)


def test_common_cartridge_manifest_is_not_taken_for_scorm() -> None:
    from biblio_desktop.conversion.refusals import scorm_version

    assert scorm_version(CC) is None
    assert scorm_version(SCORM12) == "SCORM 1.2"
    assert scorm_version(b"<manifest><metadata><schema>ADL SCORM</schema>"
                         b"<schemaversion>2004 4th Edition</schemaversion></metadata>"
                         b"</manifest>") == "SCORM 2004 4th Edition"


def test_hostile_manifest_is_refused_not_expanded(tmp_path: Path) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE m [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<manifest xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">&b;</manifest>')
    path = _zip(tmp_path / "bomb.zip", {"imsmanifest.xml": bomb})
    # still named as SCORM (the ADL namespace is there), never expanded
    assert "SCORM (version unknown)" in refused(path, tmp_path)


def test_lone_cmi5_xml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "course-structure.xml"
    path.write_bytes(b'<?xml version="1.0"?><courseStructure xmlns="https://w3id.org/xapi/'
                     b'profiles/cmi5/v1/CourseStructure.xsd"><course id="c"/><au id="1"/>'
                     b'</courseStructure>')
    assert "is a cmi5 package" in refused(path, tmp_path)


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("empty.gift", b"", "is empty (0 bytes)"),
    ("notes.txt", b"just some words", "is not a file BIBLIO Desktop can convert"),
    ("data.xml", b"<?xml version='1.0'?><x/>", "an XML file of a kind it does not know"),
    ("course.imscc", b"garbage!", "is not a zip archive"),
])
def test_unknown_single_files(tmp_path: Path, name: str, data: bytes, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert expected in refused(path, tmp_path)


def test_empty_zip_and_empty_folder(tmp_path: Path) -> None:
    assert "holds no files" in refused(_zip(tmp_path / "e.zip", {}), tmp_path)
    (tmp_path / "folder").mkdir()
    assert "holds no files" in refused(tmp_path / "folder", tmp_path)
