"""Qt's own buttons (OK, Cancel, Close, Yes, No in QDialogButtonBox and QMessageBox) are
translated in every UI language, Greek included, for which Qt ships no qtbase_el.qm: our
.ts files carry them under Qt's context (ui/base/qt_strings.py)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from biblio_desktop.ui.base.i18n import Translations

Button = QDialogButtonBox.StandardButton


@pytest.mark.parametrize("language", ["lv", "it", "bg", "el"])
def test_standard_buttons_speak_the_ui_language(qapp: QApplication, language: str) -> None:
    translations = Translations(qapp)
    try:
        assert translations.set_language(language)
        box = QDialogButtonBox(Button.Ok | Button.Cancel | Button.Close | Button.Yes | Button.No)
        for which, english in ((Button.Cancel, "Cancel"), (Button.Close, "Close"),
                               (Button.Yes, "&Yes")):
            text = box.button(which).text()
            assert text and text != english, (language, english, text)
        if language == "el":  # no qtbase_el.qm: these come from our own biblio_el.ts
            assert box.button(Button.Ok).text() == "Εντάξει"
            assert box.button(Button.Close).text() == "Κλείσιμο"
            assert box.button(Button.No).text() == "&Όχι"
    finally:
        translations.set_language("en")
