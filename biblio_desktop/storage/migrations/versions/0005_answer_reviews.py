"""answers: free-text answers waiting for, and holding, the facilitator's review

Adds to `answers` what a review needs: `needs_review` (set when an attempt with a
free-text answer is submitted, so the facilitator's list is one indexed query), the
review's score (0..1), comment, reviewer (the facilitator's name as it was then) and time.
Existing answers cannot be free text (format_version 1 had no such question), so they
get `needs_review = 0` and no review; nothing else changes. SQLite adds the columns in
place (ALTER TABLE ADD COLUMN), so no row is copied or rewritten.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('answers', sa.Column('needs_review', sa.Boolean(), nullable=False,
                                       server_default=sa.text('0')))
    op.add_column('answers', sa.Column('review_score', sa.Float(), nullable=True))
    op.add_column('answers', sa.Column('review_comment', sa.Text(), nullable=True))
    op.add_column('answers', sa.Column('reviewed_by', sa.String(length=100), nullable=True))
    op.add_column('answers', sa.Column('reviewed_at', sa.DateTime(), nullable=True))
    op.create_index('ix_answers_review_queue', 'answers', ['needs_review', 'reviewed_at'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_answers_review_queue', table_name='answers')
    with op.batch_alter_table('answers') as batch:
        for column in ('reviewed_at', 'reviewed_by', 'review_comment', 'review_score',
                       'needs_review'):
            batch.drop_column(column)
