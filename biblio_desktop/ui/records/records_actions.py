"""Records leaving this computer: a learner's certificate and the signed record behind it,
the facilitator's "Sync now" and USB export, and this computer's public key for whoever
checks the records.

"Get certificate" is one flow: explain what the learner gets → issue the record (a database
write, so on the serial writer) → ask where to save → write the record JSON and the PDF in a
worker (progress, Cancel) → a summary that names both files and the command anyone can use
to check the record. Issuing is idempotent (the same completion gives the same record), so a
learner can save the certificate again later, on another stick, without a new record number.

The facilitator's `SyncBar` runs `sync` / `export_pending` in a worker and shows their
outcome in words (sync_panel.py has the shared texts).
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...clock import ClockLooksWrong
from ...errors import BiblioError, Cancelled
from ...progress import CancelToken, ProgressFn
from ...records import IssuedRecord, issue_record, write_record_file
from ...sync import LrsError, RetryPolicy, SyncResult, export_pending, load_config, sync
from ..base.accessibility import LARGE_TEXT_PT
from ..base.clock_notice import clock_problem_box, restated_text
from ..base.errors import show_error
from ..base.files import default_folder
from ..base.formats import format_date
from ..base.icons import icon, set_icon_pixmap
from ..base.state import AppState, Navigator
from ..base.theme import set_role
from .sync_panel import SyncStatusLabel, failure_text, result_text

CERTIFICATE_LANGUAGES = ("en", "lv")


# Every widget here keeps the CancelToken that `tasks.run` returns (`self.task_token`): the
# progress dialog's Cancel is connected to the token's bound method, which PySide holds weakly.
# If the worker thread dropped the last reference, the token would die there and PySide would
# disconnect from that thread, which can deadlock with the GUI thread closing the dialog.


def certificate_language(language: str | None) -> str:
    """The certificate's labels exist in English and Latvian; other languages get English."""
    return language if language in CERTIFICATE_LANGUAGES else "en"


def _slug(text: str) -> str:
    """A file-name-safe ASCII piece: "Līga Bērziņa" → "Liga-Berzina" (FAT sticks, e-mail)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-") or "learner"


def certificate_stem(course_id: str, learner_name: str) -> str:
    """`BIBLIO-certificate-<course>-<learner>`; the course is the last part of its id."""
    return f"BIBLIO-certificate-{_slug(course_id.rsplit('.', 1)[-1])}-{_slug(learner_name)}"


@dataclass(frozen=True)
class SavedCertificate:
    pdf: Path
    record: Path
    record_id: str
    newly_issued: bool
    issued_at: datetime
    preview: QImage | None
    completion_restated_from: datetime | None = None  # see IssuedRecord


def write_certificate_files(record: IssuedRecord, pdf: Path, json_path: Path, language: str,
                            progress: ProgressFn, cancel: CancelToken) -> SavedCertificate:
    """Worker: the record JSON, then the PDF, then a small preview for the summary.

    Cancelling before the PDF removes a record file this run created (a file that was there
    before, e.g. from an earlier save, is left alone)."""
    from .certificate import certificate_image, write_certificate_pdf

    progress(0, 3)
    cancel.raise_if_cancelled()
    existed = json_path.exists()
    write_record_file(record, json_path)
    progress(1, 3)
    try:
        cancel.raise_if_cancelled()
        write_certificate_pdf(record.credential_json, pdf, language)
    except BaseException:
        if not existed:
            with contextlib.suppress(OSError):
                json_path.unlink()
        raise
    progress(2, 3)
    try:
        preview: QImage | None = certificate_image(record.credential_json, language, dpi=72)
    except Exception:  # the files are saved; a missing preview is no reason to fail
        preview = None
    progress(3, 3)
    return SavedCertificate(pdf, json_path, record.record_id, record.newly_issued,
                            record.issued_at, preview, record.completion_restated_from)


class CertificateFlow(QObject):
    """One "Get certificate" for the signed-in learner and one course."""

    finished = Signal(object)  # SavedCertificate, or None when cancelled or failed

    def __init__(self, state: AppState, course_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.state, self.course_id, self.parent_widget = state, course_id, parent
        self.intro: QMessageBox | None = None
        self.summary: CertificateSummary | None = None
        self.record: IssuedRecord | None = None
        self.clock_box: QMessageBox | None = None

    def start(self) -> QMessageBox:
        """Say what the learner gets, then save on "Save certificate…"."""
        box = QMessageBox(self.parent_widget)
        box.setWindowTitle(self.tr("Certificate"))
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(self.tr("Well done: you completed this course."))
        box.setInformativeText(self.tr(
            "You get two files to keep: a signed digital record of your completion (a .json "
            "file that anyone can check) and a PDF certificate you can print or save on a "
            "USB stick."))
        save = box.addButton(self.tr("Save certificate…"), QMessageBox.ButtonRole.AcceptRole)
        save.setAccessibleName(self.tr("Save the certificate and the record"))
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.setAccessibleName(box.windowTitle())
        box.buttonClicked.connect(lambda button: self.issue() if button is save else
                                  self.finished.emit(None))
        self.intro = box
        box.open()
        return box

    def issue(self, clock_is_right: bool = False) -> None:
        learner = self.state.learner
        if learner is None:
            self.finished.emit(None)
            return
        ws, course_id, language = self.state.workspace, self.course_id, self.state.language
        self.state.write(lambda: issue_record(ws, learner.id, course_id, language=language,
                                              clock_is_right=clock_is_right),
                         self._issued, self._failed)

    def _issued(self, record: IssuedRecord) -> None:
        self.record = record
        learner_name = self.state.learner.name if self.state.learner else ""
        suggested = default_folder() / (certificate_stem(self.course_id, learner_name) + ".pdf")
        chosen, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save certificate (the record .json is saved beside it)"),
            str(suggested), self.tr("PDF certificate (*.pdf)"))
        if not chosen:
            self.finished.emit(None)
            return
        pdf = Path(chosen)
        if pdf.suffix.lower() != ".pdf":
            pdf = pdf.with_name(pdf.name + ".pdf")
        self.save(record, pdf)

    def save(self, record: IssuedRecord, pdf: Path) -> None:
        json_path = pdf.with_suffix(".json")
        language = certificate_language(self.state.language)
        self.task_token = self.state.tasks.run(
            self.parent_widget, self.tr("Save certificate"),
            self.tr("Writing your record and certificate…"),
            lambda progress, cancel: write_certificate_files(record, pdf, json_path, language,
                                                             progress, cancel),
            self._saved, self._failed)

    def _saved(self, saved: SavedCertificate) -> None:
        self.summary = CertificateSummary(saved, self.parent_widget)
        self.summary.open()
        self.finished.emit(saved)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ClockLooksWrong):
            self._clock_refused(exc)
            return
        if not isinstance(exc, Cancelled):
            show_error(self.parent_widget, exc)
        self.finished.emit(None)

    def _clock_refused(self, exc: ClockLooksWrong) -> None:
        """Explain the clock problem; if only the learner's earlier dates disagree with it,
        "The clock is right" issues the certificate with today's date."""
        box, right = clock_problem_box(self.parent_widget, exc)
        box.buttonClicked.connect(lambda button: self.issue(clock_is_right=True)
                                  if right is not None and button is right
                                  else self.finished.emit(None))
        self.clock_box = box
        box.open()


class CertificateSummary(QDialog):
    """What was saved where, the command to check it, and a way to the folder."""

    def __init__(self, saved: SavedCertificate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.saved = saved
        self.setWindowTitle(self.tr("Certificate saved"))
        self.setAccessibleName(self.windowTitle())
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        preview = QLabel()
        preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if saved.preview is not None and not saved.preview.isNull():
            pixmap = QPixmap.fromImage(saved.preview).scaledToHeight(
                240 if large else 340, Qt.TransformationMode.SmoothTransformation)
            preview.setPixmap(pixmap)
            preview.setAccessibleName(self.tr("Preview of the certificate"))
        card = QFrame()
        card.setProperty("role", "card")
        card_layout = QVBoxLayout(card)
        card_layout.addWidget(preview)

        title = QLabel(self.tr("Your certificate is saved"))
        title.setProperty("role", "title")
        self.files_label = QLabel(self.tr("Saved: {pdf} and {record}.").format(
            pdf=saved.pdf.name, record=saved.record.name))
        self.files_label.setWordWrap(True)
        where = QLabel(self.tr("In the folder {folder}").format(folder=saved.pdf.parent))
        where.setWordWrap(True)
        where.setProperty("role", "muted")
        check = QLabel(self.tr("Anyone can check the record with:"))
        for label in (title, check):
            label.setWordWrap(True)
        self.command = QLabel(self.verify_command())
        self.command.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.command.setWordWrap(True)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                             | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.command.setAccessibleName(self.tr("Command to check the record"))
        self.note = note = QLabel(self.tr(
            "The signature shows the record is unaltered and was issued on this computer.")
            if saved.newly_issued else self.tr(
            "This is the same record as the one issued on {date}: saving it again keeps its "
            "number.").format(date=format_date(saved.issued_at)))
        if saved.newly_issued and saved.completion_restated_from is not None:
            note.setText(restated_text(saved.completion_restated_from))
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        for label in (where, self.files_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.open_button = QPushButton(icon("folder"), self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the folder with the certificate"))
        self.open_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)

        text = QVBoxLayout()
        text.setSpacing(10)
        for widget in (title, self.files_label, where, check, self.command, note):
            text.addWidget(widget)
        text.addStretch(1)
        text.addWidget(buttons)
        layout = QHBoxLayout(self)
        layout.setSpacing(20)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text, 1)
        self.setMinimumWidth(1180 if large else 760)  # the texts wrap beside the preview

    def showEvent(self, event: Any) -> None:
        """As tall as the wrapped texts need at the width shown (they were cut off)."""
        super().showEvent(event)
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def verify_command(self) -> str:
        name = self.saved.record.name
        return f'biblio-desktop verify "{name}"' if " " in name else \
            f"biblio-desktop verify {name}"

    def message(self) -> str:
        """The summary as one sentence (screen readers, tests)."""
        return self.tr("Saved: {pdf} and {record}. Anyone can check the record with: "
                       "{command}").format(pdf=self.saved.pdf.name,
                                           record=self.saved.record.name,
                                           command=self.verify_command())

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved.pdf.parent)))


# --- the facilitator: sending records onward ----------------------------------------------

class SyncBar(QWidget):
    """The facilitator's line: status, "Sync now", "Export new records to USB…"."""

    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.nav = state, nav
        self.retry: RetryPolicy | None = None  # the core's default; tests shorten it
        self.line = SyncStatusLabel(state)
        self.line.setProperty("role", "")
        self.sync_button = QPushButton(icon("sync"), self.tr("Sync now"))
        self.sync_button.setAccessibleName(self.tr("Send waiting records to the Learning "
                                                   "Record Store now"))
        self.usb_button = QPushButton(icon("export"), self.tr("Export new records to USB…"))
        self.usb_button.setAccessibleName(self.tr("Export the waiting records to a folder or "
                                                  "USB stick"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        sync_icon = QLabel()
        set_icon_pixmap(sync_icon, "sync", 20)
        row.addWidget(sync_icon)
        row.addWidget(self.line, 1)
        row.addWidget(self.sync_button)
        row.addWidget(self.usb_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setTabOrder(self.sync_button, self.usb_button)
        self.sync_button.clicked.connect(self.sync_now)
        self.usb_button.clicked.connect(self.choose_usb_folder)

    def refresh(self) -> None:
        self.line.refresh()

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        set_role(self.message, "success" if ok else "danger")
        self.message.show()

    # --- over the network --------------------------------------------------------------------

    def sync_now(self) -> None:
        ws = self.state.workspace
        try:
            config = load_config(ws)
        except BiblioError:
            self.say(self.tr("No Learning Record Store is set up yet. Enter its address, user "
                             "name and password in Settings, under \"Sending records\"."),
                     ok=False)
            self.nav.show_settings()
            return
        retry = self.retry
        self.sync_button.setEnabled(False)
        self.task_token = self.state.tasks.run(
            self, self.tr("Sync"), self.tr("Sending records to the Learning Record Store…"),
            lambda progress, cancel: sync(ws, config, progress=progress, cancel=cancel,
                                          retry=retry), self._synced, self._sync_failed)

    def _synced(self, result: SyncResult) -> None:
        self.sync_button.setEnabled(True)
        self.say(*result_text(result))
        self.refresh()

    def _sync_failed(self, exc: BaseException) -> None:
        self.sync_button.setEnabled(True)
        self.refresh()
        if isinstance(exc, Cancelled):
            self.say(self.tr("Sync cancelled. What was sent stays sent; the rest stays "
                             "queued."), ok=False)
        elif isinstance(exc, LrsError):
            self.say(failure_text(exc), ok=False)
        else:
            show_error(self, exc)

    # --- on a USB stick ----------------------------------------------------------------------

    def choose_usb_folder(self) -> None:
        status = getattr(self.line, "status", None)
        if status is not None and not status.pending:
            self.say(self.tr("Nothing is waiting to be sent, so there is nothing to export."))
            return
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Export new records to a USB stick or folder"), start)
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        ws = self.state.workspace
        self.task_token = self.state.tasks.run(
            self, self.tr("Export new records"), self.tr("Writing the waiting records…"),
            lambda progress, cancel: export_pending(ws, folder, progress=progress,
                                                    cancel=cancel),
            self._exported, self._export_failed)

    def _exported(self, result: tuple[Path, int]) -> None:
        folder, count = result
        self.exported_folder = folder
        self.say(self.tr("Wrote %n statements to {folder}. On a computer with internet, "
                         "send them with: biblio-desktop sync --from \"{folder}\"", "",
                         count).format(folder=folder))

    def _export_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.say(self.tr("Export cancelled; nothing was written."), ok=False)
        else:
            show_error(self, exc)
