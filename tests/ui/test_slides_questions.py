"""Questions on slides (format_version 3): answered by keyboard only, saved at once,
restored on resume, Page Down still moves slides, completion needs the answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QRadioButton

from biblio_desktop.ui.base import accessibility
from biblio_desktop.ui.course.slides_view import SlidesView
from tests.ui.keyboard import focused, press, tab_cycle
from tests.ui.test_lesson_view import COURSE, Course, course, show  # noqa: F401 - fixture

KEYS = Qt.Key


def _ready(qtbot, course: Course, view: SlidesView) -> None:  # noqa: F811
    course.flush()
    qtbot.waitUntil(lambda: view.questions.attempt is not None, timeout=5000)


def test_a_slide_question_by_keyboard_only_saved_and_restored(qtbot, course: Course) -> None:  # noqa: F811
    view = SlidesView(course.state)
    show(qtbot, view, course, "m2-slides")
    _ready(qtbot, course, view)
    assert view.questions_area.isHidden() and view.counter.text() == "Slide 1 of 8"
    view.browser.setFocus()
    for _ in range(3):
        qtbot.keyClick(view.browser, KEYS.Key_PageDown)
    assert view.index == 3 and view.counter.text() == "Slide 4 of 8 · 1 question"
    assert view.questions_area.isVisible() and len(view.questions.cards) == 1
    card = view.questions.cards[0]
    assert card.prompt.text() == "Whom does a CECO mainly work with?"
    # the question is in the Tab order after the slide text, before Previous/Next
    cycle = tab_cycle(view.browser)
    assert cycle[:3] == [card.stops[0], card.check_button, view.previous_button], cycle
    press(KEYS.Key_Tab)
    radio = focused()
    assert isinstance(radio, QRadioButton) and radio.accessibleName() == \
        "Users, partners and the community"
    # Page Down inside the question still moves slides; Page Up comes back
    qtbot.keyClick(radio, KEYS.Key_PageDown)
    assert view.index == 4 and view.questions_area.isHidden()
    qtbot.keyClick(view, KEYS.Key_PageUp)
    assert view.index == 3
    card = view.questions.cards[0]
    card.stops[0].setFocus(Qt.FocusReason.TabFocusReason)
    press(KEYS.Key_Space)  # choose the first option
    press(KEYS.Key_Tab)
    assert focused() is card.check_button
    press(KEYS.Key_Space)  # Enter too, once the app's keyboard rules are installed
    course.flush()
    qtbot.waitUntil(lambda: card.answered, timeout=5000)
    assert card.verdict.text() == "Correct"
    assert "the library's face to its community" in card.feedback.text()
    assert not card.control.isEnabled() and card.check_button.isHidden()
    assert accessibility.announcements[-1].startswith("Correct")
    state = course.state.progress.item_attempt(COURSE, "m2-slides", "en")
    assert state.answers == {"q-ceco-faces": "a"} and not state.submitted
    again = SlidesView(course.state)  # resume: the slide and its answered question
    show(qtbot, again, course, "m2-slides")
    _ready(qtbot, course, again)
    assert again.index == 3
    restored = again.questions.cards[0]
    assert restored.answered and restored.verdict.text() == "Correct"
    assert restored.control.buttons["a"].isChecked()


def test_slides_complete_only_with_their_questions_answered(qtbot, course: Course) -> None:  # noqa: F811
    view = SlidesView(course.state)
    show(qtbot, view, course, "m2-slides", language="lv")
    _ready(qtbot, course, view)
    for index in range(8):
        view.go(index)
    course.flush()
    assert not course.state.progress.item_state(COURSE, "m2-slides").done
    view.go(5)
    card = view.questions.cards[0]
    assert card.prompt.text() == "Pabeidziet teikumu par DIGY."
    gaps = [w for w in card.stops if isinstance(w, QLineEdit)]
    card.check_button.click()  # nothing typed yet: not saved, says why
    assert card.status.text() and not card.answered
    qtbot.keyClicks(gaps[0], "digitalize")
    qtbot.keyClicks(gaps[1], "KOLEGIEM")  # case and diacritics do not matter
    with qtbot.waitSignal(view.questions.answered, timeout=5000):
        card.check_button.click()
        course.flush()
    assert card.verdict.text() == "Correct"
    view.go(3)
    with qtbot.waitSignal(view.completed, timeout=5000) as blocker:
        view.questions.cards[0].control.buttons["b"].click()
        view.questions.cards[0].check_button.click()
        course.flush()
    assert blocker.args == ["m2-slides"]
    assert view.questions.cards[0].verdict.text() == "Incorrect"
    state = course.state.progress.item_state(COURSE, "m2-slides")
    assert state.done and state.best_score == 0.5
