"""Keyboard-only helpers for UI tests: walk the Tab order as a keyboard user does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def focused() -> QWidget | None:
    QApplication.processEvents()
    return QApplication.focusWidget()


def name_of(widget: QWidget | None) -> str:
    """What a screen reader calls the widget (its accessible name)."""
    if widget is None:
        return ""
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press on whatever has the focus, as the keyboard would deliver it."""
    widget = focused()
    assert widget is not None, "nothing has the keyboard focus"
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()


def tab_cycle(start: QWidget, backwards: bool = False, limit: int = 80) -> list[QWidget]:
    """Press Tab (or Shift+Tab) from `start` until the focus comes back to it; the widgets
    passed, in order. Fails on a trap (the focus cycles without coming back) or a loss."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    assert focused() is start, f"{name_of(start)!r} cannot take the focus"
    seen: list[QWidget] = []
    for _ in range(limit):
        press(Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab)
        widget = focused()
        assert widget is not None, f"focus lost after {[name_of(w) for w in seen]}"
        if widget is start:
            return seen
        seen.append(widget)
    names = [f"{type(w).__name__} {name_of(w)!r}" for w in seen[-12:]]
    raise AssertionError(f"keyboard trap: Tab never returns to {name_of(start)!r}; "
                         f"the last stops were {names}")
