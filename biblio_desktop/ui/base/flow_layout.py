"""A row of buttons that wraps onto more rows when the width runs out.

Why: a dialog's button rows ("Open next week for everyone", three report buttons) were
wider than a 1024-pixel screen at 200 % text, or in Bulgarian, and pushed the dialog off
the screen. Wrapped like words in a line, they stay inside any width; the tab order stays
the order they were added in.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Widgets left to right, wrapping at the layout's width (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def _live(self) -> list[QLayoutItem]:
        """The items whose C++ object still exists. Qt can delete a widget's item behind
        this list's back (seen when the theme swaps the application's style after the
        cohorts dialog re-laid out its buttons): touching it then raised inside a C++
        call, which crashed the process. Dead ones are dropped here."""
        if not all(shiboken6.isValid(item) for item in self._items):
            self._items = [item for item in self._items if shiboken6.isValid(item)]
        return self._items

    def count(self) -> int:
        return len(self._live())

    def itemAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items[index] if 0 <= index < len(items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        items = self._live()
        return items.pop(index) if 0 <= index < len(items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one row."""
        width = sum(item.sizeHint().width() + self._gap for item in self._live())
        return QSize(width, self.minimumSize().height())

    def minimumSize(self) -> QSize:
        """As tall as the tallest widget; no width of its own: a widget wider than the
        whole row (one long button at 200 % text) is narrowed to the row rather than
        widening the page it sits on, which would cut off everything else on it."""
        height = max((item.minimumSize().height() for item in self._live()), default=0)
        margins = self.contentsMargins()
        return QSize(margins.left() + margins.right(),
                     height + margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        for item in self._live():
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, row_height = area.x(), y + row_height + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint.boundedTo(area.size().expandedTo(
                    QSize(0, hint.height())))))
            x += hint.width() + self._gap
            row_height = max(row_height, hint.height())
        return y + row_height - rect.y() + margins.bottom()
