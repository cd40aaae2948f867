"""The largest text size (24 pt, about 200 %) at 1280×800 (WCAG 1.4.4): no name in the
picker, the course outline or the progress page is elided or cut, checked with the
widgets' geometry and QFontMetrics (docs/screenshots/large-text-*-en.png shows it)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QToolButton, QTreeWidget, QTreeWidgetItemIterator

from biblio_desktop.ui.base.theme import set_look
from biblio_desktop.ui.shell.main_window import MainWindow

from .conftest import SAMPLE_ID


@pytest.fixture
def window(qtbot, app_state):
    app_state.workspace.learners.add("Γιώργος Παπαδόπουλος")
    app_state.workspace.learners.add("Jānis Bērziņš", "2468")
    app_state.set_setting("font_size", 24)
    set_look(QApplication.instance(), "en", "light", 24)
    win = MainWindow(app_state)
    win.save_geometry = False
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    yield win
    set_look(QApplication.instance(), "en", "light", 11)


def test_picker_names_are_whole(window) -> None:
    window.switch_learner()
    picker = window.screens["picker"]
    QApplication.processEvents()
    for tile in picker.tiles:
        metrics = tile.fontMetrics()
        for line in tile.text().split("\n"):
            assert metrics.horizontalAdvance(line) <= tile.width() - 16, tile.text()
        assert tile.text().replace("\n", " ") in (tile.accessibleName(), "Add learner") \
            or tile.accessibleName().startswith(tile.text().replace("\n", " "))
        assert tile.geometry().right() <= picker.width()  # no sideways scrolling


def _whole_rows(tree: QTreeWidget) -> None:
    """Every row is tall enough for its wrapped title at the column's width."""
    it = QTreeWidgetItemIterator(tree)
    while it.value():
        item = it.value()
        rect = tree.visualItemRect(item)
        if rect.height():  # laid out (scrolled-away rows too: the view knows them)
            text = item.text(0)
            depth, parent = 1, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            icon = tree.iconSize().width() + 8 if not item.icon(0).isNull() else 0
            width = tree.header().sectionSize(0) - depth * tree.indentation() - icon - 12
            needed = QFontMetrics(item.font(0)).boundingRect(
                QRect(0, 0, max(width, 40), 10_000), Qt.TextFlag.TextWordWrap, text)
            assert rect.height() >= needed.height(), (text, rect.height(), needed.height())
            assert tree.textElideMode() == Qt.TextElideMode.ElideNone
        it += 1


def test_outline_and_progress_titles_wrap_not_elide(qtbot, window) -> None:
    window.open_course(SAMPLE_ID, "m1-welcome")
    QApplication.processEvents()
    outline = window.screens["course"].outline
    _whole_rows(outline)
    item = outline.topLevelItem(2).child(1)  # "Planning a community service, step by step"
    assert outline.visualItemRect(item).height() > outline.fontMetrics().height() * 1.5
    window.show_progress(SAMPLE_ID)
    QApplication.processEvents()
    tree = window.screens["progress"].findChild(QTreeWidget)
    _whole_rows(tree)
    assert tree.header().sectionSize(0) > 300


def test_toolbar_overflow_is_named_and_reachable(window) -> None:
    window.show_library()
    more = window.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert more is not None and more.accessibleName() == "More actions"
    if more.isVisible():
        assert more.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.parametrize("size", [11, 24])
def test_a_sign_in_error_is_never_cut_off(qtbot, size) -> None:
    from biblio_desktop.ui.learner.learner_dialogs import SecretPromptDialog

    set_look(QApplication.instance(), "en", "light", size)
    try:
        dialog = SecretPromptDialog("Sign in", "PIN for Jānis Bērziņš", lambda _s: None,
                                    digits_only=True)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.say("That PIN is not right. 2 more tries before a short wait.")
        QApplication.processEvents()
        label = dialog.message
        assert label.height() >= label.heightForWidth(label.width())
        assert label.geometry().bottom() < dialog.buttons.geometry().top()
    finally:
        set_look(QApplication.instance(), "en", "light", 11)


def _whole(label) -> None:
    """A wrapped label is as tall as its text needs at its width (nothing cut off)."""
    assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_questions_on_slides_and_in_a_video_are_whole(qtbot, window) -> None:
    window.open_course(SAMPLE_ID, "m2-slides")
    slides = window.screens["course"].views["slides"]
    window.state.writer.flush()
    qtbot.waitUntil(lambda: slides.questions.attempt is not None)
    slides.go(3)
    QApplication.processEvents()
    card = slides.questions.cards[0]
    assert card.prompt.font().pointSizeF() >= 24 or card.prompt.fontInfo().pointSizeF() >= 23
    _whole(card.prompt)
    button = card.check_button
    assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    assert card.geometry().right() <= slides.questions.width()  # no sideways scrolling
    window.open_course(SAMPLE_ID, "m3-video")
    video = window.screens["course"].views["video"]
    window.state.writer.flush()
    qtbot.waitUntil(lambda: video.questions.ready)
    video.questions.ask(video.questions.embedded.quiz.questions)
    QApplication.processEvents()
    _whole(video.questions.panel.cards[0].prompt)
    row = video.questions.list.visualItemRect(video.questions.list.item(0))
    assert row.height() >= video.questions.list.fontMetrics().height()
    video.questions.close_questions()


def test_pdf_item_controls_are_whole_at_24_pt(qtbot, window) -> None:
    """Every control of the PDF view shows its whole text and lies inside the view."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    window.open_course(SAMPLE_ID, "m4-checklist")
    view = window.screens["course"].views["pdf"]
    qtbot.waitUntil(lambda: view.loaded is not None, timeout=10_000)
    view.open_find()
    QApplication.processEvents()
    visible = [w for w in [*view.findChildren(QAbstractButton), *view.findChildren(QLabel)]
               if w.isVisible() and w.text() and w is not view.message]
    assert len(visible) >= 6
    for widget in visible:
        needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
        assert widget.width() >= needed, (widget.text(), widget.width(), needed)
        corner = widget.mapTo(view, widget.rect().bottomRight())
        assert corner.x() <= view.width() and corner.y() <= view.height(), widget.text()
