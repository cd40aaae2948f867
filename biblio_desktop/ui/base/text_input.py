"""Qt's input box for one line of text, made to fit large text (WCAG 1.4.4).

`QInputDialog.getText` lays its prompt out on one unwrapped line, so at 24 pt a prompt of
two sentences made the box wider than a 1280-pixel screen (the add-catalog question was
1444 px). `ask_text` wraps the prompt and keeps the box within the screen; otherwise it
is the same box (title, prompt, field, OK/Cancel), with the app's font.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QWidget

MAX_SCREEN_SHARE = 0.8  # of the available screen width


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """Ask for one line of text; returns (text, accepted) like `QInputDialog.getText`."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue(text)
    dialog.setAccessibleName(title)
    screen = (parent.screen() if parent is not None else dialog.screen()).availableGeometry()
    widest = int(screen.width() * MAX_SCREEN_SHARE)
    for prompt in dialog.findChildren(QLabel):
        prompt.setWordWrap(True)
        prompt.setMaximumWidth(widest - 40)
    dialog.setMaximumWidth(widest)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted
