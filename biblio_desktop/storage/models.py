"""SQLAlchemy 2 models of the library database.

The schema itself is created only by Alembic migrations (storage/migrations); a test
checks that these models and the migrated schema agree.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class CourseRow(Base):
    """A course id, with the publisher key pinned on first import."""

    __tablename__ = "courses"

    id: Mapped[str] = mapped_column(String(200), primary_key=True)
    pinned_key_id: Mapped[str | None] = mapped_column(String(16))
    pinned_public_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    versions: Mapped[list[CourseVersionRow]] = relationship(
        back_populates="course", cascade="all, delete-orphan"
    )


class CourseVersionRow(Base):
    """One installed version of a course; `is_current` marks the one learners see."""

    __tablename__ = "course_versions"
    __table_args__ = (UniqueConstraint("course_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_id: Mapped[str] = mapped_column(ForeignKey("courses.id", ondelete="CASCADE"),
                                           index=True)
    version: Mapped[str] = mapped_column(String(32))
    version_order: Mapped[int] = mapped_column(Integer)
    package_sha256: Mapped[str] = mapped_column(String(64))
    package_size: Mapped[int] = mapped_column(Integer)
    manifest_json: Mapped[str] = mapped_column(Text)
    folder: Mapped[str] = mapped_column(String(400))
    signed_by: Mapped[str | None] = mapped_column(String(16))
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    course: Mapped[CourseRow] = relationship(back_populates="versions")
    items: Mapped[list[ItemRow]] = relationship(
        back_populates="course_version", cascade="all, delete-orphan", order_by="ItemRow.position"
    )


class ItemRow(Base):
    """An item of one course version, denormalised for fast progress queries."""

    __tablename__ = "items"
    __table_args__ = (UniqueConstraint("course_version_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    course_version_id: Mapped[int] = mapped_column(
        ForeignKey("course_versions.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[str] = mapped_column(String(64))
    module_id: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    position: Mapped[int] = mapped_column(Integer)
    required: Mapped[bool] = mapped_column(Boolean)
    minutes: Mapped[int] = mapped_column(Integer)
    course_version: Mapped[CourseVersionRow] = relationship(back_populates="items")


class LearnerRow(Base):
    """A person using this PC (or the facilitator)."""

    __tablename__ = "learners"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16), default="learner")
    secret_hash: Mapped[str | None] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    ui_language: Mapped[str | None] = mapped_column(String(16))
    avatar: Mapped[str | None] = mapped_column(String(32))
    # set on a profile that came from another PC in a learner transfer (workshop/transfer.py)
    uid: Mapped[str | None] = mapped_column(String(36), index=True)


class ItemProgressRow(Base):
    """What one learner did with one item, keyed by course and item id (not version), so
    progress carries over when a newer version of the course is installed."""

    __tablename__ = "item_progress"
    __table_args__ = (UniqueConstraint("learner_id", "course_id", "item_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"),
                                            index=True)
    course_id: Mapped[str] = mapped_column(String(200))
    item_id: Mapped[str] = mapped_column(String(64))
    first_opened_at: Mapped[datetime] = mapped_column(DateTime)
    last_opened_at: Mapped[datetime] = mapped_column(DateTime)
    seconds_spent: Mapped[int] = mapped_column(Integer, default=0)
    last_tick_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime)
    completed_version: Mapped[str | None] = mapped_column(String(32))
    position_json: Mapped[str | None] = mapped_column(Text)


class QuizAttemptRow(Base):
    """One attempt at a quiz; the seed fixes question draw and order for resume."""

    __tablename__ = "quiz_attempts"
    __table_args__ = (UniqueConstraint("learner_id", "course_id", "item_id", "attempt_no"),
                      # pre-test scores of the cohort report (migration 0009)
                      Index("ix_quiz_attempts_first", "item_id", "learner_id", "course_id",
                            "attempt_no", "score",
                            sqlite_where=text("submitted_at IS NOT NULL AND score IS NOT NULL")))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"),
                                            index=True)
    course_id: Mapped[str] = mapped_column(String(200))
    item_id: Mapped[str] = mapped_column(String(64))
    course_version: Mapped[str] = mapped_column(String(32))
    language: Mapped[str] = mapped_column(String(16))
    attempt_no: Mapped[int] = mapped_column(Integer)
    seed: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime)
    current_question: Mapped[str | None] = mapped_column(String(64))
    score: Mapped[float | None] = mapped_column()
    passed: Mapped[bool | None] = mapped_column(Boolean)
    # set on an attempt that came from another PC in a learner transfer (workshop/transfer.py)
    uid: Mapped[str | None] = mapped_column(String(36), index=True)
    answers: Mapped[list[AnswerRow]] = relationship(back_populates="attempt",
                                                    cascade="all, delete-orphan")


class AnswerRow(Base):
    """The learner's current answer to one question of one attempt.

    A free-text answer is not scored by the app: `needs_review` is set when its attempt is
    submitted, and the facilitator's review (score 0..1, comment, reviewer's name, time)
    is stored beside it (learning/reviews.py).
    """

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("attempt_id", "question_id"),
                      Index("ix_answers_review_queue", "needs_review", "reviewed_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("quiz_attempts.id", ondelete="CASCADE"),
                                            index=True)
    question_id: Mapped[str] = mapped_column(String(64))
    answer_json: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
    score: Mapped[float | None] = mapped_column()
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False,
                                               server_default=text("0"))
    review_score: Mapped[float | None] = mapped_column(Float)
    review_comment: Mapped[str | None] = mapped_column(Text)
    reviewed_by: Mapped[str | None] = mapped_column(String(100))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime)
    attempt: Mapped[QuizAttemptRow] = relationship(back_populates="answers")


class CourseCompletionRow(Base):
    """A course completed by a learner, with the version it was completed in; it stays
    complete when a later version adds items."""

    __tablename__ = "course_completions"
    __table_args__ = (UniqueConstraint("learner_id", "course_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"),
                                            index=True)
    course_id: Mapped[str] = mapped_column(String(200))
    course_version: Mapped[str] = mapped_column(String(32))
    completed_at: Mapped[datetime] = mapped_column(DateTime)
    score: Mapped[float | None] = mapped_column()


class SettingRow(Base):
    """Installation-wide settings (idle sign-out time, LRS address, ...), as JSON values."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)


class CompletionRecordRow(Base):
    """A signed completion record (W3C Verifiable Credential) issued on this installation."""

    __tablename__ = "completion_records"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)  # urn:uuid:...
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="SET NULL"), index=True)
    course_id: Mapped[str] = mapped_column(String(200))
    course_version: Mapped[str] = mapped_column(String(32))
    key_id: Mapped[str] = mapped_column(String(200))
    counter: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    credential_json: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))


class KeyCounterRow(Base):
    """The per-key counter of issued records; it only goes up (see records docs)."""

    __tablename__ = "key_counters"

    key_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, default=0)


class OutboxRow(Base):
    """An xAPI statement waiting to be delivered to the Learning Record Store."""

    __tablename__ = "outbox"

    statement_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID5
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="SET NULL"), index=True)
    verb: Mapped[str] = mapped_column(String(32))
    statement_json: Mapped[str] = mapped_column(Text)
    record_id: Mapped[str | None] = mapped_column(String(64))  # attached credential, if any
    created_at: Mapped[datetime] = mapped_column(DateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_try_at: Mapped[datetime | None] = mapped_column(DateTime)
    last_error: Mapped[str | None] = mapped_column(Text)
    # the joined PC (installation id) a workshop statement came from; None: this PC's own
    origin: Mapped[str | None] = mapped_column(String(200), index=True)


class CatalogRow(Base):
    """A course catalog URL and the last copy fetched (for offline browsing)."""

    __tablename__ = "catalogs"

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    added_at: Mapped[datetime] = mapped_column(DateTime)
    fetched_at: Mapped[datetime | None] = mapped_column(DateTime)
    etag: Mapped[str | None] = mapped_column(String(200))
    catalog_json: Mapped[str | None] = mapped_column(Text)
    last_error: Mapped[str | None] = mapped_column(Text)


class DownloadRow(Base):
    """A package download the user asked for; survives restarts so it can resume."""

    __tablename__ = "downloads"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    catalog_url: Mapped[str | None] = mapped_column(String(2000))
    course_id: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(32))
    url: Mapped[str] = mapped_column(String(2000))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    part_path: Mapped[str] = mapped_column(String(400))
    etag: Mapped[str | None] = mapped_column(String(200))
    bytes_done: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16))  # queued|running|paused|failed|done|cancelled
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class LearnerCourseStatsRow(Base):
    """What the facilitator overview shows of one learner in one course, kept up to date
    by the tracker inside the same transaction as every progress write (see
    learning/course_stats.py), so the overview reads one row instead of scanning progress.

    `done_item_ids` is a JSON list of item ids: completed items and passed quizzes, by id
    and not by version, so the overview counts them against the current version's
    required items. `quiz_best` is a JSON object {item id: best submitted score},
    `quiz_first` {item id: score of the first submitted attempt} (the pre-test score of the
    cohort report; migration 0010).
    """

    __tablename__ = "learner_course_stats"

    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"),
                                            primary_key=True)
    course_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    seconds_spent: Mapped[int] = mapped_column(Integer, default=0)
    last_activity: Mapped[datetime | None] = mapped_column(DateTime)
    done_item_ids: Mapped[str] = mapped_column(Text, default="[]")
    quiz_best: Mapped[str] = mapped_column(Text, default="{}")
    quiz_first: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class WorkshopPeerRow(Base):
    """A PC that joined this PC's workshop (workshop/peers.py); only its token's hash is kept."""

    __tablename__ = "workshop_peers"

    installation: Mapped[str] = mapped_column(String(200), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    token_sha256: Mapped[str] = mapped_column(String(64), unique=True, index=True)
    address: Mapped[str | None] = mapped_column(String(64))
    joined_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    removed_at: Mapped[datetime | None] = mapped_column(DateTime)


class ReceivedAttachmentRow(Base):
    """A signed completion record a joined PC attached to a statement (workshop/inbox.py),
    kept by its SHA-256 so this PC's sync can forward it with the statement."""

    __tablename__ = "received_attachments"

    sha2: Mapped[str] = mapped_column(String(64), primary_key=True)
    origin: Mapped[str] = mapped_column(String(200))
    content_type: Mapped[str] = mapped_column(String(100))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class CohortRow(Base):
    """A group of learners run together (learning/cohorts.py): a workshop or a term.

    `pace` is "all", "weekly" or "plan" (learning/pacing.py); `last_good_day` is the
    latest date a trusted clock reading showed, so a clock set back never locks a week
    again and one set years ahead opens nothing new.
    """

    __tablename__ = "cohorts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    start_date: Mapped[date] = mapped_column(Date)
    pace: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_good_day: Mapped[date | None] = mapped_column(Date)
    # a joined PC's copy of a workshop PC's cohort (migration 0011, workshop/cohort_sync.py):
    # the workshop PC's installation and name, and the cohort's id there; NULL: our own
    managed_by: Mapped[str | None] = mapped_column(String(200))
    manager_name: Mapped[str | None] = mapped_column(String(100))
    remote_id: Mapped[int | None] = mapped_column(Integer)


class CohortCourseRow(Base):
    """A course a cohort runs (all of them from the cohort's start date)."""

    __tablename__ = "cohort_courses"

    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"),
                                           primary_key=True)
    course_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class CohortMemberRow(Base):
    """A learner's cohort: one at a time (the learner is the key), so moving a learner is
    one update and their progress, keyed by learner and course, stays as it was."""

    __tablename__ = "cohort_members"

    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"),
                                            primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"),
                                           index=True)
    joined_at: Mapped[datetime] = mapped_column(DateTime)


class CohortOpeningRow(Base):
    """A week the facilitator opened early: for the whole cohort (learner_id NULL) or for
    one learner."""

    __tablename__ = "cohort_openings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id", ondelete="CASCADE"),
                                           index=True)
    learner_id: Mapped[int | None] = mapped_column(
        ForeignKey("learners.id", ondelete="CASCADE"))
    week: Mapped[int] = mapped_column(Integer)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
