"""Questions in a video (format_version 3): the pause, the question, Continue, the list.

The question is shown in place of the paused picture (`question_page`, a page of the
video view's screen stack), the list of the video's questions under it.

The video view tells this box where playback is (`follow`); the box decides, as pure
bookkeeping, whether a question's time was reached by playing (pause and ask) or jumped
over by a seek (the question is marked skipped, never silently dropped). The list under
the video names every question with its time and state; choosing one (Enter) goes back
to it. Answers are checked and saved by the shared `QuestionPanel`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...learning.embedded import EmbeddedQuestions
from ...learning.quiz import Question
from ...learning.tracker import AttemptView, LearnerProgress
from ..base.accessibility import announce
from ..base.icons import icon
from ..base.theme import set_role
from .embedded_questions import QuestionPanel


def clock_time(seconds: float) -> str:
    seconds = max(0, int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class VideoQuestionsBox(QWidget):
    """Under the video: the question(s) of the moment with Continue, and the list."""

    continue_requested = Signal()
    asking_changed = Signal(bool)  # a question is shown (True) or closed (False)
    go_to_requested = Signal(float, str)  # seconds, question id: go back to a question

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.embedded: EmbeddedQuestions | None = None
        self.asking: tuple[Question, ...] = ()  # the questions shown now (video paused)
        self.asked_at = 0.0
        self.skipped: set[str] = set()
        self.furthest = 0.0  # the furthest point reached, by playing or seeking
        self.question_box = QWidget()
        self.title = QLabel()
        self.title.setProperty("role", "title")
        self.panel = QuestionPanel()
        self.continue_button = QPushButton(icon("play"), self.tr("Continue"))
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setAccessibleName(self.tr("Continue the video"))
        self.continue_button.clicked.connect(lambda _c=False: self.continue_requested.emit())
        self.panel.after_last = self.continue_button
        self.panel.answered.connect(lambda _qid: self.refresh())
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        box_layout = QVBoxLayout(self.question_box)
        box_layout.setContentsMargins(16, 12, 16, 12)
        box_layout.addWidget(self.title)
        box_layout.addWidget(self.panel)
        box_layout.addLayout(row)
        box_layout.addStretch(1)
        self.question_box.hide()
        # The page the video view shows over the picture while a question is asked: the
        # paused picture's room, scrolled when large text needs more.
        self.question_page = QScrollArea()
        self.question_page.setWidgetResizable(True)
        self.question_page.setFrameShape(QFrame.Shape.NoFrame)
        self.question_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.question_page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_page.setWidget(self.question_box)
        self.list_label = QLabel(self.tr("&Questions in this video:"))
        self.skipped_label = QLabel()
        self.skipped_label.setWordWrap(True)
        self.skipped_label.setProperty("role", "danger")
        self.skipped_label.hide()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Questions in this video"))
        self.list.setAccessibleDescription(self.tr("Press Enter to go to the question"))
        self.list_label.setBuddy(self.list)
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.list_label)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.list)
        self.hide()

    # --- set-up ---------------------------------------------------------------------------

    def start(self, embedded: EmbeddedQuestions, write: Any, progress: LearnerProgress,
              attempt: AttemptView, language: str, furthest: float) -> None:
        """Bind to the item's attempt; questions before `furthest` left unanswered are
        the ones skipped in an earlier visit."""
        self.embedded = embedded
        self.panel.start(write, progress, attempt, language)
        self.furthest = furthest
        self.skipped = {q.id for at, q in embedded.times()
                        if at < furthest and q.id not in self.panel.answers}
        self.asking = ()
        self.question_box.hide()
        self.show()
        self.refresh()

    @property
    def ready(self) -> bool:
        return self.embedded is not None and self.panel.attempt is not None

    def answered(self, question_id: str) -> bool:
        return question_id in self.panel.answers

    # --- following playback -----------------------------------------------------------------

    def follow(self, before: float, after: float, played: bool) -> tuple[Question, ...]:
        """Playback moved from `before` to `after`: by playing (`played`) or a seek.

        Returns the unanswered questions to ask now (the caller pauses the video) when
        playing reached their time; a seek forward over unanswered questions marks them
        skipped instead, so they are listed for the learner to go back to.
        """
        if not self.ready or self.asking:
            return ()
        assert self.embedded is not None
        due = tuple(q for q in self.embedded.due(before, after) if not self.answered(q.id))
        self.furthest = max(self.furthest, after)
        if not due:
            return ()
        if played:
            first = self.embedded.places[due[0].id]
            return tuple(q for q in due if self.embedded.places[q.id] == first)
        self.skipped |= {q.id for q in due}
        self.refresh()
        return ()

    def ask(self, questions: Sequence[Question]) -> None:
        """Show `questions` (the video is paused) and announce them."""
        assert self.embedded is not None
        self.asking = tuple(questions)
        self.asked_at = float(self.embedded.places[questions[0].id])
        total = len(questions)
        text = self.tr("Question at {time}").format(time=clock_time(self.asked_at))
        headings = [text if total == 1 else self.tr("Question {n} of {total} at {time}").format(
            n=n, total=total, time=clock_time(self.asked_at)) for n in range(1, total + 1)]
        self.title.setText(text)
        self.title.setVisible(total > 1)  # one question: its card says it
        self.panel.show_questions(self.asking, headings)
        self.question_box.show()
        self.asking_changed.emit(True)
        self.refresh()
        target = self.panel.first_open() or self.continue_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.question_box, text)

    def close_questions(self) -> None:
        """Continue: what was asked and left unanswered is skipped."""
        self.skipped |= {q.id for q in self.asking if not self.answered(q.id)}
        self.skipped -= set(self.panel.answers)
        self.asking = ()
        self.panel.show_questions((), ())
        self.question_box.hide()
        self.asking_changed.emit(False)
        self.refresh()

    # --- the list -------------------------------------------------------------------------

    def skipped_ids(self) -> list[str]:
        """The questions skipped and still unanswered, in the video's order."""
        if self.embedded is None:
            return []
        return [q.id for _at, q in self.embedded.times()
                if q.id in self.skipped and not self.answered(q.id)]

    def refresh(self) -> None:
        """Rewrite the list: time, state and prompt of every question."""
        if self.embedded is None:
            return
        self.skipped -= set(self.panel.answers)
        current = self.list.currentRow()
        self.list.clear()
        for at, question in self.embedded.times():
            if self.answered(question.id):
                state = self.tr("Answered")
            elif question in self.asking:
                state = self.tr("Asked now")
            elif question.id in self.skipped:
                state = self.tr("Skipped, not answered")
            else:
                state = self.tr("Coming up")
            row = QListWidgetItem(f"{clock_time(at)} · {state} · {question.prompt}")
            row.setData(Qt.ItemDataRole.UserRole, (at, question.id))
            self.list.addItem(row)
        self.list.setCurrentRow(max(0, min(current, self.list.count() - 1)))
        rows = min(self.list.count(), 4)
        self.list.setFixedHeight(self.list.sizeHintForRow(0) * rows + 2 * self.list.frameWidth()
                                 + 4)
        skipped = len(self.skipped_ids())
        self.skipped_label.setVisible(bool(skipped))
        self.skipped_label.setText(self.tr(
            "Questions you skipped: {n}. Choose one in the list and press Enter to answer it.")
            .format(n=skipped))
        set_role(self.skipped_label, "danger")

    def _activated(self, row: QListWidgetItem) -> None:
        at, question_id = row.data(Qt.ItemDataRole.UserRole)
        self.go_to_requested.emit(float(at), str(question_id))
