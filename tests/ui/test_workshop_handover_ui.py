"""A learner moves through the workshop PC in the app (docs/workshop.md, "A learner moves
over the network"): PC A hands a learner over from the facilitator screen, PC B lists the
waiting learners (fetched off the GUI thread), chooses one with the keyboard and merges."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from biblio_desktop.ui.facilitator.facilitator_screen import FacilitatorScreen
from biblio_desktop.ui.facilitator.waiting_dialog import WaitingLearnersDialog
from biblio_desktop.workshop.handover import WaitingLearner

from ..core.lrs_fixture import finish_course
from ..workshop.conftest import FAST_LIMITS, open_ws
from .accessible_tree import problems
from .test_workshop_ui import _pc, pcs, publisher  # noqa: F401


@pytest.fixture
def sharing(tmp_path: Path, publisher) -> Iterator[tuple]:  # noqa: F811
    package = publisher.build(tmp_path / "course.biblio")
    host = open_ws(tmp_path / "host")
    host.import_package(package)
    host.learners.add("Māra", "2468")
    share = host.workshop.share(bind="127.0.0.1", port=0, announce=False, limits=FAST_LIMITS)
    try:
        yield host, share, package
    finally:
        share.stop()
        host.close()


def test_hand_over_on_one_pc_and_bring_on_another(qtbot, pcs, tmp_path, nav,  # noqa: F811
                                                  sharing, monkeypatch) -> None:
    host, share, package = sharing
    url = f"http://127.0.0.1:{share.service.port}"
    a = _pc(tmp_path / "a", facilitator=True)
    b = _pc(tmp_path / "b", facilitator=True)
    pcs.extend([a, b])
    for pc in (a, b):
        pc.ws.import_package(package)
    finish_course(a.ws, "Ilze Kalniņa", fail_first=True)

    screen = FacilitatorScreen(a.state, nav)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.transfer.hand_over_button.isVisible()  # not joined yet
    for n, pc in enumerate((a, b), 1):
        pc.ws.workshop.join(url, share.code, name=f"Desk {n}", refresh=False)
    screen.refresh()
    assert screen.transfer.hand_over_button.isVisible()
    assert not screen.transfer.hand_over_button.isEnabled()  # no learner chosen yet
    screen.table.selectRow(0)
    assert screen.transfer.hand_over_button.isEnabled()
    screen.transfer.hand_over_button.click()
    qtbot.waitUntil(lambda: screen.status.isVisible(), timeout=10_000)
    assert screen.status.text().startswith("Handed Ilze Kalniņa over to ")

    target = FacilitatorScreen(b.state, nav)
    qtbot.addWidget(target)
    target.show()
    assert target.transfer.from_workshop_button.isVisible()
    seen: list[list[str]] = []

    def keyboard_exec(dialog: WaitingLearnersDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        found = problems(dialog)
        assert not found, "\n".join(found)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.list)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Up)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # brings the current learner
        return dialog.result()

    monkeypatch.setattr(WaitingLearnersDialog, "exec", keyboard_exec)
    target.transfer.from_workshop_button.click()
    qtbot.waitUntil(lambda: target.status.isVisible(), timeout=10_000)
    assert seen == [["Ilze Kalniņa — from Desk 1", f"Māra — from {share.service.name}"]]
    assert target.status.text().startswith("Added Ilze Kalniņa from ")
    assert "2 quiz attempts, 1 completed course." in target.status.text()
    assert [x.name for x in b.ws.learners.list_learners()] == ["Ilze Kalniņa"]

    # removed by the facilitator: the refusal is named, nothing merged
    host.workshop.remove_peer("Desk 2")
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(target.transfer, "show_error",
                        lambda exc, title: errors.append((title, str(exc))))
    qtbot.wait(1100)  # the token cache lives one second
    target.transfer.from_workshop_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0][0] == "The waiting learners could not be listed"
    assert "no longer accepts this PC" in errors[0][1]


def test_the_waiting_dialog_when_nobody_waits(qtbot, qapp) -> None:
    dialog = WaitingLearnersDialog([], "Facilitator PC")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.list.isVisible() and dialog.empty.isVisible()
    assert not dialog.bring.isEnabled() and dialog.chosen() is None
    one = WaitingLearner("6f3c1c2e-0d7a-4b7e-9b8e-1a2b3c4d5e6f", "Anna", "Desk 4", "")
    dialog = WaitingLearnersDialog([one], "Facilitator PC")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == one.id and dialog.bring.isEnabled()
    assert dialog.list.accessibleName() == "Learners waiting on the workshop PC"
