"""The signed-in learner's progress: one course at a time, items, time, quiz scores, skills.

The course page itself (`CourseProgressView`) is a separate widget because the
facilitator's drill-down shows exactly the same page for any learner; both read the same
`CourseProgress` numbers the CLI prints.
"""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...learning.summary import CourseProgress, ItemSummary
from ..base.accessibility import LARGE_TEXT_PT, wrap_titles
from ..base.errors import show_error
from ..base.formats import format_date, format_duration, percent, profile_name
from ..base.icons import icon
from ..base.state import AppState, Navigator
from ..base.theme import empty_note
from ..records.sync_panel import SyncStatusLabel

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole


class CourseProgressView(QWidget):
    """One learner's page for one course: overall bar, modules with items, skills."""

    item_activated = Signal(str)  # item id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress: CourseProgress | None = None
        self.overall = QProgressBar()
        self.overall.setRange(0, 100)
        self.overall.setAccessibleName(self.tr("Overall progress"))
        self.overall.setFormat(self.tr("%p % done"))
        self.time_label = QLabel()
        self.status_label = QLabel()
        header = QHBoxLayout()
        header.addWidget(self.overall, 1)
        header.addSpacing(16)
        header.addWidget(self.time_label)
        header.addSpacing(16)
        header.addWidget(self.status_label)

        self.tree = QTreeWidget()
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Module and item"), self.tr("Done"), self.tr("Time"), self.tr("Quiz")]
        )
        self.tree.setAccessibleName(self.tr("Modules and items; press Enter to open an item"))
        self.tree.setAlternatingRowColors(True)
        wrap_titles(self.tree)  # long titles wrap at large text sizes, never elided
        head = self.tree.header()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            head.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._activated)

        self.skills_box = QWidget()
        self.skills_layout = QVBoxLayout(self.skills_box)
        self.skills_layout.setContentsMargins(8, 0, 8, 8)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.skills_box)
        skills_panel = QWidget()
        panel_layout = QVBoxLayout(skills_panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        skills_title = QLabel(self.tr("Skills"))
        skills_title.setProperty("role", "title")
        panel_layout.addWidget(skills_title)
        panel_layout.addWidget(scroll)

        splitter = self.splitter = QSplitter()
        self.restyle()
        splitter.addWidget(self.tree)
        splitter.addWidget(skills_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([680, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)

    def restyle(self) -> None:
        """From the large text sizes on, the skills go under the items (no sideways
        scrolling); called again after a text-size switch."""
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        self.splitter.setOrientation(Qt.Orientation.Vertical if large
                                     else Qt.Orientation.Horizontal)

    def show_progress(self, progress: CourseProgress) -> None:
        self.progress = progress
        self.overall.setValue(round(progress.fraction * 100))
        self.time_label.setText(
            self.tr("Time spent: {t}").format(t=format_duration(progress.seconds_spent))
        )
        if progress.completion is not None:
            self.status_label.setText(
                self.tr("Completed on {date}").format(
                    date=format_date(progress.completion.completed_at)
                )
            )
            self.status_label.setProperty("role", "success")
        elif progress.fraction > 0 or progress.seconds_spent > 0:
            self.status_label.setText(self.tr("In progress"))
            self.status_label.setProperty("role", "muted")
        else:
            self.status_label.setText(self.tr("Not started yet"))
            self.status_label.setProperty("role", "muted")
        self.status_label.style().unpolish(self.status_label)
        self.status_label.style().polish(self.status_label)
        self._fill_tree(progress)
        self._fill_skills(progress)

    def _fill_tree(self, progress: CourseProgress) -> None:
        self.tree.clear()
        for module in progress.modules:
            node = QTreeWidgetItem([module.title, percent(module.fraction), "", ""])
            node.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            for item in module.items:
                node.addChild(self._item_row(item))
            self.tree.addTopLevelItem(node)
            node.setExpanded(True)

    def _item_row(self, item: ItemSummary) -> QTreeWidgetItem:
        state = item.state
        title = (
            item.title if item.required else self.tr("{title} (optional)").format(title=item.title)
        )
        quiz = ""
        if item.kind == "quiz" and state.attempts_used:
            best = percent(state.best_score or 0.0)
            quiz = self.tr("best {score}, %n attempts", "", state.attempts_used).format(score=best)
        elif state.best_score is not None:  # every question on the slides or video answered
            quiz = self.tr("questions: {score}").format(score=percent(state.best_score))
        spent = format_duration(state.seconds_spent) if state.seconds_spent else ""
        row = QTreeWidgetItem([title, "", spent, quiz])
        row.setIcon(0, icon(item.kind))
        row.setIcon(1, icon("done" if state.done else "opened" if state.opened else "todo"))
        # the status in words too, not only as an icon (WCAG 1.1.1, 1.4.1)
        row.setText(1, self.tr("Done") if state.done else
                    self.tr("Started") if state.opened else self.tr("Not started"))
        row.setData(0, ITEM_ID_ROLE, item.item_id)
        row.setToolTip(0, self.tr("Press Enter or double-click to open"))
        return row

    def _fill_skills(self, progress: CourseProgress) -> None:
        while self.skills_layout.count():
            child = self.skills_layout.takeAt(0)
            widget = child.widget()
            if widget is not None:  # hide now: deleteLater waits for the event loop
                widget.hide()
                widget.deleteLater()
        if not progress.skills:
            empty = QLabel(self.tr("This course does not list any skills."))
            empty.setProperty("role", "muted")
            self.skills_layout.addWidget(empty)
        for code, skills in progress.profiles.items():
            group = QLabel(profile_name(code))
            group.setProperty("role", "title")
            group.setWordWrap(True)
            group.setToolTip(code)
            self.skills_layout.addWidget(group)
            for skill in skills:
                label = QLabel(skill.title)
                label.setWordWrap(True)
                bar = QProgressBar()
                bar.setRange(0, 100)
                bar.setValue(round(skill.fraction * 100))
                bar.setFormat(self.tr("%p %"))
                bar.setAccessibleName(skill.title)
                self.skills_layout.addWidget(label)
                self.skills_layout.addWidget(bar)
            self.skills_layout.addSpacing(10)
        self.skills_layout.addStretch(1)

    def _activated(self, row: QTreeWidgetItem, _column: int) -> None:
        item_id = row.data(0, ITEM_ID_ROLE)
        if item_id:
            self.item_activated.emit(str(item_id))

    def skill_groups(self) -> list[str]:
        """The profile headings shown, in order (for tests and screen readers)."""
        return [profile_name(code) for code in (self.progress.profiles if self.progress else {})]


class ProgressScreen(QWidget):
    """Progress of the signed-in learner, with the certificate once a course is complete."""

    certificate_requested = Signal(str)  # course id

    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.nav = state, nav
        self._wanted_course: str | None = None
        headline = QLabel(self.tr("Your progress"))
        headline.setProperty("role", "headline")
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Course"))
        self.course_combo.setMinimumContentsLength(30)
        self.course_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        course_label = QLabel(self.tr("&Course:"))
        course_label.setBuddy(self.course_combo)
        self.certificate_button = QPushButton(icon("certificate"), self.tr("Get certificate"))
        self.certificate_button.setProperty("role", "primary")
        self.certificate_button.setAccessibleName(self.tr("Get certificate"))
        self.certificate_button.setToolTip(self.tr("Available when the course is complete"))
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        first, second = QHBoxLayout(), QHBoxLayout()  # one row, or two at large text
        first.addWidget(headline)
        first.addStretch(1)
        second.addWidget(course_label)
        second.addWidget(self.course_combo, 1)
        second.addWidget(self.certificate_button)
        top.addLayout(first)
        top.addLayout(second, 1)

        self.sync_line = SyncStatusLabel(state, own=True)
        self.view = CourseProgressView()
        self.empty = empty_note()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.sync_line)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)
        self.setTabOrder(self.course_combo, self.certificate_button)
        self.restyle()
        self.setTabOrder(self.certificate_button, self.view.tree)

        self.course_combo.currentIndexChanged.connect(lambda _i: self.refresh_course())
        self.certificate_button.clicked.connect(self._certificate_clicked)
        self.view.item_activated.connect(self._open_item)
        state.progress_changed.connect(self._progress_changed)
        state.courses_changed.connect(self.reload_courses)
        state.signed_in.connect(self.reload_courses)
        state.signed_out.connect(self.refresh_course)
        self.reload_courses()

    # --- public API ------------------------------------------------------------------------

    def set_course(self, course_id: str | None) -> None:
        """Show this course (from "Progress" in a course view); None keeps the current one."""
        self._wanted_course = course_id
        if course_id is None:
            return
        index = self.course_combo.findData(course_id)
        if index >= 0:
            self._wanted_course = None
            self.course_combo.setCurrentIndex(index)

    def restyle(self) -> None:
        """After a theme or text-size switch (the main window's `restyle`): at large text
        the course box goes under the headline, so a long title is not cut."""
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        self.top.setDirection(QBoxLayout.Direction.TopToBottom if large
                              else QBoxLayout.Direction.LeftToRight)
        self.view.restyle()

    def on_shown(self) -> None:
        self.reload_courses()

    @property
    def course_id(self) -> str | None:
        data = self.course_combo.currentData()
        return str(data) if data else None

    # --- filling ---------------------------------------------------------------------------

    def reload_courses(self) -> None:
        try:
            courses = self.state.workspace.list_courses(self.state.language)
        except Exception as exc:
            show_error(self, exc)
            return
        keep = self._wanted_course or self.course_id
        self.course_combo.blockSignals(True)
        self.course_combo.clear()
        for course in courses:
            self.course_combo.addItem(course.title, course.course_id)
        index = self.course_combo.findData(keep) if keep else -1
        if index >= 0:
            self._wanted_course = None  # applied; later choices in the combo win
        self.course_combo.setCurrentIndex(index if index >= 0 else 0 if courses else -1)
        self.course_combo.blockSignals(False)
        self.refresh_course()

    def refresh_course(self) -> None:
        self.sync_line.refresh()
        course_id = self.course_id
        message = ""
        if self.state.progress is None:
            message = self.tr("Sign in on the start screen to see your progress.")
        elif course_id is None:
            message = self.tr(
                "No courses are installed yet. Go to the library and import a "
                "course package (.biblio) to start learning."
            )
        if message:
            self._show_empty(message)
            return
        assert course_id is not None and self.state.progress is not None
        try:
            progress = self.state.workspace.course_progress(
                self.state.progress, course_id, self.state.language
            )
        except Exception as exc:
            self._show_empty(self.tr("This course's progress cannot be shown."))
            show_error(self, exc)
            return
        self.empty.hide()
        self.view.show()
        self.view.show_progress(progress)
        self.certificate_button.setEnabled(progress.completion is not None)
        self.certificate_button.setToolTip(
            self.tr("Save your certificate for this course")
            if progress.completion
            else self.tr("Available when every required item of the course is done")
        )

    def _show_empty(self, message: str) -> None:
        self.empty.setText(message)
        self.empty.show()
        self.view.hide()
        self.certificate_button.setEnabled(False)

    # --- reactions -------------------------------------------------------------------------

    def _progress_changed(self, course_id: str) -> None:
        if course_id == self.course_id:
            self.refresh_course()

    def _open_item(self, item_id: str) -> None:
        if self.course_id:
            self.nav.open_course(self.course_id, item_id)

    def _certificate_clicked(self) -> None:
        course_id = self.course_id
        if not course_id:
            return
        if self.receivers(SIGNAL("certificate_requested(QString)")) > 0:
            self.certificate_requested.emit(course_id)
            return
        self.get_certificate(course_id)

    def get_certificate(self, course_id: str) -> None:
        """Explain, issue the signed record, save it and the PDF (records_actions.py)."""
        from ..records.records_actions import CertificateFlow

        self.certificate_flow = CertificateFlow(self.state, course_id, self)
        self.certificate_flow.finished.connect(lambda _saved: self.sync_line.refresh())
        self._certificate_box = self.certificate_flow.start()
