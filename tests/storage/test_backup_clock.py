"""Backups on a PC whose clock is wrong: a dead CMOS battery (2002), a clock once set to
2040, a clock that resets to the same date at every start. Runs on the app's FakeClock."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from biblio_desktop import clock
from biblio_desktop.cli import main
from biblio_desktop.clock import FakeClock
from biblio_desktop.datadir import DataLayout
from biblio_desktop.storage.backup import (
    KEEP,
    backup_before,
    daily_backup_if_due,
    list_backups,
    make_backup,
    newest_good_backup,
    prune_backups,
)
from biblio_desktop.workspace import Workspace

from .test_backup import add_learner, learner_names, make_library

DEAD_BATTERY = datetime(2002, 1, 1, 0, 5, tzinfo=UTC)


@pytest.fixture
def library(tmp_path: Path, fake_clock: FakeClock) -> tuple[DataLayout, Engine]:
    layout, engine = make_library(tmp_path / "data")
    add_learner(engine, "Ilze")
    yield layout, engine
    engine.dispose()


def _days_of_daily_backups(layout: DataLayout, fake_clock: FakeClock, days: int) -> list[Path]:
    made = []
    for _ in range(days):
        path = daily_backup_if_due(layout)
        assert path is not None
        made.append(path)
        fake_clock.advance(86400)
    return made


def test_a_clock_fallen_back_to_2002_keeps_the_new_backups_not_the_old(
        library: tuple[DataLayout, Engine], fake_clock: FakeClock) -> None:
    layout, engine = library
    before = _days_of_daily_backups(layout, fake_clock, KEEP)  # a week in March 2026
    fake_clock.set(DEAD_BATTERY)
    add_learner(engine, "Janis")  # work done while the clock says 2002
    after = [daily_backup_if_due(layout) for _ in range(3)]  # three starts
    assert all(p is not None and p.name.startswith("library-2002") for p in after)
    listed = list_backups(layout)
    assert len(listed) == KEEP
    # the three made last are the newest, whatever their dates say; the oldest made went
    assert [b.path for b in listed[:3]] == after[::-1]
    assert {b.path for b in listed[3:]} == set(before[3:])
    assert all(b.dated_ahead for b in listed[3:]) and not any(b.dated_ahead
                                                              for b in listed[:3])
    good = newest_good_backup(layout)
    assert good is not None and good.path == after[-1]
    assert learner_names(good.path) == {"Ilze", "Janis"}


def test_backups_from_a_clock_once_in_2040_do_not_stay_newest(
        library: tuple[DataLayout, Engine], fake_clock: FakeClock) -> None:
    layout, engine = library
    fake_clock.jump(14 * 365 * 86400)  # someone typed 2040
    ahead = _days_of_daily_backups(layout, fake_clock, 3)
    assert ahead[0].name.startswith("library-2040")
    fake_clock.set(datetime(2026, 3, 10, 9, 0, tzinfo=UTC))  # corrected
    add_learner(engine, "Janis")
    fresh = daily_backup_if_due(layout)  # a 2040 "daily" does not make today's not due
    assert fresh is not None and fresh.name.startswith("library-20260310")
    listed = list_backups(layout)
    assert listed[0].path == fresh and not listed[0].dated_ahead
    assert [b.dated_ahead for b in listed[1:]] == [True, True, True]
    assert newest_good_backup(layout).path == fresh
    # a week of correct days later, the 2040 ones are the oldest made and were pruned
    fake_clock.advance(86400)
    _days_of_daily_backups(layout, fake_clock, KEEP)
    assert not any(b.dated_ahead for b in list_backups(layout))
    assert not any(p.exists() for p in ahead)


def test_a_clock_that_resets_to_the_same_moment_still_gets_backups(
        library: tuple[DataLayout, Engine], fake_clock: FakeClock) -> None:
    layout, _engine = library
    made = []
    for _boot in range(KEEP + 2):  # every start: 2002-01-01 00:05, whatever day it is
        fake_clock.set(DEAD_BATTERY)
        made.append(daily_backup_if_due(layout))
    assert all(p is not None for p in made)
    # pruning kept the last KEEP made, listed in the order made although every name has
    # the same second (a name freed by pruning may be used again)
    listed = list_backups(layout)
    assert [b.path for b in listed] == made[:1:-1]
    assert [b.sequence for b in listed] == list(range(KEEP + 2, 2, -1))


def test_a_plausible_clock_set_back_within_the_day_does_not_count_a_later_backup(
        library: tuple[DataLayout, Engine], fake_clock: FakeClock) -> None:
    layout, _engine = library
    first = daily_backup_if_due(layout)
    assert first is not None and daily_backup_if_due(layout) is None  # same day: not due
    fake_clock.jump(-3600)  # the same date, an hour earlier than that backup's name
    assert daily_backup_if_due(layout) is not None


def test_backups_of_earlier_versions_sort_by_date_after_numbered_ones(
        library: tuple[DataLayout, Engine], fake_clock: FakeClock) -> None:
    layout, _engine = library
    legacy = [make_backup(layout, "daily", now=datetime(2026, 2, d, 9, 0)) for d in (1, 2)]
    future_legacy = make_backup(layout, "daily", now=datetime(2099, 12, 31, 23, 59, 59))
    for path in (*legacy, future_legacy):  # as written before backups had numbers
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA user_version = 0")
        conn.commit()
        conn.close()
    numbered = make_backup(layout, "")
    listed = list_backups(layout)
    assert [b.path for b in listed] == [numbered, legacy[1], legacy[0], future_legacy]
    assert [b.sequence for b in listed] == [1, 0, 0, 0]
    assert listed[-1].dated_ahead and listed[-1].created.year == 2099


@pytest.mark.parametrize("when", [datetime(1980, 1, 1), datetime(2002, 1, 1, 0, 0, 1),
                                  datetime(2038, 1, 19, 3, 14, 8), datetime(2099, 12, 31)])
def test_odd_dates_make_names_that_parse_and_list(library: tuple[DataLayout, Engine],
                                                  when: datetime) -> None:
    layout, _engine = library
    path = backup_before(layout, "import", now=when)
    assert path is not None and path.name == f"library-{when:%Y%m%d-%H%M%S}-before-import.sqlite3"
    [info] = list_backups(layout, now=when)
    assert info.created == when and info.reason == "before-import" and not info.dated_ahead


def test_a_temp_file_left_while_the_clock_was_ahead_is_removed(
        library: tuple[DataLayout, Engine], fake_clock: FakeClock) -> None:
    layout, _engine = library
    layout.backups.mkdir(exist_ok=True)
    ahead = layout.backups / ".library-20400101-000000.99.sqlite3.tmp"
    ahead.write_text("x")
    stamp = datetime(2040, 1, 1, tzinfo=UTC).timestamp()
    os.utime(ahead, (stamp, stamp))
    fresh = layout.backups / ".library-20260302-090000.98.sqlite3.tmp"
    fresh.write_text("x")
    now = clock.now().timestamp()
    os.utime(fresh, (now, now))
    prune_backups(layout)
    assert not ahead.exists() and fresh.exists()


def test_opening_the_library_in_2002_backs_up_and_says_nothing_is_due_wrongly(
        tmp_path: Path, fake_clock: FakeClock) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()  # a new library: nothing to back up yet
    fake_clock.set(DEAD_BATTERY)
    for _ in range(2):
        Workspace.open(data).close()
    names = [b.name for b in list_backups(DataLayout(data))]
    expected = clock.local_now().strftime("library-%Y%m%d")
    assert len(names) == 2 and all(n.startswith(expected) for n in names)


def test_cli_lists_backups_in_the_order_made_and_warns_about_the_clock(
        tmp_path: Path, fake_clock: FakeClock, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()
    fake_clock.jump(14 * 365 * 86400)
    assert main(["--data-dir", str(data), "backup"]) == 0
    capsys.readouterr()
    fake_clock.set(DEAD_BATTERY)
    assert main(["--data-dir", str(data), "backup"]) == 0
    out, err = capsys.readouterr()
    assert "library-2002" in out
    assert err.startswith("warning: the computer's clock says 2002-01-01, before this "
                          "version of BIBLIO Desktop was released")
    assert main(["--data-dir", str(data), "backup", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("library-2002") and "ahead" not in lines[0]
    assert lines[1].startswith("library-2040") and lines[1].endswith(
        "(dated ahead of the clock)")
    assert "in the order they were made" in lines[2]


def test_backup_sequence_survives_restore_and_keeps_counting(
        library: tuple[DataLayout, Engine], fake_clock: FakeClock) -> None:
    from biblio_desktop.storage.backup import restore_with_details

    layout, engine = library
    first = make_backup(layout, "")
    make_backup(layout, "")
    engine.dispose()
    fake_clock.set(DEAD_BATTERY)
    result = restore_with_details(layout, first)
    assert result.previous_copy is not None
    listed = list_backups(layout)
    assert listed[0].path == result.previous_copy and listed[0].sequence == 3
    assert listed[0].created < listed[-1].created - timedelta(days=365)
