"""Catalogs and downloads on a PC whose clock is wrong: nothing about them expires by date,
so a clock set back or ahead neither keeps a stale catalog nor stops a refresh or a resumed
download. Runs on the app's FakeClock and a local HTTP server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from biblio_desktop.clock import FakeClock
from biblio_desktop.downloads import CatalogStore, DownloadError, find_entry
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .http_fixture import Faults, FileServer, entry_for
from .test_download_manager import (  # noqa: F401 - fixtures
    _manager,
    _publish,
    _serve,
    packages,
    server,
)

YEAR = 365 * 86400


def test_a_catalog_fetched_in_2040_is_refreshed_after_the_clock_is_set_back(
        tmp_path: Path, server: FileServer, packages: dict[str, Path],  # noqa: F811
        fake_clock: FakeClock) -> None:
    old = _serve(server, packages, "1.0.0")
    url = _publish(server, [entry_for(packages["1.0.0"], old)])
    ws = Workspace.open(tmp_path / "data")
    store = CatalogStore(ws)
    store.add(url)
    fake_clock.jump(14 * YEAR)
    assert [r.status for r in store.refresh()] == ["updated"]
    assert store.sources()[0].fetched_at.year == 2040
    # the publisher adds a version; the clock is back in 2026 (or even 2002)
    new = _serve(server, packages, "1.1.0")
    _publish(server, [entry_for(packages["1.0.0"], old), entry_for(packages["1.1.0"], new)])
    fake_clock.set(datetime(2002, 1, 1, tzinfo=UTC))
    assert [r.status for r in store.refresh()] == ["updated"]  # a "fresh" 2040 copy is no reason
    assert store.sources()[0].fetched_at.year == 2002 and store.sources()[0].package_count == 2
    assert find_entry(ws, COURSE_ID)[0].version == "1.1.0"
    ws.close()


def test_a_download_resumes_after_the_clock_jumped(
        tmp_path: Path, server: FileServer, packages: dict[str, Path],  # noqa: F811
        fake_clock: FakeClock) -> None:
    size = packages["1.0.0"].stat().st_size
    path = _serve(server, packages, "1.0.0", Faults(cut_after=[size // 2]))
    url = _publish(server, [entry_for(packages["1.0.0"], path)])
    ws = Workspace.open(tmp_path / "data")
    CatalogStore(ws).add(url)
    CatalogStore(ws).refresh()
    with pytest.raises(DownloadError, match="resume"):
        _manager(ws, attempts=1).download(find_entry(ws, COURSE_ID)[0])
    ws.close()

    fake_clock.jump(-24 * YEAR)  # the battery died overnight
    with Workspace.open(tmp_path / "data") as again:
        manager = _manager(again)
        assert manager.pending(COURSE_ID, "1.0.0") is not None
        outcome = manager.download(find_entry(again, COURSE_ID)[0])
        assert outcome.resumed_from == size // 2
        assert again.list_courses()[0].version == "1.0.0"
