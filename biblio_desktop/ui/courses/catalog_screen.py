"""Get courses: browse the configured catalogs, download, install and update courses.

The listing comes from the cached copies (so it works offline); "Refresh" fetches the
catalogs on a background thread and says plainly when that failed. Downloads run in the
`DownloadService` (download_panel.py), one at a time; leaving the screen pauses them.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from itertools import pairwise

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...downloads.catalog import CatalogEntry, check_url
from ...downloads.store import RefreshResult
from ...downloads.updates import INSTALLED, NOT_INSTALLED, UPDATE_AVAILABLE, CatalogListing
from ...downloads.updates import catalog_listing as listing_of
from ...packages.manifest import version_key
from ...workspace import Workspace
from ..base.errors import show_error
from ..base.formats import fill
from ..base.i18n import LANGUAGE_NAMES
from ..base.icons import icon
from ..base.state import AppState, Navigator, StateService
from ..base.text_input import ask_text
from ..base.theme import empty_note, set_role
from .download_panel import ACTIVE, DownloadJob, DownloadPanel, DownloadService, format_size
from .network_box import NetworkBox, joined_peer, peer_download_terms


class CatalogRefresher(StateService):
    """Fetches every catalog on its own thread; a child of AppState so a refresh survives
    the screen being rebuilt (language change)."""

    finished = Signal(object)  # list[RefreshResult] or an exception
    _done = Signal(object)

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.busy = False
        self.ran = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="catalog-refresh")
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(self, workspace: Workspace) -> bool:
        if self.busy:
            return False
        self.busy = self.ran = True

        def work() -> None:
            try:
                value: object = workspace.catalogs.refresh()
            except BaseException as exc:  # reported on the GUI thread
                value = exc
            self._done.emit(value)

        self._pool.submit(work)
        return True

    @Slot(object)
    def _deliver(self, value: object) -> None:
        self.busy = False
        self.finished.emit(value)


class EntryCard(QFrame):
    """One course a catalog offers: title, description, facts, status, action."""

    def __init__(self, item: CatalogListing, language: str, can_open: bool,
                 parent: QWidget | None = None, network: str | None = None) -> None:
        super().__init__(parent)
        self.item = item
        entry = item.entry
        self.course_id = entry.id
        self.title = entry.text(entry.title, language)
        self.setProperty("role", "card")
        self.setAccessibleName(self.title)
        title = QLabel(self.title)
        title.setProperty("role", "title")
        title.setWordWrap(True)
        description = entry.text(entry.description, language) if entry.description else ""
        if len(description) > 240:
            description = description[:239].rstrip() + "…"
        about = QLabel(description)
        about.setWordWrap(True)
        about.setVisible(bool(description))
        languages = ", ".join(LANGUAGE_NAMES.get(code, code) for code in entry.languages)
        self.facts = QLabel(self.tr("{publisher} · version {version} · {size} · {languages}")
                            .format(publisher=item.publisher, version=entry.version,
                                    size=format_size(entry.size, language),
                                    languages=languages))
        self.facts.setProperty("role", "muted")
        self.facts.setWordWrap(True)
        # a course of the joined workshop PC's catalog (ui/courses/network_box.py)
        self.network = QLabel(self.tr("On this network: {name}").format(name=network))
        self.network.setVisible(network is not None)
        self.network.setWordWrap(True)
        self.status = QLabel(self._status_text())
        self.status.setProperty("role", "success" if item.status == INSTALLED else "muted")
        self.status.setWordWrap(True)
        self.button = QPushButton()
        self.button.setMinimumWidth(130)
        self.can_open = can_open
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(6)
        for widget in (title, self.network, about, self.facts):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.set_job(None)

    def _status_text(self) -> str:
        status = self.item.status
        if status == NOT_INSTALLED:
            return self.tr("Not installed")
        if status == INSTALLED:
            return self.tr("Installed")
        if status == UPDATE_AVAILABLE:
            return self.tr("Update available (you have version {version})").format(
                version=self.item.installed_version)
        return self.tr("Installed (a newer version, {version})").format(
            version=self.item.installed_version)

    def set_job(self, job: DownloadJob | None) -> None:
        """Show what the button would do now (download, update, resume, open, nothing)."""
        status = self.item.status
        button = self.button
        button.setEnabled(True)
        button.setProperty("role", "primary")
        if job is not None and job.state in ACTIVE:
            text, name = self.tr("Downloading…"), "download"
            button.setEnabled(False)
        elif job is not None and job.state in ("paused", "failed"):
            text, name = self.tr("Resume"), "download"
        elif status == NOT_INSTALLED:
            text, name = self.tr("Download"), "download"
        elif status == UPDATE_AVAILABLE:
            text, name = self.tr("Update"), "sync"
        else:
            text, name = self.tr("Open"), "next"
            button.setProperty("role", "")
        self.action = text
        button.setText(text)
        button.setIcon(icon(name))
        button.setAccessibleName(self.tr("{action} {title}").format(action=text,
                                                                     title=self.title))
        button.setVisible(status in (NOT_INSTALLED, UPDATE_AVAILABLE) or job is not None
                          or self.can_open)
        button.style().unpolish(button)
        button.style().polish(button)


class CatalogScreen(QWidget):
    """The "catalog" screen: listing, refresh, downloads and the list of catalogs."""

    def __init__(self, state: AppState, nav: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.nav = state, nav
        self.service = DownloadService.of(state)
        self.refresher = CatalogRefresher.of(state)
        self.cards: list[EntryCard] = []
        self.listing: list[CatalogListing] = []
        headline = QLabel(self.tr("Get courses"))
        headline.setProperty("role", "headline")
        self.updates_only = QCheckBox(self.tr("Only updates"))
        self.updates_only.setAccessibleName(self.tr("Show only courses with an update"))
        self.updates_only.toggled.connect(self._fill)
        self.refresh_button = QPushButton(icon("retry"), self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the catalogs"))
        self.refresh_button.setToolTip(self.tr("Fetch the catalogs again (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        top = QHBoxLayout()
        top.addWidget(headline, 1)
        top.addWidget(self.updates_only)
        top.addWidget(self.refresh_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = empty_note()
        self.list_host = QWidget()
        self.list_layout = QVBoxLayout(self.list_host)
        self.list_layout.setContentsMargins(0, 0, 8, 0)
        self.list_layout.setSpacing(12)
        self.list_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.list_host)
        left = QVBoxLayout()
        left.addWidget(self.empty, 1)
        left.addWidget(self.scroll, 1)
        self.downloads = DownloadPanel(state, self._open_course)
        side = QVBoxLayout()
        side.setSpacing(16)
        side.addWidget(self.downloads)
        self.network = NetworkBox(state)
        self.network.joined_changed.connect(self.reload)
        side.addWidget(self.network)
        side.addWidget(self._catalog_box())
        side.addStretch(1)
        side.setContentsMargins(0, 0, 12, 0)
        side_host = QWidget()
        side_host.setLayout(side)
        side_scroll = QScrollArea()
        side_scroll.setWidgetResizable(True)
        side_scroll.setFrameShape(QFrame.Shape.NoFrame)
        side_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side_scroll.setWidget(side_host)
        side_scroll.setFixedWidth(370)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addLayout(left, 1)
        body.addWidget(side_scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 16)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)
        self.refresher.finished.connect(self._refreshed)
        self.service.changed.connect(self._job_changed)
        self.service.removed.connect(lambda _key: self._update_buttons())
        self.service.installed.connect(self._installed)
        state.courses_changed.connect(self.reload)
        self.reload()

    def _catalog_box(self) -> QFrame:
        box = QFrame()
        box.setProperty("role", "card")
        heading = QLabel(self.tr("Catalogs"))
        heading.setProperty("role", "title")
        explain = QLabel(self.tr(
            "A catalog is a web address that lists courses, given by your library or trainer. "
            "Anyone on this computer can add or remove one; it only changes which courses are "
            "offered here. Nothing is downloaded until someone chooses Download."))
        explain.setWordWrap(True)
        explain.setProperty("role", "muted")
        self.sources = QListWidget()
        self.sources.setAccessibleName(self.tr("Catalog addresses"))
        self.sources.setMinimumHeight(70)
        self.sources.setMaximumHeight(130)
        self.sources.setWordWrap(True)
        self.add_button = QPushButton(icon("mdi6.plus"), self.tr("Add…"))
        self.add_button.setAccessibleName(self.tr("Add a catalog"))
        self.add_button.clicked.connect(self.choose_catalog)
        self.remove_button = QPushButton(icon("mdi6.minus"), self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected catalog"))
        self.remove_button.clicked.connect(self.confirm_remove)
        self.sources.currentItemChanged.connect(
            lambda item, _prev: self.remove_button.setEnabled(item is not None))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        for widget in (heading, explain, self.sources):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        return box

    # --- screen protocol -----------------------------------------------------------------

    def on_shown(self) -> None:
        """Show the cached listing at once; fetch fresh copies once per run."""
        self.reload()
        self.network.on_shown()
        if self.refresher.busy:
            self._say(self.tr("Checking the catalogs for new courses…"), "muted")
        elif not self.refresher.ran and self.state.workspace.catalogs.sources():
            self.refresh()

    def save_now(self) -> None:
        """Leaving the screen (or the app): pause downloads; the partial files are kept."""
        self.service.pause_all()

    def show_updates_only(self, only: bool = True) -> None:
        self.updates_only.setChecked(only)

    # --- listing -------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild from the cached catalogs (no network)."""
        ws = self.state.workspace
        language = self.state.language
        items = listing_of(ws, ws.catalogs.cached())
        self.peer = peer = joined_peer(self.state)
        newest: dict[str, CatalogListing] = {}
        for item in items:
            have = newest.get(item.entry.id)
            # the joined workshop PC's copy of the same version is preferred: a room does not
            # go to the internet for what the facilitator's PC has
            ahead = have is None or version_key(item.entry.version) > version_key(
                have.entry.version) or (peer is not None and item.catalog_url ==
                                        peer.catalog_url and item.entry.version ==
                                        have.entry.version)
            if ahead:
                newest[item.entry.id] = item
        self.listing = sorted(newest.values(),
                              key=lambda i: i.entry.text(i.entry.title, language).lower())
        known = {(i.entry.id, i.entry.version): (i.entry, i.catalog_url,
                                                i.entry.text(i.entry.title, language))
                 for i in items}
        self.service.load_pending(known)
        self._fill_sources()
        self._fill()

    def _fill(self) -> None:
        for card in self.cards:
            self.list_layout.removeWidget(card)
            card.setParent(None)  # gone now, not at the next event-loop turn
            card.deleteLater()
        self.cards.clear()
        only = self.updates_only.isChecked()
        can_open = self.state.learner is not None
        for item in self.listing:
            if only and item.status != UPDATE_AVAILABLE:
                continue
            network = self.peer.name if self.peer is not None and \
                item.catalog_url == self.peer.catalog_url else None
            card = EntryCard(item, self.state.language, can_open, network=network)
            card.button.clicked.connect(lambda _c=False, c=card: self._act(c))
            self.list_layout.addWidget(card)
            self.cards.append(card)
        self._update_buttons()
        chain = [self.updates_only, self.refresh_button, *(c.button for c in self.cards),
                 *self.network.buttons, self.sources, self.add_button, self.remove_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        if self.cards:
            text = ""
        elif not self.sources.count():
            text = self.tr("No course catalog is set up yet.\n\nA catalog is a web address, "
                           "given by your library or trainer, that lists courses you can "
                           "download. Choose \"Add…\" under Catalogs and paste the address.")
        elif only:
            text = self.tr("All your courses are up to date.")
        else:
            text = self.tr("The catalogs list no courses yet. Choose Refresh to fetch them "
                           "again when you are online.")
        self.empty.setText(text)
        self.empty.setVisible(not self.cards)
        self.scroll.setVisible(bool(self.cards))

    def _fill_sources(self) -> None:
        current = self.sources.currentItem()
        selected = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.sources.clear()
        for source in self.state.workspace.catalogs.sources():
            if source.fetched_at is None:
                seen = self.tr("not fetched yet")
            else:
                seen = self.tr("%n courses, last seen {date}", "", source.package_count).format(
                    date=self._date(source.fetched_at))
            if self.peer is not None and source.url == self.peer.catalog_url:
                seen = self.tr("On this network: {name}").format(name=self.peer.name) + \
                    " · " + seen
            item = QListWidgetItem(f"{source.url}\n{seen}")
            item.setData(Qt.ItemDataRole.UserRole, source.url)
            item.setToolTip(source.last_error or source.url)
            self.sources.addItem(item)
            if source.url == selected:
                self.sources.setCurrentItem(item)
        self.remove_button.setEnabled(self.sources.currentItem() is not None)

    def _update_buttons(self) -> None:
        for card in self.cards:
            card.set_job(self.service.find(card.course_id, card.item.entry.version))

    def card(self, course_id: str) -> EntryCard | None:
        return next((c for c in self.cards if c.course_id == course_id), None)

    # --- actions -------------------------------------------------------------------------

    def _act(self, card: EntryCard) -> None:
        item = card.item
        job = self.service.find(item.entry.id, item.entry.version)
        if job is not None and job.state in ("paused", "failed"):
            self.service.resume(job.key)
        elif item.status in (NOT_INSTALLED, UPDATE_AVAILABLE):
            self.download(item.entry, item.catalog_url, card.title)
        else:
            self._open_course(item.entry.id)

    def download(self, entry: CatalogEntry, catalog_url: str | None, title: str) -> None:
        """Queue a download; what the import would refuse is refused here, before it."""
        try:
            self.state.workspace.downloads.check_offer(entry)
        except Exception as exc:
            show_error(self, exc, self.tr("This course cannot be downloaded"))
            return
        require_signed = False
        if self.peer is not None and catalog_url == self.peer.catalog_url:
            terms = peer_download_terms(self, self.peer, entry, title)
            if terms is None:
                return
            require_signed = terms
        self.service.start(entry, catalog_url, title, require_signed=require_signed)

    def _open_course(self, course_id: str) -> None:
        self.save_now()
        self.nav.open_course(course_id)

    def refresh(self) -> None:
        if self.refresher.run(self.state.workspace):
            self.refresh_button.setEnabled(False)
            self._say(self.tr("Checking the catalogs for new courses…"), "muted")

    def choose_catalog(self) -> None:
        url, ok = ask_text(
            self, self.tr("Add a catalog"),
            self.tr("Paste the catalog's address (it starts with https://).\nIts courses will "
                    "be listed here for everyone on this computer; nothing is downloaded yet."),
            "https://")
        if ok and url.strip() and url.strip() != "https://":
            self.add_catalog(url)

    def add_catalog(self, url: str) -> None:
        try:
            url = check_url(url.strip())
        except Exception as exc:
            show_error(self, exc, self.tr("The catalog was not added"))
            return
        store = self.state.workspace.catalogs

        def added(new: bool) -> None:
            self.reload()
            if new:
                self.refresh()
            else:
                self._say(self.tr("This catalog is already in the list."), "muted")

        self.state.write(lambda: store.add(url), added,
                         lambda exc: show_error(self, exc, self.tr("The catalog was not added")))

    def confirm_remove(self) -> None:
        item = self.sources.currentItem()
        if item is None:
            return
        url = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(
            self, self.tr("Remove catalog"),
            self.tr("Remove {url}?\n\nIts courses will no longer be offered here. Courses "
                    "already installed stay installed.").format(url=url))
        if answer == QMessageBox.StandardButton.Yes:
            self.remove_catalog(url)

    def remove_catalog(self, url: str) -> None:
        store = self.state.workspace.catalogs
        self.state.write(lambda: store.remove(url), lambda _r: self.reload(),
                         lambda exc: show_error(self, exc))

    # --- results -------------------------------------------------------------------------

    @Slot(object)
    def _refreshed(self, value: object) -> None:
        self.refresh_button.setEnabled(True)
        if isinstance(value, BaseException):
            self._say("", "muted")
            show_error(self, value, self.tr("The catalogs could not be refreshed"))
            return
        results: list[RefreshResult] = value  # type: ignore[assignment]
        failed = [r for r in results if r.status == "failed"]
        offline = bool(failed) and all(r.unreachable for r in failed)
        self.reload()
        if failed and len(failed) == len(results) and offline:
            seen = [s.fetched_at for s in self.state.workspace.catalogs.sources() if s.fetched_at]
            if seen:
                self._say(fill(self.tr("You seem to be offline. Showing the catalog as last "
                                       "seen on {date}."), date=self._date(max(seen))),
                          "danger")
            else:
                self._say(self.tr("You seem to be offline, and the catalogs have never been "
                                  "fetched. Connect to the internet and choose Refresh."),
                          "danger")
        elif failed:
            lines = "\n".join(r.error or r.url for r in failed)
            self._say(self.tr("Some catalogs could not be refreshed; their last copy is shown."
                              "\n{errors}").format(errors=lines), "danger")
        else:
            self._say("", "muted")

    @Slot(int)
    def _job_changed(self, _key: int) -> None:
        self._update_buttons()

    @Slot(object)
    def _installed(self, job: DownloadJob) -> None:
        self._say(self.tr("“{title}” version {version} is installed. You find it in your "
                          "library.").format(title=job.title, version=job.entry.version),
                  "success")

    def _say(self, text: str, role: str) -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))

    def _date(self, when: datetime) -> str:
        local = when.replace(tzinfo=UTC).astimezone()
        stamp = QDateTime.fromSecsSinceEpoch(int(local.timestamp()))
        return QLocale(self.state.language).toString(stamp, QLocale.FormatType.ShortFormat)
