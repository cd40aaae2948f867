"""Installation settings: defaults, validation, persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio_desktop.errors import BiblioError
from biblio_desktop.workspace import Workspace


def test_defaults_validation_and_persistence(tmp_path: Path) -> None:
    with Workspace.open(tmp_path) as ws:
        assert ws.settings.all() == {"ui_language": "en", "font_size": 11, "theme": "light",
                                     "idle_minutes": 15, "lesson_zoom": 0,
                                     "workshop_learner_days": 30}
        ws.settings.set("ui_language", "lv")
        ws.settings.set("idle_minutes", 5)
        ws.settings.set("learner.3.zoom", 2)
        for key, bad in (("ui_language", "de"), ("idle_minutes", 0), ("font_size", "big"),
                         ("theme", "pink"), ("idle_minutes", True),
                         ("workshop_learner_days", 0), ("workshop_learner_days", 366)):
            with pytest.raises(BiblioError):
                ws.settings.set(key, bad)
    with Workspace.open(tmp_path) as ws:
        assert ws.settings.get("ui_language") == "lv"
        assert ws.settings.get("idle_minutes") == 5
        assert ws.settings.get("learner.3.zoom") == 2
        assert ws.settings.get("unknown", "fallback") == "fallback"
