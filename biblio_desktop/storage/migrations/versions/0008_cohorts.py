"""cohorts: groups of learners, their courses and pace, weeks opened early

- `cohorts`: name, start date, pace ("all", "weekly", "plan"), when made, and the last
  date a trusted clock showed (learning/pacing.py: a clock set back or years ahead is
  paced by it).
- `cohort_courses`: the courses a cohort runs.
- `cohort_members`: a learner's cohort, one at a time (the learner id is the key).
- `cohort_openings`: weeks the facilitator opened early, for everyone (learner_id NULL)
  or for one learner.

Only new tables: nothing existing is rewritten.

Revision ID: 0008_cohorts
Revises: 0007_workshop
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008_cohorts'
down_revision = '0007_workshop'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'cohorts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('start_date', sa.Date(), nullable=False),
        sa.Column('pace', sa.String(length=16), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('last_good_day', sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_table(
        'cohort_courses',
        sa.Column('cohort_id', sa.Integer(), nullable=False),
        sa.Column('course_id', sa.String(length=200), nullable=False),
        sa.Column('position', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('cohort_id', 'course_id'),
    )
    op.create_table(
        'cohort_members',
        sa.Column('learner_id', sa.Integer(), nullable=False),
        sa.Column('cohort_id', sa.Integer(), nullable=False),
        sa.Column('joined_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('learner_id'),
    )
    op.create_index('ix_cohort_members_cohort_id', 'cohort_members', ['cohort_id'])
    op.create_table(
        'cohort_openings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('cohort_id', sa.Integer(), nullable=False),
        sa.Column('learner_id', sa.Integer(), nullable=True),
        sa.Column('week', sa.Integer(), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(['cohort_id'], ['cohorts.id'], ondelete='CASCADE'),
        sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_cohort_openings_cohort_id', 'cohort_openings', ['cohort_id'])


def downgrade() -> None:
    op.drop_index('ix_cohort_openings_cohort_id', table_name='cohort_openings')
    op.drop_table('cohort_openings')
    op.drop_index('ix_cohort_members_cohort_id', table_name='cohort_members')
    op.drop_table('cohort_members')
    op.drop_table('cohort_courses')
    op.drop_table('cohorts')
