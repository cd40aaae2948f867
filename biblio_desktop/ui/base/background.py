"""Short network calls off the GUI thread, answered on it (workshop: join, network check,
browse, start and stop sharing, delivery).

`Background(owner)` runs one call at a time on its own thread, so a slow network (a check
waits seconds for an address that does not answer) never freezes the window, and a second
click cannot start a second call beside the first (`busy`). The answer comes back through
a queued signal (`SerialWriter`), and is dropped when `owner` was deleted meanwhile (a
screen rebuilt after a language switch), instead of reaching a dead widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from .worker import Done, Failed, SerialWriter


class Background:
    def __init__(self, owner: QObject) -> None:
        self.owner = owner
        self.busy = False
        self._writer = SerialWriter(on_error=lambda _exc: None)

    def run(self, fn: Callable[[], Any], done: Done, failed: Failed) -> bool:
        """Start `fn` unless a call is running (False then); `done(value)` or
        `failed(exception)` run on the GUI thread while the owner lives."""
        if self.busy:
            return False
        self.busy = True

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def deliver(value: Any) -> None:
                self.busy = False
                if shiboken6.isValid(self.owner):
                    callback(value)
            return deliver

        self._writer.submit(fn, finish(done), finish(failed))
        return True

    def wait(self, timeout: float = 30.0) -> None:
        """Block until the running call ended (tests, and before closing)."""
        self._writer.flush(timeout)
