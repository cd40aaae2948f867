"""The facilitator's table: rows, numeric sorting, filter, CSV, drill-down, profile care."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.facilitator.facilitator_screen import FacilitatorScreen
from biblio_desktop.ui.learner.learner_dialogs import RemoveLearnerDialog, ResetPinDialog
from biblio_desktop.workspace import Workspace
from tests.ui.test_progress_screen import COURSE, SAMPLE, FakeNav, complete_course


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


@pytest.fixture
def env(qtbot, tmp_path: Path, package: Path):
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    zane = ws.learners.add("Žanete Šķēle")
    anna = ws.learners.add("Anna")
    janis = ws.learners.add("Jānis Kalniņš", "1234")
    complete_course(ws, ws.progress_of(zane.id))
    anna_progress = ws.progress_of(anna.id)
    anna_progress.open_item(COURSE, "m1-welcome")
    anna_progress.mark_done(COURSE, "m1-welcome")
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    state.sign_in_facilitator("librarian-2026")
    screen = FacilitatorScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    yield ws, state, screen, {"zane": zane, "anna": anna, "janis": janis}
    state.shutdown()
    ws.close()


def names(screen: FacilitatorScreen) -> list[str]:
    return [row.status.learner_name for row in screen.visible_rows()]


def test_rows_and_columns(env) -> None:
    _ws, _state, screen, _who = env
    assert names(screen) == ["Anna", "Jānis Kalniņš", "Žanete Šķēle"]
    proxy = screen.proxy
    zane = proxy.index(2, 0)
    assert zane.data() == "Žanete Šķēle"
    assert proxy.index(2, 1).data().startswith("Digital skills for librarians")
    assert proxy.index(2, 2).data() == "100 %"
    assert proxy.index(2, 3).data() == "14 / 14"
    assert proxy.index(2, 6).data() != ""  # completed date
    assert proxy.index(2, 7).data() == "100 %"
    assert proxy.index(0, 3).data() == "1 / 14"
    assert proxy.index(1, 7).data() == ""  # no quiz yet
    assert not screen.empty.isVisible()


def test_sorting_is_numeric_and_filter_by_name(qtbot, env) -> None:
    _ws, _state, screen, _who = env
    screen.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    assert names(screen) == ["Žanete Šķēle", "Anna", "Jānis Kalniņš"]
    screen.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert names(screen) == ["Jānis Kalniņš", "Anna", "Žanete Šķēle"]
    screen.filter.setText("šķē")  # case-insensitive, Latvian letters
    assert names(screen) == ["Žanete Šķēle"]
    screen.filter.clear()
    assert len(names(screen)) == 3


def test_csv_export_keeps_latvian_letters(qtbot, env, tmp_path: Path) -> None:
    _ws, _state, screen, _who = env
    target = tmp_path / "table.csv"
    screen.export_csv(target)
    qtbot.waitUntil(lambda: getattr(screen, "last_export", None) == target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel then reads UTF-8
    with open(target, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][0] == "Learner" and rows[0][2] == "Progress (%)"
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Anna", "Jānis Kalniņš", "Žanete Šķēle"}
    assert by_name["Žanete Šķēle"][2] == "100"
    assert by_name["Žanete Šķēle"][3] == "14/14"
    assert by_name["Žanete Šķēle"][7] == "100"
    assert str(target) in screen.status.text()


def test_drill_down_shows_learner_course_page(qtbot, env) -> None:
    _ws, _state, screen, _who = env
    screen.table.setFocus()
    screen.table.setCurrentIndex(screen.proxy.index(2, 0))
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.detail_dialog
    assert "Žanete Šķēle" in dialog.windowTitle()
    assert dialog.view.overall.value() == 100
    assert dialog.view.tree.topLevelItemCount() == 5
    dialog.close()


def test_rename_reset_pin_and_remove_with_export(qtbot, env) -> None:
    ws, state, screen, who = env
    screen.table.selectRow(1)  # Jānis
    screen.ask_text = lambda *_a: ("Jānis K.", True)  # type: ignore[method-assign]
    screen.rename_button.click()
    state.writer.flush()
    qtbot.waitUntil(lambda: "Jānis K." in names(screen))
    assert ws.learners.get(who["janis"].id).name == "Jānis K."

    def clear_pin(dialog: QDialog) -> int:
        assert isinstance(dialog, ResetPinDialog)
        dialog.submit()  # both fields empty: the PIN is removed
        state.writer.flush()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    screen.table.selectRow(names(screen).index("Jānis K."))
    screen.run_dialog = clear_pin  # type: ignore[method-assign]
    screen.pin_button.click()
    assert not ws.learners.get(who["janis"].id).has_secret
    assert "without a PIN" in screen.status.text()

    def remove(dialog: QDialog) -> int:
        assert isinstance(dialog, RemoveLearnerDialog)
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        dialog.confirm.setText("Anna")
        assert not ok.isEnabled()  # the wrong name
        dialog.confirm.setText("Žanete Šķēle")
        assert ok.isEnabled()
        dialog.submit()
        state.writer.flush()
        qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
        return dialog.result()

    screen.table.selectRow(names(screen).index("Žanete Šķēle"))
    screen.run_dialog = remove  # type: ignore[method-assign]
    screen.remove_button.click()
    assert "Žanete Šķēle" not in names(screen)
    exports = list(ws.layout.exports.glob(f"learner-{who['zane'].id}-*.json"))
    assert len(exports) == 1
    assert str(exports[0]) in screen.status.text()
    assert "Žanete" in exports[0].read_text(encoding="utf-8")


def test_needs_facilitator_and_empty_state(qtbot, tmp_path: Path, package: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    ws.learners.create_facilitator("librarian-2026")
    state = AppState(ws)
    screen = FacilitatorScreen(state, FakeNav())
    qtbot.addWidget(screen)
    screen.show()
    assert "Sign in as the facilitator" in screen.empty.text()
    assert not screen.table.isVisible()
    state.sign_in_facilitator("librarian-2026")
    screen.on_shown()
    assert "No learners yet" in screen.empty.text()
    assert not screen.export_button.isEnabled()
    state.shutdown()
    ws.close()
