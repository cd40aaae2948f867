"""Material from elsewhere through the app: converted in the worker, the report read
before anything is installed, Install or Cancel, then the course opened like any other."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from biblio_desktop.ui.course.course_view import CourseView
from biblio_desktop.ui.courses.conversion_report import ConversionReportDialog
from biblio_desktop.ui.learner.library_screen import LibraryScreen
from tests.conversion.test_convert_cli import small_book
from tests.conversion.test_pdf import make_pdf

BOOK_ID = "local.converted.test-book"


def _messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda *a, **k: shown.append(str(a[2])) or QMessageBox.StandardButton.Ok)
    monkeypatch.setattr("biblio_desktop.ui.courses.package_import.show_error",
                        lambda parent, exc, title=None: shown.append(f"ERROR {exc}"))
    return shown


def _report(qtbot, screen: LibraryScreen, paths: list[Path]) -> ConversionReportDialog:
    with qtbot.waitSignal(screen.importer.report_shown, timeout=30_000) as blocker:
        screen.import_packages(paths)
    dialog = blocker.args[0]
    assert isinstance(dialog, ConversionReportDialog) and dialog.isVisible()
    return dialog


def _staging(app_state) -> list[Path]:
    staging = app_state.workspace.layout.staging
    return list(staging.iterdir()) if staging.exists() else []


def test_epub_converted_reported_installed_and_opened(qtbot, app_state, nav, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _messages(monkeypatch)
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    screen.show()
    screen.on_shown()
    dialog = _report(qtbot, screen, [small_book(tmp_path)])
    # nothing is installed while the report is open
    assert BOOK_ID not in {c.course_id for c in app_state.workspace.list_courses()}
    tree = dialog.contents
    module = tree.topLevelItem(0)
    assert (module.text(0), module.text(1)) == ("Test book", "Module")
    rows = [(module.child(i).text(0), module.child(i).text(1))
            for i in range(module.childCount())]
    assert rows == [("One", "Lesson"), ("Check", "Quiz"), ("Two", "Lesson")]
    questions = module.child(1)
    assert sorted(questions.child(i).text(0) for i in range(questions.childCount())) == [
        "1 × multiple choice", "1 × single choice", "1 × text answer"]
    left = dialog.left_out.toPlainText()
    assert "question 'Unknown' — the quiz widget's question type 'drag-me' has no" in left
    assert "Notes:" in left
    assert "Questions: 3" in dialog.summary.text() and "Left out: 2" in dialog.summary.text()
    assert tree.accessibleName() == "Course contents"
    assert dialog.left_out.accessibleName() == "Left out"
    assert dialog.install_button.isDefault()
    # keyboard: Tab goes from the contents to the left-out list to the buttons
    dialog.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus, timeout=2000)
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert dialog.left_out.hasFocus()
    qtbot.keyClick(dialog.left_out, Qt.Key.Key_Tab)
    assert dialog.install_button.hasFocus()
    with qtbot.waitSignal(app_state.courses_changed, timeout=30_000):
        qtbot.keyClick(dialog.install_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any("Installed" in m for m in shown), timeout=10_000)
    assert BOOK_ID in {c.course_id for c in app_state.workspace.list_courses()}
    assert _staging(app_state) == []
    assert any(card.course_id == BOOK_ID for card in screen.cards)

    view = CourseView(app_state, nav)
    qtbot.addWidget(view)
    view.show()
    view.open(BOOK_ID)
    assert view.item is not None and view.item.title["lv"] == "One"
    lesson = view.views["lesson"]
    assert "Hello" in lesson.browser.toPlainText()
    quiz_item = view.manifest.items[1]
    view.show_item(quiz_item.id)
    assert len(view.views["quiz"].quiz.questions) == 3


def test_cancel_in_the_report_installs_nothing(qtbot, app_state, nav, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _messages(monkeypatch)
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    dialog = _report(qtbot, screen, [small_book(tmp_path)])
    assert len(_staging(app_state)) == 1  # the converted package waits here
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Nothing was installed."]
    assert _staging(app_state) == []
    assert BOOK_ID not in {c.course_id for c in app_state.workspace.list_courses()}


def test_cancel_mid_conversion_leaves_no_files_and_no_rows(
        qtbot, app_state, nav, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _messages(monkeypatch)
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    ws = app_state.workspace
    original = ws.convert_course

    def cancelled_at_once(paths, *, progress, cancel, **kw):
        def cancelling(done: int, total: int) -> None:
            progress(done, total)
            cancel.cancel()  # the user pressed Cancel in the progress dialog

        return original(paths, progress=cancelling, cancel=cancel, **kw)

    monkeypatch.setattr(ws, "convert_course", cancelled_at_once)
    courses_before = ws.list_courses()
    screen.import_packages([small_book(tmp_path)])
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown == ["The import was cancelled; nothing was installed."]
    assert _staging(app_state) == [] and ws.list_courses() == courses_before
    assert screen.importer.report_dialog is None


def test_refused_material_shows_why(qtbot, app_state, nav, tmp_path: Path,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    shown = _messages(monkeypatch)
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    scorm = tmp_path / "golf.zip"
    with zipfile.ZipFile(scorm, "w") as zf:
        zf.writestr("imsmanifest.xml", b"<manifest><metadata><schema>ADL SCORM</schema>"
                    b"<schemaversion>2004 4th Edition</schemaversion></metadata></manifest>")
    screen.import_packages([scorm])
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith("ERROR golf.zip is a SCORM 2004 4th Edition package.")
    assert _staging(app_state) == []


def test_pdf_converted_installed_and_opened(qtbot, app_state, nav, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _messages(monkeypatch)
    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    pdf = tmp_path / "Library rules.pdf"
    pdf.write_bytes(make_pdf(b"/Title (Library rules)"))
    dialog = _report(qtbot, screen, [pdf])
    assert dialog.contents.topLevelItem(0).child(0).text(1) == "PDF document"
    with qtbot.waitSignal(app_state.courses_changed, timeout=30_000):
        dialog.install_button.click()
    qtbot.waitUntil(lambda: any("Installed" in m for m in shown), timeout=10_000)
    course_id = "local.converted.library-rules"
    assert course_id in {c.course_id for c in app_state.workspace.list_courses()}
    view = CourseView(app_state, nav)
    qtbot.addWidget(view)
    view.open(course_id)
    assert view.item is not None and view.item.kind == "pdf"


def test_any_local_file_can_be_dropped(qtbot, app_state, nav, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent

    screen = LibraryScreen(app_state, nav)
    qtbot.addWidget(screen)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(tmp_path / "book.epub")),
                  QUrl.fromLocalFile(str(tmp_path / "guide.pdf"))])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    screen.dragEnterEvent(event)
    assert event.isAccepted()
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.org/course.h5p")])
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, remote,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    event.ignore()
    screen.dragEnterEvent(event)
    assert not event.isAccepted()  # never fetched from the internet


def _long_report() -> dict[str, object]:
    """A report as a real backup gives it: long titles and origins, left-out reasons that
    are whole sentences, notes."""
    reason = ("a forum is a discussion between people on the Moodle site; there is no one to "
              "discuss with in an offline course, so it is not converted, and its posts are "
              "learners' data, which is never converted either")
    items = [{"kind": kind, "title": f"Week {n}: {title}", "questions": qs,
              "origin": f"backup-moodle2-course-42-introduction-to-digital-skills.mbz: "
                        f"section 'Week {n}', activity '{title}'"}
             for n, (kind, title, qs) in enumerate([
                 ("lesson", "Reading about search engines and how they rank pages", []),
                 ("quiz", "Check your understanding of search", ["single", "fill_blanks"]),
                 ("pdf", "Handout: a checklist for safe passwords", []),
                 ("video", "Lecture: cloud storage explained", ["true_false"])], 1)]
    return {"course": {"id": "local.converted.x", "title": "Introduction to digital skills "
                       "for library users (spring course, converted from Moodle)",
                       "language": "en"},
            "inputs": [{"path": "/tmp/backup-moodle2-course-42-introduction-to-digital-skills"
                        ".mbz", "format": "moodle-backup",
                        "detected": "Moodle backup (Moodle 4.1): Introduction to digital skills"}],
            "modules": [{"title": "Week 1 to 4", "origin": "section 'Weeks'", "items": items}],
            "left_out": [{"what": f"forum 'Questions and answers, week {n}'",
                          "where": f"section 'Week {n}'", "reason": reason}
                         for n in range(1, 7)],
            "notes": ["The course's sections became its modules; labels became optional "
                      "lessons, so they do not count towards completion."],
            "package": None}


def test_report_whole_at_24_pt_in_1280_by_800_with_reasons_wrapped_in_full(qtbot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    from biblio_desktop.ui.base.theme import set_look
    from tests.ui.layout_check import cut_off

    app = QApplication.instance()
    set_look(app, "en", "light", 24)
    try:
        parent = QWidget()
        qtbot.addWidget(parent)
        parent.resize(1280, 800)
        report = _long_report()
        dialog = ConversionReportDialog(report, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for _ in range(5):
            QApplication.processEvents()
        assert dialog.width() <= 1280 and dialog.height() <= 800, dialog.size()
        assert not (problems := cut_off(dialog)), "\n".join(problems)
        # titles and origins wrap inside their rows: each cell's text fits its rectangle
        tree = dialog.contents
        assert tree.horizontalScrollBar().maximum() == 0
        metrics = QFontMetrics(tree.font())
        pending = [tree.invisibleRootItem().child(i)
                   for i in range(tree.topLevelItemCount())]
        checked = 0
        while pending:
            node = pending.pop()
            pending.extend(node.child(i) for i in range(node.childCount()))
            for column in range(3):
                rect = tree.visualItemRect(node)
                width = tree.header().sectionSize(column) - 12 - (
                    tree.indentation() * 3 if column == 0 else 0)
                need = metrics.boundingRect(QRect(0, 0, width, 100_000),
                                            Qt.TextFlag.TextWordWrap, node.text(column))
                assert need.height() <= rect.height(), (node.text(column), rect, need)
                checked += 1
        assert checked == 3 * (1 + 4 + 3)  # the module, 4 items, 3 kinds of question
        # every reason is there in full, wrapped: no sideways scrolling
        text = dialog.left_out.toPlainText()
        for part in report["left_out"]:  # type: ignore[union-attr]
            assert f"{part['what']} — {part['reason']} ({part['where']})" in text
        assert dialog.left_out.horizontalScrollBar().maximum() == 0
        assert dialog.left_out.lineWrapMode() == dialog.left_out.LineWrapMode.WidgetWidth
        # the buttons are inside the window, the report can be scrolled to its end
        for button in (dialog.install_button, dialog.cancel_button):
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner)
        bar = dialog.left_out.verticalScrollBar()
        bar.setValue(bar.maximum())
        assert bar.value() == bar.maximum()
    finally:
        set_look(app, "en", "light", 11)
