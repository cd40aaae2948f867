"""Keyboard and screen-reader behaviour every screen shares (docs/accessibility.md).

`KeyboardAccess` is one application-wide event filter, so that each screen, dialog and
future control gets the same keyboard rules without remembering them:

- item views (tables, lists, trees) never keep Tab to themselves: Tab and Shift+Tab leave
  them (arrows move inside), so no table is a keyboard trap (WCAG 2.1.2);
- page scroll areas are not Tab stops of their own (the controls inside them are, and
  Qt scrolls to the one that gets the focus); toolbar buttons are Tab stops;
- Enter or Return on a focused push or tool button presses it, as Space does;
- focus moved by the program (after a screen change, a dialog, a shortcut) shows the same
  focus ring as focus moved with Tab.

`announce` says a short text through the screen reader (results, "Saved", warnings):
Qt's accessibility announcement event (AT-SPI's `Announcement`, read by Orca and NVDA).
"""

from __future__ import annotations

from collections import deque
from typing import Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QPushButton,
    QScrollArea,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PROGRAM_FOCUS = (Qt.FocusReason.OtherFocusReason, Qt.FocusReason.ShortcutFocusReason,
                 Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)

# The last few announcements, newest last: what tests (and a curious developer) can read.
announcements: deque[str] = deque(maxlen=20)


def announce(widget: QWidget, text: str, *, assertive: bool = False) -> None:
    """Have screen readers say `text` now, on behalf of `widget` (which must be shown)."""
    if not text:
        return
    announcements.append(text)
    if not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


def first_tab_stop(root: QWidget) -> QWidget | None:
    """The first visible, enabled widget inside `root` that Tab would stop at."""
    widget = root.nextInFocusChain()
    while widget is not root and widget is not None:
        if (root.isAncestorOf(widget) and widget.isVisibleTo(root) and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None):
            return widget
        widget = widget.nextInFocusChain()
    return None


LARGE_TEXT_PT = 16  # from this text size on, screens stack what sits side by side


class _WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped first-column text at the column's current width
    (Qt's own delegate sizes rows for one line, so wrapped text was cut)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != 0:
            return size
        depth, parent = 1, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        icon = option.decorationSize.width() + 8 if index.data(
            Qt.ItemDataRole.DecorationRole) is not None else 0
        width = self.view.header().sectionSize(0) - depth * self.view.indentation() - icon - 12
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        font = index.data(Qt.ItemDataRole.FontRole) or option.font
        rect = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 40), 100_000),
                                               Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), rect.height() + 8))


def wrap_titles(view: QTreeView) -> None:
    """Item titles wrap onto more lines instead of being elided (WCAG 1.4.4: at 24 pt
    "Planning a communi…vice" hid the title); the first column takes the free width."""
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setUniformRowHeights(False)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.header().setStretchLastSection(False)
    view.setItemDelegateForColumn(0, _WrappingDelegate(view))
    view.header().sectionResized.connect(
        lambda column, _old, _new: column == 0 and view.doItemsLayout())


def show_label_text(label: QWidget, name: str) -> None:
    """A label whose purpose needs saying: the purpose goes in the description, so the
    screen reader still reads the label's own text as its name (WCAG 4.1.2)."""
    label.setAccessibleName("")
    label.setAccessibleDescription(name)


class KeyboardAccess(QObject):
    """The application-wide keyboard rules of the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QWidget):
            self._polish(watched)
        elif kind == QEvent.Type.KeyPress and isinstance(watched, (QPushButton, QToolButton)):
            key_event = event if isinstance(event, QKeyEvent) else None
            if (key_event is not None and key_event.key() in ENTER_KEYS
                    and not key_event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                    and watched.hasFocus() and watched.isEnabled()):
                watched.click()
                return True
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget):
            reason = event.reason() if isinstance(event, QFocusEvent) else None
            if reason in PROGRAM_FOCUS:
                window = watched.window()
                if not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
                    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
                    watched.update()
        return False

    @staticmethod
    def _polish(widget: QWidget) -> None:
        if isinstance(widget, QAbstractItemView):
            widget.setTabKeyNavigation(False)
        elif type(widget) is QScrollArea:
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        elif isinstance(widget, QToolButton) and isinstance(widget.parent(), QToolBar):
            widget.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def install_keyboard_access(app: QApplication) -> KeyboardAccess:
    """Install the rules once per application (idempotent)."""
    existing = app.findChild(KeyboardAccess)
    if existing is not None:
        return existing
    rules = KeyboardAccess(app)
    app.installEventFilter(rules)
    return rules


def arrow_between(buttons: list[QAbstractButton]) -> None:
    """Up/Down (and Left/Right) move between the check boxes of one question, as Qt does
    for radio buttons only; Space ticks, Tab goes on to the next one."""
    for button in buttons:
        button.installEventFilter(_ArrowKeys(buttons, button))


ARROW_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}


class _ArrowKeys(QObject):

    def __init__(self, buttons: list[QAbstractButton], owner: QAbstractButton) -> None:
        super().__init__(owner)
        self.buttons = buttons

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        step = ARROW_STEPS.get(Qt.Key(event.key()))
        if step is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        index = self.buttons.index(watched)  # type: ignore[arg-type]
        self.buttons[(index + step) % len(self.buttons)].setFocus(
            Qt.FocusReason.TabFocusReason)
        return True
