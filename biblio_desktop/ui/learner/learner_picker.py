"""The start screen of a shared PC: "Who is learning today?" with one tile per learner.

Tiles are big, with a coloured initials avatar, because people in a workshop recognise
their own tile faster than they read a list; the colour comes from the learner id so it
stays the same between sessions (and two people with the same initials still differ).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...learning.profiles import Learner
from ..base.clock_notice import ClockBanner
from ..base.errors import show_error
from ..base.icons import icon
from ..base.state import AppState, Navigator
from .learner_dialogs import (
    AddLearnerDialog,
    FacilitatorSetupDialog,
    FacilitatorSignInDialog,
    PinDialog,
)

AVATAR = 88
TILE_SIZE = QSize(176, 168)  # at the default text size
TILE_PADDING = 16
COLUMNS = 5


def initials(name: str) -> str:
    """Up to two letters: first letters of the first and last word ("Anna Ozola" → "AO")."""
    words = [w for w in name.split() if w[:1].isalnum()]
    if not words:
        return (name[:1] or "?").upper()
    if len(words) == 1:
        return words[0][:1].upper()
    return (words[0][:1] + words[-1][:1]).upper()


def avatar_color(learner_id: int) -> QColor:
    """A stable, distinct hue per learner (golden-angle steps), dark enough for white text."""
    return QColor.fromHsv(int(learner_id * 137.508) % 360, 150, 170)


def avatar_pixmap(learner: Learner, size: int = AVATAR, ratio: float = 2.0) -> QPixmap:
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_color(learner.id))
    painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    font = QFont()
    font.setPixelSize(int(size * 0.36))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter,
                     initials(learner.name))
    if learner.has_secret:
        badge = size * 0.34
        rect = QRectF(size - badge, size - badge, badge, badge)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("white"))
        painter.drawEllipse(rect)
        lock = icon("lock", "#333333").pixmap(QSize(int(badge * 0.7), int(badge * 0.7)))
        painter.drawPixmap(rect.adjusted(badge * 0.15, badge * 0.15, -badge * 0.15,
                                         -badge * 0.15).toRect(), lock)
    painter.end()
    return pixmap


class LearnerPicker(QWidget):
    """Learner tiles, "Add learner", and the facilitator's way in."""

    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.nav = state, nav
        self.tiles: list[QToolButton] = []
        self.columns = COLUMNS
        self.learners: list[Learner] = []

        self.headline = QLabel(self.tr("Who is learning today?"))
        self.headline.setProperty("role", "headline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Choose your profile. Use the arrow keys and Enter, or click."))
        self.hint.setProperty("role", "muted")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.clock_banner = ClockBanner()  # only while the PC's date is impossible
        self.clock_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(16)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.scroll = scroll

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        empty_text = QLabel(self.tr(
            "Nobody has a profile on this computer yet.\nProfiles keep each person's "
            "progress separate: add one for everyone who learns here."))
        empty_text.setWordWrap(True)
        empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        on_accent = self.palette().color(QPalette.ColorRole.HighlightedText).name()
        self.empty_add = QPushButton(icon("add", on_accent), self.tr("Add the first learner"))
        self.empty_add.setProperty("role", "primary")
        self.empty_add.setIconSize(QSize(28, 28))
        self.empty_add.setMinimumHeight(56)
        self.empty_add.setAccessibleName(self.tr("Add the first learner"))
        self.empty_add.clicked.connect(self.add_learner)
        empty_layout.addStretch(1)
        empty_layout.addWidget(empty_text)
        empty_layout.addSpacing(16)
        empty_layout.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.facilitator_button = QPushButton(icon("facilitator"), self.tr("Facilitator"))
        self.facilitator_button.setAccessibleName(self.tr("Facilitator sign-in"))
        self.facilitator_button.setToolTip(self.tr(
            "For the person who looks after this computer's learners"))
        self.facilitator_button.setMinimumHeight(36)
        self.facilitator_button.clicked.connect(self.facilitator)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.facilitator_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 20)
        layout.addWidget(self.headline)
        layout.addWidget(self.hint)
        layout.addWidget(self.clock_banner)
        layout.addSpacing(16)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(bottom)
        self.refresh()

    # --- building --------------------------------------------------------------------------

    def restyle(self) -> None:
        """Tiles made again for the new text size and colours (their size is fixed per
        name, the add icon's colour per theme); the picker holds nothing unsaved."""
        if self.isVisible():
            focused = next((lr.id for t, lr in zip(self.tiles, self.learners, strict=False)
                            if t.hasFocus()), None)
            self.refresh(focused)

    def on_shown(self) -> None:
        self.refresh()

    def refresh(self, focus_id: int | None = None) -> None:
        self.clock_banner.refresh()
        try:
            self.learners = self.state.list_learners()
        except Exception as exc:
            show_error(self, exc)
            self.learners = []
        for tile in self.tiles:
            self.grid.removeWidget(tile)
            tile.hide()
            tile.deleteLater()
        self.tiles = []
        for learner in self.learners:
            tile = self._tile(learner.name, QIcon(avatar_pixmap(learner)))
            if learner.has_secret:
                tile.setAccessibleName(self.tr("{name}, protected by a PIN").format(
                    name=learner.name))
                tile.setToolTip(self.tr("{name} (PIN)").format(name=learner.name))
            tile.clicked.connect(lambda _c=False, who=learner: self.open_learner(who))
            self.tiles.append(tile)
        add = self._tile(self.tr("Add learner"),
                         icon("add", self.palette().color(QPalette.ColorRole.Text).name()))
        add.setAccessibleName(self.tr("Add learner"))
        add.setIconSize(QSize(56, 56))
        add.clicked.connect(self.add_learner)
        self.add_tile = add
        self.tiles.append(add)
        # large text makes wider tiles: as many columns as fit, never a sideways scroll
        widest = max(tile.width() for tile in self.tiles)
        room = self.scroll.viewport().width() if self.scroll.isVisible() else self.width()
        self.columns = max(1, min(COLUMNS, (max(room, 600) - 16) // (widest + 16)))
        for index, tile in enumerate(self.tiles):
            self.grid.addWidget(tile, index // self.columns, index % self.columns)
            tile.show()  # now, not at the next layout pass, so it can take the focus below
        for prev, nxt in zip(self.tiles, self.tiles[1:], strict=False):
            self.setTabOrder(prev, nxt)
        self.setTabOrder(self.tiles[-1], self.facilitator_button)
        has_learners = bool(self.learners)
        self.scroll.setVisible(has_learners)
        self.hint.setVisible(has_learners)
        self.empty.setVisible(not has_learners)
        target = next((t for t, lr in zip(self.tiles, self.learners, strict=False)
                       if lr.id == focus_id), None)
        (target or (self.tiles[0] if has_learners else self.empty_add)).setFocus()

    def _tile(self, text: str, tile_icon: QIcon) -> QToolButton:
        tile = QToolButton()
        tile.setProperty("role", "tile")
        tile.setText(text)
        tile.setIcon(tile_icon)
        tile.setIconSize(QSize(AVATAR, AVATAR))
        tile.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self._fit_tile(tile, text)
        tile.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tile.setAccessibleName(text)
        tile.setToolTip(text)
        tile.installEventFilter(self)
        return tile

    @staticmethod
    def _fit_tile(tile: QToolButton, text: str) -> None:
        """The whole name shows, never elided ("Ilz…iņa" at 24 pt): on two lines split at
        a space when it is wider than the tile, and a wider, taller tile when needed."""
        tile.ensurePolished()  # the tile's font comes from the style sheet
        metrics = tile.fontMetrics()
        inner = TILE_SIZE.width() - 2 * TILE_PADDING
        lines = [text]
        if metrics.horizontalAdvance(text) > inner and " " in text:
            words = text.split(" ")
            splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
            lines = list(min(splits, key=lambda pair: max(metrics.horizontalAdvance(part)
                                                          for part in pair)))
        tile.setText("\n".join(lines))
        width = max(TILE_SIZE.width(),
                    max(metrics.horizontalAdvance(line) for line in lines) + 2 * TILE_PADDING)
        height = max(TILE_SIZE.height(), tile.iconSize().height() + 2 * TILE_PADDING
                     + len(lines) * metrics.lineSpacing() + 8)
        tile.setFixedSize(QSize(width, height))

    # --- keyboard --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.tiles:
            assert isinstance(event, QKeyEvent)
            index = self.tiles.index(watched)  # type: ignore[arg-type]
            key = event.key()
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -self.columns,
                    Qt.Key.Key_Down: self.columns}.get(Qt.Key(key))
            if step is not None:
                target = index + step
                if 0 <= target < len(self.tiles):
                    self.tiles[target].setFocus(Qt.FocusReason.TabFocusReason)
                    self.scroll.ensureWidgetVisible(self.tiles[target])
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.tiles[index].click()
                return True
        return super().eventFilter(watched, event)

    # --- actions ---------------------------------------------------------------------------

    def open_learner(self, learner: Learner) -> None:
        """No PIN: straight in. With a PIN: ask for it (wrong tries are throttled)."""
        if learner.has_secret:
            dialog = PinDialog(self.state, learner, self)
            self.active_dialog = dialog
            if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                self.refresh(focus_id=learner.id)  # the list may have changed (restore)
                return
        else:
            try:
                self.state.sign_in_learner(learner.id, None)
            except Exception as exc:
                show_error(self, exc)
                self.refresh()
                return
        self.nav.show_library()

    def add_learner(self) -> None:
        dialog = AddLearnerDialog(self.state, self)
        self.active_dialog = dialog
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted:
            added = dialog.result_value
            self.refresh(focus_id=added.id if isinstance(added, Learner) else None)

    def facilitator(self) -> None:
        """First time: create the password (explaining the role); later: ask for it."""
        try:
            exists = self.state.workspace.learners.facilitator_exists()
        except Exception as exc:
            show_error(self, exc)
            return
        dialog: QDialog = (FacilitatorSignInDialog(self.state, self) if exists else
                           FacilitatorSetupDialog(self.state, self))
        self.active_dialog = dialog
        if self.run_dialog(dialog) == QDialog.DialogCode.Accepted and self.state.facilitator:
            self.nav.show_facilitator()

    def run_dialog(self, dialog: QDialog) -> int:
        """Modal dialog (tests replace this to drive the dialog without a nested loop)."""
        return dialog.exec()
