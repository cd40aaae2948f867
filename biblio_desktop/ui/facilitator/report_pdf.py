"""The printable cohort and learner report: the tables of learning/cohort_report.py drawn
on A4 landscape pages with QPdfWriter and QPainter.

The cells are the very strings the dashboard shows and the CSV holds (report_tables), so
the three agree; a test extracts this PDF's text with pypdf and compares. Drawn with
QPainter rather than a QTextDocument table: a 4,000-row HTML table takes QTextDocument
several seconds to lay out, while painting rows directly stays well under the 3 s target
(benchmarks/bench_cohorts.py). Safe on a worker thread: only QPdfWriter, QPainter and
font metrics, no widgets. Headers repeat on every page; long names wrap in their cell.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from ...atomic_files import AtomicFile
from ...disk_faults import fault_from
from ...errors import BiblioError
from ...learning.cohort_report import ReportTable
from ...progress import CancelToken, ProgressFn, no_progress

DPI = 300
MARGIN_MM = 12
INK = QColor("#1b1f24")
MUTED = QColor("#5b6570")
RULE = QColor("#c9d1d9")
SHADE = QColor("#eef2f6")
_WRAP = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(
    Qt.TextFlag.TextWordWrap)


def _mm(value: float) -> float:
    return value * DPI / 25.4


class _Pages:
    """Rows drawn top to bottom; a new page (with the table's header again) when full."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer, self.p, self.footer = writer, painter, footer
        family = "DejaVu Sans" if "DejaVu Sans" in QFontDatabase.families() else QFont().family()
        self.fonts = {}
        for key, (pt, bold) in {"title": (15, True), "section": (11.5, True),
                                "head": (8.5, True), "cell": (8.5, False),
                                "small": (7.5, False)}.items():
            font = QFont(family)
            font.setPixelSize(round(pt * DPI / 72))
            font.setBold(bold)
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters when copied
            self.fonts[key] = font
        self.metrics = {k: QFontMetricsF(f, writer) for k, f in self.fonts.items()}
        rect = writer.pageLayout().paintRectPixels(DPI)
        self.left, self.top = _mm(MARGIN_MM), _mm(MARGIN_MM)
        self.width = rect.width() - 2 * self.left
        self.bottom = rect.height() - _mm(MARGIN_MM + 6)
        self.y = self.top
        self.page = 1
        self.pad = _mm(1.2)

    def new_page(self) -> None:
        self._footer()
        self.writer.newPage()
        self.page += 1
        self.y = self.top

    def _footer(self) -> None:
        self.p.setFont(self.fonts["small"])
        self.p.setPen(MUTED)
        self.p.drawText(QRectF(self.left, self.bottom + _mm(2), self.width, _mm(5)),
                        int(Qt.AlignmentFlag.AlignRight), f"{self.footer} · {self.page}")

    def finish(self) -> None:
        self._footer()

    def text(self, text: str, key: str, color: QColor = INK) -> None:
        """A paragraph across the page (title, section, notes)."""
        metrics = self.metrics[key]
        rect = metrics.boundingRect(QRectF(0, 0, self.width, 10_000), _WRAP, text)
        if self.y + rect.height() > self.bottom:
            self.new_page()
        self.p.setFont(self.fonts[key])
        self.p.setPen(color)
        self.p.drawText(QRectF(self.left, self.y, self.width, rect.height()), _WRAP, text)
        self.y += rect.height() + _mm(1.5)

    def columns(self, widths: Sequence[float], count: int) -> list[tuple[float, float]]:
        weights = list(widths) if len(widths) == count else [1.0] * count
        total = sum(weights)
        xs, x = [], self.left
        for weight in weights:
            w = self.width * weight / total
            xs.append((x, w))
            x += w
        return xs

    def row_height(self, cells: Sequence[str], cols: Sequence[tuple[float, float]],
                   key: str) -> float:
        metrics = self.metrics[key]
        line = metrics.height()
        height = line
        for text, (_x, w) in zip(cells, cols, strict=False):
            inner = w - 2 * self.pad
            if text and metrics.horizontalAdvance(text) > inner:  # only long text wraps
                height = max(height, metrics.boundingRect(
                    QRectF(0, 0, inner, 10_000), _WRAP, text).height())
        return height + 2 * self.pad

    def row(self, cells: Sequence[str], cols: Sequence[tuple[float, float]], key: str,
            height: float, shade: bool) -> None:
        if shade:
            self.p.fillRect(QRectF(self.left, self.y, self.width, height), SHADE)
        self.p.setFont(self.fonts[key])
        self.p.setPen(INK)
        for text, (x, w) in zip(cells, cols, strict=False):
            if text:
                self.p.drawText(QRectF(x + self.pad, self.y + self.pad, w - 2 * self.pad,
                                       height - 2 * self.pad), _WRAP, text)
        self.p.setPen(QPen(RULE, _mm(0.15)))
        self.p.drawLine(int(self.left), int(self.y + height), int(self.left + self.width),
                        int(self.y + height))
        self.y += height


def _draw(writer: QPdfWriter, painter: QPainter, title: str, subtitle: str,
          tables: Sequence[ReportTable], footer: str, progress: ProgressFn,
          cancel: CancelToken | None) -> None:
    pages = _Pages(writer, painter, footer)
    pages.text(title, "title")
    if subtitle:
        pages.text(subtitle, "small", MUTED)
    total = sum(len(t.rows) for t in tables) or 1
    done = 0
    for table in tables:
        pages.y += _mm(3)
        cols = pages.columns(table.widths, len(table.headers))
        head_h = pages.row_height(table.headers, cols, "head")
        first_h = pages.row_height(table.rows[0], cols, "cell") if table.rows else 0
        if pages.y + pages.metrics["section"].height() + head_h + first_h > pages.bottom:
            pages.new_page()
        pages.text(table.title, "section")
        pages.row(table.headers, cols, "head", head_h, shade=False)
        for n, cells in enumerate(table.rows):
            height = pages.row_height(cells, cols, "cell")
            if pages.y + height > pages.bottom:
                pages.new_page()
                pages.row(table.headers, cols, "head", head_h, shade=False)
            pages.row(cells, cols, "cell", height, shade=n % 2 == 1)
            done += 1
            if done % 200 == 0:
                if cancel is not None:
                    cancel.raise_if_cancelled()
                progress(done, total)
    pages.finish()
    progress(total, total)


def write_report_pdf(out: Path, title: str, tables: Sequence[ReportTable], *,
                     subtitle: str = "", footer: str = "BIBLIO Desktop",
                     progress: ProgressFn = no_progress,
                     cancel: CancelToken | None = None) -> Path:
    """Write the report's tables as an A4 landscape PDF, whole or not at all.

    Needs a QGuiApplication (the app has one); runs on a worker thread. A cancel or an
    error leaves no file behind.
    """
    out = Path(out)
    tmp: AtomicFile | None = None
    try:
        tmp = AtomicFile(out)
        writer = QPdfWriter(str(tmp.path))
        writer.setResolution(DPI)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Landscape, QMarginsF()))
        writer.setCreator("BIBLIO Desktop")
        writer.setTitle(title)
        painter = QPainter()
        if not painter.begin(writer):
            raise BiblioError(f"Cannot write the report to {out}.", "choose another place")
        try:
            _draw(writer, painter, title, subtitle, tables, footer, progress, cancel)
        finally:
            painter.end()
        del writer  # closes the file before it is renamed (Windows)
        if not tmp.path.read_bytes()[-64:].rstrip().endswith(b"%%EOF"):
            raise BiblioError(f"The report {out} could not be written completely.",
                              "check the free space on that disk and try again")
        tmp.commit()
    except OSError as exc:
        fault = fault_from(exc, out.parent, f"the report {out.name}", data_folder=False)
        if fault is not None:
            raise fault from exc
        raise BiblioError(f"Cannot write the report to {out}: {exc.strerror}.",
                          "choose another place") from exc
    finally:
        if tmp is not None and not tmp.committed:
            tmp.discard()
    return out


def generated_line(when: datetime, text: str) -> str:
    return text.format(date=when.strftime("%Y-%m-%d %H:%M"))


_app: QGuiApplication | None = None  # made only when the command line writes a report


def write_report_pdf_headless(out: Path, title: str, tables: Sequence[ReportTable],
                              subtitle: str = "") -> Path:
    """`write_report_pdf` for the command line (`cohorts report --pdf`, through cli/gui.py):
    fonts and painting need a QGuiApplication, so a windowless one is made first."""
    global _app
    if QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication(["biblio-desktop"])
    return write_report_pdf(out, title, tables, subtitle=subtitle)
