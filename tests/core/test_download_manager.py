"""Download + verify + import through the manager: restarts, pause/cancel, trust, updates."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from biblio_desktop.downloads import (
    CatalogStore,
    DownloadError,
    DownloadManager,
    DownloadToken,
    find_entry,
    remove_old_versions,
    updates_available,
)
from biblio_desktop.downloads.downloader import Downloader
from biblio_desktop.errors import AlreadyInstalled, Cancelled, PackageError
from biblio_desktop.packages.signing import write_key_pair
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .http_fixture import Faults, FileServer, build_course_versions, catalog_bytes, entry_for
from .learning_fixtures import add_learner_row


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("packages")
    key_a = root / "a.key"
    key_b = root / "b.key"
    write_key_pair(key_a)
    write_key_pair(key_b)
    out = build_course_versions(root / "a", ("1.0.0", "1.1.0", "1.2.0"), sign_key=key_a)
    out["1.1.0-by-b"] = build_course_versions(root / "b", ("1.1.0",), sign_key=key_b)["1.1.0"]
    return out


@pytest.fixture
def server():
    with FileServer() as s:
        yield s


def _manager(ws: Workspace, sleeps: list[float] | None = None, **kw: object) -> DownloadManager:
    record = sleeps if sleeps is not None else []
    return DownloadManager(ws, downloader=lambda notice: Downloader(
        notice=notice, sleep=record.append, **kw))  # type: ignore[arg-type]


def _publish(server: FileServer, entries: list[dict[str, object]]) -> str:
    server.add("/catalog.json", catalog_bytes(entries))
    return server.url("/catalog.json")


def _serve(server: FileServer, packages: dict[str, Path], name: str,
           faults: Faults | None = None) -> str:
    path = f"/packages/{name}.biblio"
    server.add(path, packages[name].read_bytes(), faults)
    return path


def _workspace_with_catalog(tmp_path: Path, server: FileServer, entries: list[dict[str, object]],
                            name: str = "data") -> Workspace:
    url = _publish(server, entries)
    ws = Workspace.open(tmp_path / name)
    store = CatalogStore(ws)
    store.add(url)
    assert [r.status for r in store.refresh()] == ["updated"]
    return ws


def _installed(ws: Workspace) -> tuple[str, tuple[str, ...], list[str]]:
    (course,) = ws.list_courses()
    files = sorted(str(p.relative_to(course.folder)) for p in course.folder.rglob("*"))
    return course.version, course.other_versions, files


def test_install_then_update_keeps_progress(tmp_path: Path, server: FileServer,
                                            packages: dict[str, Path]) -> None:
    path = _serve(server, packages, "1.0.0")
    ws = _workspace_with_catalog(tmp_path, server, [
        entry_for(packages["1.0.0"], path.lstrip("/"))])  # a relative url
    manager = _manager(ws)
    entry, catalog_url = find_entry(ws, COURSE_ID)
    outcome = manager.download(entry, catalog_url=catalog_url)
    assert outcome.result.version == "1.0.0" and outcome.result.signed_by
    assert [d.state for d in manager.list()] == ["done"]
    assert not list((tmp_path / "data" / "downloads").iterdir())
    assert updates_available(ws) == []

    learner = ws.progress_of(add_learner_row(ws, "Ada"))
    learner.mark_done(COURSE_ID, "m1-welcome")
    learner.record_focus(COURSE_ID, "m1-welcome", 30)

    new_path = _serve(server, packages, "1.1.0")
    _publish(server, [entry_for(packages["1.0.0"], path),
                      entry_for(packages["1.1.0"], server.url(new_path))])
    assert CatalogStore(ws).refresh()[0].status == "updated"
    (update,) = updates_available(ws)
    assert (update.installed_version, update.entry.version) == ("1.0.0", "1.1.0")
    outcome = manager.download(update.entry, catalog_url=update.catalog_url)
    assert (outcome.result.version, outcome.result.previous_version) == ("1.1.0", "1.0.0")
    states = learner.item_states(COURSE_ID)
    assert states["m1-welcome"].done and states["m1-welcome"].seconds_spent == 30
    assert not states["m2-extra0"].done
    assert ws.list_courses()[0].other_versions == ("1.0.0",)
    assert updates_available(ws) == []
    with pytest.raises(AlreadyInstalled):
        manager.download(update.entry)
    ws.close()


def test_remove_old_versions_keeps_completed_version(tmp_path: Path, server: FileServer,
                                                     packages: dict[str, Path]) -> None:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(packages["1.0.0"])
    learner = ws.progress_of(add_learner_row(ws, "Ada"))
    from biblio_desktop.storage.db import unit_of_work
    from biblio_desktop.storage.models import CourseCompletionRow

    with unit_of_work(ws.sessions) as session:  # a learner completed version 1.0.0
        session.add(CourseCompletionRow(learner_id=learner.learner_id, course_id=COURSE_ID,
                                        course_version="1.0.0",
                                        completed_at=__import__("datetime").datetime(2026, 1, 1)))
    ws.import_package(packages["1.1.0"])
    ws.import_package(packages["1.2.0"])
    assert remove_old_versions(ws, COURSE_ID) == ["1.1.0"]
    assert ws.list_courses()[0].other_versions == ("1.0.0",)
    assert not (ws.layout.courses / COURSE_ID / "1.1.0").exists()
    assert (ws.layout.courses / COURSE_ID / "1.0.0").is_dir()
    assert learner.completion(COURSE_ID).version == "1.0.0"  # type: ignore[union-attr]
    ws.close()


def test_restart_mid_download_resumes_from_part(tmp_path: Path, server: FileServer,
                                                packages: dict[str, Path]) -> None:
    size = packages["1.0.0"].stat().st_size
    path = _serve(server, packages, "1.0.0", Faults(cut_after=[size // 2]))
    ws = _workspace_with_catalog(tmp_path, server, [entry_for(packages["1.0.0"], path)])
    entry, _ = find_entry(ws, COURSE_ID)
    with pytest.raises(DownloadError, match="resume"):
        _manager(ws, attempts=1).download(entry)
    (info,) = _manager(ws).list()
    assert info.state == "failed" and info.bytes_done == size // 2
    assert info.part_path.stat().st_size == size // 2
    ws.close()

    ws = Workspace.open(tmp_path / "data")  # the app restarts
    manager = _manager(ws)
    assert manager.pending(COURSE_ID, "1.0.0") is not None
    outcome = manager.download(find_entry(ws, COURSE_ID)[0])
    assert outcome.resumed_from == size // 2 and outcome.bytes_fetched == size - size // 2
    assert server.requests(path)[-1].range == f"bytes={size // 2}-"
    assert ws.list_courses()[0].version == "1.0.0"
    ws.close()


def test_pause_keeps_part_and_cancel_deletes_it(tmp_path: Path, server: FileServer,
                                                packages: dict[str, Path]) -> None:
    size = packages["1.0.0"].stat().st_size
    path = _serve(server, packages, "1.0.0", Faults(stall_after=size // 3, stall_seconds=20))
    ws = _workspace_with_catalog(tmp_path, server, [entry_for(packages["1.0.0"], path)])
    entry, _ = find_entry(ws, COURSE_ID)
    manager = _manager(ws)
    token = DownloadToken()
    threading.Timer(0.5, token.pause).start()
    start = time.monotonic()
    with pytest.raises(Cancelled):
        manager.download(entry, cancel=token)
    assert time.monotonic() - start < 1.6
    (info,) = manager.list()
    assert info.state == "paused" and info.part_path.stat().st_size == size // 3

    # resume, then cancel for good: the .part goes
    server.add(path, packages["1.0.0"].read_bytes(), Faults(stall_after=0, stall_seconds=20))
    token = DownloadToken()
    threading.Timer(0.3, token.cancel).start()
    with pytest.raises(Cancelled):
        manager.download(entry, cancel=token)
    (info,) = manager.list()
    assert info.state == "cancelled" and not info.part_path.exists()
    assert ws.list_courses() == []
    ws.close()


def _reject(tmp_path: Path, server: FileServer, packages: dict[str, Path],
            entry: dict[str, object], error: type[Exception], match: str) -> Workspace:
    ws = Workspace.open(tmp_path / "data")
    if not ws.list_courses():
        ws.import_package(packages["1.1.0"])
    before = _installed(ws)
    store = CatalogStore(ws)
    store.add(_publish(server, [entry]))
    store.refresh()
    with pytest.raises(error, match=match):
        _manager(ws).download(find_entry(ws, COURSE_ID, str(entry["version"]))[0])
    assert _installed(ws) == before
    leftovers = list((tmp_path / "data" / "downloads").glob("*"))
    assert leftovers == [], leftovers
    return ws


def test_wrong_sha256_is_rejected(tmp_path: Path, server: FileServer,
                                  packages: dict[str, Path]) -> None:
    path = _serve(server, packages, "1.2.0")
    _reject(tmp_path, server, packages, entry_for(packages["1.2.0"], path, sha256="ab" * 32),
            DownloadError, "SHA-256").close()


def test_truncated_package_is_rejected(tmp_path: Path, server: FileServer,
                                       packages: dict[str, Path]) -> None:
    path = "/packages/short.biblio"
    server.add(path, packages["1.2.0"].read_bytes()[:-500])
    _reject(tmp_path, server, packages, entry_for(packages["1.2.0"], path),
            DownloadError, "catalog says").close()


def test_wrong_signature_is_rejected(tmp_path: Path, server: FileServer,
                                     packages: dict[str, Path]) -> None:
    # 1.1.0 of the course is installed (signed by key A); B signs a "1.2.0"
    root = tmp_path / "evil"
    key_b = root / "b.key"
    write_key_pair(key_b)
    evil = build_course_versions(root, ("1.2.0",), sign_key=key_b)["1.2.0"]
    server.add("/evil.biblio", evil.read_bytes())
    _reject(tmp_path, server, packages, entry_for(evil, "/evil.biblio"),
            PackageError, "unknown key").close()


def test_catalog_key_mismatch_is_rejected(tmp_path: Path, server: FileServer,
                                          packages: dict[str, Path]) -> None:
    path = _serve(server, packages, "1.2.0")
    _reject(tmp_path, server, packages,
            entry_for(packages["1.2.0"], path, publisher_key_id="0123456789abcdef"),
            PackageError, "signed by key 0123456789abcdef").close()


def test_rollback_is_refused_before_downloading(tmp_path: Path, server: FileServer,
                                                packages: dict[str, Path]) -> None:
    path = _serve(server, packages, "1.0.0")
    _reject(tmp_path, server, packages, entry_for(packages["1.0.0"], path),
            PackageError, "roll the course back").close()
    assert server.requests(path) == []


def test_mix_and_match_is_rejected(tmp_path: Path, server: FileServer,
                                   packages: dict[str, Path]) -> None:
    # the catalog says 1.2.0 but serves the (validly signed) 1.0.0 package
    path = _serve(server, packages, "1.0.0")
    _reject(tmp_path, server, packages, entry_for(packages["1.0.0"], path, version="1.2.0"),
            PackageError, "downloaded package is").close()
    # and another course's package under this course's id
    other = build_course_versions(tmp_path / "other", ("1.2.0",),
                                  course_id="eu.biblio-project.other")["1.2.0"]
    server.add("/other.biblio", other.read_bytes())
    (tmp_path / "data").rename(tmp_path / "data-old")
    _reject(tmp_path, server, packages, entry_for(other, "/other.biblio", course_id=COURSE_ID),
            PackageError, "eu.biblio-project.other").close()
