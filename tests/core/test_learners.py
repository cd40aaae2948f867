"""Learner profiles: names, PINs, sign-in throttling (stored across restarts), export and
removal, and the single facilitator."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import argon2
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from biblio_desktop.errors import BiblioError
from biblio_desktop.learning.learners import (
    MAX_DELAY_SECONDS,
    Learner,
    LearnerDirectory,
    LearnerNameError,
    SignInFailed,
    SignInThrottled,
    UnknownLearner,
    throttle_delay,
)
from biblio_desktop.learning.secrets import SecretRuleError
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import (
    AnswerRow,
    CourseCompletionRow,
    ItemProgressRow,
    LearnerRow,
    QuizAttemptRow,
)
from biblio_desktop.workspace import Workspace

T0 = datetime(2025, 3, 1, 9, 0, 0)
TABLES = (ItemProgressRow, QuizAttemptRow, AnswerRow, CourseCompletionRow)


class FakeClock:
    """Naive-UTC clock the test moves by hand, so throttling is tested without sleeping."""

    def __init__(self, now: datetime = T0) -> None:
        self.now = now
        self.elapsed = 0.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.elapsed += seconds


def seed_activity(sessions: sessionmaker[Session], learner_id: int, tag: str) -> None:
    """Give a learner one row in every table that references learners."""
    with unit_of_work(sessions) as s:
        s.add(ItemProgressRow(learner_id=learner_id, course_id="eu.test.course",
                              item_id=f"lesson-{tag}", first_opened_at=T0, last_opened_at=T0,
                              seconds_spent=120, completed_at=T0, completed_version="1.0.0",
                              position_json='{"page": 2}'))
        attempt = QuizAttemptRow(learner_id=learner_id, course_id="eu.test.course",
                                 item_id=f"quiz-{tag}", course_version="1.0.0", language="en",
                                 attempt_no=1, seed=f"seed-{tag}", started_at=T0,
                                 submitted_at=T0, score=0.75, passed=True)
        s.add(attempt)
        s.flush()
        s.add(AnswerRow(attempt_id=attempt.id, question_id="q1", answer_json='["b"]',
                        saved_at=T0, score=1.0))
        s.add(AnswerRow(attempt_id=attempt.id, question_id="q2", answer_json='"Rīga"',
                        saved_at=T0, score=0.5))
        s.add(CourseCompletionRow(learner_id=learner_id, course_id="eu.test.course",
                                  course_version="1.0.0", completed_at=T0, score=0.75))


def count_rows(sessions: sessionmaker[Session], table: type, learner_id: int) -> int:
    with sessions() as s:
        if table is AnswerRow:
            query = (select(func.count()).select_from(AnswerRow).join(QuizAttemptRow)
                     .where(QuizAttemptRow.learner_id == learner_id))
        else:
            query = select(func.count()).select_from(table).where(
                table.learner_id == learner_id)
        return s.scalar(query) or 0


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def ws(data_dir: Path) -> Iterator[Workspace]:
    with Workspace.open(data_dir) as workspace:
        yield workspace


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def learners(ws: Workspace, clock: FakeClock) -> LearnerDirectory:
    return LearnerDirectory(ws.sessions, clock=clock, monotonic=clock.monotonic)


# --- profiles ------------------------------------------------------------------------------

def test_add_returns_a_frozen_snapshot(learners: LearnerDirectory) -> None:
    anna = learners.add("  Anna   Ozola ")
    assert isinstance(anna, Learner)
    assert anna.name == "Anna Ozola"
    assert anna.role == "learner"
    assert anna.has_secret is False
    assert anna.created_at == T0
    assert anna.last_seen_at is None
    with pytest.raises(AttributeError):
        anna.name = "x"  # type: ignore[misc]
    assert learners.get(anna.id) == anna


def test_add_with_pin_and_list_sorted_by_name(learners: LearnerDirectory) -> None:
    learners.add("zane")
    learners.add("Ēriks", "4321")
    learners.add("Aija")
    learners.add("bruno")
    names = [lr.name for lr in learners.list_learners()]
    assert names == ["Aija", "bruno", "zane", "Ēriks"]
    by_name = {lr.name: lr for lr in learners.list_learners()}
    assert by_name["Ēriks"].has_secret and not by_name["Aija"].has_secret


def test_duplicate_names_refused_ignoring_case(learners: LearnerDirectory) -> None:
    learners.add("Anna Ozola")
    for other in ("anna ozola", "ANNA  OZOLA", " Anna Ozola"):
        with pytest.raises(LearnerNameError, match="already a learner called 'Anna Ozola'"):
            learners.add(other)
    assert len(learners.list_learners()) == 1
    # non-ASCII case folding (SQLite's lower() would miss this)
    learners.add("Ēriks")
    with pytest.raises(LearnerNameError):
        learners.add("ēRIKS")


@pytest.mark.parametrize(("name", "words"), [
    ("", "empty"), ("   ", "empty"), ("x" * 61, "too long"), ("Bad\x00name", "control"),
])
def test_bad_names_refused(learners: LearnerDirectory, name: str, words: str) -> None:
    with pytest.raises(LearnerNameError, match=words):
        learners.add(name)


def test_name_of_sixty_characters_is_fine(learners: LearnerDirectory) -> None:
    assert learners.add("y" * 60).name == "y" * 60


def test_add_with_bad_pin_adds_nothing(learners: LearnerDirectory) -> None:
    with pytest.raises(SecretRuleError, match="4 to 8 digits"):
        learners.add("Anna", "12")
    assert learners.list_learners() == []


def test_rename(learners: LearnerDirectory) -> None:
    anna = learners.add("Anna")
    learners.add("Bruno")
    assert learners.rename(anna.id, "Anna O.").name == "Anna O."
    # changing only the case of one's own name is allowed
    assert learners.rename(anna.id, "ANNA O.").name == "ANNA O."
    with pytest.raises(LearnerNameError, match="already"):
        learners.rename(anna.id, "bruno")
    with pytest.raises(UnknownLearner, match="no learner with id 999"):
        learners.rename(999, "Zed")
    assert learners.get(anna.id).name == "ANNA O."


def test_set_and_clear_secret(learners: LearnerDirectory) -> None:
    anna = learners.add("Anna")
    assert learners.set_secret(anna.id, "2468").has_secret
    with pytest.raises(SignInFailed):
        learners.authenticate(anna.id, "1111")
    assert learners.authenticate(anna.id, "2468").id == anna.id
    assert not learners.set_secret(anna.id, None).has_secret
    assert learners.authenticate(anna.id, None).id == anna.id
    with pytest.raises(SecretRuleError):
        learners.set_secret(anna.id, "12ab")
    assert learners.set_secret(anna.id, "long pass phrase", kind="password").has_secret
    assert learners.authenticate(anna.id, "long pass phrase").id == anna.id


def test_get_unknown(learners: LearnerDirectory) -> None:
    with pytest.raises(UnknownLearner) as info:
        learners.get(42)
    assert isinstance(info.value, BiblioError)


# --- export and removal ----------------------------------------------------------------

def test_export_contains_all_rows_and_no_hash(learners: LearnerDirectory, ws: Workspace,
                                              tmp_path: Path) -> None:
    anna = learners.add("Anna Ozola", "1234")
    seed_activity(ws.sessions, anna.id, "a")
    path = learners.export_learner(anna.id, tmp_path / "out")
    assert path.parent == tmp_path / "out"
    assert str(anna.id) in path.name and "20250301T090000Z" in path.name
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "biblio-learner-export"
    assert data["learner"]["name"] == "Anna Ozola"
    assert data["learner"]["id"] == anna.id and data["learner"]["has_secret"] is True
    assert [r["item_id"] for r in data["item_progress"]] == ["lesson-a"]
    assert data["item_progress"][0]["seconds_spent"] == 120
    assert [r["seed"] for r in data["quiz_attempts"]] == ["seed-a"]
    assert sorted(r["answer_json"] for r in data["answers"]) == ['"Rīga"', '["b"]']
    assert data["course_completions"][0]["completed_at"] == T0.isoformat()
    assert "argon2" not in path.read_text(encoding="utf-8")
    assert "secret_hash" not in path.read_text(encoding="utf-8")
    # no temporary files left behind
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_export_never_overwrites_an_earlier_one(learners: LearnerDirectory,
                                                tmp_path: Path) -> None:
    anna = learners.add("Anna")
    first = learners.export_learner(anna.id, tmp_path)
    second = learners.export_learner(anna.id, tmp_path)
    assert first != second and first.exists() and second.exists()


def test_remove_exports_then_deletes_only_that_learner(learners: LearnerDirectory,
                                                       ws: Workspace, tmp_path: Path) -> None:
    anna = learners.add("Anna Ozola")
    bruno = learners.add("Bruno")
    seed_activity(ws.sessions, anna.id, "a")
    seed_activity(ws.sessions, bruno.id, "b")
    path = learners.remove(anna.id, confirm_name="Anna Ozola", export_folder=tmp_path / "exp")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["learner"]["name"] == "Anna Ozola"
    for key in ("item_progress", "quiz_attempts", "course_completions"):
        assert len(data[key]) == 1
    assert len(data["answers"]) == 2
    for table in TABLES:
        assert count_rows(ws.sessions, table, anna.id) == 0, table
    assert count_rows(ws.sessions, ItemProgressRow, bruno.id) == 1
    assert count_rows(ws.sessions, QuizAttemptRow, bruno.id) == 1
    assert count_rows(ws.sessions, AnswerRow, bruno.id) == 2
    assert count_rows(ws.sessions, CourseCompletionRow, bruno.id) == 1
    with ws.sessions() as s:
        assert s.scalar(select(func.count()).select_from(AnswerRow)) == 2
    assert [lr.name for lr in learners.list_learners()] == ["Bruno"]
    with pytest.raises(UnknownLearner):
        learners.get(anna.id)


def test_remove_refuses_wrong_confirmation(learners: LearnerDirectory, ws: Workspace,
                                           tmp_path: Path) -> None:
    anna = learners.add("Anna Ozola")
    seed_activity(ws.sessions, anna.id, "a")
    for wrong in ("Anna", "anna ozola", "", "Bruno"):
        with pytest.raises(BiblioError, match="does not match"):
            learners.remove(anna.id, confirm_name=wrong, export_folder=tmp_path / "exp")
    assert learners.get(anna.id).name == "Anna Ozola"
    assert count_rows(ws.sessions, AnswerRow, anna.id) == 2
    assert not (tmp_path / "exp").exists()


def test_remove_keeps_everything_when_export_cannot_be_written(
        learners: LearnerDirectory, ws: Workspace, tmp_path: Path) -> None:
    anna = learners.add("Anna")
    seed_activity(ws.sessions, anna.id, "a")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(BiblioError, match="Cannot write the learner export"):
        learners.remove(anna.id, confirm_name="Anna", export_folder=blocker)
    assert learners.get(anna.id).name == "Anna"
    for table in TABLES:
        assert count_rows(ws.sessions, table, anna.id) > 0


# --- sign-in and throttling -------------------------------------------------------------

def test_throttle_delay_schedule() -> None:
    assert [throttle_delay(n) for n in range(0, 9)] == [0, 0, 0, 1, 2, 4, 8, 16, 32]
    assert throttle_delay(12) == 512
    assert throttle_delay(13) == MAX_DELAY_SECONDS == 900
    assert throttle_delay(10_000) == MAX_DELAY_SECONDS


def test_learner_without_secret_signs_in_with_none(learners: LearnerDirectory,
                                                   clock: FakeClock) -> None:
    anna = learners.add("Anna")
    clock.advance(60)
    signed_in = learners.authenticate(anna.id, None)
    assert signed_in.last_seen_at == T0 + timedelta(seconds=60)
    assert learners.get(anna.id).last_seen_at == T0 + timedelta(seconds=60)


def test_sign_in_success_updates_last_seen(learners: LearnerDirectory, clock: FakeClock) -> None:
    anna = learners.add("Anna", "1234")
    clock.advance(5)
    assert learners.authenticate(anna.id, "1234").last_seen_at == clock.now


def test_missing_pin_is_not_counted_as_a_guess(learners: LearnerDirectory) -> None:
    anna = learners.add("Anna", "1234")
    for _ in range(5):
        with pytest.raises(SignInFailed, match="needs its PIN"):
            learners.authenticate(anna.id, None)
    assert learners.authenticate(anna.id, "1234").id == anna.id


def test_wrong_pin_tells_tries_left_then_throttles(learners: LearnerDirectory,
                                                   clock: FakeClock) -> None:
    anna = learners.add("Anna", "1234")
    with pytest.raises(SignInFailed) as info:
        learners.authenticate(anna.id, "0000")
    assert info.value.tries_left == 2 and info.value.retry_after_seconds == 0
    assert "not right" in str(info.value) and "2 more tries" in str(info.value)
    with pytest.raises(SignInFailed, match="1 more try") as info:
        learners.authenticate(anna.id, "0000")
    assert info.value.tries_left == 1
    with pytest.raises(SignInFailed, match="Wait 1 second before the next try") as info:
        learners.authenticate(anna.id, "0000")
    assert info.value.tries_left == 0 and info.value.retry_after_seconds == 1

    # while locked even the right PIN is not checked
    with pytest.raises(SignInThrottled) as throttled:
        learners.authenticate(anna.id, "1234")
    assert throttled.value.retry_after_seconds == 1
    assert isinstance(throttled.value, BiblioError)

    # the delay doubles with each further wrong try
    delays = []
    for _ in range(5):
        clock.advance(10_000)
        with pytest.raises(SignInFailed) as info:
            learners.authenticate(anna.id, "9999")
        delays.append(info.value.retry_after_seconds)
    assert delays == [2, 4, 8, 16, 32]
    clock.advance(31)
    with pytest.raises(SignInThrottled) as throttled:
        learners.authenticate(anna.id, "1234")
    assert throttled.value.retry_after_seconds == 1
    clock.advance(1)
    assert learners.authenticate(anna.id, "1234").id == anna.id
    # success resets the counter: three free tries again
    for _ in range(2):
        with pytest.raises(SignInFailed) as info:
            learners.authenticate(anna.id, "0000")
        assert info.value.retry_after_seconds == 0


def test_delay_is_capped_at_fifteen_minutes(learners: LearnerDirectory, ws: Workspace,
                                            clock: FakeClock) -> None:
    anna = learners.add("Anna", "1234")
    with unit_of_work(ws.sessions) as s:
        s.get(LearnerRow, anna.id).failed_attempts = 40
    with pytest.raises(SignInFailed) as info:
        learners.authenticate(anna.id, "0000")
    assert info.value.retry_after_seconds == 900
    with pytest.raises(SignInThrottled, match="15 minutes") as throttled:
        learners.authenticate(anna.id, "1234")
    assert throttled.value.retry_after_seconds == 900


def test_clock_set_back_does_not_lock_for_ever(learners: LearnerDirectory, ws: Workspace,
                                               clock: FakeClock) -> None:
    anna = learners.add("Anna", "1234")
    with unit_of_work(ws.sessions) as s:
        row = s.get(LearnerRow, anna.id)
        row.failed_attempts = 5
        row.locked_until = T0 + timedelta(days=30)
    with pytest.raises(SignInThrottled) as throttled:
        learners.authenticate(anna.id, "1234")
    assert throttled.value.retry_after_seconds == MAX_DELAY_SECONDS
    clock.advance(MAX_DELAY_SECONDS)
    assert learners.authenticate(anna.id, "1234").id == anna.id


def test_throttling_survives_a_restart(data_dir: Path) -> None:
    clock = FakeClock()
    first = Workspace.open(data_dir)
    directory = LearnerDirectory(first.sessions, clock=clock, monotonic=clock.monotonic)
    anna_id = directory.add("Anna", "1234").id
    for _ in range(6):  # 3 free tries, then 1, 2, 4 s (skipping each wait)
        with pytest.raises(SignInFailed) as info:
            directory.authenticate(anna_id, "0000")
        clock.advance(info.value.retry_after_seconds)
    with pytest.raises(SignInFailed) as info:
        directory.authenticate(anna_id, "0000")
    assert info.value.retry_after_seconds == 16
    first.close()  # disposes the engine: nothing remains in memory

    clock.advance(3)
    with Workspace.open(data_dir) as second:
        again = LearnerDirectory(second.sessions, clock=clock, monotonic=clock.monotonic)
        with pytest.raises(SignInThrottled) as throttled:
            again.authenticate(anna_id, "1234")
        assert throttled.value.retry_after_seconds == 13
        clock.advance(13)
        # the count survived too: the next wrong try doubles the wait
        with pytest.raises(SignInFailed) as info:
            again.authenticate(anna_id, "0000")
        assert info.value.retry_after_seconds == 32
        clock.advance(32)
        assert again.authenticate(anna_id, "1234").last_seen_at == clock.now
        with second.sessions() as s:
            row = s.get(LearnerRow, anna_id)
            assert row.failed_attempts == 0 and row.locked_until is None


def test_facilitator_reset_lifts_the_wait(learners: LearnerDirectory) -> None:
    anna = learners.add("Anna", "1234")
    for _ in range(4):
        with pytest.raises((SignInFailed, SignInThrottled)):
            learners.authenticate(anna.id, "0000")
    learners.set_secret(anna.id, "5678")
    assert learners.authenticate(anna.id, "5678").id == anna.id


def test_weak_old_hash_is_upgraded_on_sign_in(learners: LearnerDirectory,
                                              ws: Workspace) -> None:
    anna = learners.add("Anna")
    weak = argon2.PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("1234")
    with unit_of_work(ws.sessions) as s:
        s.get(LearnerRow, anna.id).secret_hash = weak
    learners.authenticate(anna.id, "1234")
    with ws.sessions() as s:
        stored = s.get(LearnerRow, anna.id).secret_hash
    assert stored != weak and argon2.extract_parameters(stored).memory_cost >= 19456
    assert learners.authenticate(anna.id, "1234").id == anna.id


# --- facilitator --------------------------------------------------------------------------

def test_single_facilitator(learners: LearnerDirectory) -> None:
    assert not learners.facilitator_exists()
    assert learners.facilitator() is None
    with pytest.raises(SecretRuleError, match="at least 8"):
        learners.create_facilitator("short")
    assert not learners.facilitator_exists()
    facilitator = learners.create_facilitator("library-2025")
    assert facilitator.role == "facilitator" and facilitator.has_secret
    assert learners.facilitator_exists()
    with pytest.raises(BiblioError, match="already has a facilitator"):
        learners.create_facilitator("another-password")
    # the facilitator is not a learner profile
    assert learners.list_learners() == []
    with pytest.raises(UnknownLearner):
        learners.authenticate(facilitator.id, "library-2025")
    with pytest.raises(UnknownLearner):
        learners.remove(facilitator.id, confirm_name=facilitator.name, export_folder=Path("."))
    assert learners.authenticate_facilitator("library-2025").id == facilitator.id


def test_facilitator_name_does_not_block_a_learner(learners: LearnerDirectory) -> None:
    learners.create_facilitator("library-2025")
    assert learners.add("Facilitator").role == "learner"


def test_authenticate_facilitator_without_one(learners: LearnerDirectory) -> None:
    with pytest.raises(BiblioError, match="no facilitator yet"):
        learners.authenticate_facilitator("whatever-123")


def test_change_facilitator_password(learners: LearnerDirectory) -> None:
    learners.create_facilitator("library-2025")
    with pytest.raises(SignInFailed, match="password is not right"):
        learners.change_facilitator_password("wrong-password", "new-password-1")
    with pytest.raises(SecretRuleError):
        learners.change_facilitator_password("library-2025", "short")
    learners.change_facilitator_password("library-2025", "new-password-1")
    with pytest.raises(SignInFailed):
        learners.authenticate_facilitator("library-2025")
    assert learners.authenticate_facilitator("new-password-1").role == "facilitator"


def test_facilitator_throttling_survives_restart(data_dir: Path) -> None:
    clock = FakeClock()
    with Workspace.open(data_dir) as first:
        directory = LearnerDirectory(first.sessions, clock=clock, monotonic=clock.monotonic)
        directory.create_facilitator("library-2025")
        for _ in range(3):
            with pytest.raises(SignInFailed):
                directory.authenticate_facilitator("guess-guess")
        # changing the password is throttled as well: no side door
        with pytest.raises(SignInThrottled):
            directory.change_facilitator_password("library-2025", "new-password-1")
    with Workspace.open(data_dir) as second:
        again = LearnerDirectory(second.sessions, clock=clock, monotonic=clock.monotonic)
        with pytest.raises(SignInThrottled) as throttled:
            again.authenticate_facilitator("library-2025")
        assert throttled.value.retry_after_seconds == 1
        clock.advance(1)
        assert again.authenticate_facilitator("library-2025").role == "facilitator"
