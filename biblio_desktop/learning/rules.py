"""Pure rules of progress: when an item counts as done, how time is credited, and when a
course is complete. No database here, so every rule has a table-driven test.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

LESSON_READ_FRACTION = 0.98  # scrolled to (almost) the end
VIDEO_WATCHED_FRACTION = 0.9
MAX_CREDIT_PER_REPORT = 60  # seconds: the UI reports focus time at least once a minute
TICK_SLACK = 5  # seconds of clock jitter allowed between two reports


def credit_seconds(reported: float, since_last_tick: float | None) -> int:
    """Seconds to add for a focus-time report.

    Never more than a minute per report and never more than the time since the previous
    report (plus a few seconds of slack), so a window left open overnight (or a
    misbehaving caller) cannot inflate the time spent. The caller measures that gap with
    the monotonic clock when it can; a gap from wall-clock stamps may be negative or years
    long after the PC's date was changed, and then credits at most the slack or a minute:
    time spent never goes down and never jumps.
    """
    if reported != reported or reported <= 0:  # NaN or nothing
        return 0
    credit = min(reported, MAX_CREDIT_PER_REPORT)
    if since_last_tick is not None:
        credit = min(credit, max(since_last_tick, 0) + TICK_SLACK)
    return round(credit)


def merge_intervals(intervals: Iterable[tuple[float, float]]) -> list[tuple[float, float]]:
    """Union of watched [start, end) intervals (seconds), sorted, overlaps merged."""
    merged: list[tuple[float, float]] = []
    for start, end in sorted((min(a, b), max(a, b)) for a, b in intervals):
        if merged and start <= merged[-1][1] + 0.5:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def watched_fraction(intervals: Iterable[tuple[float, float]], duration: float) -> float:
    """Share of a video actually watched; seeking to the end does not count as watching."""
    if duration <= 0:
        return 0.0
    covered = sum(min(end, duration) - max(start, 0.0)
                  for start, end in merge_intervals(intervals) if end > 0 and start < duration)
    return max(0.0, min(1.0, covered / duration))


def slides_all_seen(position: Mapping[str, object]) -> bool:
    """Every slide of the deck was shown (the slides view stores `seen` and `slide_count`)."""
    count = position.get("slide_count")
    seen = position.get("seen")
    if not isinstance(count, int) or count <= 0 or not isinstance(seen, list):
        return False
    return all(i in seen for i in range(count))


def video_watched(position: Mapping[str, object]) -> bool:
    """At least 90 % of the video was actually played (`watched` intervals, `duration`)."""
    watched = position.get("watched")
    duration = position.get("duration")
    if not isinstance(watched, list) or not isinstance(duration, int | float):
        return False
    return watched_fraction([tuple(w) for w in watched], float(duration)) \
        >= VIDEO_WATCHED_FRACTION


def media_item_done(kind: str, position: Mapping[str, object],
                    questions_answered: bool = True) -> bool:
    """A slides item is done when every slide was shown, a video when 90 % was played;
    either with questions on it (format_version 3) only when every question was answered
    too. Right or wrong does not matter here: the score is reported, not required."""
    if not questions_answered:
        return False
    if kind == "slides":
        return slides_all_seen(position)
    if kind == "video":
        return video_watched(position)
    return False
def add_page(seen: Iterable[object], page: int | None) -> list[list[int]]:
    """Pages seen, as sorted inclusive [first, last] ranges, with `page` added.

    Ranges keep the saved position small however long the PDF (a 10,000-page file read
    front to back is one range, not 10,000 numbers); malformed entries are dropped.
    """
    ranges: list[list[int]] = []
    for entry in seen:
        if (isinstance(entry, list | tuple) and len(entry) == 2
                and all(isinstance(n, int) and not isinstance(n, bool) for n in entry)
                and 0 <= entry[0] <= entry[1]):
            ranges.append([entry[0], entry[1]])
    if page is not None and page >= 0:
        ranges.append([page, page])
    merged: list[list[int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    return merged


def all_pages_seen(seen: Iterable[object], count: int) -> bool:
    """Every page 0..count-1 of a PDF was shown (a PDF without pages is never read)."""
    return count > 0 and any(first <= 0 and last >= count - 1
                             for first, last in add_page(seen, None))


@dataclass(frozen=True)
class ItemFacts:
    """What the rules need to know about one item for one learner."""

    item_id: str
    kind: str
    required: bool
    completed: bool
    best_quiz_score: float | None = None
    quiz_passed: bool = False


def item_done(facts: ItemFacts) -> bool:
    """An item is done when completed; a quiz when an attempt reached its pass mark.

    Whether an attempt passed is decided when it is submitted, against the pass mark of
    that moment, so a later package version with a stricter mark does not undo a pass.
    """
    if facts.kind == "quiz":
        return facts.quiz_passed
    return facts.completed


def course_complete(items: Iterable[ItemFacts]) -> bool:
    """The manifest's `all-required` rule: every required item done (at least one item)."""
    required = [f for f in items if f.required]
    return bool(required) and all(item_done(f) for f in required)


def fraction_done(items: Iterable[ItemFacts]) -> float:
    """Share of required items done (all items if none is required)."""
    facts = list(items)
    counted = [f for f in facts if f.required] or facts
    if not counted:
        return 0.0
    return sum(item_done(f) for f in counted) / len(counted)


def skill_fractions(item_skills: Mapping[str, Iterable[str]],
                    done: Mapping[str, bool]) -> dict[str, float]:
    """For each skill, the share of the items building it that are done."""
    totals: dict[str, list[int]] = {}
    for item_id, skills in item_skills.items():
        for skill in skills:
            entry = totals.setdefault(skill, [0, 0])
            entry[1] += 1
            entry[0] += 1 if done.get(item_id) else 0
    return {skill: d / t for skill, (d, t) in totals.items() if t}
