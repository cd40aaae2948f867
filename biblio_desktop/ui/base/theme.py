"""Light, dark and high-contrast themes, and the base font size.

Fusion style with a palette, plus a small style sheet for the app's own roles
(card, tile, headline, muted text), so every screen looks consistent without
per-widget colours.

Every theme meets WCAG 2.1 AA as EN 301 549 asks (docs/accessibility.md): 4.5:1 for text
(normal, muted, success, danger, links, disabled-but-readable), 3:1 for control borders,
focus rings and icons. `contrast_pairs` lists the pairs and tests/ui/test_theme_contrast.py
checks them. Fusion derives the borders of check boxes, radio buttons and fields from the
window colour (black on black in high contrast), so `BorderedStyle` draws them again in
the theme's `control_border`. Progress bars carry their value as text, drawn in
`progress_text` over both the track (`base`) and the fill (`progress_fill`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

if TYPE_CHECKING:
    from .state import AppState


@dataclass(frozen=True)
class Colors:
    window: str
    base: str
    text: str
    muted: str
    accent: str
    accent_text: str
    card: str
    border: str
    success: str
    danger: str
    control_border: str  # check boxes, radio buttons, fields, progress bars: 3:1
    disabled: str  # text of disabled controls: readable, but visibly not the normal text
    progress_fill: str  # the filled part of a progress bar, under `progress_text`
    progress_text: str


THEMES = {
    "light": Colors("#f4f5f7", "#ffffff", "#1d2330", "#5b6475", "#1f5fa8", "#ffffff",
                    "#ffffff", "#d6dae1", "#1e7b3c", "#b3261e",
                    "#767e8e", "#656b78", "#b9d3f3", "#1d2330"),
    "dark": Colors("#1b1e24", "#23272f", "#e8eaee", "#a3aab8", "#6aa7f0", "#0d1117",
                   "#262b34", "#3a414d", "#5cc785", "#f08a80",
                   "#8b93a5", "#9aa1ae", "#24508a", "#ffffff"),
    "high-contrast": Colors("#000000", "#000000", "#ffffff", "#ffff00", "#ffff00", "#000000",
                            "#000000", "#ffffff", "#00ff00", "#ff6060",
                            "#ffffff", "#c0c0c0", "#3e63b4", "#ffffff"),
}

TEXT_MIN = 4.5  # WCAG 1.4.3 (AA), text
NON_TEXT_MIN = 3.0  # WCAG 1.4.11, control borders, focus rings, icons


def relative_luminance(color: str) -> float:
    """WCAG 2.1's relative luminance of an sRGB "#rrggbb" colour."""
    channels = [int(color[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio (1 to 21) of two colours."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def contrast_pairs(c: Colors) -> list[tuple[str, str, str, float]]:
    """(what, foreground, background, minimum ratio) for every pair a theme shows."""
    pairs: list[tuple[str, str, str, float]] = []
    for bg_name in ("window", "base", "card"):
        bg = getattr(c, bg_name)
        for fg_name in ("text", "muted", "success", "danger", "disabled"):
            pairs.append((f"{fg_name} on {bg_name}", getattr(c, fg_name), bg, TEXT_MIN))
        pairs.append((f"link on {bg_name}", c.accent, bg, TEXT_MIN))
        pairs.append((f"focus ring on {bg_name}", c.accent, bg, NON_TEXT_MIN))
        pairs.append((f"icons on {bg_name}", c.text, bg, NON_TEXT_MIN))
        pairs.append((f"control borders on {bg_name}", c.control_border, bg, NON_TEXT_MIN))
    pairs += [
        ("primary button text", c.accent_text, c.accent, TEXT_MIN),
        ("selected text", c.accent_text, c.accent, TEXT_MIN),
        ("progress text on the track", c.progress_text, c.base, TEXT_MIN),
        ("progress text on the fill", c.progress_text, c.progress_fill, TEXT_MIN),
        ("primary button focus ring", c.text, c.window, NON_TEXT_MIN),
    ]
    return pairs


def colors(theme: str) -> Colors:
    return THEMES.get(theme, THEMES["light"])


def style_sheet(c: Colors, font_size: int) -> str:
    return f"""
QWidget {{ font-size: {font_size}pt; }}
QLabel[role="headline"] {{ font-size: {font_size + 9}pt; font-weight: 600; }}
QLabel[role="title"] {{ font-size: {font_size + 4}pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {c.muted}; }}
QLabel[role="success"] {{ color: {c.success}; font-weight: 600; }}
QLabel[role="danger"] {{ color: {c.danger}; font-weight: 600; }}
QLabel[role="verdict"] {{ font-size: {font_size + 8}pt; font-weight: 700; }}
QFrame[role="card"] {{ background: {c.card}; border: 1px solid {c.border};
    border-radius: 10px; }}
QFrame[role="card"]:focus {{ border: 2px solid {c.accent}; }}
QTreeWidget[role="outline"] {{ border: 1px solid {c.control_border}; padding: 1px; }}
QTreeWidget[role="outline"]:focus {{ border: 2px solid {c.accent}; padding: 0px; }}
QToolButton[role="tile"] {{ background: {c.card}; border: 1px solid {c.border};
    border-radius: 12px; padding: 12px; font-size: {font_size + 2}pt; }}
QToolButton[role="tile"]:hover, QToolButton[role="tile"]:focus {{
    border: 2px solid {c.accent}; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text};
    border: none; border-radius: 6px; padding: 8px 16px; font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: {c.border}; color: {c.muted}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {c.text}; padding: 6px 14px; }}
QPushButton[role="primary"]:disabled {{ border: 1px dashed {c.disabled}; padding: 7px 15px; }}
QProgressBar {{ border: 1px solid {c.control_border}; border-radius: 5px; text-align: center;
    min-height: 14px; background: {c.base}; color: {c.progress_text}; }}
QProgressBar::chunk {{ background: {c.progress_fill}; border-radius: 4px; }}
QFrame[role="warning"] {{ background: {c.card}; border: 2px solid {c.accent}; }}
QToolButton:checked {{ background: {c.accent}; color: {c.accent_text};
    border: 2px solid {c.text}; border-radius: 4px; }}
QToolBar {{ spacing: 6px; padding: 4px; border: none; }}
"""


def set_role(widget: QWidget, role: str | None) -> None:
    """Give a widget one of the style-sheet roles (headline, muted, success, danger, ...)
    and re-polish it, since Qt does not re-apply style sheets when a property changes."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def empty_note() -> QLabel:
    """The muted, centred line a screen shows where its list or table is empty (the
    screen sets what it says and hides it once there is something to show)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setProperty("role", "muted")
    return label


class BorderedStyle(QProxyStyle):
    """Fusion, with the borders of check boxes, radio buttons and fields drawn in the
    theme's `control_border` (Fusion darkens the window colour: 1.3:1 in the light theme,
    black on black in high contrast)."""

    def __init__(self, border: str) -> None:
        super().__init__(QStyleFactory.create("Fusion"))
        self.border = QColor(border)

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption,
                      painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                       QStyle.PrimitiveElement.PE_IndicatorRadioButton,
                       QStyle.PrimitiveElement.PE_FrameLineEdit):
            self._outline(painter, option.rect,
                          round_=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawComplexControl(self, control: QStyle.ComplexControl,
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            self._outline(painter, option.rect)

    def _outline(self, painter: QPainter, rect: QRect, round_: bool = False) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.border, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round_:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    """Apply palette, base font, style sheet and icon colours to the whole application."""
    from . import icons

    c = colors(theme)
    app.setStyle(BorderedStyle(c.control_border))
    icons.set_colors(c.text, c.disabled, c.accent_text)
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window, QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base, QPalette.ColorRole.AlternateBase: c.window,
        QPalette.ColorRole.Text: c.text, QPalette.ColorRole.Button: c.card,
        QPalette.ColorRole.ButtonText: c.text, QPalette.ColorRole.Highlight: c.accent,
        QPalette.ColorRole.HighlightedText: c.accent_text, QPalette.ColorRole.ToolTipBase: c.card,
        QPalette.ColorRole.ToolTipText: c.text, QPalette.ColorRole.Link: c.accent,
        QPalette.ColorRole.PlaceholderText: c.muted,
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(disabled, role, QColor(c.disabled))
    palette.setColor(disabled, QPalette.ColorRole.Button, QColor(c.window))  # flat: not pressable
    app.setPalette(palette)
    font = QFont(app.font())
    font.setPointSize(font_size)
    app.setFont(font)
    app.setStyleSheet(style_sheet(c, font_size))


def set_look(app: QApplication, language: str, theme: str, font_size: int) -> bool:
    """The one place that applies the UI language, theme and font size, and only what
    differs from what is applied (remembered on the QApplication): the first window, the
    opened library and the settings screen all go through here. True when the language
    changed, so the caller can rebuild its screens."""
    from .i18n import LANGUAGE_NAMES, Translations

    translations = getattr(app, "biblio_translations", None)
    if not isinstance(translations, Translations):
        translations = Translations(app)
        app.biblio_translations = translations  # type: ignore[attr-defined]
    language = language if language in LANGUAGE_NAMES else "en"
    changed = translations.language != language or not translations.applied
    if changed:
        translations.set_language(language)
    look = (theme, font_size)
    if getattr(app, "biblio_look", None) != look:
        apply_theme(app, theme, font_size)
        app.biblio_look = look  # type: ignore[attr-defined]
    return changed


def apply_look(app: QApplication, state: AppState) -> bool:
    """`set_look` with the state's language (the learner's own, else the installation's),
    theme and font size."""
    return set_look(app, state.language, str(state.setting("theme")),
                    int(state.setting("font_size")))
