"""managed cohorts: a joined PC's copy of the workshop PC's cohorts

A PC joined to a workshop paces its learners by the cohorts the facilitator made on the
workshop PC (workshop/cohort_sync.py). It keeps them as ordinary `cohorts` rows marked:

- `managed_by`: the workshop PC's installation id (NULL: a cohort of this PC);
- `manager_name`: the workshop PC's name, to say "Managed by the workshop PC …";
- `remote_id`: the cohort's id on the workshop PC, so each refresh updates the same row
  and keeps its last good date (learning/pacing.py).

Leaving the workshop clears the three columns: the cohorts become this PC's own.
Only nullable columns: nothing existing is rewritten.

Revision ID: 0011_managed_cohorts
Revises: 0010_test_scores
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0011_managed_cohorts'
down_revision = '0010_test_scores'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('cohorts', sa.Column('managed_by', sa.String(length=200), nullable=True))
    op.add_column('cohorts', sa.Column('manager_name', sa.String(length=100), nullable=True))
    op.add_column('cohorts', sa.Column('remote_id', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('cohorts') as batch:
        batch.drop_column('remote_id')
        batch.drop_column('manager_name')
        batch.drop_column('managed_by')
