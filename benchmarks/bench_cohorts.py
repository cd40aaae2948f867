"""Cohorts at scale: the cohort dashboard and the cohort PDF report for 400 learners x 10
courses, on the 200,000-answer library of bench_learning.py.

The library is bench_learning's (built once and cached in build/bench/); this benchmark
works on a copy, so its migration and cohort never touch the cache. One cohort holds every
learner and course, paced one module a week. The generated courses are format 2 and mark
no pre/post tests, so each course's first quiz (m1-quiz) and final quiz (m4-final) are
declared its pre- and post-test here (`prepost_pairs` patched): the report then reads and
computes the gains as a marked course would.

Measured (median of --runs runs, wall clock; CPU time of this process beside it, which
other jobs on a shared machine disturb less):
- report query: `Workspace.cohort_report` (summary rows, pre/post scores, gains; the rows
  themselves are made when shown);
- report read, every row formatted: a fresh `cohort_report` and `report_tables` with
  every row made and formatted (what the CSV and PDF walk; the dashboard formats only the
  rows it paints);
- dashboard shown: the facilitator's cohorts dialog reading and showing the cohort
  (`CohortsDialog.show_cohort`: query, tables, model, column sizes, then the rows in view
  painted), offscreen Qt;
- PDF: `write_report_pdf` of the cohort's tables (A4 landscape, every row), and the CSV.
Baselines measured in the same run, so the figures can be compared across machines and
loads as ratios: reading the 4,000 summary rows with the standard library's sqlite3
(`SELECT * FROM learner_course_stats`), and the pre-test scores read from quiz_attempts as
the report did before migration 0010 (one grouped query over the partial index of 0009).
Targets (issue 18): dashboard < 100 ms, report < 3 s.
Usage: python benchmarks/bench_cohorts.py [--learners 400] [--courses 10] [--answers 50]
       [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import time
from collections.abc import Callable
from datetime import date

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import bench_learning as bl
from common import WORK, record

from biblio_desktop.learning import cohort_report
from biblio_desktop.learning.cohort_report import report_tables, write_csv
from biblio_desktop.learning.prepost import PrePostPair
from biblio_desktop.packages.manifest import Manifest
from biblio_desktop.workspace import Workspace


def bench_pairs(manifest: Manifest) -> tuple[PrePostPair, ...]:
    skills = tuple(s.id for s in manifest.skills)
    return (PrePostPair(manifest.id, "", "m1-quiz", "m4-final", skills),)


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    """(median wall time, best wall time, median CPU time) of `runs` runs, in seconds."""
    wall, cpu = [], []
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    return statistics.median(wall), min(wall), statistics.median(cpu)


def first_scores_from_attempts(db: sqlite3.Connection, items: list[str]) -> list[tuple]:
    """The pre-test scores as the report read them before migration 0010."""
    return db.execute(
        "SELECT learner_id, course_id, item_id, score, MIN(attempt_no) FROM quiz_attempts "
        f"WHERE item_id IN ({', '.join('?' for _ in items)}) "
        "AND submitted_at IS NOT NULL AND score IS NOT NULL "
        "GROUP BY learner_id, course_id, item_id", items).fetchall()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=400)
    parser.add_argument("--courses", type=int, default=10)
    parser.add_argument("--answers", type=int, default=50)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    args.rebuild = False
    cached = WORK / f"learning-{args.learners}x{args.courses}x{args.answers}-f{bl.FORMAT}"
    if not (cached / "bench-info.json").exists():
        shutil.rmtree(cached, ignore_errors=True)
        print(f"building {cached} (bench_learning's library) ...", flush=True)
        bl.build_database(cached, args)
    data = WORK / "cohorts-copy"
    shutil.rmtree(data, ignore_errors=True)
    shutil.copytree(cached, data)
    cohort_report.prepost_pairs = bench_pairs  # see the module docstring

    from PySide6.QtWidgets import QApplication

    from biblio_desktop.ui.base.state import AppState
    from biblio_desktop.ui.facilitator.cohorts_dialog import CohortsDialog
    from biblio_desktop.ui.facilitator.report_pdf import write_report_pdf

    app = QApplication.instance() or QApplication(["bench"])
    with Workspace.open(data) as ws:
        learners = [x.id for x in ws.learners.list_learners()]
        courses = [c.course_id for c in ws.list_courses()]
        cohort = ws.cohorts.create("Benchmark cohort", date(2026, 3, 2), "weekly",
                                   course_ids=courses, learner_ids=learners)
        report = ws.cohort_report(cohort.id)
        tables = report_tables(report)
        rows = len(tables[0].rows)
        assert rows == len(learners) * len(courses), rows
        with_gain = sum(1 for g in report.gains.values() if g.gain is not None)
        runs = args.runs
        db = sqlite3.connect(data / "library.sqlite3")
        t_stats = timed(lambda: db.execute("SELECT * FROM learner_course_stats").fetchall(),
                        runs)
        t_firsts = timed(lambda: first_scores_from_attempts(db, ["m1-quiz"]), runs)
        db.close()
        t_query = timed(lambda: ws.cohort_report(cohort.id), runs)
        # every row made and formatted (what the CSV and PDF walk; the dashboard formats
        # the rows in view when they are painted)
        t_tables = timed(lambda: list(report_tables(ws.cohort_report(cohort.id))[0].rows),
                         max(3, runs // 3))
        state = AppState(ws)  # bench_learning made the facilitator account
        state.sign_in_facilitator("bench-facilitator-password-1")
        dialog = CohortsDialog(state)
        dialog.resize(1180, 720)
        dialog.show()
        app.processEvents()
        assert dialog.model.rowCount() == rows
        def show() -> None:
            dialog.show_cohort()
            dialog.table.viewport().repaint()  # the rows in view formatted and painted

        show()  # the first showing after the dialog's own (warm caches, as a click finds them)
        t_show = timed(show, runs)
        out = WORK / "cohort-report.pdf"
        started = time.perf_counter()
        write_report_pdf(out, cohort.name, tables, subtitle="benchmark")
        t_pdf_first = time.perf_counter() - started
        t_pdf = timed(lambda: write_report_pdf(out, cohort.name, tables, subtitle="benchmark"),
                      3)[0]
        from pypdf import PdfReader

        pages = len(PdfReader(out).pages)
        t_csv = timed(lambda: write_csv(WORK / "cohort-report.csv", tables), 5)[0]
        dialog.close()
        state.shutdown()
    ms = 1000
    record("cohorts", {
        "learners x courses": f"{len(learners)}x{len(courses)}",
        "report rows": rows,
        "learners with a pre/post gain": with_gain,
        "runs (figures are medians)": runs,
        "baseline: SELECT * FROM learner_course_stats (ms)": t_stats[0] * ms,
        "baseline: pre-test scores from quiz_attempts (ms)": t_firsts[0] * ms,
        "report query (ms)": t_query[0] * ms,
        "report query, CPU (ms)": t_query[2] * ms,
        "report read, every row formatted (ms)": t_tables[0] * ms,
        "dashboard shown, query to table (ms, target < 100)": t_show[0] * ms,
        "dashboard shown, best run (ms)": t_show[1] * ms,
        "dashboard shown, CPU (ms)": t_show[2] * ms,
        "dashboard / summary rows fetch (ratio)": round(t_show[0] / t_stats[0], 2),
        "report query / summary rows fetch (ratio)": round(t_query[0] / t_stats[0], 2),
        "report query / pre-test scores from attempts (ratio)":
            round(t_query[0] / t_firsts[0], 2),
        "cohort PDF report written (s, target < 3)": t_pdf,
        "cohort PDF report, first run (s)": t_pdf_first,
        "PDF pages": pages,
        "PDF size (KiB)": round(out.stat().st_size / 1024),
        "cohort CSV written (ms)": t_csv * 1000,
    })
    shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
