"""first (pre-test) scores kept in learner_course_stats

The cohort dashboard read every learner's pre-test score (the first submitted attempt)
from quiz_attempts at each showing: about 14 ms of its 100 ms at 400 learners x 10
courses (benchmarks/bench_cohorts.py). The tracker now keeps `quiz_first` ({item id:
score of the first submitted, scored attempt}) beside `quiz_best`, in the same
transaction as every attempt (learning/course_stats.py), so the report reads the row the
overview reads anyway.

This adds the column and fills it for upgraded databases. The fill is written out here in
plain SQL on purpose (not imported from learning/course_stats.py): a migration must keep
doing what it did when it was written. A test (tests/core/test_stored_test_scores.py)
checks it equals the app's own computation. Rows exist for every learner and course with
an attempt (migration 0004 and every write since), so only existing rows are updated.

Revision ID: 0010_test_scores
Revises: 0009_first_attempt_index
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = '0010_test_scores'
down_revision = '0009_first_attempt_index'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('learner_course_stats') as batch:
        batch.add_column(sa.Column('quiz_first', sa.Text(), nullable=False,
                                   server_default='{}'))
    _fill(op.get_bind())


def _fill(conn: sa.Connection) -> None:
    """{item id: score} of each learner's first submitted, scored attempt, per course
    (SQLite returns the bare `score` of the row holding MIN(attempt_no))."""
    firsts: dict[tuple[int, str], dict[str, float]] = {}
    for lid, cid, item_id, score, _no in conn.execute(sa.text(
            "SELECT learner_id, course_id, item_id, score, MIN(attempt_no) FROM quiz_attempts "
            "WHERE submitted_at IS NOT NULL AND score IS NOT NULL "
            "GROUP BY learner_id, course_id, item_id")):
        firsts.setdefault((lid, cid), {})[item_id] = float(score)
    if firsts:
        conn.execute(sa.text("UPDATE learner_course_stats SET quiz_first = :first "
                             "WHERE learner_id = :lid AND course_id = :cid"),
                     [{"lid": lid, "cid": cid, "first": json.dumps(first, sort_keys=True)}
                      for (lid, cid), first in sorted(firsts.items())])


def downgrade() -> None:
    with op.batch_alter_table('learner_course_stats') as batch:
        batch.drop_column('quiz_first')
