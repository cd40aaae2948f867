"""Every screen and dialog as a screen reader gets it (QAccessible, in process): each Tab
stop has a meaningful name and a control role, labels are read as their text. A new
unnamed control anywhere on these screens fails here (tests/ui/accessible_tree.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from biblio_desktop.ui.shell.main_window import MainWindow

from .accessible_tree import problems
from .conftest import SAMPLE_ID


@pytest.fixture
def window(qtbot, app_state):
    win = MainWindow(app_state)
    win.save_geometry = False
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def check(window) -> None:
    QApplication.processEvents()
    found = problems(window)
    assert not found, "\n".join(found)


ITEMS = ["m1-welcome", "m1-quiz", "m2-slides", "m3-video"]


def test_learner_screens(qtbot, window) -> None:
    for screen in ("library", "progress", "settings", "catalog"):
        getattr(window, f"show_{screen}")()
        check(window)
    for item in ITEMS:
        window.open_course(SAMPLE_ID, item)
        check(window)


def test_a_new_unnamed_control_fails_the_check(window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLabel, QToolButton, QTreeWidget, QTreeWidgetItem

    from biblio_desktop.ui.base.icons import icon

    window.show_library()
    screen = window.screens["library"]
    button = QToolButton(screen)
    button.setIcon(icon("search"))
    combo = QComboBox(screen)
    combo.addItem("1×")
    label = QLabel("Saved", screen)
    label.setAccessibleName("Save status")
    tree = QTreeWidget(screen)
    tree.setAccessibleName("Items")
    row = QTreeWidgetItem(["Welcome"])
    row.setIcon(0, icon("done"))  # done, but only the icon says so
    tree.addTopLevelItem(row)
    for widget in (button, combo, label, tree):
        widget.show()
    found = problems(window)
    assert len(found) == 4, found
    assert "only as an icon" in found[-1] or any("only as an icon" in f for f in found)
    row.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, "Lesson, done")
    assert len(problems(window)) == 3


def test_every_question_type_and_the_result(qtbot, window) -> None:
    window.open_course(SAMPLE_ID, "m5-final-quiz")
    quiz = window.screens["course"].views["quiz"]
    quiz.start_button.click()
    window.state.writer.flush()
    qtbot.waitUntil(lambda: quiz.attempt is not None)
    for index in range(len(quiz.attempt.question_ids)):
        quiz.go_to(index)
        check(window)
    quiz.ask_submit_unanswered = lambda _n: True
    quiz.submit()
    window.state.writer.flush()
    qtbot.waitUntil(lambda: quiz.stack.currentIndex() == 2)
    check(window)


def test_picker_facilitator_and_their_dialogs(qtbot, window, monkeypatch) -> None:
    ws = window.state.workspace
    ws.learners.add("Jānis", "1234")
    ws.learners.create_facilitator("librarian-2026")
    window.switch_learner()
    check(window)
    window.state.sign_in_facilitator("librarian-2026")
    for screen in ("facilitator", "settings"):
        getattr(window, f"show_{screen}")()
        check(window)
    facilitator = window.screens["facilitator"]
    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "open", lambda self: shown.append(self))
    facilitator.table.selectRow(0)
    facilitator.open_details()
    assert shown
    for dialog in shown:
        dialog.show()
        QApplication.processEvents()
        found = problems(dialog)
        assert not found, "\n".join(found)


def test_questions_on_slides_and_in_the_video(qtbot, window) -> None:
    """Issue 15's questions inside items: the question cards on a slide and the question,
    Continue and the question list under a paused video."""
    window.open_course(SAMPLE_ID, "m2-slides")
    slides = window.screens["course"].views["slides"]
    window.state.writer.flush()
    qtbot.waitUntil(lambda: slides.questions.attempt is not None)
    for index in (3, 5):  # a single-choice and a fill-in-the-blanks question
        slides.go(index)
        assert slides.questions.cards
        check(window)
    window.open_course(SAMPLE_ID, "m3-video")
    video = window.screens["course"].views["video"]
    window.state.writer.flush()
    qtbot.waitUntil(lambda: video.questions.ready)
    check(window)  # the list of the video's questions
    video.questions.ask(video.questions.embedded.quiz.questions)
    check(window)
    video.questions.close_questions()


def test_pdf_item_with_its_find_bar_and_a_problem_message(qtbot, window) -> None:
    window.open_course(SAMPLE_ID, "m4-checklist")
    view = window.screens["course"].views["pdf"]
    qtbot.waitUntil(lambda: view.loaded is not None, timeout=10_000)
    check(window)
    view.open_find()
    check(window)
    view.close_find()
    from biblio_desktop.ui.course.pdf_document import PdfProblem

    view._show_problem(PdfProblem("damaged"))
    check(window)
