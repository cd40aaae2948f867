"""The facilitator reviews free-text answers: a list per learner and per course, and for
the chosen answer the question, the learner's text, a score and a comment.

The app does not score free-text answers (learning/reviews.py); they wait here after the
learner submitted the quiz. "Mark reviewed" stores the score and the comment, which the
learner sees in the quiz's result. Saving goes through the serial writer like every
write, and the list moves on to the next answer so a pile can be reviewed from the
keyboard: read, Tab to the score, Tab to the comment, Ctrl+Enter.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...learning.reviews import COMMENT_MAX, FreeTextAnswer
from ..base.accessibility import LARGE_TEXT_PT
from ..base.errors import show_error
from ..base.formats import format_date, percent
from ..base.icons import icon
from ..base.state import AppState
from ..base.theme import set_role

ANSWER_ROLE = Qt.ItemDataRole.UserRole + 1


def _wrapped(text: str = "", role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class ReviewAnswersDialog(QDialog):
    """Free-text answers waiting for review; `learner_id`/`course_id` preset the filters."""

    def __init__(self, state: AppState, parent: QWidget | None = None, *,
                 learner_id: int | None = None, course_id: str | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.answers: list[FreeTextAnswer] = []
        self.reviewed: list[int] = []  # answers reviewed while the dialog was open
        self.setWindowTitle(self.tr("Review written answers"))
        self.setAccessibleName(self.windowTitle())
        self.resize(1040, 660)
        if QApplication.font().pointSize() >= LARGE_TEXT_PT:
            self.resize(1240, 780)

        self.learner_combo = QComboBox()
        self.learner_combo.setAccessibleName(self.tr("Show the answers of"))
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Show the answers in"))
        self.reviewed_box = QCheckBox(self.tr("Also show reviewed answers"))
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        filters = QBoxLayout(QBoxLayout.Direction.TopToBottom if large  # one per row at 24 pt
                             else QBoxLayout.Direction.LeftToRight)
        for text, combo in ((self.tr("Learner:"), self.learner_combo),
                            (self.tr("Course:"), self.course_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            pair = QHBoxLayout()
            pair.addWidget(label)
            pair.addWidget(combo, 1)
            filters.addLayout(pair, 1)
        filters.addWidget(self.reviewed_box)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Written answers"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.empty = _wrapped(role="muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.heading = _wrapped(role="title")
        self.prompt = _wrapped()
        font = self.prompt.font()
        font.setBold(True)
        self.prompt.setFont(font)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("The learner's answer"))
        self.previous = _wrapped(role="muted")
        self.score = QSpinBox()
        self.score.setRange(0, 100)
        self.score.setSingleStep(10)
        self.score.setSuffix(" %")
        self.score.setValue(100)
        self.score.setAccessibleName(self.tr("Score, in percent"))
        self.score.setMaximumWidth(self.score.fontMetrics().horizontalAdvance("100 %") + 60)
        self.comment = QPlainTextEdit()
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("What the learner will read with the score"))
        self.comment.setAccessibleName(self.tr("Comment for the learner"))
        self.comment.setMaximumHeight(self.comment.fontMetrics().lineSpacing() * 6)
        self.save_button = QPushButton(icon("done"), self.tr("Mark reviewed"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(self.tr("Save the score and the comment (Ctrl+Enter)"))
        self.status = _wrapped()
        form = QFormLayout()
        form.addRow(self.tr("Score:"), self.score)
        form.addRow(self.tr("Comment:"), self.comment)
        detail = QWidget()
        side = QVBoxLayout(detail)
        side.setContentsMargins(12, 0, 0, 0)
        side.addWidget(self.heading)
        side.addWidget(self.prompt)
        side.addWidget(self.text, 1)
        side.addWidget(self.previous)
        side.addLayout(form)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(self.status, 1)
        buttons_row.addWidget(self.save_button)
        side.addLayout(buttons_row)
        self.detail = detail

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.empty, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

        self._fill_filters(learner_id, course_id)
        self.learner_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.course_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.reviewed_box.toggled.connect(lambda _c: self.refresh())
        self.list.currentItemChanged.connect(lambda *_a: self._show_current())
        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        self.refresh()

    # --- data ------------------------------------------------------------------------------

    def _fill_filters(self, learner_id: int | None, course_id: str | None) -> None:
        ws, language = self.state.workspace, self.state.language
        counts = ws.pending_review_counts()
        by_learner: dict[int, int] = {}
        by_course: dict[str, int] = {}
        for (lid, cid), n in counts.items():
            by_learner[lid] = by_learner.get(lid, 0) + n
            by_course[cid] = by_course.get(cid, 0) + n
        total = sum(counts.values())
        self.learner_combo.addItem(self.tr("All learners ({n})").format(n=total), None)
        for learner in ws.learners.list_learners():
            self.learner_combo.addItem(self.tr("{name} ({n})").format(
                name=learner.name, n=by_learner.get(learner.id, 0)), learner.id)
        self.course_combo.addItem(self.tr("All courses ({n})").format(n=total), None)
        for course in ws.list_courses(language):
            self.course_combo.addItem(self.tr("{name} ({n})").format(
                name=course.title, n=by_course.get(course.course_id, 0)), course.course_id)
        self.learner_combo.setCurrentIndex(max(0, self.learner_combo.findData(learner_id)))
        self.course_combo.setCurrentIndex(max(0, self.course_combo.findData(course_id)))

    def refresh(self, select_answer: int | None = None) -> None:
        """Reload the list with the filters; keep or move the selection sensibly."""
        current = self.current_answer()
        keep = select_answer if select_answer is not None else (
            current.answer_id if current else None)
        try:
            self.answers = self.state.workspace.free_text_answers(
                learner_id=self.learner_combo.currentData(),
                course_id=self.course_combo.currentData(),
                reviewed=None if self.reviewed_box.isChecked() else False,
                language=self.state.language)
        except Exception as exc:
            show_error(self, exc)
            return
        self.list.blockSignals(True)
        self.list.clear()
        for answer in self.answers:
            done = self.tr(" · reviewed") if answer.review else ""
            excerpt = " ".join(answer.text.split())
            excerpt = excerpt if len(excerpt) <= 90 else excerpt[:89].rstrip() + "…"
            item = QListWidgetItem(self.tr("{name} · {quiz} · {date}{done}\n{answer}").format(
                name=answer.learner_name, quiz=answer.quiz_title,
                date=format_date(answer.submitted_at), done=done, answer=excerpt))
            item.setToolTip(answer.prompt)
            item.setData(ANSWER_ROLE, answer.answer_id)
            item.setIcon(icon("done" if answer.review else "todo"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [a.answer_id for a in self.answers]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        self.list.setCurrentRow(row)
        empty = not self.answers
        self.list.setVisible(not empty)
        self.empty.setVisible(empty)
        self.empty.setText(self.tr("No written answers are waiting for review.")
                           if not self.reviewed_box.isChecked()
                           else self.tr("No written answers here yet."))
        self._show_current()

    def current_answer(self) -> FreeTextAnswer | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(ANSWER_ROLE)
        return next((a for a in self.answers if a.answer_id == wanted), None)

    def _show_current(self) -> None:
        answer = self.current_answer()
        self.detail.setEnabled(answer is not None)
        if answer is None:
            for label in (self.heading, self.prompt, self.previous):
                label.clear()
            self.text.clear()
            self.comment.clear()
            return
        self.heading.setText(self.tr("{name}, {course}").format(
            name=answer.learner_name, course=answer.course_title))
        self.prompt.setText(answer.prompt)
        self.text.setPlainText(answer.text)
        self.text.setAccessibleDescription(answer.prompt)
        review = answer.review
        if review is not None:
            self.previous.setText(self.tr("Reviewed on {date}: {score}. Saving again replaces "
                                          "the review.").format(
                date=format_date(review.reviewed_at), score=percent(review.score)))
            self.score.setValue(round(review.score * 100))
            self.comment.setPlainText(review.comment)
        else:
            self.previous.setText(self.tr("Submitted on {date}, attempt {n}.").format(
                date=format_date(answer.submitted_at, with_time=True), n=answer.attempt_no))
            self.score.setValue(100)
            self.comment.clear()

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        answer, facilitator = self.current_answer(), self.state.facilitator
        if answer is None or facilitator is None:
            return
        comment = self.comment.toPlainText()
        if len(comment) > COMMENT_MAX:
            self._say(self.tr("The comment is too long: at most %n characters.", "",
                              COMMENT_MAX), "danger")
            return
        score = self.score.value() / 100
        ws = self.state.workspace
        self.save_button.setEnabled(False)
        self.state.write(
            lambda: ws.review_answer(facilitator, answer.answer_id, score=score,
                                     comment=comment),
            done=lambda _review: self._saved(answer), failed=self._failed)

    def _saved(self, answer: FreeTextAnswer) -> None:
        self.save_button.setEnabled(True)
        ids = [a.answer_id for a in self.answers]
        index = ids.index(answer.answer_id) if answer.answer_id in ids else 0
        following = ids[index + 1] if index + 1 < len(ids) else None
        # without "reviewed" shown, the answer leaves the list: go on to the next one
        self.refresh(select_answer=answer.answer_id if self.reviewed_box.isChecked()
                     else following)
        self._say(self.tr("Saved the review of {name}'s answer.").format(
            name=answer.learner_name), "success")
        self.reviewed.append(answer.answer_id)
        (self.text if self.current_answer() else self.list).setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        show_error(self, exc)

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        (self.list if self.answers else self.learner_combo).setFocus()
