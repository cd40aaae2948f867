"""How screens write dates, durations, percentages and the job profiles' names.

Shared by the progress, facilitator, records and sync screens (and the clock notice), so
none of them imports another screen for a date. The texts keep their translation context
("progress").
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def profile_name(code: str) -> str:
    """The two BIBLIO job profiles by their full, translated names; other codes as given."""
    if code == "CECO":
        return QCoreApplication.translate(
            "progress", "Community Engagement and Communication Officer"
        )
    if code == "DIGY":
        return QCoreApplication.translate("progress", "Digital Transformation Facilitator")
    return code


def format_duration(seconds: int) -> str:
    """Time spent, short enough for a table column: "< 1 min", "12 min", "1 h 05 min"."""
    minutes = int(seconds) // 60
    if minutes < 1:
        return (
            QCoreApplication.translate("progress", "< 1 min")
            if seconds > 0
            else QCoreApplication.translate("progress", "none yet")
        )
    if minutes < 60:
        return QCoreApplication.translate("progress", "{m} min").format(m=minutes)
    return QCoreApplication.translate("progress", "{h} h {m:02d} min").format(
        h=minutes // 60, m=minutes % 60
    )


def local_datetime(value: datetime) -> QDateTime:
    """Stored times are naive UTC; people read them in their own time zone."""
    local = value.replace(tzinfo=UTC).astimezone()
    return QDateTime(local.year, local.month, local.day, local.hour, local.minute, local.second)


def format_date(value: datetime | None, with_time: bool = False) -> str:
    if value is None:
        return ""
    moment = local_datetime(value)
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(moment, fmt) if with_time else QLocale().toString(moment.date(), fmt)


def percent(fraction: float) -> str:
    return QCoreApplication.translate("progress", "{p} %").format(p=round(fraction * 100))
