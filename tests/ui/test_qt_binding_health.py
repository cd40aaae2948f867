"""Guard against a Qt binding that corrupts the interpreter.

PySide6 6.12 on Python 3.11 drops a reference to None on every call of a void Qt method;
after enough calls the process aborts ("deallocating None"). pyproject.toml pins
PySide6 below 6.12; this test fails if a broken version comes back.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CODE], env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert abs(int(proc.stdout.strip())) < 100
