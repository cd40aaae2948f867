"""What a screen reader gets from a window, read through Qt's QAccessible interfaces
(the same objects Qt hands to AT-SPI on Linux, UI Automation on Windows)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
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


def problems(root: QWidget) -> list[str]:
    """Every way a visible part of `root` fails a screen-reader user:
    - a Tab stop with no name, a meaningless one (a value such as "1×"), or no control role;
    - a label whose accessible name hides its text;
    - a progress bar or field with no name."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
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
