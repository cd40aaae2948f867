"""The largest text size (24 pt) at 1280×800 on what test_large_text_screens.py leaves out:
Qt's own message and input boxes as the app uses them (the web-link question, an error,
the restore and remove confirmations, the rename and add-catalog input boxes) and the
slide (with its question), video (with a question asked) and PDF views. They must use
the app's font size and nothing may be cut off (tests/ui/layout_check.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QPushButton, QWidget

from biblio_desktop.errors import BiblioError

from .conftest import SAMPLE_ID
from .layout_check import cut_off
from .test_large_text_screens import SIZE, _window, check, facilitator, large_text

__all__ = ["facilitator", "large_text"]  # fixtures used here
POINT_SIZE = 24


def _font_problems(box: QWidget) -> list[str]:
    """Texts in `box` drawn smaller than the app's font size (Qt's boxes set their own
    fonts on some styles)."""
    found = []
    for widget in box.findChildren(QWidget):
        if isinstance(widget, (QLabel, QPushButton, QLineEdit)) and widget.isVisible():
            size = widget.font().pointSizeF()
            if 0 < size < POINT_SIZE - 0.5:
                found.append(f"{type(widget).__name__} {widget.text()!r}: "
                             f"{size} pt")
    return found


@dataclass
class SeenBox:
    title: str
    labels: list[str]
    problems: list[str]


def in_modal_box(qtbot: Any, action: Callable[[], Any]) -> SeenBox:
    """Run `action`, which opens a modal box (exec); check the box while it is open and
    close it (Cancel). Returns what was seen and what is cut off or too small."""
    seen: list[SeenBox] = []

    def inspect() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QDialog):
            QTimer.singleShot(20, inspect)
            return
        for _ in range(5):
            QApplication.processEvents()
        problems = [*cut_off(box), *_font_problems(box)]
        geometry = box.frameGeometry()
        if geometry.width() > SIZE[0] or geometry.height() > SIZE[1]:
            problems.append(f"{type(box).__name__} is {geometry.width()}×"
                            f"{geometry.height()}, larger than the screen")
        labels = [label.text() for label in box.findChildren(QLabel) if label.isVisible()]
        seen.append(SeenBox(box.windowTitle(), labels, problems))
        box.reject()

    QTimer.singleShot(0, inspect)
    action()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen[0]


def assert_whole(box: SeenBox) -> None:
    assert box.labels, box  # the box was really looked at
    assert not box.problems, "\n".join(box.problems)


def test_message_and_input_boxes(qtbot, facilitator, tmp_path: Path) -> None:
    from biblio_desktop.ui.base.errors import show_error
    from biblio_desktop.ui.course.lesson_view import confirm_external

    window, _anna = facilitator
    url = QUrl("https://www.biblio-project.eu/results/a-rather-long-address-for-the-"
               "training-materials-of-the-programme/index.html?lang=en")
    assert_whole(in_modal_box(qtbot, lambda: confirm_external(window, url)))
    assert_whole(in_modal_box(qtbot, lambda: show_error(window, BiblioError(
        "The course package is damaged: lessons/en/welcome.md is missing. Ask your "
        "facilitator for a new copy of the package."))))
    assert_whole(in_modal_box(qtbot, lambda: show_error(window, RuntimeError("a bug"))))

    window.show_settings()
    settings = window.screens["settings"]
    assert_whole(in_modal_box(qtbot, lambda: settings.confirm_restore(
        tmp_path / "library-2026-03-02T09-15-00.biblio-backup")))

    window.show_facilitator()
    screen = window.screens["facilitator"]
    screen.table.selectRow(0)
    assert screen.selected_learner() is not None
    box = in_modal_box(qtbot, screen.rename)
    assert_whole(box)
    assert box.title == "Rename learner"


def test_catalog_boxes(qtbot, app_state, monkeypatch) -> None:
    window = _window(qtbot, app_state)
    window.show_catalog()
    screen = window.screens["catalog"]
    box = in_modal_box(qtbot, screen.choose_catalog)
    assert_whole(box)
    url = "https://catalog.example.org/biblio/courses/catalog.json"
    screen.sources.addItem(url)
    item = screen.sources.item(screen.sources.count() - 1)
    item.setData(Qt.ItemDataRole.UserRole, url)
    screen.sources.setCurrentItem(item)
    box = in_modal_box(qtbot, screen.confirm_remove)
    assert_whole(box)
    window.close()


# --- the slide, video and PDF views --------------------------------------------------------

def test_slides_with_a_question(qtbot, app_state) -> None:
    window = _window(qtbot, app_state)
    window.open_course(SAMPLE_ID, "m2-slides")
    slides = window.screens["course"].views["slides"]
    check(window)
    app_state.writer.flush()
    qtbot.waitUntil(lambda: slides.questions.attempt is not None)
    slides.go(3)  # slide 4 has a question
    assert slides.questions.cards
    check(window)
    window.close()


def test_video_and_its_question(qtbot, app_state) -> None:
    window = _window(qtbot, app_state)
    window.open_course(SAMPLE_ID, "m3-video")
    video = window.screens["course"].views["video"]
    check(window)
    app_state.writer.flush()
    qtbot.waitUntil(lambda: video.questions.ready)
    check(window)  # the list of questions under the video
    video.go_to_question(19.0, "q-video-profiles")
    assert video.questions.asking
    check(window)
    window.close()


def test_pdf_view(qtbot, app_state) -> None:
    window = _window(qtbot, app_state)
    window.open_course(SAMPLE_ID, "m4-checklist")
    pdf = window.screens["course"].views["pdf"]
    qtbot.waitUntil(lambda: pdf.loaded is not None, timeout=10000)
    check(window)
    pdf.open_find()
    check(window)
    window.close()
