"""The facilitator's learner transfer: "Move learner to another PC…" writes a learner's
signed transfer file, "Bring a learner from another PC…" merges one (docs/workshop.md,
"Learner transfer file").

Both run in the task runner (a progress dialog with Cancel; the file is written whole or not
at all), and end with one sentence in the facilitator screen's status line that says what
happened: where the file is, or what was merged ("3 completions added, 12 quiz attempts
added"). A changed or unsigned file is refused by the core before anything is merged; the
refusal is shown with the reason.

On a PC joined to a workshop, the same document also travels over the network
(workshop/handover.py): "Hand over to the workshop PC" sends the selected learner there,
"Bring a learner from the workshop PC…" fetches the list of waiting learners in the task
runner, lets the facilitator choose one (waiting_dialog.py) and merges them with the same
rules. Both buttons are shown only while this PC is joined.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from ...errors import Cancelled
from ...learning.learners import Learner
from ...workshop.handover import WaitingLearner
from ...workshop.transfer import TransferMerged, TransferWritten
from ..base.errors import show_error
from ..base.files import default_folder
from ..base.icons import icon
from ..base.state import AppState
from ..records.records_actions import certificate_stem

FILE_FILTER = "*.json"


def transfer_name(learner: str) -> str:
    """`BIBLIO-learner-Ilze-Kalnina.json`: ASCII, safe on any stick."""
    return certificate_stem("x", learner).replace("BIBLIO-certificate-x-", "BIBLIO-learner-") \
        + ".json"


class TransferActions(QObject):
    """The two buttons and what they do; `screen` gives the selected learner and `say`."""

    def __init__(self, state: AppState, screen: Any) -> None:
        super().__init__(screen)
        self.state, self.screen = state, screen
        self.move_button = QPushButton(icon("export"), self.tr("Move learner to another PC…"))
        self.move_button.setAccessibleName(self.tr(
            "Move the selected learner to another PC: save their transfer file"))
        self.bring_button = QPushButton(icon("import"),
                                        self.tr("Bring a learner from another PC…"))
        self.bring_button.setAccessibleName(self.tr(
            "Bring a learner from another PC: open their transfer file"))
        self.move_button.clicked.connect(self.choose_move)
        self.bring_button.clicked.connect(self.choose_bring)
        self.hand_over_button = QPushButton(icon("sync"), self.tr("Hand over to the workshop PC"))
        self.hand_over_button.setAccessibleName(self.tr(
            "Hand the selected learner over to the workshop PC, for another PC of the room"))
        self.from_workshop_button = QPushButton(
            icon("import"), self.tr("Bring a learner from the workshop PC…"))
        self.from_workshop_button.setAccessibleName(self.tr(
            "Bring a learner from the workshop PC: choose one of the learners waiting there"))
        self.hand_over_button.clicked.connect(self.hand_over)
        self.from_workshop_button.clicked.connect(self.list_waiting)
        self.update_network()

    def update_network(self) -> None:
        """Show the network buttons only while this PC is joined to a workshop."""
        joined = self.state.workspace.workshop.joined() is not None
        self.hand_over_button.setVisible(joined)
        self.from_workshop_button.setVisible(joined)

    @property
    def parent_widget(self) -> QWidget:
        return self.screen

    # --- out -------------------------------------------------------------------------------

    def choose_move(self) -> None:
        learner = self.screen.selected_learner()
        if learner is None:
            return
        suggested = default_folder() / transfer_name(learner.name)
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save the learner transfer file"), str(suggested),
            self.tr("Learner transfer files ({pattern})").format(pattern=FILE_FILTER))
        if path:
            self.move(learner, Path(path))

    def move(self, learner: Learner, path: Path) -> None:
        if path.suffix.lower() != ".json":
            path = path.with_name(path.name + ".json")
        workshop = self.state.workspace.workshop

        def work(progress: Any, cancel: Any) -> TransferWritten:
            progress(0, 1)
            cancel.raise_if_cancelled()
            written = workshop.transfer_out(learner.id, path)
            progress(1, 1)
            return written

        self.task_token = self.state.tasks.run(
            self.parent_widget, self.tr("Move learner"),
            self.tr("Writing the transfer file of {name}…").format(name=learner.name), work,
            self._moved, lambda exc: self._failed(exc, self.tr("The transfer file was not "
                                                                "written")))

    def _moved(self, written: TransferWritten) -> None:
        self.last_written = written
        self.screen.say(self.tr(
            "Saved the transfer file of {name} (%n quiz attempts) to {path}. On the other PC: "
            "Facilitator → Bring a learner from another PC…. The file holds the learner's PIN "
            "hash: keep it like their own data.", "", written.attempts).format(
            name=written.learner, path=written.path))

    # --- in --------------------------------------------------------------------------------

    def choose_bring(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open a learner transfer file"), str(default_folder()),
            self.tr("Learner transfer files ({pattern})").format(pattern=FILE_FILTER))
        if path:
            self.bring(Path(path))

    def bring(self, path: Path) -> None:
        workshop = self.state.workspace.workshop
        self._merge_in_background(
            self.tr("Checking and merging {file}…").format(file=path.name),
            lambda: workshop.transfer_in(path), self.tr("The transfer file was refused"))

    def _merge_in_background(self, message: str, merge: Callable[[], TransferMerged],
                             failed_title: str) -> None:
        """A learner merged off the GUI thread (from a file or from the workshop PC), with
        the progress window and Cancel, then the same result sentence."""

        def work(progress: Any, cancel: Any) -> TransferMerged:
            progress(0, 1)
            cancel.raise_if_cancelled()
            merged = merge()
            progress(1, 1)
            return merged

        self.task_token = self.state.tasks.run(
            self.parent_widget, self.tr("Bring a learner"), message, work, self._brought,
            lambda exc: self._failed(exc, failed_title))

    def _brought(self, merged: TransferMerged) -> None:
        self.last_merged = merged
        signer = merged.writer_name or merged.writer
        # Three counts: each takes its own plural form, then they go into the sentence.
        progress, attempts = merged.progress_merged, merged.attempts_added
        if merged.created:
            text = self.tr("Added {name} from {signer}: {progress}, {attempts}, {courses}. "
                           "They sign in with the same PIN.").format(
                name=merged.learner, signer=signer,
                progress=self.tr("%n items of progress", "", progress),
                attempts=self.tr("%n quiz attempts", "", attempts),
                courses=self.tr("%n completed courses", "", merged.completions_added))
        else:
            text = self.tr("Merged into {name} (file from {signer}): {completions}, {attempts}, "
                           "{progress}; completions already here are kept.").format(
                name=merged.learner, signer=signer,
                completions=self.tr("%n completions added", "", merged.completions_added),
                attempts=self.tr("%n quiz attempts added", "", attempts),
                progress=self.tr("%n items of progress merged", "", progress))
        self.screen.say(text)
        self.screen.refresh()

    # --- over the network (workshop/handover.py) -------------------------------------------

    def hand_over(self) -> None:
        learner = self.screen.selected_learner()
        if learner is None:
            return
        workshop = self.state.workspace.workshop

        def work(progress: Any, cancel: Any) -> WaitingLearner:
            progress(0, 1)
            cancel.raise_if_cancelled()
            kept = workshop.hand_over(learner.id)
            progress(1, 1)
            return kept

        self.task_token = self.state.tasks.run(
            self.parent_widget, self.tr("Hand over"),
            self.tr("Sending {name} to the workshop PC…").format(name=learner.name), work,
            self._handed_over, lambda exc: self._failed(exc, self.tr(
                "The learner was not handed over")))

    def _handed_over(self, kept: WaitingLearner) -> None:
        self.last_handed_over = kept
        peer = self.state.workspace.workshop.joined()
        self.screen.say(self.tr(
            "Handed {name} over to {workshop}. On the PC they use next: Facilitator → Bring "
            "a learner from the workshop PC….").format(
            name=kept.name, workshop=peer.name if peer else kept.pc))

    def list_waiting(self) -> None:
        workshop = self.state.workspace.workshop

        def work(progress: Any, cancel: Any) -> list[WaitingLearner]:
            progress(0, 1)
            cancel.raise_if_cancelled()
            waiting = workshop.waiting_learners()
            progress(1, 1)
            return waiting

        self.task_token = self.state.tasks.run(
            self.parent_widget, self.tr("Bring a learner"),
            self.tr("Asking the workshop PC who is waiting…"), work, self._listed,
            lambda exc: self._failed(exc, self.tr("The waiting learners could not be listed")))

    def _listed(self, waiting: list[WaitingLearner]) -> None:
        peer = self.state.workspace.workshop.joined()
        chosen = self.choose_waiting(waiting, peer.name if peer else "")
        if chosen:
            self.take(chosen)

    def choose_waiting(self, waiting: list[WaitingLearner], workshop_name: str) -> str | None:
        """The id of the learner the facilitator chooses (a seam tests may replace)."""
        from .waiting_dialog import WaitingLearnersDialog

        dialog = WaitingLearnersDialog(waiting, workshop_name, self.parent_widget)
        self.waiting_dialog = dialog
        try:
            return dialog.chosen() if dialog.exec() == WaitingLearnersDialog.DialogCode.Accepted \
                else None
        finally:
            self.waiting_dialog = None
            dialog.deleteLater()

    def take(self, learner_id: str) -> None:
        workshop = self.state.workspace.workshop
        self._merge_in_background(self.tr("Bringing the learner from the workshop PC…"),
                                  lambda: workshop.take_learner(learner_id),
                                  self.tr("The learner was not brought"))

    def _failed(self, exc: BaseException, title: str) -> None:
        if isinstance(exc, Cancelled):
            self.screen.say(self.tr("Cancelled; nothing was changed."))
            return
        self.show_error(exc, title)

    def show_error(self, exc: BaseException, title: str) -> None:
        """A seam tests replace (the real one is a modal message)."""
        show_error(self.parent_widget, exc, title)
