"""Shared test set-up.

With BIBLIO_BLOCK_QT=1 every import of PySide6/qtawesome fails, which is how `make test`
proves the core and its tests run on a machine without Qt.
"""

from __future__ import annotations

import importlib.abc
import os
import sys


class _QtBlocker(importlib.abc.MetaPathFinder):
    blocked = ("PySide6", "shiboken6", "qtawesome", "pytestqt")

    def find_spec(self, fullname, path, target=None):
        if fullname.split(".")[0] in self.blocked:
            raise ImportError(f"{fullname} is blocked (BIBLIO_BLOCK_QT=1)", name=fullname)
        return None


if os.environ.get("BIBLIO_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _QtBlocker())

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
