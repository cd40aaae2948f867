"""Running work off the GUI thread.

- `SerialWriter`: one background thread for database writes, in order; results and
  errors come back to the GUI thread through a queued signal, so a screen learns that an
  answer was saved only after the commit returned.
- `run_task`: long work (imports, exports, sync) that reports progress and can be
  cancelled, shown in a modal progress dialog with a Cancel button.

Widgets are never touched from a worker thread: workers only emit signals.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...progress import CancelToken, ProgressFn

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives in the GUI thread; signals emitted from workers are delivered there."""

    finished = Signal(object, object, object)  # callback, value, error callback
    progressed = Signal(object, int, int)

    @Slot(object, object, object)
    def _deliver(self, callback: Any, value: Any, on_error: Any) -> None:
        if isinstance(value, BaseException):
            on_error(value)
        else:
            callback(value)

    @Slot(object, int, int)
    def _progress(self, callback: Any, done: int, total: int) -> None:
        callback(done, total)

    def __init__(self) -> None:
        super().__init__()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)


def _ignore(_value: Any) -> None:
    pass


class SerialWriter:
    """Runs callables one at a time on a single background thread."""

    def __init__(self, on_error: Failed) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="db-writer")
        self._relay = _Relay()
        self._on_error = on_error

    def submit(self, fn: Callable[[], Any], done: Done = _ignore,
               failed: Failed | None = None) -> Future[Any]:
        on_error = failed or self._on_error

        def run() -> Any:
            try:
                value = fn()
            except BaseException as exc:  # reported on the GUI thread
                self._relay.finished.emit(done, exc, on_error)
                raise
            self._relay.finished.emit(done, value, on_error)
            return value

        return self._pool.submit(run)

    def flush(self, timeout: float = 10.0) -> None:
        """Wait for every queued write (used before sign-out and at exit)."""
        self._pool.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)


class TaskRunner:
    """Long work with a progress dialog and Cancel; one task at a time."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="task")
        self._relay = _Relay()
        self.dialog: QProgressDialog | None = None

    def run(self, parent: QWidget | None, title: str, label: str,
            work: Callable[[ProgressFn, CancelToken], Any], done: Done, failed: Failed
            ) -> CancelToken:
        token = CancelToken()
        dialog = QProgressDialog(label, parent.tr("Cancel") if parent else "Cancel", 0, 1000,
                                 parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setAccessibleName(title)
        # A lambda is held strongly by the connection: a bound method of the token would be
        # a weak reference, and the token freed on the worker thread deadlocks with the GUI
        # thread closing the dialog.
        dialog.canceled.connect(lambda: token.cancel())
        self.dialog = dialog

        def show(done_bytes: int, total: int) -> None:
            if total > 0:
                dialog.setValue(int(1000 * done_bytes / total))

        def report(done_bytes: int, total: int) -> None:
            self._relay.progressed.emit(show, done_bytes, total)

        def finish(value: Any) -> None:
            dialog.close()
            self.dialog = None
            done(value)

        def fail(exc: BaseException) -> None:
            dialog.close()
            self.dialog = None
            failed(exc)

        def work_in_thread() -> None:
            try:
                value = work(report, token)
            except BaseException as exc:
                self._relay.finished.emit(finish, exc, fail)
                return
            self._relay.finished.emit(finish, value, fail)

        dialog.setValue(0)
        self._pool.submit(work_in_thread)
        return token

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
