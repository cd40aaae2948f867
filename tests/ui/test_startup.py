"""Start-up: the window is painted before the library (and SQLAlchemy) is opened, then
the learner picker replaces the opening page; the start-up trace names each step."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QProgressBar

from biblio_desktop.ui.shell.main_window import MainWindow, OpeningPage

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


def _steps(stderr: str) -> list[str]:
    return [line.split(None, 3)[3] for line in stderr.splitlines()
            if line.startswith("startup ")]


def _library_with_learners(data: Path) -> None:
    from biblio_desktop.workspace import Workspace

    with Workspace.open(data) as ws:
        ws.learners.add("Anna Ozola")
        ws.learners.add("Jānis Bērziņš", "4321")


def test_the_picker_lists_learners_before_the_library_opens(tmp_path: Path) -> None:
    _library_with_learners(tmp_path / "data")
    out = _run(tmp_path / "data", "picker", BIBLIO_TRACE_STARTUP="1")
    assert out.returncode == 0, out.stderr
    assert "sqlalchemy_loaded 0" in out.stdout and "rss_kib " in out.stdout
    names = _steps(out.stderr)
    assert names.index("first window painted") < names.index("learner list read") \
        < names.index("learner picker shown")
    assert "library opened" not in names


def test_signing_in_opens_the_library(tmp_path: Path) -> None:
    _library_with_learners(tmp_path / "data")
    out = _run(tmp_path / "data", "library", BIBLIO_TRACE_STARTUP="1")
    assert out.returncode == 0, out.stderr
    names = _steps(out.stderr)
    assert names.index("learner picker shown") < names.index("library opened")


def test_a_first_start_creates_nothing_until_needed(tmp_path: Path) -> None:
    out = _run(tmp_path / "data", "picker", BIBLIO_TRACE_STARTUP="1")
    assert out.returncode == 0, out.stderr
    assert "learner list read" in _steps(out.stderr)
    assert not (tmp_path / "data" / "library.sqlite3").exists()


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


def test_deferred_state_opens_the_library_at_the_first_sign_in(qtbot, tmp_path: Path) -> None:
    from biblio_desktop.errors import BiblioError
    from biblio_desktop.learning.profiles import read_roster
    from biblio_desktop.storage.schema import HEAD_REVISION
    from biblio_desktop.ui.base.state import AppState
    from biblio_desktop.workspace import Workspace

    data = tmp_path / "data"
    _library_with_learners(data)
    roster = read_roster(data / "library.sqlite3", HEAD_REVISION)
    opened: list[Workspace] = []
    failing = [True]

    def opener() -> Workspace:
        if failing[0]:
            raise BiblioError("The disk holding the data folder is full.")
        opened.append(Workspace.open(data))
        return opened[-1]

    state = AppState(opener=opener, roster=roster,
                     first_settings={"ui_language": "lv", "theme": "dark", "font_size": 13})
    window = MainWindow(state)  # closed below, before the state shuts down
    window.save_geometry = False
    picker = window.screens["picker"]
    assert [lr.name for lr in picker.learners] == ["Anna Ozola", "Jānis Bērziņš"]
    assert state.language == "lv" and state.setting("font_size") == 13
    assert not state.library_is_open and not opened
    anna = picker.learners[0]
    try:
        try:
            state.sign_in_learner(anna.id, None)
        except BiblioError as exc:  # the open failed: said so, nothing half-open
            assert "full" in str(exc)
        assert not state.library_is_open and state.learner is None
        failing[0] = False
        with qtbot.waitSignal(state.library_opened):
            state.sign_in_learner(anna.id, None)
        assert state.library_is_open and len(opened) == 1
        assert state.learner is not None and state.learner.name == "Anna Ozola"
        assert state.setting("font_size") == 11  # now from the library itself
        state.sign_out()
        window.show_picker()
        assert [lr.name for lr in window.screens["picker"].learners] == [
            "Anna Ozola", "Jānis Bērziņš"]
        assert len(opened) == 1  # opened once
    finally:
        window.close()
        window.deleteLater()
        state.shutdown()
        for ws in opened:
            ws.close()


def test_a_backup_restored_at_the_first_open_stops_the_action(qtbot, tmp_path: Path) -> None:
    """The quick list came from the damaged file: after a restore its ids may name other
    people, so the click that opened the library does not sign anyone in."""
    from biblio_desktop.learning.profiles import read_roster
    from biblio_desktop.storage.schema import HEAD_REVISION
    from biblio_desktop.ui.base.state import AppState, LibraryRestored
    from biblio_desktop.workspace import Workspace

    data = tmp_path / "data"
    _library_with_learners(data)
    stale = read_roster(data / "library.sqlite3", HEAD_REVISION)
    assert stale is not None
    with Workspace.open(data) as ws:  # what the backup holds: Anna is someone else now
        ws.learners.remove(stale[0].id, confirm_name=stale[0].name,
                           export_folder=tmp_path / "export")
        ws.learners.add("Dana")
    opened: list[Workspace] = []

    def opener() -> Workspace:
        opened.append(Workspace.open(data))
        raise LibraryRestored(opened[-1])

    state = AppState(opener=opener, roster=stale)
    window = MainWindow(state)
    window.save_geometry = False
    try:
        with qtbot.waitSignal(state.library_opened):
            try:
                state.sign_in_learner(stale[0].id, None)
                raise AssertionError("signed in from a stale list")
            except LibraryRestored as exc:
                assert "restored" in str(exc)
        assert state.learner is None and state.library_is_open
        qtbot.waitUntil(lambda: [lr.name for lr in window.screens["picker"].learners]
                        == ["Dana", "Jānis Bērziņš"])
    finally:
        window.close()
        window.deleteLater()
        state.shutdown()
        for ws in opened:
            ws.close()
