"""Course downloads in the background, and the panel that shows them.

`DownloadService` (one per AppState, a child of it, so it outlives screens that are rebuilt
when the UI language changes) runs one download at a time on its own worker thread. The
worker only emits signals; they are queued to the service in the GUI thread, which keeps
the job list and re-announces changes. The manager (core) resumes `.part` files, verifies
and imports; the UI only asks it to pause (keep the `.part`) or cancel (delete it).
`DownloadPanel` shows one row per download: progress, speed, size, time left, Pause /
Resume / Cancel and errors in plain words.
"""

from __future__ import annotations

import contextlib
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...downloads.catalog import CatalogEntry
from ...downloads.manager import DownloadInfo, DownloadManager, DownloadOutcome, DownloadToken
from ...errors import AlreadyInstalled, Cancelled
from ...workspace import Workspace
from ..base.icons import icon
from ..base.state import AppState, StateService
from ..base.theme import set_role

ACTIVE = ("waiting", "downloading", "installing")
_RETRY = re.compile(r"^(?P<reason>.*); retrying in (?P<delay>[0-9.]+) s")


def format_size(size: float, language: str) -> str:
    """Bytes as people read them ("31.5 MB", "31,5 MB" in Latvian)."""
    return QLocale(language).formattedDataSize(
        int(size), 1, QLocale.DataSizeFormat.DataSizeSIFormat)


@dataclass
class DownloadJob:
    """One download as the UI sees it; changed only on the GUI thread."""

    key: int
    entry: CatalogEntry
    catalog_url: str | None
    title: str
    state: str = "waiting"  # ACTIVE | paused | failed | done
    done: int = 0
    total: int = 0
    speed: float = 0.0  # bytes per second, over the last few seconds
    reason: str | None = None  # a retry in progress ("The connection dropped")
    retry_at: float | None = None
    error: BaseException | None = None
    installed: DownloadOutcome | None = None
    token: DownloadToken | None = None
    require_signed: bool = False  # from a workshop PC: only signed, unless the user agreed
    samples: deque[tuple[float, int]] = field(default_factory=lambda: deque(maxlen=50))


class DownloadService(StateService):
    """The download queue of one AppState (find it with `DownloadService.of(state)`)."""

    changed = Signal(int)  # job key (added, progressed, state changed)
    removed = Signal(int)
    installed = Signal(object)  # DownloadJob, after courses_changed
    _w_started = Signal(int)
    _w_progress = Signal(int)  # key; the values wait in `_latest`
    _w_notice = Signal(int, str)
    _w_end = Signal(int, object)  # DownloadOutcome or the exception

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self.state = state
        self.jobs: dict[int, DownloadJob] = {}
        self._lock = threading.Lock()
        self._latest: dict[int, tuple[int, int, str]] = {}
        self._next_key = 1
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="download")
        self.manager_factory: Callable[[Workspace], DownloadManager] = DownloadManager
        queued = Qt.ConnectionType.QueuedConnection
        self._w_started.connect(self._started, queued)
        self._w_progress.connect(self._progress, queued)
        self._w_notice.connect(self._notice, queued)
        self._w_end.connect(self._end, queued)
        self.stop_on_quit(self.shutdown)

    # --- queries -------------------------------------------------------------------------

    def find(self, course_id: str, version: str | None = None) -> DownloadJob | None:
        for job in self.jobs.values():
            if job.entry.id == course_id and version in (None, job.entry.version):
                return job
        return None

    @property
    def busy(self) -> bool:
        return any(j.state in ACTIVE for j in self.jobs.values())

    # --- actions (GUI thread) ------------------------------------------------------------

    def start(self, entry: CatalogEntry, catalog_url: str | None, title: str, *,
              require_signed: bool = False) -> DownloadJob:
        """Queue a download (or resume the paused one of the same package);
        `require_signed` refuses an unsigned package (one from a workshop PC)."""
        job = self.find(entry.id, entry.version)
        if job is None:
            job = DownloadJob(self._next_key, entry, catalog_url, title, total=entry.size)
            self._next_key += 1
            self.jobs[job.key] = job
        elif job.state in ACTIVE:
            return job
        job.require_signed = require_signed
        self._submit(job)
        return job

    def resume(self, key: int) -> None:
        job = self.jobs.get(key)
        if job is not None and job.state in ("paused", "failed"):
            self._submit(job)

    def pause(self, key: int) -> None:
        job = self.jobs.get(key)
        if job is not None and job.token is not None and job.state in ("waiting", "downloading"):
            job.token.pause()

    def pause_all(self) -> None:
        for key in list(self.jobs):
            self.pause(key)

    def cancel(self, key: int) -> None:
        """Stop for good and delete the partial file."""
        job = self.jobs.get(key)
        if job is None:
            return
        if job.state in ("waiting", "downloading") and job.token is not None:
            job.token.cancel()  # the worker deletes the .part and reports Cancelled
            return
        self._forget(job)

    def dismiss(self, key: int) -> None:
        job = self.jobs.get(key)
        if job is not None and job.state not in ACTIVE:
            del self.jobs[key]
            self.removed.emit(key)

    def load_pending(self, entries: dict[tuple[str, str], tuple[CatalogEntry, str, str]]
                     ) -> None:
        """Show unfinished downloads of earlier runs as paused (`entries`: the catalog's
        entry, catalog URL and title by (course id, version))."""
        for info in self.state.workspace.downloads.list(active_only=True):
            if self.find(info.course_id, info.version) is not None:
                continue
            entry, catalog_url, title = entries.get(
                (info.course_id, info.version), (_entry_of(info), None, info.course_id))
            if (entry.url, entry.sha256, entry.size) != (info.url, info.sha256, info.size):
                entry = _entry_of(info)  # the catalog changed; resume what was started
            job = DownloadJob(self._next_key, entry, catalog_url, title, state="paused",
                              done=info.bytes_done, total=info.size)
            self._next_key += 1
            self.jobs[job.key] = job
            self.changed.emit(job.key)

    def shutdown(self, wait: float = 3.0) -> None:
        """Pause everything (the `.part` files stay) and give the worker time to stop."""
        self.pause_all()
        self._pool.shutdown(wait=False, cancel_futures=False)
        end = time.monotonic() + wait  # a real wait with real sleeps, not the app's clock
        while any(j.state in ACTIVE for j in self.jobs.values()) and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.02)

    # --- internals -----------------------------------------------------------------------

    def _submit(self, job: DownloadJob) -> None:
        job.token = DownloadToken()
        job.state, job.error, job.reason, job.retry_at = "waiting", None, None, None
        job.samples.clear()
        job.speed = 0.0
        self.changed.emit(job.key)
        self._pool.submit(self._work, job.key, job.entry, job.catalog_url, job.token,
                          self.state.workspace, job.require_signed)

    def _forget(self, job: DownloadJob) -> None:
        manager = self.manager_factory(self.state.workspace)
        entry = job.entry

        def discard() -> None:
            info = manager.pending(entry.id, entry.version)
            if info is not None:
                manager.discard(info.id)

        del self.jobs[job.key]
        self.removed.emit(job.key)
        self.state.write(discard)

    def _work(self, key: int, entry: CatalogEntry, catalog_url: str | None,
              token: DownloadToken, workspace: Workspace, require_signed: bool = False
              ) -> None:
        """Runs on the download thread: only emits signals."""
        def progress(done: int, total: int, phase: str = "downloading") -> None:
            # Coalesced: at most one report in flight; the GUI slot reads the latest value,
            # so a burst of small reads cannot flood the event queue and none is lost.
            with self._lock:
                first = key not in self._latest
                self._latest[key] = (done, total, phase)
            if first:
                self._w_progress.emit(key)

        try:
            token.raise_if_cancelled()
            self._w_started.emit(key)
            outcome: Any = self.manager_factory(workspace).download(
                entry, catalog_url=catalog_url, progress=progress,
                import_progress=lambda d, t: progress(d, t, "installing"), cancel=token,
                notice=lambda message: self._w_notice.emit(key, message),
                require_signed=require_signed)
        except BaseException as exc:  # reported on the GUI thread
            outcome = exc
        with contextlib.suppress(RuntimeError):  # the service is gone (app closing)
            self._w_end.emit(key, outcome)

    @Slot(int)
    def _started(self, key: int) -> None:
        job = self.jobs.get(key)
        if job is not None and job.state == "waiting":
            job.state = "downloading"
            self.changed.emit(key)

    @Slot(int)
    def _progress(self, key: int) -> None:
        with self._lock:
            latest = self._latest.pop(key, None)
        job = self.jobs.get(key)
        if latest is None or job is None or job.state not in ACTIVE:
            return
        done, total, phase = latest
        now = clock.monotonic()
        if phase == "installing":
            job.state, job.reason, job.retry_at = "installing", None, None
        else:
            if done > job.done:
                job.reason = job.retry_at = None
            job.state, job.done, job.total = "downloading", done, total
            job.samples.append((now, done))
            while len(job.samples) > 2 and now - job.samples[0][0] > 5:
                job.samples.popleft()
            (t0, d0), (t1, d1) = job.samples[0], job.samples[-1]
            job.speed = (d1 - d0) / (t1 - t0) if t1 - t0 > 0.2 else job.speed
        self.changed.emit(key)

    @Slot(int, str)
    def _notice(self, key: int, message: str) -> None:
        job = self.jobs.get(key)
        if job is None:
            return
        match = _RETRY.match(message)
        job.reason = match.group("reason") if match else message
        job.retry_at = clock.monotonic() + float(match.group("delay")) if match else None
        job.speed = 0.0
        job.samples.clear()
        self.changed.emit(key)

    @Slot(int, object)
    def _end(self, key: int, outcome: object) -> None:
        with self._lock:
            self._latest.pop(key, None)
        job = self.jobs.get(key)
        if job is None:
            return
        job.reason = job.retry_at = None
        if isinstance(outcome, DownloadOutcome):
            job.state, job.installed, job.done = "done", outcome, job.total
            self.changed.emit(key)
            self.state.courses_changed.emit()
            self.installed.emit(job)
        elif isinstance(outcome, Cancelled) and job.token is not None and job.token.paused:
            job.state = "paused"
            part = self.state.workspace.downloads.pending(job.entry.id, job.entry.version)
            job.done = part.bytes_done if part else job.done
            self.changed.emit(key)
        elif isinstance(outcome, Cancelled):
            del self.jobs[key]
            self.removed.emit(key)
        elif isinstance(outcome, AlreadyInstalled):
            self._forget(job)
        else:
            job.state, job.error = "failed", outcome  # type: ignore[assignment]
            self.changed.emit(key)


def _entry_of(info: DownloadInfo) -> CatalogEntry:
    """A catalog entry rebuilt from a download row (when the catalog no longer lists it)."""
    return CatalogEntry(info.course_id, info.version, {"en": info.course_id}, {}, (),
                        info.size, info.sha256, info.url, None)


class DownloadRow(QFrame):
    """One download: title, bar, details and the buttons that fit its state."""

    def __init__(self, service: DownloadService, job: DownloadJob, language: str,
                 open_course: Callable[[str], None] | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.key, self.language = service, job.key, language
        self.setProperty("role", "card")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Download progress of {title}").format(
            title=job.title))
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addStretch(1)
        specs = [("pause", "pause", self.tr("Pause"), service.pause),
                 ("resume", "download", self.tr("Resume"), service.resume),
                 ("open", "next", self.tr("Open"), lambda _k: open_course and open_course(
                     job.entry.id)),
                 ("cancel", "mdi6.close", self.tr("Cancel"), service.cancel),
                 ("dismiss", "mdi6.close", self.tr("Dismiss"), service.dismiss)]
        for name, icon_name, text, action in specs:
            button = QPushButton(icon(icon_name), text)
            button.setAccessibleName(self.tr("{action} download of {title}").format(
                action=text, title=job.title))
            button.clicked.connect(lambda _c=False, a=action: a(self.key))
            row.addWidget(button)
            self.buttons[name] = button
        self.has_open = open_course is not None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        layout.addLayout(row)
        self.update_from(job)

    def update_from(self, job: DownloadJob) -> None:
        size = self._size
        self.title.setText(self.tr("{title} — version {version}").format(
            title=job.title, version=job.entry.version))
        fraction = job.done / job.total if job.total else 0.0
        if job.state == "installing":
            self.bar.setRange(0, 0)  # busy: verifying and importing
        else:
            self.bar.setRange(0, 1000)
            self.bar.setValue(round(1000 * fraction))
        sizes = self.tr("{done} of {total}").format(done=size(job.done), total=size(job.total))
        role = "muted"
        if job.state == "waiting":
            text = self.tr("Waiting for the other download to finish… ({sizes})").format(
                sizes=sizes)
        elif job.state == "downloading" and job.reason:
            text, role = self._retry_text(job), "danger"
        elif job.state == "downloading":
            text = sizes
            if job.speed > 0:
                left = (job.total - job.done) / job.speed
                text = self.tr("{sizes} · {speed}/s · {left} left").format(
                    sizes=sizes, speed=size(job.speed), left=self._duration(left))
        elif job.state == "installing":
            text = self.tr("Downloaded. Checking and installing the course…")
        elif job.state == "paused":
            text = self.tr("Paused — {sizes} downloaded. Choose Resume to continue.").format(
                sizes=sizes)
        elif job.state == "failed":
            text, role = self.tr("The download stopped: {error} Choose Resume to try again."
                                 ).format(error=str(job.error)), "danger"
        else:
            text, role = self.tr("Installed. The course is now in your library."), "success"
        self.detail.setText(text)
        set_role(self.detail, role)
        visible = {"pause": job.state in ("waiting", "downloading"),
                   "resume": job.state in ("paused", "failed"),
                   "cancel": job.state in ("waiting", "downloading", "paused", "failed"),
                   "open": job.state == "done" and self.has_open,
                   "dismiss": job.state == "done"}
        for name, button in self.buttons.items():
            button.setVisible(visible[name])

    def _retry_text(self, job: DownloadJob) -> str:
        reason = job.reason or ""
        if "cannot be found" in reason or "connection failed" in reason:
            base = self.tr("The server cannot be reached")
        elif "busy" in reason:
            base = self.tr("The server is busy")
        elif "stopped sending" in reason:
            base = self.tr("The server stopped sending")
        else:
            base = self.tr("The connection dropped")
        if job.retry_at is None:
            return self.tr("{problem}; trying again…").format(problem=base)
        seconds = math.ceil(job.retry_at - clock.monotonic())
        if seconds <= 0:
            return self.tr("{problem}; trying again now…").format(problem=base)
        return self.tr("{problem}; will retry in {seconds} s").format(problem=base,
                                                                       seconds=seconds)

    def _size(self, size: float) -> str:
        return format_size(size, self.language)

    def _duration(self, seconds: float) -> str:
        if seconds < 60:
            return self.tr("{n} s").format(n=max(1, math.ceil(seconds)))
        if seconds < 3600:
            return self.tr("{n} min").format(n=math.ceil(seconds / 60))
        return self.tr("{h} h {m} min").format(h=int(seconds // 3600),
                                               m=int(seconds % 3600 // 60))


class DownloadPanel(QWidget):
    """Rows for every download of the service; hidden while there are none."""

    def __init__(self, state: AppState, open_course: Callable[[str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.service = DownloadService.of(state)
        self.open_course = open_course
        self.rows: dict[int, DownloadRow] = {}
        heading = QLabel(self.tr("Downloads"))
        heading.setProperty("role", "title")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(8)
        self.layout_.addWidget(heading)
        self.service.changed.connect(self._changed)
        self.service.removed.connect(self._removed)
        self.ticker = QTimer(self)  # counts down "will retry in N s"
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        for key in self.service.jobs:
            self._changed(key)
        self.setVisible(bool(self.rows))

    def row(self, course_id: str) -> DownloadRow | None:
        job = self.service.find(course_id)
        return self.rows.get(job.key) if job else None

    @Slot(int)
    def _changed(self, key: int) -> None:
        job = self.service.jobs.get(key)
        if job is None:
            return
        row = self.rows.get(key)
        if row is None:
            row = DownloadRow(self.service, job, self.state.language, self.open_course)
            self.rows[key] = row
            self.layout_.addWidget(row)
            self.show()
        else:
            row.update_from(job)
        if job.retry_at is not None and not self.ticker.isActive():
            self.ticker.start()

    @Slot(int)
    def _removed(self, key: int) -> None:
        row = self.rows.pop(key, None)
        if row is not None:
            self.layout_.removeWidget(row)
            row.setParent(None)  # gone now, not at the next event-loop turn
            row.deleteLater()
        self.setVisible(bool(self.rows))

    def _tick(self) -> None:
        waiting = [j for j in self.service.jobs.values() if j.retry_at is not None]
        for job in waiting:
            if job.key in self.rows:
                self.rows[job.key].update_from(job)
        if not waiting:
            self.ticker.stop()
