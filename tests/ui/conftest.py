"""Qt test set-up: offscreen platform; Qt fixtures live only under tests/ui."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStandardPaths

# Window geometry and other QSettings go to a test location, not the user's own config.
QStandardPaths.setTestModeEnabled(True)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_SRC = ROOT / "course_packages" / "digital-skills-orientation"
SAMPLE_ID = "eu.biblio-project.digital-skills-orientation"


@pytest.fixture(scope="session")
def sample_package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled sample course, built once per test session."""
    from biblio_desktop.authoring.builder import build_package

    out = tmp_path_factory.mktemp("sample") / "sample.biblio"
    build_package(SAMPLE_SRC, out)
    return out


@pytest.fixture
def app_state(qapp, tmp_path: Path, sample_package: Path) -> Iterator[object]:
    """An AppState on a fresh data folder with the sample course and learner "Ilze"
    signed in."""
    from biblio_desktop.ui.base.state import AppState
    from biblio_desktop.workspace import Workspace

    ws = Workspace.open(tmp_path / "data")
    ws.import_package(sample_package)
    learner = ws.learners.add("Ilze Kalniņa")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    yield state
    state.shutdown()
    ws.close()


class FakeNavigator:
    """Records where a screen tried to send the user."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []

    def __getattr__(self, name: str):
        if name.startswith(("show_", "open_")):
            return lambda *args: self.calls.append((name, args))
        raise AttributeError(name)


@pytest.fixture
def nav() -> FakeNavigator:
    return FakeNavigator()


@pytest.fixture(autouse=True)
def english_after_each_test(qapp) -> Iterator[None]:
    """A test that switches the UI language (through ui.theme.set_look) leaves English
    behind, so the next test's strings do not depend on the order tests run in. English
    is installed before the first test too, as the app does at start: its singular forms
    ("1 attempt") come from biblio_en.qm (docs/translations.md)."""
    from biblio_desktop.ui.base.i18n import Translations

    translations = getattr(qapp, "biblio_translations", None)
    if not isinstance(translations, Translations):
        translations = Translations(qapp)
        qapp.biblio_translations = translations
        translations.set_language("en")
    yield
    translations.set_language("en")


@pytest.fixture(autouse=True)
def no_workshop_search(monkeypatch) -> None:
    """Get courses looks for workshops by multicast when shown; tests that want it call
    `NetworkBox.browse` themselves (tests/ui/test_workshop_ui.py)."""
    from biblio_desktop.ui.courses.network_box import NetworkBox

    monkeypatch.setattr(NetworkBox, "auto_browse", False)
