"""Sending records onward: the status texts and line, and the settings panel (LRS address,
user, password, "Test connection"; this computer's signing key).

Learning events wait in the outbox (sync/outbox.py) until they reach the organisation's
Learning Record Store, over the network (`sync`) or on a USB stick (`export_pending`).
Network work runs in a worker, and errors become sentences a librarian can act on: offline
means "they stay queued", a refused password means "check the password", not an HTTP
status. The facilitator's "Sync now" and USB export are in records_actions.py (`SyncBar`).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import BiblioError
from ...learning.tracker import utc_now
from ...records import load_installation_key
from ...sync import (
    LrsAuthError,
    LrsConfig,
    LrsError,
    LrsUnavailable,
    RetryPolicy,
    SyncError,
    SyncResult,
    SyncStatus,
    load_config,
    save_config,
    sync_status,
)
from ...sync.lrs import LrsClient, password_path
from ..base.accessibility import show_label_text
from ..base.delivery import AutoDelivery, status_sentence
from ..base.errors import show_error
from ..base.files import default_folder, write_public_key_file
from ..base.formats import format_date
from ..base.icons import icon
from ..base.state import AppState
from ..base.theme import set_role


def ago_text(when: datetime | None, now: datetime) -> str:
    """ "never", "just now", "5 minutes ago", "1 day ago" (naive UTC times)."""
    if when is None:
        return QCoreApplication.translate("sync", "never")
    if when - now > timedelta(days=1):  # stamped while the clock was ahead (or it is behind)
        return QCoreApplication.translate("sync", "on {date}").format(date=format_date(when))
    seconds = max(0, int((now - when).total_seconds()))
    if seconds >= 86400:
        return QCoreApplication.translate("sync", "%n days ago", "", seconds // 86400)
    if seconds >= 3600:
        return QCoreApplication.translate("sync", "%n hours ago", "", seconds // 3600)
    if seconds >= 60:
        return QCoreApplication.translate("sync", "%n minutes ago", "", seconds // 60)
    return QCoreApplication.translate("sync", "just now")


def status_text(status: SyncStatus, now: datetime, own: bool = False) -> str:
    """ "Your records: 2 waiting to be sent · last sent 3 days ago" (own) or "Records: …"."""
    if status.pending:
        waiting = QCoreApplication.translate("sync", "%n waiting to be sent", "", status.pending)
    elif status.delivered:
        waiting = QCoreApplication.translate("sync", "all sent")
    else:
        waiting = QCoreApplication.translate("sync", "nothing to send yet")
    template = (
        QCoreApplication.translate("sync", "Your records: {waiting} · last sent {when}")
        if own
        else QCoreApplication.translate("sync", "Records: {waiting} · last sent {when}")
    )
    return template.format(waiting=waiting, when=ago_text(status.last_sync_at, now))


def failure_text(exc: BaseException) -> str:
    """A failed sync or connection test, in words that say what happens to the records."""
    cause = exc.__cause__ if isinstance(exc, SyncError) and exc.__cause__ else exc
    if isinstance(cause, LrsAuthError):
        text = QCoreApplication.translate(
            "sync",
            "The LRS refused the user name or password. Check them in Settings; the "
            "records stay queued.",
        )
    elif isinstance(cause, LrsUnavailable):
        text = QCoreApplication.translate(
            "sync",
            "The Learning Record Store could not be reached; the records stay queued "
            "and will be sent next time.",
        )
    else:
        text = str(exc)
    result = getattr(exc, "result", None)
    if isinstance(result, SyncResult) and result.delivered:
        text = (
            QCoreApplication.translate(
                "sync", "Sent %n statements before it stopped.", "", result.delivered
            )
            + " "
            + text
        )
    return text


def result_text(result: SyncResult) -> tuple[str, bool]:
    """What a finished sync did, and whether it all went well."""
    if not result.total:
        return QCoreApplication.translate(
            "sync", "Nothing was waiting: everything is already sent."
        ), True
    text = QCoreApplication.translate("sync", "Sent %n statements.", "", result.delivered)
    if result.errors:
        text += " " + QCoreApplication.translate(
            "sync", "%n could not be sent and stay queued: {error}", "",
            result.conflicts + result.rejected,
        ).format(error=result.errors[0])
    return text, not result.errors


class SyncStatusLabel(QLabel):
    """One line: how many records wait, when the last sync was (own: the learner's only)."""

    def __init__(self, state: AppState, own: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.own = state, own
        self.setProperty("role", "muted")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.delivery = AutoDelivery.of(state)  # a joined PC's delivery to the workshop PC
        self.delivery.changed.connect(self.refresh)

    def refresh(self) -> None:
        learner_id = self.state.learner.id if self.own and self.state.learner else None
        if self.own and learner_id is None:
            self.hide()
            return
        try:
            with self.state.workspace.sessions() as session:
                status = sync_status(session, learner_id)
        except Exception as exc:  # a status line must never break the screen around it
            self.setText(QCoreApplication.translate("sync", "The sending status cannot be read."))
            self.setToolTip(str(exc))
            return
        self.status = status
        text = status_text(status, utc_now(), self.own)
        if status.pending and status.last_error and not self.own:
            text += " · " + QCoreApplication.translate(
                "sync", "the last try failed (hover for details)"
            )
        workshop = status_sentence(self.delivery.status)
        if workshop:
            text += "\n" + workshop
        self.setText(text)
        self.setToolTip(status.last_error or "")
        self.setAccessibleName(text)
        self.show()


def check_connection(config: LrsConfig) -> str:
    """Worker: `GET about` (is it an LRS?), then one authenticated read (are the user name
    and password accepted?). Returns the xAPI versions the LRS speaks."""
    with LrsClient(config, retry=RetryPolicy(retries=0)) as client:
        status, _headers, data = client.request("GET", "about")
        if status != 200:
            raise LrsError(
                f"The address answered HTTP {status}, not like a Learning Record Store.",
                "check the address; it usually ends in /xAPI/",
            )
        try:
            versions = ", ".join(json.loads(data).get("version", []))
        except (ValueError, AttributeError, TypeError) as exc:
            raise LrsError(
                "The address does not answer like a Learning Record Store.",
                "check the address; it usually ends in /xAPI/",
            ) from exc
        status, _headers, _data = client.request("GET", "statements?limit=1")
        if status in (401, 403):
            raise LrsAuthError(f"The LRS refused the user name or password (HTTP {status}).")
        return versions


class SyncPanel(QWidget):
    """Settings: where records are sent (facilitator only) and this computer's signing key."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://lrs.example.org/xAPI/")
        self.url.setAccessibleName(self.tr("Address of the Learning Record Store"))
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name for the Learning Record Store"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password for the Learning Record Store"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save the Learning Record Store settings"))
        self.test_button = QPushButton(icon("sync"), self.tr("Test connection"))
        self.test_button.setAccessibleName(
            self.tr("Test the connection to the Learning Record Store")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        self.status_line = SyncStatusLabel(state)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        about = QLabel(
            self.tr(
                "Completed courses and quiz results are sent to your "
                "organisation's Learning Record Store (xAPI) when there is a "
                "connection; until then they wait on this computer."
            )
        )
        about.setWordWrap(True)
        lrs = QGroupBox(self.tr("Sending records"))
        form = QFormLayout(lrs)
        form.addRow(about)
        form.addRow(self.tr("LRS &address:"), self.url)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(buttons)
        form.addRow(self.status_line)
        form.addRow(self.message)
        form.addRow(self.note)

        self.did = QLabel()
        self.did.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.did.setMinimumWidth(120)
        self.did.setWordWrap(True)  # always: a label that starts wrapping later was cut off
        show_label_text(self.did, self.tr("Public key (did:key) of this computer"))
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the public key"))
        self.fingerprint = QLabel()
        self.fingerprint.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        show_label_text(self.fingerprint, self.tr("Fingerprint of the key"))
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.export_key_button = QPushButton(icon("export"), self.tr("Export public key…"))
        self.export_key_button.setAccessibleName(
            self.tr("Export the public key as a trusted-keys file")
        )
        did_row = QVBoxLayout()  # the key (or why there is none) over its button
        did_row.setContentsMargins(0, 0, 0, 0)
        did_row.addWidget(self.did)
        did_row.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        key_about = QLabel(
            self.tr(
                "Certificates from this computer are signed with this key. "
                "Give the exported public key to whoever checks them; "
                "compare the fingerprint over the phone."
            )
        )
        key_about.setWordWrap(True)
        key_about.setProperty("role", "muted")
        key = QGroupBox(self.tr("Signing key of this computer"))
        key_form = QFormLayout(key)
        key_form.addRow(key_about)
        key_form.addRow(self.tr("Key:"), did_row)
        key_form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        export_row = QHBoxLayout()
        export_row.addWidget(self.export_key_button)
        export_row.addStretch(1)
        key_form.addRow(export_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(lrs)
        layout.addWidget(key)
        for first, second in (
            (self.url, self.user),
            (self.user, self.password),
            (self.password, self.save_button),
            (self.save_button, self.test_button),
            (self.test_button, self.copy_button),
            (self.copy_button, self.export_key_button),
        ):
            self.setTabOrder(first, second)
        self.save_button.clicked.connect(self.save)
        self.password.returnPressed.connect(self.save)
        self.test_button.clicked.connect(self.test_connection)
        self.copy_button.clicked.connect(self.copy_did)
        self.export_key_button.clicked.connect(self.choose_key_file)
        state.signed_in.connect(self.update_access)
        state.signed_out.connect(self.update_access)
        self.refresh()

    # --- showing -----------------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.state.workspace
        try:
            with ws.sessions() as session:
                from ...sync.outbox import LRS_URL_KEY, LRS_USER_KEY, get_setting

                self.url.setText(str(get_setting(session, LRS_URL_KEY) or ""))
                self.user.setText(str(get_setting(session, LRS_USER_KEY) or ""))
        except Exception as exc:
            show_error(self, exc)
        self.password.clear()
        self.password.setPlaceholderText(
            self.tr("saved; type a new one to change it") if password_path(ws).exists() else ""
        )
        self.status_line.refresh()
        self.show_key()
        self.update_access()

    def show_key(self) -> None:
        try:
            key = load_installation_key(self.state.workspace.layout, create=False)
        except BiblioError:
            self.full_did = ""
            self.did.setText(
                self.tr(
                    "None yet: it is made when the first certificate is "
                    "saved, or when you export the public key."
                )
            )
            self.fingerprint.setText("—")
            self.copy_button.setEnabled(False)
            return
        self.full_did = key.did
        self.did.setText(
            self.did.fontMetrics().elidedText(key.did, Qt.TextElideMode.ElideMiddle, 300)
        )
        self.did.setToolTip(key.did)
        self.fingerprint.setText(key.fingerprint)
        self.copy_button.setEnabled(True)

    def update_access(self) -> None:
        allowed = self.state.facilitator is not None
        for widget in (self.url, self.user, self.password, self.save_button, self.test_button):
            widget.setEnabled(allowed)
        self.note.setText(
            self.tr(
                "Only the facilitator can change where records are sent. Sign in as the "
                "facilitator from the start screen."
            )
            if not allowed
            else ""
        )
        self.note.setVisible(not allowed)

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        set_role(self.message, "success" if ok else "danger")
        self.message.show()

    # --- the LRS -----------------------------------------------------------------------------

    def entered_config(self) -> LrsConfig:
        """The fields as a config; an empty password field means the saved password."""
        url, user = self.url.text().strip(), self.user.text().strip()
        if not url or not user:
            raise BiblioError(
                self.tr("Enter the address of the Learning Record Store and the user name.")
            )
        password = self.password.text() or None
        if password is None and not password_path(self.state.workspace).exists():
            raise BiblioError(self.tr("Enter the password too."))
        return load_config(self.state.workspace, url=url, user=user, password=password)

    def save(self) -> None:
        if self.state.facilitator is None:
            return
        try:
            config = self.entered_config()
        except BiblioError as exc:
            self.say(str(exc), ok=False)
            return
        ws, password = self.state.workspace, self.password.text() or None
        self.state.write(
            lambda: save_config(ws, config.url, config.user, password),
            self._saved,
            lambda exc: (
                self.say(str(exc), ok=False)
                if isinstance(exc, BiblioError)
                else show_error(self, exc)
            ),
        )

    def _saved(self, _value: Any) -> None:
        self.refresh()
        self.say(self.tr('Saved. "Sync now" on the facilitator page sends the waiting records.'))

    def test_connection(self) -> None:
        try:
            config = self.entered_config()
        except BiblioError as exc:
            self.say(str(exc), ok=False)
            return
        config = LrsConfig(config.url, config.user, config.password, timeout=10.0)
        self.test_button.setEnabled(False)
        self.task_token = self.state.tasks.run(
            self,
            self.tr("Test connection"),
            self.tr("Asking the Learning Record Store…"),
            lambda _progress, _cancel: check_connection(config),
            self._tested,
            self._test_failed,
        )

    def _tested(self, versions: str) -> None:
        self.update_access()
        self.say(
            self.tr(
                "Connected: the Learning Record Store (xAPI {versions}) accepted the "
                "user name and password."
            ).format(versions=versions or "?")
        )

    def _test_failed(self, exc: BaseException) -> None:
        self.update_access()
        if isinstance(exc, LrsUnavailable):
            self.say(
                self.tr(
                    "The Learning Record Store could not be reached. Check the "
                    "address and the network."
                ),
                ok=False,
            )
            self.message.setToolTip(str(exc))
        elif isinstance(exc, LrsError):
            self.say(failure_text(exc), ok=False)
        else:
            show_error(self, exc)

    # --- the key -----------------------------------------------------------------------------

    def copy_did(self) -> None:
        if self.full_did:
            QGuiApplication.clipboard().setText(self.full_did)

    def choose_key_file(self) -> None:
        fingerprint = self.fingerprint.text().replace(" ", "")[:8]
        name = (
            f"biblio-public-key-{fingerprint}.json"
            if fingerprint.isalnum()
            else "biblio-public-key.json"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export public key"),
            str(default_folder() / name),
            self.tr("Trusted-keys files (*.json)"),
        )
        if path:
            self.export_key(Path(path))

    def export_key(self, path: Path) -> None:
        ws = self.state.workspace
        self.task_token = self.state.tasks.run(
            self,
            self.tr("Export public key"),
            self.tr("Writing the public key…"),
            lambda _progress, _cancel: write_public_key_file(ws, path),
            self._key_exported,
            lambda exc: show_error(self, exc),
        )

    def _key_exported(self, path: Path) -> None:
        self.show_key()
        self.say(
            self.tr(
                "Wrote the public key to {path}. Check records with: biblio-desktop "
                'verify record.json --trusted-keys "{name}"'
            ).format(path=path, name=path.name)
        )
