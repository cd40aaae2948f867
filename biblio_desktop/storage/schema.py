"""The database schema version this code expects, importable without SQLAlchemy.

The newest Alembic migration. A test checks it against Alembic's own view, so start-up
can tell whether a migration is needed without importing Alembic (about 0.2 s), and the
learner picker can trust a quick read-only look at the file (`learning.profiles`).
"""

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HEAD_REVISION = "0011_managed_cohorts"


@contextmanager
def read_only(database: Path) -> Iterator[sqlite3.Connection]:
    """A standard-library sqlite3 connection that can neither create nor change the file,
    for the quick reads the app does before SQLAlchemy is loaded (first paint, learner
    picker). Raises sqlite3.Error for a missing, damaged or locked file."""
    uri = database.resolve().as_uri() + "?mode=ro"
    connection = sqlite3.connect(uri, uri=True, timeout=0.5)
    try:
        yield connection
    finally:
        connection.close()
