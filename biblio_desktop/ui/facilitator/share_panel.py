"""Facilitator → "Share on this network": this PC serves its courses to the room and
gathers the records of the PCs that join it (docs/workshop.md).

`ShareController` (one per AppState, a child of it) holds the running share, so closing
the panel, signing out or a language switch (screens rebuilt) does not stop a workshop;
it stops with "Stop sharing" or when the app quits. Starting binds the port and announces
the workshop by DNS-SD, stopping closes every connection: both on a background thread, like
the panel's refresh every 2 seconds (who joined, who downloads what, whose records came),
so the window never waits for the network or the database.

`SharePanel` shows the join code large enough to read across a room, the address(es) and a
QR code of the first one, the PCs that joined ("Remove this PC…") and the learners whose
records arrived, with their PC's name. `GatheredLearnersView` is that last list, also shown
on the facilitator's dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import segno
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...workshop.api import GatheredLearner, Sharing
from ...workshop.peers import Peer
from ...workshop.protocol import DEFAULT_PORT
from ...workshop.server import Limits
from ..base.accessibility import LARGE_TEXT_PT, announce
from ..base.background import Background
from ..base.errors import show_error
from ..base.formats import format_date
from ..base.icons import icon
from ..base.state import AppState, StateService
from ..base.theme import set_role

POLL_MS = 2_000


def qr_pixmap(payload: str, size: int) -> QPixmap:
    """A QR code of `payload` with its quiet zone, whole pixels per module (sharp)."""
    matrix = segno.make(payload, error="m", micro=False).matrix
    border = 4
    n = len(matrix) + 2 * border
    blank = bytes([255]) * n
    rows = [blank] * border + [bytes([255]) * border + bytes(0 if dark else 255 for dark in row)
                               + bytes([255]) * border for row in matrix] + [blank] * border
    data = b"".join(rows)
    image = QImage(data, n, n, n, QImage.Format.Format_Grayscale8).copy()
    scale = max(1, size // n)
    return QPixmap.fromImage(image.scaled(n * scale, n * scale,
                                          Qt.AspectRatioMode.IgnoreAspectRatio,
                                          Qt.TransformationMode.FastTransformation))


@dataclass(frozen=True)
class Snapshot:
    """What the panel shows, read on the background thread."""

    peers: tuple[Peer, ...] = ()
    downloading: tuple[tuple[str, str, str], ...] = ()  # (installation, course id, version)
    gathered: tuple[GatheredLearner, ...] = ()
    gathered_count: int = -1  # statements gathered when `gathered` was read


class ShareController(StateService):
    """The running share of one AppState (`ShareController.of(state)`)."""

    changed = Signal()  # started, stopped, a new snapshot, or an error
    snapshot_ready = Signal()

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.state = state
        self.sharing: Sharing | None = None
        self.snapshot = Snapshot()
        self.error: BaseException | None = None
        self.busy = False
        # where and how to share: every network card on port 8765 (tests: 127.0.0.1, 0)
        self.bind, self.port, self.announce = "0.0.0.0", DEFAULT_PORT, True
        self.limits: Limits | None = None
        self.control = Background(self)
        self.poller = Background(self)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.stop_on_quit(self.stop_now)

    @property
    def running(self) -> bool:
        return self.sharing is not None

    def start(self) -> None:
        if self.sharing is not None or self.busy:
            return
        workshop = self.state.workspace.workshop
        bind, port, announce_it, limits = self.bind, self.port, self.announce, self.limits
        self.busy, self.error = True, None
        self.control.run(lambda: workshop.share(bind=bind, port=port, announce=announce_it,
                                                limits=limits), self._started, self._failed)
        self.changed.emit()

    def _started(self, sharing: Sharing) -> None:
        self.busy, self.sharing = False, sharing
        self.timer.start()
        self.changed.emit()
        self.poll()

    def _failed(self, exc: BaseException) -> None:
        self.busy, self.error = False, exc
        self.changed.emit()

    def stop(self) -> None:
        sharing = self.sharing
        if sharing is None or self.busy:
            return
        self.busy, self.error = True, None
        self.timer.stop()
        self.control.run(sharing.stop, self._stopped, self._failed)
        self.changed.emit()

    def _stopped(self, _value: Any) -> None:
        self.busy, self.sharing = False, None
        self.changed.emit()

    def stop_now(self) -> None:
        """At quit: stop on this thread (the server closes its connections at once)."""
        self.timer.stop()
        sharing, self.sharing = self.sharing, None
        if sharing is not None:
            sharing.stop()

    def poll(self) -> bool:
        """Read who joined, who downloads what and whose records arrived, off-thread."""
        if not self.state.library_is_open:
            return False
        workshop, sharing = self.state.workspace.workshop, self.sharing
        before = self.snapshot

        def read() -> Snapshot:
            transfers = sharing.service.transfers() if sharing is not None else []
            count = workshop.gathered_count()  # one count; the learners only when it moved
            gathered = before.gathered if count == before.gathered_count else tuple(
                workshop.gathered_learners())
            return Snapshot(tuple(workshop.peers()),
                            tuple((t.peer, t.course_id, t.version) for t in transfers),
                            gathered, count)

        return self.poller.run(read, self._polled, lambda _exc: None)

    def _polled(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.snapshot_ready.emit()

    def remove(self, peer: Peer) -> None:
        workshop = self.state.workspace.workshop
        self.state.write(lambda: workshop.remove_peer(peer.installation),
                         lambda _p: self.poll(), lambda exc: show_error(None, exc))


def _tree(name: str, headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setAccessibleName(name)
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setWordWrap(True)
    tree.setMinimumHeight(110)
    return tree


class GatheredLearnersView(QWidget):
    """Learners of the PCs that joined, with their PC's name (from the gathered records)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setProperty("role", "title")
        heading.setWordWrap(True)
        self.tree = _tree(title, [self.tr("PC"), self.tr("Learner"), self.tr("Records"),
                                  self.tr("Completed courses"), self.tr("Last record")])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.tree, 1)

    def set_learners(self, learners: tuple[GatheredLearner, ...] | list[GatheredLearner]
                     ) -> None:
        self.tree.clear()
        for g in learners:
            item = QTreeWidgetItem([g.pc, g.learner, str(g.statements), str(g.completions),
                                    format_date(g.last_at, with_time=True) if g.last_at
                                    else ""])
            self.tree.addTopLevelItem(item)
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]


class SharePanel(QDialog):
    """Start and stop sharing; the code, addresses, QR code, PCs and their learners."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.controller = ShareController.of(state)
        self.setWindowTitle(self.tr("Share on this network"))
        self.setAccessibleName(self.windowTitle())
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        intro = QLabel(self.tr(
            "This PC shares its installed courses with the PCs in this room and gathers their "
            "records. On each learner PC: Get courses → On this network → Join…, with the "
            "address and the join code shown here."))
        intro.setWordWrap(True)
        self.start_button = QPushButton(icon("play"), self.tr("Start sharing"))
        self.start_button.setAccessibleName(self.tr("Start sharing this PC's courses on this "
                                                    "network"))
        set_role(self.start_button, "primary")
        self.stop_button = QPushButton(icon("mdi6.close"), self.tr("Stop sharing"))
        self.stop_button.setAccessibleName(self.tr("Stop sharing on this network"))
        self.start_button.clicked.connect(self.controller.start)
        self.stop_button.clicked.connect(self.controller.stop)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_caption = QLabel(self.tr("Join code"))
        code_caption.setProperty("role", "muted")
        self.code = QLabel()
        # large enough to read across a room; the theme's size rule is overridden here
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        size = max(30, QApplication.font().pointSize() * 2)
        self.code.setStyleSheet(f"font-size: {size}pt; font-weight: 700; letter-spacing: 6px;")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addresses = QLabel()
        self.addresses.setWordWrap(True)
        self.addresses.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.shared.setProperty("role", "muted")
        self.code_card = QFrame()
        self.code_card.setProperty("role", "card")
        card = QHBoxLayout(self.code_card)
        texts = QVBoxLayout()
        for widget in (code_caption, self.code, self.addresses):
            texts.addWidget(widget)
        texts.addStretch(1)
        card.addLayout(texts, 1)
        card.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)

        self.pcs = _tree(self.tr("PCs that joined"), [self.tr("PC"), self.tr("Address"),
                                                      self.tr("Last seen"),
                                                      self.tr("Downloading now")])
        self.pcs.currentItemChanged.connect(lambda *_a: self._update_remove())
        pcs_title = QLabel(self.tr("PCs that joined"))
        pcs_title.setProperty("role", "title")
        self.remove_button = QPushButton(icon("mdi6.close"), self.tr("Remove this PC…"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected PC from the "
                                                     "workshop"))
        self.remove_button.clicked.connect(self.confirm_remove)
        self.learners = GatheredLearnersView(self.tr("Learners whose records arrived"))

        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        for widget in (intro, self.status):
            left.addWidget(widget)
        left.addLayout(buttons)
        left.addWidget(self.code_card)
        left.addWidget(self.shared)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(pcs_title)
        right.addWidget(self.pcs, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_button)
        right.addLayout(remove_row)
        right.addWidget(self.learners, 1)
        columns = QBoxLayout(QBoxLayout.Direction.TopToBottom if large
                             else QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(20)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        body = QWidget()
        body.setLayout(columns)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the controls inside are the stops
        scroll.setWidget(body)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        self.resize(1100, 680) if not large else self.resize(1240, 760)
        self.controller.changed.connect(self.refresh)
        self.controller.snapshot_ready.connect(self.show_snapshot)
        self.refresh()
        self.show_snapshot()
        if not self.controller.running:
            self.controller.poll()  # PCs and learners of earlier workshops

    # --- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        c = self.controller
        sharing = c.sharing
        self.start_button.setVisible(sharing is None)
        self.stop_button.setVisible(sharing is not None)
        self.start_button.setEnabled(not c.busy)
        self.stop_button.setEnabled(not c.busy)
        self.code_card.setVisible(sharing is not None)
        if c.error is not None:
            self.say(self.tr("Sharing could not start: {error}").format(
                error=_message(c.error)) if sharing is None else _message(c.error), "danger")
        elif c.busy:
            self.say(self.tr("Starting…") if sharing is None else self.tr("Stopping…"),
                     "muted")
        elif sharing is None:
            self.say(self.tr("Not sharing. Nothing on this PC can be reached from the network "
                             "until you start sharing."), "muted")
        else:
            self.say(self.tr("Sharing as {name}. Learner PCs can join now.").format(
                name=sharing.service.name), "success")
        if sharing is None:
            self.shared.clear()
            return
        code = sharing.code
        self.code.setText(code)
        self.code.setAccessibleDescription(self.tr("Join code, letter by letter: {code}").format(
            code=" ".join(code)))  # the label is read as its text, then spelled
        addresses = [u.removeprefix("http://") for u in sharing.urls]
        self.addresses.setText(self.tr("Address: {addresses}").format(
            addresses="\n".join(addresses)))
        if sharing.urls:
            self.qr.setPixmap(qr_pixmap(sharing.urls[0], 150))
            self.qr.setAccessibleName(self.tr("QR code of the address {address}").format(
                address=addresses[0]))
        text = self.tr("Shares %n courses.", "", len(sharing.shared))
        if sharing.not_shared:
            text += " " + self.tr("Not shared: {names} (import their .biblio file again to "
                                  "share them).").format(
                names=", ".join(n.course_id for n in sharing.not_shared))
        self.shared.setText(text)

    def say(self, text: str, role: str) -> None:
        changed = text != self.status.text()
        self.status.setText(text)
        set_role(self.status, role)
        if changed and self.isVisible():
            announce(self.status, text)

    def show_snapshot(self) -> None:
        snapshot = self.controller.snapshot
        busy: dict[str, list[str]] = {}
        for installation, course_id, version in snapshot.downloading:
            busy.setdefault(installation, []).append(f"{course_id} {version}")
        chosen = self.selected_peer()
        self.pcs.clear()
        for peer in snapshot.peers:
            item = QTreeWidgetItem([peer.name, peer.address or "",
                                    format_date(peer.last_seen_at, with_time=True)
                                    if peer.last_seen_at else "",
                                    ", ".join(busy.get(peer.installation, []))])
            item.setData(0, Qt.ItemDataRole.UserRole, peer)
            self.pcs.addTopLevelItem(item)
            if chosen is not None and chosen.installation == peer.installation:
                self.pcs.setCurrentItem(item)
        for column in range(self.pcs.columnCount()):
            self.pcs.resizeColumnToContents(column)
        self.learners.set_learners(snapshot.gathered)
        self._update_remove()

    def selected_peer(self) -> Peer | None:
        item = self.pcs.currentItem()
        peer = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return peer if isinstance(peer, Peer) else None

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self.selected_peer() is not None)

    # --- actions ---------------------------------------------------------------------------

    def confirm_remove(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            return
        answer = self.ask(self.tr("Remove this PC"), self.tr(
            "Remove {name} from the workshop? It can no longer download courses or send "
            "records here (what it sent stays). It can join again with the join code.").format(
            name=peer.name))
        if answer:
            self.controller.remove(peer)

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question (a seam tests replace)."""
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes


def _message(exc: BaseException) -> str:
    from ...errors import BiblioError

    if isinstance(exc, BiblioError):
        return f"{exc.message} ({exc.hint})" if exc.hint else exc.message
    return str(exc)
