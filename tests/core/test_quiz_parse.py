"""Parsing quiz files strictly, with messages that name the file and the question."""

from __future__ import annotations

import copy
import json
import math
from typing import Any

import pytest

from biblio_desktop.errors import BiblioError
from biblio_desktop.learning.quiz import (
    Option,
    Pair,
    QuizFormatError,
    Step,
    parse_quiz,
)

WHERE = "quizzes/lv/basics.json"


def _base() -> dict[str, Any]:
    return {
        "title": "The BIBLIO programme",
        "pass_mark": 0.7,
        "max_attempts": 3,
        "shuffle_questions": True,
        "shuffle_options": True,
        "draw": 2,
        "questions": [
            {"id": "q-countries", "type": "single",
             "prompt": "How many organisations run the BIBLIO project?",
             "explanation": "Ten partner organisations from five countries.", "points": 1,
             "options": [
                 {"id": "a", "text": "Five",
                  "feedback": "Five is the number of countries, not of organisations."},
                 {"id": "b", "text": "Ten", "correct": True},
             ]},
            {"id": "q-multi", "type": "multiple", "prompt": "Pick", "points": 2.5,
             "options": [{"id": "a", "text": "A", "correct": True},
                         {"id": "b", "text": "B", "correct": False}]},
            {"id": "q-tf", "type": "true_false", "prompt": "True?", "answer": False,
             "feedback_true": "No.", "feedback_false": "Yes."},
            {"id": "q-text", "type": "text", "prompt": "Library?", "accepted": ["bibliotēka"]},
            {"id": "q-num", "type": "numeric", "prompt": "N?", "answer": 38, "tolerance": 0.5},
            {"id": "q-match", "type": "matching", "prompt": "Match",
             "pairs": [{"id": "p1", "left": "L1", "right": "R1"},
                       {"id": "p2", "left": "L2", "right": "R2"}]},
            {"id": "q-order", "type": "ordering", "prompt": "Order",
             "steps": [{"id": "s1", "text": "One"}, {"id": "s2", "text": "Two"}]},
        ],
    }


def _q(data: dict[str, Any], qid: str) -> dict[str, Any]:
    return next(q for q in data["questions"] if q["id"] == qid)


def test_parse_full_quiz() -> None:
    quiz = parse_quiz(json.loads(json.dumps(_base())), where=WHERE)
    assert quiz.title == "The BIBLIO programme"
    assert (quiz.pass_mark, quiz.max_attempts, quiz.draw) == (0.7, 3, 2)
    assert quiz.shuffle_questions and quiz.shuffle_options
    assert [q.type for q in quiz.questions] == [
        "single", "multiple", "true_false", "text", "numeric", "matching", "ordering"]
    single = quiz.question("q-countries")
    assert single.options == (
        Option("a", "Five", False, "Five is the number of countries, not of organisations."),
        Option("b", "Ten", True, ""))
    assert single.explanation == "Ten partner organisations from five countries."
    assert quiz.question("q-multi").points == 2.5
    tf = quiz.question("q-tf")
    assert (tf.answer, tf.feedback_true, tf.feedback_false) == (False, "No.", "Yes.")
    assert quiz.question("q-text").accepted == ("bibliotēka",)
    num = quiz.question("q-num")
    assert (num.answer, num.tolerance) == (38, 0.5)
    assert quiz.question("q-match").pairs == (Pair("p1", "L1", "R1"), Pair("p2", "L2", "R2"))
    assert quiz.question("q-order").steps == (Step("s1", "One"), Step("s2", "Two"))
    with pytest.raises(KeyError):
        quiz.question("missing")


def test_defaults() -> None:
    quiz = parse_quiz({"title": "T", "questions": [
        {"id": "x", "type": "numeric", "prompt": "P", "answer": 1}]})
    assert quiz.pass_mark is None
    assert quiz.max_attempts == 0
    assert quiz.draw is None
    assert not quiz.shuffle_questions and not quiz.shuffle_options
    q = quiz.questions[0]
    assert (q.points, q.explanation, q.tolerance) == (1, "", 0)


def test_parse_does_not_mutate_input() -> None:
    data = _base()
    before = copy.deepcopy(data)
    parse_quiz(data)
    assert data == before


_DELETE = object()


def _set(path: str, value: object) -> Any:
    """Edit `_base()`: path "key" at top level, "qid.key" in a question, "qid.list.N.key"."""
    def edit(data: dict[str, Any]) -> None:
        parts = path.split(".")
        target: Any = data if len(parts) == 1 else _q(data, parts[0])
        for part in parts[1:-1]:
            target = target[int(part)] if part.isdigit() else target[part]
        key: Any = int(parts[-1]) if parts[-1].isdigit() else parts[-1]
        if value is _DELETE:
            del target[key]
        else:
            target[key] = value
    return edit


# (edit, expected message fragment); every message also must name WHERE.
CASES: list[tuple[str, Any, str]] = [
    ("questions none", _set("questions", None), "'questions' must be a list, not null"),
    ("unknown top key", _set("titel", "x"), "unknown key(s) 'titel' in the quiz"),
    ("missing title", _set("title", _DELETE), "'title' is missing"),
    ("empty title", _set("title", "  "), "'title' must not be empty"),
    ("title type", _set("title", 5), "'title' must be a string, not an integer"),
    ("pass_mark high", _set("pass_mark", 1.5), "'pass_mark' must be between 0 and 1, not 1.5"),
    ("pass_mark low", _set("pass_mark", -0.1), "'pass_mark' must be between 0 and 1"),
    ("pass_mark str", _set("pass_mark", "0.7"), "'pass_mark' must be a number, not a string"),
    ("pass_mark bool", _set("pass_mark", True), "'pass_mark' must be a number, not true or false"),
    ("pass_mark nan", _set("pass_mark", math.nan), "'pass_mark' must be a finite number"),
    ("max_attempts neg", _set("max_attempts", -1), "'max_attempts' must be 0 (unlimited)"),
    ("max_attempts float", _set("max_attempts", 3.0), "'max_attempts' must be an integer"),
    ("shuffle str", _set("shuffle_options", "yes"), "'shuffle_options' must be true or false"),
    ("shuffle int", _set("shuffle_questions", 1), "'shuffle_questions' must be true or false"),
    ("draw zero", _set("draw", 0), "'draw' must be between 1 and the number of questions (7)"),
    ("draw too big", _set("draw", 8), "not 8"),
    ("draw bool", _set("draw", True), "'draw' must be an integer, not true or false"),
    ("no questions", _set("questions", []), "at least one question"),
    ("questions dict", _set("questions", {}), "'questions' must be a list, not a table"),
    ("question not table", _set("questions", ["q"]), "question #1: must be a table, not a string"),
    ("question id missing", _set("q-tf.id", _DELETE), "question #3: 'id' is missing"),
    ("question id empty", _set("q-tf.id", ""), "question id '' must be 1-64 characters"),
    ("question id long", _set("q-tf.id", "x" * 65), "must be 1-64 characters long"),
    ("question id int", _set("q-tf.id", 3), "question #3: 'id' must be a string, not an integer"),
    ("duplicate question", _set("q-tf.id", "q-num"), "duplicate question id 'q-num'"),
    ("unknown type", _set("q-tf.type", "essay"), "question 'q-tf': unknown type 'essay'"),
    ("type missing", _set("q-tf.type", _DELETE), "question 'q-tf': 'type' is missing"),
    ("unknown key", _set("q-tf.hint", "x"), "question 'q-tf': unknown key(s) 'hint'"),
    ("key of other type", _set("q-tf.options", []), "unknown key(s) 'options'"),
    ("tolerance on text", _set("q-text.tolerance", 1), "question 'q-text': unknown key(s)"),
    ("prompt missing", _set("q-tf.prompt", _DELETE), "question 'q-tf': 'prompt' is missing"),
    ("prompt empty", _set("q-tf.prompt", ""), "question 'q-tf': 'prompt' must not be empty"),
    ("points zero", _set("q-tf.points", 0), "'points' must be more than 0"),
    ("points str", _set("q-tf.points", "1"), "'points' must be a number, not a string"),
    ("explanation type", _set("q-tf.explanation", 1), "'explanation' must be a string"),
    ("single two correct", _set("q-countries.options.0.correct", True),
     "question 'q-countries': a single-choice question needs exactly one option with "
     "correct = true, found 2"),
    ("single none correct", _set("q-countries.options.1.correct", False), "found 0"),
    ("multiple none correct", _set("q-multi.options.0.correct", False),
     "question 'q-multi': a multiple-choice question needs at least one option"),
    ("one option", _set("q-multi.options", [{"id": "a", "text": "A", "correct": True}]),
     "needs at least 2 options in 'options', found 1"),
    ("options missing", _set("q-multi.options", _DELETE), "'options' is missing"),
    ("duplicate option", _set("q-multi.options.1.id", "a"),
     "question 'q-multi': duplicate option id 'a'"),
    ("option unknown key", _set("q-multi.options.1.corect", True),
     "question 'q-multi', option #2: unknown key(s) 'corect'"),
    ("option text missing", _set("q-multi.options.1.text", _DELETE),
     "question 'q-multi', option 'b': 'text' is missing"),
    ("option correct str", _set("q-multi.options.0.correct", "true"),
     "option 'a': 'correct' must be true or false, not a string"),
    ("option not table", _set("q-multi.options.1", "B"), "option #2: the option must be a table"),
    ("option id long", _set("q-multi.options.1.id", "o" * 65), "option id 'ooo"),
    ("tf answer missing", _set("q-tf.answer", _DELETE), "question 'q-tf': 'answer' is missing"),
    ("tf answer str", _set("q-tf.answer", "false"), "'answer' must be true or false, not a string"),
    ("tf feedback type", _set("q-tf.feedback_true", 1), "'feedback_true' must be a string"),
    ("accepted empty", _set("q-text.accepted", []),
     "question 'q-text': 'accepted' must list at least one answer"),
    ("accepted str", _set("q-text.accepted", "bibliotēka"), "'accepted' must be a list"),
    ("accepted blank item", _set("q-text.accepted", ["ok", " "]),
     "every accepted answer must be a non-empty string, not ' '"),
    ("accepted int item", _set("q-text.accepted", [1]), "non-empty string, not 1"),
    ("numeric answer missing", _set("q-num.answer", _DELETE), "'answer' is missing"),
    ("numeric answer str", _set("q-num.answer", "38"), "'answer' must be a number, not a string"),
    ("numeric answer bool", _set("q-num.answer", True),
     "'answer' must be a number, not true or false"),
    ("numeric answer inf", _set("q-num.answer", math.inf), "must be a finite number"),
    ("numeric answer huge", _set("q-num.answer", 10**400), "must be a finite number"),
    ("points huge", _set("q-tf.points", 10**400), "'points' must be a finite number"),
    ("tolerance negative", _set("q-num.tolerance", -0.1),
     "question 'q-num': 'tolerance' must be 0 or more, not -0.1"),
    ("tolerance str", _set("q-num.tolerance", "0"), "'tolerance' must be a number"),
    ("one pair", _set("q-match.pairs", [{"id": "p1", "left": "L", "right": "R"}]),
     "question 'q-match': needs at least 2 pairs in 'pairs', found 1"),
    ("duplicate pair", _set("q-match.pairs.1.id", "p1"), "duplicate pair id 'p1'"),
    ("pair right missing", _set("q-match.pairs.1.right", _DELETE),
     "question 'q-match', pair 'p2': 'right' is missing"),
    ("pair unknown key", _set("q-match.pairs.0.text", "x"), "pair #1: unknown key(s) 'text'"),
    ("pairs missing", _set("q-match.pairs", _DELETE), "'pairs' is missing"),
    ("one step", _set("q-order.steps", [{"id": "s1", "text": "x"}]),
     "question 'q-order': needs at least 2 steps in 'steps', found 1"),
    ("duplicate step", _set("q-order.steps.1.id", "s1"), "duplicate step id 's1'"),
    ("step text empty", _set("q-order.steps.0.text", ""), "step 's1': 'text' must not be empty"),
    ("steps not list", _set("q-order.steps", {"s1": "x"}), "'steps' must be a list, not a table"),
]


@pytest.mark.parametrize(("name", "edit", "message"), CASES, ids=[c[0] for c in CASES])
def test_parse_errors(name: str, edit: Any, message: str) -> None:
    data = _base()
    edit(data)
    with pytest.raises(QuizFormatError) as excinfo:
        parse_quiz(data, where=WHERE)
    text = str(excinfo.value)
    assert text.startswith(WHERE + ": ")
    assert message in text


@pytest.mark.parametrize("data", [None, [], "quiz", 3])
def test_parse_rejects_non_tables(data: object) -> None:
    with pytest.raises(QuizFormatError, match=r"^quiz: the quiz must be a table"):
        parse_quiz(data)


def test_quiz_format_error_is_value_error_and_biblio_error() -> None:
    with pytest.raises(ValueError):
        parse_quiz({})
    with pytest.raises(BiblioError):
        parse_quiz({})


@pytest.mark.parametrize("qid", ["a", "x" * 64, "Vārds ar atstarpēm", "q.1/2"])
def test_ids_are_any_string_of_1_to_64_chars(qid: str) -> None:
    quiz = parse_quiz({"title": "T", "questions": [
        {"id": qid, "type": "true_false", "prompt": "P", "answer": True}]})
    assert quiz.questions[0].id == qid


def test_draw_equal_to_bank_size_is_allowed() -> None:
    data = _base()
    data["draw"] = 7
    assert parse_quiz(data).draw == 7
