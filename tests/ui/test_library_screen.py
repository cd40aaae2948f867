"""Library: course cards, opening a course, importing with progress, Cancel and errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from biblio_desktop.ui.learner.library_screen import LibraryScreen
from biblio_desktop.workspace import Workspace

from .conftest import SAMPLE_ID


def test_cards_show_courses_and_open_them(qtbot, app_state, nav) -> None:
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    screen.on_shown()
    assert len(screen.cards) == 1 and not screen.empty.isVisible()
    card = screen.cards[0]
    assert card.accessibleName().startswith("Digital skills for librarians")
    card.setFocus()
    qtbot.keyClick(card, "\r")
    assert nav.calls == [("open_course", (SAMPLE_ID,))]


def test_card_title_follows_ui_language(qtbot, app_state, nav) -> None:
    app_state.set_setting("ui_language", "lv")
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    screen.on_shown()
    assert "bibliotekāriem" in screen.cards[0].accessibleName()


def test_empty_library_tells_what_to_do(qtbot, qapp, tmp_path: Path, nav) -> None:
    from biblio_desktop.ui.base.state import AppState

    ws = Workspace.open(tmp_path / "empty")
    state = AppState(ws)
    screen = LibraryScreen(state, nav)
    qtbot.addWidget(screen)
    screen.show()
    screen.on_shown()
    assert screen.empty.isVisible() and ".biblio" in screen.empty.text()
    state.shutdown()
    ws.close()


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr("biblio_desktop.ui.courses.package_import.show_error",
                        lambda parent, exc, title=None: shown.append(f"ERROR {exc}"))
    return shown


def test_import_runs_in_a_worker_and_refreshes(qtbot, qapp, tmp_path: Path, nav,
                                               sample_package: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio_desktop.ui.base.state import AppState

    ws = Workspace.open(tmp_path / "d")
    state = AppState(ws)
    screen = LibraryScreen(state, nav)
    qtbot.addWidget(screen)
    screen.show()
    screen.on_shown()
    shown = _messages(monkeypatch)
    with qtbot.waitSignal(state.courses_changed, timeout=20_000):
        screen.import_packages([sample_package])
    assert len(screen.cards) == 1
    qtbot.waitUntil(lambda: any("Installed" in m for m in shown), timeout=5000)
    # importing it again is harmless and says so
    screen.import_packages([sample_package])
    qtbot.waitUntil(lambda: any("already installed" in m for m in shown), timeout=20_000)
    state.shutdown()
    ws.close()


def test_rejected_package_shows_the_cli_message(qtbot, qapp, tmp_path: Path, nav,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio_desktop.ui.base.state import AppState

    bad = tmp_path / "bad.biblio"
    bad.write_bytes(b"definitely not a zip")
    ws = Workspace.open(tmp_path / "d")
    state = AppState(ws)
    screen = LibraryScreen(state, nav)
    qtbot.addWidget(screen)
    shown = _messages(monkeypatch)
    screen.import_packages([bad])
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["ERROR bad.biblio is not a valid course package (not a readable zip "
                     "file). It may be damaged; copy it again."]
    assert ws.list_courses() == []
    state.shutdown()
    ws.close()


def test_cancel_import_leaves_nothing(qtbot, qapp, tmp_path: Path, nav,
                                     sample_package: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio_desktop.ui.base.state import AppState

    ws = Workspace.open(tmp_path / "d")
    state = AppState(ws)
    screen = LibraryScreen(state, nav)
    qtbot.addWidget(screen)
    shown = _messages(monkeypatch)
    original = ws.import_package

    def slow_import(path, *, progress, cancel, **kw):
        def slow_progress(done: int, total: int) -> None:
            progress(done, total)
            cancel.raise_if_cancelled()

        token_seen.append(cancel)
        cancel.cancel()  # the user pressed Cancel as soon as it started
        return original(path, progress=slow_progress, cancel=cancel, **kw)

    token_seen: list[object] = []
    monkeypatch.setattr(ws, "import_package", slow_import)
    screen.import_packages([sample_package])
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown == ["The import was cancelled; nothing was installed."]
    assert ws.list_courses() == []
    assert not any((tmp_path / "d" / "courses").glob("eu.*"))
    state.shutdown()
    ws.close()


def test_cancel_button_of_the_progress_dialog_cancels(qtbot, app_state, nav) -> None:
    """The dialog's Cancel button sets the token the worker checks."""
    import threading

    release = threading.Event()

    def work(progress, cancel):
        progress(1, 10)
        release.wait(5)
        cancel.raise_if_cancelled()
        return "finished"

    results: list[object] = []
    token = app_state.tasks.run(None, "Test", "Working…", work, results.append, results.append)
    qtbot.waitUntil(lambda: app_state.tasks.dialog is not None, timeout=2000)
    from PySide6.QtWidgets import QPushButton

    dialog = app_state.tasks.dialog
    buttons = dialog.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Cancel"]
    buttons[0].click()
    assert token.cancelled
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert type(results[0]).__name__ == "Cancelled"
