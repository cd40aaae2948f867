"""Heading and link keys for a rendered lesson or slide, said to the screen reader.

Shared by the lesson and slide views: Ctrl+Down / Ctrl+Up select the next / previous
heading (scrolled to the top) and Tab / Shift+Tab the next / previous link, and each is
announced. Strings stay in the lesson view's translation context, where they were first
translated. Moves set `browser.jumping`, so a lesson never counts them as reading.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QWidget

from ..base.accessibility import announce


class HeadingNavigator:
    """Heading and link keys for `browser` (a ConfinedBrowser), with shortcuts on `host`."""

    def __init__(self, host: QWidget, browser: QWidget) -> None:
        self.browser = browser
        browser.link_focused.connect(  # type: ignore[attr-defined]
            lambda text: announce(browser, QCoreApplication.translate(
                "LessonView", "Link: {text}").format(text=text)))
        for key, step in (("Ctrl+Down", 1), ("Ctrl+Up", -1)):
            shortcut = QShortcut(QKeySequence(key), host)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.go(s))

    def go(self, step: int) -> bool:
        """Select the next (`step` 1) or previous (-1) heading after or before the text
        cursor, scroll it to the top and announce it; say so when there is none."""
        document = self.browser.document()  # type: ignore[attr-defined]
        cursor = self.browser.textCursor()  # type: ignore[attr-defined]
        block = document.findBlock(cursor.selectionStart())
        at_top = not cursor.hasSelection() and cursor.position() == 0
        if not (at_top and step > 0):  # from the very top, the first block counts too
            block = block.next() if step > 0 else block.previous()
        while block.isValid() and block.blockFormat().headingLevel() == 0:
            block = block.next() if step > 0 else block.previous()
        if not block.isValid():
            announce(self.browser, QCoreApplication.translate("LessonView", "No next heading")
                     if step > 0 else QCoreApplication.translate("LessonView",
                                                                 "No previous heading"))
            return False
        self.select(block.blockNumber())
        return True

    def headings(self) -> list[tuple[int, int, str]]:
        """(block number, level, text) of each heading, in order."""
        found = []
        block = self.browser.document().begin()  # type: ignore[attr-defined]
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level and block.text().strip():
                found.append((block.blockNumber(), level, block.text().strip()))
            block = block.next()
        return found

    def select(self, number: int) -> None:
        browser = self.browser
        document = browser.document()  # type: ignore[attr-defined]
        block = document.findBlockByNumber(number)
        target = QTextCursor(block)
        target.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                            QTextCursor.MoveMode.KeepAnchor)
        browser.jumping = True  # type: ignore[attr-defined]
        try:
            browser.setTextCursor(target)  # type: ignore[attr-defined]
            top = document.documentLayout().blockBoundingRect(block).top()
            browser.verticalScrollBar().setValue(int(top))  # type: ignore[attr-defined]
        finally:
            browser.jumping = False  # type: ignore[attr-defined]
        browser.setFocus(Qt.FocusReason.ShortcutFocusReason)
        announce(browser, QCoreApplication.translate(
            "LessonView", "Heading level {level}: {text}").format(
            level=block.blockFormat().headingLevel(), text=block.text().strip()))
