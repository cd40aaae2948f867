"""Cohorts and weekly release: pacing across a week boundary with a fake clock, a clock
set years back or ahead, early openings, and a learner moved between cohorts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from biblio_desktop import clock as app_clock
from biblio_desktop.learning.cohorts import CohortError
from biblio_desktop.learning.pacing import ItemLocked, course_weeks, pacing_today
from biblio_desktop.learning.tracker import LearnerProgress

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course

START = date(2026, 3, 2)  # a Monday; module m2-more opens on 2026-03-09


@pytest.fixture
def utc_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Local days are UTC days, whatever zone the test machine is in."""
    import time

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _open(ws, learner_id: int) -> dict[str, bool]:
    access = ws.cohorts.access(learner_id, COURSE_ID)
    assert access is not None
    return {item: a.open for item, a in access.items()}


def test_weekly_pace_opens_the_next_module_at_the_week_boundary(
        tmp_path: Path, fake_clock: app_clock.FakeClock, utc_zone: None) -> None:
    ws = workspace_with_course(tmp_path)
    anna = add_learner_row(ws, "Anna")
    fake_clock.set(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))  # made the day before the start
    cohort = ws.cohorts.create("Valmiera, spring 2027", START, "weekly",
                               course_ids=[COURSE_ID], learner_ids=[anna])
    assert [(w.number, w.opens_on, w.module_ids) for w in ws.cohorts.weeks(cohort, COURSE_ID)] \
        == [(1, START, ("m1-basics",)), (2, date(2026, 3, 9), ("m2-more",))]
    # before the start: week 1 is open (never everything locked), week 2 is not
    assert _open(ws, anna) == {"m1-welcome": True, "m1-tour": True, "m2-video": False,
                               "m2-quiz": False}
    fake_clock.set(datetime(2026, 3, 8, 23, 59, tzinfo=UTC))
    access = ws.cohorts.access(anna, COURSE_ID)
    assert access is not None and not access["m2-quiz"].open
    assert access["m2-quiz"].opens_on == date(2026, 3, 9)
    view, today = ws.cohorts.this_week(anna, COURSE_ID)
    assert (view.week, view.weeks, view.open_modules, view.locked_items) == (
        1, 2, ("m1-basics",), 2)
    assert view.next_week is not None and view.next_week.opens_on == date(2026, 3, 9)
    assert today.warning is None
    fake_clock.advance(60)  # midnight: week 2
    assert all(_open(ws, anna).values())
    view, _ = ws.cohorts.this_week(anna, COURSE_ID)
    assert (view.week, view.next_week, view.locked_items) == (2, None, 0)
    # a learner in no cohort, or a course the cohort does not run: not paced
    bruno = add_learner_row(ws, "Bruno")
    assert ws.cohorts.access(bruno, COURSE_ID) is None
    assert ws.cohorts.this_week(bruno, COURSE_ID) is None
    ws.close()


def test_clock_set_years_back_locks_nothing_that_was_open(
        tmp_path: Path, fake_clock: app_clock.FakeClock, utc_zone: None) -> None:
    ws = workspace_with_course(tmp_path)
    anna = add_learner_row(ws, "Anna")
    fake_clock.set(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    cohort = ws.cohorts.create("Term", START, "weekly", course_ids=[COURSE_ID],
                               learner_ids=[anna])
    fake_clock.set(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))  # week 2 reached
    assert all(_open(ws, anna).values())
    assert ws.cohorts.get(cohort.id).last_good_day == date(2026, 3, 10)
    fake_clock.set(datetime(2002, 1, 1, 0, 0, tzinfo=UTC))  # dead CMOS battery
    assert all(_open(ws, anna).values())
    _, today = ws.cohorts.this_week(anna, COURSE_ID)
    assert (today.warning, today.day, today.clock_day) == (
        "impossible", date(2026, 3, 10), date(2002, 1, 1))
    fake_clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))  # plausible, but a week back
    assert all(_open(ws, anna).values())
    assert ws.cohorts.this_week(anna, COURSE_ID)[1].warning == "behind"
    # the untrusted readings did not move the last good date
    assert ws.cohorts.get(cohort.id).last_good_day == date(2026, 3, 10)
    ws.close()


def test_clock_set_years_ahead_opens_nothing_new(
        tmp_path: Path, fake_clock: app_clock.FakeClock, utc_zone: None) -> None:
    ws = workspace_with_course(tmp_path)
    anna = add_learner_row(ws, "Anna")
    fake_clock.set(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    cohort = ws.cohorts.create("Term", START, "weekly", course_ids=[COURSE_ID],
                               learner_ids=[anna])
    fake_clock.set(datetime(2031, 6, 1, 9, 0, tzinfo=UTC))
    assert _open(ws, anna)["m2-quiz"] is False
    _, today = ws.cohorts.this_week(anna, COURSE_ID)
    assert (today.warning, today.day) == ("far-ahead", date(2026, 3, 2))
    fake_clock.set(datetime(2150, 1, 1, tzinfo=UTC))  # impossible: after 2099
    assert _open(ws, anna)["m2-quiz"] is False
    assert ws.cohorts.get(cohort.id).last_good_day == date(2026, 3, 2)
    # once the clock is right again, pacing goes on from the real date
    fake_clock.set(datetime(2026, 3, 9, 8, 0, tzinfo=UTC))
    assert all(_open(ws, anna).values())
    ws.close()


def test_pacing_today_rules() -> None:
    start, last = date(2026, 3, 2), date(2026, 3, 30)
    good = date(2026, 3, 10)
    at = datetime(2026, 3, 12, 10, tzinfo=UTC)
    assert pacing_today(at, start=start, last_week_opens=last, last_good=good).warning is None
    # a day back is tolerated (time zones), more is "behind"
    one_back = pacing_today(datetime(2026, 3, 9, 10, tzinfo=UTC), start=start,
                            last_week_opens=last, last_good=good)
    assert (one_back.warning, one_back.day) == (None, good)
    ahead = pacing_today(datetime(2026, 10, 1, tzinfo=UTC), start=start, last_week_opens=last,
                         last_good=None)
    assert (ahead.warning, ahead.day) == ("far-ahead", start)


def test_open_a_week_early_for_everyone_or_one_learner(
        tmp_path: Path, fake_clock: app_clock.FakeClock, utc_zone: None) -> None:
    ws = workspace_with_course(tmp_path)
    anna, bruno = add_learner_row(ws, "Anna"), add_learner_row(ws, "Bruno")
    fake_clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    cohort = ws.cohorts.create("Term", START, "weekly", course_ids=[COURSE_ID],
                               learner_ids=[anna, bruno])
    assert ws.cohorts.next_week_to_open(cohort) == 2
    cohort = ws.cohorts.open_week_early(cohort.id, 2, learner_id=anna)
    assert _open(ws, anna)["m2-quiz"] and not _open(ws, bruno)["m2-quiz"]
    assert ws.cohorts.next_week_to_open(cohort, anna) is None
    assert ws.cohorts.next_week_to_open(cohort, bruno) == 2
    cohort = ws.cohorts.open_week_early(cohort.id, 2)
    assert _open(ws, bruno)["m2-quiz"]
    assert ws.cohorts.next_week_to_open(cohort) is None
    outsider = add_learner_row(ws, "Carla")
    with pytest.raises(CohortError):
        ws.cohorts.open_week_early(cohort.id, 2, learner_id=outsider)
    ws.close()


def test_a_learner_moved_between_cohorts_keeps_their_progress(
        tmp_path: Path, fake_clock: app_clock.FakeClock, utc_zone: None) -> None:
    ws = workspace_with_course(tmp_path)
    anna = add_learner_row(ws, "Anna")
    fake_clock.set(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))
    early = ws.cohorts.create("Early group", START, "weekly", course_ids=[COURSE_ID],
                              learner_ids=[anna])
    progress = LearnerProgress(ws.sessions, anna, ws)
    progress.mark_done(COURSE_ID, "m1-welcome")
    progress.record_focus(COURSE_ID, "m2-video", 30)  # started in week 2
    before = ws.course_progress(progress, COURSE_ID)
    late = ws.cohorts.create("Late group", date(2026, 3, 9), "weekly",
                             course_ids=[COURSE_ID])
    ws.cohorts.add_learners(late.id, [anna])
    assert ws.cohorts.of_learner(anna).id == late.id
    assert ws.cohorts.get(early.id).learner_ids == ()
    after = ws.course_progress(LearnerProgress(ws.sessions, anna, ws), COURSE_ID)
    assert after == before
    # in the later cohort m2 opens on 2026-03-16, but what Anna started stays open
    access = ws.cohorts.access(anna, COURSE_ID)
    assert access["m2-video"].open and not access["m2-quiz"].open
    assert access["m2-quiz"].opens_on == date(2026, 3, 16)
    view, _ = ws.cohorts.this_week(anna, COURSE_ID)  # an item started early moves no week
    assert (view.week, view.open_modules, view.locked_items) == (1, ("m1-basics",), 1)
    # a cohort removed: its learners see the course whole, progress untouched
    ws.cohorts.delete(late.id)
    assert ws.cohorts.access(anna, COURSE_ID) is None
    assert ws.course_progress(LearnerProgress(ws.sessions, anna, ws), COURSE_ID) == before
    ws.close()


def test_cohort_input_is_checked(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    with pytest.raises(CohortError):
        ws.cohorts.create("   ", START)
    with pytest.raises(CohortError):
        ws.cohorts.create("x" * 101, START)
    with pytest.raises(CohortError):
        ws.cohorts.create("Term", START, "fortnightly")
    with pytest.raises(CohortError):
        ws.cohorts.create("Term", START, learner_ids=[999])
    assert ws.cohorts.list() == []  # nothing half-made
    cohort = ws.cohorts.create("  Riga   autumn ", START, "all", course_ids=[COURSE_ID])
    assert cohort.name == "Riga autumn"
    updated = ws.cohorts.update(cohort.id, pace="plan", start_date=date(2026, 4, 6))
    assert (updated.pace, updated.start_date) == ("plan", date(2026, 4, 6))
    ws.close()


def test_plan_pace_without_a_plan_is_one_module_a_week(tmp_path: Path) -> None:
    ws = workspace_with_course(tmp_path)
    manifest = ws.manifest(COURSE_ID)
    assert course_weeks(manifest, "plan", START) == course_weeks(manifest, "weekly", START)
    assert [w.module_ids for w in course_weeks(manifest, "all", START)] == [
        ("m1-basics", "m2-more")]
    ws.close()


def test_the_core_refuses_items_of_a_week_not_yet_open(
        tmp_path: Path, fake_clock: app_clock.FakeClock, utc_zone: None) -> None:
    """Locking is the tracker's, not only the outline's: every door that would start an
    item of a locked week says when it opens and leaves no trace (a progress row would
    open the item for good)."""
    ws = workspace_with_course(tmp_path)
    anna, bruno, outside = (add_learner_row(ws, n) for n in ("Anna", "Bruno", "Outside"))
    fake_clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))  # week 1
    cohort = ws.cohorts.create("Term", START, "weekly", course_ids=[COURSE_ID],
                               learner_ids=[anna, bruno])
    progress = ws.progress_of(anna)
    attempts = [
        lambda: progress.open_item(COURSE_ID, "m2-video"),
        lambda: progress.record_focus(COURSE_ID, "m2-video", 30),
        lambda: progress.save_position(COURSE_ID, "m2-video", video_time=3.0),
        lambda: progress.mark_done(COURSE_ID, "m2-video"),
        lambda: progress.report_video(COURSE_ID, "m2-video", 0, 100, 100),
        lambda: progress.current_attempt(COURSE_ID, "m2-quiz", "en"),
    ]
    for attempt in attempts:
        with pytest.raises(ItemLocked) as refused:
            attempt()
        assert "opens on Monday, 09 March 2026 (week 2" in str(refused.value)
        assert refused.value.access.opens_on == date(2026, 3, 9)
    states = progress.item_states(COURSE_ID)
    assert not states["m2-video"].opened and not states["m2-quiz"].opened
    assert states["m2-quiz"].attempts_used == 0
    assert progress.last_attempt(COURSE_ID, "m2-quiz", "en") is None  # no attempt begun
    assert ws.cohorts.access(anna, COURSE_ID)["m2-video"].open is False  # still locked
    # week 1 is open; a learner in no cohort is not paced
    assert progress.open_item(COURSE_ID, "m1-welcome").opened
    assert ws.progress_of(outside).open_item(COURSE_ID, "m2-video").opened
    # opened early for Anna only: she may, Bruno still may not
    ws.cohorts.open_week_early(cohort.id, 2, learner_id=anna)
    assert ws.progress_of(anna).current_attempt(COURSE_ID, "m2-quiz", "en").attempt_no == 1
    with pytest.raises(ItemLocked):
        ws.progress_of(bruno).open_item(COURSE_ID, "m2-video")
    # the week boundary opens it for Bruno too
    fake_clock.set(datetime(2026, 3, 9, 0, 1, tzinfo=UTC))
    assert ws.progress_of(bruno).report_video(COURSE_ID, "m2-video", 0, 100, 100)
    ws.close()
