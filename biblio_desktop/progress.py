"""Progress reporting and cancellation for long work (imports, downloads, exports, sync).

Core functions take `progress(done, total)` and a `CancelToken`; the UI runs them in a
worker thread and turns the calls into signals, the CLI into a text bar. Keeping this
contract in the core means long work can be cancelled and tested without Qt.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from .errors import Cancelled

ProgressFn = Callable[[int, int], None]


def no_progress(done: int, total: int) -> None:
    """Default progress callback that ignores reports."""


class CancelToken:
    """A thread-safe flag the UI sets and the worker checks between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled("Cancelled; nothing was changed.")
