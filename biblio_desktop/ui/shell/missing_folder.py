"""At start: the chosen data folder is on a USB stick (or drive) that is not there.

`datadir.resolve_data_dir` refuses to make a new, empty library in place of a chosen
folder whose drive is missing (`DataFolderMissing`, see datadir.py). Here the app says so
and asks: plug the stick in and **Retry** (the default: Enter), **Quit** (Esc), or, only
by that explicit choice, **Use another folder…** (a folder picker; the folder picked is
used as it is, a new library if it holds none).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from ... import APP_NAME
from ...datadir import DataFolderMissing, resolve_data_dir

RETRY, OTHER, QUIT = "retry", "other", "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def missing_folder_box(exc: DataFolderMissing, parent: QWidget | None = None
                       ) -> tuple[QMessageBox, dict[str, QPushButton]]:
    """The question (not yet shown) and its buttons by answer."""
    if exc.drive is not None:
        text = _tr("The data folder {folder} is not there: the USB stick or drive it is on "
                   "({drive}) is not plugged in.\n\nPlug it in and choose Retry.\n\n"
                   "BIBLIO Desktop has not made a new, empty library in its place: your "
                   "learners' progress is kept in the folder on the stick.").format(
                       folder=exc.folder, drive=exc.drive)
    else:
        text = _tr("The data folder {folder} held the library on this computer before, but "
                   "it is not there now (a USB stick or network drive not plugged in?).\n\n"
                   "Plug it in and choose Retry.\n\nBIBLIO Desktop has not made a new, "
                   "empty library in its place.").format(folder=exc.folder)
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(_tr("The data folder is not there"))
    box.setAccessibleDescription(text)
    buttons = {
        RETRY: box.addButton(_tr("Retry"), QMessageBox.ButtonRole.AcceptRole),
        OTHER: box.addButton(_tr("Use another folder…"), QMessageBox.ButtonRole.ActionRole),
        QUIT: box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole),
    }
    buttons[RETRY].setAccessibleDescription(_tr("Look for the data folder again, after "
                                                "plugging in the stick"))
    buttons[OTHER].setAccessibleDescription(_tr("Choose another folder for the library; a "
                                                "folder without a library starts a new, "
                                                "empty one"))
    buttons[QUIT].setAccessibleDescription(_tr("Close BIBLIO Desktop"))
    box.setDefaultButton(buttons[RETRY])
    box.setEscapeButton(buttons[QUIT])
    return box, buttons


def ask_missing_folder(exc: DataFolderMissing, parent: QWidget | None = None) -> str:
    """RETRY, OTHER or QUIT, as the user answers."""
    box, buttons = missing_folder_box(exc, parent)
    box.exec()
    clicked = box.clickedButton()
    return next((answer for answer, button in buttons.items() if button is clicked), QUIT)


def pick_other_folder(exc: DataFolderMissing, parent: QWidget | None = None) -> Path | None:
    """A folder the user picks on purpose (None: cancelled)."""
    start = next((p for p in exc.folder.parents if p.is_dir()), Path.home())
    picked = QFileDialog.getExistingDirectory(
        parent, _tr("Choose the folder for the library"), str(start))
    return Path(picked) if picked else None


def resolve_or_ask(data_dir: str | None, *,
                   ask: Callable[[DataFolderMissing], str] = ask_missing_folder,
                   pick: Callable[[DataFolderMissing], Path | None] = pick_other_folder
                   ) -> Path:
    """The data folder to open; while the chosen one's stick is missing, ask (see the
    module doc). Raises the DataFolderMissing when the user quits, so the command line
    says why the app did not open (exit code 3)."""
    while True:
        try:
            return resolve_data_dir(data_dir)
        except DataFolderMissing as exc:
            answer = ask(exc)
            if answer == OTHER:
                picked = pick(exc)
                if picked is not None:
                    return resolve_data_dir(picked, check_present=False)
            elif answer != RETRY:
                raise
