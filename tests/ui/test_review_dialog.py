"""The facilitator reviews free-text answers (per learner, per course) with a score and a
comment, by keyboard; the learner then sees the comment in the quiz's result."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.course.quiz_view import QuizView
from biblio_desktop.ui.facilitator.facilitator_screen import FacilitatorScreen
from biblio_desktop.ui.facilitator.review_dialog import ReviewAnswersDialog
from biblio_desktop.workspace import Workspace
from tests.core.quiz_answers import right_answer
from tests.ui.test_progress_screen import COURSE, SAMPLE, FakeNav
from tests.ui.test_quiz_view import type_text

QUIZ = "m3-quiz"  # the sample's quiz with a free-text question


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


def _take_quiz(ws: Workspace, learner_id: int, language: str, essay: str) -> None:
    progress = ws.progress_of(learner_id)
    quiz = ws.quiz(COURSE, QUIZ, language)
    view = progress.current_attempt(COURSE, QUIZ, language)
    for qid in view.question_ids:
        answer = essay if quiz.question(qid).type == "free_text" else right_answer(
            quiz.question(qid))
        progress.save_answer(view.attempt_id, qid, answer)
    assert progress.submit_attempt(view.attempt_id).passed


@pytest.fixture
def env(qtbot: Any, tmp_path: Path, package: Path):
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    anna = ws.learners.add("Anna Bērziņa")
    janis = ws.learners.add("Jānis Kalniņš")
    _take_quiz(ws, anna.id, "lv", "Senioriem grūtākais būtu informēšana: es sāktu ar plakātu "
                                  "aptiekā.")
    _take_quiz(ws, janis.id, "en", "Teenagers: I would ask the school first.")
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    state.sign_in_facilitator("librarian-2026")
    yield ws, state, {"anna": anna, "janis": janis}
    state.shutdown()
    ws.close()


def _key(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
         ) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def test_review_round_trip_and_the_learner_sees_the_comment(qtbot: Any, env) -> None:
    ws, state, who = env
    screen = FacilitatorScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.resize(1180, 720)
    screen.show()
    assert screen.review_button.text() == "Review written answers (2)…"
    assert screen.review_button.accessibleName() == "Review written answers: 2 waiting"
    screen.open_reviews()
    dialog: ReviewAnswersDialog = screen.review_dialog
    qtbot.waitExposed(dialog)
    assert dialog.learner_combo.itemText(0) == "All learners (2)"
    assert [a.learner_name for a in dialog.answers] == ["Anna Bērziņa", "Jānis Kalniņš"]
    # per learner: Jānis only
    dialog.learner_combo.setCurrentIndex(dialog.learner_combo.findData(who["janis"].id))
    assert [a.learner_name for a in dialog.answers] == ["Jānis Kalniņš"]
    assert dialog.learner_combo.currentText() == "Jānis Kalniņš (1)"
    # per course: the sample course
    dialog.learner_combo.setCurrentIndex(0)
    dialog.course_combo.setCurrentIndex(dialog.course_combo.findData(COURSE))
    assert len(dialog.answers) == 2
    assert dialog.current_answer().learner_name == "Jānis Kalniņš"  # the selection stays
    assert dialog.prompt.text().startswith("Think of one group in your area")

    # keyboard only: the list, Tab to the score, type it, Tab to the comment, Ctrl+Enter
    dialog.activateWindow()
    dialog.list.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
    _key(qtbot, Qt.Key.Key_Home)
    assert dialog.current_answer().learner_name == "Anna Bērziņa"
    assert dialog.prompt.text().startswith("Iedomājieties vienu")  # her quiz was in Latvian
    assert dialog.text.toPlainText().startswith("Senioriem grūtākais")
    assert dialog.text.isReadOnly()
    _key(qtbot, Qt.Key.Key_Tab)  # the learner's answer (read only)
    assert QApplication.focusWidget() is dialog.text
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.score
    _key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.score, "80")
    _key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.comment
    type_text(qtbot, dialog.comment, "Labs sākums: runājiet arī ar sociālo dienestu.")
    _key(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    state.writer.flush()
    qtbot.waitUntil(lambda: dialog.status.text() == "Saved the review of Anna Bērziņa's answer.")
    # Anna's answer left the list; Jānis's is shown next
    assert [a.learner_name for a in dialog.answers] == ["Jānis Kalniņš"]
    assert dialog.current_answer().learner_name == "Jānis Kalniņš"
    assert dialog.score.value() == 100 and dialog.comment.toPlainText() == ""
    assert ws.pending_review_counts() == {(who["janis"].id, COURSE): 1}
    dialog.reviewed_box.setChecked(True)  # reviewed answers can be seen and changed
    assert [a.review is not None for a in dialog.answers] == [True, False]
    dialog.close()
    screen.refresh()
    assert screen.review_button.text() == "Review written answers (1)…"

    # Anna signs in and opens the quiz's last result: the review and the comment
    state.sign_out()
    state.sign_in_learner(who["anna"].id, None)
    manifest = ws.manifest(COURSE)
    item = next(i for i in manifest.items if i.id == QUIZ)
    view = QuizView(state)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    view.load(COURSE, item, "lv", ws.course_folder(COURSE, manifest.version))
    assert view.review_button.isVisible()
    qtbot.mouseClick(view.review_button, Qt.MouseButton.LeftButton)
    assert view.stack.currentIndex() == 2 and view.result_headline.text() == "Passed"
    texts = [label.text() for label in view.review_host.findChildren(QLabel)]
    assert "Answer saved for your facilitator" in texts
    assert any(t.startswith("Your facilitator's review (") and t.endswith("): 80%")
               for t in texts)
    assert "Comment: Labs sākums: runājiet arī ar sociālo dienestu." in texts


def test_a_learner_not_yet_reviewed_sees_so(qtbot: Any, env) -> None:
    ws, state, who = env
    state.sign_out()
    state.sign_in_learner(who["janis"].id, None)
    manifest = ws.manifest(COURSE)
    item = next(i for i in manifest.items if i.id == QUIZ)
    view = QuizView(state)
    qtbot.addWidget(view)
    view.show()
    view.load(COURSE, item, "en", ws.course_folder(COURSE, manifest.version))
    view.review_last()
    texts = [label.text() for label in view.review_host.findChildren(QLabel)]
    assert "Not reviewed yet." in texts
    assert any("Teenagers: I would ask the school first." in t for t in texts)


def test_the_selected_row_opens_that_learners_answers(qtbot: Any, env) -> None:
    _ws, state, who = env
    screen = FacilitatorScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.show()
    row = next(r for r, s in enumerate(screen.visible_rows())
               if s.status.learner_id == who["janis"].id)
    screen.table.selectRow(row)
    screen.open_reviews()
    dialog = screen.review_dialog
    assert dialog.learner_combo.currentData() == who["janis"].id
    assert dialog.course_combo.currentData() == COURSE
    assert [a.learner_name for a in dialog.answers] == ["Jānis Kalniņš"]
    dialog.close()


def test_nothing_to_review(qtbot: Any, tmp_path: Path, package: Path) -> None:
    ws = Workspace.open(tmp_path / "empty")
    ws.import_package(package)
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    state.sign_in_facilitator("librarian-2026")
    try:
        dialog = ReviewAnswersDialog(state)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.empty.isVisible() and not dialog.list.isVisible()
        assert dialog.empty.text() == "No written answers are waiting for review."
        assert not dialog.detail.isEnabled()
        dialog.save()  # nothing chosen: nothing happens
    finally:
        state.shutdown()
        ws.close()
