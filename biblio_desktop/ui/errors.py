"""Errors in plain language: expected ones as a message, unexpected ones logged with
"Copy details", never a bare traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from .. import APP_NAME
from ..errors import BiblioError

log = logging.getLogger("biblio_desktop")


def setup_logging(log_dir: Path) -> Path:
    """Log to `<data>/logs/app.log` (kept small: one file, appended)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "app.log"
    handler = logging.FileHandler(path, encoding="utf-8")
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
    if isinstance(exc, BiblioError):
        box.setText(str(exc))
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
