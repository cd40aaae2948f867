"""A PDF page as text, for screen readers (QtPdf draws pages as pictures and exposes no
text to accessibility) and for reading with a text cursor, enlarging or copying.

The text comes from pdfium's text layer of the current page only, cut to MAX_CHARS, so a
page with a huge amount of text cannot flood the view. A scanned page has no text layer;
the view says so instead of showing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextOption
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPlainTextEdit, QWidget

MAX_CHARS = 200_000


def page_text(document: QPdfDocument, page: int) -> str:
    """The text of `page` (0-based) in reading order, at most MAX_CHARS characters."""
    text = document.getAllText(page).text()
    return text[:MAX_CHARS].replace("\u2029", "\n").replace("\r\n", "\n")


class PageText(QPlainTextEdit):
    """Read-only text of one page, with a caret screen readers can move through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        # read-only text still takes a caret from the keyboard (arrows move it, as screen
        # readers expect), and Tab leaves it
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def show_page(self, document: QPdfDocument, page: int, count: int, empty: str,
                  name: str) -> None:
        text = page_text(document, page).strip()
        self.setPlainText(text or empty)
        self.setAccessibleName(name)
        self.setAccessibleDescription(name)
        cursor = self.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.setTextCursor(cursor)
