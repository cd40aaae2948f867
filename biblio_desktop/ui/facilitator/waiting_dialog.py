""""Bring a learner from the workshop PC": the learners waiting there, to choose one.

The list is fetched before this dialog opens (in the task runner, off the GUI thread:
transfer_actions.py); the dialog only shows it: one line per learner with the PC that
handed them over, arrows to move, Enter (or a double click) to bring the chosen one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...workshop.handover import WaitingLearner

ID_ROLE = Qt.ItemDataRole.UserRole


class WaitingLearnersDialog(QDialog):
    """The waiting learners; `chosen()` is the one to bring (after `exec()` accepted)."""

    def __init__(self, waiting: list[WaitingLearner], workshop_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Bring a learner from the workshop PC"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        intro = QLabel(self.tr(
            "Learners handed over to {workshop} by the room's PCs, and its own learners. "
            "The one you choose is added here (or merged with their profile here) with the "
            "same PIN; completions are kept.").format(workshop=workshop_name))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learners waiting on the workshop PC"))
        self.list.setAccessibleDescription(self.tr(
            "Choose a learner with the arrow keys and press Enter to bring them to this PC"))
        self.list.setWordWrap(True)
        for w in waiting:
            item = QListWidgetItem(self.tr("{name} — from {pc}").format(name=w.name, pc=w.pc))
            item.setData(ID_ROLE, w.id)
            self.list.addItem(item)
        self.empty = QLabel(self.tr("No learner is waiting on the workshop PC. On the PC "
                                    "the learner used: Facilitator → Hand over to the "
                                    "workshop PC."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.empty.setVisible(not waiting)
        self.list.setVisible(bool(waiting))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.bring = buttons.addButton(self.tr("Bring this learner"),
                                       QDialogButtonBox.ButtonRole.AcceptRole)
        self.bring.setAccessibleName(self.tr("Bring the chosen learner to this PC"))
        self.bring.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.installEventFilter(self)  # Enter on the list brings the current learner
        self.list.currentRowChanged.connect(lambda _row: self._update())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if waiting:
            self.list.setCurrentRow(0)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.list.currentItem() is not None):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.list if self.list.isVisibleTo(self) else self.bring).setFocus()

    def _update(self) -> None:
        self.bring.setEnabled(self.list.currentItem() is not None)

    def chosen(self) -> str | None:
        """The id of the chosen learner, or None."""
        item = self.list.currentItem()
        return str(item.data(ID_ROLE)) if item is not None else None
