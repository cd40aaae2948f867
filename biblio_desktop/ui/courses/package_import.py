"""Importing what the user chose or dropped: course packages as they are, material from
elsewhere (H5P, Moodle backups, Common Cartridge, QTI, GIFT, Moodle XML, EPUB, PDF)
converted first, with a report to read before anything is installed.

Everything slow runs in the task worker with a progress dialog and Cancel: telling
packages from other material (by content, not by name), importing, converting,
installing. Foreign files chosen together become one course (as `biblio-desktop convert`
does); `.biblio` packages are each imported on their own. A conversion's package waits in
the library's staging folder until the user presses Install in the report; Cancel (in the
progress dialog or the report) removes it, so nothing is left and no row is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...errors import AlreadyInstalled, Cancelled
from ...installation.importer import ImportResult
from ...progress import CancelToken, ProgressFn
from ...workspace import ConvertedCourse
from ..base.errors import show_error
from ..base.state import AppState
from .conversion_report import ConversionReportDialog

FILE_FILTER_PATTERNS = ("*.biblio *.h5p *.mbz *.imscc *.zip *.epub *.pdf *.gift *.txt *.xml "
                        "*.tar *.tgz *.gz")


@dataclass
class _FirstPass:
    outcomes: list[object] = field(default_factory=list)  # ImportResult or an exception
    converted: ConvertedCourse | None = None
    conversion_error: BaseException | None = None


class PackageImporter(QObject):
    """The import flow of the library screen (button and drag and drop)."""

    report_shown = Signal(object)  # the ConversionReportDialog, for tests and screenshots

    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state
        self.parent_widget = parent
        self.report_dialog: ConversionReportDialog | None = None

    def file_filter(self) -> str:
        """The file dialog's filter: what is usually imported, and any file (the content
        decides what it is)."""
        return ";;".join((self.tr("Courses and course material ({patterns})").format(
            patterns=FILE_FILTER_PATTERNS), self.tr("All files (*)")))

    def run(self, paths: list[Path]) -> CancelToken:
        """Import `paths` in the worker; report each result, or show the report first."""
        workspace = self.state.workspace

        def work(progress: ProgressFn, cancel: CancelToken) -> _FirstPass:
            result = _FirstPass()
            foreign: list[Path] = []
            for path in paths:
                cancel.raise_if_cancelled()
                if path.suffix.lower() != ".biblio" and not workspace.is_course_package(path):
                    foreign.append(path)
                    continue
                try:
                    result.outcomes.append(workspace.import_package(path, progress=progress,
                                                                    cancel=cancel))
                except Cancelled:
                    raise
                except Exception as exc:  # reported per package afterwards
                    result.outcomes.append(exc)
            if foreign:
                try:
                    result.converted = workspace.convert_course(foreign, progress=progress,
                                                                cancel=cancel)
                except Cancelled:
                    raise
                except Exception as exc:
                    result.conversion_error = exc
            return result

        label = (self.tr("Checking and installing the course…") if all(
            p.suffix.lower() == ".biblio" for p in paths)
            else self.tr("Reading and converting the course material…"))
        return self.state.tasks.run(self.parent_widget, self.tr("Importing"), label, work,
                                    self._first_pass_done, self._failed)

    # -- results -----------------------------------------------------------------------
    def _first_pass_done(self, result: _FirstPass) -> None:
        self._report_outcomes(result.outcomes)
        if result.conversion_error is not None:
            show_error(self.parent_widget, result.conversion_error,
                       self.tr("The material was not converted"))
        if result.converted is not None:
            self._show_report(result.converted)

    def _show_report(self, converted: ConvertedCourse) -> None:
        dialog = ConversionReportDialog(converted.report, self.parent_widget)
        self.report_dialog = dialog
        dialog.accepted.connect(lambda: self._install(converted))
        dialog.rejected.connect(lambda: self._discard(converted))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.report_shown.emit(dialog)

    def _discard(self, converted: ConvertedCourse) -> None:
        self.report_dialog = None
        self.state.workspace.discard_converted(converted)
        QMessageBox.information(self.parent_widget, self.tr("Import cancelled"),
                                self.tr("Nothing was installed."))

    def _install(self, converted: ConvertedCourse) -> None:
        self.report_dialog = None
        workspace = self.state.workspace

        def work(progress: ProgressFn, cancel: CancelToken) -> list[object]:
            try:
                return [workspace.install_converted(converted, progress=progress,
                                                    cancel=cancel)]
            except Cancelled:
                raise
            except Exception as exc:
                return [exc]

        self.state.tasks.run(self.parent_widget, self.tr("Importing"),
                             self.tr("Checking and installing the course…"), work,
                             self._report_outcomes, self._failed)

    def _report_outcomes(self, outcomes: list[object]) -> None:
        installed = [o for o in outcomes if isinstance(o, ImportResult)]
        if installed:
            self.state.courses_changed.emit()
        for outcome in outcomes:
            if isinstance(outcome, AlreadyInstalled):
                QMessageBox.information(self.parent_widget, self.tr("Already installed"),
                                        str(outcome))
            elif isinstance(outcome, BaseException):
                show_error(self.parent_widget, outcome,
                           self.tr("The course package was not imported"))
        if installed:
            names = "\n".join(f"{r.title} ({r.version})" for r in installed)
            QMessageBox.information(self.parent_widget, self.tr("Course imported"),
                                    self.tr("Installed:\n{names}").format(names=names))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(self.parent_widget, self.tr("Import cancelled"),
                                    self.tr("The import was cancelled; nothing was installed."))
            return
        show_error(self.parent_widget, exc, self.tr("The course package was not imported"))
