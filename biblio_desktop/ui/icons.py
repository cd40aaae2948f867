"""Icons from qtawesome (vector, so they stay sharp on high-DPI screens).

Only the Material Design Icons 6 font is loaded: `qtawesome.icon` would load (and MD5
check) all twelve bundled fonts on first use, about 45 ms of start-up, and the bundle
would have to carry them all (see docs/distribution.md).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtGui import QIcon

NAMES = {
    "lesson": "mdi6.book-open-variant", "video": "mdi6.play-circle-outline",
    "slides": "mdi6.presentation", "quiz": "mdi6.help-circle-outline",
    "done": "mdi6.check-circle", "todo": "mdi6.circle-outline", "opened": "mdi6.circle-half-full",
    "library": "mdi6.bookshelf", "progress": "mdi6.chart-bar", "settings": "mdi6.cog-outline",
    "learner": "mdi6.account-circle-outline", "switch": "mdi6.account-switch-outline",
    "facilitator": "mdi6.account-tie-outline", "import": "mdi6.tray-arrow-down",
    "add": "mdi6.account-plus-outline", "back": "mdi6.arrow-left", "next": "mdi6.arrow-right",
    "previous": "mdi6.arrow-left", "certificate": "mdi6.certificate-outline",
    "folder": "mdi6.folder-open-outline", "export": "mdi6.file-export-outline",
    "play": "mdi6.play", "pause": "mdi6.pause", "fullscreen": "mdi6.fullscreen",
    "volume": "mdi6.volume-high", "search": "mdi6.magnify", "lock": "mdi6.lock-outline",
    "warning": "mdi6.alert-outline", "download": "mdi6.cloud-download-outline",
    "sync": "mdi6.cloud-sync-outline", "up": "mdi6.arrow-up", "down": "mdi6.arrow-down",
    "retry": "mdi6.restart", "submit": "mdi6.check-bold", "zoom-in": "mdi6.magnify-plus-outline",
    "zoom-out": "mdi6.magnify-minus-outline", "restore": "mdi6.backup-restore",
}



@cache
def _font() -> Any:
    """qtawesome's IconicFont with the mdi6 font only (the file names qtawesome uses)."""
    import qtawesome
    from qtawesome.iconic_font import IconicFont

    mdi6 = next(f for f in qtawesome._BUNDLED_FONTS if f[0] == "mdi6")
    return IconicFont(mdi6)


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    options = {"color": color} if color else {}
    full = NAMES.get(name, name)
    if full.startswith("mdi6."):
        return _font().icon(full, **options)
    import qtawesome

    return qtawesome.icon(full, **options)
