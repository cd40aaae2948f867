"""The database schema version this code expects, importable without SQLAlchemy.

The newest Alembic migration. A test checks it against Alembic's own view, so start-up
can tell whether a migration is needed without importing Alembic (about 0.2 s), and the
learner picker can trust a quick read-only look at the file (`learning.profiles`).
"""

HEAD_REVISION = "0004"
