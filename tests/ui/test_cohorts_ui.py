"""Cohorts in the app: the report PDF's text equals the CSV and the dashboard for the same
cohort; making a cohort and opening a week early from the keyboard; "This week" and
locked items for the learner."""

from __future__ import annotations

import csv
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from biblio_desktop import clock as app_clock
from biblio_desktop.authoring.builder import build_package
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.facilitator.cohort_edit import CohortEditDialog
from biblio_desktop.ui.facilitator.cohorts_dialog import CohortsDialog
from biblio_desktop.workspace import Workspace
from tests.ui.test_progress_screen import COURSE, SAMPLE, FakeNav, complete_course


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


@pytest.fixture
def env(qtbot, tmp_path: Path, package: Path):
    with app_clock.use(app_clock.FakeClock(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))) as fake:
        ws = Workspace.open(tmp_path / "data")
        ws.import_package(package)
        who = {name: ws.learners.add(name) for name in
               ("Žanete Šķēle", "Anna Παπαδοπούλου", "Борис Иванов", "Outside")}
        complete_course(ws, ws.progress_of(who["Žanete Šķēle"].id))
        anna = ws.progress_of(who["Anna Παπαδοπούλου"].id)
        anna.open_item(COURSE, "m1-welcome")
        anna.mark_done(COURSE, "m1-welcome")
        anna.record_focus(COURSE, "m1-welcome", 50)
        cohort = ws.cohorts.create("Valmiera, spring 2027", date(2026, 3, 2), "weekly",
                                   course_ids=[COURSE],
                                   learner_ids=[who[n].id for n in who if n != "Outside"])
        ws.learners.create_facilitator("librarian-2026")
        state = AppState(ws)
        state.sign_in_facilitator("librarian-2026")
        yield ws, state, cohort, who, fake
        state.shutdown()
        ws.close()


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _in_order(haystack: str, needles: list[str]) -> None:
    at = 0
    for needle in needles:
        found = haystack.find(_norm(needle), at)
        assert found >= 0, f"{needle!r} not found after position {at}"
        at = found + len(_norm(needle))


def test_report_pdf_text_equals_the_csv_and_the_dashboard(env, qtbot, tmp_path: Path) -> None:
    _ws, state, cohort, who, _fake = env
    dialog = CohortsDialog(state)
    qtbot.addWidget(dialog)
    assert dialog.current_id() == cohort.id
    model = dialog.model
    dashboard = [tuple(model.index(r, c).data() for c in range(model.columnCount()))
                 for r in range(model.rowCount())]
    headers = tuple(model.headerData(c, Qt.Orientation.Horizontal)
                    for c in range(model.columnCount()))
    assert len(dashboard) == 3 and "Outside" not in {r[0] for r in dashboard}
    # CSV, through the dialog
    csv_path, pdf_path = tmp_path / "out" / "report.csv", tmp_path / "out" / "report.pdf"
    dialog.choose_path = lambda *_a: csv_path
    dialog.save_csv()
    qtbot.waitUntil(lambda: getattr(dialog, "last_saved", None) == csv_path, timeout=10_000)
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Progress of each learner"] and tuple(rows[1]) == headers
    assert [tuple(r) for r in rows[2:2 + len(dashboard)]] == dashboard
    # PDF, through the dialog
    dialog.choose_path = lambda *_a: pdf_path
    dialog.save_pdf(False)
    qtbot.waitUntil(lambda: getattr(dialog, "last_saved", None) == pdf_path, timeout=20_000)
    text = _norm("\n".join(page.extract_text() for page in PdfReader(pdf_path).pages))
    assert cohort.name in text
    cells = [cell for row in [headers, *dashboard] for cell in row if cell]
    _in_order(text, cells)
    # the PDF holds no learner row the CSV lacks
    assert "Outside" not in text
    # one learner's report: only their rows
    dialog.table.selectRow(1)
    chosen = dialog.selected_learner()
    assert chosen is not None
    learner_pdf = tmp_path / "out" / "learner.pdf"
    dialog.choose_path = lambda *_a: learner_pdf
    dialog.save_pdf(True)
    qtbot.waitUntil(lambda: getattr(dialog, "last_saved", None) == learner_pdf, timeout=20_000)
    learner_text = _norm("\n".join(p.extract_text() for p in PdfReader(learner_pdf).pages))
    assert _norm(chosen[1]) in learner_text
    others = [n for n in who if n not in (chosen[1], "Outside")]
    assert all(_norm(n) not in learner_text.replace(_norm(chosen[1]), "") for n in others)


def test_make_a_cohort_and_open_a_week_early_from_the_keyboard(env, qtbot) -> None:
    ws, state, cohort, _who, _fake = env
    dialog = CohortsDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(edit: QDialog) -> int:
        assert isinstance(edit, CohortEditDialog)
        assert edit.name.accessibleName() and edit.learners.accessibleName()
        qtbot.keyClicks(edit.name, "Riga autumn")
        edit.learners.setFocus()
        edit.learners.setCurrentRow(0)
        qtbot.keyClick(edit.learners, Qt.Key.Key_Space)  # ticks the first learner
        name, _start, _pace, courses, learners = edit.values()
        assert name == "Riga autumn" and courses == [COURSE] and len(learners) == 1
        return QDialog.DialogCode.Accepted

    dialog.run_dialog = fill
    dialog.create()
    qtbot.waitUntil(lambda: dialog.cohorts.count() == 2, timeout=5000)
    moved = ws.cohorts.list()
    assert {c.name for c in moved} == {"Valmiera, spring 2027", "Riga autumn"}
    # back to the first cohort; open week 2 for everyone
    for row in range(dialog.cohorts.count()):
        if dialog.cohorts.item(row).data(Qt.ItemDataRole.UserRole) == cohort.id:
            dialog.cohorts.setCurrentRow(row)
    assert dialog.early_all.isEnabled()
    dialog.early_all.setFocus()
    qtbot.keyClick(dialog.early_all, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: ws.cohorts.get(cohort.id).opened_weeks == (2,), timeout=5000)
    # the result line is written when the worker's result reaches the GUI thread
    qtbot.waitUntil(lambda: "week 2" in dialog.status.text(), timeout=5000)


def test_this_week_and_locked_items_for_the_learner(env, qtbot) -> None:
    from biblio_desktop.ui.course.course_view import CourseView
    from biblio_desktop.ui.learner.library_screen import LibraryScreen

    ws, state, _cohort, who, fake = env
    boris = who["Борис Иванов"]
    state.sign_out()
    state.sign_in_learner(boris.id, None)
    library = LibraryScreen(state, FakeNav())
    qtbot.addWidget(library)
    library.refresh()
    card = library.cards[0]
    assert card.week.isVisibleTo(card) and "week 1 of" in card.week.text()
    assert "opens on" in card.week.text()
    view = CourseView(state, FakeNav())
    qtbot.addWidget(view)
    view.open(COURSE)
    manifest = ws.manifest(COURSE)
    later = manifest.modules[1].items[0]
    assert view.locked(later.id) is not None
    node = view._find_node(later.id)
    assert "Opens on" in node.text(0)
    assert "Opens on" in node.data(0, Qt.ItemDataRole.AccessibleDescriptionRole)
    view.show_item(later.id)
    assert view.content.currentWidget() is view.locked_page
    assert "week 2" in view.locked_page.text()
    state.writer.flush()
    assert not ws.progress_of(boris.id).item_state(COURSE, later.id).opened  # not opened
    # a week later the module is open
    fake.set(datetime(2026, 3, 9, 9, 0, tzinfo=UTC))
    view.open(COURSE, later.id)
    assert view.locked(later.id) is None
    assert view.content.currentWidget() is not view.locked_page
    view.save_now()


def test_cli_report_pdf_holds_the_csv_cells(qtbot, tmp_path: Path) -> None:
    """`cohorts report --pdf` (through cli/gui.py) draws the dialog's PDF: its text holds
    every cell of the CSV written by the same command, in order."""
    from biblio_desktop.cli import main
    from tests.core.course_fixtures import COURSE_ID
    from tests.core.learning_fixtures import add_learner_row, workspace_with_course

    ws = workspace_with_course(tmp_path)
    anna = add_learner_row(ws, "Anna Παπαδοπούλου")
    ws.progress_of(anna).mark_done(COURSE_ID, "m1-welcome")
    cohort = ws.cohorts.create("Riga autumn", date(2026, 3, 2), "all", course_ids=[COURSE_ID],
                               learner_ids=[anna])
    ws.close()
    pdf, csv_file = tmp_path / "r.pdf", tmp_path / "r.csv"
    assert main(["--data-dir", str(tmp_path / "data"), "cohorts", "report", str(cohort.id),
                 "--pdf", str(pdf), "--csv", str(csv_file)]) == 0
    text = _norm(" ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Riga autumn" in text
    cells = [cell for line in csv_file.read_text("utf-8-sig").splitlines()
             for cell in line.split(",") if cell]
    _in_order(text, [cell.strip('"') for cell in cells[1:]])


def test_cohort_screens_fit_a_1024_by_700_window(env, qtbot) -> None:
    """The cohorts dialog opens no larger than a 1024×700 window, its buttons stay inside
    it, the pre/post gains show every column without sideways scrolling, and the course
    column is left out when the cohort has one course (the info line names it). The
    editor, with no courses or learners, says what to do."""
    from PySide6.QtWidgets import QWidget

    ws, state, _cohort, _who, _fake = env
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    dialog = CohortsDialog(state, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 700
    for button in (dialog.early_all, dialog.early_one, dialog.pdf_button, dialog.csv_button,
                   dialog.learner_pdf):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), button.text()
    assert dialog.table.isColumnHidden(1)
    assert ws.manifest(COURSE).text(ws.manifest(COURSE).title, "en") in dialog.info.text()
    if dialog.skills.isVisible():
        assert dialog.skills.horizontalScrollBar().maximum() == 0
    empty = CohortEditDialog(state, None, window)
    qtbot.addWidget(empty)
    assert empty.width() <= 1024 and empty.height() <= 700
    edit_learners = [empty.learners.item(i).text() for i in range(empty.learners.count())]
    assert "Outside" in edit_learners  # learners are listed; no hint then
    assert not any("Add learner" in text for text in edit_learners)


def test_locked_item_says_how_to_get_it_sooner(env, qtbot) -> None:
    from biblio_desktop.ui.course.course_view import CourseView

    ws, state, _cohort, who, _fake = env
    state.sign_out()
    state.sign_in_learner(who["Борис Иванов"].id, None)
    view = CourseView(state, FakeNav())
    qtbot.addWidget(view)
    view.open(COURSE)
    later = ws.manifest(COURSE).modules[1].items[0]
    view.show_item(later.id)
    assert "ask your facilitator to open this week early" in view.locked_page.text()
    assert view.locked_page.accessibleName() == view.locked_page.text()


def test_cohort_editor_on_an_empty_library_says_what_to_do(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "empty")
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    try:
        state.sign_in_facilitator("librarian-2026")
        edit = CohortEditDialog(state)
        qtbot.addWidget(edit)
        assert "Get courses" in edit.courses.item(0).text()
        assert "Add learner" in edit.learners.item(0).text()
        assert not edit.courses.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
        edit.name.setText("Riga")
        _name, _start, _pace, courses, learners = edit.values()
        assert courses == [] and learners == []
    finally:
        state.shutdown()
        ws.close()


def test_theme_and_text_size_change_with_the_cohort_dialogs_open_and_closed(env, qtbot) -> None:
    """Switching the theme replaces the application's style, which re-lays out every
    widget, the dialogs' wrapping button rows (FlowLayout) included: it must neither crash
    nor leave the columns unfit. Found by the screenshot run (a segfault in setStyle)."""
    from PySide6.QtWidgets import QApplication

    from biblio_desktop.ui.base.theme import set_look

    _ws, state, cohort, _who, _fake = env
    app = QApplication.instance()
    dialog = CohortsDialog(state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor = CohortEditDialog(state, cohort, dialog)
    qtbot.addWidget(editor)
    editor.show()
    for theme, size in (("high-contrast", 11), ("light", 24), ("dark", 11), ("light", 11)):
        set_look(app, "en", theme, size)
        qtbot.wait(50)
    editor.close()
    dialog.close()
    for theme, size in (("high-contrast", 24), ("light", 11)):
        set_look(app, "en", theme, size)
        qtbot.wait(50)
    assert dialog.table.columnWidth(0) > 0
