"""The contract between the course view and the views of single items.

The course view owns navigation (outline, Previous/Next, focus time); an item view shows
one lesson, video, slide deck or quiz, reports progress through `state`, and tells the
course view when the item became done or when a link asks for another item.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ...packages.manifest import Item
from ..base.errors import show_error
from ..base.state import AppState


class ItemView(QWidget):
    completed = Signal(str)  # item id that became done
    open_item_requested = Signal(str)  # item id, from an `item:` link

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.course_id = ""
        self.item: Item | None = None
        self.language = "en"
        self.folder = Path()

    def load(self, course_id: str, item: Item, language: str, folder: Path) -> None:
        """Show `item` (its files are inside `folder`, the installed course version)."""
        self.course_id, self.item, self.language, self.folder = course_id, item, language, folder

    def save_now(self) -> None:
        """Write any unsaved position or answer (called before switching item or signing
        out); must be quick."""

    def unload(self) -> None:
        """Stop playback, timers and the like when the view is hidden."""

    def mark_done(self) -> None:
        """The learner's "Mark as done" (or "as read"): written off the GUI thread, then
        the view's `_on_reported` shows it and emits `completed`."""
        progress, item = self.state.progress, self.item
        if progress is None or item is None:
            return
        course_id, item_id = self.course_id, item.id
        self.state.write(lambda: progress.mark_done(course_id, item_id),
                         lambda _info: self._on_reported(item_id, True),
                         lambda exc: show_error(self, exc))

    def _on_reported(self, item_id: str, finished: bool) -> None:
        """A progress report was written; `finished` when it completed the item."""
