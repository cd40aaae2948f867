"""Making or changing a cohort: name, start date, pace, its courses and its learners.

Checkable lists (Space ticks the current entry), a date field with a calendar pop-up that
is also typed into, and every control named for screen readers. A learner ticked here who
is in another cohort moves to this one; their progress stays (learning/cohorts.py).

On a workshop PC the learner list also offers "Learners on other PCs" (the hand-over
copies of joined PCs: name and PC); ticking one merges their copy here when the cohort is
saved (`Workspace.workshop.adopt_learner`). On a joined PC, learners in a cohort the
workshop PC manages are shown but cannot be ticked: that cohort is changed there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...learning.cohorts import MAX_NAME, Cohort
from ..base.accessibility import LARGE_TEXT_PT
from ..base.scrolling import scrolled
from ..base.state import AppState

ID_ROLE = Qt.ItemDataRole.UserRole
UID_ROLE = Qt.ItemDataRole.UserRole + 1  # a learner on another PC, not merged here yet


def wrapping_list() -> QListWidget:
    """Course titles and names wrap instead of scrolling sideways (200 % text)."""
    view = QListWidget()
    view.setWordWrap(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)
    return view


def fit_dialog(dialog: QDialog, width: int, height: int) -> None:
    """Open at `width`×`height`, or smaller to stay inside the window it belongs to (or
    the screen): a 1024×700 window got a 1180-pixel dialog reaching off the screen."""
    room = dialog.parentWidget().window().size() if dialog.parentWidget() is not None \
        else dialog.screen().availableSize()
    dialog.resize(min(width, max(room.width(), 480)), min(height, max(room.height(), 360)))


class CohortEditDialog(QDialog):
    """The cohort's fields; `values()` gives what the facilitator chose."""

    def __init__(self, state: AppState, cohort: Cohort | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New cohort") if cohort is None else
                            self.tr("Edit cohort"))
        self.setAccessibleName(self.windowTitle())
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        fit_dialog(self, 1000 if large else 640, 720 if large else 640)
        ws = state.workspace
        self.name = QLineEdit(cohort.name if cohort else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("e.g. Valmiera, spring 2027"))
        self.name.setAccessibleName(self.tr("Cohort name"))
        self.start = QDateEdit()
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("yyyy-MM-dd")
        start = cohort.start_date if cohort else clock.local_now().date()
        self.start.setDate(QDate(start.year, start.month, start.day))
        self.start.setAccessibleName(self.tr("Start date"))
        self.pace = QComboBox()
        self.pace.setAccessibleName(self.tr("Pace"))
        # as wide as the dialog allows, not as its longest choice: that one widened the
        # fields beyond the dialog at 200 % text (the list shows every choice whole)
        self.pace.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.pace.setMinimumContentsLength(16)
        for key, text in (("weekly", self.tr("One module a week from the start date")),
                          ("plan", self.tr("The course's suggested weeks")),
                          ("all", self.tr("Everything open at once"))):
            self.pace.addItem(text, key)
        if cohort is not None:
            self.pace.setCurrentIndex(max(0, self.pace.findData(cohort.pace)))
        self.courses = wrapping_list()
        self.courses.setAccessibleName(self.tr("Courses of the cohort; Space ticks a course"))
        chosen = set(cohort.course_ids) if cohort else set()
        for course in ws.list_courses(state.language):
            item = QListWidgetItem(course.title)
            item.setData(ID_ROLE, course.course_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if course.course_id in chosen or
                               (cohort is None) else Qt.CheckState.Unchecked)
            self.courses.addItem(item)
        self.learners = wrapping_list()
        self.learners.setAccessibleName(self.tr("Learners of the cohort; Space ticks a "
                                                "learner"))
        members = set(cohort.learner_ids) if cohort else set()
        others = [c for c in ws.cohorts.list() if cohort is None or c.id != cohort.id]
        elsewhere = {lid: c.name for c in others for lid in c.learner_ids}
        managed = {lid for c in others if c.managed for lid in c.learner_ids}
        room = ws.workshop.room_learners()  # hand-over copies of joined PCs' learners
        pcs = {r.learner_id: r.pc for r in room if r.learner_id is not None}
        for learner in ws.learners.list_learners():
            if learner.role != "learner":
                continue
            text = learner.name
            if learner.id in pcs:
                text = self.tr("{name} — {pc}").format(name=learner.name, pc=pcs[learner.id])
            if learner.id in managed:
                text = self.tr("{name} (in {cohort}, managed by the workshop PC)").format(
                    name=text, cohort=elsewhere[learner.id])
            elif learner.id in elsewhere:
                text = self.tr("{name} (now in {cohort})").format(
                    name=text, cohort=elsewhere[learner.id])
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, learner.id)
            if learner.id in managed:  # the workshop PC's cohort: not ticked here
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if learner.id in members
                                   else Qt.CheckState.Unchecked)
            self.learners.addItem(item)
        waiting = [r for r in room if r.learner_id is None]
        if waiting:
            heading = QListWidgetItem(self.tr("Learners on other PCs"))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: not ticked, not chosen
            self.learners.addItem(heading)
        for other in waiting:
            item = QListWidgetItem(self.tr("{name} — {pc}").format(name=other.name,
                                                                   pc=other.pc))
            item.setData(UID_ROLE, other.uid)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr(
                "{name}, on the PC {pc}").format(name=other.name, pc=other.pc))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.learners.addItem(item)
        for widget, empty in (
                (self.courses, self.tr("No courses are installed yet. Install one under "
                                       "\"Get courses\" first.")),
                (self.learners, self.tr("No learners yet. Add them on the start screen "
                                        "with \"Add learner\" first."))):
            if widget.count() == 0:  # say why the list is empty and what to do
                note_item = QListWidgetItem(empty)
                note_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                widget.addItem(note_item)
        self.problem = QLabel()
        self.problem.setProperty("role", "error")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form = QFormLayout()
        if large:  # labels above their fields: the fields get the whole width
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Start date:"), self.start)
        form.addRow(self.tr("&Pace:"), self.pace)
        form.addRow(self.tr("&Courses:"), self.courses)
        form.addRow(self.tr("&Learners:"), self.learners)
        text = self.tr("A learner moved here from another cohort keeps all their "
                       "progress; what they already started stays open.")
        if waiting:
            text += " " + self.tr("A learner on another PC is added with their progress "
                                  "so far; their PC sends the rest as they go on.")
        note = QLabel(text)
        note.setWordWrap(True)
        note.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        # three rows of each list stay visible; at 200 % text on a small screen the
        # fields scroll up and down rather than squeezing the lists to one row
        for widget in (self.courses, self.learners):
            widget.setMinimumHeight(self.fontMetrics().height() * 4 + 8)
        fields = QWidget()
        fields.setLayout(form)
        area = scrolled(fields)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.name.setFocus()

    def _accept(self) -> None:
        if not self.name.text().strip():
            self.problem.setText(self.tr("Type a name for the cohort."))
            self.problem.show()
            self.name.setFocus()
            return
        self.accept()

    @staticmethod
    def _checked(widget: QListWidget, role: int = ID_ROLE) -> list:
        return [widget.item(i).data(role) for i in range(widget.count())
                if widget.item(i).data(role) is not None
                and widget.item(i).checkState() == Qt.CheckState.Checked]

    def other_pc_learners(self) -> list[str]:
        """The uids of the learners on other PCs ticked (to merge here, then add)."""
        return [str(u) for u in self._checked(self.learners, UID_ROLE)]

    def values(self) -> tuple[str, date, str, list[str], list[int]]:
        """(name, start date, pace, course ids, learner ids) as chosen."""
        qdate = self.start.date()
        return (self.name.text(), date(qdate.year(), qdate.month(), qdate.day()),
                str(self.pace.currentData()), [str(c) for c in self._checked(self.courses)],
                [int(x) for x in self._checked(self.learners)])
