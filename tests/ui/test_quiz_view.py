"""The quiz view, driven through its widgets with the real sample course."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.errors import BiblioError
from biblio_desktop.learning.quiz import Question
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.course.passage_controls import (
    DragWordsControl,
    FillBlanksControl,
    FreeTextControl,
    MarkWordsControl,
)
from biblio_desktop.ui.course.quiz_view import QuizView
from biblio_desktop.ui.course.quiz_widgets import (
    ChoiceControl,
    MatchingControl,
    NumericControl,
    OrderingControl,
    TextControl,
    TrueFalseControl,
)
from biblio_desktop.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "course_packages" / "digital-skills-orientation"
COURSE = "eu.biblio-project.digital-skills-orientation"
ALL_TYPES = {"single", "multiple", "true_false", "text", "numeric", "matching", "ordering"}
NEW_TYPES = {"fill_blanks", "drag_words", "mark_words", "free_text"}  # format_version 2


@dataclass
class Env:
    data: Path
    ws: Workspace
    state: AppState
    learner_id: int

    def reopen(self) -> None:
        """Close and reopen the workspace, as after restarting the app."""
        self.state.shutdown()
        self.ws.close()
        self.ws = Workspace.open(self.data)
        self.state = AppState(self.ws)
        self.state.sign_in_learner(self.learner_id, None)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


@pytest.fixture
def env(tmp_path: Path, package: Path):
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    learner = ws.learners.add("Anna Bērziņa")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    e = Env(tmp_path / "data", ws, state, learner.id)
    yield e
    e.state.shutdown()
    e.ws.close()


def open_view(qtbot: Any, env: Env, item_id: str, language: str = "en") -> QuizView:
    manifest = env.ws.manifest(COURSE)
    item = next(i for i in manifest.items if i.id == item_id)
    view = QuizView(env.state)
    qtbot.addWidget(view)
    view.resize(1100, 720)
    view.show()
    view.load(COURSE, item, language, env.ws.course_folder(COURSE, manifest.version))
    return view


def settle(qtbot: Any, env: Env, condition: Any) -> None:
    env.state.writer.flush()
    qtbot.waitUntil(condition, timeout=3000)


def start(qtbot: Any, env: Env, view: QuizView) -> None:
    assert view.start_button.isVisible() and view.start_button.isEnabled()
    qtbot.mouseClick(view.start_button, Qt.MouseButton.LeftButton)
    settle(qtbot, env, lambda: view.stack.currentIndex() == 1)


def wait_saved(qtbot: Any, env: Env, view: QuizView) -> None:
    settle(qtbot, env, lambda: view.save_status.text() == "Saved")


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Type like a user (QTest cannot type non-ASCII letters such as ē)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(
                    kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def move_to(qtbot: Any, control: OrderingControl, step_id: str, row: int) -> None:
    """Move a step with the Up button only, as a keyboard user would."""
    control.list.setCurrentRow(control.order().index(step_id))
    while control.order().index(step_id) > row:
        qtbot.mouseClick(control.up_button, Qt.MouseButton.LeftButton)


def answer(qtbot: Any, view: QuizView, correct: bool = True) -> str:
    """Answer the shown question through its widgets; returns the question type."""
    q: Question = view.question()
    control = view.control
    if isinstance(control, ChoiceControl):
        for option in q.options:
            if option.correct == correct and (q.type == "multiple" or not control.answer()):
                control.buttons[option.id].click()
    elif isinstance(control, TrueFalseControl):
        (control.true_button if q.answer == correct else control.false_button).click()
    elif isinstance(control, NumericControl):
        value = q.answer if correct else (q.answer or 0) + 1000
        qtbot.keyClicks(control.edit, str(value).replace(".", ","))
        qtbot.keyClick(control.edit, Qt.Key.Key_Return)
    elif isinstance(control, TextControl):
        type_text(qtbot, control.edit, q.accepted[0] if correct else "wrong")
        qtbot.keyClick(control.edit, Qt.Key.Key_Return)
    elif isinstance(control, FillBlanksControl):  # type, then Enter in each gap
        for edit, gap in zip(control.edits, q.gaps, strict=True):
            type_text(qtbot, edit, gap.accepted[-1] if correct else "wrong")
            qtbot.keyClick(edit, Qt.Key.Key_Return)
    elif isinstance(control, DragWordsControl):  # Space on a word, then Space on a gap
        words = {w.id: w.text for w in q.bank}
        for n, gap in enumerate(q.gaps):
            fits = [w for w in control.bank if words[w] == gap.text
                    and w not in control.placed]
            wrong = [w for w in control.bank if words[w] not in {g.text for g in q.gaps}]
            if not correct and n > 0:
                break
            qtbot.keyClick(control.bank[(fits if correct else wrong)[0]], Qt.Key.Key_Space)
            qtbot.keyClick(control.gaps[n], Qt.Key.Key_Space)
    elif isinstance(control, MarkWordsControl):  # Space on each word to mark
        for n, word in enumerate(q.words):
            if word.correct == correct:
                qtbot.keyClick(control.buttons[n], Qt.Key.Key_Space)
    elif isinstance(control, FreeTextControl):  # saved after a pause in typing
        type_text(qtbot, control.edit, "A reading club with the local school.")
        qtbot.waitUntil(lambda: q.id in view.answers, timeout=3000)
    elif isinstance(control, MatchingControl):
        ids = [p.id for p in q.pairs]
        for n, pid in enumerate(ids):
            target = pid if correct else ids[(n + 1) % len(ids)]
            combo = control.combos[pid]
            combo.setCurrentIndex(combo.findData(target))
    else:
        assert isinstance(control, OrderingControl)
        wanted = [s.id for s in q.steps]
        if not correct:
            wanted.reverse()
        for row, sid in enumerate(wanted):
            move_to(qtbot, control, sid, row)
        assert control.order() == wanted
    return q.type


def answer_all(qtbot: Any, env: Env, view: QuizView, correct: bool = True) -> set[str]:
    seen = set()
    assert view.attempt is not None
    for index in range(len(view.attempt.question_ids)):
        view.go_to(index)
        assert view.index == index
        seen.add(answer(qtbot, view, correct))
        wait_saved(qtbot, env, view)
    return seen


def submit(qtbot: Any, env: Env, view: QuizView) -> None:
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, env, lambda: view.stack.currentIndex() == 2)


@pytest.mark.parametrize("item_id", ["m1-quiz", "m2-quiz", "m3-quiz", "m4-quiz",
                                     "m5-final-quiz"])
def test_every_question_type_answered_through_widgets_passes(qtbot, env, item_id) -> None:
    view = open_view(qtbot, env, item_id)
    assert "pass mark 70%" in view.intro_facts.text()
    start(qtbot, env, view)
    seen = answer_all(qtbot, env, view, correct=True)
    if item_id == "m4-quiz":
        assert seen == ALL_TYPES  # this quiz has one question of every type
    if item_id == "m3-quiz":
        assert seen >= NEW_TYPES  # and this one of each type of format_version 2
    saved = env.state.progress.last_attempt(COURSE, item_id, "en")
    assert set(saved.answers) == set(saved.question_ids)
    changed: list[str] = []
    env.state.progress_changed.connect(changed.append)
    with qtbot.waitSignal(view.completed, timeout=3000) as done:
        submit(qtbot, env, view)
    assert done.args == [item_id]
    assert changed == [COURSE]
    assert view.result_headline.text() == "Passed"
    assert view.result_headline.property("role") == "success"
    assert "Your score: 100%" in view.result_score.text()
    assert env.state.progress.item_state(COURSE, item_id).done


def test_final_quiz_draws_six_and_all_types_appear_over_attempts(qtbot, env) -> None:
    view = open_view(qtbot, env, "m5-final-quiz")
    seen: set[str] = set()
    view.ask_submit_unanswered = lambda n: True  # type: ignore[method-assign]
    start(qtbot, env, view)
    for _attempt in range(12):
        assert len(view.attempt.question_ids) == 6
        assert len(view.navigator.buttons) == 6
        seen |= answer_all(qtbot, env, view, correct=False)
        submit(qtbot, env, view)
        assert view.result_headline.text() == "Not passed yet"
        if seen == ALL_TYPES:
            break
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)  # no limit here
        settle(qtbot, env, lambda: view.stack.currentIndex() == 1)
    assert seen == ALL_TYPES


def test_wrong_attempts_fail_offer_retry_until_max_attempts(qtbot, env) -> None:
    view = open_view(qtbot, env, "m2-quiz")
    assert "Attempts used: 0 of 3" in view.intro_facts.text()
    start(qtbot, env, view)
    answer_all(qtbot, env, view, correct=False)
    submit(qtbot, env, view)
    assert view.result_headline.text() == "Not passed yet"
    assert view.result_headline.property("role") == "danger"
    assert "Incorrect" in [lbl.text() for lbl in view.review_host.findChildren(type(
        view.result_headline))]
    assert view.retry_button.isVisible()
    first = env.state.progress.last_attempt(COURSE, "m2-quiz", "en")
    asked: list[bool] = []
    view.ask_submit_unanswered = lambda n: asked.append(n) or True  # type: ignore
    for attempt_no in (2, 3):
        qtbot.mouseClick(view.retry_button, Qt.MouseButton.LeftButton)
        settle(qtbot, env, lambda: view.stack.currentIndex() == 1)
        assert view.attempt.attempt_no == attempt_no
        assert view.attempt.attempt_id != first.attempt_id
        assert view.answers == {}  # a new attempt starts empty
        submit(qtbot, env, view)  # nothing answered: confirmed, scored 0
    assert asked == [5, 5]
    assert not view.retry_button.isVisible()
    assert "used all 3 attempts" in view.retry_message.text()
    again = open_view(qtbot, env, "m2-quiz")
    assert not again.start_button.isVisible()
    assert "You have used all 3 attempts" in again.intro_message.text()
    assert again.intro_message.property("role") == "danger"
    qtbot.mouseClick(again.review_button, Qt.MouseButton.LeftButton)
    assert again.stack.currentIndex() == 2 and not again.retry_button.isVisible()


def test_submit_with_unanswered_questions_asks_first(qtbot, env) -> None:
    view = open_view(qtbot, env, "m1-quiz")
    start(qtbot, env, view)
    answer(qtbot, view)
    wait_saved(qtbot, env, view)
    asked: list[int] = []
    view.ask_submit_unanswered = lambda n: asked.append(n) or False  # type: ignore
    qtbot.mouseClick(view.submit_button, Qt.MouseButton.LeftButton)
    env.state.writer.flush()
    QApplication.processEvents()
    assert asked == [len(view.attempt.question_ids) - 1]
    assert view.stack.currentIndex() == 1
    assert not env.state.progress.last_attempt(COURSE, "m1-quiz", "en").submitted


def _go_to_type(view: QuizView, qtype: str) -> None:
    for index, qid in enumerate(view.attempt.question_ids):
        if view.quiz.question(qid).type == qtype:
            view.go_to(index)
            return
    raise AssertionError(f"no {qtype} question")


def test_malformed_numeric_input_is_refused_or_not_saved(qtbot, env) -> None:
    view = open_view(qtbot, env, "m1-quiz", "lv")
    start(qtbot, env, view)
    _go_to_type(view, "numeric")
    control = view.control
    assert isinstance(control, NumericControl)
    assert "2,5" in control.hint.text()  # Latvian decimals use a comma
    qtbot.keyClicks(control.edit, "abc")
    assert control.edit.text() == ""  # the validator refuses letters
    control.edit.setText("1,2,3")  # pasted around the validator
    control.edit.setModified(True)
    view.save_now()
    assert view.save_status.text().startswith("Not saved")
    assert view.save_status.property("role") == "danger"
    env.state.writer.flush()
    qid = view.question().id
    assert qid not in env.state.progress.last_attempt(COURSE, "m1-quiz", "lv").answers
    control.edit.clear()
    qtbot.keyClicks(control.edit, "2,5")
    qtbot.keyClick(control.edit, Qt.Key.Key_Return)
    wait_saved(qtbot, env, view)
    assert env.state.progress.last_attempt(COURSE, "m1-quiz", "lv").answers[qid] == 2.5


def test_typed_text_is_saved_after_a_short_pause(qtbot, env) -> None:
    view = open_view(qtbot, env, "m4-quiz")
    start(qtbot, env, view)
    _go_to_type(view, "text")
    type_text(qtbot, view.control.edit, "metadatī")
    assert view.save_status.text() == ""  # nothing yet: the learner is still typing
    # after the pause the save starts; "Saving…" may already have turned into "Saved"
    qtbot.waitUntil(lambda: view.save_status.text() in ("Saving…", "Saved"), timeout=2000)
    wait_saved(qtbot, env, view)
    saved = env.state.progress.last_attempt(COURSE, "m4-quiz", "en").answers
    assert saved[view.question().id] == "metadatī"


def test_failed_save_shows_not_saved_with_the_reason(qtbot, env, monkeypatch) -> None:
    view = open_view(qtbot, env, "m1-quiz")
    start(qtbot, env, view)
    _go_to_type(view, "single")

    def broken(*_args: object, **_kw: object) -> None:
        raise BiblioError("The disk is full.")

    monkeypatch.setattr(env.state.progress, "save_answer", broken)
    next(iter(view.control.buttons.values())).click()
    settle(qtbot, env, lambda: view.save_status.text().startswith("Not saved"))
    assert "The disk is full." in view.save_status.text()
    assert view.save_status.property("role") == "danger"


def test_resume_after_closing_view_and_workspace(qtbot, env) -> None:
    view = open_view(qtbot, env, "m4-quiz")
    start(qtbot, env, view)
    ids = view.attempt.question_ids
    orders = {}
    answered = [i for i, q in enumerate(ids) if view.quiz.question(q).type != "text"][:3]
    for index in answered:
        view.go_to(index)
        answer(qtbot, view)
        wait_saved(qtbot, env, view)
        if isinstance(view.control, ChoiceControl):
            orders[view.question().id] = list(view.control.buttons)
    answers = dict(view.answers)
    _go_to_type(view, "text")
    text_qid = view.question().id
    qtbot.keyClicks(view.control.edit, "typed but not confirmed")
    current = view.index
    view.save_now()  # e.g. the course view switches item or the learner signs out
    env.state.writer.flush()
    view.close()

    for reopen in (False, True):
        if reopen:
            env.reopen()
        again = open_view(qtbot, env, "m4-quiz")
        assert again.start_button.text() == "Resume"
        start(qtbot, env, again)
        assert again.attempt.question_ids == ids
        assert again.index == current
        assert again.question().id == text_qid
        assert again.control.edit.text() == "typed but not confirmed"
        for qid, answer_ in answers.items():
            assert again.answers[qid] == answer_
        for qid, order in orders.items():
            again.go_to(ids.index(qid))
            assert list(again.control.buttons) == order
            chosen = again.control.answer()
            assert chosen == answers[qid]
        states = [b.accessibleName() for b in again.navigator.buttons]
        assert all(", answered" in states[i] for i in answered)
        assert ", answered" in states[ids.index(text_qid)]  # save_now wrote the text
        again.close()


def test_keyboard_navigation_and_ordering_shortcuts(qtbot, env) -> None:
    view = open_view(qtbot, env, "m4-quiz")
    start(qtbot, env, view)
    view.go_to(0)
    view.activateWindow()
    qtbot.keyClick(view.control.first_focus(), Qt.Key.Key_PageDown)
    assert view.index == 1
    assert QApplication.focusWidget() is view.control.first_focus()  # focus follows
    qtbot.keyClick(view.control.first_focus(), Qt.Key.Key_PageUp)
    assert view.index == 0
    _go_to_type(view, "ordering")
    control = view.control
    assert isinstance(control, OrderingControl)
    before = control.order()
    control.list.setCurrentRow(0)
    qtbot.keyClick(control.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.save_status.text() == "Saving…"  # "Saved" only after the commit
    assert control.order() == [before[1], before[0], *before[2:]]
    wait_saved(qtbot, env, view)
    saved = env.state.progress.last_attempt(COURSE, "m4-quiz", "en")
    assert saved.answers[view.question().id] == control.order()
    assert saved.current_question == view.question().id
    names = [b.accessibleName() for b in view.navigator.buttons]
    assert f"Question {view.index + 1}, answered, current" in names
    for widget in (view.prev_button, view.next_button, view.submit_button, control.list,
                   control.up_button, control.down_button):
        assert widget.accessibleName() or widget.text()


def test_a_full_disk_under_the_quiz_is_named_not_a_bug(qtbot, env, monkeypatch) -> None:
    """SQLite's own 'database or disk is full' (as SQLAlchemy raises it) is shown as the
    full disk it is: no 'something went wrong', no restore advice."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from biblio_desktop.ui.base.errors import set_data_folder

    view = open_view(qtbot, env, "m1-quiz")
    start(qtbot, env, view)
    _go_to_type(view, "single")
    set_data_folder(env.state.workspace.layout.root)

    def full(*_args: object, **_kw: object) -> None:
        orig = sqlite3.OperationalError("database or disk is full")
        orig.sqlite_errorcode = 13  # type: ignore[attr-defined]
        raise OperationalError("INSERT INTO answers ...", {}, orig)

    monkeypatch.setattr(env.state.progress, "save_answer", full)
    next(iter(view.control.buttons.values())).click()
    settle(qtbot, env, lambda: view.save_status.text().startswith("Not saved"))
    text = view.save_status.text()
    assert "is full" in text and "Everything saved before is kept" in text
    assert "restore the" not in text.lower()
    set_data_folder(None)
