"""The app started on a data folder whose USB stick is not plugged in: it asks Retry /
Use another folder… / Quit, and never makes a new, empty library in its place
(ui/shell/missing_folder.py, datadir.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from biblio_desktop.datadir import DataFolderMissing, remember_data_folder
from biblio_desktop.ui.shell.missing_folder import (
    OTHER,
    QUIT,
    RETRY,
    missing_folder_box,
    resolve_or_ask,
)


@pytest.fixture
def pulled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder that held a library, on a stick that was pulled out since."""
    monkeypatch.delenv("BIBLIO_DATA_DIR", raising=False)
    folder = tmp_path / "STICK" / "biblio-data"
    folder.mkdir(parents=True)
    (folder / "library.sqlite3").write_bytes(b"")
    remember_data_folder(folder)
    shutil.rmtree(tmp_path / "STICK")
    return folder


def test_retry_after_plugging_in_opens_the_folder(pulled: Path) -> None:
    asked = []

    def ask(exc: DataFolderMissing) -> str:
        asked.append(exc.folder)
        pulled.mkdir(parents=True)  # the learner plugs the stick in, then Retry
        (pulled / "library.sqlite3").write_bytes(b"")
        return RETRY

    assert resolve_or_ask(str(pulled), ask=ask) == pulled
    assert asked == [pulled]


def test_quit_raises_the_error_and_makes_nothing(pulled: Path) -> None:
    with pytest.raises(DataFolderMissing):
        resolve_or_ask(str(pulled), ask=lambda exc: QUIT)
    assert not pulled.parent.exists()


def test_another_folder_only_by_explicit_choice(pulled: Path, tmp_path: Path) -> None:
    answers = iter([OTHER, OTHER])
    picks = iter([None, tmp_path / "chosen"])  # first cancelled: asked again
    chosen = resolve_or_ask(str(pulled), ask=lambda exc: next(answers),
                            pick=lambda exc: next(picks))
    assert chosen == tmp_path / "chosen" and not pulled.parent.exists()


def test_the_question_is_keyboard_operable_and_names_the_stick(qtbot, pulled: Path) -> None:
    exc = DataFolderMissing(pulled, pulled.parent)
    box, buttons = missing_folder_box(exc)
    qtbot.addWidget(box)
    assert str(pulled) in box.text() and str(pulled.parent) in box.text()
    assert "not made a new, empty library" in box.text()
    assert box.defaultButton() is buttons[RETRY] and box.escapeButton() is buttons[QUIT]
    assert box.accessibleName() and all(b.accessibleDescription() for b in buttons.values())
    QTimer.singleShot(0, lambda: qtbot.keyClick(box, Qt.Key.Key_Return))
    box.exec()
    assert box.clickedButton() is buttons[RETRY]  # Enter: Retry
    box2, buttons2 = missing_folder_box(DataFolderMissing(pulled, None))
    qtbot.addWidget(box2)
    assert "held the library on this computer before" in box2.text()
    QTimer.singleShot(0, lambda: qtbot.keyClick(box2, Qt.Key.Key_Escape))
    box2.exec()
    assert box2.clickedButton() is buttons2[QUIT]  # Esc: Quit


def test_run_app_asks_before_taking_any_lock(qapp, pulled: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio_desktop.ui.shell import app as app_module
    from biblio_desktop.ui.shell import missing_folder

    shown = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        box.escapeButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(missing_folder.QMessageBox, "exec", fake_exec)
    with pytest.raises(DataFolderMissing):
        app_module.run_app(str(pulled))
    assert shown and str(pulled) in shown[0]
    assert not pulled.parent.exists()  # no lock file, no folder: nothing on the system disk


@pytest.mark.parametrize("language", ["lv", "it", "bg", "el"])
def test_the_question_is_translated(qapp, language: str) -> None:
    from biblio_desktop.ui.base.theme import set_look

    sources = [
        "Retry", "Use another folder…", "Choose the folder for the library",
        "The data folder is not there",
        "Look for the data folder again, after plugging in the stick",
        "Choose another folder for the library; a folder without a library starts a new, "
        "empty one",
        "Close BIBLIO Desktop",
        "The data folder {folder} is not there: the USB stick or drive it is on ({drive}) "
        "is not plugged in.\n\nPlug it in and choose Retry.\n\nBIBLIO Desktop has not made "
        "a new, empty library in its place: your learners' progress is kept in the folder "
        "on the stick.",
        "The data folder {folder} held the library on this computer before, but it is not "
        "there now (a USB stick or network drive not plugged in?).\n\nPlug it in and choose "
        "Retry.\n\nBIBLIO Desktop has not made a new, empty library in its place.",
    ]
    set_look(qapp, language, "light", 11)
    for source in sources:
        assert QCoreApplication.translate("app", source) != source, source
