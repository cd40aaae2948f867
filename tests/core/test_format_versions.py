"""format_version 2: packs only when a course needs it, imports and plays; apps that
read only format_version 1 refuse it clearly; format_version 1 packages still play."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.errors import PackageError
from biblio_desktop.packages import manifest as manifest_module
from biblio_desktop.packages.manifest import parse_manifest
from biblio_desktop.workspace import Workspace

from . import forge
from .all_question_types import workspace_with_all_types
from .course_fixtures import COURSE_ID, make_source_course
from .learning_fixtures import add_learner_row
from .quiz_answers import right_answer


def _manifest(package: Path) -> dict:
    with zipfile.ZipFile(package) as zf:
        return json.loads(zf.read("course.json"))


def test_a_course_without_new_question_types_stays_format_version_1(tmp_path: Path) -> None:
    package = tmp_path / "old.biblio"
    build_package(make_source_course(tmp_path), package)
    assert _manifest(package)["format_version"] == 1


def test_new_question_types_pack_as_format_version_2_and_play(tmp_path: Path) -> None:
    ws = workspace_with_all_types(tmp_path)
    try:
        assert ws.manifest(COURSE_ID).format_version == 2
        learner = add_learner_row(ws, "Ilze")
        p = ws.progress_of(learner)
        for lang in ("en", "lv"):
            quiz = ws.quiz(COURSE_ID, "m2-quiz", lang)
            view = p.current_attempt(COURSE_ID, "m2-quiz", lang)
            for qid in view.question_ids:
                p.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
            result = p.submit_attempt(view.attempt_id)
            assert result.passed and result.score == 1.0
    finally:
        ws.close()
    package = tmp_path / "all-types.biblio"
    with zipfile.ZipFile(package) as zf:  # the quiz JSON keeps the author's passage syntax
        quiz = json.loads(zf.read("quizzes/lv/basics.json"))
    fill = next(q for q in quiz["questions"] if q["id"] == "q-fill")
    assert fill["text"] == \
        "Latvijas galvaspilsēta ir {{Rīga}}, un BIBLIO ir {{10|desmit}} partneru."


def test_an_app_of_format_version_1_refuses_a_version_2_package_clearly(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = workspace_with_all_types(tmp_path)
    ws.close()
    raw = zipfile.ZipFile(tmp_path / "all-types.biblio").read("course.json")
    # what the released app (FORMAT_VERSION = 1, the same check) does with this package
    monkeypatch.setattr(manifest_module, "FORMAT_VERSION", 1)
    with pytest.raises(PackageError) as info:
        parse_manifest(raw)
    assert str(info.value).startswith(
        "This package uses format version 2, newer than this app supports (1).")
    assert info.value.hint == "update BIBLIO Desktop to open it"


def test_a_version_4_package_is_refused_by_this_app(tmp_path: Path) -> None:
    raw = forge.manifest_bytes(forge.valid_manifest(forge.content_files(), format_version=4))
    with pytest.raises(PackageError, match="format version 4, newer than this app supports"):
        parse_manifest(raw)


def test_a_format_version_1_package_imports_and_plays(tmp_path: Path) -> None:
    package = forge.build(tmp_path / "v1.biblio")
    assert _manifest(package)["format_version"] == 1
    with Workspace.open(tmp_path / "data") as ws:
        ws.import_package(package)
        manifest = ws.manifest("org.example.forge")
        assert manifest.format_version == 1
        learner = add_learner_row(ws, "Jānis")
        p = ws.progress_of(learner)
        quiz = ws.quiz(manifest.id, "m1-quiz", "lv")
        view = p.current_attempt(manifest.id, "m1-quiz", "lv")
        p.save_answer(view.attempt_id, "q-one", right_answer(quiz.question("q-one")))
        assert p.submit_attempt(view.attempt_id).passed


def test_the_schema_accepts_the_three_versions_and_nothing_else() -> None:
    files = forge.content_files()
    for version in (1, 2, 3):
        raw = forge.manifest_bytes(forge.valid_manifest(files, format_version=version))
        assert parse_manifest(raw).format_version == version
    for bad in (0, "2", 2.5, None):
        raw = forge.manifest_bytes(forge.valid_manifest(files, format_version=bad))
        with pytest.raises(PackageError, match="format_version"):
            parse_manifest(raw)
