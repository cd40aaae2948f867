"""Formats that are recognised and refused: SCORM 1.2 / 2004, cmi5 and AICC.

These are not course *content* but web programs: JavaScript that runs inside a learning
management system's browser and talks to it through a run-time API (SCORM's `API`/
`API_1484_11`, AICC's HACP, cmi5's xAPI launch). BIBLIO Desktop plays its own format
natively and runs no web engine and no third-party script, so it cannot run them, and a
page-by-page copy of their HTML would lose the quizzes and navigation that live in the
script. Telling the user exactly what the file is, and what to ask the publisher for, is
the useful answer.

The second half explains inputs no format reads (`describe_unknown`): an empty or
truncated file, a "zip" that is not one, web pages without a manifest, a manifest in a
sub-folder. Detection is by content; the file name is only quoted back to the user.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from ..errors import ConversionError
from .archive import InputTree, SingleFileTree
from .context import ConversionContext
from .draft import CourseDraft
from .markup import local, parse_xml

MANIFEST_LIMIT = 4 * 1024 * 1024
ASK_INSTEAD = ("Ask the publisher for the same course as H5P files, a Common Cartridge "
               "(IMS CC) export, or PDF documents: BIBLIO Desktop converts those into a course "
               "it plays itself.")
WEB_PROGRAM = ("{what} courses are web programs that run inside a learning management "
               "system's web browser; BIBLIO Desktop does not run web programs (it plays its "
               "own course format, with no web engine), so it cannot be converted.")

_SCORM_VERSIONS = (  # <schemaversion> text (lower case, spaces squeezed) -> name
    ("2004 4th edition", "SCORM 2004 4th Edition"),
    ("2004 3rd edition", "SCORM 2004 3rd Edition"),
    ("cam 1.3", "SCORM 2004 2nd Edition"),
    ("2004 2nd edition", "SCORM 2004 2nd Edition"),
    ("1.3", "SCORM 2004"),
    ("1.2", "SCORM 1.2"),
    ("1.1", "SCORM 1.1"),
)


def _refuse(label: str, detected: str, what: str) -> ConversionError:
    article = "an" if detected[:1] in "AEIOU" else "a"
    return ConversionError(f"{label} is {article} {detected} package. "
                           + WEB_PROGRAM.format(what=what),
                           ASK_INSTEAD)


def _manifest(tree: InputTree) -> tuple[str, bytes] | None:
    name = tree.find("imsmanifest.xml")
    if name is None or tree.size(name) > MANIFEST_LIMIT:
        return None
    return name, tree.read(name, MANIFEST_LIMIT)


def _schema_texts(root: Element) -> tuple[str, str]:
    """The manifest's <metadata><schema> and <schemaversion> (lower case, squeezed)."""
    schema = version = ""
    for child in root:
        if local(child.tag) != "metadata":
            continue
        for meta in child:
            text = " ".join((meta.text or "").split()).lower()
            if local(meta.tag) == "schema":
                schema = text
            elif local(meta.tag) == "schemaversion":
                version = text
    return schema, version


def scorm_version(data: bytes) -> str | None:
    """"SCORM 1.2", "SCORM 2004 3rd Edition", ... if `data` is a SCORM manifest, else None.

    A manifest is SCORM when its <schema> says so or it uses ADL's namespaces (adlcp,
    adlseq, adlnav); a Common Cartridge's manifest (also imsmanifest.xml) says "IMS
    Common Cartridge" and uses the imscc namespaces, so it is never taken for SCORM.
    """
    adl = b"adlnet.org/xsd/adlcp" in data or b"adlnet.org/xsd/adlseq" in data
    try:
        root = parse_xml(data, "imsmanifest.xml")
    except ConversionError:
        return "SCORM (version unknown)" if adl else None
    if local(root.tag) != "manifest":
        return None
    schema, version = _schema_texts(root)
    if "common cartridge" in schema or b"imsglobal.org/xsd/imscc" in data:
        return None
    if "scorm" not in schema and not adl:
        return None
    for key, name in _SCORM_VERSIONS:
        if key in version:
            return name
    if b"adlcp_rootv1p2" in data:
        return "SCORM 1.2"
    if b"adlcp_v1p3" in data:
        return "SCORM 2004"
    return "SCORM (version unknown)"


class ScormRefusal:
    """SCORM 1.2 and 2004 (every edition): imsmanifest.xml with ADL's schema."""

    name = "scorm"

    def sniff(self, tree: InputTree) -> str | None:
        found = _manifest(tree)
        return scorm_version(found[1]) if found else None

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        detected = self.sniff(tree) or "SCORM"
        raise _refuse(tree.label, detected, "SCORM")


def _cmi5_root(tree: InputTree) -> Element | None:
    if isinstance(tree, SingleFileTree):
        name: str | None = tree.member
    else:
        name = tree.find("cmi5.xml")
    if name is None or tree.size(name) > MANIFEST_LIMIT:
        return None
    head = tree.read(name, MANIFEST_LIMIT)
    if b"courseStructure" not in head:
        return None
    try:
        root = parse_xml(head, name)
    except ConversionError:
        return None
    return root if local(root.tag) == "courseStructure" else None


class Cmi5Refusal:
    """cmi5: a cmi5.xml course structure (courseStructure root) with its AUs."""

    name = "cmi5"

    def sniff(self, tree: InputTree) -> str | None:
        root = _cmi5_root(tree)
        if root is None:
            return None
        units = sum(1 for el in root.iter() if local(el.tag) == "au")
        return f"cmi5 course structure ({units} assignable unit{'s' if units != 1 else ''})"

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        raise _refuse(tree.label, "cmi5", "cmi5")


_AICC_SUFFIXES = (".crs", ".au", ".des", ".cst")
_VERSION = re.compile(r"(?im)^[ \t]*version[ \t]*=[ \t]*([0-9][0-9.]{0,8})")


class AiccRefusal:
    """AICC (CMI001): the course structure files (.crs with [Course], .au, .des, .cst)."""

    name = "aicc"

    def sniff(self, tree: InputTree) -> str | None:
        top = [n for n in tree.names() if "/" not in n]
        found = {s for n in top for s in _AICC_SUFFIXES if n.lower().endswith(s)}
        crs = next((n for n in top if n.lower().endswith(".crs")), None)
        if crs is None or len(found) < 2 or tree.size(crs) > MANIFEST_LIMIT:
            return None
        text = tree.read(crs, MANIFEST_LIMIT).decode("utf-8", "replace")
        if "[course]" not in text.lower():
            return None
        match = _VERSION.search(text)
        return f"AICC (version {match.group(1)})" if match else "AICC"

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        detected = self.sniff(tree) or "AICC"
        raise _refuse(tree.label, detected, "AICC")


# ------------------------------------------------------------------ unknown inputs
_WEB = (".htm", ".html", ".xhtml", ".js")


def describe_unknown(tree: InputTree) -> ConversionError:
    """The clearest error for an input no converter recognised, from what it holds."""
    label = tree.label
    names = tree.names()
    supported = ("BIBLIO Desktop converts H5P, Moodle backups, Common Cartridge, QTI, GIFT, "
                 "Moodle XML, EPUB and PDF files (see docs/conversion.md)")
    if isinstance(tree, SingleFileTree):
        size = tree.size(tree.member)
        if size == 0:
            return ConversionError(f"{label} is empty (0 bytes); it was probably not copied "
                                   "completely.", "copy or download it again")
        if label.lower().endswith((".h5p", ".zip", ".imscc", ".epub", ".mbz", ".docx")):
            return ConversionError(
                f"{label} is not a zip archive, although its name says it should be one "
                f"({size} bytes that are not a zip): the file is damaged or incomplete.",
                "copy or download it again, or ask its publisher for a new copy")
        with tree.open(tree.member) as fh:
            head = fh.read(512).lstrip(b"\xef\xbb\xbf \t\r\n")
        kind = " (an XML file of a kind it does not know)" if head.startswith(b"<?xml") else ""
        return ConversionError(f"{label} is not a file BIBLIO Desktop can convert{kind}.",
                               supported)
    if not names:
        return ConversionError(f"{label} is empty: it holds no files.", supported)
    nested = [n for n in names if n.lower().rsplit("/", 1)[-1] == "imsmanifest.xml"]
    if nested and tree.find("imsmanifest.xml") is None:
        folder = nested[0].rsplit("/", 1)[0]
        return ConversionError(
            f"{label} has its imsmanifest.xml inside the folder '{folder}/' instead of at the "
            "top of the archive, so it is not a valid content package (SCORM or Common "
            "Cartridge).", "if this is a Common Cartridge, zip the contents of that folder, "
            "not the folder itself; SCORM packages are not converted in any case")
    if all(n.lower().endswith(_WEB) or n.lower().endswith((".css", ".png", ".jpg", ".gif"))
           for n in names):
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        return ConversionError(
            f"{label} holds only web pages ({shown}) and no manifest saying what they are; "
            "BIBLIO Desktop does not convert loose web pages.", supported)
    return ConversionError(f"{label} is not a format BIBLIO Desktop can convert.", supported)
