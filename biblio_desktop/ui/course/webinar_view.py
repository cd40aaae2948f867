"""A webinar item (format 3): a recorded expert seminar or a live one.

Recorded: the course's video player (video_view.py, so watching counts exactly as for a
video), with the speakers, a button to the slides beside it, its chapters and a search
in its transcript (the subtitles): choosing a chapter or a line plays from there.
Live: title, speakers, the start in the learner's own time zone, its description (the
item's Markdown page, rendered and sanitised by the lesson renderer, shown in the same
confined browser as a lesson) and the join link, opened only after the same question as
every link to the internet; once it is over, the learner is told that the recording will
come with a course update.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDateTime, Qt, QTimer, QTimeZone, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...lessons.render import PACKAGE_SCHEME, render_markdown
from ...lessons.vtt import Cue, parse_vtt
from ...packages.manifest import Item
from ..base.flow_layout import FlowLayout
from ..base.formats import fill, long_date
from ..base.icons import icon
from ..base.scrolling import scrolled
from ..base.state import AppState
from ..base.theme import colors
from .item_view import ItemView
from .lesson_style import lesson_css, lesson_point_size
from .lesson_view import ConfinedBrowser, confined_file, item_text
from .video_view import VideoView

# A live webinar counts as over this long after its start (none lasts longer).
LIVE_LENGTH = timedelta(hours=4)
SECONDS_ROLE = Qt.ItemDataRole.UserRole


def read_cues(folder: Path, rel: str | None) -> list[Cue]:
    path = confined_file(folder, rel) if rel else None
    try:
        return parse_vtt(path.read_text("utf-8")) if path else []
    except (OSError, UnicodeDecodeError):
        return []


def wrapping_list(name: str) -> QListWidget:
    """A list whose long lines (chapter titles, transcript lines) wrap at its width: the
    side panel is narrow, and a sideways scroll bar hides the ends of the titles."""
    view = QListWidget()
    view.setAccessibleName(name)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap when the panel resizes
    return view


def cue_entry(cue: Cue) -> QListWidgetItem:
    """A chapter or transcript line: its time and text; the full text as its tooltip and,
    for screen readers, with the time said as a time."""
    entry = QListWidgetItem(f"{_stamp(cue.start)}  {cue.text}")
    entry.setData(SECONDS_ROLE, cue.start)
    entry.setToolTip(cue.text)
    entry.setData(Qt.ItemDataRole.AccessibleTextRole, f"{_stamp(cue.start)} {cue.text}")
    return entry


def _stamp(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02}:{whole % 60:02}" if whole >= 3600 \
        else f"{whole // 60}:{whole % 60:02}"


class WebinarView(ItemView):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.cues: list[Cue] = []
        self.speakers = QLabel()
        self.speakers.setWordWrap(True)
        self.speakers.setProperty("role", "muted")
        self.slides_button = QPushButton(icon("slides"), self.tr("Open the slides"))
        self.slides_button.setAccessibleName(self.tr("Open the webinar's slides"))
        self.slides_button.clicked.connect(self._open_slides)
        self.top = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # stacked when narrow
        self.top.addWidget(self.speakers, 1)
        self.top.addWidget(self.slides_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.pages = QStackedWidget()
        # recorded: the video player and, beside it, chapters and the transcript search
        self.video = VideoView(state, self)
        self.video.completed.connect(self.completed.emit)
        self.chapters = wrapping_list(self.tr("Chapters; Enter plays from the chapter"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the transcript"))
        self.search.setAccessibleName(self.tr("Search the transcript"))
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.results = wrapping_list(self.tr("Transcript; Enter plays from the line"))
        chapters_label = QLabel(self.tr("&Chapters"))
        chapters_label.setBuddy(self.chapters)
        transcript_label = QLabel(self.tr("&Transcript"))
        transcript_label.setBuddy(self.search)
        chapters_box, transcript_box = QVBoxLayout(), QVBoxLayout()
        chapters_box.addWidget(chapters_label)
        chapters_box.addWidget(self.chapters, 1)
        transcript_box.addWidget(transcript_label)
        transcript_box.addWidget(self.search)
        transcript_box.addWidget(self.results, 1)
        self.side = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.side.setContentsMargins(0, 0, 0, 0)
        self.side.addLayout(chapters_box, 1)
        self.side.addLayout(transcript_box, 2)
        self.side_host = QWidget()
        self.side_host.setLayout(self.side)
        recorded = QWidget()
        self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight, recorded)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(self.video, 3)
        self.row.addWidget(self.side_host, 0)
        # live: when, who, and the join link
        self.live_text = QLabel()
        self.live_text.setWordWrap(True)
        self.live_text.setAlignment(Qt.AlignmentFlag.AlignLeft)  # as the buttons under it
        self.live_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                               | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.description = ConfinedBrowser()  # the item's Markdown page, as a lesson shows it
        self.description.setAccessibleName(self.tr("About this webinar"))
        self.description.anchorClicked.connect(self._on_link)
        self.join_button = QPushButton(icon("next"), self.tr("Join the webinar…"))
        self.join_button.setProperty("role", "primary")
        self.join_button.clicked.connect(self.join)
        self.done_button = QPushButton(icon("done"), self.tr("I took part"))
        self.done_button.setAccessibleName(self.tr("Mark the live webinar as attended"))
        self.done_button.clicked.connect(self._mark_done)
        live = QWidget()
        live_layout = QVBoxLayout(live)
        live_layout.addWidget(self.live_text)
        buttons = FlowLayout()  # one under the other when they do not fit side by side
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.done_button)
        live_layout.addLayout(buttons)
        self.description.setMinimumHeight(self.fontMetrics().height() * 10)
        live_layout.addWidget(self.description, 1)
        # At 200 % text on a small screen the player, chapters and transcript may need
        # more height than there is: the page scrolls up and down instead of squeezing
        # the player's controls (never sideways: _arrange keeps it within the width).
        recorded_area = scrolled(recorded)
        self.pages.addWidget(recorded_area)
        self.recorded_area = recorded_area
        QApplication.instance().focusChanged.connect(self._follow_focus)
        self.pages.addWidget(scrolled(live))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.pages, 1)
        self.chapters.itemActivated.connect(self._play_from)
        self.results.itemActivated.connect(self._play_from)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(lambda: self.results.setFocus())

    def _arrange(self) -> None:
        """Chapters and transcript beside the player (a third of the width, 14 to 24
        characters' worth), or under it, side by side, when the player would be left
        narrower than 360 pixels or than its controls need: a small screen or large
        text."""
        em = self.fontMetrics().averageCharWidth()
        width = self.width()
        wide = (self.speakers.fontMetrics().horizontalAdvance(self.speakers.text())
                + self.slides_button.sizeHint().width() + 24 <= width)
        self.top.setDirection(QBoxLayout.Direction.LeftToRight if wide
                              else QBoxLayout.Direction.TopToBottom)
        side = min(max(width // 3, 14 * em), 24 * em)
        beside = width - side >= max(360, self.video.minimumSizeHint().width())
        self.row.setDirection(QBoxLayout.Direction.LeftToRight if beside
                              else QBoxLayout.Direction.TopToBottom)
        self.side.setDirection(QBoxLayout.Direction.TopToBottom if beside
                               else QBoxLayout.Direction.LeftToRight)
        self.row.setStretch(0, 3)
        self.row.setStretch(1, 0 if beside else 2)
        if beside:
            self.side_host.setFixedWidth(side)
        else:
            self.side_host.setMinimumWidth(0)
            self.side_host.setMaximumWidth(16777215)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Tab to a control below the fold of the scrolled player page: scroll it into
        view (a scroll area does not follow the keyboard by itself)."""
        if not shiboken6.isValid(self) or new is None:
            return
        page = self.recorded_area.widget()
        if page is not None and page.isAncestorOf(new):
            self.recorded_area.ensureWidgetVisible(new, 8, 8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()
        if self.pages.currentIndex() == 1 and event.oldSize().width() != self.width():
            QTimer.singleShot(0, self, self._fit_description)  # once the page is laid out

    def load(self, course_id: str, item: Item, language: str, folder: Path) -> None:
        super().load(course_id, item, language, folder)
        webinar = item.webinar
        speakers = ", ".join(webinar.speakers) if webinar else ""
        self.speakers.setText(self.tr("Speakers: {names}").format(names=speakers)
                              if speakers else "")
        self.slides_button.setVisible(bool(webinar and webinar.slides_item))
        self._arrange()
        if webinar is not None and webinar.live:
            self.pages.setCurrentIndex(1)
            self._show_live(item)
            self._show_description(course_id, item, language, folder)
            return
        self.pages.setCurrentIndex(0)
        self.video.load(course_id, item, language, folder)
        manifest = self.state.workspace.manifest(course_id)
        default = manifest.default_language
        self.chapters.clear()
        for cue in read_cues(folder, item.chapters.get(language) or item.chapters.get(default)):
            self.chapters.addItem(cue_entry(cue))
        self.cues = read_cues(folder, item.subtitles.get(language)
                              or item.subtitles.get(default))
        self.search.clear()
        self._filter("")

    def _show_live(self, item: Item) -> None:
        webinar = item.webinar
        assert webinar is not None and webinar.starts is not None
        starts = QDateTime.fromSecsSinceEpoch(int(webinar.starts.timestamp()),
                                              QTimeZone.systemTimeZone())
        when = long_date(starts)  # the day and hour; seconds and the zone's name say nothing
        over = clock.now() > webinar.starts + LIVE_LENGTH
        if over:
            text = fill(self.tr("This live webinar took place on {when}. Its recording will "
                                "come with a course update."), when=when)
        else:
            text = fill(self.tr("Live webinar on {when} (your computer's time zone). Join it "
                                "from here when it starts; you need an internet "
                                "connection."), when=when)
        self.live_text.setText(text)
        self.live_text.setAccessibleName(text)
        self.join_button.setVisible(not over)
        self.join_button.setAccessibleName(self.tr("Join the live webinar in the browser"))

    def _show_description(self, course_id: str, item: Item, language: str,
                          folder: Path) -> None:
        """The live webinar's page, through the lesson renderer (same sanitising, same
        confined resources: images from the course folder only)."""
        self.description.folder = folder
        try:
            base, text = item_text(self.state, course_id, item, language, folder)
            ids = {i.id for i in self.state.workspace.manifest(course_id).items}
            html = render_markdown(text, base, ids).html
        except (OSError, UnicodeDecodeError):
            html = "<p>{}</p>".format(self.tr(
                "This webinar's description is missing or damaged. Reinstall the course "
                "package, or ask your facilitator for a new copy."))
        size = lesson_point_size(int(self.state.setting("font_size") or 11),
                                 int(self.state.setting("lesson_zoom") or 0))
        document = self.description.document()
        document.setDefaultStyleSheet(lesson_css(colors(str(self.state.setting("theme"))),
                                                 size))
        document.setDocumentMargin(12)
        self._description_html = html
        self.description.max_image_width = 0  # a new page: set it whatever the width
        self._fit_description()

    def _fit_description(self) -> None:
        """Images no wider than the description's page (a lesson's picture is made for a
        lesson's reading column): no sideways scrolling in a narrow window."""
        html = getattr(self, "_description_html", "")
        if not html:
            return
        # the page's margins and room for a vertical scroll bar that may yet appear
        bar = self.description.verticalScrollBar().sizeHint().width()
        width = max(self.description.viewport().width() - 2 * 12 - bar - 8, 80)
        if self.description.verticalScrollBar().isVisible():
            width += bar
        if width == self.description.max_image_width:
            return
        self.description.max_image_width = width
        scroll = self.description.verticalScrollBar()
        keep = scroll.value()
        self.description.setHtml(html)
        scroll.setValue(keep)

    def _on_link(self, url: QUrl) -> None:
        """Links in the description: another item of the course opens it; the internet
        only after the usual question; anything else is ignored."""
        scheme = url.scheme().lower()
        if scheme == "item":
            self.open_item_requested.emit(url.path())
        elif scheme in ("http", "https") and self.confirm_external(url):
            QDesktopServices.openUrl(url)
        elif scheme == PACKAGE_SCHEME and self.description.package_file(url) is not None:
            for other in self.state.workspace.manifest(self.course_id).items:
                if url.path() in other.path.values() and (
                        self.item is None or other.id != self.item.id):
                    self.open_item_requested.emit(other.id)
                    return

    # --- actions -------------------------------------------------------------------------

    def _play_from(self, entry: QListWidgetItem) -> None:
        seconds = entry.data(SECONDS_ROLE)
        if seconds is not None:
            self.video._seek_to(int(float(seconds) * 1000))
            self.video.setFocus()

    def _filter(self, text: str) -> None:
        """The transcript's lines holding `text` (all of them when empty)."""
        needle = text.casefold().strip()
        self.results.clear()
        for cue in self.cues:
            if not needle or needle in cue.text.casefold():
                self.results.addItem(cue_entry(cue))

    def _open_slides(self) -> None:
        if self.item is not None and self.item.webinar and self.item.webinar.slides_item:
            self.open_item_requested.emit(self.item.webinar.slides_item)

    def join(self) -> None:
        if self.item is None or self.item.webinar is None or not self.item.webinar.join:
            return
        url = QUrl(self.item.webinar.join)
        if url.scheme().lower() in ("http", "https") and self.confirm_external(url):
            QDesktopServices.openUrl(url)

    def confirm_external(self, url: QUrl) -> bool:
        """The same question as a lesson's links to the internet (lesson_view.py)."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Open a web page?"))
        box.setText(self.tr("This link leads to the internet, which may not be available "
                            "here:"))
        box.setInformativeText(url.toDisplayString())
        open_button = box.addButton(self.tr("Open in browser"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is open_button

    def _mark_done(self) -> None:
        progress, item = self.state.progress, self.item
        if progress is None or item is None:
            return
        course_id = self.course_id
        self.state.write(lambda: progress.mark_done(course_id, item.id),
                         lambda _v: self.completed.emit(item.id))

    def save_now(self) -> None:
        if self.pages.currentIndex() == 0:
            self.video.save_now()

    def unload(self) -> None:
        if self.pages.currentIndex() == 0:
            self.video.unload()
