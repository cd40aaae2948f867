"""A PDF document becomes one `pdf` item, shown by the app's own PDF viewer.

Nothing in the PDF is interpreted beyond its title: the file is copied as it is (the
package checks its `%PDF-` header again when packed) and the title comes from the
document information dictionary (`/Info` → `/Title`) when the PDF has one, else from the
file name. That small read is done here with a bounded scanner instead of a PDF library:
pypdf is only a development dependency, and a title is not worth a heavy one. Every read
is limited (the tail of the file, one object) and every pattern is linear.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from .archive import InputTree, SingleFileTree
from .context import ConversionContext
from .draft import CourseDraft, ItemDraft, ModuleDraft

MAGIC = b"%PDF-"
TAIL = 64 * 1024          # where the trailer (or the xref stream's dictionary) lives
OBJECT_WINDOW = 16 * 1024  # how much of the Info object is read
SCAN_CHUNK = 1024 * 1024
SCAN_REGION = 32 * 1024 * 1024  # of a large PDF only the first and last 32 MiB are searched
MAX_TITLE = 200

_INFO = re.compile(rb"/Info\s{0,16}(\d{1,10})\s{1,16}(\d{1,5})\s{1,16}R")
_VERSION = re.compile(rb"%PDF-(\d\.\d)")


def pdf_version(head: bytes) -> str | None:
    """"1.7" for a file starting `%PDF-1.7`, None when it is not a PDF."""
    if not head.startswith(MAGIC):
        return None
    match = _VERSION.match(head)
    return match.group(1).decode() if match else "?"


def _tail(tree: InputTree, member: str) -> bytes:
    size = tree.size(member)
    with tree.open(member) as fh:
        if size > TAIL:
            fh.seek(size - TAIL)
        return fh.read(TAIL)


def _find_object(tree: InputTree, member: str, number: int, generation: int) -> bytes | None:
    """The first OBJECT_WINDOW bytes of `number generation obj` (the last one in the file:
    incremental updates append newer versions), found by a linear pass in chunks; a file
    over 64 MiB is searched in its first and last 32 MiB only (a title is not worth more).
    """
    # Find each literal "obj" (a fast byte search), then look just before it: a regex
    # tried at every byte of a 200 MB file would take seconds.
    pattern = re.compile(rb"(?<![0-9])%d\s{1,16}%d\s{1,16}obj$" % (number, generation))
    size = tree.size(member)
    regions = ([(0, size)] if size <= 2 * SCAN_REGION
               else [(0, SCAN_REGION), (size - SCAN_REGION, size)])
    found: int | None = None
    overlap = 64
    with tree.open(member) as fh:
        for start, end in regions:
            fh.seek(start)
            offset, previous = start, b""
            while offset < end and (chunk := fh.read(min(SCAN_CHUNK, end - offset))):
                window = previous + chunk
                base = offset - len(previous)
                at = window.find(b"obj", len(previous) - 3 if previous else 0)
                while at >= 0:
                    head = max(0, at - overlap + 3)
                    match = pattern.search(window, head, at + 3)
                    if match:
                        found = base + match.start()
                    at = window.find(b"obj", at + 3)
                previous = window[-overlap:]
                offset += len(chunk)
        if found is None:
            return None  # e.g. inside a compressed object stream: the name will do
        fh.seek(found)
        return fh.read(OBJECT_WINDOW)


def _literal(data: bytes, start: int) -> bytes:
    """A PDF literal string starting after its `(`: nested parentheses, escapes."""
    out = bytearray()
    depth, i = 1, start
    escapes = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b",
               ord("f"): b"\f"}
    while i < len(data) and len(out) < 4 * MAX_TITLE:
        c = data[i]
        if c == 0x5C and i + 1 < len(data):  # backslash
            nxt = data[i + 1]
            if nxt in escapes:
                out += escapes[nxt]
                i += 2
            elif 0x30 <= nxt <= 0x37:
                digits = data[i + 1:i + 4]
                n = 0
                while n < len(digits) and 0x30 <= digits[n] <= 0x37:
                    n += 1
                out.append(int(digits[:n], 8) & 0xFF)
                i += 1 + n
            elif nxt in (0x0D, 0x0A):
                i += 2
            else:
                out.append(nxt)
                i += 2
            continue
        if c == 0x28:
            depth += 1
        elif c == 0x29:
            depth -= 1
            if depth == 0:
                break
        out.append(c)
        i += 1
    return bytes(out)


def _hex(data: bytes, start: int) -> bytes:
    end = data.find(b">", start, start + 8 * MAX_TITLE)
    digits = bytes(c for c in data[start:end if end >= 0 else start] if chr(c) in
                   "0123456789abcdefABCDEF")
    if len(digits) % 2:
        digits += b"0"
    return bytes.fromhex(digits.decode())


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", "replace")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", "replace")
    return raw.decode("latin-1")  # PDFDocEncoding agrees with Latin-1 on what matters


def pdf_title(tree: InputTree, member: str) -> str | None:
    """The document's /Title from its Info dictionary, or None (absent, empty, hidden in
    a compressed object stream)."""
    matches = list(_INFO.finditer(_tail(tree, member)))
    if not matches:
        return None
    number, generation = int(matches[-1].group(1)), int(matches[-1].group(2))
    obj = _find_object(tree, member, number, generation)
    if obj is None:
        return None
    end = obj.find(b"endobj")
    obj = obj[:end] if end >= 0 else obj
    key = obj.find(b"/Title")
    if key < 0:
        return None
    i = key + len(b"/Title")
    while i < len(obj) and obj[i] in b" \t\r\n\f\x00":
        i += 1
    if i >= len(obj):
        return None
    if obj[i] == 0x28:
        raw = _literal(obj, i + 1)
    elif obj[i] == 0x3C and obj[i + 1:i + 2] != b"<":
        raw = _hex(obj, i + 1)
    else:
        return None
    text = " ".join("".join(ch for ch in _decode(raw) if ch.isprintable()).split())
    return text[:MAX_TITLE] or None


def title_from_name(name: str) -> str:
    """"Digital-Dexterity-Feedback_Adept.pdf" -> "Digital Dexterity Feedback Adept"."""
    stem = PurePosixPath(name).stem
    words = stem.replace("_", " ").replace("-", " ").split()
    return " ".join(words) or "Document"


class PdfConverter:
    """A single PDF file (sniffed by `%PDF-` at its start)."""

    name = "pdf"

    def sniff(self, tree: InputTree) -> str | None:
        if not isinstance(tree, SingleFileTree):
            return None
        with tree.open(tree.member) as fh:
            version = pdf_version(fh.read(16))
        return f"PDF {version} document" if version else None

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        assert isinstance(tree, SingleFileTree)
        member = tree.member
        title = pdf_title(tree, member)
        if title is None:
            title = title_from_name(tree.label)
            ctx.note(f"{tree.label}: the PDF has no title in its properties; the file name "
                     f"gives the title {title!r}.")
        ctx.check()
        path = ctx.add_media(tree, member, name=PurePosixPath(tree.label).stem + ".pdf")
        item = ItemDraft("pdf", title, file=path, origin=tree.label)
        return CourseDraft(title=title, modules=[ModuleDraft(title, [item], tree.label)])
