"""Installation settings kept in the library database (table `settings`, JSON values).

They live with the data, not in the user's Qt settings, so a portable data folder on a
USB stick carries them, and a facilitator sets them once for every learner of the PC.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import BiblioError
from .storage.schema import read_only

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

UI_LANGUAGES = ("en", "lv", "it", "bg", "el")
THEMES = ("light", "dark", "high-contrast")


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    check: tuple[Any, ...] | tuple[int, int] | None = None  # allowed values or (min, max)


KNOWN = {s.key: s for s in (
    Setting("ui_language", "en", UI_LANGUAGES),
    Setting("font_size", 11, (8, 24)),
    Setting("theme", "light", THEMES),
    Setting("idle_minutes", 15, (1, 240)),
    Setting("lesson_zoom", 0, (-5, 10)),
    # days a learner handed over in a workshop is kept on the sharing PC (workshop/handover)
    Setting("workshop_learner_days", 30, (1, 365)),
)}


def _validate(key: str, value: Any) -> Any:
    spec = KNOWN.get(key)
    if spec is None or spec.check is None:
        return value
    if isinstance(spec.default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise BiblioError(f"The setting {key} must be a whole number.")
        low, high = spec.check  # type: ignore[misc]
        if not low <= value <= high:
            raise BiblioError(f"The setting {key} must be between {low} and {high}.")
    elif value not in spec.check:
        raise BiblioError(f"The setting {key} must be one of {', '.join(spec.check)}.")
    return value


class Settings:
    """Read and write settings; unknown keys are allowed for per-feature values."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    def get(self, key: str, default: Any = None) -> Any:
        from .storage.models import SettingRow

        with self._sessions() as session:
            row = session.get(SettingRow, key)
            if row is not None:
                try:
                    return json.loads(row.value_json)
                except ValueError:
                    pass  # a damaged value falls back to the default
        if key in KNOWN:
            return KNOWN[key].default
        return default

    def set(self, key: str, value: Any) -> None:
        from .storage.db import unit_of_work
        from .storage.models import SettingRow

        value = _validate(key, value)
        encoded = json.dumps(value, sort_keys=True)
        with unit_of_work(self._sessions) as session:
            row = session.get(SettingRow, key)
            if row is None:
                session.add(SettingRow(key=key, value_json=encoded))
            else:
                row.value_json = encoded

    def all(self) -> dict[str, Any]:
        return {key: self.get(key) for key in KNOWN}


# What the first window needs before the library is opened (language, look).
FIRST_PAINT = ("ui_language", "theme", "font_size")


def peek_first_paint_settings(database: Path) -> dict[str, Any]:
    """Language, theme and font size read straight from the database file, read-only.

    The app shows its window before SQLAlchemy is even imported (about a third of a
    second on an old PC), so these three values are read with the standard library's
    sqlite3. Anything unexpected (no file yet, a damaged file, a locked or unreadable
    one, an invalid value) gives the default: the full open that follows reports real
    problems, and the window is repainted once the library is open.
    """
    values: dict[str, Any] = {key: KNOWN[key].default for key in FIRST_PAINT}
    if not database.is_file():
        return values
    try:
        with read_only(database) as connection:
            rows = connection.execute(
                "SELECT key, value_json FROM settings WHERE key IN (?, ?, ?)", FIRST_PAINT
            ).fetchall()
    except sqlite3.Error:
        return values
    for key, encoded in rows:
        with contextlib.suppress(ValueError, TypeError, BiblioError):
            values[key] = _validate(key, json.loads(encoded))
    return values
