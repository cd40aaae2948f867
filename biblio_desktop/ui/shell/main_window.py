"""The main window: a toolbar, a stack of screens, idle sign-out and window state.

Screens are created on first use and get the shared `AppState` and this window as their
`Navigator`. When the UI language changes, the screens are rebuilt so every string is
translated again.

Start-up is in two steps so the window appears at once: `MainWindow()` is a frame with an
"Opening the library" page (no database, no icons), shown before the library is opened;
`attach(state)` then builds the toolbar and the learner picker.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, clock
from ..base.accessibility import (
    announce,
    first_tab_stop,
    install_keyboard_access,
    show_label_text,
)
from ..base.errors import show_error
from ..base.icons import icon, refresh_icon_pixmaps

if TYPE_CHECKING:
    from ..base.state import AppState

# screen name -> (module, class); modules are imported when the screen is first shown
SCREENS = {
    "picker": ("..learner.learner_picker", "LearnerPicker"),
    "library": ("..learner.library_screen", "LibraryScreen"),
    "course": ("..course.course_view", "CourseView"),
    "progress": ("..progress.progress_screen", "ProgressScreen"),
    "facilitator": ("..facilitator.facilitator_screen", "FacilitatorScreen"),
    "settings": ("..settings.settings_screen", "SettingsScreen"),
    "catalog": ("..courses.catalog_screen", "CatalogScreen"),
}
USER_INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
              QEvent.Type.Wheel, QEvent.Type.TouchBegin}
IDLE_CHECK_MAX_MS = 60_000  # look again at least once a minute
IDLE_WARNING_S = 60.0  # the warning comes this long before the sign-out (WCAG 2.2.1)
IDLE_WARNING_TICK_S = 5.0  # how often the warning's countdown is updated


class IdleWatcher(QObject):
    """Signs the learner out after the configured minutes without keyboard or mouse.

    Idle time is elapsed time since the last input on the app's monotonic clock
    (clock.py), checked when the timer fires: someone correcting the PC's date while a
    learner works signs nobody out at once, and a date set back never keeps a profile
    open for ever. Input only notes the time, so a moving mouse restarts no timer.
    """

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.limit_seconds = 0.0
        self.last_input = clock.monotonic()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)

    def restart(self) -> None:
        self.limit_seconds = int(self.window.state.setting("idle_minutes")) * 60.0
        self.last_input = clock.monotonic()
        self.window.idle_warning.hide()
        self._wake_in(self.limit_seconds - self.warning_seconds())

    def stop(self) -> None:
        self.timer.stop()
        self.window.idle_warning.hide()

    def idle_seconds(self) -> float:
        return clock.monotonic() - self.last_input

    def warning_seconds(self) -> float:
        """60 s, or half the limit when the limit is very short (1 minute)."""
        return min(IDLE_WARNING_S, self.limit_seconds / 2)

    def check(self) -> None:
        """Sign out if the idle time has passed; warn in its last minute; else look again
        when the warning is due."""
        remaining = self.limit_seconds - self.idle_seconds()
        if remaining <= 0:
            self.window.idle_warning.hide()
            self.window.idle_sign_out()
        elif remaining <= self.warning_seconds():
            self.window.idle_warning.warn(remaining)
            self._wake_in(min(remaining, IDLE_WARNING_TICK_S))
        else:
            self.window.idle_warning.hide()
            self._wake_in(remaining - self.warning_seconds())

    def stay(self) -> None:
        """"Stay signed in": the full idle time starts again."""
        self.last_input = clock.monotonic()
        self.window.idle_warning.hide()
        self._wake_in(self.limit_seconds - self.warning_seconds())

    def _wake_in(self, seconds: float) -> None:
        self.timer.start(max(1, min(IDLE_CHECK_MAX_MS, int(seconds * 1000) + 1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in USER_INPUT and self.timer.isActive():
            self.last_input = clock.monotonic()
            if self.window.idle_warning.isVisible() and event.type() != QEvent.Type.MouseMove:
                QTimer.singleShot(0, self.check)  # a key or click: the warning goes
        return False


class IdleWarning(QFrame):
    """The bar that warns before an idle sign-out, with "Stay signed in" (WCAG 2.2.1)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "warning")
        self.setAccessibleName(self.tr("Sign-out warning"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.stay_button = QPushButton(self.tr("Stay signed in"))
        self.stay_button.setProperty("role", "primary")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.text, 1)
        row.addWidget(self.stay_button)
        self._focus_before: QWidget | None = None
        self.hide()

    def warn(self, remaining: float) -> None:
        seconds = max(1, round(remaining))
        self.text.setText(self.tr(
            "Nothing has happened for a while: you will be signed out in %n seconds. "
            "Your work is saved.", "", seconds))
        if self.isVisible():
            return
        self._focus_before = QApplication.focusWidget()
        self.show()
        self.stay_button.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.text, self.text.text(), assertive=True)

    def hide(self) -> None:
        had_focus = self.isVisible() and self.stay_button.hasFocus()
        super().hide()
        before, self._focus_before = self._focus_before, None
        if had_focus and before is not None and shiboken6.isValid(before) \
                and before.isVisible():
            before.setFocus(Qt.FocusReason.OtherFocusReason)


class OpeningPage(QWidget):
    """What the window shows while the library is opened (checked, backed up, migrated)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(APP_NAME)
        title.setProperty("role", "headline")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel(self.tr("Opening the library…"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        busy = QProgressBar()
        busy.setRange(0, 0)  # busy indicator: opening has no measurable steps
        busy.setTextVisible(False)
        busy.setMaximumWidth(320)
        busy.setAccessibleName(self.tr("Opening the library"))
        layout.addWidget(title)
        layout.addWidget(self.message)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)


class MainWindow(QMainWindow):
    def __init__(self, state: AppState | None = None) -> None:
        """The window frame; with a state it is complete, without one it shows the
        opening page until `attach` is called (see the module docstring)."""
        super().__init__()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_keyboard_access(app)  # made by make_application too; once per app
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(900, 600)
        self.stack = QStackedWidget(self)
        self.idle_warning = IdleWarning(self)
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.idle_warning)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.screens: dict[str, QWidget] = {}
        self.current = ""
        self.save_geometry = True  # off for benchmarks and screenshots
        self.attached = False
        self.opening: OpeningPage | None = OpeningPage(self)
        self.stack.addWidget(self.opening)
        self._restore_geometry()
        if state is not None:
            self.attach(state)

    def attach(self, state: AppState) -> None:
        """Build the toolbar and screens on the opened library and show the picker."""
        self.state = state
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)
        self.idle = IdleWatcher(self)
        self.idle_warning.stay_button.clicked.connect(self.idle.stay)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.idle)
        self._build_actions()
        state.signed_in.connect(self._update_actions)
        state.signed_out.connect(self._update_actions)
        state.settings_changed.connect(self._setting_changed)
        state.error.connect(lambda exc: show_error(self, exc))
        state.library_opened.connect(lambda: QTimer.singleShot(0, self._library_opened))
        self.attached = True
        if state.library_is_open:  # else when it opens: the first paint needs no SQLAlchemy
            self._start_delivery()
        else:
            state.library_opened.connect(self._start_delivery)
        self._update_actions()
        self.show_picker()
        if self.opening is not None:
            self.stack.removeWidget(self.opening)
            self.opening.deleteLater()
            self.opening = None

    def _start_delivery(self) -> None:
        """A PC that joined a workshop sends its records there every 30 s and after
        progress (ui/base/delivery.py); it does nothing on a PC that did not join."""
        from ..base.delivery import AutoDelivery

        AutoDelivery.of(self.state).start()

    # --- actions and toolbar -------------------------------------------------------------

    def _action(self, name: str, text: str, slot: Any, shortcut: str | None = None) -> QAction:
        action = QAction(icon(name), text, self)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.toolbar.clear()
        self.library_action = self._action("library", self.tr("Library"), self.show_library,
                                           "Ctrl+1")
        self.progress_action = self._action("progress", self.tr("My progress"),
                                            lambda: self.show_progress(), "Ctrl+2")
        self.facilitator_action = self._action("facilitator", self.tr("Facilitator"),
                                               self.show_facilitator, "Ctrl+3")
        self.catalog_action = self._action("download", self.tr("Get courses"),
                                           lambda: self.show_catalog(), "Ctrl+4")
        self.settings_action = self._action("settings", self.tr("Settings"), self.show_settings,
                                            "Ctrl+,")
        for action in (self.library_action, self.progress_action, self.facilitator_action,
                       self.catalog_action, self.settings_action):
            self.toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.who = QLabel()
        show_label_text(self.who, self.tr("Signed in as"))
        self.toolbar.addWidget(self.who)
        self.switch_action = self._action("switch", self.tr("Switch learner"), self.switch_learner,
                                          "Ctrl+Shift+L")
        self.toolbar.addAction(self.switch_action)
        more = self.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if more is not None:  # shown when large text pushes actions out of the bar
            more.setAccessibleName(self.tr("More actions"))
            more.setToolTip(self.tr("More actions"))
        quit_action = QAction(self.tr("Quit"), self)
        quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        quit_action.triggered.connect(self.close)
        self.addAction(quit_action)

    def _update_actions(self) -> None:
        learner = self.state.learner is not None
        facilitator = self.state.facilitator is not None
        self.toolbar.setVisible(learner or facilitator)
        self.library_action.setVisible(learner)
        self.progress_action.setVisible(learner)
        self.facilitator_action.setVisible(facilitator)
        self.who.setText(self.state.signed_in_name)
        if learner or facilitator:
            self.idle.restart()
        else:
            self.idle.stop()

    # --- navigation (the Navigator protocol) ---------------------------------------------

    def _screen(self, name: str) -> Any:
        if name not in self.screens:
            module_name, class_name = SCREENS[name]
            module = importlib.import_module(module_name, __package__)
            screen = getattr(module, class_name)(self.state, self)
            if hasattr(screen, "restore_requested"):
                screen.restore_requested.connect(self.restore_backup)
            self.screens[name] = screen
            self.stack.addWidget(screen)
        return self.screens[name]

    def _show(self, name: str) -> Any:
        previous = self.screens.get(self.current)
        if previous is not None and name != self.current and hasattr(previous, "save_now"):
            previous.save_now()
        screen = self._screen(name)
        self.stack.setCurrentWidget(screen)
        self.current = name
        if hasattr(screen, "on_shown"):
            screen.on_shown()
        self.place_focus(screen)
        return screen

    def place_focus(self, screen: QWidget) -> None:
        """Focus lands on the screen's own choice (`focus_target`), else on its first
        control, never nowhere (WCAG 2.4.3); program focus shows the focus ring too."""
        target = screen.focus_target() if hasattr(screen, "focus_target") else None
        if target is None or not target.isVisibleTo(screen):
            focused = QApplication.focusWidget()
            if focused is not None and screen.isAncestorOf(focused) and focused.isVisible():
                return
            target = first_tab_stop(screen)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_picker(self) -> None:
        self._show("picker")

    def show_library(self) -> None:
        if self.state.learner is None:
            self.show_picker()
            return
        self._show("library")

    def open_course(self, course_id: str, item_id: str | None = None) -> None:
        if self.state.learner is None:
            self.show_picker()
            return
        screen = self._show("course")
        screen.open(course_id, item_id)
        self.place_focus(screen)

    def show_progress(self, course_id: str | None = None) -> None:
        if self.state.learner is None:
            self.show_picker()
            return
        screen = self._show("progress")
        if course_id and hasattr(screen, "set_course"):
            screen.set_course(course_id)

    def show_facilitator(self) -> None:
        if self.state.facilitator is None:
            self.show_picker()
            return
        self._show("facilitator")

    def show_settings(self) -> None:
        self._show("settings")

    def show_catalog(self, updates_only: bool = False) -> None:
        """Courses offered by the configured catalogs (needs a connection to refresh)."""
        screen = self._show("catalog")
        if updates_only:
            screen.show_updates_only()

    # --- signing out ---------------------------------------------------------------------

    def _save_current(self) -> None:
        screen = self.screens.get(self.current)
        if screen is not None and hasattr(screen, "save_now"):
            screen.save_now()

    def switch_learner(self) -> None:
        self._save_current()
        self.state.sign_out()
        self.show_picker()

    def idle_sign_out(self) -> None:
        """Called after the idle time: save the current work, then back to the picker."""
        if self.state.learner is None and self.state.facilitator is None:
            return
        self.switch_learner()
        notice = self.tr("You were signed out after a period without activity; your work was "
                         "saved.")
        self.statusBar().showMessage(notice, 15_000)
        announce(self.stack.currentWidget(), notice)

    # --- settings, language, window state ------------------------------------------------

    def _setting_changed(self, key: str) -> None:
        app = QApplication.instance()
        if key in ("theme", "font_size", "ui_language") and isinstance(app, QApplication):
            from ..base.theme import apply_look

            if apply_look(app, self.state) and key == "ui_language":
                self.retranslate()  # every string in the new language
            else:
                self.restyle()  # theme or text size: the screens keep what they show
        elif key == "idle_minutes" and self.idle.timer.isActive():
            self.idle.restart()

    def _library_opened(self) -> None:
        """The library opened after the picker showed its quick list: normally nothing
        changes; after a restored backup the language, look and profiles may."""
        from ..base.theme import apply_look

        app = QApplication.instance()
        if isinstance(app, QApplication) and apply_look(app, self.state):
            self.retranslate()
        elif self.current == "picker":
            self.screens["picker"].refresh()

    def restore_backup(self, backup: Path) -> None:
        """Replace the library database with a backup: everyone is signed out, the
        database closed, restored (this app keeps holding its instance lock) and reopened."""
        from ...data_folder import restore_with_details
        from ...workspace import Workspace

        self._save_current()
        self.state.sign_out()
        layout = self.state.workspace.layout
        self.state.workspace.close()
        try:
            result = restore_with_details(layout, backup)
        except Exception as exc:
            show_error(self, exc)
            result = None
        self.state.workspace = Workspace.open(layout.root)
        self.retranslate()  # every screen rebuilt on the reopened library
        self.show_picker()
        if result is not None:
            kept = result.previous_copy.name if result.previous_copy else "-"
            QMessageBox.information(self, self.tr("Backup restored"), self.tr(
                "The library was restored from {name}. The previous library was kept as "
                "{kept}.").format(name=backup.name, kept=kept))

    def restyle(self) -> None:
        """After a theme or text-size switch (already applied to the application): the
        screens are kept, so nothing typed, chosen or scrolled is lost; icons paint in
        the new colours by themselves (ui/base/icons.py), and screens whose layout depends
        on the text size (`restyle`) lay out again. The focus stays where it is."""
        focused = QApplication.focusWidget()
        refresh_icon_pixmaps(self)
        for screen in self.screens.values():
            if hasattr(screen, "restyle"):
                screen.restyle()
        if focused is not None and QApplication.focusWidget() is not focused \
                and focused.isVisible():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Rebuild the toolbar and every screen so all text follows the new language (and
        theme and text size); the keyboard focus returns to the same control."""
        current = self.current
        focused = QApplication.focusWidget()
        where = (type(focused), focused.accessibleName()) if focused is not None else None
        for screen in self.screens.values():
            self.stack.removeWidget(screen)
            screen.deleteLater()
        self.screens.clear()
        self.current = ""
        self._build_actions()
        self._update_actions()
        screen = self._show(current or "picker")
        if where is not None and where[1]:
            same = next((w for w in screen.findChildren(where[0])
                         if w.accessibleName() == where[1] and w.isVisibleTo(screen)), None)
            if same is not None:
                same.setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 780)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.attached:
            self._save_current()
            self.state.writer.flush()
        if self.save_geometry:
            QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
