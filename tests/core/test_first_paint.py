"""What the app reads before its first window: three settings without SQLAlchemy, and the
command line's shortcut to the window (no parser, no command modules)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from biblio_desktop.cli import _only_data_dir
from biblio_desktop.datadir import DataLayout
from biblio_desktop.settings import peek_first_paint_settings
from biblio_desktop.workspace import Workspace

DEFAULTS = {"ui_language": "en", "theme": "light", "font_size": 11}


def test_no_database_yet_gives_defaults_and_creates_nothing(tmp_path: Path) -> None:
    database = DataLayout(tmp_path / "data").database
    assert peek_first_paint_settings(database) == DEFAULTS
    assert not database.exists() and not database.parent.exists()


def test_reads_the_saved_language_and_look(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "data") as ws:
        ws.settings.set("ui_language", "lv")
        ws.settings.set("theme", "high-contrast")
        ws.settings.set("font_size", 16)
        database = ws.layout.database
    assert peek_first_paint_settings(database) == {
        "ui_language": "lv", "theme": "high-contrast", "font_size": 16}


def test_invalid_values_fall_back_one_by_one(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "data") as ws:
        ws.settings.set("ui_language", "el")
        database = ws.layout.database
    with sqlite3.connect(database) as db:  # what a tampered or damaged row looks like
        db.execute("INSERT OR REPLACE INTO settings VALUES ('theme', '\"neon\"')")
        db.execute("INSERT OR REPLACE INTO settings VALUES ('font_size', 'not json')")
    assert peek_first_paint_settings(database) == {
        "ui_language": "el", "theme": "light", "font_size": 11}


@pytest.mark.parametrize("content", [b"", b"this is not a database" * 100,
                                     b"SQLite format 3\x00" + b"\xff" * 4000])
def test_damaged_file_gives_defaults_and_is_left_alone(tmp_path: Path, content: bytes) -> None:
    database = tmp_path / "library.sqlite3"
    database.write_bytes(content)
    assert peek_first_paint_settings(database) == DEFAULTS
    assert database.read_bytes() == content


def test_a_database_without_settings_table_gives_defaults(tmp_path: Path) -> None:
    database = tmp_path / "library.sqlite3"
    sqlite3.connect(database).close()
    assert peek_first_paint_settings(database) == DEFAULTS


@pytest.mark.parametrize(("argv", "expected"), [
    ([], (True, None)),
    (["--data-dir", "/media/stick/data"], (True, "/media/stick/data")),
    (["--data-dir=/tmp/x"], (True, "/tmp/x")),
    (["--data-dir"], (False, None)),
    (["--data-dir", "--help"], (False, None)),
    (["--data-dir="], (False, None)),
    (["--help"], (False, None)),
    (["--self-test"], (False, None)),
    (["list"], (False, None)),
    (["--data-dir", "d", "list"], (False, None)),
])
def test_only_data_dir(argv: list[str], expected: tuple[bool, str | None]) -> None:
    assert _only_data_dir(argv) == expected


def test_usage_errors_still_go_through_the_parser(tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "biblio_desktop", "--data-dir"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 2 and "--data-dir" in out.stderr
