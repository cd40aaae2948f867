"""Telling people that the computer's clock is wrong, in their language.

Library PCs with a dead CMOS battery wake up in 2002. Most of the app does not mind (time
spent, sign-in waits and idle sign-out run on elapsed time; see clock.py), but two things
are worth a word: the start screen says so while the date is impossible, so staff can fix
it before anyone needs a certificate; and "Get certificate" explains a refusal
(`ClockLooksWrong`) and, when only the learner's earlier dates disagree with the clock,
lets the learner say the clock is right now.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from ... import clock
from ...clock import ClockLooksWrong


def _date(value: datetime) -> str:
    """The date in the user's language with the year in full: the year is what is wrong."""
    from .formats import local_datetime  # only when there is something to say

    moment = local_datetime(clock.as_utc(value).replace(tzinfo=None))
    return QLocale().toString(moment.date(), QLocale.FormatType.LongFormat)


def clock_problem_text(issue: str, clock_says: datetime,
                       reference: datetime | None = None) -> tuple[str, str]:
    """(what is wrong, what to do) for a clock problem found when making a certificate."""
    says = _date(clock_says)
    if issue == "before-completion":
        what = QCoreApplication.translate(
            "clock", "The computer's clock says {date}, but you completed this course on "
            "{completed} by this computer's clock. One of the two dates is wrong.")
        todo = QCoreApplication.translate(
            "clock", "If the clock is wrong now, set the correct date and time in the "
            "computer's settings (or ask the library staff), then choose Get certificate "
            "again. If the clock is right now, it was wrong when you completed the course, "
            "and your certificate gives today as the completion date.")
        return what.format(date=says, completed=_date(reference or clock_says)), todo
    if issue == "far-future":
        what = QCoreApplication.translate(
            "clock", "The computer's clock says {date}, which is too far in the future to be "
            "right.").format(date=says)
    else:
        what = QCoreApplication.translate(
            "clock", "The computer's clock says {date}, before this version of BIBLIO "
            "Desktop was released ({released}), so the clock is wrong.").format(
                date=says, released=_date(clock.EARLIEST_PLAUSIBLE))
    todo = QCoreApplication.translate(
        "clock", "A certificate would carry that wrong date, so none was made. Set the "
        "correct date and time in the computer's settings (or ask the library staff), then "
        "choose Get certificate again.")
    return what, todo


def clock_problem_box(parent: QWidget | None, exc: ClockLooksWrong
                      ) -> tuple[QMessageBox, QPushButton | None]:
    """The dialog for a certificate refused because of the clock, and its "the clock is
    right" button (None when the date is impossible, so there is nothing to confirm)."""
    what, todo = clock_problem_text(exc.issue, exc.clock_says, exc.reference)
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("clock", "Check the computer's clock"))
    box.setIcon(QMessageBox.Icon.Warning)
    box.setText(what)
    box.setInformativeText(todo)
    box.setAccessibleName(box.windowTitle())
    box.setAccessibleDescription(f"{what} {todo}")
    right = None
    if exc.issue == "before-completion":
        right = box.addButton(
            QCoreApplication.translate("clock", "The clock is right: save certificate"),
            QMessageBox.ButtonRole.AcceptRole)
        right.setAccessibleName(QCoreApplication.translate(
            "clock", "The clock is right now: save the certificate with today's date"))
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
    else:
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Ok))
    return box, right


def restated_text(stored: datetime) -> str:
    """The certificate summary's note when the completion date was replaced."""
    return QCoreApplication.translate(
        "clock", "Your completion was saved while the computer's clock was wrong (it said "
        "{date}), so your certificate gives the day it was issued as the completion date."
    ).format(date=_date(stored))


def clock_banner_text(now: datetime | None = None) -> str:
    """What the start screen says while the clock is obviously wrong ("" when it is not)."""
    now = now or clock.now()
    issue = clock.implausible(now)
    if issue is None:
        return ""
    if issue == "far-future":
        what = QCoreApplication.translate(
            "clock", "The computer's clock says {date}, which is too far in the future to be "
            "right.")
    else:
        what = QCoreApplication.translate(
            "clock", "The computer's clock says {date}, which cannot be right.")
    todo = QCoreApplication.translate(
        "clock", "Your work is saved as usual, but certificates cannot be made until the "
        "date and time are set correctly in the computer's settings.")
    return f"{what.format(date=_date(now))} {todo}"


class ClockBanner(QLabel):
    """A warning line that is visible only while the clock is obviously wrong."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "danger")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh()

    def refresh(self) -> None:
        text = clock_banner_text()
        self.setText(text)
        self.setAccessibleName(QCoreApplication.translate("clock", "Clock warning")
                               if text else "")
        self.setAccessibleDescription(text)
        self.setVisible(bool(text))
