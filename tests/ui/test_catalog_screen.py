"""Get courses: listing with statuses, download/pause/resume/cancel, retries, offline, update.

A real HTTP server on 127.0.0.1 (tests/core/http_fixture.py) serves the catalog and the
packages; downloads run on the screen's background thread and are awaited with qtbot.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from biblio_desktop.downloads import CatalogStore, DownloadError, DownloadManager, find_entry
from biblio_desktop.downloads.downloader import Downloader
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.courses.catalog_screen import CatalogScreen
from biblio_desktop.ui.courses.download_panel import DownloadService
from biblio_desktop.workspace import Workspace
from tests.core.course_fixtures import COURSE_ID
from tests.core.http_fixture import (
    Faults,
    FileServer,
    build_course_versions,
    catalog_bytes,
    entry_for,
)

from .conftest import SAMPLE_ID

WAIT = 20_000


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_course_versions(tmp_path_factory.mktemp("catalog-packages"),
                                 ("1.0.0", "1.1.0"))


@pytest.fixture
def server() -> Iterator[FileServer]:
    with FileServer() as s:
        yield s


def _publish(server: FileServer, packages: dict[str, Path], versions: tuple[str, ...],
             faults: Faults | None = None, sample: Path | None = None) -> str:
    entries = []
    for version in versions:
        path = f"/packages/test-{version}.biblio"
        server.add(path, packages[version].read_bytes(), faults)
        entries.append(entry_for(packages[version], path.lstrip("/"), title={
            "en": f"Test course {version}", "lv": f"Testa kurss {version}"}))
    if sample is not None:
        server.add("/packages/sample.biblio", sample.read_bytes())
        entries.append(entry_for(sample, "packages/sample.biblio", title={
            "en": "Digital skills for librarians", "lv": "Digitālās prasmes bibliotekāriem"}))
    server.add("/catalog.json", catalog_bytes(entries, "BIBLIO partners"))
    return server.url("/catalog.json")


class Setup:
    def __init__(self, tmp_path: Path, url: str, sample: Path | None = None) -> None:
        self.ws = Workspace.open(tmp_path / "data")
        if sample is not None:
            self.ws.import_package(sample)
        store = CatalogStore(self.ws)
        store.add(url)
        assert [r.status for r in store.refresh()] == ["updated"]
        self.learner_id = self.ws.learners.add("Ilze Kalniņa").id
        self.state = AppState(self.ws)
        self.state.sign_in_learner(self.learner_id, None)
        self.service = DownloadService.of(self.state)

    def fast_retries(self, **kw: object) -> None:
        self.service.manager_factory = lambda ws: DownloadManager(
            ws, downloader=lambda notice: Downloader(notice=notice, **kw))  # type: ignore[arg-type]

    def close(self) -> None:
        self.service.shutdown()
        self.state.shutdown()
        self.ws.close()


def _screen(qtbot, setup: Setup, nav) -> CatalogScreen:
    screen = CatalogScreen(setup.state, nav)
    qtbot.addWidget(screen)
    screen.resize(1100, 720)
    screen.show()
    return screen


def _job(setup: Setup):
    job = setup.service.find(COURSE_ID)
    assert job is not None
    return job


def _part_files(setup: Setup) -> list[Path]:
    folder = setup.ws.layout.downloads
    return sorted(folder.glob("*.part")) if folder.exists() else []


def _button(row, name: str) -> QPushButton:
    button = row.buttons[name]
    assert button.isVisible(), f"{name} is hidden"
    return button


def test_listing_shows_statuses(qtbot, tmp_path, server, packages, sample_package, nav) -> None:
    url = _publish(server, packages, ("1.0.0",), sample=sample_package)
    setup = Setup(tmp_path, url, sample_package)
    screen = _screen(qtbot, setup, nav)
    by_id = {c.course_id: c for c in screen.cards}
    assert set(by_id) == {COURSE_ID, SAMPLE_ID}
    assert by_id[COURSE_ID].status.text() == "Not installed"
    assert by_id[COURSE_ID].button.text() == "Download"
    assert by_id[SAMPLE_ID].status.text() == "Installed"
    assert by_id[SAMPLE_ID].button.text() == "Open"
    facts = by_id[COURSE_ID].facts.text()
    assert "BIBLIO partners" in facts and "1.0.0" in facts and "English, Latviešu" in facts
    assert " kB" in facts or " MB" in facts
    qtbot.mouseClick(by_id[SAMPLE_ID].button, __import__("PySide6.QtCore").QtCore.Qt
                     .MouseButton.LeftButton)
    assert nav.calls == [("open_course", (SAMPLE_ID,))]
    screen.show_updates_only()
    assert screen.cards == [] and "up to date" in screen.empty.text()
    assert screen.sources.count() == 1 and url in screen.sources.item(0).text()
    setup.close()


def test_title_follows_ui_language(qtbot, tmp_path, server, packages, nav) -> None:
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",)))
    setup.state.set_setting("ui_language", "lv")
    screen = _screen(qtbot, setup, nav)
    assert screen.cards[0].title == "Testa kurss 1.0.0"
    assert "," in screen.cards[0].facts.text().split("·")[2]  # Latvian decimal comma
    setup.close()


def test_download_installs_course(qtbot, tmp_path, server, packages, nav) -> None:
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",)))
    screen = _screen(qtbot, setup, nav)
    assert not screen.downloads.isVisible()
    card = screen.card(COURSE_ID)
    with qtbot.waitSignal(setup.state.courses_changed, timeout=WAIT):
        card.button.click()
    assert [c.course_id for c in setup.ws.list_courses()] == [COURSE_ID]
    qtbot.waitUntil(lambda: screen.card(COURSE_ID).status.text() == "Installed")
    assert "is installed" in screen.message.text()
    row = screen.downloads.row(COURSE_ID)
    assert row is not None and "Installed" in row.detail.text()
    assert _part_files(setup) == []
    _button(row, "dismiss").click()
    assert screen.downloads.row(COURSE_ID) is None and not screen.downloads.isVisible()
    setup.close()


def test_pause_keeps_part_and_resume_completes(qtbot, tmp_path, server, packages,
                                               nav) -> None:
    size = packages["1.0.0"].stat().st_size
    stall = Faults(stall_after=size // 3, stall_seconds=20)
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",), stall))
    screen = _screen(qtbot, setup, nav)
    screen.card(COURSE_ID).button.click()
    qtbot.waitUntil(lambda: _job(setup).done >= size // 3, timeout=WAIT)
    row = screen.downloads.row(COURSE_ID)
    assert "of" in row.detail.text() and row.bar.value() > 0
    _button(row, "pause").click()
    qtbot.waitUntil(lambda: _job(setup).state == "paused", timeout=WAIT)
    (part,) = _part_files(setup)
    assert part.stat().st_size == size // 3
    assert row.detail.text().startswith("Paused")
    assert screen.card(COURSE_ID).button.text() == "Resume"
    assert setup.ws.list_courses() == []

    server.add("/packages/test-1.0.0.biblio", packages["1.0.0"].read_bytes(), Faults())
    with qtbot.waitSignal(setup.state.courses_changed, timeout=WAIT):
        _button(row, "resume").click()
    assert setup.ws.list_courses()[0].course_id == COURSE_ID
    ranges = [r.range for r in server.requests("/packages/test-1.0.0.biblio")]
    assert ranges[-1] == f"bytes={size // 3}-"  # resumed, not restarted
    assert _part_files(setup) == []
    setup.close()


def test_cancel_deletes_part(qtbot, tmp_path, server, packages, nav) -> None:
    size = packages["1.0.0"].stat().st_size
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",),
                                     Faults(stall_after=size // 2, stall_seconds=20)))
    screen = _screen(qtbot, setup, nav)
    screen.card(COURSE_ID).button.click()
    qtbot.waitUntil(lambda: _job(setup).done >= size // 2, timeout=WAIT)
    assert len(_part_files(setup)) == 1
    _button(screen.downloads.row(COURSE_ID), "cancel").click()
    qtbot.waitUntil(lambda: setup.service.find(COURSE_ID) is None, timeout=WAIT)
    assert _part_files(setup) == [] and screen.downloads.row(COURSE_ID) is None
    assert [d.state for d in setup.ws.downloads.list()] == ["cancelled"]
    assert screen.card(COURSE_ID).button.text() == "Download"
    setup.close()


def test_cut_connection_shows_retry_and_completes(qtbot, tmp_path, server, packages,
                                                  nav) -> None:
    size = packages["1.0.0"].stat().st_size
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",),
                                     Faults(cut_after=[size // 2])))
    setup.fast_retries(backoff=2.0)
    screen = _screen(qtbot, setup, nav)
    seen: list[str] = []
    setup.service.changed.connect(lambda _k: (row := screen.downloads.row(COURSE_ID))
                                  and seen.append(row.detail.text()))
    with qtbot.waitSignal(setup.state.courses_changed, timeout=WAIT):
        screen.card(COURSE_ID).button.click()
    assert any(t.startswith("The connection dropped; will retry in 2 s") for t in seen), seen
    assert setup.ws.list_courses()[0].version == "1.0.0"
    setup.close()


def test_offline_shows_cached_listing(qtbot, tmp_path, packages, nav) -> None:
    with FileServer() as server:
        setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",)))
    screen = _screen(qtbot, setup, nav)  # the server is gone now
    screen.refresh()
    assert not screen.refresh_button.isEnabled()
    qtbot.waitUntil(lambda: not screen.refresher.busy and screen.refresh_button.isEnabled(),
                    timeout=WAIT)
    assert screen.message.text().startswith(
        "You seem to be offline. Showing the catalog as last seen on ")
    assert screen.message.isVisible()
    assert [c.title for c in screen.cards] == ["Test course 1.0.0"]
    setup.close()


def test_update_keeps_learner_progress(qtbot, tmp_path, server, packages, nav) -> None:
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0", "1.1.0")))
    setup.ws.import_package(packages["1.0.0"])
    progress = setup.state.progress
    progress.mark_done(COURSE_ID, "m1-welcome")
    progress.record_focus(COURSE_ID, "m1-welcome", 30)
    screen = _screen(qtbot, setup, nav)
    (card,) = screen.cards  # the newest version only
    assert card.item.entry.version == "1.1.0"
    assert card.status.text() == "Update available (you have version 1.0.0)"
    assert card.button.text() == "Update"
    screen.show_updates_only()
    assert [c.course_id for c in screen.cards] == [COURSE_ID]
    with qtbot.waitSignal(setup.state.courses_changed, timeout=WAIT):
        screen.cards[0].button.click()
    course = setup.ws.list_courses()[0]
    assert (course.version, course.other_versions) == ("1.1.0", ("1.0.0",))
    states = setup.state.progress.item_states(COURSE_ID)
    assert states["m1-welcome"].done and states["m1-welcome"].seconds_spent == 30
    qtbot.waitUntil(lambda: "up to date" in screen.empty.text())
    setup.close()


def test_interrupted_download_shows_paused_and_resumes(qtbot, tmp_path, server, packages,
                                                       nav) -> None:
    size = packages["1.0.0"].stat().st_size
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",),
                                     Faults(cut_after=[size // 2])))
    manager = DownloadManager(setup.ws, downloader=lambda notice: Downloader(attempts=1))
    with pytest.raises(DownloadError):  # an earlier run gave up with half the file
        manager.download(find_entry(setup.ws, COURSE_ID)[0])
    screen = _screen(qtbot, setup, nav)
    row = screen.downloads.row(COURSE_ID)
    assert row is not None and screen.downloads.isVisible()
    assert row.detail.text().startswith("Paused")
    assert row.buttons["resume"].isVisible() and not row.buttons["pause"].isVisible()
    assert screen.card(COURSE_ID).button.text() == "Resume"
    with qtbot.waitSignal(setup.state.courses_changed, timeout=WAIT):
        screen.card(COURSE_ID).button.click()
    assert server.requests("/packages/test-1.0.0.biblio")[-1].range == f"bytes={size // 2}-"
    setup.close()


def test_leaving_the_screen_pauses(qtbot, tmp_path, server, packages, nav) -> None:
    size = packages["1.0.0"].stat().st_size
    setup = Setup(tmp_path, _publish(server, packages, ("1.0.0",),
                                     Faults(stall_after=size // 4, stall_seconds=20)))
    screen = _screen(qtbot, setup, nav)
    screen.card(COURSE_ID).button.click()
    qtbot.waitUntil(lambda: _job(setup).done >= size // 4, timeout=WAIT)
    screen.save_now()
    qtbot.waitUntil(lambda: _job(setup).state == "paused", timeout=WAIT)
    assert [d.state for d in setup.ws.downloads.list()] == ["paused"]
    assert _part_files(setup)[0].stat().st_size == size // 4
    setup.close()


def test_add_and_remove_catalogs(qtbot, tmp_path, server, packages, nav,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    errors: list[str] = []
    monkeypatch.setattr("biblio_desktop.ui.courses.catalog_screen.show_error",
                        lambda _p, exc, _t=None: errors.append(str(exc)))
    ws = Workspace.open(tmp_path / "data")
    state = AppState(ws)
    screen = CatalogScreen(state, nav)
    qtbot.addWidget(screen)
    screen.show()
    assert "No course catalog is set up yet" in screen.empty.text()
    screen.add_catalog("file:///etc/passwd")
    assert errors and "http" in errors[0]
    url = _publish(server, packages, ("1.0.0",))
    screen.add_catalog(url)
    qtbot.waitUntil(lambda: len(screen.cards) == 1 and not screen.refresher.busy,
                    timeout=WAIT)
    assert screen.sources.count() == 1 and not screen.message.isVisible()
    screen.remove_catalog(url)
    qtbot.waitUntil(lambda: screen.sources.count() == 0)
    assert screen.cards == [] and ws.catalogs.sources() == []
    DownloadService.of(state).shutdown()
    state.shutdown()
    ws.close()
