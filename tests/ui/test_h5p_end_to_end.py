"""A real H5P presentation (and a real drag-the-words exercise) converted, imported and
played: the questions answered through the quiz widgets, the course completed, and the
certificate saved from the progress screen as a record that verifies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.convert import convert_inputs
from biblio_desktop.records import verify_credential
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.course.quiz_view import QuizView
from biblio_desktop.ui.progress.progress_screen import ProgressScreen
from biblio_desktop.workspace import Workspace
from tests.ui.test_progress_screen import FakeNav
from tests.ui.test_quiz_view import Env, answer_all, start, submit
from tests.ui.test_records_actions import save_certificate

from ..shared_material import REALCASES as SHARED_REALCASES

H5P = SHARED_REALCASES / "h5p"
FILES = ["H5P.CoursePresentation.h5p", "H5P.DragText.h5p"]
pytestmark = pytest.mark.skipif(not all((H5P / f).is_file() for f in FILES),
                                reason="shared/realcases is not here")


def test_converted_h5p_course_plays_to_a_verified_record(qtbot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    result = convert_inputs([H5P / f for f in FILES], tmp_path / "src",
                            title="Berries and presentations")
    built = build_package(result.source_dir, tmp_path / "converted.biblio")
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(built.out)
    course = result.course_id
    manifest = ws.manifest(course)
    assert [i.kind for i in manifest.items] == ["slides", "quiz", "quiz"]
    learner = ws.learners.add("Līga Bērziņa")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    env = Env(tmp_path / "data", ws, state, learner.id)
    try:
        # the slides: read, as the slides view reports them
        slides = manifest.items[0]
        state.progress.open_item(course, slides.id)
        state.progress.record_focus(course, slides.id, 30)
        state.progress.mark_done(course, slides.id)
        # both quizzes: every question answered through its widget, then submitted
        for item in manifest.items[1:]:
            view = QuizView(state)
            qtbot.addWidget(view)
            view.resize(1100, 720)
            view.show()
            view.load(course, item, "en", ws.course_folder(course, manifest.version))
            start(qtbot, env, view)
            seen = answer_all(qtbot, env, view, correct=True)
            with qtbot.waitSignal(view.completed, timeout=3000):
                submit(qtbot, env, view)
            assert view.result_headline.text() == "Passed", seen
            view.close()
        assert state.progress.completion(course) is not None
        # the certificate, saved from the progress screen, verifies
        screen = ProgressScreen(state, FakeNav())
        qtbot.addWidget(screen)
        screen.resize(1100, 720)
        screen.show()
        screen.set_course(course)
        save_certificate(qtbot, screen, monkeypatch, tmp_path / "out" / "cert.pdf")
        record = (tmp_path / "out" / "cert.json").read_bytes()
        verdict = verify_credential(record)
        assert verdict.valid, verdict.reason
        badge = json.loads(record)["credentialSubject"]["achievement"]
        assert "Berries and presentations" in json.dumps(badge, ensure_ascii=False)
    finally:
        state.shutdown()
        ws.close()
