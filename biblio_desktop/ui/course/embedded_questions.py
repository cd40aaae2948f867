"""Questions shown on a slide or over a paused video (format_version 3).

One `QuestionCard` per question: the prompt, the quiz's own answer control (quiz_widgets,
passage_controls), "Check answer", then the verdict and the author's feedback. The
answer is checked and saved at once on the serial writer (`LearnerProgress.
answer_item_question`) and is final: the card then shows it, read-only, with its feedback,
also after a resume. The `QuestionPanel` holds the cards of one place (a slide, or a time
in a video) and tells its view when a question was answered and when the item is done.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget
from shiboken6 import Shiboken

from ...errors import BiblioError
from ...learning.quiz import FORMAT_2_TYPES, AnswerError, Question, QuestionResult, score_question
from ...learning.tracker import AttemptView, ItemAnswer, LearnerProgress
from ..base.accessibility import announce
from ..base.errors import user_message
from ..base.icons import icon
from ..base.theme import set_role
from .passage_controls import make_passage_control
from .quiz_widgets import (
    AnswerControl,
    InvalidAnswer,
    is_answered,
    make_control,
    plain_label,
)

log = logging.getLogger("biblio_desktop.ui.embedded_questions")
PAGE_KEYS = {Qt.Key.Key_PageUp.value: -1, Qt.Key.Key_PageDown.value: 1}


def tab_stops(root: QWidget) -> list[QWidget]:
    """The Tab stops inside `root` in its own focus-chain order (controls set their own)."""
    stops: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root and len(stops) < 500:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus \
                and widget not in stops:
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


class QuestionCard(QFrame):
    """One question: prompt, answer control, Check, and the verdict once answered."""

    check_requested = Signal(str)  # question id

    def __init__(self, question: Question, order: Sequence[str], language: str,
                 heading: str) -> None:
        super().__init__()
        self.question = question
        self.answered = False
        self.setProperty("role", "card")
        self.heading = plain_label(heading, "muted")
        self.prompt = plain_label(question.prompt)
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.control: AnswerControl = (
            make_passage_control(question, order) if question.type in FORMAT_2_TYPES
            else make_control(question, order, language))
        self.control.setAccessibleName(self.tr("Answer to: {prompt}").format(
            prompt=question.prompt))
        where = f"{heading}: {question.prompt}"
        for part in self.control.findChildren(QWidget):  # each choice says what it answers
            if part.focusPolicy() & Qt.FocusPolicy.TabFocus:
                part.setAccessibleDescription(where)
        self.check_button = QPushButton(icon("submit"), self.tr("Check answer"))
        self.check_button.setProperty("role", "primary")
        self.check_button.setAccessibleName(self.tr("Check and save the answer"))
        self.check_button.setAccessibleDescription(where)
        self.check_button.clicked.connect(lambda: self.check_requested.emit(question.id))
        self.status = plain_label()
        self.verdict = plain_label()
        self.feedback = plain_label()
        self.verdict.hide()
        self.feedback.hide()
        row = QHBoxLayout()
        row.addWidget(self.check_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        for widget in (self.heading, self.prompt, self.control):
            layout.addWidget(widget)
        layout.addLayout(row)
        layout.addWidget(self.verdict)
        layout.addWidget(self.feedback)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(question.prompt)
        self.stops = tab_stops(self)  # before the card joins a window's focus chain

    def answer(self) -> Any:
        """The answer to check; raises InvalidAnswer, None when nothing is chosen yet."""
        self.control.flush()
        return self.control.answer()

    def set_status(self, text: str, role: str | None) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    def show_result(self, answer: Any, result: QuestionResult) -> str:
        """Show the saved answer read-only with its verdict and feedback; returns the
        verdict (for the announcement)."""
        self.answered = True
        self.control.set_answer(answer)
        self.control.setEnabled(False)
        self.check_button.hide()
        self.status.clear()
        if not result.scored:
            verdict, role = self.tr("Answer saved for your facilitator"), "muted"
        elif result.correct:
            verdict, role = self.tr("Correct"), "success"
        elif result.score > 0:
            verdict, role = self.tr("Partly correct ({score})").format(
                score=f"{round(result.score * 100)}%"), "muted"
        else:
            verdict, role = self.tr("Incorrect"), "danger"
        self.verdict.setText(verdict)
        set_role(self.verdict, role)
        lines = list(result.feedback)
        if result.explanation:
            lines.append(self.tr("Explanation: {text}").format(text=result.explanation))
        self.feedback.setText("\n".join(lines))
        self.verdict.show()
        self.feedback.setVisible(bool(lines))
        self.setAccessibleName(f"{self.heading.text()}: {verdict}")
        return " ".join([verdict, *lines])


class QuestionPanel(QWidget):
    """The questions of one place for the signed-in learner; saves each answer at once."""

    answered = Signal(str)  # question id, after the commit
    item_done = Signal()
    page_key = Signal(int)  # Page Up/Down pressed inside a question: -1 / +1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: LearnerProgress | None = None
        self.attempt: AttemptView | None = None
        self.language = "en"
        self.answers: dict[str, Any] = {}
        self.cards: list[QuestionCard] = []
        self._write: Any = None
        self.page_keys = False  # True: Page Up/Down inside a question go to `page_key`
        self.after_last: QWidget | None = None  # the focus after the last answer here
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self.hide()

    def start(self, write: Any, progress: LearnerProgress, attempt: AttemptView,
              language: str) -> None:
        """Bind to the item's attempt (its answers so far come with it)."""
        self._write, self.progress, self.attempt = write, progress, attempt
        self.language = language
        self.answers = dict(attempt.answers)

    def show_questions(self, questions: Sequence[Question], headings: Sequence[str]) -> None:
        """Replace the cards with `questions` (answered ones show their result)."""
        for card in self.cards:
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        if self.attempt is None or not questions:
            self.hide()
            return
        for question, heading in zip(questions, headings, strict=True):
            card = QuestionCard(question, self.attempt.option_orders.get(question.id, ()),
                                self.language, heading)
            if question.id in self.answers:
                answer = self.answers[question.id]
                card.show_result(answer, score_question(question, answer))
            card.check_requested.connect(self.check)
            for part in card.findChildren(QWidget):
                part.installEventFilter(self)
            self.layout_.addWidget(card)
            card.show()  # now, not at the layout's queued show: stops() must see it
            self.cards.append(card)
        self.show()

    def stops(self) -> list[QWidget]:
        return [w for card in self.cards for w in card.stops
                if w.isVisibleTo(self) and w.isEnabled()]

    def first_open(self) -> QWidget | None:
        """Where the keyboard goes when the questions appear: the first unanswered one."""
        for card in self.cards:
            if not card.answered:
                return card.control.first_focus()
        return None

    def card(self, question_id: str) -> QuestionCard | None:
        return next((c for c in self.cards if c.question.id == question_id), None)

    def check(self, question_id: str) -> None:
        """Check and save one answer; the verdict appears after the commit."""
        card, attempt, progress = self.card(question_id), self.attempt, self.progress
        if card is None or attempt is None or progress is None or card.answered:
            return
        try:
            answer = card.answer()
        except InvalidAnswer as exc:
            card.set_status(self.tr("Not saved: {reason}").format(reason=exc), "danger")
            announce(card.status, card.status.text(), assertive=True)
            return
        if not is_answered(answer):
            card.set_status(self.tr("Answer the question first."), "danger")
            announce(card.status, card.status.text(), assertive=True)
            return
        card.check_button.setEnabled(False)
        card.set_status(self.tr("Saving…"), "muted")
        attempt_id = attempt.attempt_id

        def done(outcome: ItemAnswer) -> None:
            if not Shiboken.isValid(self):
                return
            self.answers[question_id] = answer
            live = self.card(question_id)
            if live is not None:
                said = live.show_result(answer, outcome.result)
                announce(live.verdict, said)
                nxt = self.first_open() or self.after_last
                if nxt is not None:
                    nxt.setFocus(Qt.FocusReason.OtherFocusReason)
            self.answered.emit(question_id)
            if outcome.item_done:
                self.item_done.emit()

        def failed(exc: BaseException) -> None:
            if not Shiboken.isValid(self):
                return
            live = self.card(question_id)
            known = str(exc) if isinstance(exc, AnswerError | BiblioError) else user_message(exc)
            if known is None:
                log.error("saving an answer on slides or in a video failed", exc_info=exc)
            if live is not None:
                live.check_button.setEnabled(True)
                live.set_status(self.tr("Not saved: {reason}").format(reason=known or exc),
                                "danger")
                announce(live.status, live.status.text(), assertive=True)

        self._write(lambda: progress.answer_item_question(attempt_id, question_id, answer),
                    done, failed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            step = PAGE_KEYS.get(int(event.key()))  # type: ignore[attr-defined]
            if step is not None and self.page_keys:
                self.page_key.emit(step)
                return True
        return super().eventFilter(watched, event)
