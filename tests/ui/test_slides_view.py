"""Slides: keyboard navigation, counter, completion when every slide was shown, resume."""

from __future__ import annotations

from PySide6.QtCore import Qt

from biblio_desktop.ui.course.slides_view import SlidesView
from tests.ui.test_lesson_view import COURSE, Course, course, show  # noqa: F401 - fixture

KEYS = Qt.Key


def test_keyboard_navigation_and_completion(qtbot, course: Course) -> None:  # noqa: F811
    view = SlidesView(course.state)
    show(qtbot, view, course, "m2-slides")
    count = len(view.slides)
    assert count == 8
    assert view.counter.text() == "Slide 1 of 8"
    assert not view.previous_button.isEnabled()
    view.browser.setFocus()
    qtbot.keyClick(view.browser, KEYS.Key_Right)
    qtbot.keyClick(view.browser, KEYS.Key_PageDown)
    assert view.index == 2 and view.counter.text() == "Slide 3 of 8"
    qtbot.keyClick(view.browser, KEYS.Key_Left)
    assert view.index == 1
    qtbot.keyClick(view, KEYS.Key_End)
    assert view.index == count - 1 and not view.next_button.isEnabled()
    assert view.bar.value() == view.bar.maximum() == count
    course.flush()
    assert not course.state.progress.item_state(COURSE, "m2-slides").done  # 4 slides unseen
    qtbot.keyClick(view.browser, KEYS.Key_Home)
    assert view.index == 0
    for _ in range(count - 1):
        qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    course.flush()
    # every slide seen; the deck's two questions (tests/ui/test_slides_questions.py) are
    # still to answer before it is done
    assert not course.state.progress.item_state(COURSE, "m2-slides").done
    assert "CECO" in view.browser.toPlainText() or view.browser.toPlainText()


def test_resumes_at_the_last_slide_shown(qtbot, course: Course) -> None:  # noqa: F811
    view = SlidesView(course.state)
    show(qtbot, view, course, "m2-slides", language="lv")
    view.go(4)
    course.flush()
    again = SlidesView(course.state)
    show(qtbot, again, course, "m2-slides", language="lv")
    assert again.index == 4 and again.counter.text() == "Slide 5 of 8"
    assert again.browser.toPlainText().strip()
    assert course.state.progress.item_state(COURSE, "m2-slides").position["seen"] == [0, 4]


def test_the_slide_says_which_it_is(qtbot, course: Course) -> None:  # noqa: F811
    """A screen reader on the slide hears which slide it is, also after Page Down."""
    from biblio_desktop.ui.base.accessibility import announcements

    view = SlidesView(course.state)
    show(qtbot, view, course, "m2-slides")
    assert view.browser.accessibleDescription() == "Slide 1 of 8"
    announcements.clear()
    view.browser.setFocus()
    qtbot.keyClick(view.browser, KEYS.Key_PageDown)
    assert view.browser.accessibleDescription() == "Slide 2 of 8"
    assert list(announcements) == ["Slide 2 of 8"]
