"""A wrong or jumping clock (dead CMOS battery, a date set years off): the clock module,
time spent and sign-in throttling. Every test runs on the app's FakeClock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from biblio_desktop import clock
from biblio_desktop.clock import ClockLooksWrong, FakeClock
from biblio_desktop.learning.learners import MAX_DELAY_SECONDS, SignInFailed, SignInThrottled
from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.storage.models import ItemProgressRow
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course

YEAR = 365 * 86400


@pytest.fixture
def ws(tmp_path: Path, fake_clock: FakeClock) -> Workspace:
    workspace = workspace_with_course(tmp_path)
    yield workspace
    workspace.close()


# --- the clock module --------------------------------------------------------------------

def test_fake_clock_moves_date_and_elapsed_time_separately(fake_clock: FakeClock) -> None:
    start, ticks = clock.now(), clock.monotonic()
    assert start == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert clock.utc_now() == datetime(2026, 3, 2, 9, 0) and clock.utc_now().tzinfo is None
    fake_clock.advance(90)
    assert clock.now() - start == timedelta(seconds=90) and clock.monotonic() - ticks == 90
    fake_clock.set(datetime(2002, 1, 1))  # the battery died: only the date changes
    assert clock.now() == datetime(2002, 1, 1, tzinfo=UTC) and clock.monotonic() - ticks == 90
    fake_clock.jump(40 * YEAR)
    assert clock.now().year == 2041 and clock.monotonic() - ticks == 90
    with pytest.raises(ValueError):
        fake_clock.advance(-1)


def test_use_restores_the_previous_clock() -> None:
    outer = clock.current()
    with clock.use(FakeClock(datetime(2040, 1, 1, tzinfo=UTC))):
        assert clock.now().year == 2040
    assert clock.current() is outer
    assert abs((clock.now() - datetime.now(UTC)).total_seconds()) < 60


@pytest.mark.parametrize(("when", "issue"), [
    (datetime(2002, 1, 1), "before-release"),
    (datetime(1970, 1, 1), "before-release"),
    (datetime(2025, 12, 31, 23, 59), "before-release"),
    (datetime(2026, 1, 1), None),
    (datetime(2038, 1, 19, 3, 14, 8), None),  # one second past 32-bit time_t
    (datetime(2099, 12, 31, 23, 59), None),
    (datetime(2100, 1, 1), "far-future"),
    (datetime(2380, 5, 1, tzinfo=UTC), "far-future"),
])
def test_implausible_dates(when: datetime, issue: str | None) -> None:
    assert clock.implausible(when) == issue


def test_clock_message_names_the_date_and_what_to_do() -> None:
    error = ClockLooksWrong("before-release", datetime(2002, 1, 1), action="export again")
    assert str(error) == ("The computer's clock says 2002-01-01, before this version of "
                          "BIBLIO Desktop was released (2026-01-01), so the clock is wrong. "
                          "Set the date and time in the system settings, then export again.")
    later = ClockLooksWrong("before-completion", datetime(2026, 5, 1),
                            reference=datetime(2027, 2, 3), who="Anna", action="export again")
    assert "before Anna completed this course (2027-02-03" in str(later)
    assert "--clock-is-right" in str(later)


# --- time spent ------------------------------------------------------------------------------

def _progress(ws: Workspace) -> LearnerProgress:
    return LearnerProgress(ws.sessions, add_learner_row(ws, "Ilze"), ws)


def test_clock_set_back_mid_lesson_still_counts_the_time(ws: Workspace,
                                                        fake_clock: FakeClock) -> None:
    p = _progress(ws)
    p.open_item(COURSE_ID, "m1-welcome")
    fake_clock.advance(30)
    assert p.record_focus(COURSE_ID, "m1-welcome", 30) == 30
    fake_clock.jump(-24 * YEAR)  # the date falls back to 2002 while the lesson is open
    fake_clock.advance(30)
    assert p.record_focus(COURSE_ID, "m1-welcome", 30) == 30
    assert p.item_state(COURSE_ID, "m1-welcome").seconds_spent == 60


def test_clock_jumping_years_ahead_adds_no_years(ws: Workspace, fake_clock: FakeClock) -> None:
    p = _progress(ws)
    p.open_item(COURSE_ID, "m1-welcome")
    fake_clock.jump(40 * YEAR)  # someone sets 2066; only 10 s really pass
    fake_clock.advance(10)
    assert p.record_focus(COURSE_ID, "m1-welcome", 30) == 15  # 10 s elapsed + 5 s slack
    assert p.item_state(COURSE_ID, "m1-welcome").seconds_spent == 15


def test_after_a_restart_a_changed_clock_never_makes_time_negative_or_huge(
        tmp_path: Path, fake_clock: FakeClock) -> None:
    ws = workspace_with_course(tmp_path)
    learner = add_learner_row(ws, "Ilze")
    LearnerProgress(ws.sessions, learner, ws).open_item(COURSE_ID, "m1-welcome")
    # a new run (no elapsed time known) with the date 24 years back, then 40 years ahead
    fake_clock.jump(-24 * YEAR)
    again = LearnerProgress(ws.sessions, learner, ws)
    assert again.record_focus(COURSE_ID, "m1-welcome", 30) == 5
    fake_clock.jump(64 * YEAR)
    third = LearnerProgress(ws.sessions, learner, ws)
    assert third.record_focus(COURSE_ID, "m1-welcome", 10 * YEAR) == 60
    with ws.sessions() as session:
        seconds = [r.seconds_spent for r in session.query(ItemProgressRow)]
    assert seconds == [65]
    ws.close()


# --- sign-in throttling ---------------------------------------------------------------------

def _three_wrong_then_wait(ws: Workspace) -> tuple[int, int]:
    learners = ws.learners
    anna = learners.add("Anna", "1234")
    for _ in range(3):
        with pytest.raises(SignInFailed) as info:
            learners.authenticate(anna.id, "0000")
    return anna.id, info.value.retry_after_seconds


def test_moving_the_clock_forward_does_not_skip_the_wait(ws: Workspace,
                                                         fake_clock: FakeClock) -> None:
    anna, wait = _three_wrong_then_wait(ws)
    for _ in range(3):  # 1, 2, 4 s: reach a wait worth skipping
        fake_clock.advance(wait)
        with pytest.raises(SignInFailed) as info:
            ws.learners.authenticate(anna, "0000")
        wait = info.value.retry_after_seconds
    assert wait == 8
    fake_clock.jump(30 * YEAR)
    with pytest.raises(SignInThrottled) as throttled:
        ws.learners.authenticate(anna, "1234")
    assert throttled.value.retry_after_seconds == 8
    fake_clock.advance(8)
    assert ws.learners.authenticate(anna, "1234").id == anna


def test_setting_the_clock_back_does_not_stretch_the_wait(ws: Workspace,
                                                          fake_clock: FakeClock) -> None:
    anna, wait = _three_wrong_then_wait(ws)
    assert wait == 1
    fake_clock.jump(-24 * YEAR)  # back to 2002: the stored locked_until is 24 years ahead
    fake_clock.advance(1)
    assert ws.learners.authenticate(anna, "1234").id == anna


def test_after_a_restart_a_clock_set_back_waits_at_most_the_cap(
        tmp_path: Path, fake_clock: FakeClock) -> None:
    first = workspace_with_course(tmp_path)
    anna, _wait = _three_wrong_then_wait(first)
    first.close()
    fake_clock.jump(-24 * YEAR)
    with Workspace.open(tmp_path / "data") as second:
        with pytest.raises(SignInThrottled) as throttled:
            second.learners.authenticate(anna, "1234")
        assert throttled.value.retry_after_seconds == MAX_DELAY_SECONDS
        fake_clock.advance(MAX_DELAY_SECONDS)
        assert second.learners.authenticate(anna, "1234").id == anna


def test_a_facilitator_reset_lifts_a_wait_started_in_this_run(ws: Workspace,
                                                               fake_clock: FakeClock) -> None:
    anna, _wait = _three_wrong_then_wait(ws)
    ws.learners.set_secret(anna, "5678")
    assert ws.learners.authenticate(anna, "5678").id == anna
