"""Signed records on a PC whose clock is wrong: refused with the clock named while the date
is impossible, restated when the completion was stamped by a wrong clock, and dates after
2038 signed, stored and verified like any other. Runs on the app's FakeClock."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from biblio_desktop.cli import main
from biblio_desktop.clock import ClockLooksWrong, FakeClock
from biblio_desktop.records import issue_record, issued_records, verify_credential
from biblio_desktop.records.issue import completion_date_to_state
from biblio_desktop.records.keys import load_installation_key, read_counter_floor
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course
from .test_records_helpers import complete_course, workspace_with_graduate

COMPLETED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # the FakeClock's start


@pytest.fixture
def graduate(tmp_path: Path, fake_clock: FakeClock) -> tuple[Workspace, int]:
    ws, learner_id = workspace_with_graduate(tmp_path)  # completed on 2026-03-02
    yield ws, learner_id
    ws.close()


def _record_dates(record_json: bytes) -> tuple[str, str]:
    doc = json.loads(record_json)
    return doc["validFrom"], doc["credentialSubject"]["activityEndDate"]


def test_a_clock_in_2002_refuses_a_new_record_and_names_the_clock(
        graduate: tuple[Workspace, int], fake_clock: FakeClock) -> None:
    ws, learner_id = graduate
    fake_clock.set(datetime(2002, 1, 1, 0, 5, tzinfo=UTC))
    with pytest.raises(ClockLooksWrong) as refused:
        issue_record(ws, learner_id, COURSE_ID)
    assert refused.value.issue == "before-release"
    assert str(refused.value).startswith("The computer's clock says 2002-01-01, before this "
                                         "version of BIBLIO Desktop was released")
    assert "set the date and time in the system settings, then export again" in \
        str(refused.value).lower()
    assert issued_records(ws) == []  # nothing signed, no counter used
    assert read_counter_floor(ws.layout, load_installation_key(ws.layout)) == 0


def test_a_clock_after_2099_is_refused_too(graduate: tuple[Workspace, int],
                                           fake_clock: FakeClock) -> None:
    ws, learner_id = graduate
    fake_clock.set(datetime(2380, 6, 1, tzinfo=UTC))
    with pytest.raises(ClockLooksWrong, match="2380-06-01, which is too far in the future"):
        issue_record(ws, learner_id, COURSE_ID)
    # the user's word does not make an impossible date right
    with pytest.raises(ClockLooksWrong):
        issue_record(ws, learner_id, COURSE_ID, clock_is_right=True)


def test_a_clock_set_back_before_the_completion_is_refused_unless_said_right(
        graduate: tuple[Workspace, int], fake_clock: FakeClock) -> None:
    ws, learner_id = graduate
    fake_clock.set(datetime(2026, 2, 1, 12, 0, tzinfo=UTC))  # plausible, but before March
    with pytest.raises(ClockLooksWrong) as refused:
        issue_record(ws, learner_id, COURSE_ID)
    assert refused.value.issue == "before-completion"
    assert refused.value.reference == COMPLETED
    assert "before Ilze Ozola completed this course (2026-03-02" in str(refused.value)
    assert "--clock-is-right" in str(refused.value)
    record = issue_record(ws, learner_id, COURSE_ID, clock_is_right=True)
    assert record.completion_restated_from == COMPLETED.replace(tzinfo=None)
    assert _record_dates(record.credential_json) == ("2026-02-01T12:00:00Z",) * 2
    assert verify_credential(record.credential_json).valid


def test_a_completion_stamped_in_2002_is_restated_with_the_issue_date(
        tmp_path: Path, fake_clock: FakeClock) -> None:
    ws = workspace_with_course(tmp_path)
    learner_id = add_learner_row(ws, "Anna")
    fake_clock.set(datetime(2002, 1, 1, 0, 5, tzinfo=UTC))  # dead battery while learning
    complete_course(ws, learner_id)
    fake_clock.set(datetime(2026, 4, 7, 10, 0, tzinfo=UTC))  # the clock was set right
    record = issue_record(ws, learner_id, COURSE_ID)
    assert record.newly_issued
    assert record.completion_restated_from == datetime(2002, 1, 1, 0, 5)
    assert _record_dates(record.credential_json) == ("2026-04-07T10:00:00Z",) * 2
    ws.close()


def test_a_record_already_issued_is_handed_back_whatever_the_clock(
        graduate: tuple[Workspace, int], fake_clock: FakeClock) -> None:
    ws, learner_id = graduate
    fake_clock.advance(3600)
    first = issue_record(ws, learner_id, COURSE_ID)
    fake_clock.set(datetime(2002, 1, 1, tzinfo=UTC))
    again = issue_record(ws, learner_id, COURSE_ID)
    assert not again.newly_issued and again.credential_json == first.credential_json
    with pytest.raises(ClockLooksWrong):
        issue_record(ws, learner_id, COURSE_ID, new=True)


def test_a_few_hours_of_clock_drift_never_dates_completion_after_issue() -> None:
    issued = datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    stated, restated = completion_date_to_state(issued, datetime(2026, 3, 2, 9, 0), "Anna")
    assert stated == issued and not restated


@pytest.mark.parametrize("when", [datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC),
                                  datetime(2040, 7, 1, 8, 30, tzinfo=UTC),
                                  datetime(2099, 12, 31, 23, 59, 59, tzinfo=UTC)])
def test_dates_after_2038_are_signed_stored_and_verified(tmp_path: Path, fake_clock: FakeClock,
                                                         when: datetime) -> None:
    fake_clock.set(when)
    ws, learner_id = workspace_with_graduate(tmp_path)
    record = issue_record(ws, learner_id, COURSE_ID)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    assert _record_dates(record.credential_json) == (stamp, stamp)
    [stored] = issued_records(ws)
    assert stored.issued_at == when.replace(tzinfo=None)  # SQLite keeps the full date
    assert ws.progress_of(learner_id).completion(COURSE_ID).completed_at == \
        when.replace(tzinfo=None)
    proofs = json.loads(record.credential_json)["proof"]
    assert {p["created"] for p in proofs} == {stamp}
    result = verify_credential(record.credential_json)
    assert result.valid, result.reason
    ws.close()


def test_export_command_says_what_is_wrong_with_the_clock(
        graduate: tuple[Workspace, int], tmp_path: Path, fake_clock: FakeClock,
        capsys: pytest.CaptureFixture[str]) -> None:
    ws, learner_id = graduate
    out = tmp_path / "record.json"
    args = ["--data-dir", str(ws.layout.root), "export", "--learner", str(learner_id),
            "--course", COURSE_ID, "-o", str(out)]
    fake_clock.set(datetime(2002, 1, 1, tzinfo=UTC))
    assert main(args) == 1 and not out.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: The computer's clock says 2002-01-01")
    fake_clock.set(datetime(2026, 2, 1, tzinfo=UTC))
    assert main(args) == 1 and "--clock-is-right" in capsys.readouterr().err
    assert main([*args, "--clock-is-right"]) == 0
    captured = capsys.readouterr()
    assert "issued urn:uuid:" in captured.out
    assert captured.err.startswith("warning: the completion was saved while the computer's "
                                   "clock was wrong (it said 2026-03-02)")
    assert verify_credential(out.read_bytes()).valid


def test_verify_says_when_an_expiry_comes_from_an_impossible_clock(
        fake_clock: FakeClock) -> None:
    from .test_records_verify import _credential, _reason, _signed

    data = _signed(_credential(validUntil="2030-01-01T00:00:00Z"))
    assert verify_credential(data).valid  # 2026: not expired
    fake_clock.set(datetime(2031, 1, 1, tzinfo=UTC))
    assert _reason(data) == "the record expired on 2030-01-01T00:00:00Z"
    fake_clock.set(datetime(2380, 1, 1, tzinfo=UTC))
    assert "(but this computer's clock says 2380-01-01, which cannot be right" in _reason(data)
