"""Errors in plain language: expected ones as a message, unexpected ones logged with
"Copy details", never a bare traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ... import APP_NAME
from ...errors import BiblioError

log = logging.getLogger("biblio_desktop")
_data_folder: Path | None = None  # where a disk fault is looked for (set_data_folder)


def set_data_folder(folder: Path | None) -> None:
    """The data folder whose disk an error may come from (see `user_error`)."""
    global _data_folder
    _data_folder = folder


def user_error(exc: BaseException) -> BiblioError | None:
    """The error as a message meant for people: a BiblioError as it is, a full, read-only
    or vanished disk (SQLite's or the OS's error) named for what it is; None for a bug."""
    if isinstance(exc, BiblioError):
        return exc
    from ...disk_faults import fault_from

    return fault_from(exc, _data_folder)


def user_message(exc: BaseException) -> str | None:
    """`user_error` as text in the UI's language: disk faults have translated words (the
    core's messages are English); other expected errors keep their own text."""
    known = user_error(exc)
    if known is None:
        return None
    from ...disk_faults import StorageFault

    if not isinstance(known, StorageFault):
        return str(known)
    folder = str(known.folder or _data_folder or "")
    texts = {
        "disk-full": QApplication.translate(
            "errors", "The disk holding {folder} is full. Everything saved before is kept. "
            "Free some space on that disk (delete or move files, empty the recycle bin), "
            "then try again; no backup needs to be restored."),
        "read-only": QApplication.translate(
            "errors", "{folder} cannot be written to: the USB stick is write-protected, the "
            "drive is read-only, or you have no permission there. Everything saved before "
            "is kept. Unlock the stick, or copy the data folder to this computer and open "
            "that copy."),
        "gone": QApplication.translate(
            "errors", "{folder} went away: the USB stick or network drive was removed, or "
            "the disk reported an error. What was saved before is kept; the last change "
            "may not have been saved. Put the stick back and try again."),
        "busy": QApplication.translate(
            "errors", "The library database in {folder} is in use by another program. The "
            "library itself is fine. Close the other program, then try again."),
    }
    text = texts.get(known.kind)
    return text.format(folder=folder) if text else str(known)


def setup_logging(log_dir: Path) -> Path:
    """Log to `<data>/logs/app.log` (kept small: one file, appended); to standard error
    when that cannot be written (a read-only or full disk must still show its message)."""
    path = log_dir / "app.log"
    handler: logging.Handler
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("biblio_desktop")
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    return path


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """An expected error as its message; anything else as a bug report with details."""
    box = QMessageBox(parent)
    box.setWindowTitle(title or APP_NAME)
    box.setIcon(QMessageBox.Icon.Warning)
    known = user_message(exc)
    if known is not None:
        box.setText(known)
    else:
        details = "".join(traceback.format_exception(exc))
        log.error("unexpected error: %s", details)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(QApplication.translate(
            "errors", "Something went wrong that should not have. Your saved work is safe. "
            "The details were written to the log file in the data folder."))
        box.setDetailedText(details)
        copy = box.addButton(QApplication.translate("errors", "Copy details"),
                             QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(box.windowTitle())
    box.exec()


def install_excepthook() -> None:
    """Uncaught exceptions in slots become a dialog (and a log entry), not a crash."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        exc.__traceback__ = tb
        if QApplication.instance() is None:
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc)

    sys.excepthook = hook
