"""Material from elsewhere through the app: converted in the worker, the report read
before anything is installed, Install or Cancel, then the course opened like any other."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from biblio_desktop.packages import manifest as manifest_module
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


@pytest.mark.skipif("pdf" not in manifest_module.ITEM_KINDS, reason="no pdf items yet")
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
    from biblio_desktop.ui.course import course_view

    if "pdf" not in course_view.VIEWS:
        pytest.skip("the PDF item view is not in this build yet")
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
