"""The quiz files' JSON Schema (schemas/quiz.schema.json) describes what the app reads: every
quiz of the sample course and of the all-types test course passes it, and mistakes the
parser refuses for their shape are refused by the schema too."""

from __future__ import annotations

import json
import tomllib
import zipfile
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.learning.quiz import QuizFormatError, parse_quiz

from .all_question_types import all_types_quiz

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(resources.files("biblio_desktop.schemas").joinpath(
    "quiz.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def test_the_schema_is_a_valid_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


def test_every_sample_and_test_quiz_passes(tmp_path: Path) -> None:
    package = tmp_path / "sample.biblio"
    build_package(ROOT / "course_packages" / "digital-skills-orientation", package)
    quizzes = []
    with zipfile.ZipFile(package) as zf:
        manifest = json.loads(zf.read("course.json"))
        quiz_files = {p for m in manifest["modules"] for i in m["items"] if i["kind"] == "quiz"
                      for p in i["path"].values()}  # not the questions of slides and videos
        for name in zf.namelist():
            if name in quiz_files:
                quizzes.append((name, json.loads(zf.read(name))))
    quizzes += [(f"all-types {lang}", tomllib.loads(all_types_quiz(lang)))
                for lang in ("en", "lv")]
    assert len(quizzes) == 16  # 7 sample quizzes (with the pre- and post-test) x 2 + 2
    types = set()
    for name, quiz in quizzes:
        errors = [e.message for e in VALIDATOR.iter_errors(quiz)]
        assert errors == [], name
        parse_quiz(quiz, where=name)
        types |= {q["type"] for q in quiz["questions"]}
    assert len(types) == 11


def _quiz(**question: Any) -> dict[str, Any]:
    return {"title": "t", "questions": [{"id": "q", "prompt": "p", **question}]}


@pytest.mark.parametrize("question", [
    {"type": "free_text", "points": 1},
    {"type": "free_text", "max_length": 0},
    {"type": "fill_blanks", "text": "no gaps"},
    {"type": "fill_blanks"},
    {"type": "drag_words", "text": "a {{b|c}}"},
    {"type": "drag_words", "text": "a {{b}}", "distractors": "c"},
    {"type": "mark_words", "text": "nothing marked"},
    {"type": "mark_words", "text": "*x*", "distractors": []},
    {"type": "essay"},
])
def test_shapes_the_parser_refuses_the_schema_refuses(question: dict[str, Any]) -> None:
    quiz = _quiz(**question)
    with pytest.raises(QuizFormatError):
        parse_quiz(quiz)
    assert list(VALIDATOR.iter_errors(quiz))
