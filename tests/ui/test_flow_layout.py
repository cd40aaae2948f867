"""The wrapping button row (ui/base/flow_layout.py) survives an item Qt deleted."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QPushButton, QWidget

from biblio_desktop.ui.base.flow_layout import FlowLayout


def test_a_deleted_item_is_dropped_not_touched(qtbot) -> None:
    """Qt can delete a widget's layout item behind the Python list (seen when the theme
    swapped the application's style after the cohorts dialog re-laid out its buttons);
    touching it raised inside Qt's layout call, which crashed the process."""
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowLayout(holder)
    first, second = QPushButton("Open next week for everyone"), QPushButton("Report")
    row.addWidget(first)
    row.addWidget(second)
    shiboken6.delete(row.itemAt(0))  # what Qt did behind our back
    assert row.count() == 1
    assert row.itemAt(0).widget() is second
    assert row.minimumSize().height() >= second.minimumSizeHint().height()
    assert row.sizeHint().width() >= second.sizeHint().width()
    assert row.heightForWidth(100) > 0
