"""A quiz: an intro panel, one question at a time, and the result with a review.

Every answer is written at once on the serial writer (`state.write`), and "Saved" appears
only when the commit came back, so a learner on a shared PC whose session ends abruptly
loses nothing. The attempt plan (question and option order) comes from the tracker, so a
resumed attempt looks exactly as it did when the learner left.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...errors import BiblioError
from ...learning.quiz import (
    FORMAT_2_TYPES,
    AnswerError,
    AttemptResult,
    Question,
    Quiz,
    can_start_attempt,
    score_attempt,
)
from ...learning.tracker import AttemptView
from ..base.accessibility import announce, show_label_text
from ..base.errors import show_error, user_message
from ..base.icons import icon
from ..base.state import AppState
from ..base.theme import set_role
from .item_view import ItemView
from .passage_controls import make_passage_control
from .quiz_review import percent, review_card
from .quiz_widgets import (
    AnswerControl,
    InvalidAnswer,
    QuestionNavigator,
    is_answered,
    make_control,
    plain_label,
    scroll_area,
)

log = logging.getLogger("biblio_desktop.ui.quiz")


class QuizView(ItemView):
    """Shows one quiz item for the signed-in learner (hosted by the course view)."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.quiz: Quiz | None = None
        self.attempt: AttemptView | None = None
        self.index = 0
        self.answers: dict[str, Any] = {}  # what the learner chose (saved or being saved)
        self.control: AnswerControl | None = None
        self._write_no = 0  # only the newest write may set the save indicator
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_intro())
        self.stack.addWidget(self._build_question_page())
        self.stack.addWidget(self._build_summary())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    # --- building --------------------------------------------------------------------------

    def _build_intro(self) -> QWidget:
        page = QWidget()
        self.intro_title = plain_label(role="headline")
        self.intro_facts = plain_label()
        self.intro_best = plain_label()
        self.intro_message = plain_label()
        self.start_button = QPushButton(icon("next"), self.tr("Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self.start)
        self.review_button = QPushButton(icon("quiz"), self.tr("See your last result"))
        self.review_button.setAccessibleName(self.tr("See the result of your last attempt"))
        self.review_button.clicked.connect(self.review_last)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.review_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(12)
        for widget in (self.intro_title, self.intro_facts, self.intro_best, self.intro_message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _build_question_page(self) -> QWidget:
        page = QWidget()
        self.quiz_title = plain_label(role="title")
        self.position_label = plain_label(role="muted", wrap=False)
        self.save_status = plain_label(role="muted")
        show_label_text(self.save_status, self.tr("Save status"))
        self.navigator = QuestionNavigator()
        self.navigator.selected.connect(self.go_to)
        self.card = QFrame()
        self.card.setProperty("role", "card")
        self.prompt = plain_label()
        font = self.prompt.font()  # the size comes from the theme's style sheet
        font.setBold(True)
        self.prompt.setFont(font)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_layout = QVBoxLayout(self.card)
        self.card_layout.setContentsMargins(20, 18, 20, 18)
        self.card_layout.setSpacing(14)
        self.card_layout.addWidget(self.prompt)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 8, 0)
        holder_layout.addWidget(self.card)
        holder_layout.addStretch(1)
        self.prev_button = QPushButton(icon("previous"), self.tr("Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous question"))
        self.prev_button.setToolTip(self.tr("Previous question (Page Up)"))
        self.next_button = QPushButton(icon("next"), self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next question"))
        self.next_button.setToolTip(self.tr("Next question (Page Down)"))
        self.submit_button = QPushButton(icon("submit"), self.tr("Submit answers"))
        self.submit_button.setProperty("role", "primary")
        self.prev_button.clicked.connect(lambda: self.go_to(self.index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.index + 1))
        self.submit_button.clicked.connect(self.submit)
        for keys, step in (("PgUp", -1), ("Ctrl+Left", -1), ("PgDown", 1), ("Ctrl+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), page)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.go_to(self.index + step))
        top = QHBoxLayout()
        top.addWidget(self.quiz_title, 1)
        top.addWidget(self.position_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.save_status, 1)
        bottom.addWidget(self.submit_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.navigator)
        layout.addWidget(scroll_area(holder), 1)
        layout.addLayout(bottom)
        return page

    def _build_summary(self) -> QWidget:
        page = QWidget()
        self.result_title = plain_label(role="headline")
        self.result_headline = plain_label()
        self.result_score = plain_label()
        self.retry_button = QPushButton(icon("retry"), self.tr("Try again"))
        self.retry_button.setProperty("role", "primary")
        self.retry_button.setAccessibleName(self.tr("Try the quiz again"))
        self.retry_button.clicked.connect(self.start)
        self.retry_message = plain_label(role="muted")
        self.review_host = QWidget()
        self.review_layout = QVBoxLayout(self.review_host)
        self.review_layout.setContentsMargins(0, 0, 8, 0)
        self.review_layout.setSpacing(10)
        header = QVBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.result_title)
        header.addWidget(self.result_headline)
        header.addWidget(self.result_score)
        row = QHBoxLayout()
        row.addWidget(self.retry_button)
        row.addWidget(self.retry_message, 1)
        header.addLayout(row)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(scroll_area(self.review_host), 1)
        return page

    # --- ItemView --------------------------------------------------------------------------

    def load(self, course_id: str, item: Any, language: str, folder: Any) -> None:
        super().load(course_id, item, language, folder)
        self._drop_control()
        self.attempt = None
        try:
            self.quiz = self.state.workspace.quiz(course_id, item.id, language)
        except BiblioError as exc:
            self.quiz = None
            self._intro_error(str(exc))
            return
        self.show_intro()

    def save_now(self) -> None:
        if self.control is not None and self.attempt is not None:
            self.control.flush()

    def unload(self) -> None:
        self.save_now()

    # --- intro -----------------------------------------------------------------------------

    def _intro_error(self, message: str) -> None:
        self.intro_title.setText(self.tr("This quiz cannot be shown"))
        for label in (self.intro_facts, self.intro_best):
            label.clear()
        self.intro_message.setText(message)
        self.start_button.hide()
        self.review_button.hide()
        self.stack.setCurrentIndex(0)

    def show_intro(self) -> None:
        """Title, size, pass mark, attempts and the best score, with Start or Resume."""
        progress, quiz, item = self.state.progress, self.quiz, self.item
        if quiz is None or item is None:
            return
        if progress is None:
            self._intro_error(self.tr("Sign in as a learner to take this quiz."))
            return
        last = progress.last_attempt(self.course_id, item.id, self.language)
        item_state = progress.item_state(self.course_id, item.id)
        used = item_state.attempts_used
        pass_mark = last.pass_mark if last else self._pass_mark()
        count = quiz.draw or len(quiz.questions)
        self.intro_title.setText(quiz.title)
        facts = [self.tr("%n questions · pass mark {mark}", "", count).format(
            mark=percent(pass_mark))]
        if quiz.max_attempts:
            facts.append(self.tr("Attempts used: {used} of {max}").format(
                used=used, max=quiz.max_attempts))
        else:
            facts.append(self.tr("Attempts used: {used} (no limit)").format(used=used))
        self.intro_facts.setText("\n".join(facts))
        best = item_state.best_score
        self.intro_best.setText(self.tr("Best score so far: {score}").format(
            score=percent(best)) if best is not None else self.tr("No score yet."))
        set_role(self.intro_best, "success" if item_state.done else None)
        self.review_button.setVisible(bool(last and last.submitted))
        self.start_button.show()
        self.start_button.setEnabled(True)
        self.intro_message.setProperty("role", None)
        if last is not None and not last.submitted:
            done = sum(is_answered(a) for a in last.answers.values())
            self.start_button.setText(self.tr("Resume"))
            self.start_button.setAccessibleName(self.tr("Resume the quiz"))
            self.intro_message.setText(self.tr(
                "You have an unfinished attempt: {done} of %n questions answered. Your "
                "answers are saved.", "", len(last.question_ids)).format(done=done))
        elif can_start_attempt(quiz, used):
            self.start_button.setText(self.tr("Try again") if used else self.tr("Start"))
            self.start_button.setAccessibleName(self.tr("Start the quiz"))
            self.intro_message.setText(self.tr(
                "Answer one question at a time; every answer is saved at once, so you can "
                "stop and come back later."))
        else:
            self.start_button.hide()
            self.intro_message.setProperty("role", "danger")
            self.intro_message.setText(self.tr(
                "You have used all %n attempts. Your best result: {score}.", "",
                quiz.max_attempts).format(score=percent(best)))
        self.intro_message.style().polish(self.intro_message)
        self.stack.setCurrentIndex(0)

    def _pass_mark(self) -> float:
        assert self.quiz is not None
        if self.quiz.pass_mark is not None:
            return self.quiz.pass_mark
        return self.state.workspace.manifest(self.course_id).pass_mark

    def start(self) -> None:
        """Resume the open attempt or start a new one (a database write: it may create it)."""
        progress, item = self.state.progress, self.item
        if progress is None or item is None:
            return
        self.start_button.setEnabled(False)
        self.retry_button.setEnabled(False)
        course_id, language = self.course_id, self.language
        self.state.write(lambda: progress.current_attempt(course_id, item.id, language),
                         done=self._if_alive(self._begin), failed=self._if_alive(self._failed))

    def _if_alive(self, fn: Any) -> Any:
        """Callbacks arrive after the commit; the view may have been closed meanwhile."""
        return lambda value: fn(value) if Shiboken.isValid(self) else None

    def _failed(self, exc: BaseException) -> None:
        self.start_button.setEnabled(True)
        self.retry_button.setEnabled(True)
        self.submit_button.setEnabled(True)
        show_error(self, exc)

    def _begin(self, attempt: AttemptView) -> None:
        if attempt.submitted:  # no attempt left: the tracker returned the last one
            self.show_intro()
            return
        self.attempt = attempt
        self.answers = dict(attempt.answers)
        self.quiz_title.setText(self.quiz.title if self.quiz else "")
        self.navigator.set_count(len(attempt.question_ids))
        ids = attempt.question_ids
        index = ids.index(attempt.current_question) if attempt.current_question in ids else 0
        self.save_status.clear()
        self.submit_button.setEnabled(True)
        self.stack.setCurrentIndex(1)
        self.show_question(index, remember=False)

    # --- questions -------------------------------------------------------------------------

    def _drop_control(self) -> None:
        if self.control is not None:
            self.control.flush()
            self.card_layout.removeWidget(self.control)
            self.control.hide()  # deleteLater waits for the event loop; hide it now
            self.control.setParent(None)
            self.control.deleteLater()
            self.control = None

    def restyle(self) -> None:
        """After a text-size switch: the current question's control is made again, since
        its fields are sized for the text (blanks, lists). The answer is kept (it is
        saved as given); an answer that cannot be saved yet stays as typed, in the old
        sizes, rather than be lost."""
        control = self.control
        if control is None or self.attempt is None or self.stack.currentIndex() != 1:
            return
        try:
            control.answer()
        except InvalidAnswer:
            return
        focused = QApplication.focusWidget()
        self.show_question(self.index, remember=False)
        if focused is not None and not control.isAncestorOf(focused) and focused.isVisible():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)  # it stays where it was

    def question(self) -> Question:
        assert self.quiz is not None and self.attempt is not None
        return self.quiz.question(self.attempt.question_ids[self.index])

    def go_to(self, index: int) -> None:
        if self.attempt is not None and 0 <= index < len(self.attempt.question_ids) \
                and self.stack.currentIndex() == 1:
            self.show_question(index)

    def show_question(self, index: int, remember: bool = True) -> None:
        """Show question `index` of the attempt; remember it so a resume returns here."""
        attempt, progress = self.attempt, self.state.progress
        if attempt is None or progress is None:
            return
        self._drop_control()  # flushes typed text of the question we leave
        self.index = index
        question = self.question()
        total = len(attempt.question_ids)
        self.position_label.setText(self.tr("Question {n} of {total}").format(
            n=index + 1, total=total))
        self.prompt.setText(question.prompt)
        self.card.setAccessibleName(self.position_label.text())
        self.card.setAccessibleDescription(question.prompt)
        order = attempt.option_orders.get(question.id, ())
        control = (make_passage_control(question, order) if question.type in FORMAT_2_TYPES
                   else make_control(question, order, self.language))
        control.setAccessibleName(self.tr("Answer to question {n}").format(n=index + 1))
        control.setAccessibleDescription(question.prompt)
        where = f"{self.position_label.text()}: {question.prompt}"
        for part in control.findChildren(QWidget):  # each choice says what it answers
            if part.focusPolicy() & Qt.FocusPolicy.TabFocus:
                part.setAccessibleDescription(where)
        if question.id in self.answers:
            control.set_answer(self.answers[question.id])
        control.changed.connect(self._changed)
        self.card_layout.addWidget(control)
        self.control = control
        self.prev_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < total - 1)
        self._update_navigator()
        control.first_focus().setFocus(Qt.FocusReason.OtherFocusReason)
        if remember:
            attempt_id, qid = attempt.attempt_id, question.id
            self.state.write(lambda: progress.set_current_question(attempt_id, qid),
                             failed=self._if_alive(self._not_saved_error))

    def _update_navigator(self) -> None:
        if self.attempt is not None:
            self.navigator.update_states(self.index, [
                is_answered(self.answers.get(qid)) for qid in self.attempt.question_ids])

    def _changed(self) -> None:
        """Save the answer now; the indicator says "Saved" only after the commit."""
        control, attempt, progress = self.control, self.attempt, self.state.progress
        if control is None or attempt is None or progress is None:
            return
        qid = control.question.id
        try:
            answer = control.answer()
        except InvalidAnswer as exc:
            self._set_status(self.tr("Not saved: {reason}").format(reason=exc), "danger")
            return
        if answer is None:
            if qid in self.answers:
                self._set_status(self.tr("Not saved: an empty answer cannot replace your "
                                         "earlier one."), "danger")
            return
        if self.answers.get(qid, ...) == answer and self.save_status.property("role") != "danger":
            return
        self.answers[qid] = answer
        self._update_navigator()
        self._write_no += 1
        number = self._write_no
        self._set_status(self.tr("Saving…"), "muted")

        def saved(_value: object) -> None:
            if number == self._write_no:
                self._set_status(self.tr("Saved"), "success")

        def failed(exc: BaseException) -> None:
            if number == self._write_no:
                self._not_saved_error(exc)

        attempt_id = attempt.attempt_id
        self.state.write(lambda: progress.save_answer(attempt_id, qid, answer, qid),
                         done=self._if_alive(saved), failed=self._if_alive(failed))

    def _not_saved_error(self, exc: BaseException) -> None:
        known = str(exc) if isinstance(exc, AnswerError) else user_message(exc)
        if known is None:
            log.error("saving a quiz answer failed", exc_info=exc)
        self._set_status(self.tr("Not saved: {reason}").format(reason=known or exc), "danger")

    def _set_status(self, text: str, role: str) -> None:
        self.save_status.setText(text)
        set_role(self.save_status, role)
        if role != "muted":  # "Saved" and "Not saved: …", not every "Saving…"
            announce(self.save_status, text, assertive=role == "danger")

    # --- submitting and results ------------------------------------------------------------

    def ask_submit_unanswered(self, unanswered: int) -> bool:
        """Confirm a submit with unanswered questions (tests replace this method)."""
        reply = QMessageBox.question(
            self, self.tr("Submit answers"),
            self.tr("%n questions are not answered yet. Submit anyway?", "", unanswered))
        return reply == QMessageBox.StandardButton.Yes

    def submit(self) -> None:
        attempt, progress = self.attempt, self.state.progress
        if attempt is None or progress is None:
            return
        self.save_now()
        unanswered = sum(not is_answered(self.answers.get(q)) for q in attempt.question_ids)
        if unanswered and not self.ask_submit_unanswered(unanswered):
            return
        self.submit_button.setEnabled(False)
        attempt_id = attempt.attempt_id
        self.state.write(lambda: progress.submit_attempt(attempt_id),
                         done=self._if_alive(self._submitted),
                         failed=self._if_alive(self._failed))

    def _submitted(self, result: AttemptResult) -> None:
        assert self.attempt is not None and self.item is not None and self.state.progress
        answers, ids = dict(self.answers), self.attempt.question_ids
        # review what was scored (the database), not what the screen last held
        stored = self.state.progress.last_attempt(self.course_id, self.item.id, self.language)
        if stored is not None and stored.attempt_id == self.attempt.attempt_id:
            answers = stored.answers
        self._drop_control()
        self.attempt = None
        self.show_result(result, ids, answers, stored.reviews if stored else {})
        self.state.progress_changed.emit(self.course_id)
        if result.passed:
            self.completed.emit(self.item.id)

    def review_last(self) -> None:
        """Show the last submitted attempt's result again (scored here: a pure function)."""
        progress, quiz, item = self.state.progress, self.quiz, self.item
        if progress is None or quiz is None or item is None:
            return
        last = progress.last_attempt(self.course_id, item.id, self.language)
        if last is not None and last.submitted:
            result = score_attempt(quiz, last.question_ids, last.answers, last.pass_mark)
            self.show_result(result, last.question_ids, last.answers, last.reviews)

    def show_result(self, result: AttemptResult, ids: tuple[str, ...],
                    answers: dict[str, Any], reviews: dict[str, Any] | None = None) -> None:
        """Score, pass or fail, Retry when allowed, and a review of every question (with
        the facilitator's reviews of free-text answers)."""
        assert self.quiz is not None and self.state.progress is not None and self.item
        passed = result.passed
        self.result_title.setText(self.tr("Result: {title}").format(title=self.quiz.title))
        self.result_headline.setText(self.tr("Passed") if passed else self.tr("Not passed yet"))
        set_role(self.result_headline, "success" if passed else "danger")
        score_text = self.tr("Your score: {score} (pass mark {mark})").format(
            score=percent(result.score), mark=percent(result.pass_mark))
        if not passed and any(not r.scored and not r.answered for r in result.results):
            score_text += "\n" + self.tr("To pass, answer every question that asks you to "
                                         "write your own answer.")
        self.result_score.setText(score_text)
        used = self.state.progress.item_state(self.course_id, self.item.id).attempts_used
        allowed = can_start_attempt(self.quiz, used)
        self.retry_button.setVisible(allowed)
        self.retry_button.setEnabled(allowed)
        set_role(self.retry_button, None if passed else "primary")
        if allowed:
            self.retry_message.setText(self.tr("You can try again; a new attempt may ask "
                                               "different questions."))
        else:
            self.retry_message.setText(self.tr(
                "You have used all %n attempts for this quiz.", "", self.quiz.max_attempts))
        while self.review_layout.count():
            child = self.review_layout.takeAt(0).widget()
            if child is not None:
                child.deleteLater()
        results = {r.question_id: r for r in result.results}
        for n, qid in enumerate(ids, 1):
            self.review_layout.addWidget(review_card(
                n, self.quiz.question(qid), answers.get(qid), results[qid],
                (reviews or {}).get(qid)))
        self.review_layout.addStretch(1)
        self.stack.setCurrentIndex(2)
        (self.retry_button if allowed else self.result_headline).setFocus()
        announce(self.result_headline, f"{self.result_headline.text()}. "
                 f"{self.result_score.text()}")
