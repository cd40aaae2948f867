"""Moodle course backups (`.mbz`, tar or zip) converted into courses.

See converter.py for the mapping decisions and docs/conversion.md ("Moodle backups").
"""

from .converter import MoodleBackupConverter

__all__ = ["MoodleBackupConverter"]
