"""Questions inside slides and videos (format_version 3): places, pack and import checks,
answers saved and scored like a quiz's, completion, score, review and xAPI."""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.errors import BiblioError, PackageError
from biblio_desktop.learning import rules
from biblio_desktop.learning.embedded import parse_embedded
from biblio_desktop.learning.quiz import AnswerError, QuizFormatError
from biblio_desktop.packages.manifest import parse_manifest
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import OutboxRow
from biblio_desktop.workspace import Workspace

from . import forge
from .course_fixtures import COURSE_ID
from .embedded_fixtures import SLIDE_QUESTIONS, make_embedded_course, workspace_with_embedded
from .learning_fixtures import add_learner_row

TF = {"id": "q1", "type": "true_false", "prompt": "Yes?", "answer": True}


def _file(*questions: dict[str, Any], **top: Any) -> dict[str, Any]:
    return {**top, "questions": list(questions)}


# --- places (table-driven) ------------------------------------------------------------

@pytest.mark.parametrize(("kind", "question", "count", "message"), [
    ("slides", TF, 5, "question 'q1': has no place: add slide = N"),
    ("video", TF, None, "question 'q1': has no place: add at = SECONDS"),
    ("slides", {**TF, "at": 3}, 5, "'at' places a question in a video"),
    ("video", {**TF, "slide": 2}, None, "'slide' places a question on a slide"),
    ("slides", {**TF, "slide": 6}, 5, "slide 6 does not exist: the slides file has 5 slides"),
    ("slides", {**TF, "slide": 2}, 1, "slide 2 does not exist: the slides file has 1 slide"),
    ("slides", {**TF, "slide": 0}, 5, "'slide' counts from 1, not 0"),
    ("slides", {**TF, "slide": 1.5}, 5, "'slide' must be a whole slide number, not 1.5"),
    ("slides", {**TF, "slide": "3"}, 5, "'slide' must be a whole slide number, not '3'"),
    ("slides", {**TF, "slide": True}, 5, "'slide' must be a whole slide number, not True"),
    ("video", {**TF, "at": -1}, None, "'at' must be between 0 and 360000 seconds, not -1"),
    ("video", {**TF, "at": "1:15"}, None, "'at' must be a number of seconds, not '1:15'"),
    ("video", {**TF, "at": False}, None, "'at' must be a number of seconds, not False"),
    ("video", {**TF, "at": math.inf}, None, "'at' must be between 0 and 360000 seconds"),
    ("video", {**TF, "at": 10**400}, None, "'at' must be between 0 and 360000 seconds"),
    ("video", {"type": "true_false", "prompt": "p", "answer": True}, None,
     "question #1: has no place"),
])
def test_places_are_checked(kind: str, question: dict[str, Any], count: int | None,
                            message: str) -> None:
    with pytest.raises(QuizFormatError) as info:
        parse_embedded(_file(question), kind=kind, where="quizzes/en/q.json",
                       slide_count=count)
    assert str(info.value).startswith("quizzes/en/q.json: ")
    assert message in str(info.value)


@pytest.mark.parametrize(("top", "message"), [
    ({"draw": 1}, "'draw' does not apply to questions in video"),
    ({"max_attempts": 2}, "'max_attempts' does not apply"),
    ({"shuffle_questions": True}, "'shuffle_questions' does not apply"),
])
def test_quiz_settings_without_meaning_here_are_refused(top: dict[str, Any],
                                                         message: str) -> None:
    with pytest.raises(QuizFormatError, match=message):
        parse_embedded(_file({**TF, "at": 1}, **top), kind="video", where="q.json")


def test_a_question_on_a_lesson_is_refused() -> None:
    with pytest.raises(QuizFormatError, match="only slides and video items"):
        parse_embedded(_file({**TF, "slide": 1}), kind="lesson", where="q.json")


def test_the_rest_of_a_question_is_checked_as_in_a_quiz() -> None:
    with pytest.raises(QuizFormatError, match="question 'q1': unknown key"):
        parse_embedded(_file({**TF, "slide": 1, "corect": True}), kind="slides", where="q")


def test_places_order_the_questions_and_title_is_optional() -> None:
    parsed = parse_embedded(_file(
        {**TF, "id": "late", "at": 75.5}, {**TF, "id": "early", "at": 0},
        {**TF, "id": "same", "at": 75.5}), kind="video", where="q.json",
        default_title="Video")
    assert parsed.quiz.title == "Video"
    assert [q.id for q in parsed.quiz.questions] == ["early", "late", "same"]
    assert [at for at, _ in parsed.times()] == [0.0, 75.5, 75.5]
    assert [q.id for q in parsed.due(-1, 0)] == ["early"]
    assert [q.id for q in parsed.due(0, 0.25)] == ["early"]  # playing starts at 0
    assert [q.id for q in parsed.due(70, 80)] == ["late", "same"]
    assert parsed.due(76, 80) == ()
    slides = parse_embedded(_file({**TF, "id": "b", "slide": 2}, {**TF, "id": "a", "slide": 2},
                                  title="Mine"), kind="slides", where="q", slide_count=2)
    assert slides.quiz.title == "Mine"
    assert [q.id for q in slides.on_slide(1)] == ["b", "a"] and slides.on_slide(0) == ()


# --- completion rules (table-driven) --------------------------------------------------

SEEN = {"seen": [0, 1, 2], "slide_count": 3}
WATCHED = {"watched": [[0, 95]], "duration": 100}


@pytest.mark.parametrize(("kind", "position", "answered", "done"), [
    ("slides", SEEN, True, True),
    ("slides", SEEN, False, False),
    ("slides", {"seen": [0, 2], "slide_count": 3}, True, False),
    ("slides", {}, True, False),
    ("video", WATCHED, True, True),
    ("video", WATCHED, False, False),
    ("video", {"watched": [[0, 50]], "duration": 100}, True, False),
    ("video", {"watched": [[0, 95]]}, True, False),  # length unknown
    ("lesson", SEEN, True, False),
])
def test_media_item_done(kind: str, position: dict[str, Any], answered: bool,
                         done: bool) -> None:
    assert rules.media_item_done(kind, position, answered) is done


# --- score (table-driven): points earned / possible, free text weighing nothing ----------

VIDEO = _file({"id": "late", "at": 5, "type": "true_false", "prompt": "p", "answer": True},
              {"id": "early", "at": 1.5, "type": "numeric", "prompt": "n", "answer": 10,
               "points": 3},
              {"id": "free", "at": 9, "type": "free_text", "prompt": "Why?"})


@pytest.mark.parametrize(("answers", "score", "earned"), [
    ({"early": 10, "late": True, "free": "x"}, 1.0, 4.0),
    ({"early": "10", "late": False, "free": "x"}, 0.75, 3.0),
    ({"early": 9, "late": True, "free": "x"}, 0.25, 1.0),
    ({"early": 9, "late": False, "free": "x"}, 0.0, 0.0),
])
def test_item_score(answers: dict[str, Any], score: float, earned: float) -> None:
    from biblio_desktop.learning.quiz import score_attempt

    quiz = parse_embedded(VIDEO, kind="video", where="q.json").quiz
    result = score_attempt(quiz, [q.id for q in quiz.questions], answers, 0.7)
    assert (result.score, result.points_earned, result.points_possible) == (score, earned, 4.0)


# --- pack and import --------------------------------------------------------------------

def test_pack_writes_format_version_3_and_keeps_the_places(tmp_path: Path) -> None:
    package = tmp_path / "p.biblio"
    build_package(make_embedded_course(tmp_path / "src"), package)
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("course.json"))
        lv = json.loads(zf.read("quizzes/lv/tour-questions.json"))
    assert manifest["format_version"] == 3
    tour = next(i for m in manifest["modules"] for i in m["items"] if i["id"] == "m1-tour")
    assert tour["questions"] == {"en": "quizzes/en/tour-questions.json",
                                 "lv": "quizzes/lv/tour-questions.json"}
    assert {f["path"] for f in manifest["files"]} >= set(tour["questions"].values())
    assert [q["slide"] for q in lv["questions"]] == [1, 2]


@pytest.mark.parametrize(("slides", "message"), [
    (SLIDE_QUESTIONS.replace("slide = 2", "slide = 3"),
     "quizzes/en/tour-questions.toml: question 'q-pick': slide 3 does not exist: the slides "
     "file has 2 slides"),
    (SLIDE_QUESTIONS.replace("slide = 2\n", ""),
     "quizzes/en/tour-questions.toml: question 'q-pick': has no place"),
    (SLIDE_QUESTIONS.replace("slide = 2", "at = 2"),
     "quizzes/en/tour-questions.toml: question 'q-pick': 'at' places a question in a video"),
])
def test_pack_refuses_a_question_without_its_place(tmp_path: Path, slides: str,
                                                   message: str) -> None:
    with pytest.raises(PackageError) as info:
        build_package(make_embedded_course(tmp_path / "src", slides=slides),
                      tmp_path / "p.biblio")
    assert str(info.value).startswith(message)


def test_pack_refuses_questions_on_a_quiz_or_lesson(tmp_path: Path) -> None:
    folder = make_embedded_course(tmp_path / "src", video=None)
    toml = folder / "course.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'file = "quizzes/{lang}/basics.toml"\n',
        'file = "quizzes/{lang}/basics.toml"\nquestions = "quizzes/{lang}/tour-questions.toml"\n'),
        encoding="utf-8")
    with pytest.raises(PackageError, match="item 'm2-quiz': a quiz item cannot have questions"):
        build_package(folder, tmp_path / "p.biblio")


def _forged(tmp_path: Path, questions: dict[str, Any], *, version: int = 3,
            kind: str = "slides") -> Path:
    files = forge.content_files()
    files["quizzes/en/q.json"] = json.dumps(questions).encode()
    manifest = forge.valid_manifest(files, format_version=version)
    item = manifest["modules"][0]["items"][0]  # the lesson, made a slides deck
    item.update(kind=kind, questions={"en": "quizzes/en/q.json"})
    return forge.write_package(tmp_path / "forged.biblio", list(files.items()), manifest)


@pytest.mark.parametrize("version", [1, 2])
def test_a_package_saying_1_or_2_with_questions_is_refused(tmp_path: Path,
                                                          version: int) -> None:
    package = _forged(tmp_path, _file({**TF, "slide": 1}), version=version)
    with zipfile.ZipFile(package) as zf:
        raw = zf.read("course.json")
    with pytest.raises(PackageError, match=f"needs format_version 3, but the manifest says "
                                           f"{version}"):
        parse_manifest(raw)


def test_questions_on_a_lesson_are_refused_by_the_manifest(tmp_path: Path) -> None:
    package = _forged(tmp_path, _file({**TF, "slide": 1}), kind="lesson")
    with zipfile.ZipFile(package) as zf, pytest.raises(PackageError, match="only slides and "
                                                                           "video items"):
        parse_manifest(zf.read("course.json"))


@pytest.mark.parametrize(("question", "message"), [
    ({**TF, "slide": 2}, "question 'q1': slide 2 does not exist: the slides file has 1 slide"),
    (TF, "question 'q1': has no place"),
    ({**TF, "at": 4}, "question 'q1': 'at' places a question in a video"),
])
def test_the_importer_refuses_misplaced_questions(tmp_path: Path, question: dict[str, Any],
                                                  message: str) -> None:
    package = _forged(tmp_path, _file(question))
    with Workspace.open(tmp_path / "data") as ws, pytest.raises(PackageError) as info:
        ws.import_package(package)
    assert f"Invalid questions: quizzes/en/q.json: {message}" in str(info.value)
    assert not list((tmp_path / "data" / "courses").glob("*/*"))


def test_a_forged_valid_package_imports(tmp_path: Path) -> None:
    package = _forged(tmp_path, _file({**TF, "slide": 1}))
    with Workspace.open(tmp_path / "data") as ws:
        ws.import_package(package)
        questions = ws.item_questions("org.example.forge", "m1-lesson", "lv")  # en fallback
        assert [q.id for q in questions.on_slide(0)] == ["q1"]
        assert questions.quiz.title == "Sveicināti"  # the item's title in that language


# --- answering, completion, score, review, xAPI -------------------------------------------

@pytest.fixture
def ws(tmp_path: Path):
    workspace = workspace_with_embedded(tmp_path)
    yield workspace
    workspace.close()


def _statements(ws: Workspace) -> list[dict[str, Any]]:
    with unit_of_work(ws.sessions) as session:
        return [json.loads(r.statement_json) for r in session.scalars(select(OutboxRow))]


def test_slides_complete_when_seen_and_answered(ws: Workspace) -> None:
    p = ws.progress_of(add_learner_row(ws, "Ilze"))
    view = p.item_attempt(COURSE_ID, "m1-tour", "lv")
    assert view.question_ids == ("q-think", "q-pick") and view.answers == {}
    assert not p.report_slide(COURSE_ID, "m1-tour", 0, 2)
    assert not p.report_slide(COURSE_ID, "m1-tour", 1, 2)  # all seen, not answered
    first = p.answer_item_question(view.attempt_id, "q-pick", "b")
    assert not first.result.correct and first.attempt is None and not first.item_done
    with pytest.raises(BiblioError, match="already answered"):
        p.answer_item_question(view.attempt_id, "q-pick", "a")
    with pytest.raises(AnswerError, match="empty answer"):
        p.answer_item_question(view.attempt_id, "q-think", "  ")
    with pytest.raises(AnswerError):
        p.answer_item_question(view.attempt_id, "q-pick-x", "a")
    with pytest.raises(BiblioError, match="cannot be marked done"):
        p.mark_done(COURSE_ID, "m1-tour")
    last = p.answer_item_question(view.attempt_id, "q-think", "Cataloguing")
    assert last.item_done and last.attempt is not None
    assert last.attempt.score == 0.0  # the free text weighs nothing, the choice was wrong
    state = p.item_state(COURSE_ID, "m1-tour")
    assert state.done and state.best_score == 0.0
    again = p.item_attempt(COURSE_ID, "m1-tour", "lv")  # resume: same attempt, answers
    assert again.attempt_id == view.attempt_id and again.submitted
    assert again.answers == {"q-pick": "b", "q-think": "Cataloguing"}
    pending = ws.free_text_answers()
    assert [(a.item_id, a.question_id, a.text) for a in pending] == \
        [("m1-tour", "q-think", "Cataloguing")]
    statements = _statements(ws)
    verbs = sorted(s["verb"]["display"]["en-US"] for s in statements)
    assert verbs == ["answered"] * 3  # the item and its two questions; no passed/failed
    item = next(s for s in statements if s["object"]["id"].endswith("/m1-tour"))
    assert item["object"]["definition"]["type"].endswith("/lesson")
    assert item["result"]["score"]["scaled"] == 0.0 and "success" not in item["result"]
    pick = next(s for s in statements if s["object"]["id"].endswith("/m1-tour/q-pick"))
    assert pick["object"]["definition"]["interactionType"] == "choice"
    assert pick["result"]["response"] == "b" and pick["result"]["success"] is False
    think = next(s for s in statements if s["object"]["id"].endswith("/q-think"))
    assert think["object"]["definition"]["interactionType"] == "long-fill-in"


def test_video_completes_when_watched_and_answered_with_its_score(ws: Workspace) -> None:
    p = ws.progress_of(add_learner_row(ws, "Jānis"))
    view = p.item_attempt(COURSE_ID, "m2-video", "en")
    assert view.question_ids == ("q-early", "q-late")  # by time, not by file order
    p.answer_item_question(view.attempt_id, "q-early", "10")
    assert not p.report_video(COURSE_ID, "m2-video", 0, 9.5, 10)  # all watched, 1 to go
    last = p.answer_item_question(view.attempt_id, "q-late", False)
    assert last.item_done and last.attempt is not None
    assert (last.attempt.points_earned, last.attempt.points_possible) == (3.0, 4.0)
    assert ws.course_progress(p, COURSE_ID).quiz_scores["m2-video"] == 0.75
    assert p.item_state(COURSE_ID, "m2-video").best_score == 0.75
    kinds = {s["object"]["definition"]["type"].rsplit("/", 1)[-1] for s in _statements(ws)}
    assert kinds == {"media", "cmi.interaction"}


def test_watching_first_then_answering_completes(ws: Workspace) -> None:
    p = ws.progress_of(add_learner_row(ws, "Anna"))
    view = p.item_attempt(COURSE_ID, "m2-video", "en")
    assert not p.report_video(COURSE_ID, "m2-video", 0, 9.5, 10)
    assert not p.answer_item_question(view.attempt_id, "q-late", True).item_done
    assert p.answer_item_question(view.attempt_id, "q-early", 10).item_done


def test_an_item_without_questions_has_no_item_attempt(ws: Workspace) -> None:
    p = ws.progress_of(add_learner_row(ws, "Anna"))
    with pytest.raises(BiblioError, match="no questions"):
        p.item_attempt(COURSE_ID, "m1-welcome", "en")
    quiz = p.current_attempt(COURSE_ID, "m2-quiz", "en")
    with pytest.raises(BiblioError, match="belongs to a quiz"):
        p.answer_item_question(quiz.attempt_id, "q-open", True)


def test_statements_of_item_questions_pass_xapi_validation(ws: Workspace) -> None:
    """Learning Locker's xapi-validation (skipped when Node is missing) accepts the
    statements of questions on slides and in a video."""
    from .xapi_validator import xapi_validation

    p = ws.progress_of(add_learner_row(ws, "Ilze"))
    slides = p.item_attempt(COURSE_ID, "m1-tour", "lv")
    p.answer_item_question(slides.attempt_id, "q-pick", "a")
    p.answer_item_question(slides.attempt_id, "q-think", "Kataloģizēšana")
    video = p.item_attempt(COURSE_ID, "m2-video", "en")
    p.answer_item_question(video.attempt_id, "q-early", "9,5")
    p.answer_item_question(video.attempt_id, "q-late", True)
    statements = _statements(ws)
    assert len(statements) == 6
    problems = xapi_validation(statements)
    assert {s["object"]["id"]: e for s, e in zip(statements, problems, strict=True) if e} == {}
