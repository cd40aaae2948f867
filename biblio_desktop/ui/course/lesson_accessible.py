"""The structure of a lesson (or slide) for screen readers: one accessible child per block.

Qt exposes a QTextBrowser as one text object with no children, so a screen reader's own
heading, link, list and table navigation finds nothing in a lesson. `install()` adds a
`QAccessible` factory that gives each `ConfinedBrowser` a Python interface instead: the
browser keeps its text interface (written here over the QTextDocument, as Qt's own is
private) and gets one child per block of the rendered document: headings (role Heading,
the level as the AT-SPI `level` attribute), paragraphs, lists with their items, tables
with their cells (row and column in the cell interface), and inside them the links (role
Link, whose press action opens the link through the browser's `anchorClicked`, so the
same confirmation as a click). Rectangles come from the document layout on every call,
so they follow scrolling; the children are rebuilt after each re-render.

PySide6 specifics learnt the hard way (6.11): `interface_cast` must return a wrapper
object or `shiboken6.VoidPtr` (a plain int or None crashes the bridge), and Qt's cache
keeps every child interface it has handed out, so the children are kept alive here and
deleted from the cache when they are replaced or the browser is destroyed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect, QTimer, QUrl
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleAttributesInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTableCellInterface,
    QAccessibleTextInterface,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextTable,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser

Role = QAccessible.Role
NO_INTERFACE = shiboken6.VoidPtr(0)
PARAGRAPH_SEPARATOR = "\u2029"


@dataclass
class Node:
    """One piece of the document's structure: its role, name and character range."""

    role: QAccessible.Role
    name: str
    start: int
    end: int
    level: int = 0
    url: str = ""
    row: int = -1
    column: int = -1
    children: list[Node] = field(default_factory=list)


def _links(block: QTextBlock) -> list[Node]:
    found = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        fmt = fragment.charFormat()
        if fragment.isValid() and fmt.isAnchor() and fmt.anchorHref():
            start, end = fragment.position(), fragment.position() + fragment.length()
            if found and found[-1].url == fmt.anchorHref() and found[-1].end == start:
                found[-1].end = end  # one link split into fragments by formatting
                found[-1].name += fragment.text()
            else:
                found.append(Node(Role.Link, fragment.text(), start, end, url=fmt.anchorHref()))
        iterator += 1
    for link in found:
        link.name = link.name.replace("\ufffc", "").strip()
    return found


def _block_node(block: QTextBlock) -> Node:
    level = block.blockFormat().headingLevel()
    start = block.position()
    return Node(Role.Heading if level else Role.Paragraph, block.text().strip(), start,
                start + max(0, block.length() - 1), level=level, children=_links(block))


def document_structure(document: QTextDocument) -> list[Node]:
    """The top-level nodes of `document`, in reading order: headings, paragraphs, lists
    (consecutive blocks of one QTextList) and tables (cells by row and column)."""
    nodes: list[Node] = []
    lists: dict[int, Node] = {}
    tables: set[int] = set()
    block = document.begin()
    while block.isValid():
        cursor = QTextCursor(block)
        table = cursor.currentTable()
        text_list = block.textList()
        if table is not None and (table.rows(), table.columns()) != (1, 1):
            if id(table) not in tables and not any(n.start == table.firstPosition() - 1
                                                   for n in nodes if n.role == Role.Table):
                tables.add(id(table))
                nodes.append(_table_node(document, table))
            block = document.findBlock(table.lastPosition() + 1)
            continue
        if not block.text().replace("\ufffc", "").strip():
            block = block.next()  # empty, or an image alone: its caption follows
            continue
        if text_list is not None:
            key = text_list.objectIndex()
            holder = lists.get(key)
            if holder is None:
                holder = lists[key] = Node(Role.List, "", block.position(), block.position())
                nodes.append(holder)
            item = _block_node(block)
            item.role, item.level = Role.ListItem, 0
            holder.children.append(item)
            holder.end = item.end
        else:
            nodes.append(_block_node(block))
        block = block.next()
    return nodes


def _table_node(document: QTextDocument, table: QTextTable) -> Node:
    node = Node(Role.Table, "", table.firstPosition() - 1, table.lastPosition() + 1,
                row=table.rows(), column=table.columns())
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            if cell.row() != row or cell.column() != column:
                continue  # covered by a spanning cell
            start, end = cell.firstPosition(), cell.lastPosition()
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            links = []
            block = document.findBlock(start)
            while block.isValid() and block.position() <= end:
                links += _links(block)
                block = block.next()
            node.children.append(Node(Role.Cell, cursor.selectedText().replace(
                PARAGRAPH_SEPARATOR, " ").strip(), start, end, row=row, column=column,
                children=links))
    return node


class DocumentText(QAccessibleTextInterface):
    """The browser's text interface, over its QTextDocument and text cursor."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__()
        self.browser = browser

    def _cursor(self, start: int, end: int) -> QTextCursor:
        count = self.characterCount()
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(max(0, min(start, count)))
        cursor.setPosition(max(0, min(end, count)), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def characterCount(self) -> int:
        return max(0, self.browser.document().characterCount() - 1)

    def text(self, start: int, end: int) -> str:  # type: ignore[override]
        if end < 0:
            end = self.characterCount()
        return self._cursor(start, end).selectedText().replace(PARAGRAPH_SEPARATOR, "\n")

    def cursorPosition(self) -> int:
        return self.browser.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        self.browser.setTextCursor(self._cursor(position, position))

    def selectionCount(self) -> int:
        return 1 if self.browser.textCursor().hasSelection() else 0

    def addSelection(self, start: int, end: int) -> None:
        self.browser.setTextCursor(self._cursor(start, end))

    def removeSelection(self, index: int) -> None:
        cursor = self.browser.textCursor()
        cursor.clearSelection()
        self.browser.setTextCursor(cursor)

    def setSelection(self, index: int, start: int, end: int) -> None:
        self.addSelection(start, end)

    def characterRect(self, offset: int) -> QRect:
        rect = self.browser.cursorRect(self._cursor(offset, offset))
        rect.setWidth(max(rect.width(), 1))
        return QRect(self.browser.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def offsetAtPoint(self, point: QPoint) -> int:
        local = self.browser.viewport().mapFromGlobal(point)
        return self.browser.cursorForPosition(local).position()

    def scrollToSubstring(self, start: int, end: int) -> None:
        self.browser.setTextCursor(self._cursor(start, end))
        self.browser.ensureCursorVisible()


class _Level(QAccessibleAttributesInterface):
    def __init__(self, level: int) -> None:
        super().__init__()
        self.level = level

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        return [QAccessible.Attribute.Level]

    def attributeValue(self, key: QAccessible.Attribute) -> Any:
        return self.level if key == QAccessible.Attribute.Level else None


class _Press(QAccessibleActionInterface):
    def __init__(self, node: NodeInterface) -> None:
        super().__init__()
        self.node = node

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, name: str) -> None:
        if name == QAccessibleActionInterface.pressAction():
            self.node.document.press(self.node.node)

    def keyBindingsForAction(self, name: str) -> list[str]:
        return []


class _Cell(QAccessibleTableCellInterface):
    def __init__(self, node: NodeInterface) -> None:
        super().__init__()
        self.node = node

    def rowIndex(self) -> int:
        return self.node.node.row

    def columnIndex(self) -> int:
        return self.node.node.column

    def rowExtent(self) -> int:
        return 1

    def columnExtent(self) -> int:
        return 1

    def isSelected(self) -> bool:
        return False

    def rowHeaderCells(self) -> list[QAccessibleInterface]:
        return []

    def columnHeaderCells(self) -> list[QAccessibleInterface]:
        table = self.node.parent()
        if self.node.node.row == 0 or not isinstance(table, NodeInterface):
            return []
        return [kid for kid in table.kids
                if kid.node.row == 0 and kid.node.column == self.node.node.column]

    def table(self) -> QAccessibleInterface:
        return self.node.parent()


class NodeInterface(QAccessibleInterface):
    """A heading, paragraph, list, item, table, cell or link of the document."""

    def __init__(self, document: DocumentInterface, parent: QAccessibleInterface,
                 node: Node) -> None:
        super().__init__()
        self.document = document
        self._parent = parent
        self.node = node
        self.kids = [NodeInterface(document, self, kid) for kid in node.children]
        self._extra: Any = None
        if node.role == Role.Heading:
            self._extra = _Level(node.level)
        elif node.role == Role.Link:
            self._extra = _Press(self)
        elif node.role == Role.Cell:
            self._extra = _Cell(self)

    def all(self) -> list[NodeInterface]:
        return [self, *(deep for kid in self.kids for deep in kid.all())]

    def isValid(self) -> bool:
        return self.document.alive and self in self.document.current_nodes()

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> Any:
        return self.document.window()

    def relations(self, match: Any = None) -> list[Any]:  # type: ignore[override]
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((kid for kid in self.kids if kid.rect().contains(x, y)), None)

    def parent(self) -> QAccessibleInterface:  # type: ignore[override]
        return self._parent

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return self.kids[index] if 0 <= index < len(self.kids) else None

    def childCount(self) -> int:
        return len(self.kids)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, kid in enumerate(self.kids) if kid is child), -1)

    def text(self, kind: QAccessible.Text) -> str:  # type: ignore[override]
        node = self.node
        if not self.isValid():
            return ""
        if kind == QAccessible.Text.Name:
            return node.name
        if kind == QAccessible.Text.Description:
            return self.document.describe(node)
        if kind == QAccessible.Text.Value and node.role == Role.Link:
            return node.url
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass

    def role(self) -> QAccessible.Role:
        return self.node.role

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        if self.node.role == Role.Link:
            state.linked = True
            state.focusable = False
        if self.isValid() and not self.document.browser.viewport().rect().intersects(
                self.document.local_rect(self.node)):
            state.offscreen = True
        return state

    def rect(self) -> QRect:
        if not self.isValid():
            return QRect()
        local = self.document.local_rect(self.node)
        viewport = self.document.browser.viewport()
        return QRect(viewport.mapToGlobal(local.topLeft()), local.size())

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:  # type: ignore[override]
        wanted = {QAccessible.InterfaceType.AttributesInterface: _Level,
                  QAccessible.InterfaceType.ActionInterface: _Press,
                  QAccessible.InterfaceType.TableCellInterface: _Cell}.get(kind)
        if wanted is not None and isinstance(self._extra, wanted):
            return shiboken6.VoidPtr(self._extra)
        return NO_INTERFACE


class DocumentInterface(QAccessibleWidget):
    """A `ConfinedBrowser` as a document: its text, and its blocks as children."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser, Role.Document)
        self.browser = browser
        self.alive = True
        self.text_interface = DocumentText(browser)
        self.kids: list[NodeInterface] = []
        self.nodes: set[NodeInterface] = set()
        self._stale = True
        browser.document().contentsChanged.connect(self._mark_stale)
        browser.destroyed.connect(self._on_destroyed)

    # --- structure ------------------------------------------------------------------------

    def _mark_stale(self) -> None:
        if not self._stale:
            self._stale = True
            QTimer.singleShot(0, self.browser, self._refresh_if_stale)

    def _refresh_if_stale(self) -> None:
        if self._stale and self.alive:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the children from the document (after a re-render) and tell the
        screen reader they changed; the old ones leave Qt's cache."""
        self._stale = False
        self._forget()
        self.kids = [NodeInterface(self, self, node)
                     for node in document_structure(self.browser.document())]
        self.nodes = {deep for kid in self.kids for deep in kid.all()}
        QAccessible.updateAccessibility(QAccessibleEvent(self.browser,
                                                         QAccessible.Event.ObjectReorder))

    def _current(self) -> list[NodeInterface]:
        self._refresh_if_stale()
        return self.kids

    def current_nodes(self) -> set[NodeInterface]:
        self._refresh_if_stale()
        return self.nodes

    def _forget(self) -> None:
        old, self.kids, self.nodes = self.kids, [], set()
        for kid in old:
            for node in kid.all():
                QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(node))

    def _on_destroyed(self) -> None:
        self.alive = False
        self._forget()
        _REGISTRY.pop(id(self.browser), None)

    # --- geometry and actions -------------------------------------------------------------

    def local_rect(self, node: Node) -> QRect:
        """`node`'s rectangle in the browser's viewport, from the document layout."""
        document = self.browser.document()
        layout = document.documentLayout()
        offset = QPoint(self.browser.horizontalScrollBar().value(),
                        self.browser.verticalScrollBar().value())
        if node.role == Role.Link:
            cursor = QTextCursor(document)
            cursor.setPosition(node.start)
            first = self.browser.cursorRect(cursor)
            cursor.setPosition(node.end)
            return first.united(self.browser.cursorRect(cursor))
        if node.role == Role.Table:
            table = QTextCursor(document.findBlock(node.start + 1)).currentTable()
            if table is not None:
                return layout.frameBoundingRect(table).toAlignedRect().translated(-offset)
        rect = QRect()
        block = document.findBlock(node.start)
        while block.isValid() and block.position() <= node.end:
            rect = rect.united(layout.blockBoundingRect(block).toAlignedRect())
            block = block.next()
        return rect.translated(-offset)

    def press(self, node: Node) -> None:
        """Open a link as a click would (the lesson view asks before leaving the app)."""
        if self.alive and node.url:
            self.browser.anchorClicked.emit(QUrl(node.url))

    def describe(self, node: Node) -> str:
        translate = QCoreApplication.translate  # literal calls, so lupdate finds them
        if node.role == Role.Table:
            return translate("LessonStructure", "rows: {rows}, columns: {columns}").format(
                rows=node.row, columns=node.column)
        if node.role == Role.List:
            return translate("LessonStructure", "%n items", "", len(node.children))
        if node.role == Role.Cell:
            return translate("LessonStructure", "row {row}, column {column}").format(
                row=node.row + 1, column=node.column + 1)
        return ""

    # --- QAccessibleInterface -------------------------------------------------------------

    def childCount(self) -> int:
        return len(self._current())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        kids = self._current()
        return kids[index] if 0 <= index < len(kids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return next((i for i, kid in enumerate(self._current()) if kid is child), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return next((kid for kid in self._current() if kid.rect().contains(x, y)), None)

    def interface_cast(self, kind: QAccessible.InterfaceType) -> Any:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(self.text_interface)
        return shiboken6.VoidPtr(super().interface_cast(kind))


_REGISTRY: dict[int, DocumentInterface] = {}
_browser_types: tuple[type, ...] = ()


def _factory(_class_name: str, obj: QObject) -> QAccessibleInterface | None:
    if _browser_types and isinstance(obj, _browser_types):
        interface = _REGISTRY.get(id(obj))
        if interface is None or not interface.alive:
            interface = _REGISTRY[id(obj)] = DocumentInterface(obj)  # type: ignore[arg-type]
        return interface
    return None


def install(browser_type: type) -> None:
    """Give every widget of `browser_type` (a QTextBrowser) the structured interface.
    Idempotent; the interfaces are kept here, as Qt does not own Python objects."""
    global _browser_types
    if browser_type in _browser_types:
        return
    if not _browser_types:
        QAccessible.installFactory(_factory)
    _browser_types = (*_browser_types, browser_type)


def interface_of(browser: QTextBrowser) -> DocumentInterface | None:
    """The structured interface of `browser`, if it has one (for tests)."""
    interface = QAccessible.queryAccessibleInterface(browser)
    return interface if isinstance(interface, DocumentInterface) else None
