"""Weekly release of a course to a cohort: which week each module opens, what "today" is
when the PC's clock may be wrong, and which items a learner may open. Pure: no database.

Why the clock needs care here: pacing is the one place a wall-clock date *decides*
something (elsewhere it only stamps, see clock.py). Library PCs with a dead CMOS battery
say 2002 after a power cut, or are set years ahead. The rule (docs/cohorts.md, "A wrong
clock"):

1. Nothing a learner already opened or started is ever locked again (their progress row
   exists), and a week once reached stays reached: the cohort keeps the *last good date*
   it saw and "today" never goes back behind it.
2. A reading is *not trusted* when it is impossible (`clock.implausible`: before this
   release or after 2099), more than a day before the last good date (the clock went
   back), or more than `FAR_AHEAD` after the cohort's last week opened (a clock years
   ahead). Then the cohort is paced by the last good date and the UI shows a clock
   warning; so a clock years back locks nothing that was open, and a clock years ahead
   opens nothing new.
3. A trusted reading moves the last good date forward (the facade stores it).

A clock a few days ahead cannot be told from a right one: it opens those weeks a few
days early, which is harmless (and what the facilitator's "open a week early" does).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from .. import clock
from ..errors import BiblioError
from ..packages.manifest import Manifest

Pace = Literal["all", "weekly", "plan"]
PACES: tuple[Pace, ...] = ("all", "weekly", "plan")
ClockWarning = Literal["impossible", "behind", "far-ahead"]
# A clock this far past the opening of a cohort's last week is taken for a wrong clock.
FAR_AHEAD = timedelta(weeks=26)
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class Week:
    """One week of a course in a cohort: its number (1 = the start week), the day it opens
    and the modules it releases."""

    number: int
    opens_on: date
    module_ids: tuple[str, ...]


@dataclass(frozen=True)
class Today:
    """The date pacing uses, and why it is not the clock's own reading (if it is not)."""

    day: date
    clock_day: date
    warning: ClockWarning | None = None
    trusted: bool = True


def suggested_weeks(manifest: Manifest) -> tuple[tuple[str, ...], ...]:
    """The course's own week plan (modules per week, format 3 `weeks`), or () if none."""
    return manifest.weeks


def course_weeks(manifest: Manifest, pace: Pace, start: date) -> tuple[Week, ...]:
    """The weeks of one course: all modules in week 1 ("all"), one module a week from
    `start` ("weekly"), or the course's suggested plan ("plan"; one a week without one).

    Modules a plan leaves out open with its last week, so nothing stays locked for ever.
    """
    module_ids = [m.id for m in manifest.modules]
    if pace == "all" or not module_ids:
        return (Week(1, start, tuple(module_ids)),)
    plan = suggested_weeks(manifest) if pace == "plan" else ()
    groups: list[list[str]] = []
    if plan:
        placed: set[str] = set()
        for week in plan:
            ids = [m for m in week if m in module_ids and m not in placed]
            placed.update(ids)
            groups.append(ids)
        leftovers = [m for m in module_ids if m not in placed]
        if leftovers:
            groups[-1].extend(leftovers)
    else:
        groups = [[m] for m in module_ids]
    return tuple(Week(n, start + WEEK * (n - 1), tuple(ids))
                 for n, ids in enumerate(groups, 1))


def module_week(weeks: Sequence[Week]) -> dict[str, int]:
    return {module_id: week.number for week in weeks for module_id in week.module_ids}


def week_number(start: date, day: date) -> int:
    """The cohort week `day` falls in (1 from the start date; 0 before it)."""
    if day < start:
        return 0
    return (day - start).days // 7 + 1


def pacing_today(now: datetime, *, start: date, last_week_opens: date,
                 last_good: date | None) -> Today:
    # Without any good date yet (a cohort made while the clock was wrong), an untrusted
    # reading paces by the start date: week 1 open, nothing more.
    """The date to pace a cohort by, given the clock's reading `now` (aware; a naive value
    is UTC) and the last good date the cohort recorded. Days are the PC's local days."""
    clock_day = clock.as_utc(now).astimezone().date()
    if clock.implausible(clock.as_utc(now)):
        return Today(last_good or start, clock_day, "impossible", trusted=False)
    if last_good is not None and clock_day < last_good - timedelta(days=1):
        return Today(last_good, clock_day, "behind", trusted=False)
    if clock_day > max(last_week_opens, start) + FAR_AHEAD:
        return Today(last_good or start, clock_day, "far-ahead", trusted=False)
    return Today(max(clock_day, last_good or clock_day), clock_day)


@dataclass(frozen=True)
class ItemAccess:
    """Whether a learner may open an item now and, if not, the day it opens."""

    item_id: str
    module_id: str
    week: int
    open: bool
    opens_on: date | None


def reached_week(weeks: Sequence[Week], today: date, opened_weeks: Iterable[int] = ()
                 ) -> int:
    """The last week open to a learner: by date, or opened early by the facilitator (an
    early week opens the weeks before it too). Week 1 is open even before the start date:
    a cohort never has everything locked."""
    return max([w.number for w in weeks if w.opens_on <= today] + list(opened_weeks) + [1])


def item_access(manifest: Manifest, weeks: Sequence[Week], today: date, *,
                opened_weeks: Iterable[int] = (), started_items: Iterable[str] = ()
                ) -> dict[str, ItemAccess]:
    """Every item's access for one learner: open when its week has opened by `today`, the
    facilitator opened that week early (`opened_weeks`), or the learner already started
    it (`started_items`: never locked again, whatever the clock says)."""
    by_module = module_week(weeks)
    opens = {w.number: w.opens_on for w in weeks}
    started = set(started_items)
    reached = reached_week(weeks, today, opened_weeks)
    result = {}
    for module in manifest.modules:
        week = by_module.get(module.id, 1)
        for item in module.items:
            is_open = week <= reached or item.id in started
            result[item.id] = ItemAccess(item.id, module.id, week, is_open,
                                         None if is_open else opens.get(week))
    return result


class ItemLocked(BiblioError):
    """A learner tried to open or answer an item of a week their cohort has not opened."""

    def __init__(self, access: ItemAccess) -> None:
        when = (f"on {access.opens_on:%A, %d %B %Y}" if access.opens_on is not None
                else "in a later week")
        super().__init__(f"This item opens {when} (week {access.week} of your cohort).",
                         "ask the facilitator to open the week early if you need it now")
        self.access = access


def require_open(access: Mapping[str, ItemAccess] | None, item_id: str) -> None:
    """Raise ItemLocked when `access` (item_access's, None: not paced) locks `item_id`.

    Why in the core and not only in the outline: every door to the learner's progress
    (the app's views, the command line, a future screen) goes through LearnerProgress,
    and an item once started is never locked again, so a write that slipped through
    would open the item for good.
    """
    if access is None:
        return
    state = access.get(item_id)
    if state is not None and not state.open:
        raise ItemLocked(state)


@dataclass(frozen=True)
class WeekView:
    """"This week" of one course for one learner: the open week, the next one and when it
    opens, and how many items are still locked."""

    course_id: str
    week: int
    weeks: int
    open_modules: tuple[str, ...]
    next_week: Week | None
    locked_items: int


def this_week(course_id: str, weeks: Sequence[Week], access: Mapping[str, ItemAccess],
              reached: int) -> WeekView:
    """`reached` is `reached_week`'s: items the learner started early do not move it."""
    reached = min(reached, len(weeks))
    current = next((w for w in weeks if w.number == reached), None)
    upcoming = next((w for w in weeks if w.number > reached), None)
    return WeekView(course_id=course_id, week=reached, weeks=len(weeks),
                    open_modules=current.module_ids if current else (),
                    next_week=upcoming,
                    locked_items=sum(1 for a in access.values() if not a.open))
