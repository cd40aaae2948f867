"""workshop mode: joined PCs, statements gathered from them, stable ids for transfers

- `workshop_peers`: the PCs that joined this PC's workshop (sharing side): their
  installation id and name, the SHA-256 of their bearer token (never the token), when they
  joined and were last seen, and whether the facilitator removed them.
- `received_attachments`: the signed completion records that joined PCs attached to their
  statements, by SHA-256 (what xAPI names them by), so this PC's own sync can forward them.
- `outbox.origin`: the installation id of the joined PC a statement came from; NULL for
  this PC's own statements.
- `quiz_attempts.uid` and `learners.uid`: stable ids given to an attempt or a learner that
  came from another PC in a learner transfer file, so a second transfer merges instead of
  duplicating (NULL for this PC's own, whose ids are derived from the installation).

Only new tables and nullable columns: SQLite adds them in place, no row is rewritten.
(Named 0007 because another branch may add a 0006; the lead renumbers at merge.)

Revision ID: 0007_workshop
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007_workshop'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'workshop_peers',
        sa.Column('installation', sa.String(length=200), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('token_sha256', sa.String(length=64), nullable=False),
        sa.Column('address', sa.String(length=64), nullable=True),
        sa.Column('joined_at', sa.DateTime(), nullable=False),
        sa.Column('last_seen_at', sa.DateTime(), nullable=True),
        sa.Column('removed_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('installation'),
    )
    op.create_index('ix_workshop_peers_token_sha256', 'workshop_peers', ['token_sha256'],
                    unique=True)
    op.create_table(
        'received_attachments',
        sa.Column('sha2', sa.String(length=64), nullable=False),
        sa.Column('origin', sa.String(length=200), nullable=False),
        sa.Column('content_type', sa.String(length=100), nullable=False),
        sa.Column('content', sa.LargeBinary(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('sha2'),
    )
    op.add_column('outbox', sa.Column('origin', sa.String(length=200), nullable=True))
    op.create_index('ix_outbox_origin', 'outbox', ['origin'], unique=False)
    op.add_column('quiz_attempts', sa.Column('uid', sa.String(length=36), nullable=True))
    op.create_index('ix_quiz_attempts_uid', 'quiz_attempts', ['uid'], unique=False)
    op.add_column('learners', sa.Column('uid', sa.String(length=36), nullable=True))
    op.create_index('ix_learners_uid', 'learners', ['uid'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_learners_uid', table_name='learners')
    with op.batch_alter_table('learners') as batch:
        batch.drop_column('uid')
    op.drop_index('ix_quiz_attempts_uid', table_name='quiz_attempts')
    with op.batch_alter_table('quiz_attempts') as batch:
        batch.drop_column('uid')
    op.drop_index('ix_outbox_origin', table_name='outbox')
    with op.batch_alter_table('outbox') as batch:
        batch.drop_column('origin')
    op.drop_table('received_attachments')
    op.drop_index('ix_workshop_peers_token_sha256', table_name='workshop_peers')
    op.drop_table('workshop_peers')
