"""From foreign inputs to a `.biblio` package in one call, for the command line and the app.

`convert_to_package` runs the conversion (detect, convert, write the author's source
folder) and then the ordinary `pack` builder on that folder, so a converted package passes
exactly the checks a hand-made one does, and `--to-source` hands the author the very
folder that was packed. Progress is one bar: the conversion fills the first half, packing
(which counts bytes) the second. Cancel or any failure removes the package and the source
folder this call created: nothing half-made is left.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..authoring.builder import build_package
from ..errors import BiblioError
from ..packages.names import MANIFEST_NAME
from ..progress import CancelToken, ProgressFn, no_progress
from .convert import ConversionResult, convert_inputs

SCALE = 1000  # progress units of each half


def is_course_package(path: Path) -> bool:
    """True for a `.biblio` package (a zip with course.json at its root), whatever its
    name: such a file is imported as it is, never converted."""
    path = Path(path)
    if not path.is_file():
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            return any(info.filename == MANIFEST_NAME for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


def _half(progress: ProgressFn, second: bool) -> ProgressFn:
    def report(done: int, total: int) -> None:
        fraction = done / total if total else 1.0
        progress(int(SCALE * (second + min(max(fraction, 0.0), 1.0))), 2 * SCALE)
    return report


def convert_to_package(paths: Sequence[Path], out: Path, *, source_dir: Path | None = None,
                       sign_key: Path | None = None, title: str | None = None,
                       language: str | None = None, course_id: str | None = None,
                       version: str = "1.0.0", work_dir: Path | None = None,
                       cancel: CancelToken | None = None,
                       progress: ProgressFn = no_progress) -> ConversionResult:
    """Convert `paths` into one course and pack it into `out` (optionally signed).

    With `source_dir` the source folder is kept there (it must be new or empty);
    otherwise it lives in a temporary folder removed at the end.
    """
    cancel = cancel or CancelToken()
    keep_source = source_dir is not None
    if source_dir is not None and Path(source_dir).exists() and (
            not Path(source_dir).is_dir() or any(Path(source_dir).iterdir())):
        raise BiblioError(f"{source_dir} already exists and is not empty.",
                          "give a new folder for the course source")
    temp = None if keep_source else Path(tempfile.mkdtemp(prefix="biblio-source-",
                                                          dir=work_dir))
    folder = Path(source_dir) if source_dir is not None else Path(temp or ".") / "source"
    existed = folder.is_dir()
    try:
        result = convert_inputs(paths, folder, title=title, language=language,
                                course_id=course_id, version=version, work_dir=work_dir,
                                cancel=cancel, progress=_half(progress, False))
        cancel.raise_if_cancelled()
        built = build_package(folder, Path(out), sign_key=sign_key, cancel=cancel,
                              progress=_half(progress, True))
        result.package = built.out
        result.extra.update(sha256=built.sha256, size=built.size,
                            source_dir=str(folder) if keep_source else None)
        return result
    except BaseException:
        if keep_source:  # what this call wrote goes; a folder the user made stays, empty
            shutil.rmtree(folder, ignore_errors=True)
            if existed:
                folder.mkdir(exist_ok=True)
        raise
    finally:
        if temp is not None:
            shutil.rmtree(temp, ignore_errors=True)


def report_counts(report: dict[str, Any]) -> dict[str, Any]:
    """Modules, items by kind and questions by type of a conversion report (the short
    human summary the CLI prints and the app's report dialog heads with)."""
    kinds: Counter[str] = Counter()
    types: Counter[str] = Counter()
    for module in report.get("modules", []):
        for item in module.get("items", []):
            kinds[item.get("kind", "?")] += 1
            types.update(item.get("questions", []))
    return {"modules": len(report.get("modules", [])), "items": dict(kinds),
            "questions": dict(types), "left_out": len(report.get("left_out", []))}


def summary_lines(report: dict[str, Any]) -> list[str]:
    """The report as a few lines of text (the CLI's human report)."""
    counts = report_counts(report)
    course = report.get("course", {})
    lines = [f"course: {course.get('title', '')} ({course.get('id', '')}, "
             f"language {course.get('language', '')})"]
    for found in report.get("inputs", []):
        lines.append(f"  from {Path(found['path']).name}: {found['detected']}")
    items = ", ".join(f"{n} {kind}" for kind, n in sorted(counts["items"].items()))
    lines.append(f"  {counts['modules']} module(s); items: {items or 'none'}")
    if counts["questions"]:
        lines.append("  questions: " + ", ".join(
            f"{n} {kind}" for kind, n in sorted(counts["questions"].items())))
    left = report.get("left_out", [])
    if left:
        lines.append(f"  left out ({len(left)}):")
        lines.extend(f"    - {x['what']} ({x['where']}): {x['reason']}" for x in left)
    else:
        lines.append("  nothing was left out")
    lines.extend(f"  note: {note}" for note in report.get("notes", []))
    return lines
