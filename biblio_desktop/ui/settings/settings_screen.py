"""Installation settings, the data folder, backups, and the about text.

Language, font size and theme only change how this computer shows things, so anyone may
change them. Idle sign-out and restoring a backup affect every learner of the PC, so only
a signed-in facilitator can change those, as well as the library's name on certificates and
its home page (which names this computer's learners in the records sent to an LRS).
Settings are stored in the library database (they travel with a portable data folder);
every change is applied at once.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...bundle import build_date
from ...data_folder import list_backups, make_backup
from ...records.issue import ISSUER_NAME_SETTING as ISSUER_SETTING
from ...settings import UI_LANGUAGES
from ...sync.outbox import HOME_PAGE_KEY
from ...sync.statements import HOME_PAGE_MAX, tidy_home_page
from ..base.errors import show_error
from ..base.i18n import LANGUAGE_NAMES
from ..base.icons import icon
from ..base.state import AppState, Navigator
from ..records.sync_panel import SyncPanel

if TYPE_CHECKING:
    from ...data_folder import BackupInfo
from ..base.accessibility import LARGE_TEXT_PT, announce

ISSUER_MAX = 100  # characters of the library name on certificates


class SettingsScreen(QWidget):
    restore_requested = Signal(Path)  # the backup file; the main window restores and reopens

    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.nav = state, nav
        self._loading = False
        headline = QLabel(self.tr("Settings"))
        headline.setProperty("role", "headline")

        # --- display (anyone) ---
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the app"))
        for code in UI_LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 24)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setAccessibleName(self.tr("Text size in points"))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Colour theme"))
        for code, name in (("light", self.tr("Light")), ("dark", self.tr("Dark")),
                           ("high-contrast", self.tr("High contrast"))):
            self.theme.addItem(name, code)
        display = QGroupBox(self.tr("Display (for everyone on this computer)"))
        form = QFormLayout(display)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Text size:"), self.font_size)
        form.addRow(self.tr("&Theme:"), self.theme)

        # --- facilitator settings ---
        self.idle = QSpinBox()
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Sign out after this many idle minutes"))
        self.facilitator_note = QLabel()
        self.facilitator_note.setWordWrap(True)
        self.facilitator_note.setProperty("role", "muted")
        self.issuer = QLineEdit()
        self.issuer.setMaxLength(ISSUER_MAX)
        self.issuer.setPlaceholderText(self.tr("e.g. Riga Central Library"))
        self.issuer.setAccessibleName(self.tr("Name of this library on certificates"))
        self.issuer.setToolTip(self.tr("Shown as the issuer on certificates and signed records "
                                       "made on this computer from now on."))
        self.issuer.editingFinished.connect(self._issuer_edited)
        self.home_page = QLineEdit()
        self.home_page.setMaxLength(HOME_PAGE_MAX)
        self.home_page.setPlaceholderText(self.tr("e.g. https://www.rcb.lv"))
        self.home_page.setAccessibleName(self.tr("Web address of the library's home page"))
        self.home_page.setToolTip(self.tr(
            "Identifies the learners of this computer in the learning records sent to a "
            "learning record store (LRS). Set it before the first records are sent: after a "
            "change, the LRS sees the same learners as new ones. Empty: a built-in address."))
        self.home_page.editingFinished.connect(self._home_page_edited)
        self.home_page_error = QLabel(self.tr(
            "Enter the address of the library's home page, starting with https:// or "
            "http://, without a user name or a # part."))
        self.home_page_error.setWordWrap(True)
        self.home_page_error.setProperty("role", "danger")
        self.home_page_error.hide()
        care = QGroupBox(self.tr("Shared computer"))
        care_form = QFormLayout(care)
        care_form.addRow(self.tr("Sign out after &idle time:"), self.idle)
        care_form.addRow(self.tr("&Library name on certificates:"), self.issuer)
        care_form.addRow(self.tr("Library &website:"), self.home_page)
        care_form.addRow(self.home_page_error)
        care_form.addRow(self.facilitator_note)

        # --- data folder and backups ---
        self.folder = QLineEdit(str(state.workspace.layout.root))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_folder = QPushButton(icon("folder"), self.tr("Open folder"))
        self.open_folder.setAccessibleName(self.tr("Open the data folder"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_folder)
        self.backups = QTableWidget(0, 3)
        self.backups.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Reason"),
                                                self.tr("Size")])
        self.backups.setAccessibleName(self.tr("Backups, newest first"))
        self.backups.verticalHeader().hide()
        self.backups.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backups.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backups.setMinimumHeight(150)
        self.backups.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.backups.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.backup_now = QPushButton(icon("export"), self.tr("Back up now"))
        self.backup_now.setAccessibleName(self.tr("Back up the library now"))
        self.restore = QPushButton(icon("restore"), self.tr("Restore…"))
        self.restore.setAccessibleName(self.tr("Restore the selected backup"))
        backup_buttons = QHBoxLayout()
        backup_buttons.addWidget(self.backup_now)
        backup_buttons.addWidget(self.restore)
        backup_buttons.addStretch(1)
        self.backup_status = QLabel()
        self.backup_status.setProperty("role", "success")
        self.backup_status.setWordWrap(True)
        self.backup_status.hide()
        data = QGroupBox(self.tr("Data folder and backups"))
        data_layout = QVBoxLayout(data)
        data_layout.addWidget(QLabel(self.tr("Courses, progress and backups are kept in:")))
        data_layout.addLayout(folder_row)
        data_layout.addWidget(self.backups)
        data_layout.addLayout(backup_buttons)
        data_layout.addWidget(self.backup_status)

        about = QGroupBox(self.tr("About"))
        about_layout = QVBoxLayout(about)
        self.about = QLabel(self.tr(
            "{app} {version}\nOffline courses for librarians, made for the BIBLIO programme "
            "(Boosting Digital Skills and Competences for Librarians in Europe). Works "
            "without an internet connection; your progress stays on this computer."
        ).format(app=APP_NAME, version=f"{__version__} ({build_date()})"))
        self.about.setWordWrap(True)
        about_layout.addWidget(self.about)

        body = QWidget()
        columns = self.columns = QHBoxLayout(body)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(display)
        left.addWidget(care)
        left.addWidget(about)
        left.addStretch(1)
        self.sync_panel = SyncPanel(state)  # LRS connection (facilitator) and signing key
        right.addWidget(data)
        right.addWidget(self.sync_panel)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(headline)
        layout.addWidget(scroll, 1)
        for first, second in ((self.language, self.font_size), (self.font_size, self.theme),
                              (self.theme, self.idle), (self.idle, self.issuer),
                              (self.issuer, self.home_page),
                              (self.home_page, self.open_folder),
                              (self.open_folder, self.backups), (self.backups, self.backup_now),
                              (self.backup_now, self.restore),
                              (self.restore, self.sync_panel.url)):
            self.setTabOrder(first, second)
        self.restyle()

        self.language.currentIndexChanged.connect(
            lambda _i: self._set("ui_language", self.language.currentData()))
        self.theme.currentIndexChanged.connect(
            lambda _i: self._set("theme", self.theme.currentData()))
        self.font_size.valueChanged.connect(lambda v: self._set("font_size", v))
        self.idle.valueChanged.connect(lambda v: self._set("idle_minutes", v))
        self.open_folder.clicked.connect(self.open_data_folder)
        self.backup_now.clicked.connect(self.make_backup)
        self.restore.clicked.connect(self.restore_selected)
        self.backups.itemSelectionChanged.connect(self._update_access)
        state.signed_in.connect(self._update_access)
        state.signed_out.connect(self._update_access)
        self.load()

    # --- showing ---------------------------------------------------------------------------

    def restyle(self) -> None:
        """One column from the large text sizes on (no sideways scrolling); called again
        after a text-size switch, which keeps what is typed here (nothing is rebuilt)."""
        large = int(self.state.setting("font_size")) >= LARGE_TEXT_PT
        self.columns.setDirection(QHBoxLayout.Direction.TopToBottom if large
                                  else QHBoxLayout.Direction.LeftToRight)

    def on_shown(self) -> None:
        self.load()

    def load(self) -> None:
        """Show the stored values (without writing them back)."""
        self._loading = True
        try:
            self.language.setCurrentIndex(max(0, self.language.findData(
                self.state.setting("ui_language"))))
            self.theme.setCurrentIndex(max(0, self.theme.findData(self.state.setting("theme"))))
            self.font_size.setValue(int(self.state.setting("font_size")))
            self.idle.setValue(int(self.state.setting("idle_minutes")))
            self.issuer.setText(str(self.state.setting(ISSUER_SETTING) or ""))
            self.home_page.setText(str(self.state.setting(HOME_PAGE_KEY) or ""))
            self.home_page_error.hide()
        except Exception as exc:
            show_error(self, exc)
        finally:
            self._loading = False
        self.load_backups()
        self.sync_panel.refresh()
        self._update_access()

    def load_backups(self) -> None:
        try:
            found = list_backups(self.state.workspace.layout)
        except Exception as exc:
            show_error(self, exc)
            found = []
        self.backup_list: list[BackupInfo] = found
        self.backups.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = [QLocale().toString(info.created, QLocale.FormatType.ShortFormat),
                     self.reason_text(info.reason), QLocale().formattedDataSize(info.size)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, str(info.path))
                self.backups.setItem(row, column, cell)
        if not found:
            self.backups.setRowCount(1)
            cell = QTableWidgetItem(self.tr("No backups yet. Press \"Back up now\"."))
            cell.setFlags(Qt.ItemFlag.NoItemFlags)
            self.backups.setItem(0, 0, cell)
            self.backups.setSpan(0, 0, 1, 3)
        else:
            self.backups.clearSpans()

    def reason_text(self, reason: str) -> str:
        known = {"": self.tr("On request"), "daily": self.tr("Daily"),
                 "import": self.tr("Before an import"),
                 "before-import": self.tr("Before an import"),
                 "migration": self.tr("Before an update"),
                 "before-migration": self.tr("Before an update"),
                 "before-restore": self.tr("Before a restore")}
        return known.get(reason, reason)

    def _update_access(self) -> None:
        allowed = self.state.facilitator is not None
        self.idle.setEnabled(allowed)
        self.issuer.setEnabled(allowed)
        self.home_page.setEnabled(allowed)
        self.restore.setEnabled(allowed and self.selected_backup() is not None)
        self.facilitator_note.setText(
            self.tr("You are signed in as the facilitator.") if allowed else
            self.tr("Only the facilitator can change the idle time, the library name and "
                    "website, and restore backups. Sign in as the facilitator from the start "
                    "screen."))

    # --- changing --------------------------------------------------------------------------

    def _set(self, key: str, value: Any) -> None:
        if self._loading or value is None or self.state.setting(key) == value:
            return
        try:
            self.state.set_setting(key, value)
        except Exception as exc:
            show_error(self, exc)
            self.load()

    def _issuer_edited(self) -> None:
        """Spaces tidied; empty means the default name ("BIBLIO Desktop installation")."""
        name = " ".join(self.issuer.text().split())
        if any(unicodedata.category(ch) in ("Cc", "Cf") for ch in name):
            name = "".join(ch for ch in name if unicodedata.category(ch) not in ("Cc", "Cf"))
        self.issuer.setText(name)
        if self.state.facilitator is not None:
            self._set(ISSUER_SETTING, name)

    def _home_page_edited(self) -> None:
        """Checked and tidied (https:// added when no scheme was typed); empty means the
        built-in address. An invalid address is kept in the field, with the reason below it,
        and not stored."""
        try:
            page = tidy_home_page(self.home_page.text())
        except ValueError:
            self.home_page_error.setVisible(self.state.facilitator is not None)
            return
        self.home_page_error.hide()
        self.home_page.setText(page)
        if self.state.facilitator is not None:
            self._set(HOME_PAGE_KEY, page)

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.workspace.layout.root)))

    def make_backup(self) -> None:
        layout = self.state.workspace.layout
        self.backup_now.setEnabled(False)
        self.state.tasks.run(self, self.tr("Back up"), self.tr("Backing up the library…"),
                             lambda _progress, _cancel: make_backup(layout),
                             self._backed_up, self._backup_failed)

    def _backed_up(self, path: Path) -> None:
        self.backup_now.setEnabled(True)
        self.backup_status.setText(self.tr("Backed up to {path}").format(path=path))
        self.backup_status.show()
        announce(self.backup_status, self.backup_status.text())
        self.load_backups()

    def _backup_failed(self, exc: BaseException) -> None:
        self.backup_now.setEnabled(True)
        show_error(self, exc)

    def selected_backup(self) -> Path | None:
        rows = self.backups.selectionModel().selectedRows() if self.backups.selectionModel() \
            else []
        if not rows:
            return None
        value = self.backups.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return Path(value) if value else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or self.state.facilitator is None:
            return
        if self.confirm_restore(backup):
            self.restore_requested.emit(backup)

    def confirm_restore(self, backup: Path) -> bool:
        """Restoring replaces everyone's progress with the backup's; say so plainly."""
        info = next((b for b in self.backup_list if b.path == backup), None)
        when = QLocale().toString(info.created, QLocale.FormatType.LongFormat) if info else \
            backup.name
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore backup"),
                          self.tr("Restore the library as it was on {when}?").format(when=when),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Progress saved after that moment will be replaced by the backup's. A copy of "
            "the current library is kept first. The app closes and reopens its library; "
            "everyone is signed out."))
        restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAccessibleName(box.windowTitle())
        box.exec()
        return box.clickedButton() is restore
