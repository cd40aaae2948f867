"""Get courses → "On this network": find a workshop, join it, check the network, leave.

A facilitator's PC in the room shares its courses (Facilitator → "Share on this network").
This box lists the workshops found by DNS-SD, joins one with the address and join code
typed by hand when discovery is blocked (guest Wi-Fi, VMs and firewalls often block it), and
runs the network check, which says in plain words what stands in the way. Every network
call runs on a background thread (`Background`): a PC that does not answer makes the user
wait for an answer, never for the window. Once joined, the workshop's catalog is listed with
the internet catalogs, its courses marked "On this network", and downloads go through the
usual download panel; the joined PC's records go to the facilitator's PC by themselves
(ui/base/delivery.py), and the box says how that goes.
"""

from __future__ import annotations

import socket
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...downloads.catalog import CatalogEntry
from ...errors import BiblioError
from ...workshop.check import Diagnosis
from ...workshop.client import JoinedPeer
from ...workshop.discovery import FoundWorkshop
from ..base.accessibility import LARGE_TEXT_PT, announce
from ..base.background import Background
from ..base.delivery import AutoDelivery, status_sentence
from ..base.errors import show_error
from ..base.icons import icon
from ..base.state import AppState
from ..base.theme import set_role

BROWSE_SECONDS = 3.0


def joined_peer(state: AppState) -> JoinedPeer | None:
    """The workshop this PC joined (a small file read; None when not joined)."""
    try:
        return state.workspace.workshop.joined()
    except Exception:  # an unreadable file is "not joined"; joining again rewrites it
        return None


def confirm_unsigned(parent: QWidget, title: str, peer: str) -> bool:
    """An unsigned package from a workshop PC is installed only when the user says so,
    knowing what that means (the importer otherwise refuses it)."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
        "NetworkCheck", "Unsigned course"), QCoreApplication.translate(
        "NetworkCheck", "“{title}” from the workshop PC {peer} is not signed by its "
        "publisher.").format(title=title, peer=peer), parent=parent)
    box.setInformativeText(QCoreApplication.translate(
        "NetworkCheck", "Nothing proves who made it or that it was not changed on the way: "
        "the PC it comes from, or anyone on this network, could have altered it. Install it "
        "only if you trust the facilitator's PC and this network."))
    install = box.addButton(QCoreApplication.translate("NetworkCheck", "Install anyway"),
                            QMessageBox.ButtonRole.AcceptRole)
    install.setAccessibleName(QCoreApplication.translate(
        "NetworkCheck", "Install the unsigned course anyway"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setAccessibleName(box.windowTitle())
    return run_box(box) is install


def run_box(box: QMessageBox) -> Any:
    """Show a question and return the button chosen (a seam tests replace)."""
    box.exec()
    return box.clickedButton()


def reason_text(parent: QWidget, reason: str, host: str, port: str) -> tuple[str, str] | None:
    """The network check's diagnoses (and a failed join's reasons) in the UI language:
    what is wrong, and what to do (docs/workshop.md, "When joining fails")."""
    texts = {
        "no-network": (
            QCoreApplication.translate(
                "NetworkCheck", "This PC is not connected to any network."),
            QCoreApplication.translate(
                "NetworkCheck", "connect the cable or Wi-Fi and try again")),
        "bad-address": (
            QCoreApplication.translate(
                "NetworkCheck", "The address {host} cannot be found on this network."),
            QCoreApplication.translate(
                "NetworkCheck", "type the address as numbers, as the facilitator's PC shows it")),
        "unreachable": (
            QCoreApplication.translate(
                "NetworkCheck", "The PC at {host} does not answer: it is off, on another network "
              "(guest Wi-Fi is often kept apart), or a firewall drops the connection."),
            QCoreApplication.translate(
                "NetworkCheck", "check that both PCs are on the same network and that port "
              "{port} is allowed on the facilitator's PC")),
        "port-closed": (
            QCoreApplication.translate(
                "NetworkCheck", "The PC at {host} is there, but nothing listens on port {port}: "
              "the facilitator is not sharing, or a firewall on that PC refuses the port."),
            QCoreApplication.translate(
                "NetworkCheck", "ask the facilitator to start sharing (and to allow port {port} "
              "in the firewall)")),
        "not-biblio": (
            QCoreApplication.translate(
                "NetworkCheck", "Port {port} of {host} answers, but it is not a BIBLIO workshop "
              "(another program uses it)."),
            QCoreApplication.translate(
                "NetworkCheck", "check the address and port on the facilitator's PC")),
        "wrong-code": (
            QCoreApplication.translate(
                "NetworkCheck", "The join code is wrong."),
            QCoreApplication.translate(
                "NetworkCheck", "type the code shown on the facilitator's PC (letters and "
              "digits; case does not matter)")),
        "wait": (
            QCoreApplication.translate(
                "NetworkCheck", "Too many wrong codes: wait a little before trying again."),
            QCoreApplication.translate(
                "NetworkCheck", "check the code on the facilitator's PC meanwhile")),
        "locked-out": (
            QCoreApplication.translate(
                "NetworkCheck", "This PC is locked out after too many wrong codes."),
            QCoreApplication.translate(
                "NetworkCheck", "ask the facilitator to stop and start sharing again (a new "
              "code)")),
        "ok": (
            QCoreApplication.translate(
                "NetworkCheck", "Everything works: the workshop at {host} can be reached."),
            QCoreApplication.translate(
                "NetworkCheck", "join it with the code shown on the facilitator's PC")),
    }
    found = texts.get(reason)
    if found is None:
        return None
    return found[0].format(host=host, port=port), found[1].format(host=host, port=port)


def _host_port(address: str) -> tuple[str, str]:
    from urllib.parse import urlsplit

    from ...workshop.client import base_url

    try:
        parts = urlsplit(base_url(address))
        return parts.hostname or address, str(parts.port or "")
    except (BiblioError, ValueError):
        return address.strip(), ""


def _with_hint(parent: QWidget, message: str, hint: str) -> str:
    if not hint:
        return message
    return message + "\n" + QCoreApplication.translate(
        "NetworkCheck", "What to do: {hint}.").format(hint=hint)


def diagnosis_text(parent: QWidget, diagnosis: Diagnosis, address: str,
                   code_checked: bool = False) -> str:
    host, port = _host_port(address)
    known = reason_text(parent, diagnosis.reason, host, port)
    if known is not None and diagnosis.ok and code_checked:
        known = (QCoreApplication.translate(
            "NetworkCheck", "Everything works: the workshop at {host} accepts this code.")
            .format(host=host), QCoreApplication.translate("NetworkCheck", "choose Join"))
    return _with_hint(parent, *(known or (diagnosis.message, diagnosis.hint)))


def error_text(parent: QWidget, exc: BaseException, address: str = "") -> str:
    if isinstance(exc, BiblioError):
        reason = getattr(exc, "reason", "")
        host, port = _host_port(address)
        known = reason_text(parent, reason, host, port) if reason != "ok" else None
        return _with_hint(parent, *(known or (exc.message, exc.hint)))
    return str(exc)


class JoinDialog(QDialog):
    """Address, join code and this PC's name; "Check the network" and "Join"."""

    def __init__(self, state: AppState, address: str = "", parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.state = state
        self.peer: JoinedPeer | None = None
        self.background = Background(self)
        self.setWindowTitle(self.tr("Join a workshop"))
        self.setAccessibleName(self.windowTitle())
        intro = QLabel(self.tr("Type the address and the join code that the facilitator's PC "
                               "shows under \"Share on this network\"."))
        intro.setWordWrap(True)
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("192.168.1.20:8765")
        self.address.setAccessibleName(self.tr("Address of the facilitator's PC"))
        self.code = QLineEdit()
        self.code.setMaxLength(12)
        self.code.setPlaceholderText("K7QMEA")
        self.code.setAccessibleName(self.tr("Join code"))
        self.pc_name = QLineEdit(socket.gethostname()[:60])
        self.pc_name.setMaxLength(60)
        self.pc_name.setAccessibleName(self.tr("This PC's name, as the facilitator sees it"))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("Join &code:"), self.code)
        form.addRow(self.tr("This PC's &name:"), self.pc_name)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.check_button = QPushButton(icon("search"), self.tr("Check the network"))
        self.check_button.setAccessibleName(self.tr(
            "Check the network: what stands between this PC and the facilitator's PC"))
        self.join_button = QPushButton(icon("next"), self.tr("Join"))
        self.join_button.setAccessibleName(self.tr("Join the workshop"))
        self.join_button.setDefault(True)
        set_role(self.join_button, "primary")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        # plain buttons in a fixed order: a button box reordered them and Tab skipped Cancel
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.cancel_button)
        self.check_button.clicked.connect(self.check)
        self.join_button.clicked.connect(self.join)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        for first, second in ((self.address, self.code), (self.code, self.pc_name),
                              (self.pc_name, self.check_button),
                              (self.check_button, self.join_button),
                              (self.join_button, self.cancel_button)):
            QWidget.setTabOrder(first, second)
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        self.setMinimumWidth(960 if large else 560)
        (self.code if address else self.address).setFocus()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """As tall as the wrapped texts need at the width shown (a diagnosis is long)."""
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width()),
                                      self.minimumSizeHint().height()))

    def _busy(self, text: str) -> None:
        self.check_button.setEnabled(False)
        self.join_button.setEnabled(False)
        self.say(text, "muted")

    def _idle(self) -> None:
        self.check_button.setEnabled(True)
        self.join_button.setEnabled(True)

    def say(self, text: str, role: str) -> None:
        self.result_label.setText(text)
        set_role(self.result_label, role)
        self.result_label.setVisible(bool(text))
        if text and self.isVisible():
            self._fit()
            announce(self.result_label, text)

    def check(self) -> None:
        """The network check, with the code when one is typed (checked without joining)."""
        address, code = self.address.text(), self.code.text().strip() or None
        workshop = self.state.workspace.workshop
        if self.background.run(lambda: workshop.check(address, code), self._checked,
                               self._failed):
            self._busy(self.tr("Checking the network…"))

    def _checked(self, diagnosis: Diagnosis) -> None:
        self._idle()
        self.diagnosis = diagnosis
        self.say(diagnosis_text(self, diagnosis, self.address.text(),
                                bool(self.code.text().strip())),
                 "success" if diagnosis.ok else "danger")

    def join(self) -> None:
        address, code = self.address.text(), self.code.text().strip()
        if not code:
            self.say(self.tr("Type the join code the facilitator's PC shows."), "danger")
            self.code.setFocus()
            return
        name = " ".join(self.pc_name.text().split()) or None
        workshop = self.state.workspace.workshop
        if self.background.run(lambda: workshop.join(address, code, name=name), self._joined,
                               self._failed):
            self._busy(self.tr("Joining…"))

    def _joined(self, peer: JoinedPeer) -> None:
        self._idle()
        self.peer = peer
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._idle()
        self.say(error_text(self, exc, self.address.text()), "danger")


class NetworkBox(QFrame):
    """The "On this network" card of Get courses."""

    joined_changed = Signal()  # joined or left: the catalog listing changes
    auto_browse = True  # look for workshops when Get courses is first shown (tests: off)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.background = Background(self)
        self.browse_seconds = BROWSE_SECONDS
        self.browsed = False
        self.found: list[FoundWorkshop] = []
        self.setProperty("role", "card")
        heading = QLabel(self.tr("On this network"))
        heading.setProperty("role", "title")
        self.explain = QLabel(self.tr(
            "In a workshop, the facilitator's PC shares its courses with the PCs in the room. "
            "Join it with the code it shows: its courses are listed here, and your records "
            "go to it by themselves."))
        self.explain.setWordWrap(True)
        self.explain.setProperty("role", "muted")
        self.state_line = QLabel()
        self.state_line.setWordWrap(True)
        self.state_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.workshops = QListWidget()
        self.workshops.setAccessibleName(self.tr("Workshops found on this network"))
        self.workshops.setMinimumHeight(60)
        self.workshops.setMaximumHeight(110)
        self.workshops.setWordWrap(True)
        self.workshops.itemActivated.connect(lambda _item: self.choose_join())
        self.look_button = QPushButton(icon("search"), self.tr("Look again"))
        self.look_button.setAccessibleName(self.tr("Look for workshops on this network"))
        self.look_button.clicked.connect(self.browse)
        self.join_button = QPushButton(icon("next"), self.tr("Join…"))
        self.join_button.setAccessibleName(self.tr("Join a workshop with its address and code"))
        self.join_button.clicked.connect(self.choose_join)
        self.check_button = QPushButton(icon("search"), self.tr("Check network"))
        self.check_button.setAccessibleName(self.tr(
            "Check the network to the workshop PC"))
        self.check_button.clicked.connect(self.check)
        self.leave_button = QPushButton(icon("mdi6.close"), self.tr("Leave"))
        self.leave_button.setAccessibleName(self.tr("Leave the workshop"))
        self.leave_button.clicked.connect(self.leave)
        self.delivery_line = QLabel()
        self.delivery_line.setWordWrap(True)
        self.delivery_line.setProperty("role", "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.look_button)
        first.addWidget(self.join_button)
        first.addStretch(1)
        second.addWidget(self.check_button)
        second.addWidget(self.leave_button)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        for widget in (heading, self.explain, self.state_line, self.workshops):
            layout.addWidget(widget)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.delivery_line)
        layout.addWidget(self.message)
        self.delivery = AutoDelivery.of(state)
        self.delivery.changed.connect(self.refresh)
        self.refresh()

    @property
    def buttons(self) -> list[QWidget]:
        """In Tab order (the catalog screen chains them after its own)."""
        return [self.workshops, self.look_button, self.join_button, self.check_button,
                self.leave_button]

    # --- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        peer = joined_peer(self.state)
        self.peer = peer
        joined = peer is not None
        for widget in (self.workshops, self.look_button, self.join_button):
            widget.setVisible(not joined)
        self.workshops.setVisible(not joined and bool(self.found))
        for widget in (self.check_button, self.leave_button, self.delivery_line):
            widget.setVisible(joined)
        if peer is not None:
            self.state_line.setText(self.tr("Joined to {name} ({address})").format(
                name=peer.name, address=peer.base_url.removeprefix("http://")))
            set_role(self.state_line, "success")
            sentence = status_sentence(self.delivery.status) or self.tr(
                "Your records go to this PC by themselves.")
            self.delivery_line.setText(sentence)
        else:
            if self.background.busy:
                text = self.tr("Looking for workshops…")
            elif self.found:
                text = self.tr("Choose a workshop and Join…, or type its address.")
            elif self.browsed:
                text = self.tr("No workshop was found. Networks often block the search "
                               "(guest Wi-Fi, firewalls): type the address and code with "
                               "Join….")
            else:
                text = self.tr("Not joined to a workshop.")
            self.state_line.setText(text)
            set_role(self.state_line, "muted")

    def on_shown(self) -> None:
        """Look for workshops once per screen, unless joined."""
        self.refresh()
        if self.peer is None and not self.browsed and self.auto_browse:
            self.browse()

    # --- actions ---------------------------------------------------------------------------

    def browse(self) -> None:
        workshop, seconds = self.state.workspace.workshop, self.browse_seconds
        if self.background.run(lambda: workshop.browse(seconds), self._browsed,
                               self._browse_failed):
            self.look_button.setEnabled(False)
            self.refresh()

    def _browsed(self, found: list[FoundWorkshop]) -> None:
        self.browsed = True
        self.look_button.setEnabled(True)
        self.found = found
        self.workshops.clear()
        for workshop in found:
            item = QListWidgetItem(f"{workshop.name}\n{workshop.address}:{workshop.port}")
            item.setData(Qt.ItemDataRole.UserRole, workshop.url)
            self.workshops.addItem(item)
        if found:
            self.workshops.setCurrentRow(0)
        self.refresh()

    def _browse_failed(self, _exc: BaseException) -> None:
        self._browsed([])  # no multicast here: typing the address works all the same

    def choose_join(self) -> None:
        item = self.workshops.currentItem() if self.workshops.isVisible() else None
        address = str(item.data(Qt.ItemDataRole.UserRole)).removeprefix("http://") \
            if item is not None else ""
        dialog = JoinDialog(self.state, address, self)
        dialog.accepted.connect(lambda: self._joined(dialog.peer))
        self.join_dialog = dialog
        dialog.open()

    def _joined(self, peer: JoinedPeer | None) -> None:
        if peer is None:
            return
        self.say(self.tr("Joined to {name}. Its courses are listed under Get courses, marked "
                         "“On this network”.").format(name=peer.name), "success")
        self.refresh()
        self.joined_changed.emit()
        self.delivery.deliver_now()

    def check(self) -> None:
        peer = self.peer
        if peer is None:
            return
        workshop = self.state.workspace.workshop
        if self.background.run(lambda: workshop.check(peer.base_url), self._checked,
                               lambda exc: self.say(error_text(self, exc, peer.base_url),
                                                    "danger")):
            self.check_button.setEnabled(False)
            self.say(self.tr("Checking the network…"), "muted")

    def _checked(self, diagnosis: Diagnosis) -> None:
        self.check_button.setEnabled(True)
        address = self.peer.base_url if self.peer is not None else ""
        self.say(diagnosis_text(self, diagnosis, address),
                 "success" if diagnosis.ok else "danger")

    def leave(self) -> None:
        workshop = self.state.workspace.workshop
        self.state.write(workshop.leave, self._left, lambda exc: show_error(self, exc))

    def _left(self, peer: JoinedPeer | None) -> None:
        self.say(self.tr("Left the workshop {name}. Records already sent stay there; new "
                         "ones wait on this PC.").format(name=peer.name) if peer else "",
                 "muted")
        self.browsed = False
        self.refresh()
        self.joined_changed.emit()

    def say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))
        if text and self.isVisible():
            announce(self.message, text)


def peer_download_terms(parent: QWidget, peer: JoinedPeer, entry: CatalogEntry,
                        title: str) -> bool | None:
    """How to download an entry of the joined workshop's catalog: True = only if signed,
    False = the user accepted an unsigned package, None = not at all (a catalog that sends
    the package to another address, or the user declined)."""
    if not peer.owns(entry.url):
        show_error(parent, BiblioError(QCoreApplication.translate(
            "NetworkCheck", "The workshop PC's catalog sends this course to another address "
            "({url}), not to the workshop PC; it was not downloaded.").format(url=entry.url)),
            QCoreApplication.translate(
                "NetworkCheck", "This course cannot be downloaded"))
        return None
    if entry.publisher_key_id is None:
        return False if confirm_unsigned(parent, title, peer.name) else None
    return True
