"""GIFT: the parser (table-driven), the mapping to our questions, sniffing, packing."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.context import ConversionContext
from biblio_desktop.conversion.gift import (
    GiftConverter,
    convert_gift,
    looks_like_gift,
    map_question,
    parse_gift,
)
from biblio_desktop.errors import ConversionError
from biblio_desktop.learning.quiz import parse_quiz

from .qbank_helpers import convert, pack_and_check, question_types

# A rich sample of the format (Moodle docs, "GIFT format"): every question type, weights,
# feedback, categories, comments, escapes and formats.
SAMPLE = r"""// Sample GIFT file written for the tests
$CATEGORY: $course$/top/Geography

::Capital::What is the capital of Latvia?{=Riga#Yes! ~Tallinn#That is Estonia. ~Vilnius}

::Sun:: The sun is a star.{T#Wrong, it is.#Right.}

::Moon:: The moon is a planet.{FALSE}

Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =Ulysses Grant}

::Match:: Match the country and its capital. {
  =Latvia -> Riga
  =Estonia -> Tallinn
  =Lithuania -> Vilnius
}

::Shared:: Which are animals? {=cat -> animal =dog -> animal =oak -> plant =-> mineral}

When was Ulysses S. Grant born?{#1822:5}

::Range:: A number between 1 and 5.{#1..5}

::Several:: What is pi? {#=3.14159:0.0005#Exact =%50%3.14:0.01#Close}

Moodle costs {~lots of money =nothing ~a small amount} to download.

The capital of France is {=Paris =paris} and it is large.

// a comment between questions
$CATEGORY: $course$/top/Reflection

::Essay:: Write about your town.{}

Which are colours? {~%50%red ~%50%blue ~%-100%dog}

::Esc\:aped:: 1 \= 1 and \{braces\} and a \~ tilde?{=yes\#really ~no}

::Html::[html]<p>Is <b>HTML</b> allowed?</p>{=Yes ~No####It is, in [html] questions.}

::Intro:: This is just text: a description with no answers.

::Broken:: This one {=never closes
"""

EXPECTED: list[tuple[str, dict[str, Any]]] = [
    ("capital", {"type": "single", "prompt": "What is the capital of Latvia?"}),
    ("sun", {"type": "true_false", "answer": True, "feedback_true": "Right.",
             "feedback_false": "Wrong, it is."}),
    ("moon", {"type": "true_false", "answer": False}),
    ("q4", {"type": "text", "accepted": ["Grant", "Ulysses S. Grant", "Ulysses Grant"]}),
    ("match", {"type": "matching"}),
    ("shared", {"type": "drag_words", "distractors": ["mineral"]}),
    ("q7", {"type": "numeric", "answer": 1822.0, "tolerance": 5.0}),
    ("range", {"type": "numeric", "answer": 3.0, "tolerance": 2.0}),
    ("several", {"type": "numeric", "answer": 3.14159, "tolerance": 0.0005}),
    ("q10", {"type": "drag_words", "text": "Moodle costs {{nothing}} to download.",
             "distractors": ["lots of money", "a small amount"]}),
    ("q11", {"type": "fill_blanks", "text": "The capital of France is {{Paris|paris}} and "
             "it is large."}),
]


def _draft(text: str) -> tuple[Any, ConversionContext]:
    ctx = ConversionContext(Path("/nonexistent"))
    return convert_gift(text, ctx, "sample.gift", "Sample"), ctx


def test_sample_parses_into_every_type() -> None:
    draft, ctx = _draft(SAMPLE)
    assert [m.title for m in draft.modules] == ["Geography", "Reflection"]
    geo = draft.modules[0].items[0].quiz["questions"]
    assert [q["id"] for q in geo] == [qid for qid, _ in EXPECTED]
    for (qid, expected), question in zip(EXPECTED, geo, strict=True):
        for key, value in expected.items():
            assert question[key] == value, (qid, key)
    capital = geo[0]
    assert [o["correct"] for o in capital["options"]] == [True, False, False]
    assert capital["options"][1]["feedback"] == "That is Estonia."
    assert [p["left"] for p in geo[4]["pairs"]] == ["Latvia", "Estonia", "Lithuania"]
    reflection = draft.modules[1]
    kinds = [(i.kind, i.title) for i in reflection.items]
    assert kinds == [("quiz", "Reflection"), ("lesson", "Intro")]
    second = reflection.items[0].quiz["questions"]
    assert [q["type"] for q in second] == ["free_text", "multiple", "single", "single"]
    assert [o["correct"] for o in second[1]["options"]] == [True, True, False]
    assert second[2]["prompt"] == "1 = 1 and {braces} and a ~ tilde?"
    assert second[2]["options"][0]["text"] == "yes#really"
    assert second[2]["id"] == "esc-aped"
    assert second[3]["prompt"] == "Is HTML allowed?"
    assert second[3]["explanation"] == "It is, in [html] questions."
    # the broken question is reported with its line, the rest converted
    broken = [x for x in ctx.left_out if "never closed" in x.reason]
    assert len(broken) == 1 and "line" in broken[0].where
    # everything kept is accepted by the quiz engine
    for module in draft.modules:
        for item in module.items:
            if item.quiz:
                parse_quiz({"title": "t", **item.quiz})


@pytest.mark.parametrize(("block", "kind"), [
    ("Q{}", "essay"),
    ("Q{T}", "truefalse"),
    ("Q{TRUE#a#b}", "truefalse"),
    ("Q{#42}", "numerical"),
    ("Q{=a}", "shortanswer"),
    ("Q{=a ~b}", "multichoice"),
    ("Q{=a->b =c->d}", "matching"),
    ("Just text", "description"),
    ("::T::[markdown]**Q**{=a}", "shortanswer"),
])
def test_question_kinds(block: str, kind: str) -> None:
    [(what, question)] = parse_gift(block)
    assert what == "question" and question.kind == kind


@pytest.mark.parametrize(("block", "message"), [
    ("::no end Q{=a}", "title"),
    ("Q{=a", "never closed"),
    ("Q}", "without"),
    ("Q{x y}", "start with"),
    ("Q{=a} and {=b}", "more than one"),
    ("Q{=%50 a}", "weight"),
])
def test_invalid_blocks_are_errors(block: str, message: str) -> None:
    [(what, text)] = parse_gift(block)
    assert what == "error" and message in text


def test_answer_mapping_edge_cases() -> None:
    ctx = ConversionContext(Path("/nonexistent"))
    [(_, none_right)] = parse_gift("Pick one {~a ~b}")
    assert map_question(none_right, ctx, "x") is None
    assert "no right answer" in ctx.left_out[-1].reason
    [(_, bad_number)] = parse_gift("N {#abc}")
    assert map_question(bad_number, ctx, "x") is None
    [(_, partial)] = parse_gift("S {=%100%a =%50%b}")
    assert map_question(partial, ctx, "x")["accepted"] == ["a"]
    [(_, multi_right_missing)] = parse_gift("Before {=a =b ~c} after")
    out = map_question(multi_right_missing, ctx, "x")
    assert out["type"] == "multiple" and out["prompt"] == "Before _____ after"


@pytest.mark.parametrize("text", [
    "Hello world.\n\nThis is a README with a {placeholder} in it.\n",
    "function f() {}\n\nint main() { return 0; }\n",
    '{"json": true}',
    "<?xml version='1.0'?><quiz/>",
    "Just prose.\n\nMore prose.\n",
    "A {}\n\nB {}\n",  # only empty braces and no GIFT marker
    "Q{=a}\n\nprose\n\nmore prose\n\nand more",  # mostly not questions
])
def test_sniff_does_not_claim_other_text(text: str) -> None:
    assert looks_like_gift(text) == 0


def test_sniff_claims_gift(tmp_path: Path) -> None:
    path = tmp_path / "bank.txt"
    path.write_text(SAMPLE, encoding="utf-8")
    with open_input(path, tmp_path) as tree:  # one broken question in 15: still GIFT
        assert GiftConverter().sniff(tree) == "GIFT question file (15 questions)"
    path.write_text("::A:: x {=a}\n\n::B:: y {=\n\n::C:: z {~\n", "utf-8")
    with open_input(path, tmp_path) as tree:  # mostly broken: not claimed
        assert GiftConverter().sniff(tree) is None
    (tmp_path / "bin.gift").write_bytes(b"\x00\x01{=a}")
    with open_input(tmp_path / "bin.gift", tmp_path) as tree:
        assert GiftConverter().sniff(tree) is None


def test_convert_and_pack(tmp_path: Path) -> None:
    path = tmp_path / "bank.gift"
    path.write_text(SAMPLE.replace("::Broken:: This one {=never closes\n", ""), "utf-8")
    result = convert(tmp_path, path)
    assert result.inputs[0].format == "gift"
    assert question_types(result) == {"single": 3, "true_false": 2, "text": 1,
                                      "matching": 1, "drag_words": 2, "numeric": 3,
                                      "fill_blanks": 1, "free_text": 1, "multiple": 1}
    opened = pack_and_check(result, tmp_path)
    assert len(opened.manifest.items) == 3


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin.gift"
    path.write_bytes("::Q:: Café?{T}".encode("utf-16"))
    with open_input(path, tmp_path) as tree, pytest.raises(ConversionError, match="UTF-8"):
        GiftConverter().convert(tree, ConversionContext(tmp_path / "out"))


@pytest.mark.parametrize("text", [
    "\\" * 400_000 + "{=a}",
    "{" * 200_000,
    "::" * 200_000,
    "Q{" + "=a " * 100_000 + "}",
    ("Q{=a ~b}\n\n" * 20_000),
    "~" * 300_000,
])
def test_hostile_gift_is_linear(text: str) -> None:
    start = time.perf_counter()
    parse_gift(text)
    looks_like_gift(text)
    assert time.perf_counter() - start < 5


def test_gift_pictures_are_reported() -> None:
    draft, ctx = _draft('[html]<p>Look <img src="@@PLUGINFILE@@/a.png" alt="A"></p>{T}')
    assert draft.items()[0].quiz["questions"][0]["prompt"] == "Look [A]"
    assert "does not carry its pictures" in ctx.left_out[0].reason


def test_a_large_bank_is_sniffed_from_its_head(tmp_path: Path) -> None:
    path = tmp_path / "large.gift"
    path.write_text("".join(f"::Q{i}:: {i} + 1?{{={i + 1} ~{i}}}\n\n" for i in range(20_000)),
                    encoding="utf-8")
    assert path.stat().st_size > 256 * 1024
    with open_input(path, tmp_path) as tree:
        assert GiftConverter().sniff(tree) == "GIFT question file"
