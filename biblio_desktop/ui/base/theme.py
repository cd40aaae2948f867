"""Light, dark and high-contrast themes, and the base font size.

Fusion style with a palette, plus a small style sheet for the app's own roles
(card, tile, headline, muted text), so every screen looks consistent without
per-widget colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

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


THEMES = {
    "light": Colors("#f4f5f7", "#ffffff", "#1d2330", "#5b6475", "#1f5fa8", "#ffffff",
                    "#ffffff", "#d6dae1", "#1e7b3c", "#b3261e"),
    "dark": Colors("#1b1e24", "#23272f", "#e8eaee", "#a3aab8", "#6aa7f0", "#0d1117",
                   "#262b34", "#3a414d", "#5cc785", "#f08a80"),
    "high-contrast": Colors("#000000", "#000000", "#ffffff", "#ffff00", "#ffff00", "#000000",
                            "#000000", "#ffffff", "#00ff00", "#ff6060"),
}


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
QToolButton[role="tile"] {{ background: {c.card}; border: 1px solid {c.border};
    border-radius: 12px; padding: 12px; font-size: {font_size + 2}pt; }}
QToolButton[role="tile"]:hover, QToolButton[role="tile"]:focus {{
    border: 2px solid {c.accent}; }}
QPushButton[role="primary"] {{ background: {c.accent}; color: {c.accent_text};
    border: none; border-radius: 6px; padding: 8px 16px; font-weight: 600; }}
QPushButton[role="primary"]:disabled {{ background: {c.border}; color: {c.muted}; }}
QPushButton[role="primary"]:focus {{ border: 2px solid {c.text}; padding: 6px 14px; }}
QProgressBar {{ border: 1px solid {c.border}; border-radius: 5px; text-align: center;
    min-height: 14px; background: {c.base}; }}
QProgressBar::chunk {{ background: {c.accent}; border-radius: 4px; }}
QToolBar {{ spacing: 6px; padding: 4px; border: none; }}
"""


def set_role(widget: QWidget, role: str | None) -> None:
    """Give a widget one of the style-sheet roles (headline, muted, success, danger, ...)
    and re-polish it, since Qt does not re-apply style sheets when a property changes."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def apply_theme(app: QApplication, theme: str, font_size: int) -> None:
    """Apply palette, base font and style sheet to the whole application."""
    c = colors(theme)
    app.setStyle("Fusion")
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
