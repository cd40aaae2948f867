"""Attempt plans: drawn and shuffled questions, stable for a seed; attempt limits."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from biblio_desktop.learning.quiz import Quiz, can_start_attempt, parse_quiz
from biblio_desktop.learning.quiz_plan import attempt_plan

SEED = "learner-1:m3-quiz:1"


def _quiz(**top: Any) -> Quiz:
    questions: list[dict[str, Any]] = [
        {"id": f"q{i:02d}", "type": "single", "prompt": f"Q{i}",
         "options": [{"id": o, "text": o.upper(), "correct": o == "a"} for o in "abcdef"]}
        for i in range(12)
    ]
    questions += [
        {"id": "multi", "type": "multiple", "prompt": "M",
         "options": [{"id": o, "text": o, "correct": True} for o in "wxyz"]},
        {"id": "tf", "type": "true_false", "prompt": "T", "answer": True},
        {"id": "num", "type": "numeric", "prompt": "N", "answer": 1},
        {"id": "match", "type": "matching", "prompt": "Match", "pairs": [
            {"id": f"p{i}", "left": f"L{i}", "right": f"R{i}"} for i in range(5)]},
        {"id": "order", "type": "ordering", "prompt": "Order", "steps": [
            {"id": f"s{i}", "text": f"S{i}"} for i in range(5)]},
        {"id": "order2", "type": "ordering", "prompt": "Two", "steps": [
            {"id": "first", "text": "1"}, {"id": "second", "text": "2"}]},
    ]
    return parse_quiz({"title": "Plan", "questions": questions, **top})


BANK = [q.id for q in _quiz().questions]


def test_no_shuffle_keeps_authored_order() -> None:
    quiz = _quiz()
    plan = attempt_plan(quiz, SEED)
    assert list(plan.question_ids) == BANK
    assert plan.option_orders["q00"] == tuple("abcdef")
    assert plan.option_orders["multi"] == tuple("wxyz")
    assert "tf" not in plan.option_orders and "num" not in plan.option_orders


@pytest.mark.parametrize("top", [
    {}, {"shuffle_questions": True}, {"shuffle_options": True}, {"draw": 5},
    {"draw": 5, "shuffle_questions": True, "shuffle_options": True},
])
def test_same_seed_same_plan(top: dict[str, Any]) -> None:
    quiz = _quiz(**top)
    assert attempt_plan(quiz, SEED) == attempt_plan(quiz, SEED)
    assert attempt_plan(_quiz(**top), SEED) == attempt_plan(quiz, SEED)


def test_different_attempts_usually_differ() -> None:
    quiz = _quiz(shuffle_questions=True, shuffle_options=True)
    plans = [attempt_plan(quiz, f"learner-1:m3-quiz:{n}") for n in range(1, 21)]
    assert len({p.question_ids for p in plans}) >= 19
    assert len({p.option_orders["q00"] for p in plans}) >= 10
    assert attempt_plan(quiz, "learner-2:m3-quiz:1").question_ids != plans[0].question_ids


@pytest.mark.parametrize(("draw", "shuffle"), [(1, False), (5, False), (5, True), (17, True)])
def test_draw_takes_a_subset_of_the_right_size(draw: int, shuffle: bool) -> None:
    quiz = _quiz(draw=draw, shuffle_questions=shuffle)
    seen: set[str] = set()
    for n in range(30):
        ids = attempt_plan(quiz, f"l:i:{n}").question_ids
        assert len(ids) == draw
        assert len(set(ids)) == draw
        assert set(ids) <= set(BANK)
        if not shuffle:
            assert list(ids) == [q for q in BANK if q in ids]  # bank order kept
        assert set(attempt_plan(quiz, f"l:i:{n}").option_orders) <= set(ids)
        seen.update(ids)
    if draw < len(BANK):
        assert len(seen) > draw  # attempts draw different questions


def test_draw_of_whole_bank_is_a_permutation() -> None:
    plan = attempt_plan(_quiz(draw=len(BANK), shuffle_questions=True), SEED)
    assert sorted(plan.question_ids) == sorted(BANK)
    assert list(plan.question_ids) != BANK


@pytest.mark.parametrize("seed", [f"s{n}" for n in range(40)])
def test_orders_are_permutations_and_never_solved(seed: str) -> None:
    quiz = _quiz(shuffle_options=True)
    orders = attempt_plan(quiz, seed).option_orders
    assert sorted(orders["q03"]) == list("abcdef")
    assert sorted(orders["match"]) == [f"p{i}" for i in range(5)]
    assert sorted(orders["order"]) == [f"s{i}" for i in range(5)]
    assert orders["order"] != tuple(f"s{i}" for i in range(5))
    assert orders["order2"] == ("second", "first")
    assert orders["match"] != tuple(f"p{i}" for i in range(5))


def test_ordering_and_matching_are_scrambled_even_without_shuffle_options() -> None:
    orders = attempt_plan(_quiz(), SEED).option_orders
    assert orders["order"] != tuple(f"s{i}" for i in range(5))
    assert orders["match"] != tuple(f"p{i}" for i in range(5))


def test_option_order_does_not_depend_on_which_questions_were_drawn() -> None:
    full = attempt_plan(_quiz(shuffle_options=True), SEED)
    drawn = attempt_plan(_quiz(shuffle_options=True, draw=4), SEED)
    for qid in drawn.question_ids:
        assert drawn.option_orders[qid] == full.option_orders[qid]


def test_plan_is_read_only() -> None:
    plan = attempt_plan(_quiz(), SEED)
    with pytest.raises(TypeError):
        plan.option_orders["q00"] = ()  # type: ignore[index]
    with pytest.raises(AttributeError):
        plan.question_ids = ()  # type: ignore[misc]


def test_plan_is_pinned() -> None:
    """A golden value: if this changes, resumed attempts would show a different order."""
    plan = attempt_plan(_quiz(shuffle_questions=True, shuffle_options=True, draw=4), SEED)
    assert plan.question_ids == PINNED_IDS
    assert plan.option_orders[PINNED_IDS[0]] == PINNED_FIRST_ORDER


PINNED_IDS = ("q09", "q01", "q08", "q07")
PINNED_FIRST_ORDER = ("e", "f", "d", "b", "a", "c")


def test_plan_is_the_same_in_another_process_with_another_hash_seed() -> None:
    code = (
        "from tests.core.test_quiz_shuffle import _quiz, SEED\n"
        "from biblio_desktop.learning.quiz_plan import attempt_plan\n"
        "p = attempt_plan(_quiz(shuffle_questions=True, shuffle_options=True, draw=6), SEED)\n"
        "print(repr((p.question_ids, dict(p.option_orders))))\n"
    )
    outputs = set()
    for hash_seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": hash_seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                             capture_output=True, text=True,
                             cwd=os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
        outputs.add(out.stdout)
    plan = attempt_plan(_quiz(shuffle_questions=True, shuffle_options=True, draw=6), SEED)
    outputs.add(repr((plan.question_ids, dict(plan.option_orders))) + "\n")
    assert len(outputs) == 1


@pytest.mark.parametrize(("max_attempts", "used", "allowed"), [
    (0, 0, True), (0, 1, True), (0, 1000, True),
    (1, 0, True), (1, 1, False),
    (3, 0, True), (3, 2, True), (3, 3, False), (3, 4, False),
])
def test_can_start_attempt(max_attempts: int, used: int, allowed: bool) -> None:
    quiz = parse_quiz({"title": "T", "max_attempts": max_attempts, "questions": [
        {"id": "q", "type": "true_false", "prompt": "P", "answer": True}]})
    assert can_start_attempt(quiz, used) is allowed


@pytest.mark.parametrize("used", [-1, 1.0, True, "1", None])
def test_can_start_attempt_rejects_bad_counts(used: object) -> None:
    with pytest.raises(ValueError, match="attempts_used"):
        can_start_attempt(_quiz(), used)  # type: ignore[arg-type]
