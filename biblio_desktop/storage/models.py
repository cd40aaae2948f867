"""SQLAlchemy 2 models of the library database.

The schema itself is created only by Alembic migrations (storage/migrations); a test
checks that these models and the migrated schema agree.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
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
