"""PDF files written byte by byte for tests and benchmarks: well-formed ones (pages of
text, an outline, a web link) and hostile ones (truncated, 10,000 pages, a page larger
than any screen, objects nested deeper than any parser should follow, random bytes
behind a PDF header, a JavaScript action).

No library is needed (pypdf reads them back in the tests), so the exact bytes a hostile
file holds are the ones written here.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path

from tests.core.course_fixtures import _textmap


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _assemble(objects: list[bytes]) -> bytes:
    """Objects 1..n (n = len) with a correct cross-reference table; object 1 is the
    catalog."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\n"
            f"startxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def text_pdf(pages: Sequence[str] | int, *, outline: Sequence[tuple[str, int]] = (),
             uri: str | None = None, javascript: str | None = None,
             media_box: tuple[float, float, float, float] = (0, 0, 595, 842),
             shared_content: bool = False) -> bytes:
    """A PDF with one line of text per page (Helvetica, ASCII), optionally an outline of
    (title, page index), a link to `uri` over the first line of page 1 and a JavaScript
    open action. `pages` may be a count ("Page 1", "Page 2", ...); `shared_content`
    makes every page show the same stream (how a 10,000-page file stays small)."""
    texts = [f"Page {n}" for n in range(1, pages + 1)] if isinstance(pages, int) else list(pages)
    count = len(texts)
    # 1 catalog, 2 pages, 3 font, 4 outlines root, then pages and their contents
    first_page = 5
    streams = 1 if shared_content else count
    first_stream = first_page + count
    extra = first_stream + streams  # annotations, outline items, JavaScript follow
    objects: list[bytes] = [b""] * (extra - 1)
    kids = " ".join(f"{first_page + i} 0 R" for i in range(count))
    box = " ".join(str(int(v)) if float(v).is_integer() else f"{v:.2f}" for v in media_box)
    objects[1] = f"<< /Type /Pages /Kids [{kids}] /Count {count} /MediaBox [{box}] >>".encode()
    objects[2] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    link_obj = None
    if uri is not None:
        link_obj = len(objects) + 1
        objects.append(f"<< /Type /Annot /Subtype /Link /Rect [60 740 400 790] /Border [0 0 0] "
                       f"/A << /S /URI /URI ({_escape(uri)}) >> >>".encode())
    for i in range(count):
        annots = f" /Annots [{link_obj} 0 R]" if link_obj and i == 0 else ""
        stream = first_stream + (0 if shared_content else i)
        objects[first_page - 1 + i] = (
            f"<< /Type /Page /Parent 2 0 R /Contents {stream} 0 R "
            f"/Resources << /Font << /F1 3 0 R >> >>{annots} >>").encode()
    for s in range(streams):
        line = "Page" if shared_content else texts[s]
        body = f"BT /F1 28 Tf 72 750 Td ({_escape(line)}) Tj ET".encode()
        objects[first_stream - 1 + s] = (f"<< /Length {len(body)} >>\nstream\n".encode()
                                         + body + b"\nendstream")
    catalog = "<< /Type /Catalog /Pages 2 0 R"
    if outline:
        first_item = len(objects) + 1
        numbers = [first_item + k for k in range(len(outline))]
        for k, (title, page) in enumerate(outline):
            links = ""
            if k > 0:
                links += f" /Prev {numbers[k - 1]} 0 R"
            if k < len(outline) - 1:
                links += f" /Next {numbers[k + 1]} 0 R"
            objects.append(f"<< /Title ({_escape(title)}) /Parent 4 0 R{links} "
                           f"/Dest [{first_page + page} 0 R /XYZ 0 842 0] >>".encode())
        objects[3] = (f"<< /Type /Outlines /First {numbers[0]} 0 R /Last {numbers[-1]} 0 R "
                      f"/Count {len(outline)} >>").encode()
        catalog += " /Outlines 4 0 R /PageMode /UseOutlines"
    else:
        objects[3] = b"<< /Type /Outlines /Count 0 >>"
    if javascript is not None:
        js = len(objects) + 1
        objects.append(f"<< /S /JavaScript /JS ({_escape(javascript)}) >>".encode())
        catalog += f" /OpenAction {js} 0 R /Names << /JavaScript << /Names [(run) {js} 0 R] >> >>"
    objects[0] = (catalog + " >>").encode()
    return _assemble(objects)


def truncated_pdf() -> bytes:
    """The first 60 % of a good PDF: no cross-reference table, no trailer."""
    whole = text_pdf(["One", "Two", "Three"])
    return whole[: len(whole) * 6 // 10]


def many_pages_pdf(count: int = 10_000) -> bytes:
    return text_pdf(count, shared_content=True)


def huge_page_pdf() -> bytes:
    """One page of 14,400,000 × 14,400,000 points (a kilometre-high page; the format's own
    limit is 14,400): rendered as it says, it would need petabytes of pixels."""
    return text_pdf(["Huge"], media_box=(0, 0, 14_400_000, 14_400_000))


def deeply_nested_pdf(depth: int = 100_000) -> bytes:
    """A page whose resources hold an array nested `depth` levels deep (a parser that
    recurses without a limit runs out of stack)."""
    good = text_pdf(["Nested"])
    nested = b"[" * depth + b"]" * depth
    return good.replace(b"/Resources << /Font << /F1 3 0 R >> >>",
                        b"/Resources << /Font << /F1 3 0 R >> /Deep " + nested + b" >>")


def random_pdf(size: int = 200_000, seed: int = 15) -> bytes:
    """A PDF header followed by random bytes."""
    return b"%PDF-1.7\n" + random.Random(seed).randbytes(size)


def hostile_pdfs() -> dict[str, bytes]:
    """Every hostile case by name (the item id it gets in `pdf_course`)."""
    return {"truncated": truncated_pdf(), "many-pages": many_pages_pdf(),
            "huge-page": huge_page_pdf(), "deep-nesting": deeply_nested_pdf(),
            "random-bytes": random_pdf(),
            "script-and-link": text_pdf(["Script", "Two"], uri="https://example.org/biblio",
                                        javascript="app.alert('hello');")}


def pdf_course(root: Path, pdfs: dict[str, bytes], *, course_id: str = "org.example.pdfs",
               languages: Sequence[str] = ("en",)) -> Path:
    """A source course with one PDF item per entry of `pdfs` (item id → bytes)."""
    folder = root / "pdf-course"
    (folder / "media" / "pdf").mkdir(parents=True)
    langs = list(languages)
    items = ""
    for item_id, data in pdfs.items():
        (folder / "media" / "pdf" / f"{item_id}.pdf").write_bytes(data)
        items += (f'[[modules.items]]\nid = "{item_id}"\nkind = "pdf"\n'
                  f'file = "media/pdf/{item_id}.pdf"\n[modules.items.title]\n'
                  f'{_textmap(item_id, langs)}\n')
    (folder / "course.toml").write_text(f"""\
id = "{course_id}"
version = "1.0.0"
languages = [{", ".join(f'"{lang}"' for lang in langs)}]
[title]
{_textmap("PDF course", langs)}
[publisher]
name = "PDF tests"
[[modules]]
id = "m1"
[modules.title]
{_textmap("Reading", langs)}
{items}""", encoding="utf-8")
    return folder
