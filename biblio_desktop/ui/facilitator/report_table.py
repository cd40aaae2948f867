"""The cohort dashboard's tables: a report table's strings in a read-only view whose
columns are as narrow as their figures, with titles that wrap onto two lines.

Why: the dashboard has ten columns; sized to their one-line titles ("Quiz average",
Bulgarian "Средно от тестовете") they scrolled sideways in a 1024-pixel window. A title
wraps at its spaces instead, the figures keep their width, and the view never shows
less than a whole word of a title.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget

from ...learning.cohort_report import ReportTable

Index = QModelIndex | QPersistentModelIndex
PADDING = 16  # the header section's margins and sort-indicator room, both sides
SAMPLE_ROWS = 60  # rows measured for the column widths
_TEXT_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole),
                         int(Qt.ItemDataRole.AccessibleTextRole)})  # tooltip: an elided title
_ALIGN_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TableModel(QAbstractTableModel):
    """A report table's strings, as they are (no sorting: the order is the report's).

    `data` is called for every role of every cell painted, so it answers from a set of
    ints before touching the row (benchmarks/bench_cohorts.py: the dashboard's paint)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = ReportTable("", (), ())

    def set_table(self, table: ReportTable) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (
                Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.table.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _TEXT_ROLES:
            return self.table.rows[index.row()][index.column()] if index.isValid() else None
        if role == _ALIGN_ROLE and index.column() >= 2:
            return _RIGHT
        return None


def _title_font(header: QHeaderView) -> QFont:
    font = QFont(header.font())
    font.setBold(True)  # the theme draws section titles bold
    return font


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap at their section's width; its height is that
    of the tallest wrapped title."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.setSectionsClickable(True)
        self.sectionResized.connect(lambda *_a: self.refit())

    def refit(self) -> None:
        """Recompute the height after the widths changed (Qt caches it otherwise)."""
        count = self.count()
        if count:
            self.headerDataChanged(Qt.Orientation.Horizontal, 0, count - 1)

    def sectionSizeFromContents(self, logical: int) -> Any:
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        text = str(model.headerData(logical, self.orientation()) or "") if model else ""
        width = self.sectionSize(logical) or size.width()
        rect = QFontMetrics(_title_font(self)).boundingRect(
            QRect(0, 0, max(width - PADDING, 8), 100_000),
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        size.setHeight(max(size.height(), rect.height() + 10))
        return size


class ReportView(QTableView):
    """A report table; a font change (large text) fits its columns again, once the change
    is done (not inside it: the theme also swaps the application's style meanwhile, and
    measuring with a style being replaced crashes Qt)."""

    fit: tuple[int | None, dict[int, int] | None] | None = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self.fit is not None and event.type() == QEvent.Type.FontChange:
            QTimer.singleShot(0, self, self._refit)

    def _refit(self) -> None:
        if self.fit is not None:
            fit_columns(self, stretch=self.fit[0], limits=self.fit[1])


def table_view(name: str, model: TableModel) -> ReportView:
    view = ReportView()
    view.setHorizontalHeader(WrappingHeader(view))
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    # Rows keep one line: long course titles are elided, in full in the tooltip and for
    # screen readers.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    return view


def fit_columns(view: QTableView, *, stretch: int | None = None,
                limits: dict[int, int] | None = None) -> None:
    """Each column as wide as its cells (the first SAMPLE_ROWS rows) or its title's longest
    word; `limits` caps a column (a course title, elided beyond), `stretch` takes the rest.

    The cells are measured here from the table's strings with the font's metrics: asking
    the view (sizeHintForColumn, ResizeToContents) makes it query the model for every role
    of 60 rows x 10 columns at each reset, a third of the dashboard's time at 4,000 rows."""
    head = view.horizontalHeader()
    model = view.model()
    metrics = QFontMetrics(_title_font(head))
    rows = model.table.rows[:SAMPLE_ROWS] if isinstance(model, TableModel) else []
    advance = view.fontMetrics().horizontalAdvance
    # what QStyledItemDelegate adds around a cell's text, and the grid line
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    pad = 2 * (margin + 1) + (1 if view.showGrid() else 0) + 1  # +1: rounding
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        word = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
        cells = max((advance(row[column]) for row in rows if row[column]), default=0)
        width = max(word + PADDING, cells + pad)
        if limits and column in limits:
            width = min(width, limits[column])
        head.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                  else QHeaderView.ResizeMode.Interactive)
        if column != stretch:
            view.setColumnWidth(column, width)
    if isinstance(view, ReportView):
        view.fit = (stretch, limits)
    if isinstance(head, WrappingHeader):
        head.refit()
