"""Every real H5P file of the shared corpus: converted with the questions its content.json
holds (counted here, independently of the converter), packed and accepted, or refused
with a message naming why. The files are read from shared/realcases, never copied."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.convert import ConversionResult, convert_inputs, detect
from biblio_desktop.errors import ConversionError
from biblio_desktop.packages.frontmatter import split_front_matter, split_slides
from biblio_desktop.packages.reader import inspect_package

from ..shared_material import REALCASES as SHARED_REALCASES

REALCASES = SHARED_REALCASES
H5P = REALCASES / "h5p"
pytestmark = pytest.mark.skipif(not H5P.is_dir(), reason="shared/realcases is not here")


def content(name: str) -> dict[str, Any]:
    with zipfile.ZipFile(H5P / name) as zf:
        return json.loads(zf.read("content/content.json"))


def h5p_json(name: str) -> dict[str, Any]:
    with zipfile.ZipFile(H5P / name) as zf:
        return json.loads(zf.read("h5p.json"))


def contents(node: Any):
    """Every `{"library": "H5P.X 1.2", "params": ...}` in a content.json, depth first."""
    if isinstance(node, dict):
        if isinstance(node.get("library"), str) and "params" in node:
            yield node
        for value in node.values():
            yield from contents(value)
    elif isinstance(node, list):
        for value in node:
            yield from contents(value)


def expected_types(node: Any) -> Counter[str]:
    """Our question types for the H5P questions in `node`, counted from the JSON alone."""
    found: Counter[str] = Counter()
    for c in contents(node):
        name, p = c["library"].split()[0], c["params"]
        if name == "H5P.MultiChoice":
            right = sum(1 for a in p.get("answers", []) if a.get("correct"))
            found["single" if right == 1 else "multiple"] += 1
        elif name == "H5P.TrueFalse":
            found["true_false"] += 1
        elif name == "H5P.Blanks":
            found["fill_blanks"] += 1
        elif name == "H5P.DragText":
            found["drag_words"] += 1
        elif name == "H5P.MarkTheWords":
            found["mark_words"] += 1
        elif name == "H5P.Summary":
            found["single"] += len(p.get("summaries", []))
        elif name == "H5P.SingleChoiceSet":
            found["single"] += len(p.get("choices", []))
        elif name == "H5P.FreeTextQuestion":
            found["free_text"] += 1
    return found


def convert(name: str, tmp_path: Path) -> ConversionResult:
    return convert_inputs([H5P / name], tmp_path / "src")


def converted_types(result: ConversionResult) -> Counter[str]:
    return Counter(q["type"] for item in result.draft.items() for q in
                   (item.quiz or {}).get("questions", []))


def dropped_questions(result: ConversionResult) -> int:
    """Left-out entries that stand for a question (not for a picture shown with one)."""
    return sum(1 for x in result.left_out
               if ("question" in x.what or x.what.endswith(" text"))
               and "shown with the question" not in x.what)


def embedded_supported() -> bool:
    try:
        import biblio_desktop.learning.embedded  # noqa: F401
    except ImportError:
        return False
    return True


def packs(result: ConversionResult, tmp_path: Path) -> None:
    """The source folder packs into a package the importer's checks accept."""
    if any(i.kind in ("slides", "video") and i.quiz for i in result.draft.items()) and \
            not embedded_supported():
        return  # questions in slides/videos need format_version 3 (not merged yet)
    built = build_package(result.source_dir, tmp_path / "out.biblio")
    manifest = inspect_package(built.out).manifest
    assert [i.kind for i in manifest.items] == [i.kind for i in result.draft.items()]


SIMPLE = ["H5P.MultiChoice.h5p", "H5P.TrueFalse.h5p", "H5P.Blanks.h5p", "H5P.DragText.h5p",
          "H5P.MarkTheWords.h5p", "H5P.Summary.h5p", "h5p-standalone-test.h5p"]


@pytest.mark.parametrize("name", SIMPLE)
def test_single_question_files_keep_every_question(name: str, tmp_path: Path) -> None:
    result = convert(name, tmp_path)
    data = content(name)
    expected = expected_types({"library": h5p_json(name)["mainLibrary"] + " 1.0",
                               "params": data})
    assert converted_types(result) == expected and sum(expected.values()) >= 1
    assert dropped_questions(result) == 0
    picture = data.get("media", {}).get("type", {}).get("params", {}).get("file", {})
    shown = [x for x in result.left_out if "shown with the question" in x.what]
    assert len(shown) == (1 if picture.get("path") else 0)
    assert not (result.source_dir / "media").exists()
    assert [i.kind for i in result.draft.items()] == ["quiz"]
    assert result.draft.title == h5p_json(name)["title"]
    assert result.draft.language == "en"  # "und" in the file
    assert result.inputs[0].format == "h5p"
    assert result.inputs[0].detected.startswith(f"H5P: {h5p_json(name)['mainLibrary']} 1.")
    packs(result, tmp_path)


def test_passages_keep_their_gaps_and_marks(tmp_path: Path) -> None:
    blanks = convert("H5P.Blanks.h5p", tmp_path / "b").draft.items()[0].quiz["questions"][0]
    stars = sum(q.count("*") // 2 for q in content("H5P.Blanks.h5p")["questions"])
    assert blanks["text"].count("{{") == stars == 3
    assert "{{blue}}berries" in blanks["text"]

    drag = convert("H5P.DragText.h5p", tmp_path / "d").draft.items()[0].quiz["questions"][0]
    assert drag["text"].count("{{") == content("H5P.DragText.h5p")["textField"].count("*") // 2
    assert "{{blue}}" in drag["text"] and "Check the name of the berry!" in drag["explanation"]

    mark = convert("H5P.MarkTheWords.h5p", tmp_path / "m").draft.items()[0].quiz["questions"][0]
    assert mark["text"].count("*") == content("H5P.MarkTheWords.h5p")["textField"].count("*")
    assert "*Bilberries*" in mark["text"] and "<br>" not in mark["text"]

    tf = convert("H5P.TrueFalse.h5p", tmp_path / "t").draft.items()[0].quiz["questions"][0]
    assert tf["answer"] is (content("H5P.TrueFalse.h5p")["correct"] == "true")
    summary = convert("H5P.Summary.h5p", tmp_path / "s").draft.items()[0].quiz
    groups = content("H5P.Summary.h5p")["summaries"]
    assert [len(q["options"]) for q in summary["questions"]] == [len(g["summary"]) for g in groups]
    assert all(q["options"][0].get("correct") for q in summary["questions"])
    assert summary["shuffle_options"] is True  # H5P puts the right statement first


def test_accordion_becomes_a_lesson_with_a_heading_per_panel(tmp_path: Path) -> None:
    result = convert("H5P.Accordion.h5p", tmp_path)
    [item] = result.draft.items()
    panels = content("H5P.Accordion.h5p")["panels"]
    assert item.kind == "lesson" and item.body.count("\n### ") + item.body.startswith("### ") \
        == len(panels)
    assert "Cherries" in item.body and 'href="https://en.wikipedia.org/wiki/Cherry"' in item.body
    assert "style=" not in item.body and "target=" not in item.body
    packs(result, tmp_path)


def test_presentation_slides_and_its_nested_video(tmp_path: Path) -> None:
    name = "H5P.CoursePresentation.h5p"
    result = convert(name, tmp_path)
    data = content(name)
    slides_item, *rest = result.draft.items()
    assert slides_item.kind == "slides"
    _meta, body = split_front_matter((result.source_dir / "lessons/en").joinpath(
        next(p.name for p in (result.source_dir / "lessons/en").iterdir())).read_text())
    assert len(split_slides(body)) == len(data["presentation"]["slides"])
    # the nested interactive video's video is on the internet: its questions become a quiz
    assert [i.kind for i in rest] == ["quiz"]
    assert any("h5p.org" in x.what and "internet" in x.reason for x in result.left_out)
    # every question of content.json is either converted or reported, naming its library
    assert sum(converted_types(result).values()) + dropped_questions(result) == \
        sum(expected_types(data).values())
    what = {x.what for x in result.left_out}
    for unsupported in ("H5P.DragQuestion 1.13", "H5P.TwitterUserFeed 1.0",
                        "H5P.Questionnaire 1.3", "H5P.Shape 1.0"):
        assert unsupported in what
    packs(result, tmp_path)


@pytest.mark.parametrize("name", ["H5P.InteractiveVideo.h5p",
                                  "contentonly-interactive-video-truefalse.h5p"])
def test_interactive_video_without_its_video_keeps_the_questions(name: str,
                                                                 tmp_path: Path) -> None:
    result = convert(name, tmp_path)
    data = content(name)
    assert [i.kind for i in result.draft.items()] == ["quiz"]
    assert sum(converted_types(result).values()) + dropped_questions(result) == \
        sum(expected_types(data).values())
    video = data["interactiveVideo"]["video"]["files"][0]["path"]
    [gone] = [x for x in result.left_out if video in x.what]
    assert ("YouTube" in gone.reason) == ("youtube" in video)
    assert all("at" not in q for q in result.draft.items()[0].quiz["questions"])
    assert any("not in the file" in n for n in result.notes)
    packs(result, tmp_path)


def test_the_spanish_video_keeps_its_four_true_false_questions(tmp_path: Path) -> None:
    result = convert("contentonly-interactive-video-truefalse.h5p", tmp_path)
    interactions = content("contentonly-interactive-video-truefalse.h5p")[
        "interactiveVideo"]["assets"]["interactions"]
    answers = [q["answer"] for q in result.draft.items()[0].quiz["questions"]]
    assert answers == [i["action"]["params"]["correct"] == "true" for i in interactions]


@pytest.mark.parametrize(("name", "message"), [
    ("H5P.DragQuestion.h5p", "H5P.DragQuestion 1.13"),
    ("contentonly-crossword.h5p", "H5P.Crossword 0.5"),
    ("negative/malformed-library-directory.h5p", "H5P.GreetingCard 1.0"),
    ("H5P.QuestionSet.h5p", "H5P.QuestionSet 1.17"),
    ("negative/xss-svg.h5p", "empty"),
    ("negative/broken-h5p-json.h5p", "h5p.json cannot be read"),
    ("negative/corrupt_archive.h5p", "is not a zip archive"),
])
def test_files_with_nothing_playable_are_refused_clearly(name: str, message: str,
                                                         tmp_path: Path) -> None:
    with pytest.raises(ConversionError) as caught:
        convert(name, tmp_path)
    assert message in f"{caught.value} {getattr(caught.value, 'hint', '')}"
    assert not (tmp_path / "src").exists()  # a refusal leaves nothing behind


def test_question_set_skeleton_accounts_for_every_question(tmp_path: Path) -> None:
    """The hub's QuestionSet example holds only empty questions (and a drag-and-drop):
    the refusal lists what was found, and each of its questions was reported."""
    with pytest.raises(ConversionError) as caught:
        convert("H5P.QuestionSet.h5p", tmp_path)
    assert "DragQuestion" in str(caught.value) + getattr(caught.value, "hint", "")
    assert len(content("H5P.QuestionSet.h5p")["questions"]) == 9


def test_malformed_library_folders_do_not_matter(tmp_path: Path) -> None:
    """We never open H5P's libraries: the file is detected as H5P from its JSON alone."""
    with open_input(H5P / "negative/malformed-library-directory.h5p", tmp_path) as tree:
        converter, detected = detect(tree)
    assert converter.name == "h5p" and detected == "H5P: H5P.GreetingCard 1.0"


def test_all_corpus_files_are_handled() -> None:
    """A new file in the corpus needs a test here."""
    tested = set(SIMPLE) | {"H5P.Accordion.h5p", "H5P.CoursePresentation.h5p",
                            "H5P.InteractiveVideo.h5p",
                            "contentonly-interactive-video-truefalse.h5p",
                            "H5P.DragQuestion.h5p", "contentonly-crossword.h5p",
                            "H5P.QuestionSet.h5p"} | {
        f"negative/{n}" for n in ("malformed-library-directory.h5p", "xss-svg.h5p",
                                  "broken-h5p-json.h5p", "corrupt_archive.h5p")}
    assert {p.relative_to(H5P).as_posix() for p in H5P.rglob("*.h5p")} == tested


def test_several_files_make_one_course_and_the_source_packs_the_same(tmp_path: Path) -> None:
    names = ["H5P.MultiChoice.h5p", "H5P.Accordion.h5p", "H5P.DragText.h5p",
             "contentonly-interactive-video-truefalse.h5p"]
    result = convert_inputs([H5P / n for n in names], tmp_path / "src", title="Berries")
    assert [m.title for m in result.draft.modules] == [h5p_json(n)["title"] for n in names]
    built = build_package(result.source_dir, tmp_path / "out.biblio")
    manifest = inspect_package(built.out).manifest
    assert manifest.title["en"] == "Berries"
    assert [[i.kind for i in m.items] for m in manifest.modules] == [
        [i.kind for i in m.items] for m in result.draft.modules]
    with zipfile.ZipFile(built.out) as zf:
        for module in manifest.modules:
            for item in module.items:
                if item.kind != "quiz":
                    continue
                packed = json.loads(zf.read(item.path["en"]))
                draft = next(i for m in result.draft.modules for i in m.items
                             if i.title == item.title["en"])
                assert [q["type"] for q in packed["questions"]] == [
                    q["type"] for q in draft.quiz["questions"]]
