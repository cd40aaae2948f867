"""IMS QTI question files: QTI 2.x items and tests, and QTI 1.2 (`questestinterop`).

An input may be one item, a folder or zip of items (with or without a content-package
manifest), an `assessmentTest` with the items it references, or a QTI 1.2 file (Canvas,
Common Cartridge). Tests become a quiz each (in the test's order); items that no test
uses are gathered in one more quiz. See docs/conversion.md, "QTI".
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from xml.etree.ElementTree import Element

from ...errors import ConversionError
from ..archive import InputTree
from ..context import ConversionContext
from ..draft import CourseDraft
from ..markup import local, parse_xml
from ..qitems import Bank
from . import qti2, qti12

MAX_ITEM = 32 * 1024 * 1024
MAX_SCAN = 5000  # members looked at while sniffing a folder or zip
HEAD = 4096


def kind_of(head: bytes) -> str | None:
    """"item", "test" or "qti12" from the first bytes of an XML file, else None."""
    if b"<questestinterop" in head:
        return "qti12"
    if b"imsqti_v2p" not in head:
        return None
    if b"<assessmentTest" in head:
        return "test"
    for end in (b" ", b">", b"\n", b"\r", b"\t"):
        if b"<assessmentItem" + end in head:
            return "item"
    return None


def scan(tree: InputTree) -> dict[str, str]:
    """Every QTI file of the input: member -> kind (bounded in members and bytes read)."""
    found: dict[str, str] = {}
    names = tree.names()
    candidates = names if len(names) == 1 else [
        n for n in names if n.lower().endswith((".xml", ".qti"))]
    for name in candidates[:MAX_SCAN]:
        if tree.size(name) > MAX_ITEM or tree.size(name) < 20:
            continue
        with tree.open(name) as fh:
            kind = kind_of(fh.read(HEAD))
        if kind:
            found[name] = kind
    return found


def folder(member: str) -> str:
    return posixpath.dirname(member)


def where_of(tree: InputTree, member: str) -> str:
    """How the report names a member ("items.zip: q1.xml", or the lone file's name)."""
    return tree.label if member == tree.label else f"{tree.label}: {member}"


def add_qti12(root: Element, tree: InputTree, member: str, ctx: ConversionContext,
              bank: Bank, where: str, filebase: str = "",
              resolve_url: Callable[[str, str], str | None] | None = None) -> int:
    """The items of a parsed `questestinterop` into `bank`; returns how many were read."""
    resolve = qti2.image_resolver(tree, ctx, folder(member), filebase)
    for title, count, total in qti12.random_sections(root):
        ctx.note(f"{where}: the section {title!r} picks {count} of its {total} questions at "
                 "random; here every question is asked")
    current = None
    items = qti12.assessment_items(root)
    for title, el in items:
        ctx.check()
        if title != current:
            bank.category(title, literal=True)
            current = title
        item = qti12.convert_item(el, ctx, where, resolve)
        if item.text_html:
            bank.lesson(item.title, qti12.text_lesson(
                item.text_html, resolve_url or (lambda u, t: u if t == "a" and
                                                u.startswith(("http:", "https:")) else None)))
        elif item.question is not None:
            bank.question(item.question, el.get("ident", ""), item.images)
    return len(items)


def _add_item(tree: InputTree, member: str, ctx: ConversionContext, bank: Bank,
              alone: bool) -> None:
    try:
        root = parse_xml(tree.read(member, MAX_ITEM), where_of(tree, member))
    except ConversionError as exc:
        if alone:  # the input is this one file: its refusal is the answer
            raise
        ctx.leave_out(f"file {member!r}", tree.label, str(exc))
        return
    if local(root.tag) != "assessmentItem":
        ctx.leave_out(f"file {member!r}", tree.label, "it is not a QTI assessment item")
        return
    result = qti2.convert_item(root, ctx, where_of(tree, member),
                               qti2.image_resolver(tree, ctx, folder(member)))
    for question, images in result.questions:
        bank.question(question, root.get("identifier", ""), images)


class QtiConverter:
    """QTI 2.x items and tests and QTI 1.2 files, found by their root elements."""

    name = "qti"

    def sniff(self, tree: InputTree) -> str | None:
        kinds = list(scan(tree).values())
        if not kinds:
            return None
        if "qti12" in kinds:
            return f"QTI 1.2 question file{'s' if kinds.count('qti12') > 1 else ''}"
        tests, items = kinds.count("test"), kinds.count("item")
        return f"QTI 2.x: {tests} test(s), {items} item(s)"

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        found = scan(tree)
        title = tree.label.rsplit(".", 1)[0] if "." in tree.label else tree.label
        bank = Bank(ctx, tree.label, title)
        used: set[str] = set()
        seen_tests: set[str] = set()
        titles: list[str] = []
        for member in (m for m, k in found.items() if k == "test"):
            ctx.check()
            root = parse_xml(tree.read(member, MAX_ITEM), where_of(tree, member))
            ident = root.get("identifier") or member
            if ident in seen_tests:
                ctx.note(f"{tree.label}: {member} is the same test as another file "
                         f"({ident}); converted once")
                continue
            seen_tests.add(ident)
            titles.append(root.get("title") or ident)
            bank.category(titles[-1], literal=True)
            for ref in (el for el in root.iter() if local(el.tag) == "assessmentItemRef"):
                target = qti2.member_for(tree, folder(member), ref.get("href") or "")
                if target is None:
                    ctx.leave_out(f"item {ref.get('href')!r}", f"{tree.label}: {member}",
                                  "the test names it but it is not in the file")
                    continue
                used.add(target)
                _add_item(tree, target, ctx, bank, alone=False)
        rest = [m for m, k in found.items() if k == "item" and m not in used]
        if rest:
            bank.category("Questions" if titles else title, literal=True)
        for member in rest:
            ctx.check()
            _add_item(tree, member, ctx, bank, alone=len(found) == 1)
        for member in (m for m, k in found.items() if k == "qti12"):
            root = parse_xml(tree.read(member, MAX_ITEM), where_of(tree, member))
            if local(root.tag) != "questestinterop":
                raise ConversionError(f"{member} in {tree.label} is not a QTI 1.2 file.")
            add_qti12(root, tree, member, ctx, bank, where_of(tree, member))
            titles += [t for t, _ in qti12.assessment_items(root)[:1]]
        course = titles[0] if len(titles) == 1 else title
        return CourseDraft(title=course, modules=bank.modules())
