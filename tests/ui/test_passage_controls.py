"""The controls of the format_version 2 question types, answered by keyboard only: key
presses go to the widget that has the focus, and the focus moves with Tab and arrows."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from biblio_desktop.learning.quiz import parse_quiz, score_question
from biblio_desktop.learning.quiz_plan import attempt_plan
from biblio_desktop.ui.course.passage_controls import (
    WORD_MIME,
    DragWordsControl,
    FillBlanksControl,
    FreeTextControl,
    MarkWordsControl,
    make_passage_control,
)
from biblio_desktop.ui.course.quiz_review import describe_passage_answer
from biblio_desktop.ui.course.quiz_widgets import is_answered

QUIZ = parse_quiz({"title": "Passages", "questions": [
    {"id": "fill", "type": "fill_blanks", "prompt": "Complete the sentence.",
     "text": "The capital of Latvia is {{Rīga|Riga}}; BIBLIO has {{10|ten}} partners."},
    {"id": "drag", "type": "drag_words", "prompt": "Drag the words.",
     "text": "BIBLIO trains {{librarians}} in {{digital}} skills.",
     "distractors": ["teachers"]},
    {"id": "mark", "type": "mark_words", "prompt": "Mark the two job profiles.",
     "text": "BIBLIO defined *CECO* and *DIGY*, two profiles."},
    {"id": "free", "type": "free_text", "prompt": "What would you offer?", "max_length": 40},
]})
Q = {q.id: q for q in QUIZ.questions}
ORDER = attempt_plan(QUIZ, "learner:item:1").option_orders


class Host(QWidget):
    """A window holding a control and a button after it, to see where Tab goes."""

    def __init__(self, control: Any) -> None:
        super().__init__()
        from PySide6.QtWidgets import QPushButton

        self.control = control
        self.after = QPushButton("After")
        layout = QVBoxLayout(self)
        layout.addWidget(control)
        layout.addWidget(self.after)
        self.changes = 0
        control.changed.connect(self._changed)

    def _changed(self) -> None:
        self.changes += 1


def host(qtbot: Any, qid: str) -> Host:
    window = Host(make_passage_control(Q[qid], ORDER.get(qid, ())))
    qtbot.addWidget(window)
    window.resize(720, 420)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    window.control.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.control.first_focus())
    return window


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: Any, k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
        ) -> None:
    qtbot.keyClick(focused(), k, modifier)


def type_text(text: str) -> None:
    """Type into the focused widget (QTest cannot type letters such as ī)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(focused(), QKeyEvent(
                kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def test_fill_in_the_blanks_by_keyboard(qtbot: Any) -> None:
    window = host(qtbot, "fill")
    control = window.control
    assert isinstance(control, FillBlanksControl)
    assert focused() is control.edits[0]
    assert control.edits[0].accessibleName() == "Gap 1 of 2"
    assert control.edits[1].accessibleDescription() == \
        "…Latvia is ___; BIBLIO has ___ partners."
    type_text("Rīga")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is control.edits[1]
    assert window.changes == 1  # leaving the gap saved it
    type_text("ten")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.after  # Tab leaves the passage after the last gap
    assert window.changes == 2
    assert control.answer() == ["Rīga", "ten"]
    assert score_question(Q["fill"], control.answer()).score == 1.0
    # a pause while typing saves too
    control.edits[0].setFocus()
    qtbot.waitUntil(lambda: focused() is control.edits[0])
    key(qtbot, Qt.Key.Key_End)
    key(qtbot, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: window.changes == 3, timeout=3000)
    assert control.answer() == ["Rīg", "ten"]
    control.set_answer(["Riga", ""])
    assert [e.text() for e in control.edits] == ["Riga", ""] and window.changes == 3
    assert control.first_focus() is control.edits[1]  # the first empty gap


def test_drag_the_words_by_keyboard_pick_word_then_gap(qtbot: Any) -> None:
    window = host(qtbot, "drag")
    control = window.control
    assert isinstance(control, DragWordsControl)
    words = {b.text(): b for b in control.bank.values()}
    assert control.gaps[0].accessibleName() == "Gap 1: empty"
    # every gap and word is reached with Tab: the gaps in reading order, then the bank
    chain = [w for w in _tab_chain(window) if w in control.gaps or w in words.values()]
    assert chain == [*control.gaps, *(control.bank[w] for w in ORDER["drag"])]
    words["librarians"].setFocus()
    qtbot.waitUntil(lambda: focused() is words["librarians"])
    key(qtbot, Qt.Key.Key_Space)  # pick
    assert control.picked_word == words["librarians"].word_id
    assert words["librarians"].isChecked()
    assert "picked" in words["librarians"].accessibleName()
    assert control.status.text() == "Picked “librarians”: now choose its gap."
    control.gaps[0].setFocus()
    qtbot.waitUntil(lambda: focused() is control.gaps[0])
    key(qtbot, Qt.Key.Key_Space)  # place
    assert control.gaps[0].text() == "librarians"
    assert control.gaps[0].accessibleName() == "Gap 1: librarians"
    assert words["librarians"].isHidden() and window.changes == 1
    # gap first, then the word, with Enter
    control.gaps[1].setFocus()
    qtbot.waitUntil(lambda: focused() is control.gaps[1])
    key(qtbot, Qt.Key.Key_Return)
    assert control.picked_gap == 1 and control.gaps[1].isChecked()
    words["digital"].setFocus()
    qtbot.waitUntil(lambda: focused() is words["digital"])
    key(qtbot, Qt.Key.Key_Return)
    assert control.answer() == [words["librarians"].word_id, words["digital"].word_id]
    assert focused() is control.gaps[1]  # the word left the bank; the focus stayed useful
    assert score_question(Q["drag"], control.answer()).score == 1.0
    assert control.status.text() == "2 of 2 gaps filled."
    # Space on a filled gap puts the word back; Delete empties a gap too
    key(qtbot, Qt.Key.Key_Space)
    assert control.answer()[1] is None and words["digital"].isVisible()
    control.gaps[0].setFocus()
    qtbot.waitUntil(lambda: focused() is control.gaps[0])
    key(qtbot, Qt.Key.Key_Delete)
    assert control.answer() == [None, None] and not is_answered(control.answer())
    assert window.changes == 4
    # Escape drops a pick
    words["teachers"].setFocus()
    qtbot.waitUntil(lambda: focused() is words["teachers"])
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Escape)
    assert control.picked_word is None and not words["teachers"].isChecked()


def _tab_chain(window: QWidget) -> list[QWidget]:
    chain, widget = [], window.nextInFocusChain()
    while widget is not window and len(chain) < 200:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_drag_the_words_by_mouse_drop_and_restore(qtbot: Any) -> None:
    window = host(qtbot, "drag")
    control = window.control
    word = next(w for w, b in control.bank.items() if b.text() == "digital")
    data = QMimeData()
    data.setData(WORD_MIME, word.encode())
    gap = control.gaps[1]
    drop = QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    gap.dropEvent(drop)
    assert control.answer() == [None, word] and window.changes == 1
    gap2 = control.gaps[0]  # dropping the same word on another gap moves it
    gap2.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.MoveAction, data,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert control.answer() == [word, None]
    control.set_answer([None, word])
    assert control.gaps[1].text() == "digital" and window.changes == 2


def test_mark_the_words_by_keyboard(qtbot: Any) -> None:
    window = host(qtbot, "mark")
    control = window.control
    assert isinstance(control, MarkWordsControl)
    texts = [b.text() for b in control.buttons]
    assert texts == ["BIBLIO", "defined", "CECO", "and", "DIGY", "two", "profiles"]
    assert focused() is control.buttons[0]
    assert control.buttons[2].accessibleName() == "CECO"
    assert control.buttons[2].accessibleDescription() == "Word 3 of 7"
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    assert focused() is control.buttons[2]
    key(qtbot, Qt.Key.Key_Space)
    assert control.buttons[2].isChecked() and window.changes == 1
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Right)
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_End)
    assert focused() is control.buttons[-1]
    key(qtbot, Qt.Key.Key_Return)  # Enter marks too
    key(qtbot, Qt.Key.Key_Return)  # ... and unmarks
    assert control.answer() == [2, 4] and control.count.text() == "Words marked: 2"
    assert score_question(Q["mark"], control.answer()).score == 1.0
    # the passage is one Tab stop: Tab leaves it at once, Shift+Tab comes back to the
    # word last visited
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is window.after
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is control.buttons[-1]
    key(qtbot, Qt.Key.Key_Home)
    assert focused() is control.buttons[0]
    control.set_answer([0])
    assert control.answer() == [0] and window.changes == 4  # set_answer reports nothing


def test_free_text_by_keyboard_with_its_limit(qtbot: Any) -> None:
    window = host(qtbot, "free")
    control = window.control
    assert isinstance(control, FreeTextControl)
    assert control.edit.accessibleName() == "Your answer"
    type_text("A help desk.")
    key(qtbot, Qt.Key.Key_Return)  # Enter is a new line, not a submit
    type_text("Lasītāju klubs.")
    assert control.counter.text() == "28 of 40 characters"
    key(qtbot, Qt.Key.Key_Tab)  # Tab leaves the box (no keyboard trap) and saves
    assert focused() is window.after and window.changes == 1
    assert control.answer() == "A help desk.\nLasītāju klubs."
    control.edit.setFocus()
    qtbot.waitUntil(lambda: focused() is control.edit)
    key(qtbot, Qt.Key.Key_End)
    type_text("x" * 30)  # beyond max_length: cut at 40
    assert len(control.edit.toPlainText()) == 40
    assert control.counter.text() == "40 of 40 characters"
    qtbot.waitUntil(lambda: window.changes == 2, timeout=3000)  # the pause saved it
    control.set_answer("Saved before.")
    assert control.answer() == "Saved before." and window.changes == 2


@pytest.mark.parametrize(("qid", "answer", "text"), [
    ("fill", ["Rīga", ""], "\nThe capital of Latvia is [Rīga]; BIBLIO has […] partners."),
    ("mark", [4, 2], "\n• CECO\n• DIGY"),
    ("free", "My answer.", "\nMy answer."),
])
def test_answers_described_for_the_result(qid: str, answer: Any, text: str) -> None:
    assert describe_passage_answer(Q[qid], answer) == text


def test_drag_answer_described_for_the_result() -> None:
    bank = {w.text: w.id for w in Q["drag"].bank}
    assert describe_passage_answer(Q["drag"], [bank["teachers"], None]) == \
        "\nBIBLIO trains [teachers] in […] skills."
