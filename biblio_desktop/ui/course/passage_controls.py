"""Answer controls for the question types of format_version 2.

Fill-in-the-blanks, drag-the-words and mark-the-words show their passage as it reads, in a
flow that wraps with the window, with the gaps or words inline; free text is a plain text
box. Like the other controls (quiz_widgets.py) they only emit `changed` and turn what the
learner did into the JSON answer the engine expects (docs/package-format.md, "Quizzes").

Every control is fully keyboard-operable, and none needs a mouse drag:
- gaps are line edits in reading order (Tab moves on);
- drag-the-words: pick a word of the bank (Space or Enter), then the gap it goes in (or
  the gap first, then the word); Space on a filled gap puts its word back, Delete clears
  it, Escape drops the pick. Dragging with the mouse works too;
- mark-the-words: the passage is one stop in the Tab order; the arrow keys, Home and End
  move from word to word and Space marks or unmarks the word (a roving focus, as in a
  toolbar), so a long passage does not take fifty Tab presses to leave.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QMimeData, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QDrag, QDragEnterEvent, QDropEvent, QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ...learning.passages import Segment
from ...learning.quiz import TEXT_MAX, Question
from .passage_layout import FlowLayout, build_passage, gap_context
from .quiz_widgets import TEXT_IDLE_MS, AnswerControl

WORD_MIME = "application/x-biblio-bank-word"

# Local to these controls: the app's style sheet (ui/base/theme.py) has no roles for
# inline gaps and words; palette() colours follow the light, dark and high-contrast themes.
_STYLE = """
QToolButton[passage="word"] { border: 2px solid transparent; border-radius: 4px;
    padding: 0px 1px; margin: 0px; }
QToolButton[passage="word"]:hover { border: 2px solid palette(mid); }
QToolButton[passage="word"]:focus { border: 2px solid palette(highlight); }
QToolButton[passage="word"]:checked { background: palette(highlight);
    color: palette(highlighted-text); }
QPushButton[passage="gap"] { border: 1px dashed palette(text); border-radius: 4px;
    padding: 2px 8px; min-width: 6em; background: palette(base); }
QPushButton[passage="gap"][filled="true"] { border: 1px solid palette(text);
    font-weight: 600; }
QPushButton[passage="gap"]:checked { border: 2px solid palette(highlight);
    background: palette(alternate-base); }
QPushButton[passage="gap"]:focus { border: 2px solid palette(highlight); }
QPushButton[passage="bank"] { border: 1px solid palette(text); border-radius: 12px;
    padding: 3px 12px; background: palette(base); }
QPushButton[passage="bank"]:checked { background: palette(highlight);
    color: palette(highlighted-text); border: 2px solid palette(text); }
QPushButton[passage="bank"]:focus { border: 2px solid palette(highlight); }
"""


class _PassageControl(AnswerControl):
    """A control whose passage flows in a FlowLayout inside the question card."""

    def __init__(self, question: Question, parent: QWidget | None = None, *,
                 spacing: int = 5) -> None:
        super().__init__(question, parent)
        self.setStyleSheet(_STYLE)
        self.passage = QWidget()
        self.passage.setAccessibleName(self.tr("Text of the question"))
        self.flow = FlowLayout(self.passage, spacing=spacing)
        self.passage.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.layout_.addWidget(self.passage)

    def hint(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setProperty("role", "muted")
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        return label


# --------------------------------------------------------------------- fill in the blanks

class FillBlanksControl(_PassageControl):
    """A line edit in each gap; typed text is reported after a short pause or on leaving
    the gap. Answer: one string per gap ("" = left empty)."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edits: list[QLineEdit] = []
        total = len(question.gaps)
        # Wide enough for the longest accepted answer, in steps, so the width does not
        # give the answer away letter by letter.
        longest = max(len(a) for g in question.gaps for a in g.accepted)
        chars = next((n for n in (8, 14, 22, 32) if longest + 2 <= n), 40)

        def make(segment: Segment, n: int) -> QWidget:
            edit = QLineEdit()
            edit.setMaxLength(TEXT_MAX)
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("n" * chars) + 16)
            edit.setAccessibleName(self.tr("Gap {n} of {total}").format(n=n + 1, total=total))
            edit.setAccessibleDescription(gap_context(question.segments, n + 1))
            edit.setPlaceholderText(str(n + 1))
            edit.textEdited.connect(lambda _text: self.idle.start())
            edit.editingFinished.connect(self.flush)
            self.edits.append(edit)
            return edit

        build_passage(question.segments, self.flow, make)
        self.hint(self.tr("Type the missing word in each gap; Tab moves to the next gap."))
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(TEXT_IDLE_MS)
        self.idle.timeout.connect(self._idle_done)

    def _idle_done(self) -> None:
        for edit in self.edits:
            edit.setModified(False)
        self._emit()

    def flush(self) -> None:
        if self.idle.isActive():
            self.idle.stop()
            self._idle_done()
        elif not self._loading and any(e.isModified() for e in self.edits):
            self._idle_done()

    def answer(self) -> Any:
        return [edit.text().strip() for edit in self.edits]

    def _show(self, answer: Any) -> None:
        values = answer if isinstance(answer, list) else []
        for n, edit in enumerate(self.edits):
            value = values[n] if n < len(values) else ""
            edit.setText(value if isinstance(value, str) else "")
            edit.setModified(False)

    def first_focus(self) -> QWidget:
        return next((e for e in self.edits if not e.text()), self.edits[0])


# ------------------------------------------------------------------------ drag the words

class _EnterButton(QPushButton):
    """A push button that Enter activates as Space does (outside dialogs Qt's buttons
    take only Space)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)


class _BankButton(_EnterButton):
    """A word of the bank: Space/Enter picks it; a mouse drag carries it to a gap."""

    def __init__(self, word_id: str, text: str) -> None:
        super().__init__(text)
        self.word_id = word_id
        self.setCheckable(True)
        self.setProperty("passage", "bank")
        self._press: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton and \
                (event.position().toPoint() - self._press).manhattanLength() >= \
                QApplication.startDragDistance():
            self._press = None
            self.setDown(False)
            drag = QDrag(self)
            data = QMimeData()
            data.setData(WORD_MIME, self.word_id.encode())
            drag.setMimeData(data)
            drag.setPixmap(self.grab())
            drag.exec(Qt.DropAction.MoveAction)
            return
        super().mouseMoveEvent(event)


class _GapButton(_EnterButton):
    """A gap of the passage: activating it places the picked word; a word can be dropped
    on it; Delete or Backspace empties it."""

    dropped = Signal(int, str)
    cleared = Signal(int)

    def __init__(self, number: int) -> None:
        super().__init__()
        self.number = number
        self.setCheckable(True)
        self.setAcceptDrops(True)
        self.setProperty("passage", "gap")

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(WORD_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        word = bytes(event.mimeData().data(WORD_MIME).data()).decode()
        event.acceptProposedAction()
        self.dropped.emit(self.number, word)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.cleared.emit(self.number)
            event.accept()
            return
        super().keyPressEvent(event)


class DragWordsControl(_PassageControl):
    """Gaps in the passage and a bank of words below it. Answer: one bank word id per gap
    (None = empty), as the engine stores it; each word goes in one gap at most."""

    def __init__(self, question: Question, order: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.words = {w.id: w.text for w in question.bank}
        self.placed: list[str | None] = [None] * len(question.gaps)
        self.picked_word: str | None = None
        self.picked_gap: int | None = None
        self.gaps: list[_GapButton] = []

        def make(_segment: Segment, n: int) -> QWidget:
            gap = _GapButton(n)
            gap.setAccessibleDescription(gap_context(question.segments, n + 1))
            gap.clicked.connect(lambda _c=False, n=n: self._gap_activated(n))
            gap.dropped.connect(self._place)
            gap.cleared.connect(self._clear)
            self.gaps.append(gap)
            return gap

        build_passage(question.segments, self.flow, make)
        bank_title = QLabel(self.tr("Words to place:"))
        bank_title.setProperty("role", "muted")
        self.layout_.addWidget(bank_title)
        self.bank_widget = QWidget()
        self.bank_widget.setAccessibleName(self.tr("Words to place"))
        bank_flow = FlowLayout(self.bank_widget, spacing=8)
        self.bank: dict[str, _BankButton] = {}
        for word_id in order or list(self.words):
            button = _BankButton(word_id, self.words[word_id])
            button.clicked.connect(lambda _c=False, w=word_id: self._word_activated(w))
            bank_flow.addWidget(button)
            self.bank[word_id] = button
        self.layout_.addWidget(self.bank_widget)
        self.status = self.hint("")
        self.hint(self.tr("Pick a word (Space or Enter), then the gap it belongs in; or the "
                          "gap first, then the word. Space on a filled gap puts its word "
                          "back; Escape cancels. You can also drag words with the mouse."))
        self._refresh()

    # --- actions ---------------------------------------------------------------------------

    def _word_activated(self, word_id: str) -> None:
        if self.picked_gap is not None:
            gap, self.picked_gap = self.picked_gap, None
            self._place(gap, word_id)
            self.gaps[gap].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.picked_word = None if self.picked_word == word_id else word_id
        self._refresh()

    def _gap_activated(self, gap: int) -> None:
        if self.picked_word is not None:
            word, self.picked_word = self.picked_word, None
            self._place(gap, word)
        elif self.placed[gap] is not None:
            self._clear(gap)
        else:
            self.picked_gap = None if self.picked_gap == gap else gap
            self._refresh()

    def _place(self, gap: int, word_id: str) -> None:
        if word_id not in self.words:
            return
        for n, placed in enumerate(self.placed):  # a word moved from another gap
            if placed == word_id:
                self.placed[n] = None
        self.placed[gap] = word_id
        self.picked_word = self.picked_gap = None
        self._refresh()
        self._emit()

    def _clear(self, gap: int) -> None:
        if self.placed[gap] is not None:
            self.placed[gap] = None
            self.picked_gap = None
            self._refresh()
            self._emit()

    def cancel_pick(self) -> None:
        if self.picked_word is not None or self.picked_gap is not None:
            self.picked_word = self.picked_gap = None
            self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and (self.picked_word or self.picked_gap is not None):
            self.cancel_pick()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- display ---------------------------------------------------------------------------

    def _refresh(self) -> None:
        used = {w for w in self.placed if w is not None}
        focused = QApplication.focusWidget()
        for word_id, button in self.bank.items():
            button.setVisible(word_id not in used)
            button.setChecked(word_id == self.picked_word)
            state = self.tr("picked") if word_id == self.picked_word else ""
            button.setAccessibleName(self.tr("Word: {word}").format(word=self.words[word_id])
                                     + (f", {state}" if state else ""))
        for n, gap in enumerate(self.gaps):
            word = self.placed[n]
            gap.setText(self.words[word] if word else " ")
            gap.setProperty("filled", word is not None)
            gap.setChecked(n == self.picked_gap)
            gap.setAccessibleName(
                self.tr("Gap {n}: {word}").format(n=n + 1, word=self.words[word]) if word
                else self.tr("Gap {n}: empty").format(n=n + 1))
            gap.style().unpolish(gap)
            gap.style().polish(gap)
        if self.picked_word is not None:
            self.status.setText(self.tr("Picked “{word}”: now choose its gap.").format(
                word=self.words[self.picked_word]))
        elif self.picked_gap is not None:
            self.status.setText(self.tr("Gap {n} chosen: now choose its word.").format(
                n=self.picked_gap + 1))
        else:
            self.status.setText(self.tr("{placed} of %n gaps filled.", "", len(self.gaps)).format(
                placed=len(used)))
        if focused is not None and focused.isHidden():  # a placed word left the bank
            self.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)

    def answer(self) -> Any:
        return list(self.placed)

    def _show(self, answer: Any) -> None:
        values = answer if isinstance(answer, list) else []
        self.placed = [None] * len(self.gaps)
        for n in range(len(self.gaps)):
            value = values[n] if n < len(values) else None
            if isinstance(value, str) and value in self.words and value not in self.placed:
                self.placed[n] = value
        self.picked_word = self.picked_gap = None
        self._refresh()

    def first_focus(self) -> QWidget:
        return next((b for b in self.bank.values() if not b.isHidden()), self.gaps[0])


# ------------------------------------------------------------------------ mark the words

class _WordButton(QToolButton):
    """A selectable word; arrows, Home and End move along the passage (roving focus)."""

    step = Signal(int, int)  # (from index, +1/-1 or a jump to the first/last: ±10**6)

    def __init__(self, index: int, text: str) -> None:
        super().__init__()
        self.index = index
        self.setText(text)
        self.setCheckable(True)
        self.setAutoRaise(False)
        self.setProperty("passage", "word")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1,
                 Qt.Key.Key_Down: 1, Qt.Key.Key_Home: -10**6, Qt.Key.Key_End: 10**6}
        key = Qt.Key(event.key())
        if key in moves and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                     | Qt.KeyboardModifier.AltModifier):
            self.step.emit(self.index, moves[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.click()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.step.emit(self.index, 0)  # becomes the passage's Tab stop

    def sizeHint(self) -> QSize:
        # as wide as the word plus the style sheet's border and padding: the style's own
        # button margins would space the passage's words like a toolbar's buttons
        metrics = self.fontMetrics()
        return QSize(metrics.horizontalAdvance(self.text()) + 6, metrics.height() + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


class MarkWordsControl(_PassageControl):
    """Every word of the passage is a toggle. Answer: the positions of the marked words."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent, spacing=2)  # the buttons' borders add the rest
        self.buttons: list[_WordButton] = []
        total = len(question.words)

        def make(segment: Segment, n: int) -> QWidget:
            button = _WordButton(n, segment.text)
            button.setAccessibleName(segment.text)
            button.setAccessibleDescription(self.tr("Word {n} of {total}").format(
                n=n + 1, total=total))
            button.toggled.connect(lambda _checked: self._toggled())
            button.step.connect(self._step)
            self.buttons.append(button)
            return button

        build_passage(question.segments, self.flow, make)
        self.current = 0
        self._step(0, 0)
        self.count = self.hint("")
        self.hint(self.tr("Tab to the text, move from word to word with the arrow keys and "
                          "mark or unmark a word with Space; or click the words."))
        self._update_count()

    def _step(self, index: int, move: int) -> None:
        target = max(0, min(len(self.buttons) - 1, index + move))
        self.current = target
        for n, button in enumerate(self.buttons):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if n == target
                                  else Qt.FocusPolicy.ClickFocus)
        if move:
            self.buttons[target].setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self) -> None:
        self._update_count()
        self._emit()

    def _update_count(self) -> None:
        marked = sum(b.isChecked() for b in self.buttons)
        self.count.setText(self.tr("Words marked: {n}").format(n=marked))

    def answer(self) -> Any:
        return [n for n, b in enumerate(self.buttons) if b.isChecked()]

    def _show(self, answer: Any) -> None:
        chosen = {n for n in answer if isinstance(n, int)} if isinstance(answer, list) else set()
        for n, button in enumerate(self.buttons):
            button.setChecked(n in chosen)
        self._update_count()

    def first_focus(self) -> QWidget:
        return self.buttons[self.current]


# ------------------------------------------------------------------------------ free text

class _FreeTextEdit(QPlainTextEdit):
    """Tab leaves the box (no keyboard trap); leaving it reports the text at once."""

    left = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class FreeTextControl(AnswerControl):
    """A text box for a free-text answer, limited to the question's length; saved after a
    short pause and when the learner leaves the box. Answer: the text."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = _FreeTextEdit()
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(question.prompt)
        self.edit.setPlaceholderText(self.tr("Write your answer here"))
        self.edit.setMinimumHeight(self.edit.fontMetrics().lineSpacing() * 7)
        self.edit.setMaximumWidth(760)
        self.layout_.addWidget(self.edit)
        self.counter = QLabel()
        self.counter.setProperty("role", "muted")
        note = QLabel(self.tr("This answer is not scored automatically: your facilitator "
                              "reads it and may leave you a comment."))
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        self.layout_.addWidget(self.counter)
        self.layout_.addWidget(note)
        self._modified = False
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(TEXT_IDLE_MS)
        self.idle.timeout.connect(self._report)
        self.edit.textChanged.connect(self._typed)
        self.edit.left.connect(self.flush)
        self._count()

    def _typed(self) -> None:
        text = self.edit.toPlainText()
        limit = self.question.max_length
        if len(text) > limit:  # pasted too much: keep what fits
            cursor = self.edit.textCursor()
            position = min(cursor.position(), limit)
            self.edit.setPlainText(text[:limit])
            cursor = self.edit.textCursor()
            cursor.setPosition(position)
            self.edit.setTextCursor(cursor)
            return
        self._count()
        if not self._loading:
            self._modified = True
            self.idle.start()

    def _count(self) -> None:
        self.counter.setText(self.tr("{count} of %n characters", "", self.question.max_length)
                             .format(count=len(self.edit.toPlainText())))

    def _report(self) -> None:
        self._modified = False
        self._emit()

    def flush(self) -> None:
        if self.idle.isActive() or self._modified:
            self.idle.stop()
            self._report()

    def answer(self) -> Any:
        return self.edit.toPlainText().strip()

    def _show(self, answer: Any) -> None:
        self.edit.setPlainText(answer if isinstance(answer, str) else "")
        self._modified = False
        self._count()

    def first_focus(self) -> QWidget:
        return self.edit


def make_passage_control(question: Question, order: Sequence[str]) -> AnswerControl:
    """The control for a question type of format_version 2 (quiz_widgets.make_control
    makes the others); `order` is the attempt plan's order of a drag-the-words bank."""
    if question.type == "fill_blanks":
        return FillBlanksControl(question)
    if question.type == "drag_words":
        return DragWordsControl(question, order)
    if question.type == "mark_words":
        return MarkWordsControl(question)
    return FreeTextControl(question)
