"""The learner's progress screen: course, items, CECO/DIGY skills, certificate button."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.progress.progress_screen import ProgressScreen, profile_name
from biblio_desktop.workspace import Workspace
from tests.core.quiz_answers import right_answer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "course_packages" / "digital-skills-orientation"
COURSE = "eu.biblio-project.digital-skills-orientation"


class FakeNav:
    """Records where screens send the user."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[Any, ...]]] = []

    def __getattr__(self, name: str) -> Any:
        if name.startswith(("show_", "open_")):
            return lambda *args: self.calls.append((name, args))
        raise AttributeError(name)


def sample_workspace(tmp_path: Path, package: Path) -> Workspace:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    return ws


def complete_course(ws: Workspace, progress: LearnerProgress, course_id: str = COURSE,
                    language: str = "en") -> None:
    """Finish every item the way the item views would: lessons/slides/video done, quizzes
    passed with the right answers."""
    for item in ws.manifest(course_id).items:
        if item.questions:  # questions on the slides or in the video: answered, then seen
            progress.open_item(course_id, item.id)
            progress.record_focus(course_id, item.id, 30)
            attempt = progress.item_attempt(course_id, item.id, language)
            quiz = ws.quiz(course_id, item.id, language)
            for question_id in attempt.question_ids:
                progress.answer_item_question(attempt.attempt_id, question_id,
                                              right_answer(quiz.question(question_id)))
            if item.kind == "slides":
                for index in range(8):
                    progress.report_slide(course_id, item.id, index, 8)
            else:
                progress.report_video(course_id, item.id, 0, 35.4, 35.4)
            assert progress.item_state(course_id, item.id).done
            continue
        if item.kind != "quiz":
            progress.open_item(course_id, item.id)
            progress.record_focus(course_id, item.id, 30)
            progress.mark_done(course_id, item.id)
            continue
        attempt = progress.current_attempt(course_id, item.id, language)
        quiz = ws.quiz(course_id, item.id, language)
        for question_id in attempt.question_ids:
            progress.save_answer(attempt.attempt_id, question_id,
                                 right_answer(quiz.question(question_id)))
        assert progress.submit_attempt(attempt.attempt_id).passed


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


@pytest.fixture
def signed_in(qtbot, tmp_path: Path, package: Path):
    ws = sample_workspace(tmp_path, package)
    learner = ws.learners.add("Līga Bērziņa")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    nav = FakeNav()
    screen = ProgressScreen(state, nav)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    yield ws, state, nav, screen
    state.shutdown()
    ws.close()


def test_shows_course_items_and_skill_groups(signed_in) -> None:
    ws, _state, _nav, screen = signed_in
    assert screen.course_id == COURSE
    assert screen.course_combo.currentText().startswith("Digital skills for librarians")
    tree = screen.view.tree
    manifest = ws.manifest(COURSE)
    assert tree.topLevelItemCount() == len(manifest.modules)
    assert tree.topLevelItem(0).text(0) == "1. The BIBLIO programme"
    assert tree.topLevelItem(0).childCount() == len(manifest.modules[0].items)
    assert screen.view.skill_groups() == ["Community Engagement and Communication Officer",
                                          "Digital Transformation Facilitator"]
    assert screen.view.overall.value() == 0
    assert screen.view.status_label.text() == "Not started yet"
    assert not screen.certificate_button.isEnabled()


def test_item_activation_opens_course_at_item(signed_in) -> None:
    _ws, _state, nav, screen = signed_in
    row = screen.view.tree.topLevelItem(1).child(0)
    screen.view.tree.itemActivated.emit(row, 0)
    assert nav.calls == [("open_course", (COURSE, "m2-two-profiles"))]
    module_row = screen.view.tree.topLevelItem(1)
    screen.view.tree.itemActivated.emit(module_row, 0)
    assert len(nav.calls) == 1  # a module heading opens nothing


def test_progress_changed_refreshes_and_certificate_after_completion(qtbot, signed_in) -> None:
    ws, state, _nav, screen = signed_in
    assert state.progress is not None
    state.progress.open_item(COURSE, "m1-welcome")
    state.progress.mark_done(COURSE, "m1-welcome")
    state.progress_changed.emit(COURSE)
    welcome = screen.view.tree.topLevelItem(0).child(1)  # after the pre-test
    assert welcome.text(1) == "Done"
    assert 0 < screen.view.overall.value() < 100
    assert screen.view.status_label.text() == "In progress"
    assert not screen.certificate_button.isEnabled()

    complete_course(ws, state.progress)
    state.progress_changed.emit(COURSE)
    assert screen.view.overall.value() == 100
    assert screen.view.status_label.text().startswith("Completed on ")
    assert screen.certificate_button.isEnabled()
    quiz_row = screen.view.tree.topLevelItem(0).child(3)
    assert quiz_row.text(3) == "best 100 %, 1 attempt"
    slides_row = screen.view.tree.topLevelItem(1).child(1)  # questions on its slides
    assert slides_row.text(3) == "questions: 100 %"

    # Without a receiver the button explains what it will do...
    screen.certificate_button.click()
    assert screen._certificate_box.isVisible()
    assert "PDF certificate" in screen._certificate_box.informativeText()
    screen._certificate_box.close()
    # ...with one, it hands over the course id.
    with qtbot.waitSignal(screen.certificate_requested) as blocker:
        screen.certificate_button.click()
    assert blocker.args == [COURSE]


def test_latvian_course_text_and_other_profile_codes(qtbot, tmp_path: Path, package: Path
                                                      ) -> None:
    ws = sample_workspace(tmp_path, package)
    ws.settings.set("ui_language", "lv")
    learner = ws.learners.add("Jānis Kalniņš")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    state.progress.mark_done(COURSE, "m1-welcome")  # type: ignore[union-attr]
    screen = ProgressScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    screen.set_course(COURSE)
    assert screen.view.tree.topLevelItem(0).text(0) == "1. Programma BIBLIO"
    assert screen.course_combo.currentText().startswith("Digitālās prasmes")
    assert profile_name("XYZ") == "XYZ"
    state.shutdown()
    ws.close()


def test_not_signed_in_says_what_to_do(qtbot, tmp_path: Path, package: Path) -> None:
    ws = sample_workspace(tmp_path, package)
    state = AppState(ws)
    screen = ProgressScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.show()
    assert screen.empty.isVisible() and not screen.view.isVisible()
    assert "Sign in" in screen.empty.text()
    state.shutdown()
    ws.close()
