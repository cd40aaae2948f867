"""Start-up: the window is painted before the library (and SQLAlchemy) is opened, then
the learner picker replaces the opening page; the start-up trace names each step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QProgressBar

from biblio_desktop.ui.main_window import MainWindow, OpeningPage

ROOT = Path(__file__).resolve().parents[2]


def _run(data: Path, probe: str, **extra: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", BIBLIO_PROBE=probe,
               PYTHONPATH=str(ROOT), **extra)
    return subprocess.run([sys.executable, "-m", "biblio_desktop", "--data-dir", str(data)],
                          env=env, capture_output=True, text=True, timeout=120)


def test_first_paint_comes_before_the_database_code(tmp_path: Path) -> None:
    out = _run(tmp_path / "data", "window", BIBLIO_TRACE_STARTUP="1")
    assert out.returncode == 0, out.stderr
    assert "shown " in out.stdout
    assert "sqlalchemy_loaded 0" in out.stdout
    steps = [line.split(None, 3) for line in out.stderr.splitlines()
             if line.startswith("startup ")]
    names = [step[3] for step in steps]
    assert names[:2] == ["command line read", "Qt imported"]
    assert "first window painted" in names and "library opened" not in names
    times = [float(step[1]) for step in steps]
    assert times == sorted(times) and times[0] > 0


def test_then_the_library_opens_and_the_picker_is_shown(tmp_path: Path) -> None:
    out = _run(tmp_path / "data", "picker", BIBLIO_TRACE_STARTUP="1")
    assert out.returncode == 0, out.stderr
    assert "rss_kib " in out.stdout
    names = [line.split(None, 3)[3] for line in out.stderr.splitlines()
             if line.startswith("startup ")]
    assert names.index("first window painted") < names.index("library opened") \
        < names.index("learner picker shown")
    assert (tmp_path / "data" / "library.sqlite3").exists()


def test_trace_is_silent_unless_asked(tmp_path: Path) -> None:
    out = _run(tmp_path / "data", "window")
    assert out.returncode == 0 and "startup " not in out.stderr


def test_window_without_library_shows_the_opening_page(qtbot, app_state) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.save_geometry = False
    window.show()
    page = window.stack.currentWidget()
    assert isinstance(page, OpeningPage)
    assert page.message.text() == "Opening the library…"
    busy = page.findChild(QProgressBar)
    assert busy is not None and busy.maximum() == 0  # a busy indicator, not a fake percentage
    assert not hasattr(window, "toolbar")
    window.close()  # closing before the library opened must not touch the (absent) state

    window = MainWindow()
    qtbot.addWidget(window)
    window.save_geometry = False
    window.show()
    app_state.sign_out()
    window.attach(app_state)
    assert window.current == "picker" and window.opening is None
    assert window.stack.currentWidget() is window.screens["picker"]
    assert window.stack.count() == 1  # the opening page is gone
