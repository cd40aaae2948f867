"""The PDF reading item: keyboard paging, find, zoom, outline, links that ask first,
resume, completion, "Mark as read"; hostile PDFs show a message while the event loop
keeps running; real PDFs open with the page count pypdf reads."""

from __future__ import annotations

import io
import itertools
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer, QUrl

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.packages.manifest import Manifest
from biblio_desktop.ui.base import accessibility
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.course import pdf_document, pdf_view
from biblio_desktop.ui.course.pdf_view import PdfView
from biblio_desktop.workspace import Workspace
from tests.core.pdf_forge import hostile_pdfs, pdf_course, text_pdf
from tests.ui.test_lesson_view import COURSE, Course, course, show  # noqa: F401 - fixture

from ..shared_material import REALCASES as SHARED_REALCASES

KEYS = Qt.Key
ROOT = Path(__file__).resolve().parents[2]
REALCASES = SHARED_REALCASES / "pdf"


def opened(qtbot, view: PdfView, course: Course, item_id: str,  # noqa: F811
           language: str = "en") -> None:
    show(qtbot, view, course, item_id, language)
    qtbot.waitUntil(lambda: view.loaded is not None or (view.stack.currentWidget()
                    is view.message and "Opening" not in view.message.text()), timeout=10_000)


def test_sample_pdf_pages_by_keyboard_finds_and_zooms(qtbot, course: Course) -> None:  # noqa: F811
    view = PdfView(course.state)
    opened(qtbot, view, course, "m4-checklist")
    assert view.loaded is not None and view.loaded.page_count == 4
    assert view.count_label.text() == "of 4" and view.page_box.value() == 1
    assert view.outline.isVisible()  # the sample PDF has an outline
    assert view.outline.model().rowCount() == 4
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, KEYS.Key_PageDown)
    qtbot.keyClick(view.canvas, KEYS.Key_PageDown)
    assert view.page == 2 and view.canvas.pageNavigator().currentPage() == 2
    assert accessibility.announcements[-1] == "Page 3 of 4"
    qtbot.keyClick(view.canvas, KEYS.Key_PageUp)
    assert view.page == 1
    qtbot.keyClick(view.canvas, KEYS.Key_End)
    assert view.page == 3 and not view.next_button.isEnabled()
    qtbot.keyClick(view.canvas, KEYS.Key_Home)
    assert view.page == 0 and not view.previous_button.isEnabled()
    view.page_box.setFocus()
    view.page_box.selectAll()
    qtbot.keyClicks(view.page_box, "3")
    qtbot.keyClick(view.page_box, KEYS.Key_Return)
    assert view.page == 2
    # zoom: Ctrl+= and Ctrl+- change it, Ctrl+0 fits the width again
    fit = view.canvas.zoomFactor()
    qtbot.keyClick(view.canvas, KEYS.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.zoomFactor() == pytest.approx(fit * pdf_view.ZOOM_STEP)
    qtbot.keyClick(view.canvas, KEYS.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.canvas, KEYS.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.canvas.zoomFactor() < fit and not view.fit_width
    qtbot.keyClick(view.canvas, KEYS.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.fit_width and view.canvas.zoomFactor() == pytest.approx(fit)
    # find: Ctrl+F, type, Enter goes to the match; the count is announced
    qtbot.keyClick(view.canvas, KEYS.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible() and view.find_field.hasFocus()
    qtbot.keyClicks(view.find_field, "Europeana")
    qtbot.waitUntil(lambda: view.find_status.text().startswith("Matches:"), timeout=5000)
    count = view.search.count()
    assert count >= 2 and accessibility.announcements[-1] == f"Matches: {count}"
    view.go(0)
    qtbot.keyClick(view.find_field, KEYS.Key_Return)
    assert view.page == 3 and view.find_status.text().startswith(f"Match 1 of {count}, page 4")
    qtbot.keyClick(view.find_field, KEYS.Key_Escape)
    assert not view.find_bar.isVisible() and view.canvas.hasFocus()
    # the outline goes to a section
    third = view.outline.model().index(2, 0)
    view.outline.setCurrentIndex(third)
    view.outline.activated.emit(third)
    assert view.page == 2


def test_resume_and_completion_when_every_page_was_shown(qtbot, course: Course) -> None:  # noqa: F811
    view = PdfView(course.state)
    opened(qtbot, view, course, "m4-checklist", language="lv")
    assert view.loaded is not None and view.page == 0
    view.go(2)
    course.flush()
    progress = course.state.progress
    assert progress.item_state(COURSE, "m4-checklist").position["pages_seen"] == [[0, 0], [2, 2]]
    view.unload()
    again = PdfView(course.state)
    opened(qtbot, again, course, "m4-checklist", language="lv")
    assert again.page == 2 and again.page_box.value() == 3  # resumed
    assert not progress.item_state(COURSE, "m4-checklist").done
    with qtbot.waitSignal(again.completed, timeout=5000) as blocker:
        again.canvas.setFocus()
        qtbot.keyClick(again.canvas, KEYS.Key_PageDown)  # page 4
        qtbot.keyClick(again.canvas, KEYS.Key_Home)
        qtbot.keyClick(again.canvas, KEYS.Key_PageDown)  # page 2: now all four
    assert blocker.args == ["m4-checklist"]
    assert progress.item_state(COURSE, "m4-checklist").done
    assert not again.done_button.isEnabled() and again.done_button.text() == "Read"


def test_the_page_as_text_for_screen_readers(qtbot, course: Course) -> None:  # noqa: F811
    """QtPdf draws pictures: Ctrl+T shows the page's text, named, with a caret; Page Down
    at its end goes on to the next page's text; Ctrl+T again goes back to the picture."""
    view = PdfView(course.state)
    opened(qtbot, view, course, "m4-checklist")
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, KEYS.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.stack.currentWidget() is view.page_text and view.page_text.hasFocus()
    assert view.page_text.toPlainText().startswith("A digitisation checklist for small\nlibraries")
    assert "\r" not in view.page_text.toPlainText()
    assert view.page_text.accessibleName() == "Text of page 1 of 4"
    qtbot.keyClick(view.page_text, KEYS.Key_PageDown)  # the short text fits: next page
    assert view.page == 1 and view.page_text.toPlainText().startswith("1. Before you scan")
    assert accessibility.announcements[-1] == "Page 2 of 4"
    qtbot.keyClick(view.page_text, KEYS.Key_PageUp)
    assert view.page == 0
    qtbot.keyClick(view.page_text, KEYS.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.stack.currentWidget() is view.canvas and view.canvas.hasFocus()


def test_mark_as_read(qtbot, course: Course) -> None:  # noqa: F811
    view = PdfView(course.state)
    opened(qtbot, view, course, "m4-checklist")
    assert view.done_button.isEnabled() and view.done_button.text() == "Mark as read"
    with qtbot.waitSignal(view.completed, timeout=5000):
        view.done_button.setFocus()
        qtbot.keyClick(view.done_button, KEYS.Key_Space)
    assert course.state.progress.item_state(COURSE, "m4-checklist").done


def test_a_web_link_asks_first_and_other_schemes_never_open(
        qtbot, course: Course, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    asked: list[str] = []
    opened_urls: list[str] = []
    monkeypatch.setattr(pdf_view, "confirm_external",
                        lambda _parent, url: asked.append(url.toString()) or False)
    monkeypatch.setattr(pdf_view.QDesktopServices, "openUrl",
                        lambda url: opened_urls.append(url.toString()) or True)
    view = PdfView(course.state)
    opened(qtbot, view, course, "m4-checklist")
    view.go(3)
    view._fill_links()  # the Links menu lists the page's web link for the keyboard
    actions = [a for a in view.links_menu.actions() if a.isEnabled()]
    assert [a.text() for a in actions] == ["https://www.europeana.eu/"]
    actions[0].trigger()
    assert asked == ["https://www.europeana.eu/"] and opened_urls == []  # declined
    monkeypatch.setattr(pdf_view, "confirm_external",
                        lambda _parent, url: asked.append(url.toString()) or True)
    view.open_link(QUrl("https://www.europeana.eu/"))
    assert opened_urls == ["https://www.europeana.eu/"]
    for url in ("file:///etc/passwd", "javascript:app.alert(1)", "mailto:a@example.org"):
        view.open_link(QUrl(url))
    assert len(asked) == 2 and opened_urls == ["https://www.europeana.eu/"]
    assert accessibility.announcements[-1] == "This link cannot be opened from the app."


# --- hostile and real PDFs in a package ------------------------------------------------

@dataclass
class PdfCourse:
    state: AppState
    ws: Workspace
    manifest: Manifest
    folder: Path


@contextmanager
def _pdf_course(tmp_path: Path, pdfs: dict[str, bytes]) -> Iterator[PdfCourse]:
    package = tmp_path / "pdfs.biblio"
    build_package(pdf_course(tmp_path, pdfs), package)
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    state = AppState(ws)
    state.sign_in_learner(ws.learners.add("Anna").id, None)
    manifest = ws.manifest("org.example.pdfs")
    yield PdfCourse(state, ws, manifest, ws.course_folder(manifest.id, manifest.version))
    state.writer.flush()
    state.shutdown()
    ws.close()


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[PdfCourse]:
    with _pdf_course(tmp_path, hostile_pdfs()) as c:
        yield c


def _open_item(qtbot, view: PdfView, c: PdfCourse, item_id: str) -> list[float]:
    """Open an item while a 10 ms timer runs; return the gaps between its ticks."""
    ticks: list[float] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    item = next(i for i in c.manifest.items if i.id == item_id)
    view.load(c.manifest.id, item, "en", c.folder)
    qtbot.waitUntil(lambda: view.loaded is not None or (
        view.stack.currentWidget() is view.message and "Opening" not in view.message.text()),
        timeout=20_000)
    qtbot.wait(300)  # let the first page render
    timer.stop()
    return [b - a for a, b in itertools.pairwise(ticks)]


@pytest.mark.parametrize(("item_id", "message"), [
    ("truncated", "This PDF is damaged or is not a PDF"),
    ("random-bytes", "This PDF is damaged or is not a PDF"),
    ("many-pages", "This PDF has 10000 pages, more than the 5000 the app opens"),
])
def test_hostile_pdfs_show_a_message_and_the_app_stays_responsive(
        qtbot, hostile: PdfCourse, item_id: str, message: str) -> None:
    view = PdfView(hostile.state)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    gaps = _open_item(qtbot, view, hostile, item_id)
    assert view.loaded is None and view.stack.currentWidget() is view.message
    assert view.message.text().startswith(message)
    assert not view.page_box.isEnabled() and not view.find_button.isEnabled()
    assert gaps and max(gaps) < 1.0  # the event loop never stopped for a second


@pytest.mark.parametrize("item_id", ["huge-page", "deep-nesting", "script-and-link"])
def test_bombs_and_scripts_open_without_harm(qtbot, hostile: PdfCourse, item_id: str) -> None:
    view = PdfView(hostile.state)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    gaps = _open_item(qtbot, view, hostile, item_id)
    assert gaps and max(gaps) < 1.0
    if view.loaded is None:  # pdfium may refuse a bomb: then a message, never a crash
        assert view.message.text()
        return
    # the render guard: the page as drawn stays under the pixel cap at any zoom
    for _ in range(30):
        view.zoom_by(pdf_view.ZOOM_STEP)
    points = view.canvas.page_points
    scale = view.canvas.render_scale() * view.canvas.zoomFactor()
    pixels = points.width() * scale * points.height() * scale
    assert pixels <= pdf_document.MAX_RENDER_PIXELS * 1.01
    assert max(points.width(), points.height()) * scale <= pdf_document.MAX_RENDER_SIDE + 1


def test_a_pdf_that_never_finishes_loading_times_out(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file that keeps pdfium busy: the item says so after the time limit, and a
    second PDF is not opened while the first still holds pdfium."""
    release = pdf_document.threading.Event()
    real_open = pdf_document._open

    def slow_open(path: Path, gui_thread: object):
        release.wait(10)
        return real_open(path, gui_thread)

    monkeypatch.setattr(pdf_document, "_open", slow_open)
    with _pdf_course(tmp_path, {"slow": text_pdf(["One"]), "next": text_pdf(["Two"])}) as c:
        view = PdfView(c.state)
        view.loader._timer.setInterval(300)
        qtbot.addWidget(view)
        view.show()
        item = c.manifest.items[0]
        view.load(c.manifest.id, item, "en", c.folder)
        qtbot.waitUntil(lambda: "too long" in view.message.text(), timeout=5000)
        view.load(c.manifest.id, c.manifest.items[1], "en", c.folder)
        assert "too long" in view.message.text() and view.loaded is None
        release.set()
        qtbot.waitUntil(lambda: not view.loader.busy, timeout=5000)
        view.load(c.manifest.id, c.manifest.items[1], "en", c.folder)
        qtbot.waitUntil(lambda: view.loaded is not None, timeout=5000)
        view.unload()


@pytest.mark.skipif(not REALCASES.is_dir(), reason="the shared real cases are not here")
def test_real_pdfs_open_with_their_page_count(qtbot, tmp_path: Path) -> None:
    from pypdf import PdfReader

    pdfs = {p.stem.lower().replace("_", "-")[:60]: p.read_bytes()
            for p in sorted(REALCASES.glob("*.pdf"))}
    with _pdf_course(tmp_path, pdfs) as c:
        view = PdfView(c.state)
        qtbot.addWidget(view)
        view.resize(900, 700)
        view.show()
        for item in c.manifest.items:
            _open_item(qtbot, view, c, item.id)
            expected = len(PdfReader(io.BytesIO(pdfs[item.id])).pages)
            assert view.loaded is not None, item.id
            assert view.loaded.page_count == expected
            assert view.count_label.text() == f"of {expected}"
        view.unload()


def test_startup_does_not_load_qtpdf() -> None:
    """QtPdf is loaded when a PDF item opens, never at start-up."""
    code = ("import sys; from biblio_desktop.ui.shell import app; "
            "from biblio_desktop.ui.course import course_view; "
            "print([m for m in sys.modules if 'QtPdf' in m])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True, env={"QT_QPA_PLATFORM": "offscreen",
                                                    "PYTHONPATH": str(ROOT)})
    assert out.stdout.strip() == "[]"


def test_a_click_on_a_web_link_asks_first(qtbot, hostile: PdfCourse,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(pdf_view, "confirm_external",
                        lambda _parent, url: asked.append(url.toString()) or False)
    view = PdfView(hostile.state)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    _open_item(qtbot, view, hostile, "script-and-link")
    assert view.loaded is not None
    canvas = view.canvas
    # the link covers x 60-400, y 740-790 in PDF points from the bottom of an A4 page
    scale = canvas.points_per_pixel() * canvas.zoomFactor()
    origin = canvas.page_origin()
    inside = QPointF(origin.x() + 200 * scale, origin.y() + (842 - 765) * scale)
    canvas.verticalScrollBar().setValue(0)
    assert canvas.url_at(inside) == QUrl("https://example.org/biblio")
    assert canvas.url_at(QPointF(origin.x() + 200 * scale, origin.y() + 400 * scale)) is None
    with qtbot.waitSignal(canvas.link_activated, timeout=2000) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=inside.toPoint())
    assert blocker.args == [QUrl("https://example.org/biblio")]
    assert asked == ["https://example.org/biblio"]


def test_a_pdf_without_an_outline_shows_its_pages(qtbot, tmp_path: Path) -> None:
    with _pdf_course(tmp_path, {"plain": text_pdf(["One", "Two", "Three"])}) as c:
        view = PdfView(c.state)
        qtbot.addWidget(view)
        view.resize(900, 700)
        view.show()
        _open_item(qtbot, view, c, "plain")
        assert view.side.currentWidget() is view.pages and view.pages.isVisible()
        assert [view.pages.item(i).text() for i in range(3)] == ["Page 1", "Page 2", "Page 3"]
        qtbot.waitUntil(lambda: not view.pages.item(0).icon().isNull(), timeout=5000)
        view.pages.setFocus()
        view.pages.setCurrentRow(2)
        qtbot.keyClick(view.pages, KEYS.Key_Return)
        assert view.page == 2 and view.page_box.value() == 3
        qtbot.keyClick(view.canvas, KEYS.Key_Home)
        assert view.pages.currentRow() == 0
        view.contents_button.click()  # hides the panel, and shows it again
        assert not view.side.isVisible()
        view.contents_button.click()
        assert view.side.isVisible()
        view.unload()
