"""Icons: every icon the UI names draws something, from the mdi6 font only, without
qtpy's `import *` of every Qt module (a fresh interpreter shows what was loaded)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = r"""
import sys
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
app = QApplication([])
from biblio_desktop.ui.base.icons import NAMES, icon
import PySide6.QtCore
blank = []
for name in list(NAMES) + ["mdi6.plus", "mdi6.minus", "mdi6.close"]:
    image = icon(name).pixmap(32, 32).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    if not any(image.pixelColor(x, y).alpha() for x in range(32) for y in range(32)):
        blank.append(name)
print("blank", blank)
print("opengl", [m for m in sys.modules if "OpenGL" in m or "DataVisualization" in m])
print("qtpy_is_pyside", sys.modules["qtpy"].QtCore is PySide6.QtCore)
"""


def test_icons_draw_and_qtpy_stand_in_keeps_qt_lazy() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "blank []" in out.stdout
    assert "opengl []" in out.stdout
    assert "qtpy_is_pyside True" in out.stdout


def test_every_icon_the_code_names_is_in_the_cut_down_font() -> None:
    """Adding an icon to the UI without re-running scripts/subset_icons.py fails here."""
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "subset_icons.py"), "--check"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.split()[1]) >= 40
