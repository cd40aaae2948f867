"""Start-up time and idle memory of the app against a bare PySide6 window, same run.

- start-up: process start to the library window painted, with 20 courses installed,
  against a bare QMainWindow shown (target <= 1.5x);
- memory: resident set size with a course open, idle, against the bare window idle
  (target <= 1.6x).
Runs offscreen. Usage: python benchmarks/bench_startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from common import ROOT, WORK, record

BARE = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 780); w.show()
def shown():
    app.processEvents(); w.repaint(); print(f"shown {time.time():.6f}", flush=True)
    if sys.argv[1] == "course":
        QTimer.singleShot(2000, rss)
    else:
        w.close()
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            print("rss_kib", line.split()[1], flush=True)
    w.close()
QTimer.singleShot(0, shown)
app.exec()
"""


def make_library(data: Path, count: int) -> None:
    if (data / "ready").exists():
        return
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tests"))
    from biblio_desktop.packages.builder import build_package
    from biblio_desktop.workspace import Workspace

    src = ROOT / "course_packages" / "digital-skills-orientation"
    toml = (src / "course.toml").read_text(encoding="utf-8")
    with Workspace.open(data) as ws:
        for n in range(count):
            copy = WORK / "startup-src" / f"c{n}"
            shutil.rmtree(copy, ignore_errors=True)
            shutil.copytree(src, copy)
            (copy / "course.toml").write_text(toml.replace(
                'id = "eu.biblio-project.digital-skills-orientation"',
                f'id = "eu.biblio-project.bench-{n:02}"'), encoding="utf-8")
            package = WORK / "startup-src" / f"c{n}.biblio"
            build_package(copy, package)
            ws.import_package(package, backup=False)
        ws.learners.add("Benchmark Learner")
    (data / "ready").write_text("ok")


def measure(cmd: list[str], env: dict[str, str]) -> tuple[float, int | None]:
    start = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120, check=True)
    shown = rss = None
    for line in out.stdout.splitlines():
        if line.startswith("shown "):
            shown = float(line.split()[1])
        elif line.startswith("rss_kib "):
            rss = int(line.split()[1])
    if shown is None:
        raise SystemExit(f"no 'shown' line from {cmd}: {out.stdout}\n{out.stderr}")
    return shown - start, rss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = WORK / "startup-data"
    make_library(data, 20)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    bare_t, app_t = [], []
    for _ in range(args.runs):  # interleaved, so machine noise hits both alike
        bare_t.append(measure([sys.executable, "-c", BARE, "library"], env)[0])
        app_t.append(measure([sys.executable, "-m", "biblio_desktop", "--data-dir", str(data)],
                             dict(env, BIBLIO_PROBE="library"))[0])
    _, bare_rss = measure([sys.executable, "-c", BARE, "course"], env)
    _, app_rss = measure([sys.executable, "-m", "biblio_desktop", "--data-dir", str(data)],
                         dict(env, BIBLIO_PROBE="course"))
    bare, app = statistics.median(bare_t), statistics.median(app_t)
    record("startup", {
        "courses installed": 20,
        "bare PySide6 window shown (s, median)": round(bare, 3),
        "app library shown (s, median)": round(app, 3),
        "startup ratio (target <= 1.5)": round(app / bare, 3),
        "bare window idle RSS (MiB)": round((bare_rss or 0) / 1024, 1),
        "app idle RSS, course open (MiB)": round((app_rss or 0) / 1024, 1),
        "memory ratio (target <= 1.6)": round((app_rss or 0) / (bare_rss or 1), 3),
    })


if __name__ == "__main__":
    main()
