"""Start-up trace: `BIBLIO_TRACE_STARTUP=1 biblio-desktop` prints to stderr when each step
of opening the app finished, so a slow start can be pinned to one step on the PC where it
happens (docs/distribution.md, "Start-up").

Times are milliseconds since the process started (Linux: from /proc, to 10 ms), or since
this module was imported elsewhere. Costs nothing when the variable is not set.
"""

from __future__ import annotations

import os
import sys
import time

ENABLED = bool(os.environ.get("BIBLIO_TRACE_STARTUP"))
_IMPORTED = time.monotonic()


def _process_age() -> float:
    """Seconds since the process started, or 0.0 where /proc is not available."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time
        return max(0.0, time.clock_gettime(time.CLOCK_BOOTTIME) - started)
    except (OSError, ValueError, IndexError, AttributeError):
        return 0.0


_ORIGIN = _IMPORTED - (_process_age() if ENABLED else 0.0)


def mark(step: str) -> None:
    """Print `startup <ms> <step>` when tracing is on."""
    if ENABLED:
        print(f"startup {1000 * (time.monotonic() - _ORIGIN):7.1f} ms  {step}",
              file=sys.stderr, flush=True)
