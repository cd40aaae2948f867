"""an index for the pre-test scores of the cohort report

`learning/prepost.first_scores` reads, for each learner and pre-test, the score of the
first submitted attempt (GROUP BY learner, course, item with MIN(attempt_no)). Without an
index SQLite scanned every attempt and sorted them; this partial, covering index holds
only submitted, scored attempts in the order the query groups them, so the cohort
dashboard of 400 learners x 10 courses reads them in one index range per test
(benchmarks/bench_cohorts.py).

Only an index: nothing existing is rewritten.

Revision ID: 0009_first_attempt_index
Revises: 0008_cohorts
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009_first_attempt_index'
down_revision = '0008_cohorts'
branch_labels = None
depends_on = None

WHERE = sa.text("submitted_at IS NOT NULL AND score IS NOT NULL")


def upgrade() -> None:
    op.create_index('ix_quiz_attempts_first', 'quiz_attempts',
                    ['item_id', 'learner_id', 'course_id', 'attempt_no', 'score'],
                    sqlite_where=WHERE)


def downgrade() -> None:
    op.drop_index('ix_quiz_attempts_first', table_name='quiz_attempts')
