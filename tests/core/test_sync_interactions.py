"""Quiz questions as xAPI cmi.interaction activities: type mapping, components, patterns and
the learner's response in the formats of xAPI 1.0.3 (Data, 2.4.4.1)."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from sqlalchemy import select

from biblio_desktop.learning.quiz import Quiz, parse_quiz
from biblio_desktop.storage.models import OutboxRow
from biblio_desktop.sync import install_outbox
from biblio_desktop.sync import interactions as ia
from biblio_desktop.sync import statements as st
from biblio_desktop.workspace import Workspace

from .all_question_types import EXPECTED_TYPES, all_types_quiz, workspace_with_all_types
from .course_fixtures import COURSE_ID
from .lrs_fixture import finish_course
from .quiz_answers import right_answer, wrong_answer


def _quiz(lang: str = "en") -> Quiz:
    return parse_quiz(tomllib.loads(all_types_quiz(lang)))


def _definition(qid: str, lang: str = "en") -> dict:
    return ia.interaction_definition(_quiz(lang).question(qid), lang)


def test_every_question_type_has_its_interaction_type() -> None:
    quiz = _quiz()
    assert {q.type for q in quiz.questions} == set(ia.INTERACTION_TYPES)  # all eleven
    for q in quiz.questions:
        assert ia.interaction_type(q) == EXPECTED_TYPES[q.id]
        definition = ia.interaction_definition(q, "en")
        assert definition["type"] == "http://adlnet.gov/expapi/activities/cmi.interaction"
        assert definition["interactionType"] == EXPECTED_TYPES[q.id]
        assert definition["description"] == {"en": q.prompt}
        if q.type == "free_text":  # nothing is right or wrong: no pattern at all
            assert "correctResponsesPattern" not in definition
        else:
            assert definition["correctResponsesPattern"]


def test_choice_lists_options_and_patterns() -> None:
    single = _definition("q-single")
    assert single["choices"] == [{"id": "a", "description": {"en": "Five"}},
                                 {"id": "b", "description": {"en": "Ten"}}]
    assert single["correctResponsesPattern"] == ["b"]  # one item: no delimiter
    multiple = _definition("q-multiple")
    # a component id SHOULD NOT hold whitespace: "opt 3" is percent-encoded
    assert [c["id"] for c in multiple["choices"]] == ["ceco", "digy", "opt%203"]
    assert multiple["correctResponsesPattern"] == ["ceco[,]digy"]


def test_true_false_fill_in_and_numeric_have_no_component_lists() -> None:
    for qid in ("q-true-false", "q-text", "q-numeric"):
        definition = _definition(qid)
        assert not {"choices", "scale", "source", "target", "steps"} & set(definition)
    assert _definition("q-true-false")["correctResponsesPattern"] == ["true"]
    # matching ignores case, in the quiz language
    assert _definition("q-text", "lv")["correctResponsesPattern"] == [
        "{case_matters=false}{lang=lv}bibliotēka",
        "{case_matters=false}{lang=lv}publiskā bibliotēka"]
    assert _definition("q-numeric")["correctResponsesPattern"] == ["2[:]3"]  # 2.5 ± 0.5


def test_matching_and_sequencing_components() -> None:
    matching = _definition("q-matching")
    assert matching["source"] == [{"id": "ceco", "description": {"en": "CECO"}},
                                  {"id": "digy", "description": {"en": "DIGY"}}]
    assert matching["target"] == [
        {"id": "ceco", "description": {"en": "community engagement"}},
        {"id": "digy", "description": {"en": "digital transformation"}}]
    assert matching["correctResponsesPattern"] == ["ceco[.]ceco[,]digy[.]digy"]
    ordering = _definition("q-ordering")
    assert [c["id"] for c in ordering["choices"]] == ["plan", "do", "check"]
    assert ordering["correctResponsesPattern"] == ["plan[,]do[,]check"]


@pytest.mark.parametrize(("qid", "answer", "response"), [
    ("q-single", "a", "a"),
    ("q-multiple", ["digy", "ceco"], "ceco[,]digy"),  # in option order
    ("q-multiple", ["opt 3"], "opt%203"),
    ("q-multiple", [], ""),  # answered, nothing chosen
    ("q-true-false", False, "false"),
    ("q-true-false", True, "true"),
    ("q-text", "  Bibliotēka ", "  Bibliotēka "),  # as typed
    ("q-numeric", 2.5, "2.5"),
    ("q-numeric", "3,5", "3.5"),  # a decimal comma, as the quiz accepts it
    ("q-numeric", 1003.0, "1003"),
    ("q-numeric", "\u22121", "-1"),
    ("q-matching", {"ceco": "digy", "digy": "ceco"}, "ceco[.]digy[,]digy[.]ceco"),
    ("q-matching", {"ceco": "ceco", "digy": None}, "ceco[.]ceco"),  # unmatched: left out
    ("q-ordering", ["check", "do", "plan"], "check[,]do[,]plan"),
    ("q-fill", ["Riga", " ten "], "Riga[,] ten "),  # as typed, one per gap
    ("q-fill", ["", "10"], "[,]10"),  # an empty gap stays in its place
    ("q-drag", ["w2", "w1"], "gap-1[.]digital[,]gap-2[.]librarians"),
    ("q-drag", [None, "w3"], "gap-2[.]teachers"),  # empty gaps left out
    ("q-mark", [4, 2], "word-3[,]word-5"),  # in reading order
    ("q-mark", [], ""),
    ("q-free", "A reading club.\nAnd more.", "A reading club.\nAnd more."),
])
def test_learner_response_formats(qid: str, answer: object, response: str) -> None:
    assert ia.learner_response(_quiz().question(qid), answer) == response


def test_passage_types_as_interactions() -> None:
    fill = _definition("q-fill", "lv")
    assert fill["interactionType"] == "fill-in"
    assert fill["correctResponsesPattern"] == [  # every mix of the gaps' alternatives
        "{case_matters=false}{lang=lv}Rīga[,]10",
        "{case_matters=false}{lang=lv}Rīga[,]desmit"]
    drag = _definition("q-drag")
    assert drag["source"] == [
        {"id": "gap-1", "description": {"en": "BIBLIO trains ___ in ___ skills."}},
        {"id": "gap-2", "description": {"en": "BIBLIO trains ___ in ___ skills."}}]
    assert drag["target"] == [{"id": w, "description": {"en": w}}
                              for w in ("librarians", "digital", "teachers", "analogue")]
    assert drag["correctResponsesPattern"] == ["gap-1[.]librarians[,]gap-2[.]digital"]
    lv = _definition("q-drag", "lv")  # Latvian words are percent-encoded component ids
    assert lv["correctResponsesPattern"] == [
        "gap-1[.]bibliotek%C4%81rus[,]gap-2[.]digit%C4%81laj%C4%81s"]
    mark = _definition("q-mark")
    assert [c["description"]["en"] for c in mark["choices"]] == [
        "BIBLIO", "defined", "CECO", "and", "DIGY", "two", "job", "profiles"]
    assert mark["choices"][2]["id"] == "word-3"
    assert mark["correctResponsesPattern"] == ["word-3[,]word-5"]
    free = _definition("q-free")
    assert free == {"type": ia.CMI_INTERACTION, "description": {"en": free["description"]["en"]},
                    "interactionType": "long-fill-in"}


def test_gap_descriptions_and_pattern_limits() -> None:
    quiz = parse_quiz({"title": "t", "questions": [
        {"id": "d", "type": "drag_words", "prompt": "p",
         "text": "one two three four five {{six}} seven eight nine ten eleven {{the}} x {{the}}"},
        {"id": "f", "type": "fill_blanks", "prompt": "p",
         "text": "{{a|b|c|d}} {{a|b|c|d}} {{a|b|c|d}} {{a|b}}"},
        {"id": "long", "type": "fill_blanks", "prompt": "p", "text": "{{" + "x" * 251 + "}}"}]})
    drag = ia.interaction_definition(quiz.question("d"), "en")
    assert [c["description"]["en"] for c in drag["source"]] == [
        "…two three four five ___ seven eight nine ten…",
        "…eight nine ten eleven ___ x ___", "…ten eleven ___ x ___"]
    assert [c["id"] for c in drag["target"]] == ["six", "the"]  # copies are one target
    assert drag["correctResponsesPattern"] == ["gap-1[.]six[,]gap-2[.]the[,]gap-3[.]the"]
    assert ia.learner_response(quiz.question("d"), ["w3", "w1", "w2"]) == \
        "gap-1[.]the[,]gap-2[.]six[,]gap-3[.]the"
    patterns = ia.correct_responses(quiz.question("f"), "en")
    assert len(patterns) == ia.MAX_PATTERNS  # 4*4*4*2 = 128 mixes, capped
    assert patterns[0] == "{case_matters=false}{lang=en}a[,]a[,]a[,]a"
    assert ia.interaction_type(quiz.question("long")) == "long-fill-in"


def test_unanswered_and_malformed_answers_have_no_response() -> None:
    quiz = _quiz()
    for q in quiz.questions:
        assert ia.learner_response(q, None) is None
    assert ia.learner_response(quiz.question("q-numeric"), "lots") is None
    assert ia.learner_response(quiz.question("q-true-false"), "yes") is None
    assert ia.learner_response(quiz.question("q-fill"), "Riga") is None
    assert ia.learner_response(quiz.question("q-drag"), "w1") is None
    assert ia.learner_response(quiz.question("q-mark"), 3) is None
    assert ia.learner_response(quiz.question("q-free"), ["x"]) is None


def test_long_answers_and_exact_numbers() -> None:
    quiz = parse_quiz({"title": "t", "questions": [
        {"id": "essay", "type": "text", "prompt": "p", "accepted": ["x" * 251]},
        {"id": "n", "type": "numeric", "prompt": "p", "answer": 38},
        {"id": "r", "type": "numeric", "prompt": "p", "answer": 0.3, "tolerance": 0.1}]})
    assert ia.interaction_definition(quiz.question("essay"), "und")["interactionType"] == \
        "long-fill-in"
    assert ia.correct_responses(quiz.question("essay"), "und") == [
        "{case_matters=false}" + "x" * 251]  # no {lang=} for an unknown language
    assert ia.correct_responses(quiz.question("n")) == ["38"]  # a single number: no [:]
    assert ia.correct_responses(quiz.question("r")) == ["0.2[:]0.4"]  # no float noise


def test_language_tags() -> None:
    assert [ia.language_tag(t) for t in ("en", "lv", "el", "en-GB", "sr-Latn", "")] == [
        "en", "lv", "el", "en-GB", "sr-Latn", "und"]
    assert ia.language_tag("not a tag") == "und"


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    workspace = workspace_with_all_types(tmp_path)
    install_outbox(workspace)
    yield workspace
    workspace.close()


def test_each_question_statement_carries_the_learners_response(ws: Workspace) -> None:
    learner_id = finish_course(ws, "Ilze", fail_first=True)
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    with ws.sessions() as session:
        statements = [json.loads(r.statement_json) for r in session.scalars(
            select(OutboxRow).where(OutboxRow.learner_id == learner_id))]
    questions = [s for s in statements
                 if s["object"]["definition"]["type"] == ia.CMI_INTERACTION]
    assert len(questions) == 2 * len(EXPECTED_TYPES)  # a failed and a passed attempt
    seen: dict[tuple[str, int], str] = {}
    for s in questions:
        qid = s["object"]["id"].rsplit("/", 1)[1]
        attempt = s["context"]["extensions"][st.EXT_ATTEMPT]
        definition = s["object"]["definition"]
        assert definition["interactionType"] == EXPECTED_TYPES[qid]
        assert definition == ia.interaction_definition(quiz.question(qid), "en")
        answer = (wrong_answer if attempt == 1 else right_answer)(quiz.question(qid))
        if qid == "q-free" and attempt == 1:  # left empty: not answered, no response
            assert s["result"] == {"completion": False}
            continue
        assert s["result"]["response"] == ia.learner_response(quiz.question(qid), answer)
        if qid == "q-free":  # answered, never right or wrong: no score, no success
            assert s["result"] == {"completion": True, "response": answer}
        else:
            assert s["result"]["success"] is (attempt == 2)
        seen[(qid, attempt)] = s["result"]["response"]
    assert seen[("q-single", 2)] == "b" and seen[("q-single", 1)] == "a"
    assert seen[("q-true-false", 2)] == "true" and seen[("q-true-false", 1)] == "false"
    assert seen[("q-text", 2)] == "library"
    assert seen[("q-numeric", 2)] == "2.5" and seen[("q-numeric", 1)] == "1003"
    assert seen[("q-matching", 1)] == "ceco[.]digy[,]digy[.]ceco"
    assert seen[("q-ordering", 2)] == "plan[,]do[,]check"
    assert seen[("q-fill", 2)] == "Rīga[,]10" and seen[("q-fill", 1)].count("[,]") == 1
    assert seen[("q-drag", 2)] == "gap-1[.]librarians[,]gap-2[.]digital"
    assert seen[("q-drag", 1)] == ""  # nothing placed
    assert seen[("q-mark", 2)] == "word-3[,]word-5"
