"""Migration 0005 (free-text reviews): a database of revision 0004 with learners, progress,
attempts, answers, completions, records, an outbox, settings and the overview summary
upgrades with every row and value kept; the new review columns start empty."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from biblio_desktop.storage import db

T = "2026-03-02 09:00:00.000000"
ROWS = {
    "courses": [{"id": "c.one", "pinned_key_id": None, "pinned_public_key": None,
                 "added_at": T}],
    "course_versions": [{"id": 1, "course_id": "c.one", "version": "1.0.0",
                         "version_order": 1, "package_sha256": "a" * 64, "package_size": 10,
                         "manifest_json": '{"format_version": 1}', "folder": "c.one/1.0.0",
                         "signed_by": None, "imported_at": T, "is_current": 1}],
    "items": [{"id": 1, "course_version_id": 1, "item_id": "quiz", "module_id": "m1",
               "kind": "quiz", "position": 0, "required": 1, "minutes": 5}],
    "learners": [{"id": 1, "name": "Ilze Kalniņa", "role": "learner", "secret_hash": None,
                  "failed_attempts": 0, "locked_until": None, "created_at": T,
                  "last_seen_at": T, "ui_language": "lv", "avatar": None},
                 {"id": 2, "name": "Facilitator", "role": "facilitator",
                  "secret_hash": "$argon2id$x", "failed_attempts": 1, "locked_until": None,
                  "created_at": T, "last_seen_at": None, "ui_language": None,
                  "avatar": None}],
    "item_progress": [{"id": 1, "learner_id": 1, "course_id": "c.one", "item_id": "quiz",
                       "first_opened_at": T, "last_opened_at": T, "seconds_spent": 95,
                       "last_tick_at": T, "completed_at": T, "completed_version": "1.0.0",
                       "position_json": '{"question": "q2"}'}],
    "quiz_attempts": [{"id": 1, "learner_id": 1, "course_id": "c.one", "item_id": "quiz",
                       "course_version": "1.0.0", "language": "lv", "attempt_no": 1,
                       "seed": "1:c.one:quiz:1", "started_at": T, "submitted_at": T,
                       "current_question": "q2", "score": 0.75, "passed": 1},
                      {"id": 2, "learner_id": 1, "course_id": "c.one", "item_id": "quiz",
                       "course_version": "1.0.0", "language": "lv", "attempt_no": 2,
                       "seed": "1:c.one:quiz:2", "started_at": T, "submitted_at": None,
                       "current_question": None, "score": None, "passed": None}],
    "answers": [{"id": 1, "attempt_id": 1, "question_id": "q1", "answer_json": '"bibliotēka"',
                 "saved_at": T, "score": 1.0},
                {"id": 2, "attempt_id": 1, "question_id": "q2", "answer_json": '["a", "b"]',
                 "saved_at": T, "score": 0.5},
                {"id": 3, "attempt_id": 2, "question_id": "q1", "answer_json": '"x"',
                 "saved_at": T, "score": None}],
    "course_completions": [{"id": 1, "learner_id": 1, "course_id": "c.one",
                            "course_version": "1.0.0", "completed_at": T, "score": 0.75}],
    "settings": [{"key": "ui_language", "value_json": '"lv"'}],
    "completion_records": [{"id": "urn:uuid:1", "learner_id": 1, "course_id": "c.one",
                            "course_version": "1.0.0", "key_id": "did:key:z6Mk#k",
                            "counter": 1, "issued_at": T, "credential_json": "{}",
                            "sha256": "0" * 64}],
    "key_counters": [{"key_id": "did:key:z6Mk#k", "counter": 1}],
    "outbox": [{"statement_id": "0b1e0000-0000-5000-8000-000000000001", "learner_id": 1,
                "verb": "answered", "statement_json": "{}", "record_id": None,
                "created_at": T, "delivered_at": None, "attempts": 2, "next_try_at": T,
                "last_error": "timeout"}],
    "learner_course_stats": [{"learner_id": 1, "course_id": "c.one", "seconds_spent": 95,
                              "last_activity": T, "done_item_ids": '["quiz"]',
                              "quiz_best": '{"quiz": 0.75}', "updated_at": T}],
}
NEW_ANSWER_COLUMNS = {"needs_review": 0, "review_score": None, "review_comment": None,
                      "reviewed_by": None, "reviewed_at": None}


def _dump(conn: sa.Connection, table: str) -> list[dict]:
    rows = conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY rowid")).mappings()
    return [dict(r) for r in rows]


def test_an_old_database_upgrades_with_nothing_lost(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    db.upgrade(engine, "0004")
    with engine.begin() as conn:
        for table, rows in ROWS.items():
            columns = list(rows[0])
            conn.execute(sa.text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                                 f"({', '.join(':' + c for c in columns)})"), rows)
    with engine.connect() as conn:
        before = {table: _dump(conn, table) for table in ROWS}
    assert db.needs_upgrade(engine)

    db.upgrade(engine, "0005")

    assert db.current_revision(engine) == "0005"
    assert db.integrity_ok(engine)
    with engine.connect() as conn:
        after = {table: _dump(conn, table) for table in ROWS}
        assert conn.execute(sa.text("PRAGMA foreign_key_check")).fetchall() == []
    for table, rows in before.items():
        if table == "answers":
            assert after[table] == [{**row, **NEW_ANSWER_COLUMNS} for row in rows]
        else:
            assert after[table] == rows, table
    assert before["learners"][0]["name"] == "Ilze Kalniņa"  # the text round-trips exactly
    engine.dispose()


def test_downgrade_to_0004_and_up_again(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "library.sqlite3")
    db.upgrade(engine)
    from alembic import command

    command.downgrade(db._alembic_config(engine), "0004")
    with engine.connect() as conn:
        columns = {c["name"] for c in sa.inspect(conn).get_columns("answers")}
    assert not columns & set(NEW_ANSWER_COLUMNS)
    db.upgrade(engine, "0005")
    assert db.current_revision(engine) == "0005"
    engine.dispose()
