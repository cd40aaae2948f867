"""QTI 2.x items and tests, QTI 1.2 (Canvas, CC profile): the corpus and hostile files."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.context import ConversionContext
from biblio_desktop.conversion.convert import detect
from biblio_desktop.conversion.qti import QtiConverter, kind_of
from biblio_desktop.errors import ConversionError

from .qbank_helpers import convert, left_reasons, pack_and_check, question_types, realcase

INLINE = {"textEntryInteraction", "inlineChoiceInteraction"}
SUPPORTED = {"choiceInteraction", "orderInteraction", "matchInteraction",
             "associateInteraction", "extendedTextInteraction", "hottextInteraction",
             "gapMatchInteraction", *INLINE}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(el: ET.Element) -> str:
    return " ".join("".join(el.itertext()).split())


def expected_qti2(path: Path) -> tuple[Counter[str], set[str]]:
    """What an item should give, read straight from its XML: question types, and the
    names of the interactions that must be reported."""
    root = ET.parse(path).getroot()
    els = list(root.iter())
    names = [_local(e.tag) for e in els if _local(e.tag).endswith("Interaction")]
    reported = {n for n in names if n not in SUPPORTED}
    types: Counter[str] = Counter()
    hidden = any(_local(b.tag) in ("feedbackBlock", "templateBlock") and any(
        _local(x.tag).endswith("Interaction") for x in b.iter()) for b in els)
    if any(_local(e.tag) == "templateDeclaration" for e in root) or hidden:
        return types, set()
    correct = {d.get("identifier"): [_text(v) for v in d.iter() if _local(v.tag) == "value"
                                     and _local(d.tag) == "responseDeclaration"]
               for d in root if _local(d.tag) == "responseDeclaration"}
    for el in (e for e in els if _local(e.tag) in SUPPORTED - INLINE):
        name, right = _local(el.tag), [v for v in correct.get(el.get("responseIdentifier"),
                                                              []) if v]
        if name == "extendedTextInteraction":
            types["free_text"] += 1
        elif not right:
            continue
        elif name == "choiceInteraction":
            texts = [_text(c) for c in el.iter() if _local(c.tag) == "simpleChoice"]
            if len(set(texts)) == len(texts) and all(texts):
                types["single" if el.get("maxChoices", "1") == "1" and len(right) == 1
                      else "multiple"] += 1
        elif name == "orderInteraction":
            types["ordering"] += 1
        elif name in ("matchInteraction", "associateInteraction"):
            choices = {c.get("identifier"): _text(c) for c in el.iter()
                       if _local(c.tag) == "simpleAssociableChoice"}
            if all(choices.values()):
                rights = [choices[v.split()[1]] for v in right]
                sets = [s for s in el if _local(s.tag) == "simpleMatchSet"]
                targets = len([c for c in sets[1]]) if len(sets) == 2 else len(choices)
                used = len({v.split()[1] for v in right} | ({v.split()[0] for v in right}
                                                            if len(sets) != 2 else set()))
                one_to_one = len(set(rights)) == len(rights) and used == targets
                types["matching" if one_to_one else "drag_words"] += 1
        elif name == "hottextInteraction":
            hot = [_text(h) for h in el.iter() if _local(h.tag) == "hottext"]
            if all(len(h.split()) == 1 for h in hot):
                types["mark_words"] += 1
            else:
                types["single" if el.get("maxChoices", "1") == "1" and len(right) == 1
                      else "multiple"] += 1
        elif name == "gapMatchInteraction":
            types["drag_words"] += 1
    inline = [e for e in els if _local(e.tag) in INLINE]
    if inline:
        decls = {d.get("identifier"): d for d in root if _local(d.tag) == "responseDeclaration"}
        numeric = len(inline) == 1 and decls[inline[0].get("responseIdentifier")].get(
            "baseType") in ("float", "integer")
        if numeric:
            types["numeric"] += 1
        elif all(_local(e.tag) == "inlineChoiceInteraction" for e in inline):
            types["drag_words"] += 1
        else:
            types["fill_blanks"] += 1
    return types, reported


def test_ims_example_items(tmp_path: Path) -> None:
    folder = realcase("qti/qti21-ims-example-items")
    expected: Counter[str] = Counter()
    reported: set[str] = set()
    for path in sorted(folder.glob("*.xml")):
        types, names = expected_qti2(path)
        expected += types
        reported |= names
    result = convert(tmp_path, folder)
    assert result.inputs[0].detected == "QTI 2.x: 0 test(s), 37 item(s)"
    assert question_types(result) == expected
    reasons = "\n".join(left_reasons(result))
    for name in reported:  # every interaction we cannot hold is named in the report
        assert name in reasons
    assert "template variables" in reasons and "adaptive item" in reasons
    assert "images/sign.png" in reasons  # pictures the items name but the folder lacks
    pack_and_check(result, tmp_path)


def test_sachsen_test(tmp_path: Path) -> None:
    folder = realcase("qti/qti21-test-interaction_mix_sachsen")
    test = ET.parse(folder / "interaction_mix_sachsen.xml").getroot()
    refs = [r.get("href") for r in test.iter() if _local(r.tag) == "assessmentItemRef"]
    expected: Counter[str] = Counter()
    for href in refs:
        expected += expected_qti2(folder / href)[0]
    result = convert(tmp_path, folder)
    assert result.inputs[0].detected == "QTI 2.x: 2 test(s), 13 item(s)"
    assert result.draft.title == test.get("title")
    assert [m.title for m in result.draft.modules] == [test.get("title")]
    assert question_types(result) == expected
    quiz = result.draft.modules[0].items[-1].quiz["questions"]
    numbers = [q for q in quiz if q["type"] == "fill_blanks" and "4|4.0" in q["text"]]
    assert numbers, "numeric gaps accept 4 as well as 4.0"
    assert any("same test" in n for n in result.notes)  # the _2_2 copy is converted once
    pack_and_check(result, tmp_path)


CANVAS_TYPES = {"multiple_choice_question": "single", "true_false_question": "true_false",
                "multiple_answers_question": "multiple", "essay_question": "free_text",
                "numerical_question": "numeric", "short_answer_question": "text",
                "fill_in_multiple_blanks_question": "fill_blanks",
                "multiple_dropdowns_question": "drag_words"}


def expected_canvas(path: Path) -> Counter[str]:
    out: Counter[str] = Counter()
    for field in ET.parse(path).getroot().iter():
        if _local(field.tag) != "qtimetadatafield":
            continue
        label, entry = (_text(c) for c in field)
        if label == "question_type":
            if entry == "matching_question":
                out["drag_words"] += 1  # its extra answers make it a word bank
            elif entry in CANVAS_TYPES:
                out[CANVAS_TYPES[entry]] += 1
    return out


def test_canvas_qti12_file_alone(tmp_path: Path) -> None:
    [path] = realcase("qti/canvas-all-question-types-cc/non_cc_assessments").glob("*.qti")
    result = convert(tmp_path, path)
    assert result.inputs[0].detected == "QTI 1.2 question file"
    assert question_types(result) == expected_canvas(path)
    assert [i.kind for i in result.draft.items()] == ["quiz", "lesson"]  # + "text only"
    reasons = "\n".join(left_reasons(result))
    assert "calculated" in reasons and "file uploads" in reasons
    assert "never fetched" in reasons  # a picture on a Canvas server
    pack_and_check(result, tmp_path)


QTI12 = """<?xml version="1.0"?>
<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">
 <objectbank ident="bank" title="Bank">
  <item ident="fib" title="Blanks">
   <itemmetadata><qtimetadata><qtimetadatafield><fieldlabel>question_type</fieldlabel>
    <fieldentry>fill_in_multiple_blanks_question</fieldentry></qtimetadatafield>
   </qtimetadata></itemmetadata>
   <presentation><material><mattext texttype="text/html">&lt;p&gt;Roses are [c1],
    violets are [c2].&lt;/p&gt;&lt;img src="../../etc/passwd"&gt;&lt;img src="file:///etc/passwd"&gt;
    </mattext></material>
    <response_lid ident="response_c1"><material><mattext>c1</mattext></material>
     <render_choice><response_label ident="1"><material><mattext>red</mattext></material>
     </response_label><response_label ident="2"><material><mattext>Red</mattext></material>
     </response_label></render_choice></response_lid>
    <response_lid ident="response_c2"><material><mattext>c2</mattext></material>
     <render_choice><response_label ident="3"><material><mattext>blue</mattext></material>
     </response_label></render_choice></response_lid>
   </presentation>
   <resprocessing>
    <respcondition><conditionvar><varequal respident="response_c1">1</varequal>
     </conditionvar><setvar action="Add" varname="SCORE">25</setvar></respcondition>
    <respcondition><conditionvar><varequal respident="response_c1">2</varequal>
     </conditionvar><setvar action="Add" varname="SCORE">25</setvar></respcondition>
    <respcondition><conditionvar><varequal respident="response_c2">3</varequal>
     </conditionvar><setvar action="Add" varname="SCORE">50</setvar></respcondition>
   </resprocessing>
  </item>
  <item ident="sa" title="Short">
   <presentation><material><mattext>Capital of Latvia?</mattext></material>
    <response_str ident="r"><render_fib/></response_str></presentation>
   <resprocessing><respcondition><conditionvar><varequal respident="r">Riga</varequal>
    <varequal respident="r">Rīga</varequal></conditionvar>
    <setvar action="Set">100</setvar></respcondition></resprocessing>
  </item>
  <item ident="guess" title="Guess">
   <presentation><material><mattext>Pick</mattext></material>
    <response_lid ident="x" rcardinality="Multiple"><render_choice>
     <response_label ident="a"><material><mattext>A</mattext></material></response_label>
     <response_label ident="b"><material><mattext>B</mattext></material></response_label>
    </render_choice></response_lid></presentation>
   <resprocessing><respcondition><conditionvar><and><varequal respident="x">a</varequal>
    <not><varequal respident="x">b</varequal></not></and></conditionvar>
    <setvar action="Set">100</setvar></respcondition></resprocessing>
  </item>
 </objectbank>
</questestinterop>
"""


def test_qti12_blanks_short_answer_and_guessed_types(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    path = tmp_path / "in" / "bank.xml"
    path.write_text(QTI12, encoding="utf-8")
    result = convert(tmp_path, path)
    questions = {q["id"]: q for q in result.draft.items()[0].quiz["questions"]}
    assert " ".join(questions["fib"]["text"].split()) == \
        "Roses are {{red|Red}}, violets are {{blue}}."
    assert questions["sa"]["accepted"] == ["Riga", "Rīga"]
    assert questions["guess"]["type"] == "multiple"
    assert [o["correct"] for o in questions["guess"]["options"]] == [True, False]
    reasons = "\n".join(left_reasons(result))
    assert "../../etc/passwd" in reasons and "file:///etc/passwd" in reasons
    assert not list((result.source_dir).rglob("passwd"))


ITEM = """<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="i"
 title="Pic" adaptive="false" timeDependent="false">
 <responseDeclaration identifier="R" cardinality="single" baseType="identifier">
  <correctResponse><value>A</value></correctResponse></responseDeclaration>
 <itemBody><p><img src="{src}" alt="the picture"/></p>
  <choiceInteraction responseIdentifier="R" maxChoices="1"><prompt>Which?</prompt>
   <simpleChoice identifier="A">One<script>alert(1)</script></simpleChoice>
   <simpleChoice identifier="B">Two</simpleChoice></choiceInteraction></itemBody>
</assessmentItem>"""


@pytest.mark.parametrize(("src", "kept"), [
    ("images/pic.png", True),
    ("images/missing.png", False),
    ("../../../etc/passwd", False),
    ("/etc/passwd", False),
    ("file:///etc/passwd", False),
    ("https://example.org/pic.png", False),
])
def test_item_pictures(tmp_path: Path, src: str, kept: bool) -> None:
    from .test_moodle_xml import png
    folder = tmp_path / "items"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "pic.png").write_bytes(png())
    (folder / "item.xml").write_text(ITEM.replace("{src}", src), encoding="utf-8")
    result = convert(tmp_path, folder)
    [question] = [q for i in result.draft.items() if i.quiz for q in i.quiz["questions"]]
    assert question["options"][0]["text"] == "One"  # scripts never reach the text
    assert question["prompt"] == "[the picture]\nWhich?"
    pictures = [i for i in result.draft.items() if i.kind == "lesson"]
    assert bool(pictures) is kept
    assert bool(list((result.source_dir / "media").glob("*"))
                if (result.source_dir / "media").exists() else []) is kept
    if not kept:
        assert src in "\n".join(left_reasons(result))


def test_sniffing(tmp_path: Path) -> None:
    assert kind_of(b'<assessmentTest xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1">'
                   b'<assessmentItemRef href="a.xml"/>') == "test"
    assert kind_of(b'<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p2" >') == \
        "item"
    assert kind_of(b"<assessmentItem>") is None  # no QTI 2 namespace
    assert kind_of(b"<questestinterop>") == "qti12"
    path = tmp_path / "notes.xml"
    path.write_text("<notes>assessmentItem</notes>", encoding="utf-8")
    with open_input(path, tmp_path) as tree:
        assert QtiConverter().sniff(tree) is None


def test_hostile_items(tmp_path: Path) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxx"><!ENTITY y "&x;&x;&x;">]>'
            '<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1">&y;'
            "</assessmentItem>")
    path = tmp_path / "bomb.xml"
    path.write_text(bomb, encoding="utf-8")
    with open_input(path, tmp_path) as tree:
        converter, _ = detect(tree)
        with pytest.raises(ConversionError, match="unsafe"):
            converter.convert(tree, ConversionContext(tmp_path / "out"))
    deep = ('<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" title="D">'
            "<responseDeclaration identifier='R' cardinality='single'><correctResponse>"
            "<value>A</value></correctResponse></responseDeclaration><itemBody>"
            + "<div>" * 5000 + "deep" + "</div>" * 5000
            + "<choiceInteraction responseIdentifier='R' maxChoices='1'><simpleChoice "
            "identifier='A'>a</simpleChoice><simpleChoice identifier='B'>b</simpleChoice>"
            "</choiceInteraction></itemBody></assessmentItem>")
    path = tmp_path / "deep.xml"
    path.write_text(deep, encoding="utf-8")
    result = convert(tmp_path, path)  # no recursion error: nesting is bounded
    assert question_types(result) == {"single": 1}


def test_zip_of_items_with_slip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "items.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("item.xml", ITEM.replace("{src}", "x.png"))
        zf.writestr("../../evil.xml", "x")
    with pytest.raises(ConversionError, match="outside"):
        convert(tmp_path, path)
    assert not (tmp_path / "src").exists()


def test_one_bad_file_among_many_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "items"
    folder.mkdir()
    (folder / "good.xml").write_text(ITEM.replace("{src}", "x.png"), encoding="utf-8")
    (folder / "bomb.xml").write_text(
        '<!DOCTYPE a [<!ENTITY x "x">]><assessmentItem xmlns="http://www.imsglobal.org/xsd/'
        'imsqti_v2p1">&x;</assessmentItem>', encoding="utf-8")
    result = convert(tmp_path, folder)
    assert question_types(result) == {"single": 1}
    assert "unsafe" in "\n".join(left_reasons(result))


def test_private_marker_characters_and_deep_conditions(tmp_path: Path) -> None:
    hot = ('<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" title="H">'
           "<responseDeclaration identifier='R' cardinality='multiple'><correctResponse>"
           "<value>A</value></correctResponse></responseDeclaration><itemBody>"
           "<hottextInteraction responseIdentifier='R' maxChoices='0'><p>\ue001 odd \ue000 "
           "<hottext identifier='A'>one</hottext> and <hottext identifier='B'>two</hottext>"
           "\ue002</p></hottextInteraction></itemBody></assessmentItem>")
    path = tmp_path / "hot.xml"
    path.write_text(hot, encoding="utf-8")
    result = convert(tmp_path, path)
    [question] = result.draft.items()[0].quiz["questions"]
    assert question["type"] == "mark_words" and question["text"] == "odd *one* and two"
    deep = QTI12.replace('<varequal respident="r">Riga</varequal>',
                         "<not>" * 3000 + '<varequal respident="r">Riga</varequal>'
                         + "</not>" * 3000)
    path = tmp_path / "deep.xml"
    path.write_text(deep, encoding="utf-8")
    convert(tmp_path, path, name="src2")  # bounded: no RecursionError


def test_titles_with_slashes_stay_whole(tmp_path: Path) -> None:
    path = tmp_path / "bank.xml"
    path.write_text(QTI12.replace('title="Bank"', 'title="Units 1/2"'), encoding="utf-8")
    result = convert(tmp_path, path)
    assert [m.title for m in result.draft.modules] == ["Units 1/2"]
