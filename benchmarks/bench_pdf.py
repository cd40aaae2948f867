"""PDF reading item against a Markdown lesson: open-to-first-page time and memory.

Builds (in build/bench/pdf/) a course with a 300-page PDF item (a line of text per page,
generated here) and a Markdown lesson, imports it, then opens each item in a fresh
process (offscreen Qt, so the memory figures are comparable): the time from `load()` to
the first paint that shows the page's text (the viewport is grabbed until dark pixels
appear; the time includes importing the view's module and making the view, as the first
item of its kind in a session does), and the resident memory (VmRSS) with the item
open, also as the growth over the same process just before the item was opened. Each
case runs `--runs` times; medians are reported, and the PDF's figures as ratios of the
lesson's from the same run.
Usage: python benchmarks/bench_pdf.py [--runs 3] [--pages 300]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, WORK, record

COURSE_ID = "org.example.bench-pdf"


def _rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def prepare(pages: int) -> Path:
    """The data folder with the benchmark course imported (rebuilt every run: cheap)."""
    from biblio_desktop.authoring.builder import build_package
    from biblio_desktop.workspace import Workspace
    from tests.core.pdf_forge import pdf_course, text_pdf

    base = WORK / "pdf"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    texts = [f"Page {n}: reading material for the benchmark." for n in range(1, pages + 1)]
    folder = pdf_course(base, {"book": text_pdf(texts)}, course_id=COURSE_ID)
    lesson = folder / "lessons" / "lesson.md"
    lesson.parent.mkdir()
    paragraph = ("Libraries digitise their collections so that people can read them from "
                 "anywhere; a checklist keeps the work consistent. ") * 6
    lesson.write_text("---\ntitle: Lesson\n---\n\n# A lesson\n\n"
                      + "\n\n".join(f"## Part {n}\n\n{paragraph}" for n in range(1, 9)),
                      encoding="utf-8")
    toml = folder / "course.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + '[[modules.items]]\nid = "lesson"\n'
                    'kind = "lesson"\nfile = "lessons/lesson.md"\n', encoding="utf-8")
    package = base / "bench.biblio"
    build_package(folder, package)
    with Workspace.open(base / "data") as ws:
        ws.import_package(package)
        ws.learners.add("Bench")
    return base / "data"


def measure(data: Path, item_id: str) -> dict[str, float]:
    """In this process: open `item_id` and time it to the first page painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from biblio_desktop.ui.base.state import AppState
    from biblio_desktop.workspace import Workspace

    app = QApplication(sys.argv[:1])
    ws = Workspace.open(data)
    state = AppState(ws)
    state.sign_in_learner(ws.learners.list_learners()[0].id, None)
    manifest = ws.manifest(COURSE_ID)
    item = next(i for i in manifest.items if i.id == item_id)
    folder = ws.course_folder(COURSE_ID, manifest.version)
    for _ in range(5):
        app.processEvents()
    before = _rss_kib()
    start = time.perf_counter()  # the first open of its kind: import, make, load, paint
    if item.kind == "pdf":
        from biblio_desktop.ui.course.pdf_view import PdfView as View
    else:
        from biblio_desktop.ui.course.lesson_view import LessonView as View  # type: ignore
    view = View(state)
    view.resize(1000, 760)
    view.show()
    surface = view.canvas.viewport() if item.kind == "pdf" else view.browser.viewport()
    view.load(COURSE_ID, item, "en", folder)
    shown = None
    while time.perf_counter() - start < 30:
        app.processEvents()
        image = surface.grab().toImage()
        step = max(1, image.width() // 60)
        if any(image.pixelColor(x, y).lightness() < 80 for y in range(0, image.height(), 4)
               for x in range(0, image.width(), step)):
            shown = time.perf_counter() - start
            break
    for _ in range(10):
        app.processEvents()
    after = _rss_kib()
    state.writer.flush()
    view.unload()
    state.shutdown()
    ws.close()
    if shown is None:
        raise SystemExit(f"{item_id}: nothing was painted in 30 s")
    return {"seconds": shown, "rss_kib": after, "rss_growth_kib": after - before}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--case", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.case:
        print(json.dumps(measure(Path(args.data), args.case)))
        return 0
    data = prepare(args.pages)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    results: dict[str, list[dict[str, float]]] = {"book": [], "lesson": []}
    for _ in range(args.runs):
        for case in results:  # alternate, so machine noise hits both alike
            out = subprocess.run([sys.executable, __file__, "--case", case, "--data",
                                  str(data)], capture_output=True, text=True, env=env,
                                 check=True)
            results[case].append(json.loads(out.stdout.strip().splitlines()[-1]))

    def median(case: str, key: str) -> float:
        return statistics.median(r[key] for r in results[case])

    figures: dict[str, object] = {
        "pdf_pages": args.pages, "runs": args.runs,
        "pdf_open_to_first_page_ms": round(median("book", "seconds") * 1000, 1),
        "lesson_open_to_first_page_ms": round(median("lesson", "seconds") * 1000, 1),
        "pdf_rss_mib": round(median("book", "rss_kib") / 1024, 1),
        "lesson_rss_mib": round(median("lesson", "rss_kib") / 1024, 1),
        "pdf_rss_growth_mib": round(median("book", "rss_growth_kib") / 1024, 1),
        "lesson_rss_growth_mib": round(median("lesson", "rss_growth_kib") / 1024, 1),
    }
    figures["time_ratio_pdf_to_lesson"] = round(
        median("book", "seconds") / median("lesson", "seconds"), 2)
    figures["rss_ratio_pdf_to_lesson"] = round(
        median("book", "rss_kib") / median("lesson", "rss_kib"), 3)
    record("pdf item vs lesson", figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
