"""How screens write dates, durations, percentages and the job profiles' names.

Shared by the progress, facilitator, records and sync screens (and the clock notice), so
none of them imports another screen for a date. The texts keep their translation context
("progress").
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale


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


def fill(template: str, **values: Any) -> str:
    """`template.format(**values)`, but a value that ends with its own period ends the
    sentence: no second period after it.

    Why: some languages' dates end in a period (Bulgarian "13 декември 2026 г.", short
    "9.03.26 г."; Qt's Bulgarian date-time ends "ч."), and sentences put a period after a
    date ("Next: …, opens on {date}.") in English or in a translation. Only the period
    right after such a value goes; the template (and its translation) stays as written.
    """
    for key, value in values.items():
        if str(value).endswith("."):
            template = template.replace("{" + key + "}.", "{" + key + "}")
    return template.format(**values)


def long_date(value: QDate | QDateTime) -> str:
    """A day (or moment) written out in the UI language: "Monday, 9 March 2026"; with a
    time, the time without seconds or zone name ("Monday, 9 March 2026 14:30")."""
    locale = QLocale()
    if isinstance(value, QDateTime):
        day = locale.toString(value.date(), QLocale.FormatType.LongFormat)
        return f"{day} {locale.toString(value.time(), QLocale.FormatType.ShortFormat)}"
    return locale.toString(value, QLocale.FormatType.LongFormat)


def percent(fraction: float) -> str:
    return QCoreApplication.translate("progress", "{p} %").format(p=round(fraction * 100))
