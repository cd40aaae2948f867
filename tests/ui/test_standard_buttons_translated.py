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


@pytest.mark.parametrize("language", ["lv", "it", "bg", "el"])
def test_qt_file_dialog_speaks_the_ui_language(qapp: QApplication, language: str) -> None:
    """Qt's own file dialog (saving a cohort report where the desktop has no file chooser)
    labels its fields in the UI language, Greek from our own biblio_el.ts."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLabel, QTreeView

    translations = Translations(qapp)
    try:
        assert translations.set_language(language)
        dialog = QFileDialog()
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        # Qt's own translations lack these two labels: ours carry them (qt_strings.py)
        assert texts and {"&Look in:", "Files of &type:"}.isdisjoint(texts), texts
        if language == "el":
            assert "&Αναζήτηση σε:" in texts and "Αρχεία &τύπου:" in texts, texts
        tree = dialog.findChild(QTreeView)
        name = tree.model().headerData(0, Qt.Orientation.Horizontal)
        assert name and name != "Name", (language, name)
        dialog.deleteLater()
    finally:
        translations.set_language("en")
