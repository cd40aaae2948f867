"""Is anything on a screen cut off or elided? (WCAG 1.4.4 at 24 pt, tests/ui/test_large_text*.)

Read from the widgets' geometry and their own size hints, which Qt computes with
QFontMetrics for the widget's font: a label, button, check box or field smaller than the
text it needs, a combo box narrower than its current text, a widget reaching outside its
parent (the window cut it off) or a table column narrower than its cells. A scroll area's
content may be larger than the view (that is scrolling, not cutting off)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollBar,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QToolBar,
    QTreeView,
    QWidget,
)

SLACK = 1  # rounding of fractional font metrics


def _describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "accessibleName", "currentText"):
        if hasattr(widget, getter):
            text = str(getattr(widget, getter)() or "")
            if text:
                break
    return f"{type(widget).__name__} {text[:50]!r} in {type(widget.window()).__name__}"


def _scrolled(parent: QWidget) -> bool:
    """A scroll area's viewport, whose content may be larger than it."""
    area = parent.parentWidget()
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def _inside_parent(widget: QWidget) -> str | None:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow() or _scrolled(parent) or isinstance(parent, QToolBar):
        return None
    if isinstance(widget, QScrollBar):
        return None
    geometry, room = widget.geometry(), parent.rect()
    if geometry.right() > room.right() + SLACK or geometry.bottom() > room.bottom() + SLACK \
            or geometry.left() < -SLACK or geometry.top() < -SLACK:
        return f"{_describe(widget)}: {geometry.getRect()} reaches outside its parent " \
               f"{type(parent).__name__} {room.getRect()}"
    return None


def _label(label: QLabel) -> str | None:
    if not label.text().strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    if label.wordWrap():
        need_h, need_w = label.heightForWidth(label.width()), 0
        if need_h < 0:
            need_h = label.sizeHint().height()
    else:
        hint = label.minimumSizeHint()
        need_w, need_h = hint.width(), hint.height()
    if label.width() + SLACK < need_w or label.height() + SLACK < need_h:
        return f"{_describe(label)}: {label.width()}×{label.height()} for text needing " \
               f"{need_w}×{need_h}"
    return None


def _sized(widget: QWidget) -> str | None:
    if isinstance(widget, QAbstractButton) and not widget.text():
        return None  # an icon-only button (a field's clear button): no text to cut
    if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QAbstractSpinBox):
        return None  # the spin box's own field: the spin box is checked
    hint = widget.minimumSizeHint()
    # fields scroll their text sideways: only their height must fit a line, and an empty
    # field's hint (placeholder) must show whole
    need_w = 0 if isinstance(widget, (QLineEdit, QAbstractSpinBox)) else hint.width()
    if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
        need_w = widget.fontMetrics().horizontalAdvance(widget.placeholderText()) + 12 + sum(
            widget.fontMetrics().height() + 8 for _ in widget.actions())
    if widget.width() + SLACK < need_w or widget.height() + SLACK < hint.height():
        return f"{_describe(widget)}: {widget.width()}×{widget.height()}, needs " \
               f"{need_w}×{hint.height()}"
    return None


def _combo(combo: QComboBox) -> str | None:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if need > field.width() + SLACK or combo.height() + SLACK < combo.minimumSizeHint().height():
        return f"{_describe(combo)}: text {need} px wide in a {field.width()} px field"
    return None


def _view(view: QAbstractItemView) -> list[str]:
    found: list[str] = []
    model = view.model()
    if model is None or not model.rowCount():
        return found
    header: QHeaderView | None = None
    if isinstance(view, QTreeView):
        header = view.header()
    elif isinstance(view, QTableView):
        header = view.horizontalHeader()
    if header is None:
        return found
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        if view.itemDelegateForColumn(column) is not None:
            continue  # wrap_titles's delegate (rows checked by test_large_text) or a bar
        if isinstance(view, QTableView) and view.wordWrap():
            continue  # text wraps at the column's width: the row heights are checked below
        need = view.sizeHintForColumn(column)
        if need > header.sectionSize(column) + SLACK:
            title = model.headerData(column, header.orientation())
            found.append(f"{_describe(view)}: column {title!r} is {header.sectionSize(column)}"
                         f" px wide, its cells need {need}")
        title_need = header.sectionSizeFromContents(column).width()
        if title_need > header.sectionSize(column) + SLACK:
            title = model.headerData(column, header.orientation())
            found.append(f"{_describe(view)}: header {title!r} needs {title_need} px, has "
                         f"{header.sectionSize(column)}")
    if isinstance(view, QTableView):
        for row in range(model.rowCount()):
            if view.rowHeight(row) + SLACK < view.sizeHintForRow(row):
                found.append(f"{_describe(view)}: row {row} is {view.rowHeight(row)} px high, "
                             f"needs {view.sizeHintForRow(row)}")
    return found


def cut_off(root: QWidget) -> list[str]:
    """Every visible part of `root`'s window that is cut off or elided."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.window() is not root.window():
            continue
        problem = _inside_parent(widget)
        if problem:
            found.append(problem)
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, (QAbstractButton, QLineEdit, QAbstractSpinBox)):
            problem = _sized(widget)
        elif isinstance(widget, QAbstractItemView):
            found += _view(widget)
            problem = None
        else:
            problem = None
        if problem:
            found.append(problem)
    return found
