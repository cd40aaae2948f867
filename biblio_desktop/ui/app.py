"""Starting the Qt application: one instance per data folder, workspace, main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import APP_NAME, __version__
from ..datadir import resolve_data_dir
from ..errors import BiblioError
from ..storage import backup as backups
from ..storage.lock import InstanceLock
from ..workspace import Workspace
from .errors import install_excepthook, setup_logging
from .i18n import Translations
from .state import AppState
from .theme import apply_theme


def offer_restore(folder: Path) -> None:
    """A damaged database at start: offer the newest good backup instead of failing."""
    from ..datadir import DataLayout

    layout = DataLayout(folder)
    health = backups.check_database(layout)
    if health.ok:
        return
    good = health.newest_good_backup
    if good is None:
        return  # Workspace.open explains; nothing to offer
    answer = QMessageBox.question(
        None, APP_NAME,
        QCoreApplication.translate(
            "app", "The library database is damaged ({problem}).\n\nRestore the newest good "
            "backup, made {date}? Work done after that backup will be missing; the damaged "
            "file is kept in the backups folder.").format(
                problem=health.problems[0], date=good.created.strftime("%Y-%m-%d %H:%M")))
    if answer == QMessageBox.StandardButton.Yes:
        backups.restore_backup(layout, good.path)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names set (used for QSettings) and high-DPI rounding."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("BIBLIO")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(APP_NAME)
    return app


def prepare_ui(app: QApplication, workspace: Workspace) -> AppState:
    """Theme, translations and error handling for a workspace; returns the AppState."""

    setup_logging(workspace.layout.logs)
    install_excepthook()
    state = AppState(workspace)
    translations = Translations(app)
    translations.set_language(state.language)
    app.biblio_translations = translations  # type: ignore[attr-defined]
    apply_theme(app, str(state.setting("theme")), int(state.setting("font_size")))
    return state


def run_app(data_dir: str | None, argv: list[str] | None = None) -> int:
    """Open the main window on the data folder; returns the exit code."""
    app = make_application(argv)
    folder = resolve_data_dir(data_dir)
    lock = InstanceLock(folder)  # held for the app's whole life; the OS frees it on a crash
    try:
        lock.acquire()
    except BiblioError as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        raise
    try:
        offer_restore(folder)
        workspace = Workspace.open(folder)
    except BiblioError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        lock.release()
        raise
    from ..bundle import import_sample_quietly
    from .main_window import MainWindow

    import_sample_quietly(workspace)  # first start of a bundle: the sample course
    state = prepare_ui(app, workspace)
    window = MainWindow(state)
    window.show()
    probe = os.environ.get("BIBLIO_PROBE")
    if probe:
        from .probe import run_probe

        run_probe(window, probe)
    try:
        return app.exec()
    finally:
        state.shutdown()
        workspace.close()
        lock.release()
