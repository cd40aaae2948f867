"""A lesson: sanitised Markdown in a browser that can only read the course's own files.

`ConfinedBrowser` never follows a link by itself and serves no resource but `pkg:` paths
that resolve (symlinks included) to a file inside the installed course folder, so a
hostile package cannot read other files or reach the network. Reading progress is the
scroll position, reported when the reader pauses; reaching the end completes the lesson.
Jumps made by the keyboard (Tab to a link, Ctrl+Down to a heading) do not count as
reading: focus alone never completes a lesson.

Screen readers get the lesson as a document with one child per block (headings, lists,
tables, links: lesson_accessible.py). Its structure is also reachable from the keyboard
and said: Ctrl+Down / Ctrl+Up go to the next / previous heading and Tab / Shift+Tab to
the next / previous link, each placing the text cursor there and announcing it
(lesson_navigation.py; the "Contents" menu lists the headings to go to); images carry
their alt text as a caption (lessons/render.py) and each table has a line with its size
before it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QFontMetricsF,
    QImage,
    QKeySequence,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...lessons.render import PACKAGE_SCHEME, render_markdown
from ...packages.manifest import Item
from ..base.errors import show_error
from ..base.icons import icon
from ..base.state import AppState
from ..base.theme import colors
from .item_view import ItemView
from .lesson_accessible import install as install_structure
from .lesson_navigation import HeadingNavigator
from .lesson_style import (
    READING_CHARS,
    boxed_blocks,
    column_margin,
    lesson_css,
    lesson_point_size,
    table_summaries,
)

REPORT_DELAY_MS = 1000  # report the scroll position once the reader pauses this long


def item_text(state: AppState, course_id: str, item: Item, language: str,
              folder: Path) -> tuple[str, str]:
    """(package path, text) of an item's file in `language` (else the default language)."""
    manifest = state.workspace.manifest(course_id)
    rel = item.path.get(language) or item.path[manifest.default_language]
    path = confined_file(folder, rel)
    if path is None:
        raise FileNotFoundError(rel)
    return rel, path.read_text(encoding="utf-8-sig")


def confined_file(folder: Path, rel: str) -> Path | None:
    """`folder/rel` if it is a file whose real path lies inside `folder`, else None."""
    if not rel or "\\" in rel or ":" in rel or rel.startswith("/") or "\x00" in rel:
        return None
    if any(part == ".." for part in rel.split("/")):
        return None
    try:
        root = folder.resolve(strict=True)
        target = root.joinpath(*rel.split("/")).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return target if target.is_relative_to(root) and target.is_file() else None


def _resource_kind(kind: Any) -> Any:
    """PySide6 passes the resource type as an int or as the enum, depending on version."""
    if isinstance(kind, int) and not isinstance(kind, QTextDocument.ResourceType):
        try:
            return QTextDocument.ResourceType(kind)
        except ValueError:
            return None
    return kind


class ConfinedBrowser(QTextBrowser):
    """QTextBrowser whose only resources are `pkg:` files inside `folder`.

    `link_focused` gives the text of the link Tab or Shift+Tab has just selected;
    `jumping` is true while that move scrolls the view."""

    link_focused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        install_structure(ConfinedBrowser)  # headings, links, lists, tables as children
        super().__init__(parent)
        self.folder: Path | None = None
        self.jumping = False
        self.max_image_width = 0
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])

    def package_file(self, url: QUrl) -> Path | None:
        if url.scheme() != PACKAGE_SCHEME or self.folder is None:
            return None
        return confined_file(self.folder, url.path())

    def focusNextPrevChild(self, next: bool) -> bool:
        self.jumping = True
        try:
            moved = super().focusNextPrevChild(next)
        finally:
            self.jumping = False
        cursor = self.textCursor()
        if moved and self.hasFocus() and cursor.hasSelection():
            self.link_focused.emit(cursor.selectedText().strip())
        return moved

    def loadResource(self, kind: int, url: QUrl) -> Any:
        """Images from the course folder only; everything else (network, file:, styles
        from outside) yields nothing."""
        path = self.package_file(url)
        if path is None or _resource_kind(kind) != QTextDocument.ResourceType.ImageResource:
            return None
        image = QImage()
        if not image.loadFromData(path.read_bytes()):
            return None
        if self.max_image_width and image.width() > self.max_image_width:
            image = image.scaledToWidth(self.max_image_width,
                                        Qt.TransformationMode.SmoothTransformation)
        return image


class FindBar(QWidget):
    """Ctrl+F: Enter finds the next match, Shift+Enter the previous, Esc closes."""

    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this lesson"))
        self.field.setAccessibleName(self.tr("Find in this lesson"))
        self.field.installEventFilter(self)
        self.field.textChanged.connect(lambda _t: self.status.clear())
        self.status = QLabel()
        self.status.setProperty("role", "danger")
        buttons = []
        for name, tip, step in (("up", self.tr("Previous match"), -1),
                                ("down", self.tr("Next match"), 1)):
            button = QToolButton()
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _c=False, s=step: self.find(backward=s < 0))
            buttons.append(button)
        close = QToolButton()
        close.setIcon(icon("mdi6.close"))
        close.setToolTip(self.tr("Close the find bar (Esc)"))
        close.setAccessibleName(self.tr("Close the find bar"))
        close.clicked.connect(self.close_bar)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel(self.tr("Find:")))
        row.addWidget(self.field, 1)
        for widget in (*buttons, self.status, close):
            row.addWidget(widget)

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.status.clear()
        self.browser.setFocus()

    def find(self, backward: bool = False) -> bool:
        """Find the next (or previous) match, wrapping around; say so when there is none."""
        text = self.field.text()
        if not text:
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward
                                else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        self.status.setText("" if found else self.tr("Not found"))
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
                self.find(backward=shift)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)


class LessonView(ItemView):
    """One lesson: zoomable reading column, find bar, scroll progress, "Mark as done"."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.browser = ConfinedBrowser()
        self.browser.setAccessibleName(self.tr("Lesson text"))
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.navigator = HeadingNavigator(self, self.browser)  # Ctrl+Down/Up, links said
        self.browser.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.find_bar = FindBar(self.browser)
        self.find_bar.hide()
        self.zoom_label = QLabel()
        self.zoom_label.setProperty("role", "muted")
        self.done_button = QPushButton(icon("done"), self.tr("Mark as done"))
        self.done_button.setAccessibleName(self.tr("Mark this lesson as done"))
        self.done_button.clicked.connect(self.mark_done)
        tools = QHBoxLayout()
        tools.setContentsMargins(8, 4, 8, 4)
        self.contents_button = QToolButton()
        self.contents_button.setText(self.tr("Contents"))
        self.contents_button.setToolTip(self.tr("Headings of this lesson (Ctrl+Down / Ctrl+Up "
                                                "go to the next / previous one)"))
        self.contents_button.setAccessibleName(self.tr("Contents of this lesson"))
        self.contents_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.contents_menu = QMenu(self.contents_button)
        self.contents_menu.aboutToShow.connect(self._fill_contents)
        self.contents_button.setMenu(self.contents_menu)
        tools.addWidget(self.contents_button)
        tools.addStretch(1)
        for name, tip, slot in (
                ("zoom-out", self.tr("Smaller text (Ctrl+Minus)"), lambda: self.zoom_by(-1)),
                ("zoom-in", self.tr("Larger text (Ctrl+Plus)"), lambda: self.zoom_by(1)),
                ("search", self.tr("Find in this lesson (Ctrl+F)"), self.find_bar.open_bar)):
            button = QToolButton()
            button.setIcon(icon(name))
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            tools.addWidget(button)
            if name == "zoom-out":
                tools.addWidget(self.zoom_label)
        tools.addSpacing(12)
        tools.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(tools)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.find_bar)
        for keys, slot in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), lambda: self.zoom_by(1)),
                           ((QKeySequence.StandardKey.ZoomOut,), lambda: self.zoom_by(-1)),
                           (("Ctrl+0",), self.reset_zoom),
                           ((QKeySequence.StandardKey.Find,), self.find_bar.open_bar)):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._report_timer = QTimer(self, singleShot=True, interval=REPORT_DELAY_MS)
        self._report_timer.timeout.connect(self.report_position)
        self._html = ""
        self._base = ""
        self._pending_scroll: float | None = None
        self._dirty = False
        self._completed_sent = False
        state.settings_changed.connect(self._on_setting)

    # --- loading and look ------------------------------------------------------------------

    def load(self, course_id: str, item: Item, language: str, folder: Path) -> None:
        super().load(course_id, item, language, folder)
        self._report_timer.stop()
        self._dirty = self._completed_sent = False
        self.browser.folder = folder
        try:
            self._base, text = item_text(self.state, course_id, item, language, folder)
            ids = {i.id for i in self.state.workspace.manifest(course_id).items}
            self._html = boxed_blocks(table_summaries(
                render_markdown(text, self._base, ids).html, self._table_label))
        except (OSError, UnicodeDecodeError):
            self._html = "<p>{}</p>".format(self.tr(
                "This lesson's file is missing or damaged. Reinstall the course package, "
                "or ask your facilitator for a new copy."))
        position: dict[str, Any] = {}
        done = False
        if self.state.progress is not None:
            item_state = self.state.progress.item_state(course_id, item.id)
            position, done = item_state.position, item_state.done
        self._show_done(done)
        self._pending_scroll = float(position.get("scroll", 0.0) or 0.0)
        self.restyle()
        QTimer.singleShot(0, self._after_layout)

    def _table_label(self, rows: int, columns: int) -> str:
        return self.tr("Table — rows: {rows}, columns: {columns}").format(
            rows=rows, columns=columns)

    def restyle(self) -> None:
        """Apply theme, font size and zoom; keeps the reading position."""
        bar = self.browser.verticalScrollBar()
        keep = bar.value() / bar.maximum() if bar.maximum() else None
        zoom = int(self.state.setting("lesson_zoom") or 0)
        size = lesson_point_size(int(self.state.setting("font_size") or 11), zoom)
        font = QFont(self.font())
        font.setPointSizeF(size)
        char_width = QFontMetricsF(font).averageCharWidth()
        margin = column_margin(self.browser.viewport().width(), char_width)
        self.browser.max_image_width = int(READING_CHARS * char_width) - 8
        document = self.browser.document()
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(lesson_css(colors(str(self.state.setting("theme"))), size))
        document.setDocumentMargin(12)
        self.browser.setHtml(self._html)
        self._apply_margin(margin)
        self.zoom_label.setText(f"{round(100 * (1 + 0.1 * zoom))} %")
        if keep is not None and self._pending_scroll is None:
            bar.setValue(round(keep * bar.maximum()))

    def _apply_margin(self, margin: int) -> None:
        root = self.browser.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != margin or fmt.rightMargin() != margin:
            fmt.setLeftMargin(margin)
            fmt.setRightMargin(margin)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        font = self.browser.document().defaultFont()
        self._apply_margin(column_margin(self.browser.viewport().width(),
                                         QFontMetricsF(font).averageCharWidth()))

    def _on_setting(self, key: str) -> None:
        if key in ("lesson_zoom", "font_size", "theme") and self.item is not None:
            self.restyle()

    def _after_layout(self) -> None:
        """Resume at the saved position; a lesson that fits on screen is read when shown."""
        if not shiboken6.isValid(self) or self.item is None:
            return
        self.browser.document().documentLayout().documentSize()  # finish the layout
        bar = self.browser.verticalScrollBar()
        if self._pending_scroll is not None:
            bar.setValue(round(self._pending_scroll * bar.maximum()))
            self._pending_scroll = None
        self._report_timer.stop()
        self._dirty = False
        if bar.maximum() == 0 and self.isVisible():
            self._dirty = True
            self.report_position()

    # --- structure ------------------------------------------------------------------------

    def go_to_heading(self, step: int) -> bool:
        return self.navigator.go(step)

    def headings(self) -> list[tuple[int, int, str]]:
        return self.navigator.headings()

    def _fill_contents(self) -> None:
        self.contents_menu.clear()
        for number, level, text in self.headings():
            action = self.contents_menu.addAction("    " * (level - 1) + text.replace("&", "&&"))
            action.triggered.connect(lambda _c=False, n=number: self._select_heading(n))
        if self.contents_menu.isEmpty():
            self.contents_menu.addAction(self.tr("This lesson has no headings")).setEnabled(False)

    def _select_heading(self, number: int) -> None:
        self.navigator.select(number)

    # --- zoom ------------------------------------------------------------------------------

    def zoom_by(self, step: int) -> None:
        zoom = max(-5, min(10, int(self.state.setting("lesson_zoom") or 0) + step))
        self._set_zoom(zoom)

    def reset_zoom(self) -> None:
        self._set_zoom(0)

    def _set_zoom(self, zoom: int) -> None:
        try:
            self.state.set_setting("lesson_zoom", zoom)  # restyles via settings_changed
        except Exception as exc:
            show_error(self, exc)

    # --- progress --------------------------------------------------------------------------

    def scroll_fraction(self) -> float:
        bar = self.browser.verticalScrollBar()
        return 1.0 if bar.maximum() <= 0 else bar.value() / bar.maximum()

    def _on_scrolled(self, _value: int) -> None:
        if self.browser.jumping:
            return  # a keyboard jump is not reading (focus alone never completes a lesson)
        if self.item is not None and self._pending_scroll is None:
            self._dirty = True
            self._report_timer.start()

    def report_position(self) -> None:
        """Send the scroll position to the tracker (on the writer thread)."""
        progress, item = self.state.progress, self.item
        if progress is None or item is None or not self._dirty:
            return
        self._dirty = False
        course_id, item_id, fraction = self.course_id, item.id, self.scroll_fraction()
        self.state.write(lambda: progress.report_scroll(course_id, item_id, fraction),
                         lambda finished: self._on_reported(item_id, bool(finished)))

    def _on_reported(self, item_id: str, finished: bool) -> None:
        if finished and shiboken6.isValid(self):
            self._show_done(True)
            if not self._completed_sent and self.item is not None and self.item.id == item_id:
                self._completed_sent = True
                self.completed.emit(item_id)

    def _show_done(self, done: bool) -> None:
        self.done_button.setEnabled(not done and self.state.progress is not None)
        self.done_button.setText(self.tr("Done") if done else self.tr("Mark as done"))

    def save_now(self) -> None:
        self._report_timer.stop()
        self.report_position()

    def unload(self) -> None:
        self.save_now()

    # --- links -----------------------------------------------------------------------------

    def _on_anchor(self, url: QUrl) -> None:
        try:
            scheme = url.scheme().lower()
            if scheme == "item":
                self.open_item_requested.emit(url.path())
            elif scheme in ("http", "https"):
                if self.confirm_external(url):
                    QDesktopServices.openUrl(url)
            elif scheme == PACKAGE_SCHEME:
                self._open_package_link(url)
            elif not scheme and url.hasFragment():
                self.browser.scrollToAnchor(url.fragment())
        except Exception as exc:
            show_error(self, exc)

    def _open_package_link(self, url: QUrl) -> None:
        """A link to another lesson file of the course opens that item; others are ignored."""
        if self.browser.package_file(url) is None:
            return
        path = url.path()
        for item in self.state.workspace.manifest(self.course_id).items:
            if path in item.path.values():
                if self.item is not None and item.id == self.item.id:
                    if url.hasFragment():
                        self.browser.scrollToAnchor(url.fragment())
                else:
                    self.open_item_requested.emit(item.id)
                return

    def confirm_external(self, url: QUrl) -> bool:
        return confirm_external(self, url)


def confirm_external(parent: QWidget, url: QUrl) -> bool:
    """Ask before leaving the app: the internet may not be available here (lessons and
    PDFs ask the same question, in the lesson view's translation context)."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LessonView", "Open a web page?"))
    box.setText(translate("LessonView",
                          "This link leads to the internet, which may not be available here:"))
    box.setInformativeText(url.toDisplayString())
    open_button = box.addButton(translate("LessonView", "Open in browser"),
                                QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("LessonView", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is open_button
