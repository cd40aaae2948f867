"""Converted courses play end to end through the app's own path: the file is chosen in
the library, converted in the worker, the report read and Install pressed, the course
opened in the course view and taken by keyboard until it is complete; the completion
gives a record that verifies.

(a) an H5P presentation with a multiple choice question on slide 2 and blanks on slide 3
(the corpus presentation's slides hold no questions, so it is built here);
(b) a real PDF from the shared corpus, read in place, every page shown.
"""

from __future__ import annotations

import json
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox, QRadioButton

from biblio_desktop.records import issue_record, verify_credential
from biblio_desktop.ui.course.course_view import CourseView
from biblio_desktop.ui.course.pdf_view import PdfView
from biblio_desktop.ui.course.slides_view import SlidesView
from biblio_desktop.ui.courses.conversion_report import ConversionReportDialog
from biblio_desktop.ui.learner.library_screen import LibraryScreen
from biblio_desktop.ui.progress.progress_screen import ProgressScreen
from tests.conversion.test_h5p_hostile import lib, make_h5p, mc
from tests.ui.keyboard import focused, press
from tests.ui.test_progress_screen import FakeNav
from tests.ui.test_records_actions import save_certificate

from ..shared_material import REALCASES

KEYS = Qt.Key
# three pages; read in place from the shared corpus, never copied into the repository
PDF = REALCASES / "pdf" / "Digital-Dexterity-Feedback_Skilled.pdf"


def png(width: int = 4, height: int = 3) -> bytes:
    """A real (decodable) RGB PNG, so the slide's image is an image and not a stub."""
    raw = b"".join(b"\x00" + b"\xff\x80\x00" * width for _ in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data)))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))


def presentation(folder: Path) -> Path:
    """Three slides: text and an image; a multiple choice question; blanks."""
    def text(html: str) -> dict[str, object]:
        return lib("H5P.AdvancedText 1.1", {"text": html})

    image = lib("H5P.Image 1.1", {"file": {"path": "images/map.png", "mime": "image/png"},
                                  "alt": "A map of Riga"})
    blanks = lib("H5P.Blanks 1.14", {"text": "<p>Fill in the names.</p>", "questions": [
        "<p>Riga lies on the *Daugava* river, near the *Baltic* Sea.</p>"]})
    slides = [
        {"elements": [{"action": text("<h2>Riga</h2><p>The capital of Latvia.</p>")},
                      {"action": image}]},
        {"elements": [{"action": text("<p>Check yourself.</p>")},
                      {"action": mc("Which river flows through Riga?",
                                    ("The Daugava", True), ("The Thames", False))}]},
        {"elements": [{"action": blanks}]}]
    return make_h5p(folder, "H5P.CoursePresentation", {"presentation": {"slides": slides}},
                    {"content/images/map.png": png()}, name="Riga.h5p",
                    h5p={"title": "Riga by the river", "language": "en"})


def _quiet(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr("biblio_desktop.ui.courses.package_import.show_error",
                        lambda parent, exc, title=None: shown.append(f"ERROR {exc}"))
    return shown


def import_through_the_app(qtbot, app_state, nav, path: Path,
                           monkeypatch: pytest.MonkeyPatch,
                           check_report: Callable[[ConversionReportDialog], None]) -> str:
    """Choose the file in the library, read the report (`check_report`, before anything
    is installed), press Enter on Install; the id of the course that was installed."""
    shown = _quiet(monkeypatch)
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    screen.show()
    before = {c.course_id for c in app_state.workspace.list_courses()}
    with qtbot.waitSignal(screen.importer.report_shown, timeout=60_000) as blocker:
        screen.import_packages([path])
    dialog = blocker.args[0]
    assert isinstance(dialog, ConversionReportDialog) and dialog.isVisible()
    assert dialog.install_button.isDefault()
    check_report(dialog)
    with qtbot.waitSignal(app_state.courses_changed, timeout=60_000):
        qtbot.keyClick(dialog.install_button, KEYS.Key_Return)
    qtbot.waitUntil(lambda: any("Installed" in m for m in shown), timeout=10_000)
    (course_id,) = {c.course_id for c in app_state.workspace.list_courses()} - before
    return course_id


def open_course(qtbot, app_state, nav, course_id: str) -> CourseView:
    view = CourseView(app_state, nav)
    qtbot.addWidget(view)
    view.resize(1200, 780)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.open(course_id)
    return view


def test_h5p_presentation_with_slide_questions_plays_by_keyboard_to_a_verified_record(
        qtbot, app_state, nav, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def check_report(dialog: ConversionReportDialog) -> None:
        slides_row = dialog.contents.topLevelItem(0).child(0)
        assert (slides_row.text(0), slides_row.text(1)) == ("Riga by the river", "Slides")
        assert sorted(slides_row.child(i).text(0)
                      for i in range(slides_row.childCount())) == [
            "1 × fill in the blanks", "1 × single choice"]
        assert "Left out: 0" in dialog.summary.text()

    course_id = import_through_the_app(qtbot, app_state, nav, presentation(tmp_path / "in"),
                                       monkeypatch, check_report)

    course = open_course(qtbot, app_state, nav, course_id)
    assert course.item is not None and course.item.kind == "slides"
    view = course.views["slides"]
    assert isinstance(view, SlidesView)
    app_state.writer.flush()
    qtbot.waitUntil(lambda: view.questions.attempt is not None, timeout=5000)
    # slide 1: the text and the image, which came from inside the file
    assert view.counter.text() == "Slide 1 of 3" and view.questions_area.isHidden()
    html = view.browser.toHtml()
    assert "The capital of Latvia." in view.browser.toPlainText()
    assert "map" in html and 'alt="A map of Riga"' in html
    progress = app_state.progress
    assert not progress.item_state(course_id, course.item.id).done

    # slide 2 by Page Down; the question by keyboard: Tab in, arrows to the right answer
    view.browser.setFocus()
    qtbot.keyClick(view.browser, KEYS.Key_PageDown)
    assert view.index == 1 and view.counter.text() == "Slide 2 of 3 · 1 question"
    (card,) = view.questions.cards
    assert card.prompt.text() == "Which river flows through Riga?"
    view.browser.setFocus()
    press(KEYS.Key_Tab)
    for _ in range(3):
        radio = focused()
        assert isinstance(radio, QRadioButton)
        if radio.accessibleName() == "The Daugava":
            break
        press(KEYS.Key_Down)
    press(KEYS.Key_Space)
    assert radio.accessibleName() == "The Daugava" and radio.isChecked()
    while focused() is not card.check_button:
        press(KEYS.Key_Tab)
    with qtbot.waitSignal(view.questions.answered, timeout=5000):
        press(KEYS.Key_Space)
        app_state.writer.flush()
    assert card.verdict.text() == "Correct"
    assert not progress.item_state(course_id, course.item.id).done  # slide 3 still unseen

    # slide 3: Page Down from the answered question; type the blanks, Check by keyboard
    assert focused() is not None and focused().window() is course.window()
    press(KEYS.Key_PageDown)  # from wherever the answer left the focus
    assert view.index == 2 and view.counter.text() == "Slide 3 of 3 · 1 question"
    (card,) = view.questions.cards
    assert card.prompt.text() == "Fill in the names."
    view.browser.setFocus()
    press(KEYS.Key_Tab)
    gaps = [w for w in card.stops if isinstance(w, QLineEdit)]
    assert len(gaps) == 2 and focused() is gaps[0]
    qtbot.keyClicks(gaps[0], "daugava")  # case does not matter
    press(KEYS.Key_Tab)
    assert focused() is gaps[1]
    qtbot.keyClicks(gaps[1], "Baltic")
    while focused() is not card.check_button:
        press(KEYS.Key_Tab)
    with qtbot.waitSignal(view.completed, timeout=5000) as blocker:
        press(KEYS.Key_Space)
        app_state.writer.flush()
    assert blocker.args == [course.item.id]
    assert card.verdict.text() == "Correct"
    state = progress.item_state(course_id, course.item.id)
    assert state.done and state.best_score == 1.0
    assert progress.completion(course_id) is not None

    # (c) the certificate, saved from the progress screen, is a record that verifies
    screen = ProgressScreen(app_state, FakeNav())
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    screen.set_course(course_id)
    save_certificate(qtbot, screen, monkeypatch, tmp_path / "out" / "cert.pdf")
    record = (tmp_path / "out" / "cert.json").read_bytes()
    verdict = verify_credential(record)
    assert verdict.valid, verdict.reason
    badge = json.loads(record)["credentialSubject"]["achievement"]
    assert "Riga by the river" in json.dumps(badge, ensure_ascii=False)
    assert (tmp_path / "out" / "cert.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not PDF.is_file(), reason="shared/realcases is not here")
def test_corpus_pdf_read_page_by_page_completes_the_course(
        qtbot, app_state, nav, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def check_report(dialog: ConversionReportDialog) -> None:
        assert dialog.contents.topLevelItem(0).child(0).text(1) == "PDF document"

    course_id = import_through_the_app(qtbot, app_state, nav, PDF, monkeypatch, check_report)
    course = open_course(qtbot, app_state, nav, course_id)
    assert course.item is not None and course.item.kind == "pdf"
    view = course.views["pdf"]
    assert isinstance(view, PdfView)
    qtbot.waitUntil(lambda: view.loaded is not None, timeout=15_000)
    assert view.loaded.page_count == 3 and view.count_label.text() == "of 3"
    assert view.page == 0 and view.done_button.text() == "Mark as read"
    progress = app_state.progress
    view.canvas.setFocus()
    qtbot.keyClick(view.canvas, KEYS.Key_PageDown)
    app_state.writer.flush()
    assert view.page == 1 and not progress.item_state(course_id, course.item.id).done
    with qtbot.waitSignal(view.completed, timeout=5000) as blocker:
        qtbot.keyClick(view.canvas, KEYS.Key_PageDown)  # the last page: all three seen
        app_state.writer.flush()
    assert blocker.args == [course.item.id] and view.page == 2
    assert progress.item_state(course_id, course.item.id).done
    assert progress.completion(course_id) is not None
    # the PDF in the package is the corpus file, byte for byte (it was read in place)
    manifest = app_state.workspace.manifest(course_id)
    folder = app_state.workspace.course_folder(course_id, manifest.version)
    (packed,) = set(course.item.path.values())
    assert (folder / packed).read_bytes() == PDF.read_bytes()
    record = issue_record(app_state.workspace, app_state.learner.id, course_id)
    verdict = verify_credential(record.credential_json)
    assert verdict.valid, verdict.reason
