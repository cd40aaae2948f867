"""The facilitator's cohorts: make and change them, open a week early, see the cohort's
dashboard (progress and pre/post gain) and print its reports.

The dashboard, the CSV and the PDF all show `report_tables` of one `cohort_report` read
(learning/cohort_report.py): the same strings, in the same order, so a printout always
matches the screen. Reports are written on the task worker with progress and Cancel.

On a PC joined to a workshop, the cohorts the workshop PC manages are shown read-only
("Managed by the workshop PC …": no edit, delete or open-early controls); on the workshop
PC, members who learn on another PC are named with it ("Ilze Kalniņa — Desk 3").
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...learning.cohort_report import ReportData, ReportLabels, ReportTable, report_tables
from ...learning.cohorts import Cohort
from ..base.accessibility import LARGE_TEXT_PT
from ..base.errors import show_error
from ..base.flow_layout import FlowLayout
from ..base.formats import fill
from ..base.icons import icon
from ..base.scrolling import scrolled
from ..base.state import AppState
from ..base.this_week import clock_warning_text, long_day
from .cohort_edit import CohortEditDialog, fit_dialog
from .report_table import TableModel, fit_columns, table_view

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def report_labels() -> ReportLabels:
    """The report's titles in the facilitator's UI language."""
    translate = QCoreApplication.translate
    return ReportLabels(
        learner=translate("CohortReport", "Learner"), course=translate("CohortReport", "Course"),
        progress=translate("CohortReport", "Progress"), done=translate("CohortReport", "Done"),
        time=translate("CohortReport", "Time"), quizzes=translate("CohortReport", "Quiz average"),
        pre=translate("CohortReport", "Pre-test"), post=translate("CohortReport", "Post-test"),
        gain=translate("CohortReport", "Gain"), completed=translate("CohortReport", "Completed"),
        skill=translate("CohortReport", "Skill"), profile=translate("CohortReport", "Profile"),
        learners_with_gain=translate("CohortReport", "Learners"),
        progress_section=translate("CohortReport", "Progress of each learner"),
        skills_section=translate("CohortReport", "Pre/post gain by skill"),
        answers_section=translate("CohortReport", "Written answers to review"),
        quiz=translate("CohortReport", "Quiz"), question=translate("CohortReport", "Question"),
        answer=translate("CohortReport", "Answer"),
        everyone=translate("CohortReport", "Whole cohort"))


def pace_name(pace: str) -> str:
    translate = QCoreApplication.translate
    return {"weekly": translate("CohortReport", "one module a week"),
            "plan": translate("CohortReport", "the course's suggested weeks"),
            "all": translate("CohortReport", "everything open at once")}.get(pace, pace)


class CohortsDialog(QDialog):
    """Cohorts on the left; the chosen cohort's dashboard and actions on the right."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Cohorts"))
        self.setAccessibleName(self.windowTitle())
        fit_dialog(self, 1180, 720)
        self.data: ReportData | None = None
        self.tables: tuple[ReportTable, ...] = ()
        self.cohorts = QListWidget()
        self.cohorts.setAccessibleName(self.tr("Cohorts"))
        self.cohorts.setWordWrap(True)  # long names and dates wrap, never scroll sideways
        self.cohorts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cohorts.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.new_button = QPushButton(icon("add"), self.tr("New cohort…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the cohort"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the cohort"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        heading = QLabel(self.tr("&Cohorts"))
        heading.setBuddy(self.cohorts)
        heading.setProperty("role", "title")
        left_layout.addWidget(heading)
        left_layout.addWidget(self.cohorts, 1)
        # at large text the cohorts go above the dashboard (which then has the whole
        # width: its buttons and figures did not fit beside the list at 200 %)
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        cohort_buttons = FlowLayout() if large else QVBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            cohort_buttons.addWidget(button)
        left_layout.addLayout(cohort_buttons)
        if large:
            self.cohorts.setMaximumHeight(self.fontMetrics().height() * 4)

        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.info.setProperty("role", "muted")
        self.info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = TableModel(self)
        self.table = table_view(self.tr("Progress of the cohort's learners; the selected "
                                         "row's learner gets the learner actions"), self.model)
        self.skills_model = TableModel(self)
        self.skills = table_view(self.tr("Pre/post gain by skill"), self.skills_model)
        # a header and four rows, at any text size
        self.skills.setMaximumHeight(self.fontMetrics().height() * 12)
        self.early_all = QPushButton(self.tr("Open next week for everyone"))
        self.early_one = QPushButton(self.tr("Open next week for the learner"))
        self.pdf_button = QPushButton(icon("export"), self.tr("Cohort report (PDF)…"))
        self.csv_button = QPushButton(icon("export"), self.tr("Cohort report (CSV)…"))
        self.learner_pdf = QPushButton(icon("export"), self.tr("Learner report (PDF)…"))
        for button, name in (
                (self.early_all, self.tr("Open the next week now for everyone in the cohort")),
                (self.early_one, self.tr("Open the next week now for the selected learner")),
                (self.pdf_button, self.tr("Save the cohort report as PDF")),
                (self.csv_button, self.tr("Save the cohort report as CSV")),
                (self.learner_pdf, self.tr("Save the selected learner's report as PDF"))):
            button.setAccessibleName(name)
        early_row, report_row = FlowLayout(), FlowLayout()  # wrap in a narrow dialog
        early_row.addWidget(self.early_all)
        early_row.addWidget(self.early_one)
        for button in (self.pdf_button, self.csv_button, self.learner_pdf):
            report_row.addWidget(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "success")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.table, 3)
        right_layout.addWidget(self.skills, 1)
        right_layout.addLayout(early_row)
        right_layout.addLayout(report_row)
        right_layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical if large else Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        # At 200 % text on a small screen the dashboard is taller than the dialog: it
        # scrolls up and down, each table keeping room for a few rows (never sideways)
        rows = self.fontMetrics().height() + 12
        self.table.setMinimumHeight(rows * 7)  # a wrapped header and a few rows
        self.skills.setMinimumHeight(min(rows * 4, self.skills.maximumHeight()))
        right_area = scrolled(right)
        splitter.addWidget(right_area)
        splitter.setStretchFactor(1, 1)
        if not large:
            left_width = min(280, max(200, self.width() // 5))  # room for the dashboard
            splitter.setSizes([left_width, self.width() - left_width])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.cohorts.currentRowChanged.connect(lambda _r: self.show_cohort())
        self.cohorts.itemActivated.connect(lambda _i: self.edit())
        self.new_button.clicked.connect(self.create)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.early_all.clicked.connect(lambda: self.open_early(False))
        self.early_one.clicked.connect(lambda: self.open_early(True))
        self.pdf_button.clicked.connect(lambda: self.save_pdf(False))
        self.learner_pdf.clicked.connect(lambda: self.save_pdf(True))
        self.csv_button.clicked.connect(self.save_csv)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update())
        self.reload()

    # --- the list -------------------------------------------------------------------------

    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_id()
        try:
            cohorts = self.state.workspace.cohorts.list()
        except Exception as exc:
            show_error(self, exc)
            return
        self.cohorts.blockSignals(True)
        self.cohorts.clear()
        for cohort in cohorts:
            item = QListWidgetItem(self.tr("{name}\nfrom {date}").format(
                name=cohort.name, date=long_day(cohort.start_date)))
            item.setData(ID_ROLE, cohort.id)
            members = len(cohort.learner_ids)
            spoken = self.tr("{name}, from {date}, %n learners", "", members).format(
                name=cohort.name, date=long_day(cohort.start_date))
            if cohort.managed:
                item.setIcon(icon("lock"))
                spoken += ", " + self.tr("managed by the workshop PC {name}").format(
                    name=cohort.manager_name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken)
            self.cohorts.addItem(item)
            if cohort.id == current:
                self.cohorts.setCurrentItem(item)
        if self.cohorts.currentRow() < 0 and self.cohorts.count():
            self.cohorts.setCurrentRow(0)
        self.cohorts.blockSignals(False)
        self.show_cohort()

    def current_id(self) -> int | None:
        item = self.cohorts.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def current(self) -> Cohort | None:
        cohort_id = self.current_id()
        return self.state.workspace.cohorts.get(cohort_id) if cohort_id is not None else None

    # --- the dashboard -------------------------------------------------------------------

    def show_cohort(self) -> None:
        """Read the cohort's report once and show its tables (the dashboard)."""
        ws = self.state.workspace
        try:
            cohort = self.current()
            if cohort is None:
                self.data, self.tables = None, ()
                self.title.setText(self.tr("No cohorts yet"))
                self.info.setText(self.tr("A cohort runs a group of learners through courses "
                                          "together, one module a week if you like. Choose "
                                          "\"New cohort…\" to make one."))
                self.model.set_table(ReportTable("", (), ()))
                self.skills.hide()
                self._update()
                return
            self.data = ws.cohort_report(cohort, language=self.state.language)
            self.tables = report_tables(self.data, report_labels())
            members = len(cohort.learner_ids)
            info = self.tr("Starts {date} · {pace} · %n learners", "", members).format(
                date=long_day(cohort.start_date), pace=pace_name(cohort.pace))
            if cohort.managed:
                info = self.tr("Managed by the workshop PC {name}: changes are made there "
                               "and arrive with each delivery.").format(
                    name=cohort.manager_name) + "\n" + info
            pcs = ws.workshop.learner_pcs() if not cohort.managed else {}
            away = [self.tr("{name} — {pc}").format(name=name, pc=pcs[lid])
                    for lid, name in (self.data.learner_names() if pcs else {}).items()
                    if lid in pcs]
            # from the report's titles, not its rows: a row is formatted only when shown
            courses = set(self.data.course_titles.values())
            if len(courses) == 1:  # one course: said once here, not in every row
                info += " · " + next(iter(courses))
            if cohort.pace != "all":
                cohorts = ws.cohorts  # one instance: it reads each course's weeks once
                today = cohorts.today(cohort)
                week = cohorts.next_week_to_open(cohort, today=today)
                info += " · " + (self.tr("next to open: week {week}").format(week=week)
                                 if week else self.tr("every week is open"))
                warning = clock_warning_text(today)
                if warning:
                    info += "\n" + warning
            if away:  # after the pacing line, which belongs to the first
                info += "\n" + self.tr("On other PCs: {learners}").format(
                    learners=", ".join(away))
        except Exception as exc:
            show_error(self, exc)
            return
        if not cohort.learner_ids:
            info += "\n" + self.tr("No learners in this cohort yet: choose \"Edit…\" to add "
                                   "them.")
        elif not cohort.course_ids:
            info += "\n" + self.tr("No courses in this cohort yet: choose \"Edit…\" to add "
                                   "them.")
        self.title.setText(cohort.name)
        self.info.setText(info)
        self.model.set_table(self.tables[0])
        # course titles are long: a column of its own width (the tooltip has the rest),
        # hidden when every row has the same course (the line above names it)
        fit_columns(self.table, limits={1: 260})
        self.table.setColumnHidden(1, len(courses) == 1)
        self.skills.setVisible(len(self.tables) > 1)
        if len(self.tables) > 1:
            self.skills_model.set_table(self.tables[1])
            # the skill's name takes the width the figures leave (elided, in full in its
            # tooltip and for screen readers): the gains stay in view
            fit_columns(self.skills, stretch=0)
        self._update()

    def selected_learner(self) -> tuple[int, str] | None:
        index = self.table.currentIndex()
        if self.data is None or not index.isValid() or \
                not self.table.selectionModel().hasSelection():
            return None
        status = self.data.statuses[index.row()]
        return status.learner_id, status.learner_name

    def _update(self) -> None:
        cohort_id = self.current_id()
        has = cohort_id is not None
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(has)
        managed = self.data is not None and self.data.cohort is not None and \
            self.data.cohort.managed
        # a managed cohort is the workshop PC's: its controls are not offered here at all
        for button in (self.edit_button, self.delete_button, self.early_all, self.early_one):
            button.setVisible(not managed)
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(has and not managed)
        paced = has and self.data is not None and self.data.cohort is not None and \
            self.data.cohort.pace != "all" and not managed
        self.early_all.setEnabled(paced)
        learner = self.selected_learner()
        self.early_one.setEnabled(paced and learner is not None)
        self.learner_pdf.setEnabled(has and learner is not None)

    # --- changing -------------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> int:
        """Seam for tests."""
        return dialog.exec()

    def create(self) -> None:
        dialog = CohortEditDialog(self.state, None, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        name, start, pace, courses, learners = dialog.values()
        others = dialog.other_pc_learners()
        ws = self.state.workspace
        cohorts = ws.cohorts

        def work() -> Cohort:
            adopted = [ws.workshop.adopt_learner(uid) for uid in others]
            return cohorts.create(name, start, pace, course_ids=courses,
                                  learner_ids=[*learners, *adopted])

        self.state.write(work,
                         lambda c: self._changed(c, self.tr("Made the cohort {name}.")),
                         lambda exc: show_error(self, exc))

    def edit(self) -> None:
        cohort = self.current()
        if cohort is None or cohort.managed:
            return
        dialog = CohortEditDialog(self.state, cohort, self)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        name, start, pace, courses, learners = dialog.values()
        others = dialog.other_pc_learners()
        ws = self.state.workspace
        cohorts = ws.cohorts

        def work() -> Cohort:
            cohorts.update(cohort.id, name=name, start_date=start, pace=pace,
                           course_ids=courses)
            cohorts.remove_learners(set(cohort.learner_ids) - set(learners))
            adopted = [ws.workshop.adopt_learner(uid) for uid in others]
            return cohorts.add_learners(cohort.id, [*learners, *adopted])

        self.state.write(work, lambda c: self._changed(c, self.tr("Saved {name}.")),
                         lambda exc: show_error(self, exc))

    def delete(self) -> None:
        cohort = self.current()
        if cohort is None or cohort.managed:
            return
        answer = self.confirm(self.tr("Delete cohort"), self.tr(
            "Delete the cohort {name}? Its learners keep all their progress and see their "
            "courses whole again.").format(name=cohort.name))
        if not answer:
            return
        cohorts = self.state.workspace.cohorts
        self.state.write(lambda: cohorts.delete(cohort.id),
                         lambda _v: (self.say(self.tr("Deleted {name}.").format(
                             name=cohort.name)), self.reload()),
                         lambda exc: show_error(self, exc))

    def confirm(self, title: str, text: str) -> bool:
        """Seam for tests."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def open_early(self, one: bool) -> None:
        cohort = self.current()
        if cohort is None or cohort.managed:
            return
        learner = self.selected_learner() if one else None
        if one and learner is None:
            return
        cohorts = self.state.workspace.cohorts
        week = cohorts.next_week_to_open(cohort, learner[0] if learner else None)
        if week is None:
            self.say(self.tr("Every week is open already."))
            return
        text = (self.tr("Opened week {week} for {name}.").format(week=week, name=learner[1])
                if learner else self.tr("Opened week {week} for everyone.").format(week=week))
        self.state.write(lambda: cohorts.open_week_early(cohort.id, week,
                                                         learner[0] if learner else None),
                         lambda c: self._changed(c, text),
                         lambda exc: show_error(self, exc))

    def _changed(self, cohort: Cohort, message: str) -> None:
        self.say(message.replace("{name}", cohort.name))
        self.reload(select=cohort.id)
        self.state.progress_changed.emit("")

    def say(self, text: str) -> None:
        self.status.setText(text)

    # --- reports -------------------------------------------------------------------------

    def choose_path(self, title: str, default: Path, pattern: str) -> Path | None:
        """Seam for tests: where to save a report."""
        path, _filter = QFileDialog.getSaveFileName(self, title, str(default), pattern)
        return Path(path) if path else None

    def _file_name(self, stem: str, suffix: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "-" for ch in stem).strip("-")
        return self.state.workspace.layout.exports / f"{safe or 'cohort'}{suffix}"

    def save_csv(self) -> None:
        from ...learning.cohort_report import write_csv

        if self.data is None:
            return
        path = self.choose_path(self.tr("Save the cohort report as CSV"),
                                self._file_name(self.data.title, ".csv"),
                                self.tr("CSV files (*.csv)"))
        if path is None:
            return
        tables = self.tables
        self.state.tasks.run(self, self.tr("Cohort report"), self.tr("Writing the report…"),
                             lambda _p, _c: write_csv(path, tables), self._saved,
                             lambda exc: show_error(self, exc))

    def save_pdf(self, learner_only: bool) -> None:
        from .report_pdf import write_report_pdf

        cohort = self.current()
        if cohort is None or self.data is None:
            return
        title, tables = cohort.name, self.tables
        if learner_only:
            learner = self.selected_learner()
            if learner is None:
                return
            try:
                data = self.state.workspace.cohort_report(cohort.id, learner_id=learner[0],
                                                          language=self.state.language)
            except Exception as exc:
                show_error(self, exc)
                return
            tables = report_tables(data, report_labels())
            title = self.tr("{learner} · {cohort}").format(learner=learner[1],
                                                            cohort=cohort.name)
        path = self.choose_path(self.tr("Save the report as PDF"),
                                self._file_name(title, ".pdf"), self.tr("PDF files (*.pdf)"))
        if path is None:
            return
        subtitle = fill(self.tr("Cohort {name}, from {date} ({pace}). Made on {made}."),
                        name=cohort.name, date=cohort.start_date.isoformat(),
                        pace=pace_name(cohort.pace),
                        made=clock.local_now().strftime("%Y-%m-%d %H:%M"))
        footer = self.tr("BIBLIO Desktop · {title} · page").format(title=title)
        self.state.tasks.run(
            self, self.tr("Cohort report"), self.tr("Writing the report…"),
            lambda progress, cancel: write_report_pdf(path, title, tables, subtitle=subtitle,
                                                      footer=footer, progress=progress,
                                                      cancel=cancel),
            self._saved, lambda exc: show_error(self, exc))

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.say(self.tr("Saved the report to {path}").format(path=path))

