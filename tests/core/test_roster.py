"""The learner picker's quick list (learning.profiles.read_roster): the same profiles as
the library gives, or None when only a proper open can be trusted; never a write."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from biblio_desktop.learning.profiles import read_roster
from biblio_desktop.storage.schema import HEAD_REVISION
from biblio_desktop.workspace import Workspace


@pytest.fixture
def library(tmp_path: Path) -> Path:
    with Workspace.open(tmp_path / "data") as ws:
        ws.learners.add("zane Liepa")
        ws.learners.add("Anna Ozola", "4321")
        ws.learners.add("Ēriks Kalniņš")
        ws.learners.create_facilitator("a long facilitator password")
        return ws.layout.database


def test_same_profiles_as_the_library_without_the_facilitator(library: Path) -> None:
    quick = read_roster(library, HEAD_REVISION)
    with Workspace.open(library.parent) as ws:
        assert quick == ws.learners.list_learners()
    assert quick is not None
    assert [lr.name for lr in quick] == ["Anna Ozola", "zane Liepa", "Ēriks Kalniņš"]
    assert [lr.has_secret for lr in quick] == [True, False, False]


def test_no_database_yet_is_an_empty_list_and_creates_nothing(tmp_path: Path) -> None:
    database = tmp_path / "data" / "library.sqlite3"
    assert read_roster(database, HEAD_REVISION) == []
    assert not database.parent.exists()


def test_other_schema_version_needs_the_real_open(library: Path) -> None:
    assert read_roster(library, "0001") is None
    with sqlite3.connect(library) as db:
        db.execute("DELETE FROM alembic_version")
    assert read_roster(library, HEAD_REVISION) is None


@pytest.mark.parametrize("content", [b"garbage" * 100, b"SQLite format 3\x00" + b"\x00" * 200])
def test_damaged_file_needs_the_real_open_and_is_left_alone(tmp_path: Path,
                                                             content: bytes) -> None:
    database = tmp_path / "library.sqlite3"
    database.write_bytes(content)
    assert read_roster(database, HEAD_REVISION) is None
    assert database.read_bytes() == content


def test_bad_dates_need_the_real_open(library: Path) -> None:
    with sqlite3.connect(library) as db:
        db.execute("UPDATE learners SET created_at = 'yesterday'")
    assert read_roster(library, HEAD_REVISION) is None


def test_schema_constant_matches_the_migrations() -> None:
    from biblio_desktop.storage import db

    assert db.HEAD_REVISION == HEAD_REVISION
