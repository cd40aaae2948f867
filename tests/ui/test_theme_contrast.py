"""Every theme's colour pairs meet WCAG 2.1 AA (EN 301 549 11.1.4.3, 11.1.4.11), controls
are drawn with visible borders, and icons follow a theme change without a restart."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QToolButton

from biblio_desktop.ui.base.theme import THEMES, contrast, contrast_pairs
from biblio_desktop.ui.shell.main_window import MainWindow


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_colour_pair_meets_its_minimum(theme: str) -> None:
    failing = [f"{what}: {contrast(fg, bg):.2f}:1 < {minimum}:1 ({fg} on {bg})"
               for what, fg, bg, minimum in contrast_pairs(THEMES[theme])
               if contrast(fg, bg) < minimum]
    assert not failing, "\n".join(failing)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_disabled_text_is_readable_but_not_the_normal_text(theme: str) -> None:
    c = THEMES[theme]
    assert c.disabled != c.text and contrast(c.disabled, c.text) > 1.3


def test_known_figures() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def _colours(widget) -> set[str]:
    image = widget.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(image.width())
            for y in range(image.height())}


def test_check_box_border_is_drawn_in_high_contrast(qtbot, app_state) -> None:
    from PySide6.QtWidgets import QApplication

    from biblio_desktop.ui.base.theme import set_look

    app = QApplication.instance()
    set_look(app, "en", "high-contrast", 11)
    try:
        box = QCheckBox()
        qtbot.addWidget(box)
        box.resize(box.sizeHint())
        box.show()
        assert THEMES["high-contrast"].control_border in _colours(box)  # not black on black
    finally:
        set_look(app, "en", "light", 11)


def _icon_colour(button: QToolButton) -> str:
    image = button.icon().pixmap(32, 32).toImage()
    counts: dict[str, int] = {}
    for x in range(image.width()):
        for y in range(image.height()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                counts[pixel.name()] = counts.get(pixel.name(), 0) + 1
    return max(counts, key=counts.__getitem__)


def test_icons_take_the_new_theme_at_once(qtbot, app_state) -> None:
    window = MainWindow(app_state)
    window.save_geometry = False
    qtbot.addWidget(window)
    window.show()
    window.show_settings()
    try:
        for theme in ("dark", "high-contrast", "light"):
            window.state.set_setting("theme", theme)
            button = window.toolbar.widgetForAction(window.library_action)
            assert isinstance(button, QToolButton)
            colour = _icon_colour(button)
            assert colour == THEMES[theme].text, theme
            assert contrast(colour, THEMES[theme].window) >= 3.0
            assert window.current == "settings"
    finally:
        window.state.set_setting("theme", "light")
