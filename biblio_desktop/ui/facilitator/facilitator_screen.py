"""The facilitator's view: every learner × every course, drill-down, CSV, profile care.

The table comes from `facilitator_overview` (a few grouped queries), so it appears at
once even with hundreds of learners. Sorting uses raw numbers (a sort role), never the
displayed text, so "9 %" sorts below "10 %" and dates sort by time in every locale.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...learning.learners import Learner
from ...learning.overview import facilitator_overview
from ..base.accessibility import LARGE_TEXT_PT
from ..base.errors import show_error
from ..base.icons import icon
from ..base.state import AppState, Navigator
from ..base.text_input import ask_text
from ..base.theme import empty_note, set_role
from ..learner.learner_dialogs import RemoveLearnerDialog, ResetPinDialog
from ..records.records_actions import SyncBar
from .overview_table import (
    PROGRESS_COLUMN,
    ROW_ROLE,
    SORT_ROLE,
    LearnerDetailDialog,
    OverviewModel,
    ProgressBarDelegate,
    Row,
)
from .share_panel import GatheredLearnersView, ShareController, SharePanel
from .transfer_actions import TransferActions


class FacilitatorScreen(QWidget):
    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.nav = state, nav
        headline = QLabel(self.tr("Learners and courses"))
        headline.setProperty("role", "headline")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by learner name"))
        self.filter.setAccessibleName(self.tr("Filter by learner name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.export_button = QPushButton(icon("export"), self.tr("Export table as CSV…"))
        self.export_button.setAccessibleName(self.tr("Export table as CSV"))
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        first, second = QHBoxLayout(), QHBoxLayout()  # one row, or two at large text
        first.addWidget(headline)
        first.addStretch(1)
        second.addWidget(self.filter, 1)
        second.addWidget(self.export_button)
        top.addLayout(first)
        top.addLayout(second, 1)
        self.sync_bar = SyncBar(state, nav, self)  # sync status, "Sync now", USB export

        self.model = OverviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Learners and courses; press Enter for details"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressBarDelegate(self.table))
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Course titles are long: give them room up to a point, scroll sideways beyond it.
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(False)  # a stretched last column was cut at large text
        head.setSectionResizeMode(PROGRESS_COLUMN, QHeaderView.ResizeMode.Fixed)
        # long course titles wrap onto more lines; rows grow to fit them (WCAG 1.4.4)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self.open_details)

        self.details_button = QPushButton(icon("progress"), self.tr("Details…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.pin_button = QPushButton(icon("lock"), self.tr("Reset PIN…"))
        self.remove_button = QPushButton(self.tr("Remove…"))
        actions = QHBoxLayout()
        more_actions = QHBoxLayout()  # beside the learner buttons, or under them at 24 pt
        self.action_rows = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.action_rows.addLayout(actions, 1)
        self.action_rows.addLayout(more_actions)
        for button, name in ((self.details_button, self.tr("Show the learner's details")),
                             (self.rename_button, self.tr("Rename the learner")),
                             (self.pin_button, self.tr("Reset the learner's PIN")),
                             (self.remove_button, self.tr("Remove the learner"))):
            button.setAccessibleName(name)
            actions.addWidget(button)
        actions.addStretch(1)
        # Free-text answers wait here for the facilitator (review_dialog.py).
        self.review_button = QPushButton(icon("quiz"), self.tr("Review written answers…"))
        self.review_button.clicked.connect(lambda: self.open_reviews())
        more_actions.addWidget(self.review_button)
        # Cohorts: weekly release, pre/post gain, printable reports (cohorts_dialog.py)
        self.cohorts_button = QPushButton(icon("facilitator"), self.tr("Cohorts…"))
        self.cohorts_button.setAccessibleName(self.tr("Cohorts and their reports"))
        self.cohorts_button.clicked.connect(lambda: self.open_cohorts())
        more_actions.addWidget(self.cohorts_button)
        self.exports_button = QPushButton(icon("folder"), self.tr("Open exports folder"))
        self.exports_button.setAccessibleName(self.tr("Open the folder with exports"))
        self.exports_button.clicked.connect(self.open_exports)
        more_actions.addWidget(self.exports_button)
        # workshop mode: share on the LAN, move learners between PCs (docs/workshop.md)
        self.share_button = QPushButton(icon("sync"), self.tr("Share on this network…"))
        self.share_button.setAccessibleName(self.tr("Share the courses on this network and "
                                                    "gather the records of the room's PCs"))
        self.share_button.clicked.connect(self.open_share_panel)
        ShareController.of(state).changed.connect(self._update_share_button)
        self.transfer = TransferActions(state, self)
        self.workshop_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for button in (self.share_button, self.transfer.move_button, self.transfer.bring_button):
            self.workshop_row.addWidget(button)
        self.workshop_row.addStretch(1)
        # joined to a workshop: a learner moves through the workshop PC (handover.py)
        self.network_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for button in (self.transfer.hand_over_button, self.transfer.from_workshop_button):
            self.network_row.addWidget(button)
        self.network_row.addStretch(1)
        self.gathered = GatheredLearnersView(self.tr("Learners on other PCs (their records "
                                                     "arrived here)"))
        self.gathered.hide()
        ShareController.of(state).snapshot_ready.connect(self._show_gathered)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setProperty("role", "success")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.empty = empty_note()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.sync_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.gathered)
        layout.addLayout(self.action_rows)
        layout.addLayout(self.workshop_row)
        layout.addLayout(self.network_row)
        layout.addWidget(self.status)
        self.setTabOrder(self.filter, self.export_button)
        self.setTabOrder(self.export_button, self.sync_bar.sync_button)
        self.setTabOrder(self.sync_bar.usb_button, self.table)
        self.setTabOrder(self.table, self.gathered.tree)  # the learners of other PCs
        self.setTabOrder(self.gathered.tree, self.details_button)

        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.export_button.clicked.connect(self.choose_csv)
        self.details_button.clicked.connect(lambda: self.open_details())
        self.rename_button.clicked.connect(self.rename)
        self.pin_button.clicked.connect(self.reset_pin)
        self.remove_button.clicked.connect(self.remove)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        # Tab into the table makes a row current: choose it, so the learner buttons after
        # the table work for a keyboard user without a further Space
        self.table.selectionModel().currentRowChanged.connect(self._select_current)
        state.progress_changed.connect(lambda _c: self.refresh())
        state.courses_changed.connect(self.refresh)
        state.signed_in.connect(self.refresh)
        state.signed_out.connect(self.refresh)
        self.restyle()
        self.refresh()

    def restyle(self) -> None:
        """Sizes that follow the text size (again after a switch): the progress bars'
        column fits its title; the review and export buttons go under the learner
        buttons when the row would not hold them all."""
        head = self.table.horizontalHeader()
        self.table.setColumnWidth(PROGRESS_COLUMN, max(
            110, head.sectionSizeFromContents(PROGRESS_COLUMN).width()))
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        # at large text rows stack (the filter's hint was cut to "Filter…")
        for rows in (self.action_rows, self.top, self.workshop_row):  # network_row: 2 fit
            rows.setDirection(QBoxLayout.Direction.TopToBottom if large
                              else QBoxLayout.Direction.LeftToRight)

    # --- data ------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.transfer.update_network()
        self.sync_bar.setVisible(self.state.facilitator is not None)
        self.sync_bar.refresh()
        if self.state.facilitator is None:
            self.model.set_rows([])
            self._show_empty(self.tr("Sign in as the facilitator on the start screen to see "
                                     "this page."))
            return
        ws = self.state.workspace
        try:
            titles = {c.course_id: c.title for c in ws.list_courses(self.state.language)}
            with ws.sessions() as session:
                statuses = facilitator_overview(session)
            learner_count = len(ws.learners.list_learners())
        except Exception as exc:
            show_error(self, exc)
            return
        self.model.set_rows([Row(s, titles.get(s.course_id, s.course_id)) for s in statuses])
        self._update_review_button()
        self._update_share_button()
        ShareController.of(self.state).poll()  # learners of joined PCs, off the GUI thread
        self.table.setColumnWidth(1, min(max(self.table.sizeHintForColumn(1), 120), 260))
        if not learner_count:
            self._show_empty(self.tr("No learners yet. Learners add their own profile on the "
                                     "start screen with \"Add learner\"; their progress will "
                                     "appear here."))
        elif not titles:
            self._show_empty(self.tr("No courses are installed yet. Import a course package "
                                     "in the library; every learner's progress will appear "
                                     "here."))
        else:
            self.empty.hide()
            self.table.show()
            self.filter.setEnabled(True)
            self.export_button.setEnabled(True)
        self._update_actions()

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.show()
        self.table.hide()
        self.filter.setEnabled(False)
        self.export_button.setEnabled(False)
        self._update_actions()

    def _select_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(current.row())

    def selected_row(self) -> Row | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        row = index.data(ROW_ROLE)
        return row if isinstance(row, Row) else None

    def selected_learner(self) -> Learner | None:
        row = self.selected_row()
        if row is None:
            return None
        try:
            return self.state.workspace.learners.get(row.status.learner_id)
        except Exception as exc:
            show_error(self, exc)
            return None

    def _update_actions(self) -> None:
        chosen = self.selected_row() is not None and self.table.isVisible()
        for button in (self.details_button, self.rename_button, self.pin_button,
                       self.remove_button, self.transfer.move_button,
                       self.transfer.hand_over_button):
            button.setEnabled(chosen)

    def visible_rows(self) -> list[Row]:
        """The rows in the order and filter shown."""
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    # --- actions ---------------------------------------------------------------------------

    def open_details(self, index: QModelIndex | None = None) -> None:
        row = index.data(ROW_ROLE) if index is not None and index.isValid() else \
            self.selected_row()
        if not isinstance(row, Row):
            return
        dialog = LearnerDetailDialog(self.state, row.status.learner_id, row.status.learner_name,
                                     row.status.course_id, self)
        self.detail_dialog = dialog
        dialog.open()

    def open_share_panel(self) -> None:
        panel = getattr(self, "share_panel", None)
        if panel is None or not panel.isVisible():
            panel = self.share_panel = SharePanel(self.state, self)
        panel.show()  # not modal: the facilitator keeps working while the room joins
        panel.raise_()
        panel.activateWindow()

    def _update_share_button(self) -> None:
        sharing = ShareController.of(self.state).sharing
        self.share_button.setText(self.tr("Sharing on this network (code {code})…").format(
            code=sharing.code) if sharing else self.tr("Share on this network…"))

    def _show_gathered(self) -> None:
        gathered = ShareController.of(self.state).snapshot.gathered
        self.gathered.set_learners(gathered)
        self.gathered.setVisible(bool(gathered) and self.state.facilitator is not None)

    def _update_review_button(self) -> None:
        try:
            waiting = sum(self.state.workspace.pending_review_counts().values())
        except Exception:  # the count is a hint; the dialog shows any error itself
            waiting = 0
        self.review_button.setText(self.tr("Review written answers ({n})…").format(n=waiting))
        self.review_button.setAccessibleName(self.tr(
            "Review written answers: {n} waiting").format(n=waiting))
        set_role(self.review_button, "primary" if waiting else None)

    def open_reviews(self) -> None:
        """The list of free-text answers to review: the selected row's learner and course
        when answers wait there, else everyone's (the dialog's filters change that)."""
        from .review_dialog import ReviewAnswersDialog

        row = self.selected_row()
        if row is not None and not self.state.workspace.pending_review_counts().get(
                (row.status.learner_id, row.status.course_id)):
            row = None
        dialog = ReviewAnswersDialog(
            self.state, self, learner_id=row.status.learner_id if row else None,
            course_id=row.status.course_id if row else None)
        self.review_dialog = dialog
        dialog.finished.connect(lambda _r: self._update_review_button())
        dialog.open()

    def open_cohorts(self) -> None:
        from .cohorts_dialog import CohortsDialog

        dialog = CohortsDialog(self.state, self)
        self.cohorts_dialog = dialog
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()

    def choose_csv(self) -> None:
        default = str(self.state.workspace.layout.exports / "learners-progress.csv")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export table as CSV"), default, self.tr("CSV files (*.csv)"))
        if path:
            self.export_csv(Path(path))

    def export_csv(self, path: Path) -> None:
        """Write the rows as shown (filter and order) as UTF-8 with BOM, so Excel opens
        Latvian and Greek letters correctly; written off the GUI thread."""
        rows = [self.model.headers]
        for row in self.visible_rows():
            s = row.status
            rows.append([s.learner_name, row.course_title, str(round(s.fraction * 100)),
                         f"{s.done_items}/{s.required_items}", str(round(s.seconds_spent / 60)),
                         s.last_activity.isoformat(sep=" ", timespec="minutes")
                         if s.last_activity else "",
                         s.completed_at.date().isoformat() if s.completed_at else "",
                         str(round(row.average_score * 100)) if row.average_score is not None
                         else ""])
        rows[0] = [*rows[0][:2], self.tr("Progress (%)"), self.tr("Items done"),
                   self.tr("Time spent (minutes)"), self.tr("Last activity (UTC)"),
                   self.tr("Completed"), self.tr("Quiz average (%)")]

        def work(_progress: Any, _cancel: Any) -> Path:
            with open(path, "w", encoding="utf-8-sig", newline="") as fh:
                csv.writer(fh).writerows(rows)
            return path

        self.state.tasks.run(self, self.tr("Export table"), self.tr("Writing the table…"),
                             work, self._exported, lambda exc: show_error(self, exc))

    def _exported(self, path: Path) -> None:
        self.say(self.tr("Saved the table to {path}").format(path=path))
        self.last_export = path

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()

    def rename(self) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        name, ok = self.ask_text(self.tr("Rename learner"), self.tr("New name:"), learner.name)
        if not ok or not name.strip() or name == learner.name:
            return
        learners = self.state.workspace.learners
        self.state.write(lambda: learners.rename(learner.id, name), self._renamed,
                         lambda exc: show_error(self, exc))

    def _renamed(self, learner: Learner) -> None:
        self.say(self.tr("Renamed to {name}.").format(name=learner.name))
        self.refresh()

    def reset_pin(self) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        dialog = ResetPinDialog(self.state, learner, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            changed = dialog.result_value
            self.say(self.tr("{name} now signs in with the new PIN.").format(name=learner.name)
                     if isinstance(changed, Learner) and changed.has_secret else
                     self.tr("{name} now signs in without a PIN.").format(name=learner.name))

    def remove(self) -> None:
        learner = self.selected_learner()
        if learner is None:
            return
        dialog = RemoveLearnerDialog(self.state, learner, self)
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            self.say(self.tr("Removed {name}. A copy of their data was saved to {path}").format(
                name=learner.name, path=dialog.result_value))
            self.refresh()

    def open_exports(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.state.workspace.layout.exports)))

    # --- seams for tests -------------------------------------------------------------------

    def run_dialog(self, dialog: QDialog) -> int:
        return dialog.exec()

    def ask_text(self, title: str, label: str, text: str) -> tuple[str, bool]:
        return ask_text(self, title, label, text)
