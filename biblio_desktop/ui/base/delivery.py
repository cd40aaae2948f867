"""Automatic delivery: a PC that joined a workshop sends its learning records to the
facilitator's PC as they happen (docs/workshop.md, "The app").

`AutoDelivery` (one per AppState, a child of it, so it outlives rebuilt screens) calls
`workshop.deliver(due_only=True)` every 30 seconds and a few seconds after progress was
saved (a finished lesson, a submitted quiz, a completed course), always on its own thread:
a facilitator's PC that is off or out of reach never freezes the window. Nothing is shown
as a pop-up: the outcome is one quiet sentence in the sync status lines
(`SyncStatusLabel`) and in "On this network". Statements leave the outbox only when the
facilitator's PC stored them, so a PC switched off mid-delivery sends them next time; a
failed try waits as the outbox's retry times say (`due_only`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, Signal

from ...learning.tracker import utc_now
from ...sync import LrsAuthError, RetryPolicy, SyncResult
from .background import Background
from .state import AppState, StateService

INTERVAL_MS = 30_000  # a statement reaches the facilitator's PC within half a minute
AFTER_PROGRESS_MS = 3_000  # progress comes in bursts (item done, course done): one try after


@dataclass(frozen=True)
class DeliveryStatus:
    """The last automatic delivery, for the status lines."""

    peer: str  # the workshop PC's name
    at: datetime  # naive UTC, like the outbox's times
    delivered: int = 0
    pending: int = 0
    error: str | None = None


def problem_text(exc: BaseException, peer: str) -> str:
    """A failed delivery in words that say what happens to the records."""
    cause = exc.__cause__ if exc.__cause__ is not None else exc
    if isinstance(cause, LrsAuthError) or isinstance(exc, LrsAuthError):
        text = QCoreApplication.translate(
            "delivery", "The workshop PC {name} no longer accepts this PC (it was removed). "
            "The records wait here; join again with the code the facilitator shows.")
    else:
        text = QCoreApplication.translate(
            "delivery", "The workshop PC {name} cannot be reached now; the records wait here "
            "and are sent when it can be reached.")
    return text.format(name=peer)


def status_sentence(status: DeliveryStatus | None) -> str:
    """ "Sent to the workshop PC Desk 1" or the problem; "" before the first try."""
    if status is None:
        return ""
    if status.error:
        return status.error
    if status.pending:
        return QCoreApplication.translate(
            "delivery", "Sending to the workshop PC {name}: %n still waiting.", "",
            status.pending).format(name=status.peer)
    return QCoreApplication.translate(
        "delivery", "Records go to the workshop PC {name} as they happen.").format(
        name=status.peer)


class AutoDelivery(StateService):
    """The timer and the background delivery of one AppState (`AutoDelivery.of(state)`)."""

    changed = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.state = state
        self.status: DeliveryStatus | None = None
        self.runs = 0  # finished tries (tests wait on it)
        self.retry = RetryPolicy(retries=0)  # the next timer tick is the retry
        self.background = Background(self)
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.deliver_now)
        self.soon_timer = QTimer(self)
        self.soon_timer.setSingleShot(True)
        self.soon_timer.setInterval(AFTER_PROGRESS_MS)
        self.soon_timer.timeout.connect(self.deliver_now)
        self.stop_on_quit(self.stop)

    def start(self) -> None:
        """Deliver every 30 s and soon after each saved progress (the main window)."""
        if not self.timer.isActive():
            self.timer.start()
            self.state.progress_changed.connect(self.soon)

    def stop(self) -> None:
        self.timer.stop()
        self.soon_timer.stop()

    def soon(self, *_args: Any) -> None:
        self.soon_timer.start()

    def deliver_now(self) -> bool:
        """One try in the background (False: the library is not open or one runs)."""
        if not self.state.library_is_open:
            return False
        workspace = self.state.workspace
        retry = self.retry

        def work() -> tuple[str, SyncResult | BaseException] | None:
            peer = workspace.workshop.joined()
            if peer is None:
                return None
            try:
                return peer.name, workspace.workshop.deliver(due_only=True, retry=retry)
            except Exception as exc:  # reported quietly in the status lines
                return peer.name, exc

        return self.background.run(work, self._done, self._failed)

    def _done(self, value: tuple[str, SyncResult | BaseException] | None) -> None:
        self.runs += 1
        if value is None:
            changed = self.status is not None
            self.status = None
        else:
            peer, outcome = value
            if isinstance(outcome, BaseException):
                self.status = DeliveryStatus(peer, utc_now(), error=problem_text(outcome, peer))
            else:
                self.status = DeliveryStatus(
                    peer, utc_now(), outcome.delivered, outcome.pending,
                    outcome.errors[0] if outcome.errors else None)
            changed = True
        if changed:
            self.changed.emit()

    def _failed(self, exc: BaseException) -> None:  # the workspace closed under it
        self.runs += 1
        self.status = None
        self.changed.emit()
