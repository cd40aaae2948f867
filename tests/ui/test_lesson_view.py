"""The lesson view: confined resources (no file or network access outside the course),
links, zoom, find, scroll progress and resume."""

from __future__ import annotations

import os
import select
import shutil
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtNetwork import QNetworkAccessManager
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.packages.manifest import Item, Manifest
from biblio_desktop.ui.base import accessibility
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.course import lesson_style, lesson_view
from biblio_desktop.ui.course.lesson_view import ConfinedBrowser, LessonView
from biblio_desktop.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "course_packages" / "digital-skills-orientation"
COURSE = "eu.biblio-project.digital-skills-orientation"

@dataclass
class Course:
    state: AppState
    ws: Workspace
    manifest: Manifest
    folder: Path

    def item(self, item_id: str) -> Item:
        return next(i for i in self.manifest.items if i.id == item_id)

    def flush(self) -> None:
        self.state.writer.flush()


@pytest.fixture
def course(tmp_path: Path) -> Iterator[Course]:
    build_package(SAMPLE, tmp_path / "s.biblio")
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(tmp_path / "s.biblio")
    state = AppState(ws)
    state.sign_in_learner(ws.learners.add("Anna").id, None)
    manifest = ws.manifest(COURSE)
    yield Course(state, ws, manifest, ws.course_folder(COURSE, manifest.version))
    state.writer.flush()
    state.shutdown()
    ws.close()


def show(qtbot, view, course: Course, item_id: str, language: str = "en",
         folder: Path | None = None) -> None:
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    qtbot.waitExposed(view)
    view.load(COURSE, course.item(item_id), language, folder or course.folder)
    qtbot.wait(50)


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    """A TCP server on 127.0.0.1 that must never be contacted."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.setblocking(False)
    yield server
    server.close()


def connections(server: socket.socket) -> int:
    readable, _, _ = select.select([server], [], [], 0.2)
    return len(readable)


def test_hostile_lesson_loads_nothing_outside_the_course(qtbot, course: Course, tmp_path: Path,
                                                         listener: socket.socket,
                                                         monkeypatch) -> None:
    port = listener.getsockname()[1]
    folder = tmp_path / "copy"
    shutil.copytree(course.folder, folder)
    secret = tmp_path / "secret.png"
    shutil.copy(folder / "media/img/community.png", secret)  # a real image, outside
    os.symlink(secret, folder / "media/img/escape.png")
    lesson = folder / course.item("m1-welcome").path["en"]
    os.chmod(lesson, 0o644)
    lesson.write_text(
        "# Hostile\n\n"
        '<img src="file:///etc/hostname">\n\n'
        "![x](../../../../etc/hostname)\n\n"
        f"![y](http://127.0.0.1:{port}/x.png)\n\n"
        f'<img src="https://127.0.0.1:{port}/z.png">\n\n'
        "![s](../../media/img/escape.png)\n\n"
        "![fine](../../media/img/community.png)\n", encoding="utf-8")
    calls: list[tuple[str, object]] = []
    original = ConfinedBrowser.loadResource

    def recording(self, kind, url):
        result = original(self, kind, url)
        calls.append((url.toString(), result))
        return result

    monkeypatch.setattr(ConfinedBrowser, "loadResource", recording)
    view = LessonView(course.state)
    show(qtbot, view, course, "m1-welcome", folder=folder)
    # and even raw, unsanitised HTML handed to the browser loads nothing from outside
    browser = view.browser
    browser.setHtml(f'<img src="file:///etc/hostname"><img src="/etc/hostname">'
                    f'<img src="http://127.0.0.1:{port}/raw.png"><img src="pkg:../../x">'
                    f'<img src="pkg:media/img/escape.png"><img src="pkg:/etc/hostname">')
    qtbot.wait(300)
    loaded = [url for url, result in calls if result is not None]
    assert loaded == ["pkg:media/img/community.png"]
    assert {url for url, result in calls if result is None} >= {
        "file:///etc/hostname", f"http://127.0.0.1:{port}/raw.png", "pkg:media/img/escape.png"}
    for url in ("pkg:../../../../etc/hostname", "file:///etc/hostname", "pkg:/etc/hostname",
                f"http://127.0.0.1:{port}/x.png", "pkg:media/img/escape.png", "pkg:media/img"):
        assert browser.package_file(QUrl(url)) is None
        assert original(browser, 2, QUrl(url)) is None
    assert browser.package_file(QUrl("pkg:media/img/community.png")) == (
        folder / "media/img/community.png").resolve()
    assert connections(listener) == 0
    app = QApplication.instance()
    assert not app.findChildren(QNetworkAccessManager)
    assert not view.findChildren(QNetworkAccessManager)
    assert "QtNetwork" not in Path(lesson_view.__file__).read_text("utf-8")


def test_item_link_asks_the_course_view(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    assert 'href="item:m2-slides"' in view._html
    with qtbot.waitSignal(view.open_item_requested) as blocker:
        view.browser.anchorClicked.emit(QUrl("item:m2-slides"))
    assert blocker.args == ["m2-slides"]


@pytest.mark.parametrize("accept", [True, False])
def test_web_link_asks_before_opening(qtbot, course: Course, monkeypatch, accept: bool) -> None:
    asked: list[str] = []
    opened: list[str] = []
    view = LessonView(course.state)
    show(qtbot, view, course, "m1-welcome")
    monkeypatch.setattr(view, "confirm_external", lambda url: asked.append(url.toString())
                        or accept)
    monkeypatch.setattr(lesson_view.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toString()) or True)
    view.browser.anchorClicked.emit(QUrl("https://example.org/biblio"))
    assert asked == ["https://example.org/biblio"]
    assert opened == (["https://example.org/biblio"] if accept else [])


def test_zoom_persists_and_enlarges_text(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m1-welcome")
    before = view.browser.document().defaultFont().pointSizeF()
    qtbot.keyClick(view.browser, "=", lesson_view.Qt.KeyboardModifier.ControlModifier)
    view.zoom_by(1)
    assert course.ws.settings.get("lesson_zoom") == 2
    assert view.browser.document().defaultFont().pointSizeF() > before
    assert view.zoom_label.text() == "120 %"
    again = LessonView(course.state)
    show(qtbot, again, course, "m1-mooc")
    assert again.browser.document().defaultFont().pointSizeF() == pytest.approx(
        view.browser.document().defaultFont().pointSizeF())
    qtbot.keyClick(again.browser, "0", lesson_view.Qt.KeyboardModifier.ControlModifier)
    assert course.ws.settings.get("lesson_zoom") == 0


def test_find_bar(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    qtbot.keyClick(view.browser, "f", lesson_view.Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible() and view.find_bar.field.hasFocus()
    qtbot.keyClicks(view.find_bar.field, "DIGY")
    qtbot.keyClick(view.find_bar.field, lesson_view.Qt.Key.Key_Return)
    first = view.browser.textCursor().selectionStart()
    assert view.browser.textCursor().selectedText() == "DIGY"
    qtbot.keyClick(view.find_bar.field, lesson_view.Qt.Key.Key_Return)
    second = view.browser.textCursor().selectionStart()
    assert second > first
    qtbot.keyClick(view.find_bar.field, lesson_view.Qt.Key.Key_Return,
                   lesson_view.Qt.KeyboardModifier.ShiftModifier)
    assert view.browser.textCursor().selectionStart() == first
    assert view.find_bar.status.text() == ""
    view.find_bar.field.setText("zzzz-not-in-lesson")
    qtbot.keyClick(view.find_bar.field, lesson_view.Qt.Key.Key_Return)
    assert view.find_bar.status.text() == "Not found"
    qtbot.keyClick(view.find_bar.field, lesson_view.Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()


def test_scrolling_to_the_end_completes_and_resumes(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    bar = view.browser.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    view.save_now()
    course.flush()
    state = course.state.progress.item_state(COURSE, "m2-two-profiles")
    assert not state.done and state.position["scroll"] == pytest.approx(0.5, abs=0.01)
    again = LessonView(course.state)
    show(qtbot, again, course, "m2-two-profiles")
    qtbot.waitUntil(lambda: again.browser.verticalScrollBar().value() > 0)
    assert again.scroll_fraction() == pytest.approx(0.5, abs=0.02)
    with qtbot.waitSignal(again.completed, timeout=5000) as blocker:
        again.browser.verticalScrollBar().setValue(again.browser.verticalScrollBar().maximum())
    assert blocker.args == ["m2-two-profiles"]
    assert course.state.progress.item_state(COURSE, "m2-two-profiles").done
    assert not again.done_button.isEnabled()


def test_mark_as_done(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m4-reuse", language="lv")
    assert view.done_button.isEnabled()
    with qtbot.waitSignal(view.completed, timeout=5000):
        qtbot.mouseClick(view.done_button, lesson_view.Qt.MouseButton.LeftButton)
    assert course.state.progress.item_state(COURSE, "m4-reuse").done
    assert view.done_button.text() == "Done"


def test_short_lesson_counts_as_read_when_shown(qtbot, course: Course, tmp_path: Path) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(course.folder, folder)
    lesson = folder / course.item("m1-mooc").path["en"]
    os.chmod(lesson, 0o644)
    lesson.write_text("# Short\n\nOne line.\n", encoding="utf-8")
    view = LessonView(course.state)
    with qtbot.waitSignal(view.completed, timeout=5000):
        show(qtbot, view, course, "m1-mooc", folder=folder)
    assert course.state.progress.item_state(COURSE, "m1-mooc").done


def test_image_descriptions_and_table_sizes_are_lesson_text(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    text = view.browser.toPlainText()
    # the alt text is a caption in the text a screen reader reads, right after the image
    assert "\ufffc\nDiagram of the two BIBLIO job profiles, CECO and DIGY" in text
    assert "Table — rows: 6, columns: 3\n" in text  # said before the table's cells
    assert "rows: 1, columns: 1" not in text  # no summary for the boxes around notes


def test_heading_keys_move_the_cursor_and_announce(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    view.browser.setFocus()
    ctrl = lesson_view.Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Down, ctrl)  # from the top: the title
    assert accessibility.announcements[-1] == (
        "Heading level 1: CECO and DIGY, the two new job profiles")
    qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Down, ctrl)
    heading = "CECO – Community Engagement and Communication Officer"
    assert view.browser.textCursor().selectedText() == heading
    assert accessibility.announcements[-1] == f"Heading level 2: {heading}"
    for _ in range(3):
        qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Down, ctrl)
    assert view.browser.textCursor().selectedText() == "Which profile is closer to you?"
    assert view.browser.verticalScrollBar().value() > 0
    qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Down, ctrl)
    assert accessibility.announcements[-1] == "No next heading"
    assert view.browser.textCursor().selectedText() == "Which profile is closer to you?"
    for _ in range(4):
        qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Up, ctrl)
    assert accessibility.announcements[-1] == (
        "Heading level 1: CECO and DIGY, the two new job profiles")
    qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Up, ctrl)
    assert accessibility.announcements[-1] == "No previous heading"
    # jumping through the headings is not reading: the lesson is not completed
    view.go_to_heading(1)
    view.browser.verticalScrollBar().setValue(0)  # and back to the top by scrolling
    for _ in range(4):
        view.go_to_heading(1)
    qtbot.wait(lesson_view.REPORT_DELAY_MS + 300)
    view.save_now()
    course.flush()
    assert not course.state.progress.item_state(COURSE, "m2-two-profiles").done


def test_tabbing_into_a_lesson_and_its_links_never_completes_it(qtbot, course: Course) -> None:
    host = QWidget()
    layout = QVBoxLayout(host)
    before = QPushButton("Outline")
    layout.addWidget(before)
    view = LessonView(course.state)
    layout.addWidget(view)
    qtbot.addWidget(host)
    host.resize(1000, 700)
    host.show()
    qtbot.waitExposed(host)
    view.load(COURSE, course.item("m2-two-profiles"), "en", course.folder)
    qtbot.wait(50)
    view.browser.setFocus()
    bar = view.browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Tab)  # to the first link, at the end
    assert view.browser.hasFocus()
    assert view.browser.textCursor().selectedText() == "short slide tour"
    assert accessibility.announcements[-1] == "Link: short slide tour"
    assert bar.value() > bar.maximum() // 2
    qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Tab)
    assert accessibility.announcements[-1] == "Link: module quiz"
    qtbot.keyClick(view.browser, lesson_view.Qt.Key.Key_Backtab)
    assert accessibility.announcements[-1] == "Link: short slide tour"
    qtbot.wait(lesson_view.REPORT_DELAY_MS + 300)
    view.save_now()
    course.flush()
    assert not course.state.progress.item_state(COURSE, "m2-two-profiles").done
    assert view.done_button.isEnabled()


def test_table_summaries_count_rows_and_spanned_columns() -> None:
    html = ('<table><tr><th colspan="2">a</th><th>b</th></tr><tr><td>1</td><td>'
            "<table><tr><td>in</td></tr></table></td></tr></table><p>x</p>")
    out = lesson_style.table_summaries(html, lambda rows, columns: f"{rows}x{columns}")
    assert out == ('<p class="table-summary">2x3</p><table><tr><th colspan="2">a</th>'
                   '<th>b</th></tr><tr><td>1</td><td><p class="table-summary">1x1</p>'
                   "<table><tr><td>in</td></tr></table></td></tr></table><p>x</p>")


def test_contents_menu_lists_the_headings_and_goes_to_one(qtbot, course: Course) -> None:
    view = LessonView(course.state)
    show(qtbot, view, course, "m2-two-profiles")
    assert view.contents_button.accessibleName() == "Contents of this lesson"
    view.contents_button.setFocus()

    def choose() -> None:  # the menu is open: down to the fourth heading, Enter
        menu = QApplication.activePopupWidget()
        assert menu is view.contents_menu
        for _ in range(4):
            qtbot.keyClick(menu, lesson_view.Qt.Key.Key_Down)
        qtbot.keyClick(menu, lesson_view.Qt.Key.Key_Return)

    lesson_view.QTimer.singleShot(200, choose)
    qtbot.keyClick(view.contents_button, lesson_view.Qt.Key.Key_Space)
    qtbot.wait(100)
    assert [a.text().strip() for a in view.contents_menu.actions()] == [
        "CECO and DIGY, the two new job profiles",
        "CECO – Community Engagement and Communication Officer",
        "DIGY – Digital Transformation Facilitator", "Side by side",
        "Which profile is closer to you?"]
    assert view.contents_menu.actions()[1].text().startswith("    CECO")  # level 2, indented
    assert view.browser.textCursor().selectedText() == "Side by side"
    assert accessibility.announcements[-1] == "Heading level 2: Side by side"
    qtbot.waitUntil(view.browser.hasFocus)
    qtbot.wait(lesson_view.REPORT_DELAY_MS + 300)
    view.save_now()
    course.flush()
    assert not course.state.progress.item_state(COURSE, "m2-two-profiles").done
