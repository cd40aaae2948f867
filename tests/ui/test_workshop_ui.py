"""Workshop mode in the desktop app, with a real server on 127.0.0.1 (docs/workshop.md):
the facilitator starts and stops sharing in the share panel; a second data folder joins
through the join dialog, sees the workshop's catalog "On this network", downloads, and
delivers its records automatically; the network check names a wrong code; an unsigned
package from the workshop PC asks first; a learner moves with a transfer file."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from biblio_desktop.ui.base.delivery import AutoDelivery, status_sentence
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.courses import network_box
from biblio_desktop.ui.courses.catalog_screen import CatalogScreen
from biblio_desktop.ui.courses.download_panel import DownloadService
from biblio_desktop.ui.facilitator.facilitator_screen import FacilitatorScreen
from biblio_desktop.ui.facilitator.share_panel import ShareController, SharePanel
from biblio_desktop.workspace import Workspace

from ..core.course_fixtures import COURSE_ID, make_source_course
from ..core.lrs_fixture import finish_course
from ..workshop.conftest import FAST_LIMITS, Publisher, open_ws
from .accessible_tree import problems

PASSWORD = "librarian-2026"


@pytest.fixture
def publisher(tmp_path: Path) -> Publisher:
    from biblio_desktop.packages.signing import write_key_pair

    key = tmp_path / "publisher.key"
    write_key_pair(key)
    return Publisher(key, make_source_course(tmp_path / "src"))


@dataclass
class Pc:
    ws: Workspace
    state: AppState

    def close(self) -> None:
        DownloadService.of(self.state).shutdown()
        ShareController.of(self.state).stop_now()
        AutoDelivery.of(self.state).stop()
        self.state.shutdown()
        self.ws.close()


def _pc(path: Path, *, facilitator: bool = False, learner: str | None = None) -> Pc:
    ws = open_ws(path)
    state = AppState(ws)
    if facilitator:
        ws.learners.create_facilitator(PASSWORD)
        state.sign_in_facilitator(PASSWORD)
    elif learner:
        state.sign_in_learner(ws.learners.add(learner).id, None)
    return Pc(ws, state)


@pytest.fixture
def pcs(qapp, tmp_path: Path) -> Iterator[list[Pc]]:
    made: list[Pc] = []
    yield made
    for pc in reversed(made):
        pc.close()


def _sharing_panel(qtbot, host: Pc, nav) -> tuple[FacilitatorScreen, SharePanel]:
    controller = ShareController.of(host.state)
    controller.bind, controller.port, controller.announce = "127.0.0.1", 0, False
    controller.limits = FAST_LIMITS
    screen = FacilitatorScreen(host.state, nav)
    qtbot.addWidget(screen)
    screen.show()
    screen.share_button.click()
    panel = screen.share_panel
    qtbot.addWidget(panel)
    assert not controller.running and panel.start_button.isVisible()
    panel.start_button.click()
    assert not panel.start_button.isEnabled()  # starting runs off the GUI thread
    qtbot.waitUntil(lambda: controller.running, timeout=10_000)
    return screen, panel


def _join_dialog(qtbot, box, monkeypatch) -> network_box.JoinDialog:
    monkeypatch.setattr(QDialog, "open", lambda self: self.show())
    box.join_button.click()
    dialog = box.join_dialog
    qtbot.addWidget(dialog)
    return dialog


def _no_popups(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(self.text()) or 0)
    return shown


def test_share_join_download_deliver_remove_and_stop(qtbot, pcs, tmp_path, publisher, nav,
                                                     monkeypatch) -> None:
    popups = _no_popups(monkeypatch)
    host = _pc(tmp_path / "host", facilitator=True)
    pcs.append(host)
    host.ws.import_package(publisher.build(tmp_path / "course.biblio"))
    screen, panel = _sharing_panel(qtbot, host, nav)
    sharing = ShareController.of(host.state).sharing
    code = sharing.code
    assert panel.code.text() == code and len(code) == 6
    assert panel.code.accessibleDescription() == "Join code, letter by letter: " + \
        " ".join(code)
    address = f"127.0.0.1:{sharing.service.port}"
    assert address in panel.addresses.text()
    assert not panel.qr.pixmap().isNull() and panel.qr.pixmap().width() >= 100
    assert "Shares 1 course" in panel.shared.text()
    assert screen.share_button.text() == f"Sharing on this network (code {code})…"

    # a learner PC joins through the dialog: a wrong code first, named by the network check
    pc = _pc(tmp_path / "pc", learner="Līga")
    pcs.append(pc)
    catalog = CatalogScreen(pc.state, nav)
    qtbot.addWidget(catalog)
    catalog.show()
    box = catalog.network
    assert box.join_button.isVisible() and not box.leave_button.isVisible()
    dialog = _join_dialog(qtbot, box, monkeypatch)
    dialog.address.setText(address)
    dialog.code.setText("WWWWWW" if code != "WWWWWW" else "XXXXXX")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: hasattr(dialog, "diagnosis"), timeout=10_000)
    assert dialog.diagnosis.reason == "wrong-code"
    assert dialog.result_label.text().startswith("The join code is wrong.")
    assert "What to do:" in dialog.result_label.text()
    dialog.code.setText(code.lower())
    dialog.pc_name.setText("Desk 2")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert box.state_line.text() == f"Joined to {sharing.service.name} ({address})"
    assert box.leave_button.isVisible() and not box.join_button.isVisible()

    # its catalog is listed like an internet catalog, marked "On this network"
    assert [c.course_id for c in catalog.cards] == [COURSE_ID]
    card = catalog.cards[0]
    assert card.network.isVisible()
    assert card.network.text() == f"On this network: {sharing.service.name}"
    card.button.click()  # signed: no question
    service = DownloadService.of(pc.state)
    qtbot.waitUntil(lambda: (j := service.find(COURSE_ID)) is not None and j.state == "done",
                    timeout=20_000)
    assert service.find(COURSE_ID).require_signed
    assert pc.ws.manifest(COURSE_ID).version == "1.0.0"

    # the facilitator sees the PC; the learner's records arrive by themselves
    controller = ShareController.of(host.state)
    controller.poll()
    qtbot.waitUntil(lambda: panel.pcs.topLevelItemCount() == 1, timeout=5_000)
    assert panel.pcs.topLevelItem(0).text(0) == "Desk 2"
    finish_course(pc.ws, "Ilze Kalniņa")
    delivery = AutoDelivery.of(pc.state)
    qtbot.waitUntil(lambda: not delivery.background.busy)  # the try right after joining
    runs = delivery.runs
    assert delivery.deliver_now()
    qtbot.waitUntil(lambda: delivery.runs > runs, timeout=10_000)
    assert delivery.status is not None and delivery.status.error is None
    assert status_sentence(delivery.status) == \
        f"Records go to the workshop PC {sharing.service.name} as they happen."
    assert delivery.status.delivered > 0, delivery.status
    assert host.ws.workshop.gathered_count() > 0
    controller.poll()
    qtbot.waitUntil(lambda: panel.learners.rows() == [("Desk 2", "Ilze Kalniņa")],
                    timeout=5_000)
    screen.refresh()  # the dashboard shows them too, with their PC's name
    qtbot.waitUntil(lambda: screen.gathered.rows() == [("Desk 2", "Ilze Kalniņa")],
                    timeout=5_000)
    assert screen.gathered.isVisible()

    # remove the PC: its deliveries are refused, quietly
    panel.pcs.setCurrentItem(panel.pcs.topLevelItem(0))
    assert panel.remove_button.isEnabled()
    monkeypatch.setattr(panel, "ask", lambda *_a: True)
    panel.remove_button.click()
    host.state.writer.flush()
    qtbot.waitUntil(lambda: panel.pcs.topLevelItemCount() == 0, timeout=5_000)
    assert host.ws.workshop.peers() == []

    # stop sharing: the port closes; a delivery then fails quietly in the status line
    panel.stop_button.click()
    qtbot.waitUntil(lambda: not controller.running, timeout=10_000)
    assert panel.start_button.isVisible() and not panel.code_card.isVisible()
    with pytest.raises(OSError), socket.create_connection(
            ("127.0.0.1", sharing.service.port), timeout=2):
        pass
    finish_course(pc.ws, "Jānis")  # new statements wait
    runs = delivery.runs
    delivery.deliver_now()
    qtbot.waitUntil(lambda: delivery.runs > runs, timeout=10_000)
    assert delivery.status.error is not None and "cannot be reached" in delivery.status.error
    box.refresh()
    assert "cannot be reached" in box.delivery_line.text()
    assert popups == []


def test_network_check_of_nothing_listening_and_leave(qtbot, pcs, tmp_path, nav,
                                                     monkeypatch) -> None:
    _no_popups(monkeypatch)
    pc = _pc(tmp_path / "pc", learner="Līga")
    pcs.append(pc)
    catalog = CatalogScreen(pc.state, nav)
    qtbot.addWidget(catalog)
    dialog = _join_dialog(qtbot, catalog.network, monkeypatch)
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog.address.setText(f"127.0.0.1:{port}")
    dialog.check_button.click()
    qtbot.waitUntil(lambda: hasattr(dialog, "diagnosis"), timeout=10_000)
    assert dialog.diagnosis.reason == "port-closed"
    assert "nothing listens on port" in dialog.result_label.text()
    dialog.join_button.click()  # no code: said in the dialog, nothing sent
    assert dialog.result_label.text() == "Type the join code the facilitator's PC shows."
    dialog.code.setText("ABCDEF")
    dialog.join_button.click()
    qtbot.waitUntil(lambda: dialog.join_button.isEnabled(), timeout=10_000)
    assert "nothing listens on port" in dialog.result_label.text()
    assert dialog.isVisible()  # a failed join keeps the dialog open to correct it


def test_unsigned_package_from_the_workshop_asks_first(qtbot, pcs, tmp_path, publisher, nav,
                                                       monkeypatch) -> None:
    host = _pc(tmp_path / "host", facilitator=True)
    pcs.append(host)
    host.ws.import_package(publisher.build(tmp_path / "course.biblio", unsigned=True))
    sharing = host.ws.workshop.share(bind="127.0.0.1", port=0, announce=False,
                                     limits=FAST_LIMITS)
    try:
        pc = _pc(tmp_path / "pc", learner="Līga")
        pcs.append(pc)
        pc.ws.workshop.join(f"127.0.0.1:{sharing.service.port}", sharing.code, name="Desk 1")
        catalog = CatalogScreen(pc.state, nav)
        qtbot.addWidget(catalog)
        asked: list[str] = []
        answer = {"text": "Cancel"}

        def choose(box: QMessageBox):
            asked.append(box.text() + "\n" + box.informativeText())
            return next(b for b in box.buttons() if b.text().replace("&", "") == answer["text"])

        monkeypatch.setattr(network_box, "run_box", choose)
        service = DownloadService.of(pc.state)
        catalog.cards[0].button.click()
        assert len(asked) == 1 and "not signed by its publisher" in asked[0]
        assert "could have altered it" in asked[0]
        assert service.find(COURSE_ID) is None  # declined: nothing downloaded
        answer["text"] = "Install anyway"
        catalog.cards[0].button.click()
        job = service.find(COURSE_ID)
        assert job is not None and not job.require_signed
        qtbot.waitUntil(lambda: job.state == "done", timeout=20_000)
        assert pc.ws.manifest(COURSE_ID).version == "1.0.0"
    finally:
        sharing.stop()


def test_move_a_learner_out_and_back_in_through_the_ui(qtbot, pcs, tmp_path, publisher, nav,
                                                       monkeypatch) -> None:
    package = publisher.build(tmp_path / "course.biblio")
    old = _pc(tmp_path / "old", facilitator=True)
    new = _pc(tmp_path / "new", facilitator=True)
    pcs.extend([old, new])
    for pc in (old, new):
        pc.ws.import_package(package)
    finish_course(old.ws, "Ilze Kalniņa", fail_first=True)
    out = tmp_path / "stick" / "ilze"
    out.parent.mkdir()
    screen = FacilitatorScreen(old.state, nav)
    qtbot.addWidget(screen)
    screen.show()
    assert not screen.transfer.move_button.isEnabled()  # no learner chosen yet
    screen.table.selectRow(0)
    assert screen.transfer.move_button.isEnabled()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    screen.transfer.move_button.click()
    qtbot.waitUntil(lambda: screen.status.isVisible(), timeout=10_000)
    saved = out.with_name("ilze.json")
    assert saved.exists()
    assert screen.status.text().startswith("Saved the transfer file of Ilze Kalniņa (2 quiz "
                                           "attempts) to ")

    target = FacilitatorScreen(new.state, nav)
    qtbot.addWidget(target)
    target.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    target.transfer.bring_button.click()
    qtbot.waitUntil(lambda: target.status.isVisible(), timeout=10_000)
    assert target.status.text().startswith("Added Ilze Kalniņa from ")
    assert "2 quiz attempts, 1 completed course." in target.status.text()
    assert [x.name for x in new.ws.learners.list_learners()] == ["Ilze Kalniņa"]
    assert [r.status.learner_name for r in target.visible_rows()] == ["Ilze Kalniņa"]

    # again: merged, nothing doubled
    target.status.hide()
    target.transfer.bring_button.click()
    qtbot.waitUntil(lambda: target.status.isVisible(), timeout=10_000)
    assert target.status.text().startswith("Merged into Ilze Kalniņa (file from ")
    assert "0 completions added, 0 quiz attempts added" in target.status.text()

    # a changed file is refused with the reason; nothing merged
    doc = json.loads(saved.read_text(encoding="utf-8"))
    doc["learner"]["name"] = "Mallory"
    tampered = tmp_path / "stick" / "tampered.json"
    tampered.write_text(json.dumps(doc), encoding="utf-8")
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(target.transfer, "show_error",
                        lambda exc, title: errors.append((title, str(exc))))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(tampered), ""))
    target.transfer.bring_button.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors[0][0] == "The transfer file was refused"
    assert "changed after it was signed" in errors[0][1]
    assert [x.name for x in new.ws.learners.list_learners()] == ["Ilze Kalniņa"]


def test_every_new_control_is_named(qtbot, qapp, pcs, tmp_path, publisher, nav,
                                    monkeypatch) -> None:
    from biblio_desktop.ui.base.accessibility import install_keyboard_access

    install_keyboard_access(qapp)  # as the app does: scroll areas are no Tab stops
    host = _pc(tmp_path / "host", facilitator=True)
    pcs.append(host)
    host.ws.import_package(publisher.build(tmp_path / "course.biblio"))
    screen, panel = _sharing_panel(qtbot, host, nav)
    panel.show()
    qtbot.waitExposed(panel)
    QApplication.processEvents()
    found = problems(panel)
    assert not found, "\n".join(found)
    pc = _pc(tmp_path / "pc", learner="Līga")
    pcs.append(pc)
    catalog = CatalogScreen(pc.state, nav)
    qtbot.addWidget(catalog)
    catalog.show()
    dialog = _join_dialog(qtbot, catalog.network, monkeypatch)
    qtbot.waitExposed(dialog)
    for root in (catalog, dialog, screen):
        found = problems(root)
        assert not found, "\n".join(found)
    panel.stop_button.click()
    qtbot.waitUntil(lambda: not ShareController.of(host.state).running, timeout=10_000)


def test_keyboard_join_dialog_and_share_panel(qtbot, qapp, pcs, tmp_path, nav,
                                              monkeypatch) -> None:
    """Tab goes round every control of the join dialog (no trap), Enter on a focused
    button presses it."""
    from biblio_desktop.ui.base.accessibility import install_keyboard_access

    from .keyboard import focused, name_of, press, tab_cycle

    install_keyboard_access(qapp)
    pc = _pc(tmp_path / "pc", learner="Līga")
    pcs.append(pc)
    catalog = CatalogScreen(pc.state, nav)
    qtbot.addWidget(catalog)
    dialog = _join_dialog(qtbot, catalog.network, monkeypatch)
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    dialog.address.setFocus()
    qtbot.waitUntil(lambda: focused() is dialog.address)
    stops = [name_of(w) for w in tab_cycle(dialog.address)]
    assert name_of(dialog.address) == "Address of the facilitator's PC"
    for name in ("Join code",
                 "This PC's name, as the facilitator sees it", "Join the workshop", "Cancel"):
        assert name in stops, stops
    assert "" not in stops
    dialog.join_button.setFocus()
    from PySide6.QtCore import Qt

    press(Qt.Key.Key_Return)  # pressed: no code yet, said in the dialog
    assert dialog.result_label.text() == "Type the join code the facilitator's PC shows."

    host = _pc(tmp_path / "host", facilitator=True)
    pcs.append(host)
    panel = SharePanel(host.state)
    qtbot.addWidget(panel)
    panel.show()
    panel.activateWindow()
    qtbot.waitExposed(panel)
    panel.start_button.setFocus()
    stops = [name_of(w) for w in tab_cycle(panel.start_button)]
    assert name_of(panel.start_button) == "Start sharing this PC's courses on this network"
    for name in ("PCs that joined",
                 "Learners whose records arrived", "Close"):
        assert name in stops, stops


def test_large_text_share_panel_join_dialog_and_network_box(qtbot, qapp, pcs, tmp_path,
                                                            publisher, nav,
                                                            monkeypatch) -> None:
    """24 pt at 1280×800: nothing cut off (tests/ui/layout_check.py)."""
    from biblio_desktop.ui.base.theme import set_look

    from .layout_check import cut_off

    def check(widget) -> None:
        for _ in range(5):
            QApplication.processEvents()
        window = widget.window()
        assert window.width() <= 1280 and window.height() <= 800, window.size()
        found = cut_off(widget)
        assert not found, "\n".join(found)

    set_look(qapp, "en", "light", 24)
    try:
        host = _pc(tmp_path / "host", facilitator=True)
        pcs.append(host)
        host.ws.import_package(publisher.build(tmp_path / "course.biblio"))
        _screen, panel = _sharing_panel(qtbot, host, nav)
        panel.show()
        qtbot.waitExposed(panel)
        check(panel)
        pc = _pc(tmp_path / "pc", learner="Līga")
        pcs.append(pc)
        port = ShareController.of(host.state).sharing.service.port
        pc.ws.workshop.join(f"127.0.0.1:{port}", ShareController.of(host.state).sharing.code,
                            name="Desk 1")
        catalog = CatalogScreen(pc.state, nav)
        qtbot.addWidget(catalog)
        catalog.resize(1280, 800)
        catalog.show()
        qtbot.waitExposed(catalog)
        assert catalog.network.leave_button.isVisible()
        check(catalog)
        catalog.network.leave()
        pc.state.writer.flush()
        qtbot.waitUntil(lambda: catalog.network.join_button.isVisible())
        dialog = _join_dialog(qtbot, catalog.network, monkeypatch)
        dialog.say("The PC at 192.168.1.20 does not answer: it is off, on another network "
                   "(guest Wi-Fi is often kept apart), or a firewall drops the connection.\n"
                   "What to do: check both PCs are on the same network.", "danger")
        qtbot.waitExposed(dialog)
        check(dialog)
        panel.stop_button.click()
        qtbot.waitUntil(lambda: not ShareController.of(host.state).running, timeout=10_000)
    finally:
        set_look(qapp, "en", "light", 11)


def test_found_workshops_are_listed_and_join_starts_with_the_address(
        qtbot, pcs, tmp_path, nav, monkeypatch) -> None:
    """Discovery (DNS-SD itself is tested on loopback in tests/workshop/test_discovery.py):
    what it finds is listed; Join… opens the dialog with that address, at the code."""
    from biblio_desktop.workshop.api import Workshop
    from biblio_desktop.workshop.discovery import FoundWorkshop

    calls: list[float] = []

    def browse(self, seconds: float = 3.0, interfaces=None):
        calls.append(seconds)
        return [FoundWorkshop("Ķekava library", "192.168.1.20", 8765)]

    monkeypatch.setattr(Workshop, "browse", browse)
    monkeypatch.setattr(network_box.NetworkBox, "auto_browse", True)
    pc = _pc(tmp_path / "pc", learner="Līga")
    pcs.append(pc)
    catalog = CatalogScreen(pc.state, nav)
    qtbot.addWidget(catalog)
    catalog.show()
    catalog.on_shown()  # the first showing looks for workshops, in the background
    box = catalog.network
    qtbot.waitUntil(lambda: box.workshops.count() == 1, timeout=5_000)
    assert calls == [network_box.BROWSE_SECONDS]
    assert box.workshops.item(0).text() == "Ķekava library\n192.168.1.20:8765"
    assert box.state_line.text() == "Choose a workshop and Join…, or type its address."
    catalog.on_shown()  # not again on the next showing
    assert calls == [network_box.BROWSE_SECONDS]
    dialog = _join_dialog(qtbot, box, monkeypatch)
    assert dialog.address.text() == "192.168.1.20:8765"
    assert dialog.code.hasFocus() or dialog.focusWidget() is dialog.code

    monkeypatch.setattr(Workshop, "browse", lambda self, *a, **k: [])
    box.look_button.click()
    qtbot.waitUntil(lambda: box.workshops.count() == 0 and box.look_button.isEnabled(),
                    timeout=5_000)
    assert box.state_line.text().startswith("No workshop was found.")
    assert not box.workshops.isVisible()


def test_a_taken_port_is_said_in_the_panel(qtbot, pcs, tmp_path, nav) -> None:
    host = _pc(tmp_path / "host", facilitator=True)
    pcs.append(host)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        controller = ShareController.of(host.state)
        controller.bind, controller.port, controller.announce = \
            "127.0.0.1", taken.getsockname()[1], False
        panel = SharePanel(host.state)
        qtbot.addWidget(panel)
        panel.show()
        panel.start_button.click()
        qtbot.waitUntil(lambda: controller.error is not None, timeout=10_000)
    assert not controller.running and panel.start_button.isEnabled()
    assert panel.status.text().startswith("Sharing could not start: Cannot share on "
                                          "127.0.0.1 port ")
    assert not panel.code_card.isVisible()
