"""Cohorts across the room in the app: on the workshop PC the cohort editor offers the
learners on other PCs and the dashboard names their PC; on the joined PC the workshop PC's
cohort is shown read-only (docs/cohorts.md, "Learners on other PCs")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from biblio_desktop import clock as app_clock
from biblio_desktop.authoring.builder import build_package
from biblio_desktop.sync.outbox import install_outbox
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.facilitator.cohort_edit import UID_ROLE, CohortEditDialog
from biblio_desktop.ui.facilitator.cohorts_dialog import CohortsDialog
from biblio_desktop.workspace import Workspace
from tests.ui.test_progress_screen import COURSE, SAMPLE


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pkg") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


@pytest.fixture
def room(qtbot, tmp_path: Path, package: Path):
    """The workshop PC (sharing on 127.0.0.1, facilitator signed in) and a joined PC with
    a learner whose progress was delivered."""
    with app_clock.use(app_clock.FakeClock(datetime(2026, 3, 3, 9, 0, tzinfo=UTC))):
        host, desk = Workspace.open(tmp_path / "host"), Workspace.open(tmp_path / "desk")
        states = []
        sharing = None
        try:
            for ws in (host, desk):
                install_outbox(ws)
                ws.import_package(package)
                ws.learners.create_facilitator("librarian-2026")
                state = AppState(ws)
                state.sign_in_facilitator("librarian-2026")
                states.append(state)
            sharing = host.workshop.share(bind="127.0.0.1", port=0, announce=False)
            desk.workshop.join(f"http://127.0.0.1:{sharing.service.port}", sharing.code,
                               name="Desk 3", refresh=False)
            ilze = desk.learners.add("Ilze Kalniņa").id
            desk.progress_of(ilze).mark_done(COURSE, "m1-welcome")
            desk.workshop.deliver()
            yield host, desk, states, ilze
        finally:
            if sharing is not None:
                sharing.stop()
            for state in states:
                state.shutdown()
            host.close()
            desk.close()


def test_the_editor_offers_learners_on_other_pcs_and_the_joined_pc_shows_it_managed(
        room, qtbot) -> None:
    host, desk, (host_state, desk_state), ilze = room
    dialog = CohortsDialog(host_state)
    qtbot.addWidget(dialog)
    dialog.show()
    seen: list[str] = []

    def fill(edit: QDialog) -> int:
        assert isinstance(edit, CohortEditDialog)
        texts = [edit.learners.item(i).text() for i in range(edit.learners.count())]
        seen.extend(texts)
        assert texts[-2:] == ["Learners on other PCs", "Ilze Kalniņa — Desk 3"]
        row = len(texts) - 1
        assert edit.learners.item(row).data(Qt.ItemDataRole.AccessibleTextRole) == \
            "Ilze Kalniņa, on the PC Desk 3"
        heading = edit.learners.item(row - 1)
        assert not heading.flags() & Qt.ItemFlag.ItemIsUserCheckable
        qtbot.keyClicks(edit.name, "Kekava, spring")
        edit.learners.setFocus()
        edit.learners.setCurrentRow(row)
        qtbot.keyClick(edit.learners, Qt.Key.Key_Space)  # ticks Ilze
        assert edit.other_pc_learners() == [edit.learners.item(row).data(UID_ROLE)]
        assert edit.values()[4] == []  # no learner of this PC
        return QDialog.DialogCode.Accepted

    dialog.run_dialog = fill
    dialog.create()
    qtbot.waitUntil(lambda: dialog.cohorts.count() == 1, timeout=5000)
    [cohort] = host.cohorts.list()
    assert len(cohort.learner_ids) == 1
    qtbot.waitUntil(lambda: "Ilze Kalniņa — Desk 3" in dialog.info.text(), timeout=5000)
    assert dialog.model.rowCount() == 1 and dialog.model.index(0, 0).data() == "Ilze Kalniņa"
    assert dialog.edit_button.isVisible() and dialog.early_all.isEnabled()

    # the joined PC's next delivery brings it: shown read-only, named for its manager
    desk.workshop.deliver()
    there = CohortsDialog(desk_state)
    qtbot.addWidget(there)
    there.show()
    assert there.cohorts.count() == 1
    assert "Managed by the workshop PC" in there.info.text()
    item = there.cohorts.item(0)
    assert "managed by the workshop PC" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    for button in (there.edit_button, there.delete_button, there.early_all,
                   there.early_one):
        assert not button.isVisible()
    assert there.pdf_button.isEnabled()  # reports stay
    there.edit()  # Enter on the list: nothing opens for a managed cohort
    there.open_early(False)
    assert desk.cohorts.list()[0].opened_weeks == ()
    # a new local cohort cannot take Ilze from the managed one
    edit = CohortEditDialog(desk_state)
    qtbot.addWidget(edit)
    [row] = [edit.learners.item(i) for i in range(edit.learners.count())
             if edit.learners.item(i).data(Qt.ItemDataRole.UserRole) == ilze]
    assert "managed by the workshop PC" in row.text()
    assert not row.flags() & Qt.ItemFlag.ItemIsUserCheckable
