"""The library: installed courses as cards, importing packages (button or drag-and-drop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...progress import CancelToken
from ...workspace import InstalledCourse
from ..base.i18n import LANGUAGE_NAMES
from ..base.icons import icon
from ..base.state import AppState, Navigator
from ..courses.package_import import PackageImporter


class CourseCard(QFrame):
    """One course: title, languages, publisher, the learner's progress, Start/Continue."""

    activated = Signal(str)

    def __init__(self, course: InstalledCourse, fraction: float, last_opened: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.course_id = course.course_id
        self.setProperty("role", "card")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumWidth(340)
        self.setAccessibleName(course.title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(8)
        title = QLabel(course.title)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        languages = ", ".join(LANGUAGE_NAMES.get(code, code) for code in course.languages)
        meta = QLabel(self.tr("{publisher} · version {version} · {languages}").format(
            publisher=course.publisher, version=course.version, languages=languages))
        meta.setProperty("role", "muted")
        meta.setWordWrap(True)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(fraction * 100))
        bar.setFormat(self.tr("%p% done"))
        bar.setAccessibleName(self.tr("Progress in {title}").format(title=course.title))
        seen = QLabel(last_opened)
        seen.setProperty("role", "muted")
        if fraction >= 1.0:
            label = self.tr("Review")
        elif fraction > 0 or last_opened:
            label = self.tr("Continue")
        else:
            label = self.tr("Start")
        button = QPushButton(icon("next"), label)
        button.setProperty("role", "primary")
        button.setAccessibleName(self.tr("Open {title}").format(title=course.title))
        button.clicked.connect(lambda: self.activated.emit(self.course_id))
        row = QHBoxLayout()
        row.addWidget(seen, 1)
        row.addWidget(button)
        for widget in (title, meta, bar):
            layout.addWidget(widget)
        layout.addLayout(row)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.course_id)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.course_id)
            return
        super().keyPressEvent(event)


class LibraryScreen(QWidget):
    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.nav = nav
        self.setAcceptDrops(True)
        self.importer = PackageImporter(state, self)
        self.cards: list[CourseCard] = []
        headline = QLabel(self.tr("Your courses"))
        headline.setProperty("role", "headline")
        self.import_button = QPushButton(icon("import"), self.tr("Import course package…"))
        self.import_button.setAccessibleName(self.tr("Import course package"))
        self.import_button.setShortcut("Ctrl+O")
        self.import_button.clicked.connect(self.choose_package)
        top = QHBoxLayout()
        top.addWidget(headline, 1)
        top.addWidget(self.import_button)
        self.empty = QLabel(self.tr(
            "No courses are installed yet.\n\nA course comes as a file ending in .biblio, for "
            "example on a USB stick from your trainer. Choose \"Import course package…\" or "
            "drag the file onto this window.\n\nCourses from elsewhere (H5P, Moodle backups, "
            "Common Cartridge, GIFT or Moodle XML questions, EPUB, PDF) are converted first; "
            "you see what they became before anything is installed."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setProperty("role", "muted")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(16)
        self.grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.grid_host)
        self.hint = QLabel(self.tr("Tip: you can drop .biblio files here to import them, or "
                                   "H5P, Moodle, EPUB and PDF files to convert them."))
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)  # long in some languages, and at large text sizes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(14)
        layout.addLayout(top)
        layout.addWidget(self.empty, 1)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.hint)
        self.scroll = scroll
        state.courses_changed.connect(self.refresh)
        state.progress_changed.connect(lambda _cid: self.refresh())

    def on_shown(self) -> None:
        self.refresh()

    def focus_target(self) -> QWidget:
        """After a screen change: the first course (the one just left is rebuilt)."""
        return self.cards[0] if self.cards else self.import_button

    def refresh(self) -> None:
        focus = QApplication.focusWidget()
        had_focus = next((card.course_id for card in self.cards
                          if focus is not None and (card is focus or card.isAncestorOf(focus))),
                         None)
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards.clear()
        courses = self.state.workspace.list_courses(self.state.language)
        self.empty.setVisible(not courses)
        self.scroll.setVisible(bool(courses))
        progress = self.state.progress
        columns = 2
        for index, course in enumerate(courses):
            fraction, last = 0.0, ""
            if progress is not None:
                page = self.state.workspace.course_progress(progress, course.course_id,
                                                            self.state.language)
                fraction = page.fraction
                opened = [i.state.last_opened_at for m in page.modules for i in m.items
                          if i.state.last_opened_at]
                if opened:
                    last = self.tr("Last opened {date}").format(
                        date=max(opened).strftime("%Y-%m-%d %H:%M"))
            card = CourseCard(course, fraction, last)
            card.activated.connect(self.nav.open_course)
            self.grid.addWidget(card, index // columns, index % columns)
            card.show()  # now, not at the next event loop pass: it may take the focus
            self.cards.append(card)
            if course.course_id == had_focus:  # a redraw keeps the keyboard focus in place
                card.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- importing -----------------------------------------------------------------------

    def choose_package(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import course package"), str(Path.home()),
            self.importer.file_filter())
        if paths:
            self.import_packages([Path(p) for p in paths])

    def import_packages(self, paths: list[Path]) -> CancelToken:
        """Import in a worker with a progress dialog and Cancel: packages as they are,
        other course material converted first, with its report (ui/courses)."""
        return self.importer.run(paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):  # what it is: found from the content
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_packages(paths)
