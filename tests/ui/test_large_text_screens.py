"""The largest text size (24 pt, about 200 %) at 1280×800 on the screens and dialogs
test_large_text.py does not cover: the catalog with its download panel, the facilitator
screen and its dialogs, the records (certificate summary, sync panel), every form dialog,
the eleven question types and the lesson. Nothing may be cut off or elided
(tests/ui/layout_check.py: geometry and size hints computed with QFontMetrics);
docs/screenshots/large-text-*-en.png show some of them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.base.theme import set_look
from biblio_desktop.ui.shell.main_window import MainWindow

from .conftest import SAMPLE_ID
from .layout_check import cut_off

SIZE = (1280, 800)


@pytest.fixture(autouse=True)
def large_text(qapp) -> Iterator[None]:
    set_look(qapp, "en", "light", 24)
    yield
    set_look(qapp, "en", "light", 11)


def _window(qtbot: Any, state: AppState) -> MainWindow:
    state.set_setting("font_size", 24)
    win = MainWindow(state)
    win.save_geometry = False
    qtbot.addWidget(win)
    win.resize(*SIZE)
    win.show()
    qtbot.waitExposed(win)
    return win


def check(widget: QWidget) -> None:
    for _ in range(5):  # nested height-for-width layouts settle in a few passes
        QApplication.processEvents()
    window = widget.window()
    assert window.width() <= SIZE[0] and window.height() <= SIZE[1], window.size()
    found = cut_off(widget)
    assert not found, "\n".join(found)


def check_dialog(qtbot: Any, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    check(dialog)
    dialog.close()


# --- the catalog and its download panel -------------------------------------------------

def test_catalog_and_download_panel(qtbot, tmp_path, sample_package) -> None:
    from biblio_desktop.downloads import find_entry
    from biblio_desktop.ui.courses.download_panel import DownloadJob
    from tests.core.http_fixture import FileServer, build_course_versions

    from .test_catalog_screen import Setup, _publish

    packages = build_course_versions(tmp_path / "packages", ("1.0.0", "1.1.0"))
    with FileServer() as server:
        setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",), sample=sample_package),
                      sample_package)
        try:
            window = _window(qtbot, setup.state)
            window.show_catalog()
            screen = window.screens["catalog"]
            assert screen.cards
            check(window)
            entry, url = find_entry(setup.ws, screen.cards[0].course_id)
            for key, state in enumerate(("failed", "paused", "done"), start=900):
                title = "A long course title: digital skills for librarians"
                job = DownloadJob(key, entry, url, title, state=state, done=3_000_000,
                                  total=9_000_000,
                                  reason="The connection dropped",
                                  error=OSError("No route to host") if key == 900 else None)
                setup.service.jobs[key] = job
                setup.service.changed.emit(key)
            assert screen.downloads.isVisible()
            check(window)
        finally:
            window.close()
            setup.close()


# --- the facilitator: screen, learner details, reviews, the learner dialogs --------------

@pytest.fixture
def facilitator(qtbot, tmp_path: Path, sample_package: Path):
    from biblio_desktop.workspace import Workspace

    from .test_review_dialog import _take_quiz

    ws = Workspace.open(tmp_path / "data")
    ws.import_package(sample_package)
    anna = ws.learners.add("Anna Bērziņa-Ozoliņa", "2468")
    ws.learners.add("Γιώργος Παπαδόπουλος")
    _take_quiz(ws, anna.id, "en", "Seniors: I would start with a poster at the pharmacy, "
                                  "then a weekly open hour at the library.")
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    state.sign_in_facilitator("librarian-2026")
    window = _window(qtbot, state)
    yield window, anna
    window.close()
    state.shutdown()
    ws.close()


def test_facilitator_screen_and_its_dialogs(qtbot, facilitator, monkeypatch) -> None:
    from biblio_desktop.ui.facilitator.review_dialog import ReviewAnswersDialog

    window, anna = facilitator
    window.show_facilitator()
    screen = window.screens["facilitator"]
    check(window)
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "open", lambda self: shown.append(self))
    screen.table.selectRow(0)
    screen.open_details()
    check_dialog(qtbot, shown[-1])
    review = ReviewAnswersDialog(window.state, screen, learner_id=anna.id)
    assert review.answers
    check_dialog(qtbot, review)


def test_every_form_dialog(qtbot, facilitator) -> None:
    from biblio_desktop.ui.learner import learner_dialogs as dialogs

    window, anna = facilitator
    state = window.state
    made = [
        dialogs.PinDialog(state, anna, window),
        dialogs.FacilitatorSignInDialog(state, window),
        dialogs.AddLearnerDialog(state, window),
        dialogs.FacilitatorSetupDialog(state, window),
        dialogs.ResetPinDialog(state, anna, window),
        dialogs.RemoveLearnerDialog(state, anna, window),
    ]
    for dialog in made:
        check_dialog(qtbot, dialog)
        if hasattr(dialog, "say"):
            dialog.show()
            dialog.say("That PIN is not right. 2 more tries before a short wait of "
                       "30 seconds; ask the facilitator if you forgot it.")
            check(dialog)
            dialog.close()


def test_records_sync_panel_and_certificate_summary(qtbot, facilitator, tmp_path) -> None:
    from datetime import UTC, datetime

    from PySide6.QtGui import QImage

    from biblio_desktop.ui.records.records_actions import CertificateSummary, SavedCertificate

    window, _anna = facilitator
    window.show_settings()
    settings = window.screens["settings"]
    settings.sync_panel.show()
    check(window)
    settings.scroll_to = None
    preview = QImage(600, 424, QImage.Format.Format_RGB32)
    preview.fill(0xFFFFFF)
    saved = SavedCertificate(tmp_path / "Certificate — Anna Bērziņa-Ozoliņa.pdf",
                             tmp_path / "record.json", "urn:uuid:1", True,
                             datetime(2026, 3, 2, 9, 15, tzinfo=UTC), preview)
    check_dialog(qtbot, CertificateSummary(saved, window))


# --- the learner: the lesson and every question type --------------------------------------

def test_lesson_view(qtbot, app_state) -> None:
    window = _window(qtbot, app_state)
    window.open_course(SAMPLE_ID, "m1-welcome")
    check(window)
    window.show_progress(SAMPLE_ID)
    check(window)
    window.show_library()
    check(window)


def test_every_question_type_and_the_result(qtbot, tmp_path) -> None:
    from tests.core.all_question_types import workspace_with_all_types
    from tests.core.course_fixtures import COURSE_ID

    ws = workspace_with_all_types(tmp_path)
    learner = ws.learners.add("Ilze Kalniņa")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    window = _window(qtbot, state)
    try:
        window.open_course(COURSE_ID, "m2-quiz")
        quiz = window.screens["course"].views["quiz"]
        check(window)
        quiz.start_button.click()
        state.writer.flush()
        qtbot.waitUntil(lambda: quiz.attempt is not None)
        types = set()
        for index in range(len(quiz.attempt.question_ids)):
            quiz.go_to(index)
            types.add(quiz.question().type)
            check(window)
        assert len(types) == 11, types
        quiz.ask_submit_unanswered = lambda _n: True
        quiz.submit()
        state.writer.flush()
        qtbot.waitUntil(lambda: quiz.stack.currentIndex() == 2)
        check(window)
    finally:
        window.close()
        state.shutdown()
        ws.close()
