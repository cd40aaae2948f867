"""A text progress bar on stderr for long commands (only when stderr is a terminal)."""

from __future__ import annotations

import sys
import time


class TextBar:
    """Callable `progress(done, total)` drawing `label [#####.....] 42% 12.3 MB`."""

    def __init__(self, label: str, *, stream=None, min_interval: float = 0.1,
                 show_bytes: bool = True) -> None:
        self.label = label
        self.show_bytes = show_bytes  # False when `done` counts steps, not bytes
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.min_interval = min_interval
        self._last = 0.0

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if done < total and now - self._last < self.min_interval:
            return
        self._last = now
        fraction = done / total if total else 1.0
        filled = int(fraction * 30)
        bar = "#" * filled + "." * (30 - filled)
        amount = f" {done / 1e6:8.1f} MB" if self.show_bytes else ""
        self.stream.write(f"\r{self.label} [{bar}] {fraction:4.0%}{amount}")
        if done >= total:
            self.stream.write("\n")
        self.stream.flush()
