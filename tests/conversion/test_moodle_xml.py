"""Moodle XML question files: every type, pictures, categories, hostile files."""

from __future__ import annotations

import base64
import struct
import zlib
from collections import Counter
from pathlib import Path

import pytest

from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.context import ConversionContext
from biblio_desktop.conversion.convert import detect
from biblio_desktop.conversion.moodle_qtypes import cloze
from biblio_desktop.conversion.moodle_xml import MoodleXmlConverter, is_moodle_xml
from biblio_desktop.errors import ConversionError

from .qbank_helpers import convert, left_reasons, pack_and_check, question_types


def png(width: int = 1, height: int = 1) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x00" * 3 * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8,
                                                             2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


PIC = base64.b64encode(png()).decode()
SVG = base64.b64encode(b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)'
                       b'</script></svg>').decode()


def q(qtype: str, name: str, text: str, extra: str = "", fmt: str = "html") -> str:
    return (f'<question type="{qtype}"><name><text>{name}</text></name>'
            f'<questiontext format="{fmt}"><text><![CDATA[{text}]]></text></questiontext>'
            f"{extra}</question>\n")


def a(fraction: str, text: str, feedback: str = "", extra: str = "") -> str:
    return (f'<answer fraction="{fraction}" format="html"><text><![CDATA[{text}]]></text>'
            f"<feedback><text>{feedback}</text></feedback>{extra}</answer>")


SAMPLE = (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!-- exported from Moodle -->\n<quiz>\n'
    '<question type="category"><category><text>$course$/top/Unit 1</text></category>'
    "</question>\n"
    + q("description", "Welcome", "<p>Read this first. <script>alert(1)</script>"
        '<a href="https://example.org/">site</a> <a href="javascript:x()">bad</a></p>')
    + q("multichoice", "Capital", '<p>Capital of Latvia? <img src="@@PLUGINFILE@@/flag.png">'
        "</p>", f'<file name="flag.png" path="/" encoding="base64">{PIC}</file>'
        "<defaultgrade>2.0000000</defaultgrade><single>true</single>"
        "<generalfeedback><text>Riga it is.</text></generalfeedback>"
        + a("100", "Riga", "Yes") + a("0", "Tallinn", "No, Estonia"))
    + q("multichoice", "Colours", "Which are colours?", "<single>false</single>"
        + a("50", "red") + a("50", "blue") + a("-100", "dog"))
    + q("truefalse", "TF", "Riga is on the sea.", a("100", "true", "Right")
        + a("0", "false", "Wrong"))
    + q("shortanswer", "Short", "Name the river of Riga.", a("100", "Daugava")
        + a("100", "Düna") + a("50", "river"))
    + q("shortanswer", "Wild", "Anything?", a("100", "Dau*"))
    + q("numerical", "Num", "How many Baltic states?", a("100", "3", extra="<tolerance>0"
        "</tolerance>"))
    + q("matching", "Match", "Match them.",
        "<subquestion><text>Latvia</text><answer><text>Riga</text></answer></subquestion>"
        "<subquestion><text>Estonia</text><answer><text>Tallinn</text></answer></subquestion>"
        "<subquestion><text></text><answer><text>Vilnius</text></answer></subquestion>")
    + '<question type="category"><category><text>$course$/top/Unit 2</text></category>'
      "</question>\n"
    + q("ddwtos", "DD", "The [[1]] sat on the [[2]].", "<dragbox><text>cat</text><group>1"
        "</group></dragbox><dragbox><text>mat</text><group>1</group></dragbox><dragbox><text>"
        "dog</text><group>1</group></dragbox>")
    + q("gapselect", "GS", "Riga is in [[1]].", "<selectoption><text>Latvia</text><group>1"
        "</group></selectoption><selectoption><text>Peru</text><group>1</group>"
        "</selectoption>")
    + q("multianswer", "Cloze", "<p>Capital of France: {1:SHORTANSWER:=Paris~%50%paris}. "
        "2+2 = {1:NUMERICAL:=4}.</p>")
    + q("multianswer", "ClozeMR", "{1:MULTIRESPONSE:=a~=b~c}")
    + q("ordering", "Order", "Order the steps.", a("1", "first") + a("2", "second")
        + a("3", "third"))
    + q("essay", "Essay", "Write about Riga.")
    + q("calculated", "Calc", "{a} + {b} = ?")
    + q("random", "Random", "0")
    + q("multichoice", "Svg", "Pick.", f'<file name="x.svg" encoding="base64">{SVG}</file>'
        "<single>true</single>" + a("100", "A") + a("0", "B"))
    + "</quiz>\n"
)


def test_sniff_by_root_element(tmp_path: Path) -> None:
    assert is_moodle_xml(SAMPLE.encode())
    assert not is_moodle_xml(b"<?xml version='1.0'?><quizzes><question/></quizzes>")
    assert not is_moodle_xml(b"<html><quiz><question/></quiz></html>")
    assert not is_moodle_xml(b"<!-- never closed")
    path = tmp_path / "questions.xml"
    path.write_text(SAMPLE, encoding="utf-8")
    with open_input(path, tmp_path) as tree:
        converter, detected = detect(tree)
    assert converter.name == "moodle-xml" and detected == "Moodle XML question file"


def test_every_type(tmp_path: Path) -> None:
    path = tmp_path / "questions.xml"
    path.write_text(SAMPLE, encoding="utf-8")
    result = convert(tmp_path, path)
    draft = result.draft
    assert [m.title for m in draft.modules] == ["Unit 1", "Unit 2"]
    kinds = [(i.kind, i.title) for i in draft.modules[0].items]
    assert kinds == [("lesson", "Welcome"), ("lesson", "Pictures: Unit 1"), ("quiz", "Unit 1")]
    welcome = draft.modules[0].items[0].body
    assert "script" not in welcome and "javascript" not in welcome
    assert 'href="https://example.org/"' in welcome
    assert (result.source_dir / "media/flag.png").read_bytes() == png()
    assert "../../media/flag.png" in draft.modules[0].items[1].body
    unit1 = {q["id"]: q for q in draft.modules[0].items[2].quiz["questions"]}
    assert unit1["capital"]["points"] == 2.0
    assert unit1["capital"]["explanation"] == "Riga it is."
    assert unit1["capital"]["options"][1]["feedback"] == "No, Estonia"
    assert unit1["colours"]["type"] == "multiple"
    assert unit1["tf"] == {"id": "tf", "type": "true_false", "prompt": "Riga is on the sea.",
                           "feedback_true": "Right", "feedback_false": "Wrong",
                           "answer": True}
    assert unit1["short"]["accepted"] == ["Daugava", "Düna"]
    assert unit1["num"]["answer"] == 3.0
    assert unit1["match"]["type"] == "drag_words"  # an extra answer: a word bank
    assert unit1["match"]["distractors"] == ["Vilnius"]
    unit2 = {q["id"]: q for q in draft.modules[1].items[-1].quiz["questions"]}
    assert unit2["dd"]["text"] == "The {{cat}} sat on the {{mat}}."
    assert unit2["dd"]["distractors"] == ["dog"]
    assert unit2["gs"]["type"] == "drag_words" and unit2["gs"]["distractors"] == ["Peru"]
    assert unit2["cloze"] == {"id": "cloze", "type": "fill_blanks",
                              "prompt": "Fill in the gaps.",
                              "text": "Capital of France: {{Paris}}. 2+2 = {{4}}."}
    assert [s["text"] for s in unit2["order"]["steps"]] == ["first", "second", "third"]
    assert unit2["essay"]["type"] == "free_text"
    assert question_types(result) == Counter({
        "single": 2, "multiple": 1, "true_false": 1, "text": 1, "numeric": 1,
        "drag_words": 3, "fill_blanks": 1, "ordering": 1, "free_text": 1})
    reasons = "\n".join(left_reasons(result))
    for expected in ("'*' wildcard", "multiple-response gap", "calculated questions",
                     "random question", "SVG can carry scripts"):
        assert expected in reasons
    pack_and_check(result, tmp_path)


def test_cloze_variants() -> None:
    ctx = ConversionContext(Path("/nonexistent"))
    menus = cloze("Pick {1:MC:~red~=blue#yes~green} and {2:MULTICHOICE_V:=cat~dog}", "P",
                  ctx, "w")
    assert menus == {"type": "drag_words", "prompt": "P", "text": "Pick {{blue}} and {{cat}}",
                     "distractors": ["red", "green", "dog"]}
    mixed = cloze("{1:SA:=Riga} and {1:MC:=cat~dog}", "P", ctx, "w")
    assert mixed["type"] == "fill_blanks" and mixed["text"] == "{{Riga}} and {{cat}}"
    assert cloze("{1:NM:=3.1:0.1}", "P", ctx, "w") is None  # a tolerance: reported
    assert cloze("Escaped {1:SA:=a\\}b}", "P", ctx, "w") is None  # a brace in the answer
    assert cloze("{not a gap} {1:SA:=ok}", "P", ctx, "w")["text"] == "{not a gap} {{ok}}"
    assert cloze("{{{{" * 10_000, "P", ctx, "w") is None


def test_hostile_moodle_xml(tmp_path: Path) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><quiz><question type="essay">'
            "<name><text>&b;</text></name></question></quiz>")
    external = ('<?xml version="1.0"?><!DOCTYPE quiz SYSTEM "file:///etc/passwd">'
                '<quiz><question type="essay"/></quiz>')
    external_entity = ('<?xml version="1.0"?><!DOCTYPE quiz [<!ENTITY x SYSTEM '
                       '"file:///etc/passwd">]><quiz><question type="essay"><name><text>&x;'
                       "</text></name></question></quiz>")
    for number, text in enumerate((bomb, external_entity)):
        path = tmp_path / f"hostile{number}.xml"
        path.write_text(text, encoding="utf-8")
        with open_input(path, tmp_path) as tree, pytest.raises(ConversionError,
                                                                match="refused as unsafe"):
            MoodleXmlConverter().convert(tree, ConversionContext(tmp_path / "out"))
    # a DOCTYPE naming an external DTD is never fetched: the file reads as if it had none
    path = tmp_path / "doctype.xml"
    path.write_text(external.replace("file:///etc/passwd", "http://127.0.0.1:9/x.dtd"),
                    encoding="utf-8")
    with open_input(path, tmp_path) as tree:
        draft = MoodleXmlConverter().convert(tree, ConversionContext(tmp_path / "out"))
    assert [i.kind for i in draft.items()] == ["quiz"]


def test_base64_bombs_and_junk_are_left_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            ) -> None:
    from biblio_desktop.conversion import moodle_xml
    monkeypatch.setattr(moodle_xml, "MAX_IMAGE", 4096)
    big = base64.b64encode(png() + bytes(8192)).decode()
    text = ("<quiz>"
            + q("truefalse", "Big", "Big?", f'<file name="big.png" encoding="base64">{big}</file>'
                + a("100", "true") + a("0", "false"))
            + q("truefalse", "Junk", "Junk?", '<file name="j.png" encoding="base64">'
                "!!!not base64!!!</file>" + a("100", "true") + a("0", "false"))
            + q("truefalse", "Exe", "Exe?", '<file name="x.png" encoding="base64">'
                f"{base64.b64encode(b'MZ' + bytes(100)).decode()}</file>" + a("100", "true")
                + a("0", "false"))
            + "</quiz>")
    path = tmp_path / "q.xml"
    path.write_text(text, encoding="utf-8")
    result = convert(tmp_path, path)
    reasons = "\n".join(left_reasons(result))
    assert "larger than" in reasons and "damaged" in reasons and "only PNG" in reasons
    assert question_types(result) == {"true_false": 3}
    assert not (result.source_dir / "media").exists()


def test_not_a_quiz_root_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "q.xml"
    path.write_text("<quiz><question type='essay'/>", encoding="utf-8")  # not well-formed
    with open_input(path, tmp_path) as tree, pytest.raises(ConversionError, match="XML"):
        MoodleXmlConverter().convert(tree, ConversionContext(tmp_path / "out"))


def test_pictures_not_in_the_file_are_reported(tmp_path: Path) -> None:
    text = ("<quiz>" + q("truefalse", "Pics", '<p><img src="@@PLUGINFILE@@/here.png">'
                         '<img src="@@PLUGINFILE@@/gone.png"><img src="https://x.org/a.png">'
                         "</p>", f'<file name="here.png" encoding="base64">{PIC}</file>'
                         + a("100", "true") + a("0", "false")) + "</quiz>")
    path = tmp_path / "q.xml"
    path.write_text(text, encoding="utf-8")
    result = convert(tmp_path, path)
    reasons = "\n".join(left_reasons(result))
    assert "gone.png" in reasons and "x.org" in reasons and "here.png" not in reasons
    assert [p.name for p in (result.source_dir / "media").iterdir()] == ["here.png"]
