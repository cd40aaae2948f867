"""A course: the outline beside the content of the current item.

Owns navigation between items (outline, Previous/Next, Alt+Left/Right), resume (opens
where the learner left off), and focus-time reporting: every 30 s, if the window is
active and the learner touched keyboard or mouse in the last two minutes, 30 s are
reported (the core caps what it credits).
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...errors import BiblioError
from ...learning.pacing import ItemAccess
from ...learning.tracker import ItemState
from ...packages.manifest import Item, Manifest
from ..base.accessibility import wrap_titles
from ..base.errors import show_error
from ..base.icons import icon
from ..base.state import AppState, Navigator
from ..base.this_week import clock_warning_text, opens_text, this_week_text
from .item_view import ItemView

FOCUS_INTERVAL_S = 30
ACTIVE_WINDOW_S = 120
VIEWS = {"lesson": ("lesson_view", "LessonView"), "slides": ("slides_view", "SlidesView"),
         "video": ("video_view", "VideoView"), "quiz": ("quiz_view", "QuizView"),
         "pdf": ("pdf_view", "PdfView"),  # each loaded when first shown (QtPdf only here)
         "webinar": ("webinar_view", "WebinarView")}
ITEM_ROLE = Qt.ItemDataRole.UserRole
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1


class _ActivityTracker(QObject):
    """Remembers when the learner last used keyboard or mouse."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.last_input = clock.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                            QEvent.Type.MouseMove, QEvent.Type.Wheel):
            self.last_input = clock.monotonic()
        return False


class _Panel(QScrollArea):
    """The outline's panel: scrolls up and down, and is never narrower than what it
    holds (a plain scroll area would let the splitter squeeze it and cut it off)."""

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width() + 2, 120)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        hint = inner.sizeHint() if inner is not None else QSize()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width() + 2,
                     hint.height())


class CourseView(QWidget):
    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.nav = nav
        self.course_id = ""
        self.manifest: Manifest | None = None
        self.language = "en"
        self.item: Item | None = None
        self.views: dict[str, ItemView] = {}
        self.activity = _ActivityTracker(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.activity)

        back = QPushButton(icon("back"), self.tr("Library"))
        back.setAccessibleName(self.tr("Back to the library"))
        back.clicked.connect(self._back)
        self.course_title = QLabel()
        self.course_title.setProperty("role", "title")
        self.course_title.setWordWrap(True)
        self.course_bar = QProgressBar()
        self.course_bar.setRange(0, 100)
        self.course_bar.setTextVisible(False)  # the count is in the label beside it
        self.course_bar.setMaximumHeight(10)
        self.course_bar.setAccessibleName(self.tr("Course progress"))
        self.course_count = QLabel()
        self.course_count.setProperty("role", "muted")
        self.course_count.setWordWrap(True)  # "4 от 18 завършени" beside "Progress", 24 pt
        # a paced cohort's "This week" (learning/pacing.py); hidden when not paced
        self.week_label = QLabel()
        self.week_label.setWordWrap(True)
        self.week_label.setProperty("role", "muted")
        self.week_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                                | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.week_label.hide()
        self.access: dict[str, ItemAccess] | None = None
        progress_button = QPushButton(icon("progress"), self.tr("Progress"))
        progress_button.setAccessibleName(self.tr("Show my progress in this course"))
        progress_button.clicked.connect(lambda: self.nav.show_progress(self.course_id))
        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        # its own focus ring (theme.py): the style's frame shows none once a long outline
        # needs a scroll bar
        self.outline.setProperty("role", "outline")
        self.outline.setMinimumWidth(300)
        # a few rows stay visible under a long "This week" at 200 % text (the panel
        # scrolls instead of squeezing the outline to one row)
        self.outline.setMinimumHeight(self.fontMetrics().height() * 7)
        wrap_titles(self.outline)  # long titles wrap at large text sizes, never elided
        self.outline.setAccessibleName(self.tr("Course outline"))
        self.outline.itemActivated.connect(self._outline_activated)
        self.outline.itemClicked.connect(self._outline_activated)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 12, 6, 12)
        left_layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        left_layout.addWidget(self.course_title)
        bar_row = QHBoxLayout()
        bar_row.addWidget(self.course_count, 1)
        bar_row.addWidget(progress_button)
        left_layout.addLayout(bar_row)
        left_layout.addWidget(self.course_bar)
        left_layout.addWidget(self.week_label)
        left_layout.addWidget(self.outline, 1)

        self.item_title = QLabel()
        self.item_title.setProperty("role", "title")
        self.item_title.setWordWrap(True)
        self.item_meta = QLabel()
        self.item_meta.setProperty("role", "muted")
        self.content = QStackedWidget()
        self.locked_page = QLabel()  # an item of a later week: visible, with its date
        self.locked_page.setWordWrap(True)
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.locked_page.setProperty("role", "muted")
        self.locked_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.content.addWidget(self.locked_page)
        self.previous_button = QPushButton(icon("previous"), self.tr("Previous item"))
        self.previous_button.setAccessibleName(self.tr("Previous item"))
        self.previous_button.setToolTip(self.tr("Previous item (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(icon("next"), self.tr("Next item"))
        self.next_button.setAccessibleName(self.tr("Next item"))
        self.next_button.setToolTip(self.tr("Next item (Alt+Right)"))
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        self.next_button.clicked.connect(lambda: self.step(1))
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.previous_button)
        nav_row.addStretch(1)
        nav_row.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 12, 12, 12)
        right_layout.addWidget(self.item_title)
        right_layout.addWidget(self.item_meta)
        right_layout.addWidget(self.content, 1)
        right_layout.addLayout(nav_row)
        self.nav_host = right
        right.installEventFilter(self)  # its width decides Previous/Next's words

        left_area = _Panel()  # up and down only: everything in it wraps
        left_area.setWidget(left)
        left_area.setWidgetResizable(True)
        left_area.setFrameShape(QFrame.Shape.NoFrame)
        left_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus
        splitter = QSplitter()
        splitter.addWidget(left_area)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 780])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.step(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.step(1))
        self.focus_timer = QTimer(self)
        self.focus_timer.setInterval(FOCUS_INTERVAL_S * 1000)
        self.focus_timer.timeout.connect(self._report_focus)
        state.progress_changed.connect(self._progress_changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.nav_host and event.type() == QEvent.Type.Resize:
            self._fit_nav_buttons()
        return super().eventFilter(watched, event)

    def _fit_nav_buttons(self) -> None:
        """Previous/Next lose their words (icons, tooltips and accessible names stay)
        when both do not fit: at 200 % text in a small window they were cut off."""
        labels = (self.tr("Previous item"), self.tr("Next item"))
        metrics = self.previous_button.fontMetrics()
        room = self.previous_button.iconSize().width() + 40  # icon, padding, frame
        needed = sum(metrics.horizontalAdvance(t) + room for t in labels) + 24
        words = self.nav_host.width() >= needed
        for button, text in zip((self.previous_button, self.next_button), labels,
                                strict=True):
            button.setText(text if words else "")

    # --- opening -------------------------------------------------------------------------

    def open(self, course_id: str, item_id: str | None = None) -> None:
        """Show a course at `item_id`, or where the learner left off."""
        if self.state.progress is None:
            return
        try:
            self.manifest = self.state.workspace.manifest(course_id)
        except BiblioError as exc:
            show_error(self, exc)
            self.nav.show_library()
            return
        self.course_id = course_id
        self.language = self.state.course_language(self.manifest)
        self.course_title.setText(self.manifest.text(self.manifest.title, self.language))
        self._fill_outline()
        if item_id is None:
            page = self.state.workspace.course_progress(self.state.progress, course_id,
                                                        self.language)
            item_id = page.resume_item_id
            if self.locked(item_id) is not None:  # resume where the learner may go
                item_id = next((i.id for i in self.manifest.items
                                if self.locked(i.id) is None), item_id)
        self.show_item(item_id)
        self.focus_timer.start()

    def _fill_outline(self, keep: bool = False) -> None:
        """The outline of modules and items; with `keep`, only the items' states are
        updated in place, so the item a screen reader is on is not destroyed and rebuilt
        (which lost the keyboard focus) whenever progress is saved."""
        assert self.manifest is not None and self.state.progress is not None
        states = self.state.progress.item_states(self.course_id)
        self._load_pacing()
        items = {item.id: item for item in self.manifest.items}
        if keep and self.outline.topLevelItemCount() == len(self.manifest.modules):
            for m in range(self.outline.topLevelItemCount()):
                module = self.outline.topLevelItem(m)
                for i in range(module.childCount()):
                    child = module.child(i)
                    item_id = child.data(0, ITEM_ROLE)
                    if item_id in items and item_id in states:
                        self._decorate(child, items[item_id], states[item_id].done,
                                       states[item_id].opened)
            self._show_counts(states)
            return
        self.outline.clear()
        for module in self.manifest.modules:
            node = QTreeWidgetItem([self.manifest.text(module.title, self.language)])
            node.setFlags(node.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            for item in module.items:
                title = self.manifest.text(item.title, self.language)
                if not item.required:
                    title = self.tr("{title} (optional)").format(title=title)
                child = QTreeWidgetItem([title])
                child.setData(0, ITEM_ROLE, item.id)
                child.setData(0, TITLE_ROLE, title)
                self._decorate(child, item, states[item.id].done, states[item.id].opened)
                node.addChild(child)
            self.outline.addTopLevelItem(node)
            node.setExpanded(True)
        self._show_counts(states)

    def _show_counts(self, states: dict[str, ItemState]) -> None:
        done = sum(1 for s in states.values() if s.done)
        self.course_bar.setValue(round(100 * done / max(len(states), 1)))
        self.course_count.setText(self.tr("{done} of {total} done").format(
            done=done, total=len(states)))
        self.course_bar.setAccessibleDescription(self.course_count.text())

    def _load_pacing(self) -> None:
        """Which items the learner's cohort has opened, and "This week" (None: not paced)."""
        assert self.manifest is not None and self.state.progress is not None
        self.access = None
        self.week_label.hide()
        try:
            paced = self.state.workspace.cohorts.this_week(self.state.progress.learner_id,
                                                           self.course_id)
            if paced is not None:
                self.access = self.state.workspace.cohorts.access(
                    self.state.progress.learner_id, self.course_id)
        except Exception:  # pacing is a hint here; the course itself stays usable
            return
        if paced is not None:
            view, today = paced
            text = this_week_text(view, self.manifest, self.language)
            warning = clock_warning_text(today)
            self.week_label.setText(f"{text}\n{warning}" if warning else text)
            self.week_label.setAccessibleName(self.week_label.text())
            self.week_label.show()

    def locked(self, item_id: str) -> ItemAccess | None:
        access = self.access.get(item_id) if self.access else None
        return access if access is not None and not access.open else None

    def _decorate(self, node: QTreeWidgetItem, item: Item, done: bool, opened: bool) -> None:
        node.setIcon(0, icon("done") if done else icon(item.kind))
        kinds = {"lesson": self.tr("Lesson"), "video": self.tr("Video"),
                 "slides": self.tr("Slides"), "quiz": self.tr("Quiz"), "pdf": self.tr("PDF"),
                 "webinar": self.tr("Webinar")}
        kind = kinds.get(item.kind, item.kind)
        status = self.tr("done") if done else (self.tr("started") if opened else
                                                self.tr("not started"))
        lock = self.locked(item.id)
        title = node.data(0, TITLE_ROLE)
        if lock is not None:
            status = opens_text(lock.opens_on)
            node.setIcon(0, icon("lock"))
        if title:
            node.setText(0, f"{title} · {status}" if lock is not None else title)
        node.setToolTip(0, f"{kind} · {status}")
        node.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, f"{kind}, {status}")

    def _find_node(self, item_id: str) -> QTreeWidgetItem | None:
        for m in range(self.outline.topLevelItemCount()):
            module = self.outline.topLevelItem(m)
            for i in range(module.childCount()):
                if module.child(i).data(0, ITEM_ROLE) == item_id:
                    return module.child(i)
        return None

    # --- items ---------------------------------------------------------------------------

    def _view_for(self, kind: str) -> ItemView:
        if kind not in self.views:
            module_name, class_name = VIEWS[kind]
            module = importlib.import_module(f"{__package__}.{module_name}")
            view: ItemView = getattr(module, class_name)(self.state, self)
            view.completed.connect(self._item_completed)
            view.open_item_requested.connect(self.show_item)
            self.views[kind] = view
            self.content.addWidget(view)
        return self.views[kind]

    def show_item(self, item_id: str) -> None:
        assert self.manifest is not None and self.state.progress is not None
        item = next((i for i in self.manifest.items if i.id == item_id), None)
        if item is None:
            return
        self._leave_item()
        self.item = item
        lock = self.locked(item.id)
        if lock is not None:  # a later week: shown with its date, not opened
            self._show_locked(item, lock)
            return
        progress = self.state.progress
        self.state.write(lambda: progress.open_item(self.course_id, item.id))
        view = self._view_for(item.kind)
        folder = self.state.workspace.course_folder(self.course_id, self.manifest.version)
        self.content.setCurrentWidget(view)
        try:
            view.load(self.course_id, item, self.language, folder)
        except Exception as exc:  # a damaged file must not take the course view down
            show_error(self, exc)
        self._show_place(item)

    def _show_place(self, item: Item) -> None:
        """The item's title and length above it, its node in the outline, and Previous and
        Next as its place in the course allows (an open or a locked item alike)."""
        assert self.manifest is not None
        self.item_title.setText(self.manifest.text(item.title, self.language))
        self.item_meta.setText(self.tr("about {minutes} min").format(minutes=item.minutes))
        node = self._find_node(item.id)
        if node is not None:
            self.outline.setCurrentItem(node)
        items = self.manifest.items
        index = items.index(item)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(items) - 1)

    def _show_locked(self, item: Item, lock: ItemAccess) -> None:
        assert self.manifest is not None
        self.content.setCurrentWidget(self.locked_page)
        self.locked_page.setText(self.tr("This item opens with week {week} of your group.\n"
                                         "{opens}").format(week=lock.week,
                                                           opens=opens_text(lock.opens_on))
                                 + "\n\n" + self.tr("If you need it sooner, ask your "
                                                    "facilitator to open this week early."))
        self.locked_page.setAccessibleName(self.locked_page.text())
        self._show_place(item)

    def _leave_item(self) -> None:
        if self.item is None or self.locked(self.item.id) is not None:
            return
        view = self.views.get(self.item.kind)
        if view is not None:
            view.save_now()
            view.unload()

    def step(self, delta: int) -> None:
        if self.manifest is None or self.item is None:
            return
        items = self.manifest.items
        index = items.index(self.item) + delta
        if 0 <= index < len(items):
            self.show_item(items[index].id)

    def _outline_activated(self, node: QTreeWidgetItem) -> None:
        item_id = node.data(0, ITEM_ROLE)
        if item_id and (self.item is None or item_id != self.item.id):
            self.show_item(item_id)

    def _item_completed(self, item_id: str) -> None:
        self.state.progress_changed.emit(self.course_id)

    def _progress_changed(self, course_id: str) -> None:
        if course_id == self.course_id and self.manifest is not None:
            current = self.item.id if self.item else None
            self._fill_outline(keep=True)
            if current:
                node = self._find_node(current)
                if node is not None:
                    self.outline.setCurrentItem(node)

    # --- time and leaving ----------------------------------------------------------------

    def _report_focus(self) -> None:
        progress, item = self.state.progress, self.item
        if progress is None or item is None or not self.isVisible():
            return
        window = self.window()
        recently = clock.monotonic() - self.activity.last_input < ACTIVE_WINDOW_S
        if window.isActiveWindow() and recently:
            course_id = self.course_id
            self.state.write(lambda: progress.record_focus(course_id, item.id, FOCUS_INTERVAL_S))

    def focus_target(self) -> QWidget:
        """After opening a course: the outline, on the item shown."""
        return self.outline

    def _back(self) -> None:
        self.save_now()
        self.nav.show_library()

    def restyle(self) -> None:
        """After a theme or text-size switch: views sized for the text redo that; the
        lesson and slides follow the setting themselves."""
        for view in self.views.values():
            if hasattr(view, "restyle"):
                view.restyle()

    def save_now(self) -> None:
        self._leave_item()
        self.focus_timer.stop()
        self.item = None
