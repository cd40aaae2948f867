"""H5P files made to hurt: JSON bombs and deep nesting, scripts in every text field,
SVG with scripts, media paths leaving the file or pointing at the network or the disk,
absurd numbers of slides and questions, wrong types everywhere. Each gives a clear
refusal or a left-out entry; nothing is fetched, nothing written outside the folder.
Also the parts the real corpus lacks: questions on slides, a video inside the file."""

from __future__ import annotations

import json
import socket
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.convert import ConversionResult, convert_inputs
from biblio_desktop.errors import Cancelled, ConversionError
from biblio_desktop.packages.frontmatter import split_front_matter, split_slides
from biblio_desktop.packages.reader import inspect_package
from biblio_desktop.progress import CancelToken

PNG = b"\x89PNG\r\n\x1a\n" + bytes(64)
SVG = (b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script>'
       b'<circle r="5"/></svg>')
MP4 = b"\x00\x00\x00\x18ftypmp42" + bytes(200)
EVIL = ('<p onclick="steal()">Hello<script>alert(1)</script>'
        '<img src="x" onerror="alert(2)"><iframe src="https://evil.example"></iframe>'
        '<a href="javascript:alert(3)">click</a><style>body{display:none}</style></p>')


def make_h5p(folder: Path, main: str, params: Any, files: dict[str, bytes] | None = None,
             *, version: str = "1.0", name: str = "in.h5p", h5p: dict[str, Any] | None = None,
             ) -> Path:
    major, minor = version.split(".")
    meta = {"title": "Hostile", "language": "lv", "mainLibrary": main,
            "preloadedDependencies": [{"machineName": main, "majorVersion": major,
                                       "minorVersion": minor}], **(h5p or {})}
    path = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("h5p.json", json.dumps(meta))
        zf.writestr("content/content.json",
                    params if isinstance(params, (str, bytes)) else json.dumps(params))
        for member, data in (files or {}).items():
            zf.writestr(member, data)
    return path


def run(tmp_path: Path, *args: Any, **kw: Any) -> ConversionResult:
    return convert_inputs([make_h5p(tmp_path / "in", *args, **kw)], tmp_path / "src")


def written(result: ConversionResult) -> str:
    return "\n".join(p.read_text("utf-8", "replace") for p in result.source_dir.rglob("*")
                     if p.is_file() and p.suffix in (".md", ".toml"))


def lib(name: str, params: Any) -> dict[str, Any]:
    return {"library": name, "params": params}


def mc(prompt: str, *answers: tuple[str, bool]) -> dict[str, Any]:
    return lib("H5P.MultiChoice 1.16", {"question": prompt, "answers": [
        {"text": t, "correct": c, "tipsAndFeedback": {"chosenFeedback": t, "tip": t}}
        for t, c in answers]})


def tf(prompt: str, answer: bool = True) -> dict[str, Any]:
    return lib("H5P.TrueFalse 1.8", {"question": prompt, "correct": str(answer).lower()})


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test: remote media are never fetched."""
    def refuse(*_a: Any, **_kw: Any) -> None:
        raise AssertionError("the converter tried to use the network")
    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_scripts_in_every_text_field_never_reach_the_course(tmp_path: Path) -> None:
    params = {"panels": [{"title": EVIL, "content": lib("H5P.AdvancedText 1.1", {"text": EVIL})},
                         {"title": "Cards", "content": lib("H5P.Dialogcards 1.9", {
                             "title": EVIL, "description": EVIL,
                             "dialogs": [{"text": EVIL, "answer": EVIL,
                                          "tips": {"front": EVIL, "back": EVIL}}]})}]}
    result = run(tmp_path, "H5P.Accordion", params)
    qs = make_h5p(tmp_path / "in2", "H5P.QuestionSet", {"questions": [
        mc(EVIL, (EVIL, True), ("b", False)),
        lib("H5P.Blanks 1.14", {"text": EVIL, "questions": [EVIL + " *Riga/Rīga:" + EVIL + "*"]}),
        lib("H5P.DragText 1.10", {"taskDescription": EVIL, "textField": EVIL + " *word*",
                                  "distractors": "*" + EVIL + "*"}),
        lib("H5P.MarkTheWords 1.11", {"taskDescription": EVIL, "textField": EVIL + " *word*"}),
        lib("H5P.Summary 1.10", {"intro": EVIL, "summaries": [{"summary": [EVIL, "x"],
                                                              "tip": EVIL}]}),
        tf(EVIL)], "introPage": {"introduction": EVIL}})
    result2 = convert_inputs([qs], tmp_path / "src2")
    for out in (written(result), written(result2)):
        low = out.lower()
        for bad in ("<script", "alert(", "onclick", "onerror", "javascript:", "<iframe",
                    "<style", "display:none", "evil.example"):
            assert bad not in low, bad
    assert "Hello" in written(result)
    types = [q["type"] for q in result2.draft.items()[-1].quiz["questions"]]
    assert types == ["single", "fill_blanks", "drag_words", "mark_words", "single",
                     "true_false"]
    build_package(result2.source_dir, tmp_path / "qs.biblio")  # plays: the packer agrees


def test_svg_is_never_taken_even_disguised(tmp_path: Path) -> None:
    files = {"content/images/a.svg": SVG, "content/images/fake.png": SVG,
             "content/images/real.png": PNG}
    params = {"panels": [
        {"title": "One", "content": lib("H5P.Image 1.1", {"file": {"path": "images/a.svg"},
                                                          "alt": "svg"})},
        {"title": "Two", "content": lib("H5P.Image 1.1", {"file": {"path": "images/fake.png"},
                                                          "alt": "fake"})},
        {"title": "Three", "content": lib("H5P.AdvancedText 1.1", {
            "text": '<p>Inline <img src="images/a.svg" alt="in"></p>'})},
        {"title": "Four", "content": lib("H5P.Image 1.1", {"file": {"path": "images/real.png"},
                                                           "alt": "A real picture"})}]}
    result = run(tmp_path, "H5P.Accordion", params, files)
    media = sorted(p.name for p in (result.source_dir / "media").iterdir())
    assert media == ["real.png"]
    assert (result.source_dir / "media/real.png").read_bytes() == PNG
    svg_reports = [x for x in result.left_out if "SVG" in x.reason]
    assert len(svg_reports) == 3
    body = written(result)
    assert "<svg" not in body and 'src="../../media/real.png"' in body
    assert 'alt="A real picture"' in body
    built = build_package(result.source_dir, tmp_path / "out.biblio")
    assert "media/real.png" in {f.path for f in inspect_package(built.out).manifest.files}


@pytest.mark.parametrize(("path", "reason"), [
    ("../../../../etc/passwd", "outside"),
    ("../h5p.json", "outside"),
    ("images/../../h5p.json", "outside"),
    ("file:///etc/passwd", "file: address"),
    ("http://example.org/x.png", "internet"),
    ("https://example.org/x.png", "internet"),
    ("//example.org/x.png", "internet"),
    ("images/missing.png", "does not contain"),
])
def test_media_paths_outside_the_file_are_reported_not_followed(path: str, reason: str,
                                                                 tmp_path: Path) -> None:
    params = {"panels": [{"title": "Text", "content": lib("H5P.AdvancedText 1.1", {
        "text": "<p>Kept</p>"})}, {"title": "Pic", "content": lib("H5P.Image 1.1", {
            "file": {"path": path}, "alt": "x"})}]}
    result = run(tmp_path, "H5P.Accordion", params)
    [gone] = [x for x in result.left_out if path in x.what]
    assert reason in gone.reason
    assert not (result.source_dir / "media").exists()
    assert {p.name for p in tmp_path.iterdir()} == {"in", "src"}


def test_content_json_bomb_and_depth_are_refused(tmp_path: Path) -> None:
    deep = "[" * 5000 + "]" * 5000
    with pytest.raises(ConversionError, match=r"deep|nest"):
        run(tmp_path / "a", "H5P.Text", deep)
    big = json.dumps({"text": "<p>" + "x" * (17 * 1024 * 1024) + "</p>"})
    with pytest.raises(ConversionError, match=r"MiB|bomb|large"):
        run(tmp_path / "b", "H5P.Text", big)
    for bad in ("[1, 2]", "not json", b"\xff\xfe{}"):
        with pytest.raises(ConversionError):
            run(tmp_path / "c", "H5P.Text", bad)
        assert not (tmp_path / "c" / "src").exists()


def test_wrong_types_everywhere_do_not_crash(tmp_path: Path) -> None:
    odd: list[Any] = [None, 5, "x", [], {}, [None], {"library": 5}, {"library": "H5P.X"}]
    for n, value in enumerate(odd):
        params = {"presentation": {"slides": [
            {"elements": [{"action": value}, value, {"action": lib("H5P.MultiChoice 1.1", {
                "question": value, "answers": value, "behaviour": value})}],
             "keywords": value}, value]},
            "panels": value, "questions": value, "interactiveVideo": value}
        for main in ("H5P.CoursePresentation", "H5P.QuestionSet", "H5P.Accordion",
                     "H5P.InteractiveVideo", "H5P.Dialogcards", "H5P.Summary"):
            try:
                run(tmp_path / f"{main}-{n}", main, params)
            except ConversionError as exc:
                assert "Hostile" not in str(exc) and str(exc)  # a sentence, not a traceback


def test_a_huge_presentation_is_cut_and_reported(tmp_path: Path) -> None:
    slides = [{"elements": [{"action": lib("H5P.AdvancedText 1.1", {"text": f"<p>{n}</p>"})}]}
              for n in range(20_000)]
    started = time.monotonic()
    result = run(tmp_path, "H5P.CoursePresentation", {"presentation": {"slides": slides}})
    assert time.monotonic() - started < 30
    body = (result.source_dir / "lessons/lv/hostile.slides.md").read_text()
    assert len(split_slides(split_front_matter(body)[1])) == 500
    [cut] = [x for x in result.left_out if "slides 501 to 20000" in x.what]
    assert "500" in cut.reason


def test_too_many_questions_are_reported_beyond_the_cap(tmp_path: Path) -> None:
    result = run(tmp_path, "H5P.QuestionSet",
                 {"questions": [tf(f"Statement {n}") for n in range(1100)]})
    questions = result.draft.items()[0].quiz["questions"]
    assert len(questions) == 1000 and len({q["id"] for q in questions}) == 1000
    assert sum("at most 1000" in x.reason for x in result.left_out) == 100


def test_markdown_structure_in_text_cannot_split_slides(tmp_path: Path) -> None:
    text = "<p>one</p>\n<p>\n---\n</p><pre>\n```\n</pre>"
    slides = [{"elements": [{"action": lib("H5P.AdvancedText 1.1", {"text": text})}]},
              {"elements": [{"action": lib("H5P.AdvancedText 1.1", {"text": "<p>two</p>"})}]}]
    result = run(tmp_path, "H5P.CoursePresentation", {"presentation": {"slides": slides}})
    body = (result.source_dir / "lessons/lv/hostile.slides.md").read_text()
    assert len(split_slides(split_front_matter(body)[1])) == 2


def test_questions_on_slides_carry_their_slide_number(tmp_path: Path) -> None:
    slides = [{"elements": [{"action": lib("H5P.AdvancedText 1.1", {"text": "<p>Intro</p>"})}],
               "keywords": [{"main": "Start"}]},
              {"elements": [{"action": tf("Riga is the capital of Latvia.")},
                            {"action": mc("Pick", ("a", True), ("b", False))}]},
              {"elements": [{"action": lib("H5P.Image 1.1", {"file": {"path": "images/p.png"},
                                                              "alt": "Map"})},
                            {"action": lib("H5P.Crossword 0.5", {})}]}]
    result = run(tmp_path, "H5P.CoursePresentation", {"presentation": {"slides": slides}},
                 {"content/images/p.png": PNG})
    [item] = result.draft.items()
    assert item.kind == "slides" and "## Start" in item.body
    assert [(q["type"], q["slide"]) for q in item.quiz["questions"]] == [
        ("true_false", 2), ("single", 2)]
    assert [x.what for x in result.left_out] == ["H5P.Crossword 0.5"]
    assert "slide 3" in result.left_out[0].where
    questions = result.source_dir / "quizzes/lv/hostile-questions.toml"
    assert "slide = 2" in questions.read_text()


def test_interactive_video_in_the_file_gets_questions_at_their_times(tmp_path: Path) -> None:
    params = {"interactiveVideo": {
        "video": {"files": [{"path": "https://example.org/v.mp4"}, {"path": "videos/v.mp4"}],
                  "startScreenOptions": {"title": "Tour"},
                  "textTracks": {"videoTrack": [{"track": {"path": "videos/subs.vtt"}}]}},
        "assets": {"interactions": [
            {"duration": {"from": 12.5}, "action": tf("Was that the library?")},
            {"duration": {"from": "x"}, "action": mc("Pick", ("a", True), ("b", True))},
            {"duration": {"from": 30}, "action": lib("H5P.Text 1.1", {"text": "note"})}]}}}
    result = run(tmp_path, "H5P.InteractiveVideo", params,
                 {"content/videos/v.mp4": MP4, "content/videos/subs.vtt": b"WEBVTT\n\n"})
    [item] = result.draft.items()
    assert item.kind == "video" and item.title == "Tour"
    assert item.file == "media/v.mp4" and item.subtitles == "media/subs.vtt"
    assert [(q["type"], q["at"]) for q in item.quiz["questions"]] == [
        ("true_false", 12.5), ("multiple", 0.0)]
    assert [x.what for x in result.left_out] == ["H5P.Text 1.1"]  # the web copy not needed
    assert (result.source_dir / "media/v.mp4").read_bytes() == MP4


def test_a_large_video_is_stored_in_the_package_not_deflated_again(tmp_path: Path) -> None:
    """H5P editors deflate everything, video too; the package stores it (deflating a
    video again costs seconds per 100 MB and saves nothing), whatever its suffix was."""
    import random

    video = MP4[:12] + random.Random(5).randbytes(512 * 1024)
    params = {"interactiveVideo": {
        "video": {"files": [{"path": "videos/Lecture.M4V", "mime": "video/mp4"}]},
        "assets": {"interactions": [{"duration": {"from": 4}, "action": tf("Clear?")}]}}}
    result = run(tmp_path, "H5P.InteractiveVideo", params, {"content/videos/Lecture.M4V": video})
    [item] = result.draft.items()
    built = build_package(result.source_dir, tmp_path / "out.biblio")
    with zipfile.ZipFile(built.out) as zf:
        info = zf.getinfo(item.file)
        assert info.compress_type == zipfile.ZIP_STORED
        assert info.compress_size == info.file_size == len(video)
        assert zf.read(info) == video


def test_a_fake_video_is_refused_and_its_questions_kept_as_a_quiz(tmp_path: Path) -> None:
    params = {"interactiveVideo": {"video": {"files": [{"path": "videos/v.mp4"}]},
                                   "assets": {"interactions": [
                                       {"duration": {"from": 3}, "action": tf("Yes?")}]}}}
    result = run(tmp_path, "H5P.InteractiveVideo", params,
                 {"content/videos/v.mp4": b"<html>not a video</html>"})
    assert [i.kind for i in result.draft.items()] == ["quiz"]
    assert any("MP4" in x.reason for x in result.left_out)
    build_package(result.source_dir, tmp_path / "out.biblio")


def test_title_language_and_licence_come_from_h5p_json(tmp_path: Path) -> None:
    result = run(tmp_path, "H5P.TrueFalse", tf("Yes?")["params"], h5p={
        "title": "Rīgas <b>vēsture</b>", "language": "LV", "license": "CC BY",
        "licenseVersion": "4.0", "authors": [{"name": "Anna"}, {"name": 5}]})
    assert result.draft.title == "Rīgas vēsture" and result.draft.language == "lv"
    assert result.draft.license == "CC BY 4.0" and result.draft.publisher == "Anna"
    result = run(tmp_path / "und", "H5P.TrueFalse", tf("Yes?")["params"],
                 h5p={"language": "und"})
    assert result.draft.language == "en"


def test_cancel_leaves_nothing(tmp_path: Path) -> None:
    path = make_h5p(tmp_path / "in", "H5P.QuestionSet", {"questions": [tf("a")]})
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        convert_inputs([path], tmp_path / "src", cancel=token)
    assert not (tmp_path / "src").exists()


def test_a_zip_slip_inside_an_h5p_refuses_the_file(tmp_path: Path) -> None:
    path = make_h5p(tmp_path / "in", "H5P.TrueFalse", tf("a")["params"],
                    {"content/../../evil.txt": b"x"})
    with pytest.raises(ConversionError, match="outside"):
        convert_inputs([path], tmp_path / "src")
    assert not (tmp_path / "evil.txt").exists()


def test_questions_in_slides_and_video_pack_as_format_3(tmp_path: Path) -> None:
    slides = [{"elements": [{"action": lib("H5P.AdvancedText 1.1", {"text": "<p>One</p>"})}]},
              {"elements": [{"action": tf("Riga is in Latvia.")}]}]
    first = make_h5p(tmp_path / "a", "H5P.CoursePresentation",
                     {"presentation": {"slides": slides}})
    second = make_h5p(tmp_path / "b", "H5P.InteractiveVideo", {"interactiveVideo": {
        "video": {"files": [{"path": "videos/v.mp4"}]},
        "assets": {"interactions": [{"duration": {"from": 4}, "action": tf("Yes?")}]}}},
        {"content/videos/v.mp4": MP4})
    result = convert_inputs([first, second], tmp_path / "src")
    built = build_package(result.source_dir, tmp_path / "out.biblio")
    items = inspect_package(built.out).manifest.items
    assert [i.kind for i in items] == ["slides", "video"]
    assert all(i.questions for i in items)


def test_a_column_keeps_its_order_as_lessons_and_quizzes(tmp_path: Path) -> None:
    text = lib("H5P.AdvancedText 1.1", {"text": "<p>Read this</p>"})
    column = {"content": [{"content": text}, {"content": tf("One?")},
                          {"content": mc("Two?", ("a", True), ("b", False))},
                          {"content": lib("H5P.Image 1.1", {"file": {"path": "i.png"}})},
                          {"content": lib("H5P.Crossword 0.5", {})},
                          {"content": lib("H5P.QuestionSet 1.20", {"questions": [tf("Three")]})}]}
    result = run(tmp_path, "H5P.Column", column, {"content/i.png": PNG})
    kinds = [(i.kind, len((i.quiz or {}).get("questions", []))) for i in result.draft.items()]
    assert kinds == [("lesson", 0), ("quiz", 2), ("lesson", 0), ("quiz", 1)]
    assert [x.what for x in result.left_out] == ["H5P.Crossword 0.5"]
    build_package(result.source_dir, tmp_path / "out.biblio")


def test_sniff_needs_both_json_files(tmp_path: Path) -> None:
    from biblio_desktop.conversion.archive import open_input
    from biblio_desktop.conversion.h5p import H5PConverter

    path = tmp_path / "only.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("h5p.json", json.dumps({"mainLibrary": "H5P.Text"}))
        zf.writestr("imsmanifest.xml", "<manifest/>")
    with open_input(path, tmp_path) as tree:
        assert H5PConverter().sniff(tree) is None
    with open_input(make_h5p(tmp_path / "ok", "H5P.Text", {"text": "x"}, version="1.1"),
                    tmp_path) as tree:
        assert H5PConverter().sniff(tree) == "H5P: H5P.Text 1.1"
