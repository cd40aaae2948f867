"""The question types of format_version 2: fill-in-the-blanks, drag-the-words,
mark-the-words and free text. Their text syntax, table-driven scoring (full, partial,
empty, malformed; Latvian diacritics in gaps), the free-text pass rule and the plan."""

from __future__ import annotations

from typing import Any

import pytest

from biblio_desktop.learning.passages import Segment, parse_gaps, parse_marked, plain_text
from biblio_desktop.learning.quiz import (
    AnswerError,
    QuizFormatError,
    parse_quiz,
    quiz_format_version,
    score_attempt,
    score_question,
)
from biblio_desktop.learning.quiz_plan import attempt_plan

WHERE = "quizzes/lv/passages.json"
QUIZ = parse_quiz({"title": "Passages", "questions": [
    {"id": "fill", "type": "fill_blanks", "prompt": "Complete.", "points": 2,
     "text": "The capital of Latvia is {{Rīga|Riga}}; BIBLIO has {{10|ten}} partners "
             "and {{38}} skills."},
    {"id": "fill-lv", "type": "fill_blanks", "prompt": "Papildiniet.",
     "text": "Latvijas Nacionālā {{bibliotēka}} atrodas {{Rīgā}}."},
    {"id": "drag", "type": "drag_words", "prompt": "Drag the words.",
     "text": "BIBLIO trains {{librarians}} in {{digital}} skills for {{the}} future and "
             "{{the}} community.",
     "distractors": ["teachers", "analogue"]},
    {"id": "mark", "type": "mark_words", "prompt": "Mark the two job profiles.",
     "text": "BIBLIO defined *CECO* and *DIGY*, two new profiles for (public) libraries."},
    {"id": "essay", "type": "free_text", "prompt": "What would you offer your community?",
     "max_length": 200},
]}, where=WHERE)
Q = {q.id: q for q in QUIZ.questions}


# ------------------------------------------------------------------------- syntax

def test_gaps_with_alternatives_split_into_segments() -> None:
    assert Q["fill"].segments == (
        Segment("text", "The capital of Latvia is "),
        Segment("gap", "Rīga", ("Rīga", "Riga")),
        Segment("text", "; BIBLIO has "),
        Segment("gap", "10", ("10", "ten")),
        Segment("text", " partners and "),
        Segment("gap", "38", ("38",)),
        Segment("text", " skills."),
    )
    assert plain_text(Q["fill"].segments, "[{n}]") == \
        "The capital of Latvia is [1]; BIBLIO has [2] partners and [3] skills."
    assert parse_gaps("{{ a | b }}", alternatives=True) == (Segment("gap", "a", ("a", "b")),)


def test_drag_words_bank_holds_gap_words_then_distractors() -> None:
    assert [(w.id, w.text) for w in Q["drag"].bank] == [
        ("w1", "librarians"), ("w2", "digital"), ("w3", "the"), ("w4", "the"),
        ("w5", "teachers"), ("w6", "analogue")]


def test_marked_words_keep_punctuation_as_text() -> None:
    segments = Q["mark"].segments
    words = [(s.text, s.correct) for s in segments if s.kind == "word"]
    assert words == [("BIBLIO", False), ("defined", False), ("CECO", True), ("and", False),
                     ("DIGY", True), ("two", False), ("new", False), ("profiles", False),
                     ("for", False), ("public", False), ("libraries", False)]
    assert plain_text(segments) == \
        "BIBLIO defined CECO and DIGY, two new profiles for (public) libraries."
    escaped = parse_marked(r"Stars \* are *not* words  here — e-mail")
    assert plain_text(escaped) == "Stars * are not words here — e-mail"
    assert [s.text for s in escaped if s.kind == "word"] == [
        "Stars", "are", "not", "words", "here", "e-mail"]


@pytest.mark.parametrize(("question", "message"), [
    ({"type": "fill_blanks", "text": "No gaps at all."}, "write each gap as {{answer}}"),
    ({"type": "fill_blanks", "text": "Open {{gap"}, "is never closed"),
    ({"type": "fill_blanks", "text": "Stray }} here {{x}}"}, "closes no gap"),
    ({"type": "fill_blanks", "text": "{{x}} and stray }}"}, "closes no gap"),
    ({"type": "fill_blanks", "text": "{{a {{b}}"}, "opens again inside itself"),
    ({"type": "fill_blanks", "text": "Empty {{}} gap"}, "is empty or has an empty alternative"),
    ({"type": "fill_blanks", "text": "{{Riga|}}"}, "is empty or has an empty alternative"),
    ({"type": "fill_blanks", "text": "x" * 20001}, "longer than 20000 characters"),
    ({"type": "fill_blanks", "text": "{{a}}" * 101}, "more than 100"),
    ({"type": "fill_blanks"}, "'text' is missing"),
    ({"type": "fill_blanks", "text": "{{a}}", "distractors": []}, "unknown key(s)"),
    ({"type": "drag_words", "text": "A {{b|c}} gap"}, "holds exactly one word from the bank"),
    ({"type": "drag_words", "text": "A {{b}}", "distractors": "c"}, "'distractors' must be a list"),
    ({"type": "drag_words", "text": "A {{b}}", "distractors": [""]}, "non-empty string"),
    ({"type": "drag_words", "text": "A {{b}}", "distractors": ["b "]}, "is also the word of a gap"),
    ({"type": "mark_words", "text": "Nothing is marked."}, "no word is marked"),
    ({"type": "mark_words", "text": "*two words* marked"}, "a marked word has no spaces"),
    ({"type": "mark_words", "text": "a *lonely star"}, "mark a word with one * on each side"),
    ({"type": "mark_words", "text": "**"}, "mark a word with one * on each side"),
    ({"type": "mark_words", "text": "*,* x"}, "marks no word"),
    ({"type": "free_text", "points": 2}, "has no 'points'"),
    ({"type": "free_text", "max_length": 0}, "'max_length' must be between 1 and 20000"),
    ({"type": "free_text", "max_length": "long"}, "'max_length' must be an integer"),
    ({"type": "free_text", "text": "x"}, "unknown key(s) 'text'"),
])
def test_malformed_passages_are_refused_with_the_question_named(
        question: dict[str, Any], message: str) -> None:
    data = {"title": "t", "questions": [{"id": "q-bad", "prompt": "p", **question}]}
    with pytest.raises(QuizFormatError) as info:
        parse_quiz(data, where=WHERE)
    assert str(info.value).startswith(f"{WHERE}: question 'q-bad': ")
    assert message in str(info.value)


def test_format_version_of_a_quiz() -> None:
    assert quiz_format_version(QUIZ) == 2
    old = parse_quiz({"title": "t", "questions": [
        {"id": "q", "type": "text", "prompt": "p", "accepted": ["x"]}]})
    assert quiz_format_version(old) == 1


# ------------------------------------------------------------------------ scoring

FULL, NONE = 1.0, 0.0


@pytest.mark.parametrize(("qid", "answer", "score"), [
    # fill-in-the-blanks: the share of gaps right; case, diacritics and spaces folded
    ("fill", ["Rīga", "10", "38"], FULL),
    ("fill", ["riga", " TEN ", "38"], FULL),  # an alternative, any case
    ("fill", ["RĪGA", "Ten", "38"], FULL),
    ("fill", ["Rīga", "10", ""], 2 / 3),  # partial: one gap left empty
    ("fill", ["Tallinn", "10", "37"], 1 / 3),
    ("fill", ["", "", ""], NONE),  # empty
    ("fill", ["Riga 10 38", "", ""], NONE),  # everything in one gap
    ("fill-lv", ["bibliotēka", "Rīgā"], FULL),  # Latvian diacritics
    ("fill-lv", ["biblioteka", "Riga"], FULL),  # typed without them
    ("fill-lv", ["BIBLIOTĒKA", "rīgā"], FULL),
    ("fill-lv", ["bibliotēkā", "Rīga"], FULL),  # ā and a fold alike: Rīga matches Rīgā
    ("fill-lv", ["grāmatnīca", "Rīgā"], 0.5),
    # drag-the-words: the share of gaps holding their word; copies are interchangeable
    ("drag", ["w1", "w2", "w3", "w4"], FULL),
    ("drag", ["w1", "w2", "w4", "w3"], FULL),  # the two "the" swapped
    ("drag", ["w1", "w6", "w3", None], 0.5),  # a distractor and an empty gap
    ("drag", ["w5", "w6", None, None], NONE),
    ("drag", [None, None, None, None], NONE),  # empty
    ("drag", ["w2", "w1", "w3", "w4"], 0.5),  # two words swapped
    # mark-the-words: (right - wrong) / words to mark, floored at 0
    ("mark", [2, 4], FULL),
    ("mark", [4, 2], FULL),  # order does not matter
    ("mark", [2], 0.5),
    ("mark", [2, 4, 0], 0.5),  # one wrong mark costs one right one
    ("mark", [2, 0], NONE),
    ("mark", [0, 1, 3], NONE),  # floored, never negative
    ("mark", list(range(11)), NONE),  # marking everything earns nothing
    ("mark", [], NONE),  # empty
])
def test_scoring_table(qid: str, answer: Any, score: float) -> None:
    result = score_question(Q[qid], answer)
    assert result.score == pytest.approx(score)
    assert result.points_earned == pytest.approx(score * Q[qid].points)
    assert result.correct == (score == FULL)
    assert result.answered and result.scored


@pytest.mark.parametrize(("qid", "answer", "message"), [
    ("fill", "Rīga", "expected a list of 3 typed answers"),
    ("fill", ["Rīga", "10"], "expected 3 typed answers"),
    ("fill", ["Rīga", "10", 38], "a typed gap answer is text, not 38"),
    ("fill", ["Rīga", "10", None], "a typed gap answer is text, not None"),
    ("fill", ["x" * 501, "", ""], "at most 500 characters"),
    ("fill", {"1": "Rīga"}, "expected a list of 3 typed answers"),
    ("drag", "w1", "expected a list of 4 word ids"),
    ("drag", ["w1", "w2", "w3"], "expected 4 word ids"),
    ("drag", ["w1", "w2", "w3", "w9"], "unknown word id 'w9'"),
    ("drag", ["w1", "w2", "w3", "librarians"], "unknown word id 'librarians'"),
    ("drag", ["w1", "w1", None, None], "placed in two gaps"),
    ("drag", [1, None, None, None], "unknown word id 1"),
    ("mark", "CECO", "expected a list of word positions"),
    ("mark", [11], "from 0 to 10, not 11"),
    ("mark", [-1], "from 0 to 10, not -1"),
    ("mark", [True], "not True"),
    ("mark", [2.0], "not 2.0"),
    ("mark", ["2"], "not '2'"),
    ("mark", [2, 2], "marked twice"),
    ("essay", ["text"], "expected text, got list"),
    ("essay", 42, "expected text, got int"),
    ("essay", "x" * 201, "longer than 200 characters"),
])
def test_malformed_answers_are_a_clear_error(qid: str, answer: Any, message: str) -> None:
    with pytest.raises(AnswerError) as info:
        score_question(Q[qid], answer)
    assert str(info.value).startswith(f"question {qid!r}: ")
    assert message in str(info.value)


@pytest.mark.parametrize(("answer", "answered"), [
    ("Reading clubs for seniors and a digital help desk.", True),
    ("x" * 200, True),
    ("   \n ", False),  # only spaces: not an answer
    ("", False),
    (None, False),
])
def test_free_text_is_saved_never_scored(answer: Any, answered: bool) -> None:
    result = score_question(Q["essay"], answer)
    assert (result.score, result.points_earned, result.points_possible) == (0, 0, 0)
    assert not result.scored and not result.correct
    assert result.answered is answered


def test_unanswered_new_types() -> None:
    for qid in ("fill", "drag", "mark"):
        result = score_question(Q[qid], None)
        assert (result.score, result.answered, result.correct) == (0, False, False)


# ------------------------------------------------------------------ pass and fail

def _attempt(answers: dict[str, Any], ids: tuple[str, ...] = tuple(Q), mark: float = 0.7):
    return score_attempt(QUIZ, ids, answers, mark)


RIGHT = {"fill": ["Riga", "10", "38"], "fill-lv": ["biblioteka", "Riga"],
         "drag": ["w1", "w2", "w3", "w4"], "mark": [2, 4]}


def test_free_text_weighs_nothing_in_the_score_but_must_be_answered_to_pass() -> None:
    done = _attempt({**RIGHT, "essay": "A digital help desk."})
    assert done.score == 1.0 and done.passed
    assert done.points_possible == 2 + 1 + 1 + 1  # the free-text question adds no points
    blank = _attempt({**RIGHT, "essay": "  "})
    assert blank.score == 1.0 and not blank.passed
    missing = _attempt(RIGHT)
    assert missing.score == 1.0 and not missing.passed
    low = _attempt({**RIGHT, "mark": [], "drag": [None] * 4, "essay": "Something."})
    assert low.score == pytest.approx(3 / 5) and not low.passed


def test_an_attempt_of_free_text_only_scores_the_share_answered() -> None:
    quiz = parse_quiz({"title": "Reflection", "questions": [
        {"id": "a", "type": "free_text", "prompt": "One?"},
        {"id": "b", "type": "free_text", "prompt": "Two?"}]})
    assert score_attempt(quiz, ("a", "b"), {"a": "x", "b": "y"}, 0.7).passed
    half = score_attempt(quiz, ("a", "b"), {"a": "x"}, 0.0)
    assert half.score == 0.5 and not half.passed  # even with a pass mark of 0
    assert quiz.questions[0].max_length == 5000


def test_the_word_bank_starts_scrambled_and_stays_the_same_on_resume() -> None:
    bank = [w.id for w in Q["drag"].bank]
    for n in range(20):
        plan = attempt_plan(QUIZ, f"learner:item:{n}")
        order = plan.option_orders["drag"]
        assert sorted(order) == sorted(bank) and list(order) != bank
        assert attempt_plan(QUIZ, f"learner:item:{n}") == plan
        assert set(plan.option_orders) == {"drag"}  # no other new type has an order
