"""Page thumbnails: the side panel of a PDF that has no outline of its own.

One row per page ("Page 3" and a small picture of it). Pictures are rendered only for
the rows in sight, by QtPdf's multi-threaded page renderer (pdfium works on its thread,
not the GUI's), at a fixed small size, so a long PDF costs a few rows of pictures, never
thousands.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

THUMB_WIDTH = 72
PAGE_ROLE = Qt.ItemDataRole.UserRole


class PageList(QListWidget):
    """Rows "Page n"; Enter, a click or Space on a row asks for that page."""

    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.setUniformItemSizes(True)
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.pageRendered.connect(self._rendered)
        self._requested: set[int] = set()
        self._timer = QTimer(self, singleShot=True, interval=50)
        self._timer.timeout.connect(self._request_visible)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._timer.start())
        self.itemActivated.connect(self._chosen)
        self.itemClicked.connect(self._chosen)

    def set_document(self, document: QPdfDocument | None, count: int, label: str) -> None:
        """Fill one row per page (`label` has a {n} for the page number); no document, no
        rows (QtPdf warns about a null document, so the renderer keeps the last one but
        is asked for nothing)."""
        self.clear()
        self._requested.clear()
        if document is None:
            return
        self.renderer.setDocument(document)
        for page in range(count):
            item = QListWidgetItem(label.format(n=page + 1))
            item.setData(PAGE_ROLE, page)
            self.addItem(item)
        self._timer.start()

    def show_page(self, page: int) -> None:
        if 0 <= page < self.count():
            self.setCurrentRow(page)

    def _chosen(self, item: QListWidgetItem) -> None:
        self.page_chosen.emit(int(item.data(PAGE_ROLE)))

    def _request_visible(self) -> None:
        if self.count() == 0 or not self.isVisible():
            return
        first = self.indexAt(self.viewport().rect().topLeft()).row()
        last = self.indexAt(self.viewport().rect().bottomLeft()).row()
        first = max(first, 0)
        last = self.count() - 1 if last < 0 else last
        size = self.iconSize() * max(self.devicePixelRatioF(), 1.0)
        for page in range(first, min(last + 2, self.count())):
            if page not in self._requested:
                self._requested.add(page)
                self.renderer.requestPage(page, size, QPdfDocumentRenderOptions())

    def _rendered(self, page: int, _size: QSize, image: QImage, *_rest: object) -> None:
        item = self.item(page)
        if item is not None and not image.isNull():
            pixmap = QPixmap(image.size())
            pixmap.fill(Qt.GlobalColor.white)  # pdfium leaves the paper transparent
            painter = QPainter(pixmap)
            painter.drawImage(0, 0, image)
            painter.end()
            pixmap.setDevicePixelRatio(max(self.devicePixelRatioF(), 1.0))
            item.setIcon(QIcon(pixmap))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self._timer.start()

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._timer.start()
