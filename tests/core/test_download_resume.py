"""The downloader against a real loopback HTTP server with injected faults."""

from __future__ import annotations

import hashlib
import os
import threading
import time
from pathlib import Path

import pytest

from biblio_desktop.downloads.downloader import (
    Downloader,
    DownloadError,
    DownloadState,
    check_download,
)
from biblio_desktop.errors import Cancelled
from biblio_desktop.progress import CancelToken

from .http_fixture import Faults, FileServer

SIZE = 2 * 1024 * 1024
DATA = os.urandom(SIZE)
SHA = hashlib.sha256(DATA).hexdigest()


@pytest.fixture
def server():
    with FileServer() as s:
        yield s


def _downloader(sleeps: list[float], notices: list[str] | None = None, **kw: object
                ) -> Downloader:
    return Downloader(sleep=sleeps.append, notice=(notices.append if notices is not None
                                                   else None), **kw)  # type: ignore[arg-type]


def _fetch(dl: Downloader, server: FileServer, part: Path, data: bytes = DATA,
           state: DownloadState | None = None, **kw: object) -> tuple[str, DownloadState]:
    state = state or DownloadState()
    result = dl.fetch(server.url("/f.bin"), part, size=len(data),
                      sha256=hashlib.sha256(data).hexdigest(), state=state, **kw)  # type: ignore[arg-type]
    check_download(result.sha256, hashlib.sha256(data).hexdigest(), len(data), part, "u")
    return result.sha256, state


def test_cuts_resume_with_little_refetching(server: FileServer, tmp_path: Path) -> None:
    cut = SIZE // 5
    server.add("/f.bin", DATA, Faults(cut_after=[cut, cut, cut, cut]))
    sleeps: list[float] = []
    notices: list[str] = []
    seen: list[tuple[int, int]] = []
    part = tmp_path / "f.part"
    _fetch(_downloader(sleeps, notices), server, part,
           progress=lambda d, t: seen.append((d, t)))
    assert part.read_bytes() == DATA
    requests = server.requests("/f.bin")
    assert len(requests) == 5
    assert [r.status for r in requests] == [200, 206, 206, 206, 206]
    assert all(r.if_range for r in requests[1:])
    assert server.sent("/f.bin") < 1.2 * SIZE
    # each cut made progress, so the retry count starts again: short waits, clear notices
    assert sleeps == [4.0] * 4
    assert "retrying in 4 s (attempt 2 of 6)" in notices[0]
    assert "dropped" in notices[0]
    assert seen[-1] == (SIZE, SIZE) and all(t == SIZE for _, t in seen)


def test_no_range_support_restarts_from_zero(server: FileServer, tmp_path: Path) -> None:
    server.add("/f.bin", DATA, Faults(cut_after=[SIZE // 2], no_range=True))
    part = tmp_path / "f.part"
    _fetch(_downloader([]), server, part)
    assert part.read_bytes() == DATA
    assert [r.status for r in server.requests("/f.bin")] == [200, 200]


def test_changed_file_restarts_without_mixing(server: FileServer, tmp_path: Path) -> None:
    new = os.urandom(SIZE)
    server.add("/f.bin", DATA, Faults(cut_after=[SIZE // 2], replace_on_request={2: new}))
    part = tmp_path / "f.part"
    state = DownloadState()
    with pytest.raises(DownloadError) as err:  # the catalog still describes the old file
        _fetch(_downloader([]), server, part, state=state)
    assert "SHA-256" in str(err.value)
    # the second answer was a full 200 (If-Range did not match): no old bytes kept
    requests = server.requests("/f.bin")
    assert [r.status for r in requests] == [200, 200]
    assert requests[1].if_range is not None
    assert part.read_bytes() == new


def test_changed_file_described_by_catalog_completes(server: FileServer, tmp_path: Path) -> None:
    new = os.urandom(SIZE)
    server.add("/f.bin", DATA, Faults(cut_after=[SIZE // 3], replace_on_request={2: new}))
    part = tmp_path / "f.part"
    _fetch(_downloader([]), server, part, data=new)
    assert part.read_bytes() == new


def test_resume_from_existing_part_after_restart(server: FileServer, tmp_path: Path) -> None:
    server.add("/f.bin", DATA, Faults(cut_after=[SIZE // 2]))
    part = tmp_path / "f.part"
    state = DownloadState()
    with pytest.raises(DownloadError):  # one attempt only: the "app" stops here
        _fetch(_downloader([], attempts=1), server, part, state=state)
    assert part.stat().st_size == SIZE // 2 and state.validator
    # a new downloader (a restarted app) with the state kept in the database
    _fetch(_downloader([]), server, part, state=DownloadState(state.bytes_done,
                                                              state.validator))
    assert part.read_bytes() == DATA
    last = server.requests("/f.bin")[-1]
    assert last.status == 206 and last.range == f"bytes={SIZE // 2}-" and last.sent == SIZE // 2


def test_part_without_validator_is_not_trusted(server: FileServer, tmp_path: Path) -> None:
    server.add("/f.bin", DATA)
    part = tmp_path / "f.part"
    part.write_bytes(b"x" * 1000)  # bytes of unknown origin
    _fetch(_downloader([]), server, part)
    assert part.read_bytes() == DATA
    assert server.requests("/f.bin")[0].range is None


def test_truncated_and_wrong_hash_are_rejected(server: FileServer, tmp_path: Path) -> None:
    server.add("/f.bin", DATA[:-100])
    part = tmp_path / "f.part"
    with pytest.raises(DownloadError, match="catalog says"):
        _fetch(_downloader([]), server, part)
    server.add("/f.bin", DATA)
    with pytest.raises(DownloadError, match="SHA-256"):
        result = _downloader([]).fetch(server.url("/f.bin"), part, size=SIZE, sha256="0" * 64,
                                       state=DownloadState())
        check_download(result.sha256, "0" * 64, SIZE, part, "u")


def test_http_errors(server: FileServer, tmp_path: Path) -> None:
    part = tmp_path / "f.part"
    with pytest.raises(DownloadError, match="HTTP 404"):
        _fetch(_downloader([]), server, part)
    server.add("/f.bin", DATA, Faults(status=503))
    sleeps: list[float] = []
    with pytest.raises(DownloadError, match="failed 3 times in a row"):
        _fetch(_downloader(sleeps, attempts=3), server, part)
    assert sleeps == [4.0, 8.0]  # exponential backoff


def test_stall_times_out_and_retries(server: FileServer, tmp_path: Path) -> None:
    server.add("/f.bin", DATA, Faults(stall_after=SIZE // 4, stall_seconds=5))
    part = tmp_path / "f.part"
    notices: list[str] = []
    start = time.monotonic()
    _fetch(_downloader([], notices, stall_timeout=1.0), server, part)
    assert time.monotonic() - start < 4
    assert part.read_bytes() == DATA
    assert "stopped sending" in notices[0]
    assert server.requests("/f.bin")[1].status == 206


def test_short_stall_is_tolerated_without_reconnect(server: FileServer, tmp_path: Path) -> None:
    server.add("/f.bin", DATA, Faults(stall_after=SIZE // 4, stall_seconds=1.2))
    part = tmp_path / "f.part"
    _fetch(_downloader([], stall_timeout=5.0), server, part)
    assert part.read_bytes() == DATA
    assert len(server.requests("/f.bin")) == 1


def test_cancel_during_stall_within_one_second(server: FileServer, tmp_path: Path) -> None:
    server.add("/f.bin", DATA, Faults(stall_after=SIZE // 4, stall_seconds=30))
    part = tmp_path / "f.part"
    token = CancelToken()
    reached = threading.Event()

    def progress(done: int, _total: int) -> None:
        if done >= SIZE // 4:
            reached.set()

    start = time.monotonic()
    cancelled_at: list[float] = []

    def cancel_soon() -> None:
        reached.wait(10)
        time.sleep(0.3)
        cancelled_at.append(time.monotonic())
        token.cancel()

    threading.Thread(target=cancel_soon, daemon=True).start()
    with pytest.raises(Cancelled):
        _fetch(_downloader([]), server, part, progress=progress, cancel=token)
    assert time.monotonic() - max(cancelled_at or [start]) < 1.0
    assert part.stat().st_size >= SIZE // 4  # kept: the caller decides pause or cancel


def test_cancel_while_connecting_within_one_second(tmp_path: Path) -> None:
    # a listening socket that never answers: the request hangs before any header arrives
    import socket

    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/f.bin"
        token = CancelToken()
        threading.Timer(0.3, token.cancel).start()
        start = time.monotonic()
        with pytest.raises(Cancelled):
            Downloader().fetch(url, tmp_path / "f.part", size=10, sha256="0" * 64,
                               state=DownloadState(), cancel=token)
        assert time.monotonic() - start < 1.3


def test_proxy_settings_from_environment_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    import urllib.request

    monkeypatch.setenv("http_proxy", "http://proxy.invalid:3128")
    monkeypatch.setenv("https_proxy", "http://proxy.invalid:3128")
    handlers = [h for h in Downloader().opener.handlers
                if isinstance(h, urllib.request.ProxyHandler)]
    assert handlers and handlers[0].proxies["http"] == "http://proxy.invalid:3128"
