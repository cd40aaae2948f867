"""UI translations: Qt Linguist `.ts` sources in resources/translations, compiled `.qm`.

The five languages are those of the BIBLIO partner countries. `.qm` files are built by
`make translations` (pyside6-lrelease); a missing `.qm` falls back to English rather
than failing. English has a small `biblio_en.ts` too: counted strings are written once
with `%n` in the plural ("%n learners", `tr(text, "", n)`), and only a translation file
gives a language its singular ("1 learner"), so English loads one like the others.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ...bundle import resources_root

LANGUAGE_NAMES = {"en": "English", "lv": "Latviešu", "it": "Italiano", "bg": "Български",
                  "el": "Ελληνικά"}


def translations_dir() -> Path:
    return resources_root() / "translations"


class Translations:
    """Installs the app's and Qt's own translators for one language at a time."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.language = "en"
        self.applied = False  # set_language not called yet
        self._installed: list[QTranslator] = []

    def set_language(self, language: str) -> bool:
        """Switch the UI language; returns False when no translation file was found."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.applied = True
        self.language = language if language in LANGUAGE_NAMES else "en"
        QLocale.setDefault(QLocale(self.language))
        found = False
        app_tr = QTranslator(self.app)
        if app_tr.load(str(translations_dir() / f"biblio_{self.language}.qm")):
            self.app.installTranslator(app_tr)
            self._installed.append(app_tr)
            found = True
        if self.language == "en":  # biblio_en.qm only holds the singular/plural forms
            return True
        qt_tr = QTranslator(self.app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_tr.load(f"qtbase_{self.language}", qt_dir):
            self.app.installTranslator(qt_tr)
            self._installed.append(qt_tr)
        return found
