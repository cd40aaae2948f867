"""`python -m biblio_desktop` is the same as the `biblio-desktop` command."""

from biblio_desktop.cli import entry

entry()
