"""Starting the desktop app from the command line, with a plain message when it cannot."""

from __future__ import annotations

import os
import sys

from ..errors import BiblioError


def has_display() -> bool:
    """True when Qt has somewhere to draw (a display, or an explicit platform plugin)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def open_app(data_dir: str | None, *, take_over: bool = False) -> int:
    if not has_display():
        raise BiblioError(
            "No display found: the app needs a graphical desktop.",
            "on a server, run it under a virtual screen: xvfb-run -a biblio-desktop "
            "(or 'xvfb-run -a make run'); the command-line tools work without one",
        )
    try:
        from ..ui.app import run_app
    except ImportError as exc:
        raise BiblioError(f"The desktop interface is not installed ({exc.name} is missing).",
                          "install it with: pip install 'biblio-desktop[gui]'") from exc
    return run_app(data_dir, take_over=take_over)
