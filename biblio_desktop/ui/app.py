"""Starting the Qt application: one instance per data folder, workspace, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__
from ..datadir import resolve_data_dir
from ..errors import BiblioError
from ..storage.lock import InstanceLock
from ..workspace import Workspace


def run_app(data_dir: str | None, argv: list[str] | None = None) -> int:
    """Open the main window on the data folder; returns the exit code."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("BIBLIO")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    folder = resolve_data_dir(data_dir)
    lock = InstanceLock(folder)  # held for the app's whole life; the OS frees it on a crash
    try:
        lock.acquire()
    except BiblioError as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        raise
    try:
        workspace = Workspace.open(folder)
    except BiblioError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        raise
    from .main_window import MainWindow

    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
        lock.release()
