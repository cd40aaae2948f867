"""Start-up time and idle memory of the app against a bare PySide6 window, same run.

With 20 courses installed, against a bare QMainWindow shown (same process-start clock):
- start-to-window: the app's first window painted (BIBLIO_PROBE=window; the library is
  opened right after it) against the bare window (target <= 1.5x);
- also reported: the learner picker ready (the library opened) and the library screen of
  a signed-in learner painted;
- idle memory: resident set size with the picker shown and idle for 2 s, against the bare
  window idle for 2 s (target <= 1.6x); also reported with a course open.
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
    from biblio_desktop.authoring.builder import build_package
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


def compare(app: list[str], bare: list[str], env: dict[str, str], runs: int
            ) -> dict[str, object]:
    """The start-up and memory figures of one app command against one bare command."""
    times: dict[str, list[float]] = {"bare": [], "window": [], "picker": [], "library": []}
    for _ in range(runs):  # interleaved, so machine noise hits all alike
        times["bare"].append(measure([*bare, "library"], env)[0])
        for probe in ("window", "picker", "library"):
            times[probe].append(measure(app, dict(env, BIBLIO_PROBE=probe))[0])
    _, bare_rss = measure([*bare, "course"], env)
    _, picker_rss = measure(app, dict(env, BIBLIO_PROBE="picker"))
    _, course_rss = measure(app, dict(env, BIBLIO_PROBE="course"))
    med = {name: statistics.median(values) for name, values in times.items()}
    mib = {"bare": (bare_rss or 0) / 1024, "picker": (picker_rss or 0) / 1024,
           "course": (course_rss or 0) / 1024}
    return {
        "bare window shown (s, median)": round(med["bare"], 3),
        "app first window shown (s, median)": round(med["window"], 3),
        "start-to-window ratio (target <= 1.5)": round(med["window"] / med["bare"], 3),
        "app learner picker ready (s, median)": round(med["picker"], 3),
        "picker-ready ratio": round(med["picker"] / med["bare"], 3),
        "app library shown, 20 courses (s, median)": round(med["library"], 3),
        "library-shown ratio": round(med["library"] / med["bare"], 3),
        "bare window idle RSS (MiB)": round(mib["bare"], 1),
        "app idle RSS, picker (MiB)": round(mib["picker"], 1),
        "idle memory ratio (target <= 1.6)": round(mib["picker"] / mib["bare"], 3),
        "app RSS, course open (MiB)": round(mib["course"], 1),
        "course-open memory ratio": round(mib["course"] / mib["bare"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    data = WORK / "startup-data"
    make_library(data, 20)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    figures: dict[str, object] = {"courses installed": 20}
    figures |= compare([sys.executable, "-m", "biblio_desktop", "--data-dir", str(data)],
                       [sys.executable, "-c", BARE], env, args.runs)
    record("startup", figures)


if __name__ == "__main__":
    main()
