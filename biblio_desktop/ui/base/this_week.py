""""This week" of a paced cohort, in the learner's words: shared by the library card and
the course outline (learning/pacing.py decides; this only says it)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ...learning.pacing import Today, WeekView
from ...packages.manifest import Manifest
from .formats import fill

translate = QCoreApplication.translate


def long_day(day: date) -> str:
    """"Monday, 9 March 2026" in the UI language (QLocale follows the app's language)."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


def opens_text(day: date | None) -> str:
    if day is None:
        return translate("ThisWeek", "Locked")
    return fill(translate("ThisWeek", "Opens on {date}"), date=long_day(day))


def this_week_text(view: WeekView, manifest: Manifest, language: str) -> str:
    """One or two sentences: the open week with its modules, the next week and its date."""
    titles = {m.id: manifest.text(m.title, language) for m in manifest.modules}
    modules = ", ".join(titles.get(m, m) for m in view.open_modules)
    if view.week >= view.weeks:
        text = translate("ThisWeek", "Week {week} of {weeks}: everything is open.").format(
            week=view.week, weeks=view.weeks)
    else:
        text = translate("ThisWeek", "This week (week {week} of {weeks}): {modules}.").format(
            week=view.week, weeks=view.weeks, modules=modules)
    if view.next_week is not None:
        upcoming = ", ".join(titles.get(m, m) for m in view.next_week.module_ids)
        text += " " + fill(translate("ThisWeek", "Next: {modules}, opens on {date}."),
                           modules=upcoming, date=long_day(view.next_week.opens_on))
    return text


def clock_warning_text(today: Today) -> str:
    """What the learner (and facilitator) are told when pacing did not trust the clock."""
    if today.warning is None:
        return ""
    return fill(translate("ThisWeek", "The computer's clock says {clock}, which looks wrong, "
                          "so the course is paced as on {day}. Ask the library staff to set "
                          "the date and time."),
                clock=long_day(today.clock_day), day=long_day(today.day))
