"""A lesson's structure as a screen reader gets it through QAccessible (issue 14, 1.3.1):
headings with their level, links that open through the usual confirmation, lists with
items, tables with cells by row and column, rectangles that follow scrolling, children
rebuilt on re-render, and no crash when the browser goes away."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QTextCursor

from biblio_desktop.ui.base import accessibility
from biblio_desktop.ui.course.lesson_accessible import interface_of
from biblio_desktop.ui.course.lesson_view import ConfinedBrowser, LessonView
from biblio_desktop.ui.course.slides_view import SlidesView
from tests.ui.test_lesson_view import COURSE, Course, course, show  # noqa: F401  (fixture)

Role = QAccessible.Role
Name = QAccessible.Text.Name


def walk(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    found = [iface]
    for index in range(iface.childCount()):
        found += walk(iface.child(index))
    return found


def by_role(root: QAccessibleInterface, role: QAccessible.Role) -> list[QAccessibleInterface]:
    return [node for node in walk(root) if node.role() == role]


def test_lesson_blocks_are_children_with_roles(qtbot, course: Course) -> None:  # noqa: F811
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    root = interface_of(view.browser)
    assert root is not None and root.role() == Role.Document
    assert root.text(Name) == "Lesson text"
    # the text interface is kept: a screen reader still reads the lesson as text
    text = root.textInterface()
    assert text.text(0, 40) == "CECO and DIGY, the two new job profiles\n"
    assert text.characterCount() == len(view.browser.toPlainText())
    headings = [(h.text(Name), h.attributesInterface().attributeValue(
        QAccessible.Attribute.Level)) for h in by_role(root, Role.Heading)]
    assert headings == [("CECO and DIGY, the two new job profiles", 1),
                        ("CECO – Community Engagement and Communication Officer", 2),
                        ("DIGY – Digital Transformation Facilitator", 2),
                        ("Side by side", 2), ("Which profile is closer to you?", 2)]
    [items] = [lst for lst in by_role(root, Role.List) if lst.childCount() == 5]
    assert items.child(0).role() == Role.ListItem
    assert items.child(0).text(Name).startswith("I enjoy explaining things to the public")
    [table] = by_role(root, Role.Table)
    cells = [table.child(i) for i in range(table.childCount())]
    assert len(cells) == 6 * 3
    cell = cells[3 * 2 + 1].tableCellInterface()  # row 3, column 2
    assert (cell.rowIndex(), cell.columnIndex()) == (2, 1)
    assert cells[3 * 2 + 1].text(Name) == "running a digital help desk or event series"
    assert [h.text(Name) for h in cell.columnHeaderCells()] == ["CECO"]
    assert cells[3 * 2 + 1].text(QAccessible.Text.Description) == "row 3, column 2"
    links = {link.text(Name): link.text(QAccessible.Text.Value)
             for link in by_role(root, Role.Link)}
    assert links["short slide tour"] == "item:m2-slides"
    assert links["module quiz"] == "item:m2-quiz"


def test_link_press_action_opens_it_as_a_click(qtbot, course: Course, monkeypatch) -> None:  # noqa: F811
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    root = interface_of(view.browser)
    assert root is not None
    [tour] = [link for link in by_role(root, Role.Link) if link.text(Name) == "short slide tour"]
    action = tour.actionInterface()
    assert action.actionNames() == ["Press"]
    with qtbot.waitSignal(view.open_item_requested) as blocker:
        action.doAction(action.actionNames()[0])
    assert blocker.args == ["m2-slides"]
    # a web link goes through the same question as a click
    asked: list[str] = []
    monkeypatch.setattr(view, "confirm_external", lambda url: asked.append(url.toString()))
    view.browser.setHtml('<p><a href="https://example.org/x">the web</a></p>')
    [web] = by_role(root, Role.Link)
    web.actionInterface().doAction("Press")
    assert asked == ["https://example.org/x"]


def test_rectangles_follow_scrolling_and_children_follow_rerender(qtbot, course: Course) -> None:  # noqa: F811
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    root = interface_of(view.browser)
    assert root is not None
    last = by_role(root, Role.Heading)[-1]
    before = last.rect()
    assert before.height() > 0
    assert last.state().offscreen  # "Which profile is closer to you?" is further down
    view.go_to_heading(1)
    for _ in range(4):
        view.go_to_heading(1)
    moved = view.browser.verticalScrollBar().value()
    assert moved > 0
    assert last.rect().top() == before.top() - moved
    assert not last.state().offscreen
    old_id = QAccessible.uniqueId(last)
    view.load(COURSE, course.item("m1-welcome"), "en", course.folder)
    qtbot.wait(20)
    assert not last.isValid()
    assert QAccessible.accessibleInterface(old_id) is None  # gone from Qt's cache
    assert by_role(root, Role.Heading)[0].text(Name) != "CECO and DIGY, the two new job profiles"


def test_slides_are_structured_too(qtbot, course: Course) -> None:  # noqa: F811
    view = SlidesView(course.state)
    show(qtbot, view, course, "m2-slides")
    root = interface_of(view.browser)
    assert root is not None and root.text(Name) == "Slide"
    assert by_role(root, Role.Heading)


def test_destroyed_browser_leaves_nothing_behind(qtbot) -> None:
    browser = ConfinedBrowser()
    browser.setHtml("<h1>One</h1><p><a href='item:x'>link</a></p>")
    root = interface_of(browser)
    assert root is not None
    kids = [QAccessible.uniqueId(node) for node in walk(root)[1:]]
    assert len(kids) == 3
    browser.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    assert all(QAccessible.accessibleInterface(i) is None for i in kids)


def test_slides_have_the_heading_and_link_keys(qtbot, course: Course) -> None:  # noqa: F811
    view = SlidesView(course.state)
    show(qtbot, view, course, "m2-slides")
    view.go(1)
    view.browser.setFocus()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view.browser, Qt.Key.Key_Down, ctrl)
    assert view.browser.textCursor().selectedText() == "Why new profiles?"
    assert accessibility.announcements[-1] == "Heading level 1: Why new profiles?"
    assert view.index == 1  # the key moved to the heading, not to another slide
    qtbot.keyClick(view.browser, Qt.Key.Key_Down, ctrl)
    assert accessibility.announcements[-1] == "No next heading"
    view.browser.setHtml('<p>See <a href="item:m2-quiz">the quiz</a>.</p>')
    view.browser.moveCursor(QTextCursor.MoveOperation.Start)
    view.browser.link_focused.emit("the quiz")
    assert accessibility.announcements[-1] == "Link: the quiz"
