"""A PDF reading item: pages, zoom, find, the PDF's outline (or page thumbnails when it
has none), "Mark as read", resume.

QtPdf (pdfium) is imported only here and in pdf_document.py, which the course view loads
when a PDF item is first opened, so the app's start-up never loads it. The file is
opened off the GUI thread (pdf_document.PdfLoader); a damaged or hostile file shows a
message in place of the pages. Every page shown is reported (learning/tracker.py
`report_page`); all pages shown, or "Mark as read", completes the item, and reopening it
resumes at the last page shown.

Keys: Page Down / Page Up (also Ctrl+Right / Ctrl+Left) turn pages, Home / End go to
the first / last page, arrows scroll inside a page, Ctrl+= / Ctrl+- zoom, Ctrl+0 fits
the width, Ctrl+F finds (Enter / Shift+Enter: next / previous match, Esc closes).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfBookmarkModel, QPdfLinkModel, QPdfSearchModel
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...packages.manifest import Item
from ..base.accessibility import announce, wrap_titles
from ..base.icons import icon
from ..base.state import AppState
from .item_view import ItemView
from .lesson_view import confined_file, confirm_external
from .pdf_document import (
    MAX_PAGES,
    LoadedPdf,
    PdfCanvas,
    PdfLoader,
    PdfProblem,
    capped_zoom,
    close_later,
)
from .pdf_pages import PageList
from .pdf_text import PageText

ZOOM_STEP = 1.25
COUNT_SETTLE_MS = 400  # announce the number of matches once the search stops finding more
NO_MATCH_AFTER_S = 1.5  # "No matches" only when nothing was found for this long
_PAGE_KEYS: dict[int, int | str] = {
    Qt.Key.Key_PageDown.value: 1, Qt.Key.Key_PageUp.value: -1,
    Qt.Key.Key_Home.value: "first", Qt.Key.Key_End.value: "last"}


def _tool(name: str, tip: str, slot: Any) -> QToolButton:
    button = QToolButton()
    button.setIcon(icon(name))
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.clicked.connect(lambda _c=False: slot())
    return button


class PdfView(ItemView):
    """A PDF item: one page at a time, with its outline beside it (page thumbnails when
    the PDF has no outline)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.loaded: LoadedPdf | None = None
        self._retired: list[LoadedPdf] = []  # documents left, closed once replaced
        self.opening = False  # a file is being opened (the message says so)
        self.page = 0
        self.fit_width = True
        self._zoom = 1.0
        self._resume_page = 0
        self._completed_sent = False
        self.loader = PdfLoader(self)
        self.loader.finished.connect(self._on_loaded)
        self.canvas = PdfCanvas()
        self.canvas.setAccessibleName(self.tr("PDF page"))
        self.canvas.installEventFilter(self)
        self.canvas.link_activated.connect(self.open_link)
        self.search = QPdfSearchModel(self)
        self.search.countChanged.connect(lambda: self._count_timer.start())
        self.canvas.setSearchModel(self.search)
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_SETTLE_MS)
        self._count_timer.timeout.connect(self._announce_count)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.message.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outline = QTreeView()
        self.outline.setHeaderHidden(True)
        wrap_titles(self.outline)  # long section titles wrap, never elided
        self.outline.setAccessibleName(self.tr("Contents of this PDF"))
        self.outline.activated.connect(self._outline_activated)
        self.outline.clicked.connect(self._outline_activated)
        self.outline.setMinimumWidth(180)
        self.pages = PageList()
        self.pages.setAccessibleName(self.tr("Pages of this PDF"))
        self.pages.page_chosen.connect(self.go)
        self.side = QStackedWidget()
        self.side.addWidget(self.outline)
        self.side.addWidget(self.pages)
        self.page_text = PageText()
        self.page_text.installEventFilter(self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.canvas)
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.page_text)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.side)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([220, 600])
        self.splitter.setChildrenCollapsible(False)

        self.contents_button = QToolButton()
        self.contents_button.setText(self.tr("Contents"))
        self.contents_button.setCheckable(True)
        self.contents_button.setChecked(True)
        self.contents_button.setToolTip(self.tr("Show or hide the contents (or the pages) of "
                                                "this PDF"))
        self.contents_button.setAccessibleName(self.tr("Contents of this PDF"))
        self.contents_button.toggled.connect(self._show_outline)
        self.links_button = QToolButton()
        self.links_button.setText(self.tr("Links"))
        self.links_button.setToolTip(self.tr("Links on this page"))
        self.links_button.setAccessibleName(self.tr("Links on this page"))
        self.links_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.links_menu = QMenu(self.links_button)
        self.links_menu.aboutToShow.connect(self._fill_links)
        self.links_button.setMenu(self.links_menu)
        self.previous_button = _tool("previous", self.tr("Previous page (Page Up)"),
                                     lambda: self.go(self.page - 1))
        self.next_button = _tool("next", self.tr("Next page (Page Down)"),
                                 lambda: self.go(self.page + 1))
        self.page_box = QSpinBox()
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.page_box.setKeyboardTracking(False)
        self.page_box.valueChanged.connect(lambda value: self.go(value - 1))
        page_label = QLabel(self.tr("&Page"))
        page_label.setBuddy(self.page_box)
        self.count_label = QLabel()
        self.zoom_out = _tool("zoom-out", self.tr("Zoom out (Ctrl+Minus)"),
                              lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_label = QLabel()
        self.zoom_label.setProperty("role", "muted")
        self.zoom_in = _tool("zoom-in", self.tr("Zoom in (Ctrl+Plus)"),
                             lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button = _tool("mdi6.arrow-expand-horizontal",
                                self.tr("Fit the page to the width (Ctrl+0)"), self.fit)
        self.find_button = _tool("search", self.tr("Find in this PDF (Ctrl+F)"), self.open_find)
        self.text_button = QToolButton()
        self.text_button.setText(self.tr("Text"))
        self.text_button.setCheckable(True)
        self.text_button.setToolTip(self.tr("Show this page as text, for screen readers, a "
                                            "text cursor or copying (Ctrl+T)"))
        self.text_button.setAccessibleName(self.tr("Show this page as text"))
        self.text_button.toggled.connect(self._show_text)
        self.done_button = QPushButton(icon("done"), self.tr("Mark as read"))
        self.done_button.setAccessibleName(self.tr("Mark this PDF as read"))
        self.done_button.clicked.connect(self.mark_done)
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find in this PDF"))
        self.find_field.setAccessibleName(self.tr("Find in this PDF"))
        self.find_field.installEventFilter(self)
        self.find_field.textChanged.connect(self._search_for)
        self.find_status = QLabel()
        self.find_status.setProperty("role", "muted")
        self.find_previous = _tool("up", self.tr("Previous match (Shift+Enter)"),
                                   lambda: self.find(-1))
        self.find_next = _tool("down", self.tr("Next match (Enter)"), lambda: self.find(1))
        self.find_close = _tool("mdi6.close", self.tr("Close the find bar (Esc)"),
                                self.close_find)
        self.find_bar = QWidget()
        find_row = QHBoxLayout(self.find_bar)
        find_row.setContentsMargins(8, 4, 8, 4)
        find_label = QLabel(self.tr("Find:"))
        find_label.setBuddy(self.find_field)
        for widget in (find_label, self.find_field, self.find_previous, self.find_next,
                       self.find_status, self.find_close):
            find_row.addWidget(widget, 1 if widget is self.find_field else 0)
        self.find_bar.hide()
        self.search_index = -1
        self._search_started = 0.0

        pages = QHBoxLayout()
        pages.setContentsMargins(8, 4, 8, 0)
        pages.setSpacing(8)
        for widget in (self.contents_button, self.links_button, self.previous_button,
                       page_label, self.page_box, self.count_label, self.next_button):
            pages.addWidget(widget)
        pages.addStretch(1)
        pages.addWidget(self.done_button)
        view_row = QHBoxLayout()
        view_row.setContentsMargins(8, 4, 8, 4)
        view_row.setSpacing(8)
        view_row.addStretch(1)
        for widget in (self.text_button, self.zoom_out, self.zoom_label, self.zoom_in,
                       self.fit_button, self.find_button):
            view_row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(pages)
        layout.addLayout(view_row)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        for keys, slot in (((QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
                            lambda: self.zoom_by(ZOOM_STEP)),
                           ((QKeySequence.StandardKey.ZoomOut,),
                            lambda: self.zoom_by(1 / ZOOM_STEP)),
                           (("Ctrl+0",), self.fit),
                           (("Ctrl+T",), self.text_button.toggle),
                           ((QKeySequence.StandardKey.Find,), self.open_find),
                           (("Ctrl+Right",), lambda: self.go(self.page + 1)),
                           (("Ctrl+Left",), lambda: self.go(self.page - 1))):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self._set_controls(False)

    # --- loading -------------------------------------------------------------------------

    def load(self, course_id: str, item: Item, language: str, folder: Path) -> None:
        super().load(course_id, item, language, folder)
        self._release()
        self._completed_sent = False
        self.page = 0
        self.fit_width = True
        position: dict[str, Any] = {}
        done = False
        if self.state.progress is not None:
            item_state = self.state.progress.item_state(course_id, item.id)
            position, done = item_state.position, item_state.done
        page = position.get("page", 0)
        self._resume_page = page if isinstance(page, int) and page >= 0 else 0
        self._show_done(done)
        manifest = self.state.workspace.manifest(course_id)
        path = confined_file(folder, item.path.get(language)
                             or item.path[manifest.default_language])
        if path is None:
            self._show_problem(PdfProblem("missing"))
            return
        if self.loader.busy:  # an earlier hostile file still holds pdfium
            self._show_problem(PdfProblem("timeout"))
            return
        self.message.setText(self.tr("Opening the PDF…"))
        self.stack.setCurrentWidget(self.message)
        self.opening = True
        self.loader.load(path)

    def _on_loaded(self, result: LoadedPdf | PdfProblem) -> None:
        if not shiboken6.isValid(self):
            return
        self.opening = False
        if isinstance(result, PdfProblem):
            self._show_problem(result)
            return
        self.loaded = result
        self.canvas.setDocument(result.document)
        self.search.setDocument(result.document)
        self.canvas.links.setDocument(result.document)
        self.outline.setModel(result.outline)
        # a new model's column forgets how it was sized: the title column takes the width
        self.outline.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.outline.expandAll()
        has_outline = result.outline.rowCount() > 0
        # the thumbnails' renderer always gets the new document: the old one is closed
        self.pages.set_document(result.document, 0 if has_outline else result.page_count,
                                self.tr("Page {n}"))
        self.side.setCurrentWidget(self.outline if has_outline else self.pages)
        while self._retired:  # nothing refers to the documents left any more
            close_later(self._retired.pop())
        self.contents_button.setEnabled(True)
        self._show_outline(self.contents_button.isChecked())
        self.page_box.blockSignals(True)
        self.page_box.setRange(1, result.page_count)
        self.page_box.blockSignals(False)
        self.count_label.setText(self.tr("of {total}").format(total=result.page_count))
        self.stack.setCurrentWidget(self.page_text if self.text_button.isChecked()
                                    else self.canvas)
        self._set_controls(True)
        self.go(min(self._resume_page, result.page_count - 1), announce_page=False)

    def problem_text(self, problem: PdfProblem) -> str:
        texts = {
            "missing": self.tr("The PDF file is missing. Reinstall the course package, or "
                               "ask your facilitator for a new copy."),
            "damaged": self.tr("This PDF is damaged or is not a PDF, so it cannot be shown. "
                               "Ask your facilitator for a new copy of the course."),
            "password": self.tr("This PDF is protected by a password, so it cannot be "
                                "shown. Ask your facilitator for a copy without one."),
            "empty": self.tr("This PDF has no pages."),
            "too-many-pages": self.tr("This PDF has %n pages, more than the {limit} the "
                                      "app opens, so it is not shown. Ask your facilitator "
                                      "for a shorter document.", "", problem.detail),
            "timeout": self.tr("This PDF takes too long to open, so it is not shown; it may "
                               "be damaged. Ask your facilitator for a new copy of the "
                               "course."),
        }
        return texts[problem.kind].format(limit=MAX_PAGES)

    def _show_problem(self, problem: PdfProblem) -> None:
        self.message.setText(self.problem_text(problem))
        self.stack.setCurrentWidget(self.message)
        self._set_controls(False)
        self.contents_button.setEnabled(False)
        self._show_outline(False)
        self.count_label.clear()

    def _set_controls(self, enabled: bool) -> None:
        for widget in (self.links_button, self.previous_button, self.next_button,
                       self.page_box, self.zoom_out, self.zoom_in, self.fit_button,
                       self.find_button, self.text_button):
            widget.setEnabled(enabled)
        if not enabled:
            self.find_bar.hide()

    def _release(self) -> None:
        """Forget the document shown (and any load in progress). It stays set on the
        (hidden) page view and models until the next one replaces it, then it is closed:
        QtPdf's models complain about, and must not keep, a document that is gone."""
        self.loader.cancel()
        self.opening = False
        if self.loaded is not None:
            self._retired.append(self.loaded)
            self.loaded = None
        self.outline.setModel(None)

    # --- pages ---------------------------------------------------------------------------

    def go(self, page: int | str, *, announce_page: bool = True) -> None:
        """Show page `page` (0-based, clamped; "first"/"last" allowed) and report it."""
        if self.loaded is None:
            return
        count = self.loaded.page_count
        target = 0 if page == "first" else count - 1 if page == "last" else page
        assert isinstance(target, int)
        self.page = max(0, min(target, count - 1))
        self.canvas.page_points = self.loaded.page_sizes[self.page]
        self.canvas.pageNavigator().jump(self.page, QPointF(0, 0))
        self._apply_zoom()
        self.page_box.blockSignals(True)
        self.page_box.setValue(self.page + 1)
        self.page_box.blockSignals(False)
        self.previous_button.setEnabled(self.page > 0)
        self.next_button.setEnabled(self.page < count - 1)
        self.pages.show_page(self.page)
        self.canvas.verticalScrollBar().setValue(0)
        text = self.tr("Page {n} of {total}").format(n=self.page + 1, total=count)
        self.canvas.setAccessibleDescription(text)
        if self.stack.currentWidget() is self.page_text:
            self._fill_text()
        if announce_page:
            announce(self.focus_target(), text)
        self._report(self.page, count)

    def _report(self, page: int, count: int) -> None:
        progress, item = self.state.progress, self.item
        if progress is None or item is None:
            return
        course_id, item_id = self.course_id, item.id
        self.state.write(lambda: progress.report_page(course_id, item_id, page, count),
                         lambda finished: self._on_reported(item_id, bool(finished)))

    def _on_reported(self, item_id: str, finished: bool) -> None:
        if not finished or not shiboken6.isValid(self):
            return
        if self.item is not None and self.item.id == item_id:
            self._show_done(True)
            if not self._completed_sent:
                self._completed_sent = True
                self.completed.emit(item_id)

    def _show_done(self, done: bool) -> None:
        self.done_button.setEnabled(not done and self.state.progress is not None)
        self.done_button.setText(self.tr("Read") if done else self.tr("Mark as read"))

    # --- zoom ----------------------------------------------------------------------------

    def _apply_zoom(self) -> None:
        if self.loaded is None:
            return
        points = self.canvas.page_points
        if self.fit_width:
            margins = self.canvas.documentMargins()
            room = self.canvas.viewport().width() - margins.left() - margins.right()
            room -= self.canvas.verticalScrollBar().sizeHint().width()
            zoom = max(room, 100) / (max(points.width(), 1.0) * self.canvas.points_per_pixel())
        else:
            zoom = self._zoom
        zoom = capped_zoom(zoom, points, self.canvas.render_scale())
        self._zoom = zoom
        self.canvas.setZoomFactor(zoom)
        self.zoom_label.setText(f"{round(zoom * 100)} %")

    def zoom_by(self, factor: float) -> None:
        if self.loaded is None:
            return
        self.fit_width = False
        self._zoom *= factor
        self._apply_zoom()

    def fit(self) -> None:
        self.fit_width = True
        self._apply_zoom()

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.fit_width:
            self._apply_zoom()

    # --- outline and links ---------------------------------------------------------------

    def _show_outline(self, shown: bool) -> None:
        self.side.setVisible(bool(shown) and self.contents_button.isEnabled())

    def _outline_activated(self, index: QModelIndex) -> None:
        page = index.data(int(QPdfBookmarkModel.Role.Page))
        if isinstance(page, int) and page >= 0:
            self.go(page)

    def _fill_links(self) -> None:
        """The links of the page as a menu, so they can be reached from the keyboard."""
        self.links_menu.clear()
        links = self.canvas.links
        links.setPage(self.page)
        seen: set[str] = set()  # pdfium lists a link once per rectangle it covers
        for row in range(links.rowCount(QModelIndex())):
            index = links.index(row, 0)
            url = index.data(int(QPdfLinkModel.Role.Url.value))
            page = index.data(int(QPdfLinkModel.Role.Page.value))
            key = url.toString() if isinstance(url, QUrl) and not url.isEmpty() else page
            if key in seen:
                continue
            seen.add(key)
            if isinstance(url, QUrl) and not url.isEmpty():
                action = self.links_menu.addAction(url.toDisplayString())
                action.triggered.connect(lambda _c=False, u=url: self.open_link(u))
            elif isinstance(page, int) and page >= 0:
                action = self.links_menu.addAction(self.tr("Go to page {n}").format(n=page + 1))
                action.triggered.connect(lambda _c=False, p=page: self.go(p))
        if self.links_menu.isEmpty():
            self.links_menu.addAction(self.tr("This page has no links")).setEnabled(False)

    def open_link(self, url: QUrl) -> None:
        """A web link opens in the browser after the same question lessons ask; any
        other kind of link (a file, a script, e-mail) is never opened."""
        if url.scheme().lower() in ("http", "https") and url.host():
            if confirm_external(self, url):
                QDesktopServices.openUrl(url)
        else:
            announce(self.canvas, self.tr("This link cannot be opened from the app."))

    # --- find ----------------------------------------------------------------------------

    def open_find(self) -> None:
        if self.loaded is None:
            return
        self.find_bar.show()
        self.find_field.setFocus()
        self.find_field.selectAll()

    def close_find(self) -> None:
        self.find_bar.hide()
        self.search.setSearchString("")
        self.find_status.clear()
        self.canvas.setFocus()

    def _search_for(self, text: str) -> None:
        self.search_index = -1
        self.find_status.clear()
        self.search.setSearchString(text)
        self._search_started = time.monotonic()
        self._count_timer.start()

    def _announce_count(self) -> None:
        if not self.find_field.text():
            return
        count = self.search.count()
        if count == 0 and time.monotonic() - self._search_started < NO_MATCH_AFTER_S:
            self._count_timer.start()  # the search runs page by page: wait for it
            return
        text = (self.tr("No matches") if count == 0 else
                self.tr("Matches: {count}").format(count=count))
        self.find_status.setText(text)
        announce(self.find_field, text)

    def find(self, step: int) -> bool:
        """Go to the next (`step` 1) or previous (-1) match, wrapping around."""
        count = self.search.count()
        if count == 0:
            self._announce_count()
            return False
        self.search_index = (self.search_index + step) % count
        result = self.search.resultAtIndex(self.search_index)
        self.go(result.page(), announce_page=False)
        self.canvas.setCurrentSearchResultIndex(self.search_index)
        text = self.tr("Match {n} of {total}, page {page}").format(
            n=self.search_index + 1, total=count, page=result.page() + 1)
        self.find_status.setText(text)
        announce(self.find_field, text)
        return True

    # --- keys and leaving ----------------------------------------------------------------

    def _navigate(self, key: int) -> bool:
        step = _PAGE_KEYS.get(int(getattr(key, "value", key)))
        if step is None or self.loaded is None:
            return False
        self.go(step if isinstance(step, str) else self.page + step)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if watched is self.canvas and self._navigate(key):
                return True
            if watched is self.page_text and event.modifiers() == (  # type: ignore[attr-defined]
                    Qt.KeyboardModifier.NoModifier) and key in (
                    Qt.Key.Key_PageDown, Qt.Key.Key_PageUp) and self._page_edge(key):
                return True
            if watched is self.find_field:
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
                    self.find(-1 if shift else 1)
                    return True
                if key == Qt.Key.Key_Escape:
                    self.close_find()
                    return True
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        current = self.stack.currentWidget()
        return current if current in (self.canvas, self.page_text) else self.message

    # --- the page as text (for screen readers; QtPdf exposes no text) --------------------

    def _show_text(self, shown: bool) -> None:
        if self.loaded is None:
            return
        if shown:
            self._fill_text()
        for widget in (self.zoom_out, self.zoom_in, self.fit_button):  # the picture's zoom
            widget.setEnabled(not shown)
        self.stack.setCurrentWidget(self.page_text if shown else self.canvas)
        self.focus_target().setFocus()

    def _fill_text(self) -> None:
        assert self.loaded is not None
        count = self.loaded.page_count
        self.page_text.show_page(
            self.loaded.document, self.page, count,
            self.tr("This page has no text to read: it may be a scanned picture."),
            self.tr("Text of page {n} of {total}").format(n=self.page + 1, total=count))

    def _page_edge(self, key: int) -> bool:
        """Page Down at the end of a page's text goes to the next page (Up: the previous)."""
        bar = self.page_text.verticalScrollBar()
        if key == Qt.Key.Key_PageDown and bar.value() >= bar.maximum():
            return self._navigate(key)
        if key == Qt.Key.Key_PageUp and bar.value() <= bar.minimum():
            return self._navigate(key)
        return False

    def unload(self) -> None:
        self._count_timer.stop()
        self._release()
