"""A converted Moodle course is played end to end: its quiz answered through the quiz
view's widgets, its lessons read, and its completion gives a record that verifies."""

from __future__ import annotations

from pathlib import Path

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.convert import convert_inputs
from biblio_desktop.records import issue_record, verify_credential
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.course.quiz_view import QuizView
from biblio_desktop.workspace import Workspace
from tests.conversion.test_moodle_backup import _question_course
from tests.ui.test_quiz_view import Env, answer_all, start, submit


def test_converted_moodle_quiz_plays_and_completes(qtbot, tmp_path: Path) -> None:
    forge, wanted = _question_course()
    section = forge.sections[0]["id"]
    forge.page(section, "Before the quiz", "<h2>Read me</h2><p>Then take the quiz.</p>")
    forge.label(section, "Note", "<p>Good luck.</p>")
    result = convert_inputs([forge.write(tmp_path / "course.mbz")], tmp_path / "src")
    package = build_package(tmp_path / "src", tmp_path / "course.biblio").out
    course = result.course_id

    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    learner = ws.learners.add("Anna Bērziņa")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    env = Env(tmp_path / "data", ws, state, learner.id)
    try:
        manifest = ws.manifest(course)
        language = manifest.default_language
        lessons = [i for i in manifest.items if i.kind == "lesson"]
        assert [i.required for i in lessons] == [True, False]  # the label is optional
        (quiz_item,) = [i for i in manifest.items if i.kind == "quiz"]
        view = QuizView(state)
        qtbot.addWidget(view)
        view.resize(1100, 720)
        view.show()
        view.load(course, quiz_item, language, ws.course_folder(course, manifest.version))
        start(qtbot, env, view)
        seen = answer_all(qtbot, env, view, correct=True)
        assert seen == {t for t in wanted.values() if t}  # 10 types, through their widgets
        submit(qtbot, env, view)
        assert view.result_headline.text() == "Passed"
        progress = state.progress
        for item in lessons:  # what the lesson view does when the learner reads it
            progress.open_item(course, item.id)
            progress.record_focus(course, item.id, 30)
            progress.mark_done(course, item.id)
        assert progress.completion(course) is not None
        record = issue_record(ws, learner.id, course)
        verdict = verify_credential(record.credential_json)
        assert verdict.valid, verdict.reason
    finally:
        state.shutdown()
        ws.close()
