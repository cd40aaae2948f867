"""The main window: a stack of screens; screens get what they need in their constructor."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QStackedWidget

from .. import APP_NAME
from ..workspace import Workspace
from .library_screen import LibraryScreen


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.stack = QStackedWidget(self)
        self.library = LibraryScreen(workspace, self)
        self.stack.addWidget(self.library)
        self.setCentralWidget(self.stack)
