"""Dialogs around profiles: PIN and facilitator sign-in, adding a learner, the facilitator
password, and the facilitator's PIN reset and removal.

Sign-in failures are shown inside the dialog (tries left, or a countdown while the
stored throttle lasts) rather than as pop-ups, so the learner can simply type again.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ... import clock
from ...errors import BiblioError
from ...learning.profiles import Learner, LearnerNameError, SignInFailed, SignInThrottled
from ...learning.profiles import clean_name as _clean_name
from ...learning.secrets import PASSWORD_MIN, PIN_MAX, SecretRuleError, check_password, check_pin
from ..base.accessibility import LARGE_TEXT_PT, announce, show_label_text
from ..base.errors import show_error
from ..base.state import AppState, LibraryRestored
from ..base.theme import set_role


def _secret_field(accessible: str, digits_only: bool) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(accessible)
    if digits_only:
        field.setValidator(QRegularExpressionValidator(
            QRegularExpression(f"[0-9]{{0,{PIN_MAX}}}"), field))
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        field.setMaxLength(PIN_MAX)
    return field


def _form() -> QFormLayout:
    """A form whose labels go above their fields at large text sizes, so the fields (and
    their hints, "4 to 8 digits, or leave empty") get the dialog's whole width."""
    form = QFormLayout()
    if QApplication.font().pointSize() >= LARGE_TEXT_PT:
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
    return form


class _FormDialog(QDialog):
    """A dialog with a message line (errors in red, said by screen readers) and OK/Cancel."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        large = QApplication.font().pointSize() >= LARGE_TEXT_PT
        self.setMinimumWidth(900 if large else 440)  # wider, not taller than the screen
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("role", "danger")
        show_label_text(self.message, self.tr("Message"))
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)

    def say(self, text: str, role: str = "danger") -> None:
        self.message.setText(text)
        set_role(self.message, role)
        self.message.setVisible(bool(text))
        self._fit()
        announce(self.message, text, assertive=role == "danger")

    def _fit(self) -> None:
        """Grow to the wrapped texts at the width shown: the dialog kept its first size
        and cut off a message, or (at large text) its explanation."""
        self.layout_.activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width()),
                                      self.sizeHint().height()))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self._fit()

    def submit(self) -> None:  # pragma: no cover - overridden
        self.accept()


class SecretPromptDialog(_FormDialog):
    """Asks for a PIN or the facilitator password and signs in with it.

    `sign_in(secret)` raises SignInFailed / SignInThrottled; while throttled the field is
    disabled and a countdown says when the next try is possible.
    """

    def __init__(self, title: str, prompt: str, sign_in: Callable[[str], object], *,
                 digits_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._sign_in = sign_in
        self.digits_only = digits_only
        self.prompt = QLabel(prompt)
        self.prompt.setWordWrap(True)
        self.field = _secret_field(prompt, digits_only)
        self.prompt.setBuddy(self.field)
        self.layout_.addWidget(self.prompt)
        self.layout_.addWidget(self.field)
        self.finish_layout()
        self.seconds_left = 0
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self._tick)
        self.field.setFocus()

    def submit(self) -> None:
        if self.seconds_left > 0:
            return
        secret = self.field.text()
        if not secret:
            self.say(self.tr("Type the PIN first.") if self.digits_only else
                     self.tr("Type the password first."))
            return
        try:
            self._sign_in(secret)
        except SignInThrottled as exc:
            self.start_wait(exc.retry_after_seconds)
        except SignInFailed as exc:
            self.field.clear()
            if exc.retry_after_seconds > 0:
                self.start_wait(exc.retry_after_seconds)
            else:
                self.say(self._wrong_text(exc.tries_left))
            self.field.setFocus()
        except LibraryRestored as exc:  # this profile came from the damaged file's list
            show_error(self, exc)
            self.reject()
        except Exception as exc:
            show_error(self, exc)
        else:
            self.accept()

    def _wrong_text(self, tries_left: int) -> str:
        # The context is named: PySide's tr() on a subclass (PinDialog) looks up the
        # subclass first and takes its "%n" fill-in as the translation.
        translate = QCoreApplication.translate
        if self.digits_only:
            return translate("SecretPromptDialog",
                             "That PIN is not right. %n more tries before a short wait.", "",
                             tries_left)
        return translate("SecretPromptDialog",
                         "That password is not right. %n more tries before a short wait.", "",
                         tries_left)

    def start_wait(self, seconds: int) -> None:
        # A little slack past the stored lock, so the first try after the countdown is
        # not refused by a timer that fired a few milliseconds early.
        self.deadline = clock.monotonic() + max(1, int(seconds)) + 0.3
        self.seconds_left = max(1, int(seconds))
        self.field.clear()
        self.field.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._show_wait()
        self.timer.start()

    def _show_wait(self) -> None:
        n, translate = self.seconds_left, QCoreApplication.translate  # see _wrong_text
        if self.digits_only:
            text = translate("SecretPromptDialog",
                             "Too many wrong PINs. Try again in %n seconds.", "", n)
        else:
            text = translate("SecretPromptDialog",
                             "Too many wrong passwords. Try again in %n seconds.", "", n)
        self.say(text)

    def _tick(self) -> None:
        remaining = self.deadline - clock.monotonic()
        if remaining > 0:
            shown = max(1, math.ceil(remaining - 0.3))
            if shown != self.seconds_left:
                self.seconds_left = shown
                self._show_wait()
            return
        self.seconds_left = 0
        self.timer.stop()
        self.field.setEnabled(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.say(self.tr("You can try again now."), role="muted")
        self.field.setFocus()


class PinDialog(SecretPromptDialog):
    """A learner's PIN; on success the learner is signed in (`state.learner`)."""

    def __init__(self, state: AppState, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(learner.name, "", lambda pin: state.sign_in_learner(learner.id, pin),
                         digits_only=True, parent=parent)
        self.prompt.setText(self.tr("PIN for {name}:").format(name=learner.name))
        self.field.setAccessibleName(self.tr("PIN for {name}").format(name=learner.name))


class FacilitatorSignInDialog(SecretPromptDialog):
    """The facilitator password; on success `state.facilitator` is set."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__("", "", state.sign_in_facilitator, digits_only=False, parent=parent)
        self.setWindowTitle(self.tr("Facilitator"))
        self.setAccessibleName(self.tr("Facilitator sign-in"))
        self.prompt.setText(self.tr("Facilitator password:"))
        self.field.setAccessibleName(self.tr("Facilitator password"))


class _WritingDialog(_FormDialog):
    """A form whose OK runs a database write on the serial writer and closes after the
    commit; rule errors stay inside the dialog."""

    def run_write(self, work: Callable[[], object]) -> None:
        self.buttons.setEnabled(False)
        self.state.write(work, self._written, self._failed)

    state: AppState

    def _written(self, value: object) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, (LearnerNameError, SecretRuleError)):
            self.say(str(exc))
        else:
            show_error(self, exc)


class AddLearnerDialog(_WritingDialog):
    """Name and an optional PIN typed twice. `result_value` is the new Learner."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add learner"), parent)
        self.state = state
        self.result_value: object = None
        intro = QLabel(self.tr("Each person gets their own profile, so their progress stays "
                               "theirs. A PIN is optional: it keeps others on this computer "
                               "out of the profile."))
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.name.setMaxLength(60)
        self.pin = _secret_field(self.tr("PIN (optional)"), digits_only=True)
        self.pin_again = _secret_field(self.tr("PIN again"), digits_only=True)
        self.pin.setPlaceholderText(self.tr("4 to 8 digits, or leave empty"))
        form = _form()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&PIN (optional):"), self.pin)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.name.setFocus()

    def submit(self) -> None:
        name, pin = self.name.text(), self.pin.text()
        try:
            _clean_name(name)
            if pin or self.pin_again.text():
                check_pin(pin)
        except BiblioError as exc:
            self.say(str(exc))
            return
        if pin != self.pin_again.text():
            self.say(self.tr("The two PINs are different. Type the same PIN twice."))
            return
        learners = self.state.workspace.learners
        self.run_write(lambda: learners.add(name, pin or None, kind="pin"))


class FacilitatorSetupDialog(_WritingDialog):
    """Creates the one facilitator password of this data folder, then signs in with it."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set up the facilitator"), parent)
        self.state = state
        self.result_value: object = None
        intro = QLabel(self.tr(
            "The facilitator looks after this computer's learners: sees everyone's progress, "
            "exports it as a table, renames profiles, resets forgotten PINs, removes "
            "profiles, and changes the idle sign-out time and backups.\n\n"
            "Choose a password of at least %n characters and keep it safe: it cannot be "
            "recovered.", "", PASSWORD_MIN))
        intro.setWordWrap(True)
        self.password = _secret_field(self.tr("Password"), digits_only=False)
        self.password_again = _secret_field(self.tr("Password again"), digits_only=False)
        form = _form()
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("Password &again:"), self.password_again)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(form)
        self.finish_layout()
        self.password.setFocus()

    def submit(self) -> None:
        password = self.password.text()
        try:
            check_password(password)
        except SecretRuleError as exc:
            self.say(str(exc))
            return
        if password != self.password_again.text():
            self.say(self.tr("The two passwords are different. Type the same one twice."))
            return
        learners = self.state.workspace.learners
        self.run_write(lambda: learners.create_facilitator(password))

    def _written(self, value: object) -> None:
        try:
            self.state.sign_in_facilitator(self.password.text())
        except Exception as exc:
            show_error(self, exc)
        super()._written(value)


class ResetPinDialog(_WritingDialog):
    """The facilitator sets a new PIN for a learner, or removes it (both fields empty)."""

    def __init__(self, state: AppState, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reset PIN of {name}").format(name=learner.name), parent)
        self.state, self.learner = state, learner
        self.result_value: object = None
        intro = QLabel(self.tr("Type a new PIN twice, or leave both empty to remove the PIN. "
                               "This also ends any wait after wrong PINs."))
        intro.setWordWrap(True)
        self.pin = _secret_field(self.tr("New PIN"), digits_only=True)
        self.pin_again = _secret_field(self.tr("New PIN again"), digits_only=True)
        form = _form()
        form.addRow(self.tr("&New PIN:"), self.pin)
        form.addRow(self.tr("PIN &again:"), self.pin_again)
        self.layout_.addWidget(intro)
        self.layout_.addLayout(form)
        self.finish_layout()

    def submit(self) -> None:
        pin = self.pin.text()
        if pin != self.pin_again.text():
            self.say(self.tr("The two PINs are different. Type the same PIN twice."))
            return
        try:
            if pin:
                check_pin(pin)
        except SecretRuleError as exc:
            self.say(str(exc))
            return
        learners, learner_id = self.state.workspace.learners, self.learner.id
        self.run_write(lambda: learners.set_secret(learner_id, pin or None, kind="pin"))


class RemoveLearnerDialog(_WritingDialog):
    """Removal needs the name typed; the learner's data is exported first.
    `result_value` is the export file."""

    def __init__(self, state: AppState, learner: Learner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Remove {name}").format(name=learner.name), parent)
        self.state, self.learner = state, learner
        self.result_value: object = None
        folder = state.workspace.layout.exports
        intro = QLabel(self.tr(
            "This removes the profile {name} and all of its progress, quiz answers and "
            "completions. It cannot be undone.\n\nA copy of everything is saved first as a "
            "file in {folder}.\n\nType the name to confirm:").format(name=learner.name,
                                                                       folder=folder))
        intro.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Type the learner's name to confirm"))
        self.confirm.textChanged.connect(self._check)
        intro.setBuddy(self.confirm)
        self.layout_.addWidget(intro)
        self.layout_.addWidget(self.confirm)
        self.finish_layout()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Remove"))
        self._check("")

    def _check(self, text: str) -> None:
        try:
            same = _clean_name(text) == self.learner.name
        except BiblioError:
            same = False
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(same)

    def submit(self) -> None:
        typed = self.confirm.text()
        learners, learner_id = self.state.workspace.learners, self.learner.id
        folder = self.state.workspace.layout.exports
        self.run_write(lambda: learners.remove(learner_id, confirm_name=typed,
                                               export_folder=folder))
