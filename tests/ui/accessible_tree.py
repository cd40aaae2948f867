"""What a screen reader gets from a window, read through Qt's QAccessible interfaces
(the same objects Qt hands to AT-SPI on Linux, UI Automation on Windows)."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QWidget,
)

# names that say nothing about what a control does
MEANINGLESS = {"message", "save status", "signed in as", "subtitles", "ok", "…", "..."}
ROLES_NOT_CONTROLS = {QAccessible.Role.Client, QAccessible.Role.NoRole,
                      QAccessible.Role.Grouping, QAccessible.Role.Pane}


def label_of(iface: QAccessible) -> str:
    """The text of the label(s) tied to a control (buddy, form row): the name screen
    readers use on Linux for combo and spin boxes, whose name is their value there."""
    return " ".join(other.text(QAccessible.Text.Name)
                    for other, _ in iface.relations(QAccessible.RelationFlag.Label))


STATUS_ICONS = {"done", "opened", "todo"}  # ui/base/icons.py names that say a state
STATUS_WORDS = ("done", "started", "complete", "installed", "answered")
# what Qt hands screen readers for a cell: its name and its description
CELL_TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                   Qt.ItemDataRole.AccessibleDescriptionRole)


def icon_only_status(view: QAbstractItemView, limit: int = 500) -> list[str]:
    """Rows whose state is shown by a status icon (done, started, not started) and said
    by no text a screen reader gets from that row (WCAG 1.1.1)."""
    model, found = view.model(), []
    if model is None:
        return found
    pending = [QModelIndex()]
    seen = 0
    while pending and seen < limit:
        parent = pending.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:  # a list model (QListWidget): PySide6 keeps columnCount private
            columns = 1
        for row in range(model.rowCount(parent)):
            seen += 1
            cells = [model.index(row, c, parent) for c in range(columns)]
            if cells and model.rowCount(cells[0]):
                pending.append(cells[0])
            icons = [model.data(cell, Qt.ItemDataRole.DecorationRole) for cell in cells]
            if not any(isinstance(i, QIcon) and i.name() in STATUS_ICONS for i in icons):
                continue
            said = " ".join(str(model.data(cell, role) or "") for cell in cells
                            for role in CELL_TEXT_ROLES).lower()
            if not any(word in said for word in STATUS_WORDS):
                found.append(f"{type(view).__name__} {view.accessibleName()!r}: row "
                             f"{said.strip()[:40]!r} shows its status only as an icon")
    return found


def problems(root: QWidget) -> list[str]:
    """Every way a visible part of `root` fails a screen-reader user:
    - a Tab stop with no name, a meaningless one (a value such as "1×"), or no control role;
    - a label whose accessible name hides its text;
    - a progress bar or field with no name;
    - a status shown in a list, table or tree only as an icon."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            found += icon_only_status(widget)
        iface = QAccessible.queryAccessibleInterface(widget)
        if iface is None:
            continue
        what = (f"{type(widget).__name__} {widget.accessibleName()!r} in "
                f"{type(widget.parentWidget()).__name__} of {type(widget.window()).__name__}")
        name = iface.text(QAccessible.Text.Name).strip()
        if isinstance(widget, QLabel):
            text = widget.text().strip()
            if text and widget.accessibleName() and widget.accessibleName() != text:
                found.append(f"{what}: label {text[:40]!r} is read as {name!r}")
            continue
        tab_stop = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isEnabled()
        if not (tab_stop or isinstance(widget, (QProgressBar, QLineEdit))):
            continue
        if widget.focusProxy() is not None:
            continue
        if isinstance(widget, QComboBox):  # named by its value on Linux: needs a label
            said = label_of(iface)
        elif isinstance(widget, QAbstractSpinBox):
            said = f"{name} {label_of(iface)}".strip()
        else:
            said = name
        if not said:
            found.append(f"{what}: a Tab stop with no name")
        elif said.lower() in MEANINGLESS or not re.search(r"[^\W\d_]", said):
            found.append(f"{what}: a meaningless name {said!r}")
        if tab_stop and iface.role() in ROLES_NOT_CONTROLS:
            found.append(f"{what} {said!r}: a Tab stop that is no control ({iface.role().name})")
    return found
