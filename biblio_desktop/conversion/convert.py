"""Run a conversion: detect each input's format by content, convert, write the source
folder, pack it, and report what became what and what was left out.

A format is a `Converter`: `sniff` looks at the opened input and says what it is (or
None), `convert` turns it into a `CourseDraft`. Formats are tried in CONVERTERS order, so
the more specific come first (a Common Cartridge and a SCORM package both have an
`imsmanifest.xml`). Refusals (SCORM, cmi5, AICC) are converters whose `convert` raises a
`ConversionError` naming the format.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from ..errors import BiblioError, ConversionError
from ..progress import CancelToken, ProgressFn, no_progress
from .archive import InputTree, open_input
from .context import ConversionContext
from .draft import CourseDraft, LeftOut, ModuleDraft
from .source_writer import course_id_for, one_line, write_source

REPORT_VERSION = 1


class Converter(Protocol):
    """One input format."""

    name: str  # short, stable: "h5p", "moodle-backup", "common-cartridge", "qti", ...

    def sniff(self, tree: InputTree) -> str | None:
        """What the input is ("H5P: H5P.MultiChoice 1.16") if this format reads it."""

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        """The input as a course draft; report left-out parts through `ctx`."""


def converters() -> list[Converter]:
    """Every known format, most specific first (imported here to keep startup light)."""
    from .cc import CommonCartridgeConverter
    from .epub import EpubConverter
    from .gift import GiftConverter
    from .h5p import H5PConverter
    from .moodle_backup import MoodleBackupConverter
    from .moodle_xml import MoodleXmlConverter
    from .pdf import PdfConverter
    from .qti import QtiConverter
    from .refusals import AiccRefusal, Cmi5Refusal, ScormRefusal

    return [ScormRefusal(), Cmi5Refusal(), AiccRefusal(),  # refused, but named precisely
            H5PConverter(), MoodleBackupConverter(), CommonCartridgeConverter(),
            QtiConverter(), MoodleXmlConverter(), EpubConverter(), PdfConverter(),
            GiftConverter()]  # plain text: the least specific, tried last


class NothingConverted(ConversionError):
    """No part of the input became an item; the message says what was left out and why."""

    SHOWN = 5

    def __init__(self, left_out: list[LeftOut]) -> None:
        parts = [f"{x.what} ({x.reason})" for x in left_out[: self.SHOWN]]
        more = len(left_out) - len(parts)
        if more > 0:
            parts.append(f"and {more} more")
        detail = ": left out " + "; ".join(parts) if parts else ""
        super().__init__("Nothing in the input could be converted into a course item"
                         f"{detail}.")
        self.left_out = list(left_out)


@dataclass
class InputReport:
    path: str
    format: str
    detected: str


@dataclass
class ConversionResult:
    """What a finished conversion made (the source folder, and the package if packed)."""

    draft: CourseDraft
    source_dir: Path
    inputs: list[InputReport]
    left_out: list[LeftOut]
    notes: list[str]
    course_id: str
    package: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def report(self) -> dict[str, Any]:
        """The machine-readable report (`convert --report`), see docs/conversion.md."""
        def question_types(quiz: dict[str, Any] | None) -> list[str]:
            return [str(q.get("type")) for q in (quiz or {}).get("questions", [])]

        return {
            "report_version": REPORT_VERSION,
            "course": {"id": self.course_id, "title": self.draft.title,
                       "language": self.draft.language},
            "inputs": [vars(i) for i in self.inputs],
            "modules": [{
                "title": m.title, "origin": m.origin,
                "items": [{"kind": it.kind, "title": it.title, "origin": it.origin,
                           "questions": question_types(it.quiz)} for it in m.items],
            } for m in self.draft.modules],
            "left_out": [vars(x) for x in self.left_out],
            "notes": list(self.notes),
            "package": str(self.package) if self.package else None,
        }


def detect(tree: InputTree) -> tuple[Converter, str]:
    """The converter for `tree`, found from its content; ConversionError if none."""
    for converter in converters():
        detected = converter.sniff(tree)
        if detected:
            return converter, detected
    from .refusals import describe_unknown

    raise describe_unknown(tree)


def _merge(drafts: list[CourseDraft], title: str | None, language: str | None) -> CourseDraft:
    first = drafts[0]
    merged = CourseDraft(title=title or first.title, language=language or first.language,
                         description=first.description if len(drafts) == 1 else "",
                         license=first.license if len(drafts) == 1 else "",
                         publisher=first.publisher)
    for draft in drafts:
        if len(drafts) > 1 and len(draft.modules) == 1:
            module = draft.modules[0]
            merged.modules.append(ModuleDraft(module.title or draft.title, module.items,
                                              module.origin))
        else:
            merged.modules.extend(draft.modules)
    return merged


def convert_inputs(paths: Sequence[Path], source_dir: Path, *, title: str | None = None,
                   language: str | None = None, course_id: str | None = None,
                   version: str = "1.0.0", work_dir: Path | None = None,
                   cancel: CancelToken | None = None,
                   progress: ProgressFn = no_progress) -> ConversionResult:
    """Convert `paths` into one course written as a source folder in `source_dir`.

    `source_dir` must not exist (it is created); on any failure or Cancel it is removed,
    so a refused conversion leaves nothing behind. Tar archives are unpacked into a
    temporary folder inside `work_dir` (the system's temporary folder by default).
    """
    source_dir = Path(source_dir)
    if source_dir.exists() and any(source_dir.iterdir()):
        raise BiblioError(f"{source_dir} already exists and is not empty.",
                          "give a new folder for the course source")
    source_dir.mkdir(parents=True, exist_ok=True)
    ctx = ConversionContext(source_dir, cancel=cancel, progress=progress)
    inputs: list[InputReport] = []
    drafts: list[CourseDraft] = []
    try:
        with tempfile.TemporaryDirectory(prefix="biblio-convert-", dir=work_dir) as work:
            for number, path in enumerate(paths):
                ctx.check()
                progress(number, len(paths))
                unpack = Path(work) / str(number)
                unpack.mkdir()
                with open_input(Path(path), unpack, ctx.cancel) as tree:
                    converter, detected = detect(tree)
                    inputs.append(InputReport(str(path), converter.name, detected))
                    drafts.append(converter.convert(tree, ctx))
        draft = _merge(drafts, title, language)
        cid = course_id or course_id_for(one_line(draft.title))
        if not draft.items():
            raise NothingConverted(ctx.left_out)
        write_source(draft, source_dir, course_id=cid, version=version)
        progress(len(paths), len(paths))
    except BaseException:
        shutil.rmtree(source_dir, ignore_errors=True)
        raise
    return ConversionResult(draft, source_dir, inputs, ctx.left_out, ctx.notes, cid)
