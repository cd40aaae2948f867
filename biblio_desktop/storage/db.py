"""Engine factory, pragmas and the migration entry point for the library database.

SQLite in WAL mode lets the UI read while a write commits; `foreign_keys` is off by
default in SQLite and must be switched on per connection; `synchronous=FULL` makes a
commit survive a power cut, which is what "your answer is saved" must mean.

On a network folder (an NFS or SMB share, see filesystems.py) the database uses the
rollback journal instead of WAL: WAL's index lives in memory shared through the `-shm`
file, which two computers cannot share, so WAL there risks a corrupted library. The
rollback journal works with the file locks such shares provide; readers then wait while
a write commits (milliseconds in this app).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.orm import Session, sessionmaker

from .filesystems import is_network_folder

log = logging.getLogger(__name__)

DB_FILENAME = "library.sqlite3"


def journal_mode_for(db_path: Path) -> str:
    """WAL on a local disk; DELETE (the rollback journal) on a network folder."""
    return "DELETE" if is_network_folder(db_path.parent) else "WAL"


def _on_connect(dbapi_connection: Any, _record: Any, journal_mode: str = "WAL") -> None:
    # Let SQLAlchemy manage transactions explicitly (BEGIN on first statement).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=5000")  # first: leaving WAL waits for other readers
    cursor.execute(f"PRAGMA journal_mode={journal_mode}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


WRITE_OPTION = "biblio_write"


def _on_begin(conn: Any) -> None:
    # A unit of work takes the write lock up front (IMMEDIATE), so two writers queue
    # instead of failing on a read-to-write upgrade; plain reads stay deferred, and in WAL
    # mode they run beside a writer.
    write = conn.get_execution_options().get(WRITE_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(db_path: Path) -> Engine:
    """An engine for the database file with the project's pragmas on every connection."""
    engine = create_engine(f"sqlite:///{db_path}", future=True)
    mode = journal_mode_for(Path(db_path))
    if mode != "WAL":
        log.info("%s is on a network folder: using journal_mode=%s, not WAL", db_path, mode)
    event.listen(engine, "connect", functools.partial(_on_connect, journal_mode=mode))
    event.listen(engine, "begin", _on_begin)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option(
        "script_location", str(resources.files("biblio_desktop.storage").joinpath("migrations"))
    )
    cfg.attributes["engine"] = engine
    return cfg


from .schema import HEAD_REVISION  # noqa: E402  (re-exported: db.HEAD_REVISION)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        exists = conn.execute(text(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'")).first()
        if exists is None:
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision(engine: Engine) -> str | None:
    """The head according to the migration scripts (imports Alembic: tests and tools)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(engine)).get_current_head()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` through Alembic; an old database is upgraded, never
    dropped."""
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != HEAD_REVISION


@contextmanager
def unit_of_work(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One user action = one transaction: commit on success, roll back on any error."""
    with factory() as session, session.begin():
        session.connection(execution_options={WRITE_OPTION: True})
        yield session


def integrity_ok(engine: Engine) -> bool:
    with engine.connect() as conn:
        rows = conn.execute(text("PRAGMA integrity_check")).fetchall()
    return [tuple(r) for r in rows] == [("ok",)]
