"""Slides: a Markdown file split on `---`, shown one slide at a time in large type.

Each slide goes through the same renderer and confined browser as a lesson, so slides
get the same protection and the same heading and link keys (lesson_navigation.py) and
structure for screen readers (lesson_accessible.py). Every slide shown is reported;
seeing them all completes the item, and reopening resumes at the last slide shown. A
deck with questions on its slides (format_version 3) shows them below the slide text
(embedded_questions.py), in the Tab order after the slide; the item then also needs
every question answered.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...errors import BiblioError
from ...learning.embedded import EmbeddedQuestions
from ...learning.tracker import AttemptView
from ...lessons.render import render_markdown
from ...packages.frontmatter import split_front_matter, split_slides
from ...packages.manifest import Item
from ..base.accessibility import announce
from ..base.icons import icon
from ..base.state import AppState
from ..base.theme import colors
from .embedded_questions import QuestionPanel
from .item_view import ItemView
from .lesson_navigation import HeadingNavigator
from .lesson_style import boxed_blocks, column_margin, lesson_css, lesson_point_size
from .lesson_view import ConfinedBrowser, item_text

_KEYS: dict[int, int | str] = {
    Qt.Key.Key_Left.value: -1, Qt.Key.Key_PageUp.value: -1, Qt.Key.Key_Right.value: 1,
    Qt.Key.Key_PageDown.value: 1, Qt.Key.Key_Home.value: "first", Qt.Key.Key_End.value: "last"}


class SlidesView(ItemView):
    """Previous/Next (buttons, arrow and page keys, Home/End), "Slide 3 of 8", a bar."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.slides: list[str] = []
        self.index = 0
        self._completed_sent = False
        self.browser = ConfinedBrowser()
        self.browser.setAccessibleName(self.tr("Slide"))
        self.browser.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.browser.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.browser.anchorClicked.connect(self._on_anchor)
        self.browser.installEventFilter(self)
        self.navigator = HeadingNavigator(self, self.browser)  # as in lessons
        self.previous_button = QPushButton(icon("previous"), self.tr("Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous slide"))
        self.previous_button.clicked.connect(lambda: self.go(self.index - 1))
        self.next_button = QPushButton(icon("next"), self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Next slide"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # icon after text
        self.next_button.clicked.connect(lambda: self.go(self.index + 1))
        self.counter = QLabel()
        self.counter.setProperty("role", "muted")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.bar.setAccessibleName(self.tr("Slides shown"))
        self.embedded: EmbeddedQuestions | None = None
        self.questions = QuestionPanel()
        self.questions.page_keys = True  # Page Up/Down inside a question still move slides
        self.questions.page_key.connect(lambda step: self.go(self.index + step))
        self.questions.after_last = self.next_button
        self.questions.answered.connect(  # after the card's new lines are laid out
            lambda _qid: QTimer.singleShot(0, self._refit))
        self.questions.item_done.connect(lambda: self._on_reported(
            self.item.id if self.item else "", True))
        self.questions_note = QLabel()
        self.questions_note.setWordWrap(True)
        self.questions_note.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(24, 8, 24, 8)
        holder_layout.addWidget(self.questions_note)
        holder_layout.addWidget(self.questions)
        holder_layout.addStretch(1)
        self.questions_area = QScrollArea()
        self.questions_area.setWidgetResizable(True)
        self.questions_area.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.questions_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.questions_area.setWidget(holder)
        self.questions_area.hide()
        controls = QHBoxLayout()
        controls.setContentsMargins(16, 8, 16, 12)
        controls.addWidget(self.previous_button)
        controls.addStretch(1)
        controls.addWidget(self.counter)
        controls.addStretch(1)
        controls.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.browser, 3)
        layout.addWidget(self.questions_area, 2)
        layout.addWidget(self.bar)
        layout.addLayout(controls)
        self.setTabOrder(self.browser, self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        state.settings_changed.connect(self._on_setting)

    def load(self, course_id: str, item: Item, language: str, folder: Path) -> None:
        super().load(course_id, item, language, folder)
        self.browser.folder = folder
        self._completed_sent = False
        self._base = ""
        try:
            self._base, text = item_text(self.state, course_id, item, language, folder)
            self.slides = split_slides(split_front_matter(text)[1])
        except (OSError, UnicodeDecodeError):
            self.slides = []
        self._ids = {i.id for i in self.state.workspace.manifest(course_id).items}
        self._load_questions(course_id, item, language)
        start = 0
        if self.state.progress is not None:
            position = self.state.progress.item_state(course_id, item.id).position
            start = int(position.get("slide", 0) or 0)
        self.go(max(0, min(start, len(self.slides) - 1)), announce_slide=False)

    def go(self, index: int | str, *, announce_slide: bool = True) -> None:
        """Show slide `index` (clamped; "first"/"last" allowed) and report it; the slide
        says which it is (and how many questions it has) to screen readers, as the
        PDF page does."""
        if not self.slides:
            self._show_empty()
            return
        if index == "first":
            index = 0
        elif index == "last":
            index = len(self.slides) - 1
        assert isinstance(index, int)
        self.index = max(0, min(index, len(self.slides) - 1))
        self._render()
        count = len(self.slides)
        self._counter_base = self.tr("Slide {n} of {total}").format(n=self.index + 1,
                                                                     total=count)
        self.counter.setText(self._counter_base)
        self.bar.setRange(0, count)
        self.bar.setValue(self.index + 1)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < count - 1)
        self._show_slide_questions()
        if announce_slide:
            announce(self.browser, self.counter.text())
        self._report(self.index, count)

    # --- questions on the slides ---------------------------------------------------------

    def _load_questions(self, course_id: str, item: Item, language: str) -> None:
        """Read the deck's questions and fetch (or start) the attempt holding the answers."""
        self.embedded = None
        self.questions.attempt = None
        self.questions.show_questions((), ())
        self.questions_note.hide()
        progress = self.state.progress
        if not item.questions or progress is None:
            return
        try:
            self.embedded = self.state.workspace.item_questions(course_id, item.id, language)
        except BiblioError as exc:
            self._note(self.tr("The questions of these slides cannot be shown: {reason}")
                       .format(reason=exc))
            return
        item_id = item.id
        self.state.write(lambda: progress.item_attempt(course_id, item_id, language),
                         lambda attempt: self._attempt_ready(item_id, attempt),
                         lambda exc: self._note(str(exc)) if shiboken6.isValid(self) else None)

    def _note(self, text: str) -> None:
        self.questions_note.setText(text)
        self.questions_note.show()
        self.questions_area.show()

    def _attempt_ready(self, item_id: str, attempt: AttemptView) -> None:
        progress = self.state.progress
        if not shiboken6.isValid(self) or self.item is None or self.item.id != item_id \
                or progress is None:
            return
        self.questions.start(self.state.write, progress, attempt, self.language)
        self._show_slide_questions()

    def _show_slide_questions(self) -> None:
        """The questions of the slide shown, below it, after it in the Tab order."""
        embedded = self.embedded
        questions = embedded.on_slide(self.index) if embedded and self.slides else ()
        if self.questions.attempt is None:
            questions = ()
        total = len(questions)
        headings = [self.tr("Question on this slide") if total == 1 else
                    self.tr("Question {n} of {total} on this slide").format(n=n, total=total)
                    for n in range(1, total + 1)]
        self.questions.show_questions(questions, headings)
        self.questions_area.setVisible(bool(questions) or self.questions_note.isVisible())
        self._fit_questions()
        chain = [self.browser, *self.questions.stops(), self.previous_button, self.next_button]
        for first, second in pairwise(chain):
            self.setTabOrder(first, second)
        if questions:
            self.counter.setText(getattr(self, "_counter_base", "") + " · " + (
                self.tr("%n questions", "", total)))
        self.browser.setAccessibleDescription(self.counter.text())

    def _render(self) -> None:
        size = lesson_point_size(int(self.state.setting("font_size") or 11),
                                 int(self.state.setting("lesson_zoom") or 0), slides=True)
        font = QFont(self.font())
        font.setPointSizeF(size)
        document = self.browser.document()
        document.setDefaultFont(font)
        document.setDefaultStyleSheet(lesson_css(colors(str(self.state.setting("theme"))), size))
        document.setDocumentMargin(24)
        char_width = font.pointSizeF() * 0.55 * 96 / 72
        self.browser.max_image_width = max(200, self.browser.viewport().width() - 80)
        html = render_markdown(self.slides[self.index], self._base, self._ids).html
        self.browser.setHtml(boxed_blocks(html))
        root = document.rootFrame()
        fmt = root.frameFormat()
        margin = column_margin(self.browser.viewport().width(), char_width * 0.8, minimum=24)
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        root.setFrameFormat(fmt)

    def _show_empty(self) -> None:
        self.browser.setHtml("<p>{}</p>".format(self.tr(
            "This slide deck is empty or its file is missing. Reinstall the course package, "
            "or ask your facilitator for a new copy.")))
        self.counter.clear()
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)

    def _report(self, index: int, count: int) -> None:
        progress, item = self.state.progress, self.item
        if progress is None or item is None:
            return
        course_id, item_id = self.course_id, item.id
        self.state.write(lambda: progress.report_slide(course_id, item_id, index, count),
                         lambda finished: self._on_reported(item_id, bool(finished)))

    def _on_reported(self, item_id: str, finished: bool) -> None:
        if (finished and shiboken6.isValid(self) and not self._completed_sent
                and self.item is not None and self.item.id == item_id):
            self._completed_sent = True
            self.completed.emit(item_id)

    def _on_setting(self, key: str) -> None:
        if key in ("lesson_zoom", "font_size", "theme") and self.slides:
            self._render()

    def _on_anchor(self, url: Any) -> None:
        if url.scheme() == "item":
            self.open_item_requested.emit(url.path())

    def _navigate(self, key: int) -> bool:
        step = _KEYS.get(int(getattr(key, "value", key)))
        if step is None:
            return False
        self.go(step if isinstance(step, str) else self.index + step)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._navigate(event.key()):
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.browser and event.type() == QEvent.Type.KeyPress
                and self._navigate(event.key())):  # type: ignore[attr-defined]
            return True
        return super().eventFilter(watched, event)

    def _refit(self) -> None:
        if shiboken6.isValid(self) and self.questions_area.isVisible():
            self._fit_questions()

    def _fit_questions(self) -> None:
        """The questions get the room they need, up to 60 % of the view (then they
        scroll); the slide keeps the rest."""
        holder = self.questions_area.widget()
        holder.layout().activate()
        needed = holder.layout().sizeHint().height() + 4
        self.questions_area.setMinimumHeight(min(needed, int(self.height() * 0.6)))
        self.questions_area.setMaximumHeight(max(needed, self.questions_area.minimumHeight()))

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if self.questions_area.isVisible():
            self._fit_questions()
        if self.slides:
            self._render()
