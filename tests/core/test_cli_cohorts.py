"""`biblio-desktop cohorts ...` end to end: make, list, show, and the CSV report, which is
the dashboard's (report_tables) byte for byte; one-line errors."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from biblio_desktop import clock as app_clock
from biblio_desktop.cli import main
from biblio_desktop.learning.cohort_report import csv_text, report_tables
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course
from .test_cli_learners import one_error_line


@pytest.fixture
def data(tmp_path: Path) -> tuple[Path, int, int]:
    ws = workspace_with_course(tmp_path)
    anna, bruno = add_learner_row(ws, "Anna Bērziņa"), add_learner_row(ws, "Bruno")
    ws.progress_of(anna).mark_done(COURSE_ID, "m1-welcome")
    ws.close()
    return tmp_path / "data", anna, bruno


def run(data_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(data_dir), "cohorts", *argv])


def test_add_list_show_and_csv_report(data, tmp_path: Path, fake_clock: app_clock.FakeClock,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, anna, bruno = data
    fake_clock.set(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))
    assert run(data_dir, "list") == 0
    assert "No cohorts yet" in capsys.readouterr().out
    assert run(data_dir, "add", "Valmiera, spring 2027", "--start", "2026-03-02",
               "--course", COURSE_ID, "--learner", str(anna), "--learner", str(bruno)) == 0
    out = capsys.readouterr().out
    assert out.startswith("made cohort 1: Valmiera, spring 2027, from 2026-03-02, one "
                          "module a week, 2 learner(s), 1 course(s)")
    assert run(data_dir, "list", "--json") == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert (listed["name"], listed["pace"], sorted(listed["learner_ids"])) == (
        "Valmiera, spring 2027", "weekly", sorted([anna, bruno]))
    assert run(data_dir, "show", "1") == 0
    shown = capsys.readouterr().out
    assert "paced as on 2026-03-03" in shown
    assert "week 1 (2026-03-02)" in shown and "week 2 (2026-03-09)" in shown
    assert "Anna Bērziņa" in shown and "Bruno" in shown

    out_csv = tmp_path / "report.csv"
    assert run(data_dir, "report", "1", "--csv", str(out_csv)) == 0
    assert "wrote" in capsys.readouterr().out
    with Workspace.open(data_dir) as ws:
        expected = csv_text(report_tables(ws.cohort_report(1)))
    written = out_csv.read_bytes()
    assert written.startswith(b"\xef\xbb\xbf")
    assert written.decode("utf-8-sig").replace("\r\n", "\n") == expected.replace("\r\n", "\n")
    assert "Anna Bērziņa" in expected

    one = tmp_path / "anna.csv"
    assert run(data_dir, "report", "1", "--learner", str(anna), "--csv", str(one)) == 0
    text = one.read_text("utf-8-sig")
    assert "Anna Bērziņa" in text and "Bruno" not in text


def test_errors_are_one_line_and_write_nothing(data, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    data_dir, anna, _bruno = data
    assert run(data_dir, "add", "Term", "--start", "2026-03-02", "--course", "no.such") != 0
    assert "No installed course" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "add", "Term", "--start", "2 March") != 0
    assert "not a date" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "show", "7") != 0
    assert "There is no cohort 7" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "add", "Term", "--start", "2026-03-02", "--course", COURSE_ID) == 0
    capsys.readouterr()
    assert run(data_dir, "report", "1") != 0
    assert "--csv FILE and/or --pdf FILE" in one_error_line(capsys.readouterr().err)
    out = tmp_path / "x.csv"
    assert run(data_dir, "report", "1", "--learner", str(anna), "--csv", str(out)) != 0
    assert "is not in the cohort" in one_error_line(capsys.readouterr().err)
    assert not out.exists()
