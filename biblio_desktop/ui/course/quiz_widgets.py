"""Answer controls, one per question type, and the question navigator.

Each control shows a question's choices in the attempt plan's order and turns what the
learner did into the JSON answer the engine expects (docs/package-format.md, "Quizzes").
Controls only emit `changed`; saving is the quiz view's job, so a control never touches
the database and can be tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...learning.quiz import Question
from ..base.accessibility import arrow_between
from ..base.icons import icon

TEXT_IDLE_MS = 700  # typed text is saved after this pause, or when the field loses focus
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:[.,][0-9]*)?|[.,][0-9]+)")



def plain_label(text: str = "", role: str | None = None, wrap: bool = True) -> QLabel:
    """A question screen's label: plain text (never rich text from a package), wrapped."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def scroll_area(widget: QWidget) -> QScrollArea:
    """`widget` in a frameless, vertically scrolling area (long questions and results)."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


class InvalidAnswer(ValueError):
    """What the learner typed cannot be saved yet; the message says how to fix it."""


class _WrapLabel(QLabel):
    """The text of a radio button or check box: Qt's buttons cannot wrap long text, so
    the text sits in a label beside a text-less button, and clicking it clicks the button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.button.isEnabled():
            self.button.click()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)


class AnswerControl(QWidget):
    """Base of the controls: `answer()` is the JSON answer, None when nothing can be saved
    yet (no radio button chosen, an empty number field)."""

    changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._loading = False
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)

    def answer(self) -> Any:
        """The answer to save; raises `InvalidAnswer` when the input cannot be saved."""
        raise NotImplementedError

    def set_answer(self, answer: Any) -> None:
        """Show a saved answer without emitting `changed`."""
        self._loading = True
        try:
            self._show(answer)
        finally:
            self._loading = False

    def _show(self, answer: Any) -> None:
        raise NotImplementedError

    def first_focus(self) -> QWidget:
        """The widget that gets the keyboard focus when the question is shown."""
        return self

    def flush(self) -> None:
        """Report typed text that is still waiting for its idle pause (see TextControl)."""

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _row(self, button: QAbstractButton, text: str) -> None:
        button.setAccessibleName(text)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(_WrapLabel(text, button), 1)
        self.layout_.addLayout(row)


class ChoiceControl(AnswerControl):
    """single → radio buttons (answer: an option id); multiple → check boxes (a list)."""

    def __init__(self, question: Question, order: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        options = {o.id: o for o in question.options}
        self.multiple = question.type == "multiple"
        # Check boxes get no QButtonGroup: Qt gives a group one Tab stop and moves among
        # its buttons with arrows only when it is exclusive, which left every check box
        # after the first out of keyboard reach. Each is a Tab stop; arrows move too.
        self.group = None if self.multiple else QButtonGroup(self)
        self.buttons: dict[str, QAbstractButton] = {}
        for option_id in order or list(options):
            button: QAbstractButton = QCheckBox() if self.multiple else QRadioButton()
            if self.group is not None:
                self.group.addButton(button)
            self.buttons[option_id] = button
            self._row(button, options[option_id].text)
            button.toggled.connect(self._toggled)
        if self.multiple:
            arrow_between(list(self.buttons.values()))

    def _toggled(self, checked: bool) -> None:
        # a radio switch toggles two buttons; report once, for the newly checked one
        if self.multiple or checked:
            self._emit()

    def answer(self) -> Any:
        chosen = [oid for oid, button in self.buttons.items() if button.isChecked()]
        if self.multiple:
            return chosen
        return chosen[0] if chosen else None

    def _show(self, answer: Any) -> None:
        chosen = set(answer) if isinstance(answer, list) else {answer}
        for oid, button in self.buttons.items():
            button.setChecked(oid in chosen)

    def first_focus(self) -> QWidget:
        checked = [b for b in self.buttons.values() if b.isChecked()]
        return (checked or list(self.buttons.values()))[0]


class TrueFalseControl(AnswerControl):
    """Two radio buttons; the answer is a boolean."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.group = QButtonGroup(self)
        self.true_button, self.false_button = QRadioButton(), QRadioButton()
        for button, text in ((self.true_button, self.tr("True")),
                             (self.false_button, self.tr("False"))):
            self.group.addButton(button)
            self._row(button, text)
            button.toggled.connect(lambda checked: checked and self._emit())

    def answer(self) -> Any:
        if self.true_button.isChecked():
            return True
        return False if self.false_button.isChecked() else None

    def _show(self, answer: Any) -> None:
        self.true_button.setChecked(answer is True)
        self.false_button.setChecked(answer is False)

    def first_focus(self) -> QWidget:
        return self.false_button if self.false_button.isChecked() else self.true_button


class TextControl(AnswerControl):
    """A line edit; typed text is reported after a short pause or when editing ends."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(self.tr("Your answer"))
        self.edit.setAccessibleDescription(question.prompt)
        self.edit.setPlaceholderText(self.tr("Type your answer"))
        self.edit.setMaxLength(500)
        self.edit.setMaximumWidth(640)
        self.layout_.addWidget(self.edit)
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self.layout_.addWidget(self.hint)
        self.hint.hide()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(TEXT_IDLE_MS)
        self.idle.timeout.connect(self._idle_done)
        self.edit.textEdited.connect(lambda _text: self.idle.start())
        self.edit.editingFinished.connect(self.flush)

    def _idle_done(self) -> None:
        self.edit.setModified(False)
        self._emit()

    def flush(self) -> None:
        if self.idle.isActive():
            self.edit.setModified(False)
            self.idle.stop()
            self._emit()
        elif not self._loading and self.edit.isModified():
            self.edit.setModified(False)
            self._emit()

    def answer(self) -> Any:
        return self.edit.text().strip()

    def _show(self, answer: Any) -> None:
        self.edit.setText("" if answer is None else str(answer))
        self.edit.setModified(False)

    def first_focus(self) -> QWidget:
        return self.edit


class NumericControl(TextControl):
    """Digits with a point or a comma (Latvian users type 2,5); saved as a number."""

    def __init__(self, question: Question, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.decimal = QLocale(language).decimalPoint() or "."
        self.edit.setValidator(QRegularExpressionValidator(
            QRegularExpression(r"[+\-−]?[0-9]{0,15}(?:[.,][0-9]{0,9})?"), self.edit))
        self.edit.setPlaceholderText(self.tr("Type a number"))
        self.edit.setMaximumWidth(260)
        self.hint.setText(self.tr("Digits only; for decimals use a comma or a point, "
                                  "e.g. {example}.").format(example=f"2{self.decimal}5"))
        self.hint.show()

    def answer(self) -> Any:
        text = self.edit.text().strip().replace("−", "-")
        if not text:
            return None
        if not _NUMBER.fullmatch(text):
            raise InvalidAnswer(self.tr("\"{text}\" is not a number. Type digits, "
                                        "e.g. 12 or 2,5.").format(text=text))
        value = float(text.replace(",", "."))
        return int(value) if value.is_integer() and abs(value) < 2**53 else value

    def _show(self, answer: Any) -> None:
        if isinstance(answer, int | float) and not isinstance(answer, bool):
            text = str(answer)
            self.edit.setText(text.replace(".", self.decimal))
        else:
            super()._show(answer)
        self.edit.setModified(False)


class MatchingControl(AnswerControl):
    """For each left item a combo box of the right-hand texts in the plan's order."""

    def __init__(self, question: Question, order: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        rights = {p.id: p.right for p in question.pairs}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        self.combos: dict[str, QComboBox] = {}
        for row, pair in enumerate(question.pairs):
            left = QLabel(pair.left)
            left.setWordWrap(True)
            left.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.addItem(self.tr("Choose…"), None)
            for pid in order or list(rights):
                combo.addItem(rights[pid], pid)
                combo.setItemData(combo.count() - 1, rights[pid], Qt.ItemDataRole.ToolTipRole)
            # long texts must not widen the page; the open list shows them in full
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            combo.view().setMinimumWidth(max(320, combo.view().sizeHintForColumn(0) + 24))
            combo.setAccessibleName(self.tr("Match for: {left}").format(left=pair.left))
            left.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda _i: self._emit())
            grid.addWidget(left, row, 0)
            grid.addWidget(combo, row, 1)
            self.combos[pair.id] = combo
        self.layout_.addLayout(grid)

    def answer(self) -> Any:
        return {pid: combo.currentData() for pid, combo in self.combos.items()}

    def _show(self, answer: Any) -> None:
        answer = answer if isinstance(answer, dict) else {}
        for pid, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(answer.get(pid))))

    def first_focus(self) -> QWidget:
        return next(iter(self.combos.values()))


class _StepList(QListWidget):
    """Ctrl+Up/Ctrl+Down move the selected step (plain arrows still move the selection)."""

    move_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in steps:
            self.move_requested.emit(steps[Qt.Key(event.key())])
            event.accept()
            return
        super().keyPressEvent(event)


class OrderingControl(AnswerControl):
    """A list reorderable by drag-and-drop and by Up/Down buttons (Ctrl+Up/Ctrl+Down)."""

    def __init__(self, question: Question, order: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.texts = {s.id: s.text for s in question.steps}
        self.list = _StepList()
        self.list.setAccessibleName(self.tr("Steps in your order"))
        self.list.setAccessibleDescription(question.prompt)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(2)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.model().rowsMoved.connect(lambda *_args: self._moved())
        self._fill(list(order) or list(self.texts))
        self.up_button = QPushButton(icon("up"), self.tr("Up"))
        self.up_button.setAccessibleName(self.tr("Move the selected step up"))
        self.up_button.setToolTip(self.tr("Move up (Ctrl+Up)"))
        self.down_button = QPushButton(icon("down"), self.tr("Down"))
        self.down_button.setAccessibleName(self.tr("Move the selected step down"))
        self.down_button.setToolTip(self.tr("Move down (Ctrl+Down)"))
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.list.move_requested.connect(self.move)
        buttons = QVBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addLayout(buttons)
        hint = QLabel(self.tr("Drag the steps, or select one and use Up/Down "
                              "(Ctrl+Up/Ctrl+Down), until the first step is at the top."))
        hint.setProperty("role", "muted")
        hint.setWordWrap(True)
        self.layout_.addLayout(row)
        self.layout_.addWidget(hint)
        self.list.setCurrentRow(0)

    def _fill(self, order: Sequence[str]) -> None:
        self.list.clear()
        for n, sid in enumerate(order, 1):
            item = QListWidgetItem(f"{n}. {self.texts[sid]}")
            item.setData(Qt.ItemDataRole.UserRole, sid)
            self.list.addItem(item)
        self._fit()

    def _fit(self) -> None:
        """Show every step without an inner scroll bar (the page itself scrolls)."""
        gap = 2 * self.list.spacing()
        rows = sum(self.list.sizeHintForRow(i) + gap for i in range(self.list.count()))
        self.list.setFixedHeight(max(rows, 40) + 2 * self.list.frameWidth() + 2)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit)  # wrapped rows change height with the width

    def order(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        order = self.order()
        order.insert(target, order.pop(row))
        self._fill(order)
        self.list.setCurrentRow(target)
        self._emit()

    def _moved(self) -> None:
        # after a drag the numbers in the texts are stale; renumber, keep the selection
        current = self.list.currentRow()
        QTimer.singleShot(0, self, lambda: (self._fill(self.order()),
                                            self.list.setCurrentRow(current), self._emit()))

    def answer(self) -> Any:
        return self.order()

    def _show(self, answer: Any) -> None:
        if isinstance(answer, list) and sorted(answer) == sorted(self.texts):
            self._fill(answer)
            self.list.setCurrentRow(0)

    def first_focus(self) -> QWidget:
        return self.list


def is_answered(answer: Any) -> bool:
    """Whether a saved answer counts as answered for the navigator and the submit check."""
    if isinstance(answer, dict):
        return any(value is not None for value in answer.values())
    if isinstance(answer, list):  # gaps left empty ("" or None) are not an answer
        return any(value is not None and value != "" for value in answer)
    if isinstance(answer, str):
        return bool(answer.strip())
    return answer is not None


def make_control(question: Question, order: Sequence[str], language: str) -> AnswerControl:
    """The control for a question's type, with choices in the attempt plan's order."""
    if question.type in ("single", "multiple"):
        return ChoiceControl(question, order)
    if question.type == "true_false":
        return TrueFalseControl(question)
    if question.type == "numeric":
        return NumericControl(question, language)
    if question.type == "text":
        return TextControl(question)
    if question.type == "matching":
        return MatchingControl(question, order)
    return OrderingControl(question, order)


class QuestionNavigator(QWidget):
    """Numbered buttons: answered ones carry a check mark, the current is down. They wrap
    onto more rows when one row would squeeze them (large text, many questions)."""

    selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QGridLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.buttons: list[QToolButton] = []
        self.per_row = 0

    def _place(self) -> None:
        """As many buttons per row as fit the width (all of them when it is unknown)."""
        if not self.buttons:
            return
        widest = max(b.sizeHint().width() for b in self.buttons) + self.row.spacing()
        room = self.width() if self.isVisible() and self.width() > widest else 10_000
        per_row = max(1, min(len(self.buttons), room // widest))
        if per_row == self.per_row:
            return
        for column in range(self.row.columnCount()):
            self.row.setColumnStretch(column, 0)
        self.per_row = per_row
        for button in self.buttons:
            self.row.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.row.addWidget(button, index // per_row, index % per_row)
        self.row.setColumnStretch(per_row, 1)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._place()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), 120), hint.height())  # it wraps: never wider

    def set_count(self, count: int) -> None:
        for button in self.buttons:
            self.row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        self.per_row = 0
        for index in range(count):
            button = QToolButton()
            button.setText(str(index + 1))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setMinimumWidth(44)
            button.clicked.connect(lambda _c=False, i=index: self.selected.emit(i))
            self.buttons.append(button)
        self._place()

    def update_states(self, current: int, answered: Sequence[bool]) -> None:
        for index, button in enumerate(self.buttons):
            done = answered[index]
            button.setChecked(index == current)
            font = button.font()
            font.setBold(index == current)
            button.setFont(font)
            button.setIcon(icon("done") if done else icon("todo"))
            state = self.tr("answered") if done else self.tr("not answered")
            if index == current:
                state = self.tr("{state}, current").format(state=state)
            button.setAccessibleName(self.tr("Question {n}, {state}").format(
                n=index + 1, state=state))
            button.setToolTip(button.accessibleName())
