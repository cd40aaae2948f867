"""Opening an untrusted PDF without risking the app, and a page view that asks before a
link leaves it.

A PDF inside a course package is untrusted input. `PdfLoader` opens it on a thread of its
own (QtPdf's pdfium parses the file there, builds the outline and reads every page's
size), then hands the finished `QPdfDocument` to the GUI thread; a file that is damaged,
has too many pages, or takes longer than `LOAD_TIMEOUT_MS` becomes a `PdfProblem` the
view shows in place of the pages. Until the hand-over the GUI thread never calls pdfium,
so a hostile file cannot freeze the window while it is parsed.

`PdfCanvas` is QPdfView in single-page mode with two guards:
- **render size**: the zoom is capped so that one rendered page stays under
  `MAX_RENDER_PIXELS` and `MAX_RENDER_SIDE` (a page whose MediaBox says it is a
  kilometre wide would otherwise ask for gigabytes);
- **links**: QPdfView follows links inside the document itself; a link to anything else is
  never opened by Qt. The canvas turns a click on a web link into `link_activated`, and
  the view asks first, like a lesson's links; other schemes (file:, javascript:, mailto:
  ...) are refused. pdfium as Qt builds it has no JavaScript engine (PDF_ENABLE_V8 off)
  and no network access, so a PDF's scripts never run and it fetches nothing.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QPointF, QSizeF, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleInterface, QGuiApplication, QMouseEvent
from PySide6.QtPdf import QPdfBookmarkModel, QPdfDocument, QPdfLinkModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QAccessibleWidget, QWidget

MAX_PAGES = 5000  # more is no reading item; it is refused with a message
LOAD_TIMEOUT_MS = 15_000
MAX_RENDER_PIXELS = 16_000_000  # one rendered page: 64 MB of RGBA at most
MAX_RENDER_SIDE = 16_384
MIN_ZOOM = 0.1
MAX_ZOOM = 8.0


@dataclass
class PdfProblem:
    """Why a PDF could not be shown: `kind` picks the (translated) message."""

    kind: str  # "missing" | "damaged" | "password" | "empty" | "too-many-pages" | "timeout"
    detail: int = 0  # the page count for "too-many-pages"


@dataclass
class LoadedPdf:
    """A document opened off the GUI thread, now owned by it."""

    document: QPdfDocument
    outline: QPdfBookmarkModel
    page_sizes: list[QSizeF] = field(default_factory=list)  # points, read by the loader

    @property
    def page_count(self) -> int:
        return len(self.page_sizes)


def _open(path: Path, gui_thread: Any) -> LoadedPdf | PdfProblem:
    """Runs on the loader thread: parse, check, then move the objects to the GUI thread."""
    document = QPdfDocument()
    error = document.load(str(path))
    if error != QPdfDocument.Error.None_ or document.status() != QPdfDocument.Status.Ready:
        kind = ("password" if error == QPdfDocument.Error.IncorrectPassword else
                "missing" if error == QPdfDocument.Error.FileNotFound else "damaged")
        document.close()
        return PdfProblem(kind)
    count = document.pageCount()
    if count <= 0:
        document.close()
        return PdfProblem("empty")
    if count > MAX_PAGES:
        document.close()
        return PdfProblem("too-many-pages", count)
    sizes = [document.pagePointSize(page) for page in range(count)]
    outline = QPdfBookmarkModel()
    outline.setDocument(document)  # builds the tree here, not on the GUI thread
    document.moveToThread(gui_thread)
    outline.moveToThread(gui_thread)
    return LoadedPdf(document, outline, sizes)


class _Relay(QObject):
    arrived = Signal(object, object)  # ticket, LoadedPdf | PdfProblem


class PdfLoader(QObject):
    """Opens one PDF at a time off the GUI thread; `finished(result)` on the GUI thread.

    A load that outlives `timeout_ms` is reported as a "timeout" problem; its thread is
    left to end by itself (a thread inside pdfium cannot be stopped) and what it returns
    later is thrown away. While such a thread still runs, `busy` is true.
    """

    finished = Signal(object)  # LoadedPdf | PdfProblem

    def __init__(self, parent: QObject | None = None, timeout_ms: int = LOAD_TIMEOUT_MS) -> None:
        super().__init__(parent)
        self._relay = _Relay()
        self._relay.arrived.connect(self._arrived, Qt.ConnectionType.QueuedConnection)
        self._ticket = 0
        self._running = 0
        self._lock = threading.Lock()
        self._timer = QTimer(self, singleShot=True, interval=timeout_ms)
        self._timer.timeout.connect(self._timed_out)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._running > 0

    def load(self, path: Path) -> None:
        self._ticket += 1
        ticket, relay = self._ticket, self._relay
        gui_thread = QGuiApplication.instance().thread()

        def run() -> None:
            try:
                result: LoadedPdf | PdfProblem = _open(path, gui_thread)
            except Exception:  # pdfium or Qt refusing the file in a way not foreseen
                result = PdfProblem("damaged")
            finally:
                with self._lock:
                    self._running -= 1
            try:
                relay.arrived.emit(ticket, result)
            except RuntimeError:  # the view was closed meanwhile: nobody to tell
                if isinstance(result, LoadedPdf):
                    result.document.close()

        with self._lock:
            self._running += 1
        self._timer.start()
        threading.Thread(target=run, name="pdf-loader", daemon=True).start()

    def cancel(self) -> None:
        """Forget the load in progress (the item was left)."""
        self._ticket += 1
        self._timer.stop()

    @Slot(object, object)
    def _arrived(self, ticket: int, result: LoadedPdf | PdfProblem) -> None:
        if ticket != self._ticket:
            if isinstance(result, LoadedPdf):
                close_later(result)
            return
        self._timer.stop()
        self.finished.emit(result)

    def _timed_out(self) -> None:
        self._ticket += 1
        self.finished.emit(PdfProblem("timeout"))


def close_later(loaded: LoadedPdf) -> None:
    loaded.outline.deleteLater()
    loaded.document.deleteLater()


def capped_zoom(zoom: float, page_points: QSizeF, scale: float) -> float:
    """`zoom` lowered until one page rendered at it (page size in points × `scale`, the
    screen's pixels per point and device pixel ratio) fits the render caps."""
    width = max(page_points.width(), 1.0) * scale
    height = max(page_points.height(), 1.0) * scale
    limit = min(math.sqrt(MAX_RENDER_PIXELS / (width * height)),
                MAX_RENDER_SIDE / max(width, height), MAX_ZOOM)
    return max(min(zoom, limit), min(MIN_ZOOM, limit))


def _accessible(class_name: str, obj: QObject) -> QAccessibleInterface | None:
    """Screen readers get the page view as a document (QPdfView is a bare scroll area,
    a "client" with no role of its own)."""
    if class_name == "PdfCanvas" and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, QAccessible.Role.Document)
    return None


QAccessible.installFactory(_accessible)


class PdfCanvas(QPdfView):
    """One page at a time; web links become `link_activated` instead of being ignored."""

    link_activated = Signal(QUrl)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPageMode(QPdfView.PageMode.SinglePage)
        self.setZoomMode(QPdfView.ZoomMode.Custom)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.links = QPdfLinkModel(self)
        self.page_points = QSizeF(595, 842)

    def points_per_pixel(self) -> float:
        """Pixels per point at zoom 1 (QPdfView draws 72 points per logical inch)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0

    def render_scale(self) -> float:
        return self.points_per_pixel() * max(self.devicePixelRatioF(), 1.0)

    def page_origin(self) -> QPointF:
        """Top-left of the page in viewport pixels (QPdfView centres it in single-page
        mode, inside its document margins)."""
        margins = self.documentMargins()
        width = self.page_points.width() * self.points_per_pixel() * self.zoomFactor()
        total = width + margins.left() + margins.right()
        x = (max(total, self.viewport().width()) - width) / 2
        return QPointF(x - self.horizontalScrollBar().value(),
                       margins.top() - self.verticalScrollBar().value())

    def url_at(self, position: QPointF) -> QUrl | None:
        """The web (or other non-page) link under a viewport position, if any."""
        if self.document() is None:
            return None
        scale = self.points_per_pixel() * self.zoomFactor()
        origin = self.page_origin()
        point = QPointF((position.x() - origin.x()) / scale, (position.y() - origin.y()) / scale)
        self.links.setPage(self.pageNavigator().currentPage())
        url = self.links.linkAt(point).url()  # a web link's QPdfLink is not "valid": no page
        return None if url.isEmpty() else url

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            url = self.url_at(event.position())
            if url is not None:
                event.accept()
                self.link_activated.emit(url)
                return
        super().mouseReleaseEvent(event)
