"""Scoring of every question type, text folding and whole-attempt scores."""

from __future__ import annotations

import math

import pytest

from biblio_desktop.learning.quiz import (
    AnswerError,
    Question,
    Quiz,
    parse_quiz,
    resolve_pass_mark,
    score_attempt,
    score_question,
)
from biblio_desktop.learning.textfold import fold_text

QUIZ_DATA = {
    "title": "Scoring",
    "questions": [
        {"id": "single", "type": "single", "prompt": "How many organisations?", "points": 2,
         "explanation": "Ten partners.",
         "options": [
             {"id": "a", "text": "Five", "feedback": "That is the number of countries."},
             {"id": "b", "text": "Ten", "correct": True, "feedback": "Right."},
             {"id": "c", "text": "Twelve"},
         ]},
        {"id": "multi", "type": "multiple", "prompt": "Which are partner countries?",
         "options": [
             {"id": "lv", "text": "Latvia", "correct": True},
             {"id": "gr", "text": "Greece", "correct": True},
             {"id": "bg", "text": "Bulgaria", "correct": True},
             {"id": "fr", "text": "France", "feedback": "Not a partner."},
             {"id": "de", "text": "Germany"},
         ]},
        {"id": "tf", "type": "true_false", "prompt": "Libraries lend e-books.", "answer": True,
         "feedback_true": "Yes, many do.", "feedback_false": "Many libraries do."},
        {"id": "tf-false", "type": "true_false", "prompt": "The moon is cheese.",
         "answer": False},
        {"id": "text", "type": "text", "prompt": "Latvian for library?",
         "accepted": ["bibliotēka", "grāmatu krātuve"]},
        {"id": "num", "type": "numeric", "prompt": "Answer?", "answer": 38},
        {"id": "num-tol", "type": "numeric", "prompt": "Pi?", "answer": 3.14,
         "tolerance": 0.01},
        {"id": "num-frac", "type": "numeric", "prompt": "1.1?", "answer": 1.0,
         "tolerance": 0.1},
        {"id": "match", "type": "matching", "prompt": "Match capitals.", "points": 3,
         "pairs": [
             {"id": "p1", "left": "Latvia", "right": "Rīga"},
             {"id": "p2", "left": "Greece", "right": "Αθήνα"},
             {"id": "p3", "left": "Bulgaria", "right": "София"},
             {"id": "p4", "left": "Italy", "right": "Roma"},
         ]},
        {"id": "order", "type": "ordering", "prompt": "Order the steps.",
         "steps": [{"id": "s1", "text": "Plan"}, {"id": "s2", "text": "Do"},
                   {"id": "s3", "text": "Check"}, {"id": "s4", "text": "Act"}]},
    ],
}
QUIZ: Quiz = parse_quiz(QUIZ_DATA, where="quizzes/en/scoring.json")
Q = {q.id: q for q in QUIZ.questions}


# ----------------------------------------------------------------------- text folding

@pytest.mark.parametrize(("raw", "folded"), [
    ("āčēģīķļņšūž", "acegiklnsuz"),
    ("ĀČĒĢĪĶĻŅŠŪŽ", "acegiklnsuz"),
    ("  Bibliotēka  ", "biblioteka"),
    ("grāmatu\u00a0\t krātuve", "gramatu kratuve"),
    ("Άλφα Βήτα", "αλφα βητα"),
    ("ΟΔΟΣ", "οδοσ"),
    ("οδός", "οδοσ"),
    ("БИБЛИОТЕКА", "библиотека"),
    ("Читалище", "читалище"),
    ("Straße", "strasse"),
    ("ﬁle", "file"),
    ("bib\u200bliotēka", "biblioteka"),
    ("", ""),
    (" \t\n ", ""),
])
def test_fold_text(raw: str, folded: str) -> None:
    assert fold_text(raw) == folded


# ----------------------------------------------------------------------- per question

@pytest.mark.parametrize(("qid", "answer", "score", "feedback"), [
    # single: full or nothing
    ("single", "b", 1.0, ("Right.",)),
    ("single", "a", 0.0, ("That is the number of countries.",)),
    ("single", "c", 0.0, ()),
    # multiple: (right - wrong) / correct, floored at 0
    ("multi", ["lv", "gr", "bg"], 1.0, ()),
    ("multi", ("bg", "lv", "gr"), 1.0, ()),
    ("multi", ["lv", "gr"], 2 / 3, ()),
    ("multi", ["lv"], 1 / 3, ()),
    ("multi", ["lv", "gr", "bg", "fr"], 2 / 3, ("Not a partner.",)),
    ("multi", ["lv", "fr"], 0.0, ("Not a partner.",)),
    ("multi", ["lv", "fr", "de"], 0.0, ("Not a partner.",)),
    ("multi", ["fr", "de"], 0.0, ("Not a partner.",)),
    ("multi", [], 0.0, ()),
    ("multi", ["lv", "gr", "bg", "fr", "de"], 1 / 3, ("Not a partner.",)),
    ("multi", {"lv", "gr"}, 2 / 3, ()),
    # true/false with the feedback of the chosen value
    ("tf", True, 1.0, ("Yes, many do.",)),
    ("tf", False, 0.0, ("Many libraries do.",)),
    ("tf-false", False, 1.0, ()),
    ("tf-false", True, 0.0, ()),
    # text, folded (Latvian diacritics, case, spaces)
    ("text", "bibliotēka", 1.0, ()),
    ("text", "BIBLIOTEKA", 1.0, ()),
    ("text", "Bibliotēka ", 1.0, ()),
    ("text", "biblioteka", 1.0, ()),
    ("text", "BIBLIOTĒKA", 1.0, ()),
    ("text", "  Grāmatu   KRATUVE ", 1.0, ()),
    ("text", "bibliotek", 0.0, ()),
    ("text", "bibliotekas", 0.0, ()),
    ("text", "", 0.0, ()),
    ("text", "   ", 0.0, ()),
    # numeric: numbers or strings with . or , as decimal separator
    ("num", 38, 1.0, ()),
    ("num", 38.0, 1.0, ()),
    ("num", "38", 1.0, ()),
    ("num", " 38 ", 1.0, ()),
    ("num", "38,0", 1.0, ()),
    ("num", 37, 0.0, ()),
    ("num", "38,5", 0.0, ()),
    ("num", -38, 0.0, ()),
    ("num-tol", "3,14", 1.0, ()),
    ("num-tol", "3.15", 1.0, ()),
    ("num-tol", 3.13, 1.0, ()),
    ("num-tol", "3,1416", 1.0, ()),
    ("num-tol", "3,16", 0.0, ()),
    ("num-tol", "3.12", 0.0, ()),
    ("num-tol", "3,", 0.0, ()),
    ("num-frac", 1.1, 1.0, ()),  # 1.1 - 1.0 = 0.10000000000000009: float noise tolerated
    ("num-frac", "0,9", 1.0, ()),
    ("num-frac", "1,11", 0.0, ()),
    ("num-frac", "\u22120,9", 0.0, ()),
    # matching: share of pairs matched correctly
    ("match", {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4"}, 1.0, ()),
    ("match", {"p1": "p1", "p2": "p2", "p3": "p4", "p4": "p3"}, 0.5, ()),
    ("match", {"p1": "p2", "p2": "p3", "p3": "p4", "p4": "p1"}, 0.0, ()),
    ("match", {"p1": "p1", "p2": "p1", "p3": "p1", "p4": "p1"}, 0.25, ()),
    ("match", {"p1": "p1", "p2": None, "p3": None, "p4": None}, 0.25, ()),
    # ordering: share of steps in their correct position
    ("order", ["s1", "s2", "s3", "s4"], 1.0, ()),
    ("order", ("s1", "s2", "s4", "s3"), 0.5, ()),
    ("order", ["s4", "s1", "s2", "s3"], 0.0, ()),
    ("order", ["s1", "s3", "s2", "s4"], 0.5, ()),
    ("order", ["s3", "s2", "s1", "s4"], 0.5, ()),
])
def test_score_question(qid: str, answer: object, score: float,
                        feedback: tuple[str, ...]) -> None:
    q = Q[qid]
    result = score_question(q, answer)
    assert result.question_id == qid
    assert result.score == pytest.approx(score)
    assert 0.0 <= result.score <= 1.0
    assert result.points_possible == q.points
    assert result.points_earned == pytest.approx(score * q.points)
    assert result.correct is (score == 1.0)
    assert result.answered is True
    assert result.feedback == feedback
    assert result.explanation == q.explanation


@pytest.mark.parametrize("qid", sorted(Q))
def test_unanswered_scores_zero_without_error(qid: str) -> None:
    result = score_question(Q[qid], None)
    assert (result.score, result.points_earned, result.correct) == (0.0, 0.0, False)
    assert result.answered is False
    assert result.feedback == ()
    assert result.points_possible == Q[qid].points


def test_explanation_is_returned_with_the_result() -> None:
    assert score_question(Q["single"], "a").explanation == "Ten partners."
    assert score_question(Q["single"], "b").points_earned == 2


@pytest.mark.parametrize(("qid", "answer", "message"), [
    ("single", ["b"], "single-choice answer is one option id, not list"),
    ("single", ("b",), "not tuple"),
    ("single", "z", "unknown option id 'z'"),
    ("single", 1, "not int"),
    ("single", True, "not bool"),
    ("single", {"b": True}, "not dict"),
    ("multi", "lv", "expected a list of option ids, got str"),
    ("multi", ["lv", "xx"], "unknown option id 'xx'"),
    ("multi", ["lv", "lv"], "same option id is given twice"),
    ("multi", ["lv", 3], "option ids must be strings"),
    ("multi", [["lv"]], "option ids must be strings"),
    ("multi", {"lv": True}, "expected a list of option ids, got dict"),
    ("multi", 7, "got int"),
    ("multi", b"lv", "got bytes"),
    ("tf", "true", "expected true or false, got str"),
    ("tf", 1, "expected true or false, got int"),
    ("tf", [True], "got list"),
    ("text", 42, "expected text, got int"),
    ("text", ["bibliotēka"], "expected text, got list"),
    ("text", b"biblioteka", "got bytes"),
    ("num", True, "expected a number, got bool"),
    ("num", math.nan, "not a finite number"),
    ("num", math.inf, "not a finite number"),
    ("num", -math.inf, "not a finite number"),
    ("num", "nan", "'nan' is not a number"),
    ("num", "inf", "is not a number"),
    ("num", "1e3", "is not a number"),
    ("num", "3,8,0", "is not a number"),
    ("num", "1.000,5", "is not a number"),
    ("num", "38 kg", "is not a number"),
    ("num", "", "is not a number"),
    ("num", "٣٨", "is not a number"),
    ("num", [38], "expected a number, got list"),
    ("num", 10**400, "is not a finite number"),
    ("num", "9" * 400, "is not a finite number"),
    pytest.param("num", 10**5000, "a number too large is not a finite number", id="num-huge"),
    pytest.param("multi", [10**5000], "option ids must be strings, not a number too large",
                 id="multi-huge"),
    pytest.param("text", 10**5000, "expected text, got int", id="text-huge"),
    ("single", "x" * 10_000, "unknown option id 'xxxxxxxx"),
    ("match", ["p1", "p2"], "expected a map from pair id to pair id, got list"),
    ("match", {"p1": "p1", "p2": "p2", "p3": "p3"}, "no choice given for pair(s) 'p4'"),
    ("match", {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4", "p5": "p1"},
     "unknown pair id 'p5'"),
    ("match", {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "zz"}, "unknown pair id 'zz'"),
    ("match", {"p1": "p1", "p2": "p2", "p3": "p3", "p4": 4}, "pair ids must be strings"),
    ("match", {"p1": "p1", "p2": "p2", "p3": "p3", 4: "p4"}, "pair ids must be strings"),
    ("match", {"p1": ["p1"], "p2": "p2", "p3": "p3", "p4": "p4"}, "must be strings"),
    ("order", ["s1", "s2", "s3"], "expected an ordered list of all 4 step ids, got 3"),
    ("order", ["s1", "s1", "s2", "s3"], "same step id is given twice"),
    ("order", ["s1", "s2", "s3", "s4", "s5"], "unknown step id 's5'"),
    ("order", ["s1", "s2", "s3", 4], "step ids must be strings"),
    ("order", "s1s2s3s4", "expected a list of step ids, got str"),
    ("order", {"s1", "s2", "s3", "s4"}, "must be a list, not a set"),
    ("order", {"s1": 1}, "got dict"),
])
def test_malformed_answers_raise_answer_error(qid: str, answer: object, message: str) -> None:
    with pytest.raises(AnswerError) as excinfo:
        score_question(Q[qid], answer)
    assert message in str(excinfo.value)
    assert repr(qid) in str(excinfo.value)
    assert isinstance(excinfo.value, ValueError)


# ----------------------------------------------------------------------- attempts

ATTEMPT = ("single", "multi", "text", "match")  # points 2 + 1 + 1 + 3 = 7


@pytest.mark.parametrize(("answers", "earned", "pass_mark", "passed"), [
    ({"single": "b", "multi": ["lv", "gr", "bg"], "text": "biblioteka",
      "match": {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4"}}, 7.0, 0.7, True),
    ({"single": "b", "multi": ["lv", "gr", "bg"], "text": "x"}, 3.0, 0.7, False),
    ({}, 0.0, 0.7, False),
    ({}, 0.0, 0.0, True),
    ({"single": None, "text": "Bibliotēka"}, 1.0, 0.1, True),
    ({"single": "b", "multi": ["lv", "gr", "bg"], "text": "bibliotēka",
      "match": {"p1": "p1", "p2": "p2", "p3": "p4", "p4": "p3"}}, 5.5, 0.8, False),
    ({"single": "b", "multi": ["lv", "gr"], "text": "x",
      "match": {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p1"}},
     2 + 2 / 3 + 0 + 2.25, 0.7, True),
])
def test_score_attempt(answers: dict[str, object], earned: float, pass_mark: float,
                       passed: bool) -> None:
    result = score_attempt(QUIZ, ATTEMPT, answers, pass_mark)
    assert [r.question_id for r in result.results] == list(ATTEMPT)
    assert result.points_possible == 7
    assert result.points_earned == pytest.approx(earned)
    assert result.score == pytest.approx(earned / 7)
    assert result.passed is passed
    assert result.pass_mark == pass_mark


@pytest.mark.parametrize(("points", "n", "right", "pass_mark"), [
    (1, 10, 7, 0.7),
    (0.1, 20, 1, 0.05),  # 0.1 summed 20 times is not 2.0: 0.04999999999999999 must pass
    (0.1, 15, 5, 1 / 3),
])
def test_score_exactly_at_pass_mark_passes(points: float, n: int, right: int,
                                           pass_mark: float) -> None:
    quiz = parse_quiz({"title": "t", "questions": [
        {"id": f"q{i}", "type": "true_false", "prompt": "p", "answer": True, "points": points}
        for i in range(n)]})
    ids = [q.id for q in quiz.questions]
    answers = {qid: i < right for i, qid in enumerate(ids)}
    result = score_attempt(quiz, ids, answers, pass_mark=pass_mark)
    assert result.score == pytest.approx(pass_mark)
    assert result.passed
    assert not score_attempt(quiz, ids, answers, pass_mark=pass_mark + 0.01).passed


def test_attempt_score_covers_only_the_questions_asked() -> None:
    result = score_attempt(QUIZ, ["tf"], {"tf": True}, pass_mark=1.0)
    assert (result.score, result.points_possible, result.passed) == (1.0, 1.0, True)


@pytest.mark.parametrize(("ids", "answers", "message"), [
    (["single"], {"tf": True}, "not in this attempt: 'tf'"),
    (["nope"], {}, "'nope' are not in the quiz"),
    (["single", "single"], {}, "same question twice"),
    ([], {}, "non-empty list of question ids"),
    ("single", {}, "non-empty list of question ids"),
    ([1], {}, "non-empty list of question ids"),
    (["single"], ["b"], "answers must be a map"),
    (["single"], {"single": ["b"]}, "single-choice answer is one option id"),
])
def test_score_attempt_rejects_mixups(ids: object, answers: object, message: str) -> None:
    with pytest.raises(AnswerError, match=message):
        score_attempt(QUIZ, ids, answers, 0.5)  # type: ignore[arg-type]


@pytest.mark.parametrize("pass_mark", [-0.1, 1.5, math.nan, True, "0.7"])
def test_score_attempt_rejects_bad_pass_mark(pass_mark: object) -> None:
    with pytest.raises(ValueError, match="pass_mark"):
        score_attempt(QUIZ, ["tf"], {}, pass_mark)  # type: ignore[arg-type]


def test_resolve_pass_mark() -> None:
    assert resolve_pass_mark(QUIZ, 0.7) == 0.7
    own = parse_quiz({**QUIZ_DATA, "pass_mark": 0.5})
    assert resolve_pass_mark(own, 0.7) == 0.5
    zero = parse_quiz({**QUIZ_DATA, "pass_mark": 0})
    assert resolve_pass_mark(zero, 0.7) == 0


def test_results_are_frozen() -> None:
    result = score_question(Q["tf"], True)
    with pytest.raises(AttributeError):
        result.score = 0.5  # type: ignore[misc]
    assert isinstance(Q["tf"], Question)


ODD_ANSWERS: list[object] = [
    0, -1, 1.5, math.nan, True, "", "a", "p1", "s1", [], [None], [[]], {}, {"p1": None},
    {None: "p1"}, (), set(), frozenset(["lv"]), object(), b"x", range(3), ["s1"] * 4, 3 + 4j,
]


@pytest.mark.parametrize("qid", sorted(Q))
def test_odd_answers_score_or_raise_answer_error_only(qid: str) -> None:
    outcomes = set()
    for answer in ODD_ANSWERS:
        try:
            result = score_question(Q[qid], answer)
        except AnswerError:
            outcomes.add("error")
        else:
            assert 0.0 <= result.score <= 1.0
            outcomes.add("scored")
    assert "error" in outcomes  # every type refuses at least some of these
