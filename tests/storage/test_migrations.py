"""The schema comes only from Alembic migrations; the models must agree with it."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from biblio_desktop.storage import db
from biblio_desktop.storage.models import Base


def test_upgrade_empty_database_base_to_head(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    assert db.current_revision(engine) is None
    assert db.needs_upgrade(engine)
    db.upgrade(engine)
    assert db.current_revision(engine) == db.head_revision(engine)
    assert not db.needs_upgrade(engine)
    tables = set(inspect(engine).get_table_names())
    assert {"courses", "course_versions", "items", "learners", "alembic_version"} <= tables


def test_models_match_migrated_schema(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    db.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_upgrade_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    db.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO learners (name, role, failed_attempts, created_at) "
                          "VALUES ('Ilze', 'learner', 0, '2026-01-01 00:00:00')"))
    db.upgrade(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM learners")).scalar_one() == "Ilze"


def test_pragmas_on_every_connection(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar_one() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        assert conn.execute(text("PRAGMA synchronous")).scalar_one() == 2  # FULL
    assert db.integrity_ok(engine)


def test_head_constant_matches_the_migration_scripts(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    assert db.head_revision(engine) == db.HEAD_REVISION


def test_trusted_manifest_parse_equals_full_parse(tmp_path: Path) -> None:
    import zipfile

    from biblio_desktop.authoring.builder import build_package
    from biblio_desktop.packages.manifest import parse_manifest

    root = Path(__file__).resolve().parents[2]
    out = tmp_path / "s.biblio"
    build_package(root / "course_packages" / "digital-skills-orientation", out)
    raw = zipfile.ZipFile(out).read("course.json")
    assert parse_manifest(raw, trusted=True) == parse_manifest(raw)
