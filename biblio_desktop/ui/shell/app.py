"""Starting the Qt application: one instance per data folder, workspace, main window.

The window is shown first, in the saved language and theme (read without SQLAlchemy),
with an "Opening the library" page; the library is opened right after the first paint
(integrity check, daily backup, migrations, first-run sample import) and the learner
picker replaces that page. See docs/distribution.md, "Start-up".
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget

from ... import APP_NAME, __version__, startup_trace
from ...data_folder import InstanceLock, LockHolder, StaleLockError
from ...datadir import DataLayout
from ...errors import BiblioError, DataFolderError
from ...settings import peek_first_paint_settings
from ..base.theme import apply_look, set_look
from .missing_folder import resolve_or_ask

if TYPE_CHECKING:
    from ...workspace import Workspace
    from ..base.state import AppState
    from .main_window import MainWindow


def offer_restore(folder: Path, parent: QWidget | None = None) -> bool:
    """A damaged database at start: offer the newest good backup instead of failing.
    True when a backup was restored (what was read from the damaged file is stale)."""
    from ... import data_folder as backups

    layout = DataLayout(folder)
    health = backups.check_database(layout)
    if health.status != "corrupt":  # a full, read-only or vanished disk is not damage
        return False
    good = health.newest_good_backup
    if good is None:
        return False  # Workspace.open explains; nothing to offer
    answer = QMessageBox.question(
        parent, APP_NAME,
        QCoreApplication.translate(
            "app", "The library database is damaged ({problem}).\n\nRestore the newest good "
            "backup, made {date}? Work done after that backup will be missing; the damaged "
            "file is kept in the backups folder.").format(
                problem=health.problems[0], date=good.created.strftime("%Y-%m-%d %H:%M")))
    if answer == QMessageBox.StandardButton.Yes:
        backups.restore_backup(layout, good.path)
        return True
    return False


def ask_take_over(exc: StaleLockError, parent: QWidget | None = None) -> bool:
    """Another computer left the data folder locked and went silent: take it over only if
    the user says BIBLIO Desktop is no longer open there."""
    text = QCoreApplication.translate(
        "app", "BIBLIO Desktop was last opened on this data folder on the computer {host} "
        "(since {since}), and that computer has not been heard from for {minutes} min: it "
        "probably crashed, lost its network connection or went to sleep.\n\nIf BIBLIO "
        "Desktop is no longer open there, take the folder over. If it is still open there, "
        "quit and close it there first: two computers using the same library at once can "
        "damage it.").format(host=exc.holder.hostname,
                             since=exc.holder.started.replace("T", " ")[:16],
                             minutes=max(1, int(exc.silent_seconds // 60)))
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, text,
                      QMessageBox.StandardButton.NoButton, parent)
    take = box.addButton(QCoreApplication.translate("app", "Take over"),
                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("app", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is take


def acquire_instance_lock(lock: InstanceLock, *, take_over: bool = False) -> None:
    """Take the data folder for this window. A lock left by another computer that stopped
    responding is taken over after the user agrees (or `--take-over`), while a dialog shows
    the few seconds spent making sure it really is silent."""
    try:
        lock.acquire()
        return
    except StaleLockError as exc:
        if not (take_over or ask_take_over(exc)):
            raise
        holder = exc.holder
    label = QCoreApplication.translate(
        "app", "Making sure BIBLIO Desktop is no longer running on {host}…")
    dialog = QProgressDialog(label.format(host=holder.hostname), "", 0, 1)
    dialog.setWindowTitle(APP_NAME)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        QApplication.processEvents()

    try:
        lock.acquire(take_over=True, progress=progress)
    finally:
        dialog.close()


class LockLostNotice(QObject):
    """Turns the heartbeat thread's "another computer took this folder over" into a message
    in the GUI thread, and stops the app before it writes on."""

    lost = Signal(object)

    def __init__(self, window: QWidget, on_closed: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.on_closed = on_closed
        self.holder: LockHolder | None = None
        self.lost.connect(self._show)

    def _show(self, holder: LockHolder) -> None:
        self.holder = holder
        text = QCoreApplication.translate(
            "app", "The computer {host} has taken over this data folder, because this "
            "computer seemed to have stopped (asleep or disconnected from the network).\n\n"
            "To keep the library undamaged, this window closes now. Work saved before the "
            "take-over is kept; open BIBLIO Desktop again once it is closed on {host}.")
        QMessageBox.critical(self.window, APP_NAME, text.format(host=holder.hostname))
        self.on_closed()

    def error(self) -> DataFolderError:
        host = self.holder.hostname if self.holder else "?"
        return DataFolderError(f"The computer {host!r} took over this data folder while the "
                               "app was open here; the app was closed.",
                               "open it again once BIBLIO Desktop is closed there")


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
    from ..base.accessibility import install_keyboard_access

    install_keyboard_access(app)
    return app


def _ui_basics(logs: Path) -> None:
    """Logging to the data folder and the error dialog for unexpected exceptions."""
    from ..base.errors import install_excepthook, set_data_folder, setup_logging

    set_data_folder(logs.parent)
    setup_logging(logs)
    install_excepthook()


def prepare_ui(app: QApplication, workspace: Workspace) -> AppState:
    """Theme, translations and error handling for an opened workspace; the AppState."""
    from ..base.state import AppState

    _ui_basics(workspace.layout.logs)
    state = AppState(workspace)
    apply_look(app, state)
    return state


class _FirstExpose(QObject):
    """Runs a function once, right after the window's first expose (its first paint)."""

    def __init__(self, window: QWidget, fn: Callable[[], None]) -> None:
        super().__init__(window)
        self.fn: Callable[[], None] | None = fn
        handle = window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(1000, self.run)  # a platform that never exposes: go on anyway

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) \
                and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.run)  # after Qt has painted and flushed this expose
        return False

    def run(self) -> None:
        fn, self.fn = self.fn, None
        if fn is not None:
            fn()


def after_first_paint(window: QWidget, fn: Callable[[], None]) -> None:
    """Call `fn` once the window has been painted, so slow work never delays the first
    frame (and at the latest after one second)."""
    _FirstExpose(window, fn)


def show_first_window(app: QApplication, folder: Path) -> tuple[MainWindow, dict[str, object]]:
    """The window in the saved language and look, before the library is opened; also
    returns those three settings."""
    from .main_window import MainWindow

    first = peek_first_paint_settings(DataLayout(folder).database)
    startup_trace.mark("language and look read")
    set_look(app, str(first["ui_language"]), str(first["theme"]), int(first["font_size"]))
    startup_trace.mark("translations and theme applied")
    window = MainWindow()
    window.show()
    startup_trace.mark("window created")
    return window, first


def run_app(data_dir: str | None, argv: list[str] | None = None, *,
            take_over: bool = False) -> int:
    """Open the main window on the data folder; returns the exit code.

    Order (docs/distribution.md, "Start-up"): the window first; then the learner picker
    from a quick read-only list of profiles; the library itself (SQLAlchemy, integrity
    check, daily backup, migrations, the bundled sample on a first start) opens the first
    time someone signs in, adds a profile or opens the facilitator view. A database that
    is damaged or due for a migration is opened at once instead, as before.
    `take_over`: a lock another computer left is taken over without asking (--take-over).
    """
    startup_trace.mark("Qt imported")
    app = make_application(argv)
    startup_trace.mark("QApplication created")
    folder = resolve_or_ask(data_dir)  # a chosen folder's stick missing: ask, never make one
    lock = InstanceLock(folder)  # held for the app's whole life; the OS frees it on a crash
    try:
        acquire_instance_lock(lock, take_over=take_over)
    except StaleLockError:
        raise  # the user chose to quit: the message is on the command line only
    except BiblioError as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        raise
    window, first = show_first_window(app, folder)
    opened: dict[str, object] = {}
    notice = LockLostNotice(window, lambda: app.exit(1))
    lock.start_heartbeat(notice.lost.emit)  # proves on a network share that we are alive

    def open_workspace() -> Workspace:
        """Check, back up, migrate and open the library (a wait cursor meanwhile). Raises
        LibraryRestored, carrying the opened library, when a backup replaced a damaged
        file: the profile the user clicked came from that file and may not exist."""
        from ...bundle import import_sample_quietly
        from ...workspace import Workspace
        from ..base.state import LibraryRestored

        startup_trace.mark("storage code imported")
        restored = offer_restore(folder, window)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = Workspace.open(folder)
            try:
                import_sample_quietly(workspace)  # first start of a bundle: the sample
            except Exception:  # optional content: never a reason to fail the open
                logging.getLogger(__name__).exception("the sample course was not imported")
        finally:
            QApplication.restoreOverrideCursor()
        startup_trace.mark("library opened")
        if restored:
            raise LibraryRestored(workspace)
        return workspace

    def show_picker() -> None:
        """After the first paint: the learner picker, on the library or its quick list."""
        startup_trace.mark("first window painted")
        probe = os.environ.get("BIBLIO_PROBE")
        if probe == "window":
            from .probe import first_paint_done

            first_paint_done(window)
            return
        from ...data_folder import HEAD_REVISION
        from ...learning.profiles import read_roster
        from ..base.state import AppState, LibraryRestored

        try:
            layout = DataLayout(folder)
            roster = read_roster(layout.database, HEAD_REVISION)
            startup_trace.mark("learner list read" if roster is not None
                               else "learner list needs the library")
            _ui_basics(layout.logs)
            if roster is None:  # damaged, locked, or due for a migration: open it now
                state = AppState(opener=open_workspace)
                # a restore here happened before any profile was shown: nothing is stale
                with contextlib.suppress(LibraryRestored):
                    state.workspace  # noqa: B018  (opens it, or raises)
            else:
                state = AppState(opener=open_workspace, roster=roster, first_settings=first)
            opened["state"] = state
            apply_look(app, state)
            window.attach(state)
        except Exception as exc:  # nothing to show without a library: say why and quit
            if not isinstance(exc, (BiblioError, OSError)):
                logging.getLogger(__name__).exception("the library could not be opened")
            QMessageBox.critical(window, APP_NAME, str(exc))
            opened["failure"] = exc if isinstance(exc, BiblioError) else BiblioError(str(exc))
            window.save_geometry = False
            app.exit(1)
            return
        startup_trace.mark("learner picker shown")
        if probe:
            from .probe import run_probe

            run_probe(window, probe)

    after_first_paint(window, show_picker)
    try:
        code = app.exec()
    finally:
        state = opened.get("state")
        if isinstance(state, QObject):
            state.shutdown()  # type: ignore[attr-defined]
            if state.library_is_open:  # type: ignore[attr-defined]
                state.workspace.close()  # type: ignore[attr-defined]
        lock.release()
    failure = opened.get("failure")
    if isinstance(failure, BiblioError):
        raise failure
    if lock.lost_to is not None:
        raise notice.error()
    return code
