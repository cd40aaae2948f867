"""Shared test set-up.

With BIBLIO_BLOCK_QT=1 every import of PySide6/qtawesome fails, which is how `make test`
proves the core and its tests run on a machine without Qt.
"""

from __future__ import annotations

import importlib.abc
import os
import sys

import pytest

from biblio_desktop import clock as app_clock  # core only: imports no Qt


class _QtBlocker(importlib.abc.MetaPathFinder):
    blocked = ("PySide6", "shiboken6", "qtawesome", "pytestqt")

    def find_spec(self, fullname, path, target=None):
        if fullname.split(".")[0] in self.blocked:
            raise ImportError(f"{fullname} is blocked (BIBLIO_BLOCK_QT=1)", name=fullname)
        return None


if os.environ.get("BIBLIO_BLOCK_QT") == "1":
    sys.meta_path.insert(0, _QtBlocker())

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def fake_clock():
    """The app's clock replaced by a `FakeClock` (2026-03-02 09:00 UTC) for one test:
    `advance` lets time pass, `set`/`jump` change only the date (biblio_desktop/clock.py)."""
    with app_clock.use(app_clock.FakeClock()) as fake:
        yield fake


@pytest.fixture(autouse=True)
def _known_data_folders(tmp_path_factory, monkeypatch):
    """Each test remembers the data folders that held a library (datadir.py) in its own
    list, never in the user's config folder: one test's folders must not make another's
    "held a library before"."""
    from biblio_desktop import datadir

    path = tmp_path_factory.mktemp("config") / datadir.KNOWN_FOLDERS_FILE
    monkeypatch.setattr(datadir, "known_folders_path", lambda: path)
