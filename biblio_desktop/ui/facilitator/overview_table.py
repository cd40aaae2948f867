"""The facilitator's overview table (one row per learner and course), its progress-bar
cells and the learner details dialog: split from facilitator_screen.py, which lays out
the screen and its actions."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...learning.overview import LearnerCourseStatus
from ..base.accessibility import LARGE_TEXT_PT
from ..base.errors import show_error
from ..base.formats import format_date, format_duration, percent
from ..base.icons import icon
from ..base.state import AppState
from ..progress.progress_screen import CourseProgressView

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PROGRESS_COLUMN = 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Row:
    status: LearnerCourseStatus
    course_title: str

    @property
    def average_score(self) -> float | None:
        scores = self.status.quiz_scores
        return sum(scores.values()) / len(scores) if scores else None


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.headers = [self.tr("Learner"), self.tr("Course"), self.tr("Progress"),
                        self.tr("Items"), self.tr("Time"), self.tr("Last active"),
                        self.tr("Completed"), self.tr("Quizzes")]
        self.tips = [self.tr("Learner"), self.tr("Course"), self.tr("Share of required items "
                     "done"), self.tr("Required items done / required items"),
                     self.tr("Time spent in the course"), self.tr("Last time an item was opened"),
                     self.tr("Date the course was completed"),
                     self.tr("Average of the best score of each quiz taken")]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self.tips[section]
        return None

    def display(self, row: Row, column: int) -> str:
        s = row.status
        return [
            s.learner_name, row.course_title, percent(s.fraction),
            self.tr("{done} / {required}").format(done=s.done_items, required=s.required_items),
            format_duration(s.seconds_spent) if s.seconds_spent else "",
            format_date(s.last_activity, with_time=True),
            format_date(s.completed_at),
            percent(row.average_score) if row.average_score is not None else "",
        ][column]

    def sort_key(self, row: Row, column: int) -> Any:
        s = row.status
        return [
            s.learner_name.casefold(), row.course_title.casefold(), s.fraction, s.done_items,
            s.seconds_spent, s.last_activity.isoformat() if s.last_activity else "",
            s.completed_at.isoformat() if s.completed_at else "",
            row.average_score if row.average_score is not None else -1.0,
        ][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.course_title  # elided in a narrow column
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 6 and \
                row.status.completed_at is not None:
            return icon("done")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.column() == 6 and \
                row.status.completed_at is not None:
            return self.tr("Completed")  # the check mark, in words for screen readers
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws the progress column as a bar with its percent, in the current style."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, Row):
            super().paint(painter, option, index)
            return
        style = QApplication.style()
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter,
                            option.widget)
        bar = QStyleOptionProgressBar()
        bar.rect = option.rect.adjusted(4, 5, -4, -5)
        bar.minimum, bar.maximum = 0, 100
        bar.progress = round(row.status.fraction * 100)
        bar.text = percent(row.status.fraction)
        bar.textVisible = True
        bar.textAlignment = Qt.AlignmentFlag.AlignCenter
        bar.state = option.state | QStyle.StateFlag.State_Horizontal
        bar.palette = option.palette
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, option.widget)


class LearnerDetailDialog(QDialog):
    """One learner's course pages, as the learner sees them."""

    def __init__(self, state: AppState, learner_id: int, name: str, course_id: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.learner_id = state, learner_id
        self.setWindowTitle(self.tr("Progress of {name}").format(name=name))
        self.setAccessibleName(self.windowTitle())
        self.resize(1000, 640)
        self.combo = QComboBox()
        self.combo.setAccessibleName(self.tr("Course"))
        for course in state.workspace.list_courses(state.language):
            self.combo.addItem(course.title, course.course_id)
        self.view = CourseProgressView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        title = QLabel(name)
        title.setProperty("role", "title")
        course_label = QLabel(QCoreApplication.translate("ProgressScreen", "&Course:"))
        course_label.setBuddy(self.combo)  # the combo's name on Linux is its value
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        top = QBoxLayout(QBoxLayout.Direction.TopToBottom if large
                         else QBoxLayout.Direction.LeftToRight)  # a long title fits
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(title)
        first.addStretch(1)
        second.addWidget(course_label)
        second.addWidget(self.combo, 1)
        top.addLayout(first)
        top.addLayout(second, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.combo.currentIndexChanged.connect(lambda _i: self.show_course())
        self.combo.setCurrentIndex(max(0, self.combo.findData(course_id)))
        self.show_course()

    def show_course(self) -> None:
        course_id = self.combo.currentData()
        if not course_id:
            return
        ws = self.state.workspace
        try:
            self.view.show_progress(ws.course_progress(ws.progress_of(self.learner_id),
                                                       str(course_id), self.state.language))
        except Exception as exc:
            show_error(self, exc)
