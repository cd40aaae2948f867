"""Start-up measurements for the benchmarks (BIBLIO_PROBE=window|picker|library|course).

`window`: print the wall clock time once the first window has been painted (the library
is not opened yet) and whether SQLAlchemy was loaded by then, quit. `picker`: the learner
picker painted (from the quick list of profiles: the library is not opened yet), then
after two idle seconds the resident memory, quit. `library`: sign in the first learner
without a PIN, show the library, print the time once it has been painted, quit.
`course`: also open the first course, let it settle for two seconds, print the resident
memory, quit. Not for users; benchmarks only.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from .main_window import MainWindow


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _painted(window: QWidget) -> None:
    """Like the bare-window baseline: process pending events, paint, print the time."""
    QApplication.processEvents()
    window.repaint()
    print(f"shown {time.time():.6f}", flush=True)


def first_paint_done(window: MainWindow) -> None:
    """BIBLIO_PROBE=window, called right after the first paint, before the library opens."""
    window.save_geometry = False
    _painted(window)
    print(f"sqlalchemy_loaded {int('sqlalchemy' in sys.modules)}", flush=True)
    QTimer.singleShot(0, window.close)


def run_probe(window: MainWindow, mode: str) -> None:
    """Measure, then quit; the window's geometry is not saved for the real user."""
    window.save_geometry = False

    def report_memory() -> None:
        print(f"rss_kib {rss_kib()}", flush=True)
        window.close()

    def picker() -> None:
        _painted(window)
        print(f"sqlalchemy_loaded {int('sqlalchemy' in sys.modules)}", flush=True)
        QTimer.singleShot(2000, report_memory)

    def library() -> None:
        state = window.state
        learners = state.workspace.learners.list_learners()
        if learners:
            state.sign_in_learner(learners[0].id, None)
        window.show_library()
        _painted(window)
        if mode == "course":
            courses = state.workspace.list_courses()
            window.open_course(courses[0].course_id)
            QTimer.singleShot(2000, report_memory)
        else:
            QTimer.singleShot(0, window.close)

    QTimer.singleShot(0, picker if mode == "picker" else library)
