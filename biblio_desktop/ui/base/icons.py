"""Icons from qtawesome (vector, so they stay sharp on high-DPI screens).

Only a cut-down Material Design Icons 6 font is loaded (scripts/subset_icons.py):
`qtawesome.icon` would load (and MD5 check) all twelve bundled fonts on first use, about
45 ms of start-up and several MiB of memory, and the bundle would carry them all.

qtawesome reaches Qt through qtpy, whose `qtpy.QtCore/QtGui/QtWidgets` run
`from PySide6.QtX import *` (plus QtOpenGL and QtDataVisualization): that creates every
Qt class and enum PySide6 would otherwise create on first use, about 15 MiB of memory
and 80 ms. qtawesome needs only a few plain names, so unless qtpy is already loaded it
gets a small stand-in that hands it PySide6's own modules (`_qtpy_stand_in`).
"""

from __future__ import annotations

import sys
import types
from functools import cache
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from ...bundle import resources_root

NAMES = {
    "lesson": "mdi6.book-open-variant", "video": "mdi6.play-circle-outline",
    "slides": "mdi6.presentation", "quiz": "mdi6.help-circle-outline", "pdf": "mdi6.file-pdf-box",
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



def _qtpy_stand_in() -> None:
    """Register a minimal `qtpy` whose Qt modules are PySide6's own (see the docstring)."""
    if "qtpy" in sys.modules:
        return
    import PySide6
    from PySide6 import QtCore, QtGui, QtWidgets

    qtpy = types.ModuleType("qtpy", "Stand-in for qtpy: PySide6's modules, nothing else.")
    qtpy.__path__ = []  # a package, so `from qtpy.QtCore import X` resolves
    for name, value in {"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets,
                        "API": "pyside6", "API_NAME": "PySide6",
                        "PYSIDE_VERSION": PySide6.__version__, "PYQT_VERSION": None,
                        "QT_VERSION": QtCore.qVersion(), "PYSIDE6": True, "PYSIDE2": False,
                        "PYQT5": False, "PYQT6": False, "QT5": False, "QT6": True}.items():
        setattr(qtpy, name, value)
    sys.modules.update({"qtpy": qtpy, "qtpy.QtCore": QtCore, "qtpy.QtGui": QtGui,
                        "qtpy.QtWidgets": QtWidgets})


@cache
def _font() -> Any:
    """qtawesome's IconicFont with the app's cut-down mdi6 font (resources/icons, made by
    scripts/subset_icons.py: the 40-odd glyphs the UI names, 6 KB instead of 1.2 MiB)."""
    _qtpy_stand_in()
    import qtawesome  # noqa: F401  (qtawesome's package init, as icon() would run it)
    from qtawesome.iconic_font import IconicFont

    folder = resources_root() / "icons"
    return IconicFont(("mdi6", "mdi6-subset.ttf", "mdi6-subset-charmap.json", str(folder)))


_colors = {"color": "#1d2330", "color_disabled": "#656b78", "color_selected": "#ffffff"}


def set_colors(text: str, disabled: str, selected: str) -> None:
    """The theme's icon colours (ui/theme.py). Icons made by `icon(name)` read them each
    time they are painted (`_ThemedEngine`), so a theme switch recolours every icon on
    screen without rebuilding the screens (which would lose what they show)."""
    _colors.update(color=text, color_disabled=disabled, color_selected=selected)
    _icon.cache_clear()


class _ThemedEngine(QIconEngine):
    """Paints the named glyph in the colours of the theme applied now."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def _current(self) -> QIcon:
        return _icon(self.name, _colors["color"], _colors["color_disabled"],
                     _colors["color_selected"])

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._current().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self._current().pixmap(size, mode, state)

    def clone(self) -> QIconEngine:
        return _ThemedEngine(self.name)

    def key(self) -> str:
        return "biblio-themed"

    def iconName(self) -> str:
        """`QIcon.name()`: which icon this is (tests tell status icons by it)."""
        return self.name


def icon(name: str, color: str | None = None) -> QIcon:
    """A NAMES key ("library") or an "mdi6.<glyph>" name that is in the cut-down font,
    in the theme's colours at paint time (or always in `color`)."""
    if color is not None:
        return _icon(name, color, _colors["color_disabled"], _colors["color_selected"])
    return QIcon(_ThemedEngine(name))


def set_icon_pixmap(label: QLabel, name: str, size: int) -> None:
    """Show icon `name` as the label's picture, redrawn in the new colours on a theme
    switch (`refresh_icon_pixmaps`): a pixmap, unlike an icon, is fixed once drawn."""
    label.setProperty("icon_name", name)
    label.setProperty("icon_size", size)
    label.setPixmap(icon(name).pixmap(size, size))


def refresh_icon_pixmaps(root: QWidget | None = None) -> None:
    """Redraw the pictures set by `set_icon_pixmap` in the theme's colours, and repaint
    everything else (its icons paint in the new colours by themselves)."""
    roots = [root] if root is not None else QApplication.topLevelWidgets()
    for top in roots:
        for label in [top, *top.findChildren(QLabel)]:
            name = label.property("icon_name") if isinstance(label, QLabel) else None
            if name:
                size = int(label.property("icon_size") or 20)
                label.setPixmap(icon(str(name)).pixmap(size, size))
        for widget in [top, *top.findChildren(QWidget)]:
            widget.update()


@cache
def _icon(name: str, color: str, disabled: str, selected: str) -> QIcon:
    return _font().icon(NAMES.get(name, name), color=color, color_disabled=disabled,
                        color_selected=selected, color_active=color)
