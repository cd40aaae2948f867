"""learner_course_stats: per learner and course summary for the facilitator overview

Creates the table and fills it from item_progress and quiz_attempts, so an upgraded
database shows the right overview at once. The fill is written out here in plain SQL
and Python on purpose (not imported from learning/course_stats.py): a migration must
keep doing what it did when it was written, whatever the app code becomes later. A test
(tests/core/test_course_stats.py) checks it computes the same rows as
`rebuild_all_stats`.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('learner_course_stats',
    sa.Column('learner_id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.String(length=200), nullable=False),
    sa.Column('seconds_spent', sa.Integer(), nullable=False),
    sa.Column('last_activity', sa.DateTime(), nullable=True),
    sa.Column('done_item_ids', sa.Text(), nullable=False),
    sa.Column('quiz_best', sa.Text(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['learner_id'], ['learners.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('learner_id', 'course_id')
    )
    _fill(op.get_bind())


def _fill(conn: sa.Connection) -> None:
    """One row per (learner, course) with any progress or quiz attempt (rows left by a
    learner who no longer exists are skipped: the foreign key would refuse them)."""
    stats: dict[tuple[int, str], dict] = {}

    def entry(lid: int, cid: str) -> dict:
        return stats.setdefault((lid, cid), {"seconds": 0, "last": None, "done": set(),
                                             "best": {}})

    for lid, cid, secs, last in conn.execute(sa.text(
            "SELECT learner_id, course_id, SUM(seconds_spent), MAX(last_opened_at) "
            "FROM item_progress WHERE learner_id IN (SELECT id FROM learners) "
            "GROUP BY learner_id, course_id")):
        e = entry(lid, cid)
        e["seconds"], e["last"] = int(secs or 0), last  # text: stored as it was written
    for lid, cid, item_id in conn.execute(sa.text(
            "SELECT learner_id, course_id, item_id FROM item_progress "
            "WHERE completed_at IS NOT NULL AND learner_id IN (SELECT id FROM learners)")):
        entry(lid, cid)["done"].add(item_id)
    for lid, cid, item_id, best, passed in conn.execute(sa.text(
            "SELECT learner_id, course_id, item_id, "
            "MAX(CASE WHEN submitted_at IS NOT NULL THEN score END), MAX(passed) "
            "FROM quiz_attempts WHERE learner_id IN (SELECT id FROM learners) "
            "GROUP BY learner_id, course_id, item_id")):
        e = entry(lid, cid)
        if best is not None:
            e["best"][item_id] = float(best)
        if passed:
            e["done"].add(item_id)
    if not stats:
        return
    now = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
    conn.execute(sa.text(
        "INSERT INTO learner_course_stats (learner_id, course_id, seconds_spent, "
        "last_activity, done_item_ids, quiz_best, updated_at) "
        "VALUES (:lid, :cid, :secs, :last, :done, :best, :now)"),
        [{"lid": lid, "cid": cid, "secs": e["seconds"], "last": e["last"],
          "done": json.dumps(sorted(e["done"])), "best": json.dumps(e["best"], sort_keys=True),
          "now": now} for (lid, cid), e in sorted(stats.items())])


def downgrade() -> None:
    op.drop_table('learner_course_stats')
