"""Errors the user can act on.

Every expected failure is a `BiblioError` carrying one sentence that says what is wrong
and what to do, so the CLI can print a single `error:` line and the UI a plain dialog,
without tracebacks. Anything else escaping is a bug.
"""

from __future__ import annotations


class BiblioError(Exception):
    """An expected failure with a message meant for the user."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if not self.hint:
            return self.message
        hint = self.hint[0].upper() + self.hint[1:]
        return f"{self.message} {hint}" + ("" if hint.endswith((".", ")")) else ".")


class PackageError(BiblioError):
    """A course package was rejected (malformed, unsafe, untrusted or out of order)."""


class ConversionError(BiblioError):
    """Material to convert (H5P, Moodle, QTI, ...) was refused: unsafe, damaged or unknown."""


class AlreadyInstalled(BiblioError):
    """The same course version is already installed; importing it again changes nothing."""

    exit_code = 0


class UsageError(BiblioError):
    """The command was called wrongly (exit code 2, like argparse)."""

    exit_code = 2


class DataFolderError(BiblioError):
    """The data folder cannot be used (locked by another instance, read-only, full, corrupt)."""


class Cancelled(BiblioError):
    """Long work was cancelled by the user; whatever it started has been undone."""
