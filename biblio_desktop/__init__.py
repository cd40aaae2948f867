"""BIBLIO Desktop: offline courses for librarians (core package, no Qt)."""

__version__ = "0.1.0"
APP_NAME = "BIBLIO Desktop"
