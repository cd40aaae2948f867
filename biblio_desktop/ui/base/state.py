"""What every screen shares: the workspace, who is signed in, workers, change signals.

Screens get an `AppState` and a `Navigator` in their constructor (no global main window).
Mutations announce what changed (`progress_changed(course_id)`, `courses_changed`, ...)
and each screen decides whether to redraw.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, Self

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ...errors import BiblioError
from ...learning.profiles import Learner
from .worker import Done, Failed, SerialWriter, TaskRunner

if TYPE_CHECKING:
    from ...learning.tracker import LearnerProgress
    from ...packages.manifest import Manifest
    from ...workspace import Workspace


class Navigator(Protocol):
    """Where screens can send the user (implemented by MainWindow)."""

    def show_picker(self) -> None: ...
    def show_library(self) -> None: ...
    def open_course(self, course_id: str, item_id: str | None = None) -> None: ...
    def show_progress(self, course_id: str | None = None) -> None: ...
    def show_facilitator(self) -> None: ...
    def show_settings(self) -> None: ...
    def show_catalog(self, updates_only: bool = False) -> None: ...


class LibraryRestored(BiblioError):
    """Opening the library replaced a damaged file with a backup. The library is open
    (`workspace`), but the action that opened it came from the damaged file's list of
    profiles, so it stops here and the picker lists the profiles again."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__("The library was restored from a backup.",
                         "choose your profile again")
        self.workspace = workspace


class AppState(QObject):
    """Shared by every screen. The library (`workspace`) may be opened late: at start the
    app shows the learner picker from a quick read-only list (`roster`) and the language
    and look read before the window (`first_settings`), and opens the library, with
    SQLAlchemy, its checks and backup, the first time something needs it (`opener`)."""

    signed_in = Signal()
    signed_out = Signal()
    progress_changed = Signal(str)  # course id
    courses_changed = Signal()
    settings_changed = Signal(str)  # setting key
    error = Signal(object)  # an exception from a background write, for the main window
    library_opened = Signal()

    def __init__(self, workspace: Workspace | None = None, *,
                 opener: Callable[[], Workspace] | None = None,
                 roster: list[Learner] | None = None,
                 first_settings: dict[str, Any] | None = None) -> None:
        super().__init__()
        if workspace is None and opener is None:
            raise ValueError("AppState needs a workspace or a way to open one")
        self._workspace = workspace
        self._opener = opener
        self._roster = roster
        self._first_settings = dict(first_settings or {})
        self.writer = SerialWriter(on_error=self.error.emit)
        self.tasks = TaskRunner()
        self.learner: Learner | None = None
        self.progress: LearnerProgress | None = None
        self.facilitator: Learner | None = None

    # --- the library -----------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        """The opened library; opens it on first use (raises BiblioError when it cannot,
        e.g. a full disk: callers show that like any other failed action)."""
        if self._workspace is None:
            assert self._opener is not None
            try:
                self._workspace = self._opener()
            except LibraryRestored as restored:
                self._workspace, self._roster = restored.workspace, None
                self.library_opened.emit()
                raise
            self._roster = None
            self.library_opened.emit()
        return self._workspace

    @workspace.setter
    def workspace(self, workspace: Workspace) -> None:
        self._workspace = workspace

    @property
    def library_is_open(self) -> bool:
        return self._workspace is not None

    def list_learners(self) -> list[Learner]:
        """The picker's profiles: from the quick read while the library is not open yet."""
        if self._workspace is None and self._roster is not None:
            return list(self._roster)
        return self.workspace.learners.list_learners()

    # --- who is signed in ------------------------------------------------------------------

    def sign_in_learner(self, learner_id: int, secret: str | None) -> Learner:
        """Check the PIN (raises BiblioError/SignInThrottled with a plain message)."""
        learner, progress = self.workspace.sign_in(learner_id, secret)
        self.facilitator = None
        self.learner, self.progress = learner, progress
        self.signed_in.emit()
        return learner

    def sign_in_facilitator(self, password: str) -> Learner:
        facilitator = self.workspace.learners.authenticate_facilitator(password)
        self.learner = self.progress = None
        self.facilitator = facilitator
        self.signed_in.emit()
        return facilitator

    def sign_out(self) -> None:
        """Sign out after every queued write is on disk."""
        self.writer.flush()
        self.learner = self.progress = self.facilitator = None
        self.signed_out.emit()

    @property
    def signed_in_name(self) -> str:
        who = self.learner or self.facilitator
        return who.name if who else ""

    # --- language and settings -------------------------------------------------------------

    @property
    def language(self) -> str:
        """The UI language: the learner's own choice, else the installation's."""
        if self.learner and self.learner.ui_language:
            return self.learner.ui_language
        return str(self.setting("ui_language"))

    def course_language(self, manifest: Manifest) -> str:
        """Course text follows the UI language when the package has it, else its default."""
        from ...learning.summary import pick_language

        return pick_language(manifest, self.language)

    def setting(self, key: str) -> Any:
        if self._workspace is None and key in self._first_settings:
            return self._first_settings[key]
        return self.workspace.settings.get(key)

    def set_setting(self, key: str, value: Any) -> None:
        self.workspace.settings.set(key, value)
        self.settings_changed.emit(key)

    # --- background work -------------------------------------------------------------------

    def write(self, fn: Callable[[], Any], done: Done | None = None,
              failed: Failed | None = None) -> None:
        """Run a database write on the serial writer; `done` runs on the GUI thread after
        the commit."""
        self.writer.submit(fn, done or (lambda _v: None), failed)

    def shutdown(self) -> None:
        import sys

        # only if downloads were used
        panel = sys.modules.get("biblio_desktop.ui.courses.download_panel")
        if panel is not None:
            service = self.findChild(panel.DownloadService)
            if service is not None:
                service.shutdown()
        self.writer.shutdown()
        self.tasks.shutdown()


class StateService(QObject):
    """An app-wide helper (timers, workers, what is running) that lives as a child of the
    AppState, one of each kind: every screen gets the same one with `Kind.of(state)`, so
    closing a screen neither stops nor duplicates the work."""

    @classmethod
    def of(cls, state: AppState) -> Self:
        found = state.findChild(cls)
        return found if isinstance(found, cls) else cls(state)

    @staticmethod
    def stop_on_quit(stop: Callable[[], object]) -> None:
        """Call `stop` when the application quits (before its threads are torn down)."""
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(stop)
