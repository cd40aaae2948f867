"""Installed courses and the outline of the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..workspace import Workspace

KIND_ICONS = {"lesson": "mdi6.book-open-variant", "video": "mdi6.play-circle-outline",
              "slides": "mdi6.presentation", "quiz": "mdi6.help-circle-outline"}


def kind_icon(kind: str):
    import qtawesome

    return qtawesome.icon(KIND_ICONS.get(kind, "mdi6.file-outline"))


class LibraryScreen(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 language: str = "en") -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = language
        self.courses = QListWidget()
        self.courses.setAccessibleName(self.tr("Installed courses"))
        self.outline = QTreeWidget()
        self.outline.setHeaderLabels([self.tr("Outline"), self.tr("Minutes")])
        self.outline.setAccessibleName(self.tr("Course outline"))
        self.empty = QLabel(self.tr(
            "No courses yet. Import a course package (.biblio) from a USB stick with "
            "'biblio-desktop import FILE', or run 'make run' to install the sample course."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        title = QLabel(self.tr("Courses"))
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        left_layout.addWidget(title)
        left_layout.addWidget(self.courses)
        left_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.outline)
        splitter.setSizes([380, 700])
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)
        self.courses.currentItemChanged.connect(self._show_outline)
        self.refresh()

    def refresh(self) -> None:
        self.courses.clear()
        installed = self.workspace.list_courses(self.language)
        for course in installed:
            item = QListWidgetItem(f"{course.title}\n{course.version} · "
                                   f"{', '.join(course.languages)} · {course.publisher}")
            item.setData(Qt.ItemDataRole.UserRole, course.course_id)
            self.courses.addItem(item)
        self.empty.setVisible(not installed)
        self.courses.setVisible(bool(installed))
        if installed:
            self.courses.setCurrentRow(0)

    def _show_outline(self, current: QListWidgetItem | None) -> None:
        self.outline.clear()
        if current is None:
            return
        manifest = self.workspace.manifest(current.data(Qt.ItemDataRole.UserRole))
        for module in manifest.modules:
            node = QTreeWidgetItem([manifest.text(module.title, self.language)])
            for item in module.items:
                title = manifest.text(item.title, self.language)
                if not item.required:
                    title += " " + self.tr("(optional)")
                child = QTreeWidgetItem([title, str(item.minutes)])
                child.setIcon(0, kind_icon(item.kind))
                node.addChild(child)
            self.outline.addTopLevelItem(node)
            node.setExpanded(True)
        self.outline.resizeColumnToContents(0)
