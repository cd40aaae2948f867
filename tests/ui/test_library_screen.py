"""The main window lists installed courses and shows the outline of the selected one."""

from __future__ import annotations

from pathlib import Path

from biblio_desktop.packages.builder import build_package
from biblio_desktop.ui.main_window import MainWindow
from biblio_desktop.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "course_packages" / "digital-skills-orientation"


def test_window_shows_sample_course_outline(qtbot, tmp_path: Path) -> None:
    package = tmp_path / "sample.biblio"
    build_package(SAMPLE, package)
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    library = window.library
    assert library.courses.count() == 1
    assert "Digital skills for librarians" in library.courses.item(0).text()
    assert library.outline.topLevelItemCount() == len(ws.manifest(
        "eu.biblio-project.digital-skills-orientation").modules)
    first_module = library.outline.topLevelItem(0)
    assert first_module.childCount() >= 2
    assert not library.empty.isVisible()
    ws.close()


def test_empty_library_tells_what_to_do(qtbot, tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    window = MainWindow(ws)
    qtbot.addWidget(window)
    window.show()
    assert window.library.empty.isVisible()
    assert "Import a course package" in window.library.empty.text()
    ws.close()
