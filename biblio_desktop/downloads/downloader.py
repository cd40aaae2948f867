"""Resumable HTTP(S) download of one file into a `.part` file (standard library only).

- Resume: an existing `.part` is continued with `Range: bytes=N-` and `If-Range: <validator>`
  (the strong ETag, else Last-Modified), so a file that changed on the server comes back
  whole (200) and the `.part` restarts from zero: old and new bytes are never mixed. Without
  a validator the download restarts from zero rather than risk mixing.
- Robustness: cuts, resets, stalls and 5xx answers are retried with exponential backoff, at
  most `attempts` times in a row without progress (an attempt that brought bytes resets the
  count). 4xx answers and size mismatches are not retried.
- Cancel: the socket reads with a 0.5 s timeout and the token is checked between reads and
  while connecting, so a stop takes effect within a second even if the server stalls.
- Integrity: the SHA-256 is computed while writing (the kept prefix is hashed on resume),
  and the size and hash are checked before the caller imports anything.
- Proxies: urllib's default ProxyHandler honours http_proxy/https_proxy/no_proxy.
"""

from __future__ import annotations

import hashlib
import http.client
import queue
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..disk_faults import named_faults
from ..errors import BiblioError, Cancelled
from ..progress import CancelToken, ProgressFn, no_progress

CHUNK = 1024 * 1024
READ_TIMEOUT = 0.5  # per socket read; keeps cancel responsive
USER_AGENT = f"BIBLIO-Desktop/{__version__}"
_CONTENT_RANGE = re.compile(r"^bytes (\d+)-(\d+)/(\d+|\*)$")


class DownloadError(BiblioError):
    """A download failed for good (after retries, or for a reason retrying cannot fix).

    `keep_part` is True when the bytes received so far are sound and a later run may
    resume from them (retries ran out); otherwise the `.part` is worthless.
    """

    def __init__(self, message: str, hint: str = "", *, keep_part: bool = False) -> None:
        super().__init__(message, hint)
        self.keep_part = keep_part


class _Retry(Exception):
    """A transient failure: try again (resuming where possible)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass
class DownloadState:
    """What survives between attempts and restarts (mirrored in DownloadRow)."""

    bytes_done: int = 0
    validator: str | None = None  # strong ETag or Last-Modified of the bytes in the .part


@dataclass(frozen=True)
class FetchResult:
    path: Path
    size: int
    sha256: str
    bytes_fetched: int  # body bytes received over the network in this call (for resume stats)
    restarts: int  # times the .part had to start again from zero


def cancellable_sleep(cancel: CancelToken | None) -> Callable[[float], None]:
    def sleep(seconds: float) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            if cancel is not None:
                cancel.raise_if_cancelled()
            time.sleep(min(0.1, left))
    return sleep


def _validator(headers: http.client.HTTPMessage) -> str | None:
    etag = headers.get("ETag")
    if etag and not etag.startswith("W/") and etag.startswith('"') and len(etag) <= 200:
        return etag
    modified = headers.get("Last-Modified")
    if modified and len(modified) <= 200:
        return modified
    return None


def _socket_of(resp: http.client.HTTPResponse) -> socket.socket | None:
    raw = getattr(getattr(resp, "fp", None), "raw", None)
    sock = getattr(raw, "_sock", None)
    return sock if isinstance(sock, socket.socket) else None


def _rearm(resp: http.client.HTTPResponse) -> bool:
    """After a read timeout, allow reading on (CPython marks the socket file as timed out).

    Only safe for a plain (not chunked) body, where a timed-out read consumed nothing.
    """
    raw = getattr(getattr(resp, "fp", None), "raw", None)
    if resp.chunked or not isinstance(raw, socket.SocketIO) or not hasattr(
            raw, "_timeout_occurred"):
        return False
    raw._timeout_occurred = False  # type: ignore[attr-defined]
    return True


class _Hasher:
    """SHA-256 in a helper thread (hashlib releases the GIL), overlapping network reads."""

    def __init__(self) -> None:
        self.digest = hashlib.sha256()
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=256)
        self._thread = threading.Thread(target=self._run, name="biblio-download-hash",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            self.digest.update(chunk)

    def update(self, chunk: bytes) -> None:
        self._queue.put(chunk)

    def hexdigest(self) -> str:
        self.close()
        return self.digest.hexdigest()

    def close(self) -> None:
        if self._thread.is_alive():
            self._queue.put(None)
            self._thread.join()


class Downloader:
    """Downloads one URL into a `.part` file, resuming; one instance per download."""

    def __init__(self, *, attempts: int = 6, backoff: float = 4.0, max_backoff: float = 60.0,
                 connect_timeout: float = 30.0, stall_timeout: float = 30.0,
                 read_timeout: float = READ_TIMEOUT,
                 sleep: Callable[[float], None] | None = None,
                 notice: Callable[[str], None] | None = None,
                 opener: urllib.request.OpenerDirector | None = None) -> None:
        self.attempts = attempts
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.connect_timeout = connect_timeout
        self.stall_timeout = stall_timeout
        self.read_timeout = min(read_timeout, 0.5)
        self._sleep = sleep
        self.notice = notice or (lambda _message: None)
        # build_opener keeps the default ProxyHandler (environment proxy settings).
        self.opener = opener or urllib.request.build_opener()

    # --- the loop ------------------------------------------------------------------------

    def fetch(self, url: str, part: Path, *, size: int, sha256: str, state: DownloadState,
              progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
              save_state: Callable[[DownloadState], None] = lambda _s: None) -> FetchResult:
        """Download `url` into `part` until it holds `size` bytes with this `sha256`.

        Raises `Cancelled` (the `.part` is kept; the caller decides), `DownloadError`.
        """
        sleep = self._sleep or cancellable_sleep(cancel)
        part.parent.mkdir(parents=True, exist_ok=True)
        stats = {"fetched": 0, "restarts": 0}
        failures = 0
        while True:
            if cancel is not None:
                cancel.raise_if_cancelled()
            before = stats["fetched"]
            try:
                digest = self._attempt(url, part, size, state, progress, cancel, save_state,
                                       stats)
                break
            except _Retry as exc:
                save_state(state)
                failures = 1 if stats["fetched"] > before else failures + 1
                if failures >= self.attempts:
                    raise DownloadError(
                        f"The download of {url} failed {failures} times in a row "
                        f"({exc.reason}).",
                        "check the connection and run the download again; it will resume",
                        keep_part=True) from None
                delay = min(self.backoff * 2 ** (failures - 1), self.max_backoff)
                self.notice(f"{exc.reason}; retrying in {delay:g} s (attempt {failures + 1} of "
                            f"{self.attempts})")
                sleep(delay)
        return FetchResult(part, size, digest, stats["fetched"], stats["restarts"])

    # --- one attempt ---------------------------------------------------------------------

    def _open(self, request: urllib.request.Request,
              cancel: CancelToken | None) -> http.client.HTTPResponse:
        """Open in a helper thread so a cancel is honoured while connecting."""
        box: dict[str, object] = {}
        done = threading.Event()
        abandoned = threading.Event()

        def run() -> None:
            try:
                box["resp"] = self.opener.open(request, timeout=self.connect_timeout)
            except BaseException as exc:  # handed to the caller below
                box["error"] = exc
            done.set()
            if abandoned.is_set() and "resp" in box:
                box["resp"].close()  # type: ignore[attr-defined]

        threading.Thread(target=run, name="biblio-download-connect", daemon=True).start()
        while not done.wait(0.1):
            if cancel is not None and cancel.cancelled:
                abandoned.set()
                if done.is_set() and "resp" in box:
                    box["resp"].close()  # type: ignore[attr-defined]
                cancel.raise_if_cancelled()
        if "error" in box:
            raise box["error"]  # type: ignore[misc]
        return box["resp"]  # type: ignore[return-value]

    def _attempt(self, url: str, part: Path, size: int, state: DownloadState,
                 progress: ProgressFn, cancel: CancelToken | None,
                 save_state: Callable[[DownloadState], None], stats: dict[str, int]) -> str:
        have = part.stat().st_size if part.exists() else 0
        if have > size or (have and state.validator is None):
            have = 0  # more than expected, or nothing to prove the bytes are still current
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "identity"}
        if have:
            headers["Range"] = f"bytes={have}-"
            headers["If-Range"] = state.validator or ""
        request = urllib.request.Request(url, headers=headers)
        try:
            resp = self._open(request, cancel)
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 416 and have:
                if have == size:  # everything is already here; check it
                    return self._finish(part, size)
                state.validator = None  # the file shrank or changed: start over
                self._restart(part, state, stats)
                raise _Retry("The server no longer has the part downloaded so far") from None
            if exc.code in (408, 425, 429) or exc.code >= 500:
                raise _Retry(f"The server is busy (HTTP {exc.code})") from None
            raise DownloadError(f"The server refused the download of {url} (HTTP {exc.code} "
                                f"{exc.reason}).",
                                "refresh the catalog; the package may have moved") from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, socket.gaierror):
                raise _Retry(f"The server {request.host} cannot be found") from None
            raise _Retry(f"The connection failed ({reason})") from None
        except (OSError, http.client.HTTPException) as exc:
            raise _Retry(f"The connection dropped ({type(exc).__name__})") from None
        with resp:
            return self._receive(resp, url, part, size, have, state, progress, cancel,
                                 save_state, stats)

    def _restart(self, part: Path, state: DownloadState, stats: dict[str, int]) -> None:
        if part.exists() and part.stat().st_size:
            stats["restarts"] += 1
        part.write_bytes(b"")
        state.bytes_done = 0

    def _receive(self, resp: http.client.HTTPResponse, url: str, part: Path, size: int,
                 have: int, state: DownloadState, progress: ProgressFn,
                 cancel: CancelToken | None, save_state: Callable[[DownloadState], None],
                 stats: dict[str, int]) -> str:
        status = resp.status
        length = resp.headers.get("Content-Length")
        if status == 206:
            match = _CONTENT_RANGE.match(resp.headers.get("Content-Range", ""))
            if not match or int(match.group(1)) != have:
                raise _Retry("The server sent the wrong part of the file")
            if match.group(3) != "*" and int(match.group(3)) != size:
                raise DownloadError(f"The server's file {url} has {match.group(3)} bytes but the "
                                    f"catalog says {size}.", "refresh the catalog and try again")
            offset = have
        elif status == 200:
            offset = 0
            if length is not None and length.isdigit() and int(length) != size:
                raise DownloadError(f"The server's file {url} has {length} bytes but the "
                                    f"catalog says {size}; it may be truncated or replaced.",
                                    "refresh the catalog and try again")
        else:
            raise DownloadError(f"Unexpected answer from the server for {url} (HTTP {status}).")
        validator = _validator(resp.headers)
        if offset == 0:
            self._restart(part, state, stats)
        state.validator = validator
        state.bytes_done = offset
        save_state(state)
        digest = _Hasher()
        try:
            # a full, write-protected or pulled-out disk is named; the part file stays, so
            # the download resumes once there is room again
            with named_faults(part.parent, "the download"):
                return self._copy(resp, url, part, size, offset, length, digest, state,
                                  progress, cancel, save_state, stats)
        finally:
            digest.close()

    def _copy(self, resp: http.client.HTTPResponse, url: str, part: Path, size: int,
              offset: int, length: str | None, digest: _Hasher, state: DownloadState,
              progress: ProgressFn, cancel: CancelToken | None,
              save_state: Callable[[DownloadState], None], stats: dict[str, int]) -> str:
        sock = _socket_of(resp)
        if sock is not None:
            sock.settimeout(self.read_timeout)
        with part.open("r+b") as out:
            if offset:
                while offset and (chunk := out.read(CHUNK)):
                    digest.update(chunk)
                out.seek(offset)
                out.truncate()
            done = offset
            progress(done, size)
            stalled = 0.0
            last_save = time.monotonic()
            while True:
                if cancel is not None and cancel.cancelled:
                    out.flush()
                    state.bytes_done = done
                    save_state(state)
                    cancel.raise_if_cancelled()
                try:
                    # read1: what has arrived (one socket read), so a timeout loses nothing
                    chunk = resp.read1(CHUNK)
                except TimeoutError:
                    stalled += self.read_timeout
                    if stalled >= self.stall_timeout or not _rearm(resp):
                        out.flush()
                        state.bytes_done = done
                        raise _Retry(f"The server stopped sending for {stalled:g} s") from None
                    continue
                except (OSError, http.client.HTTPException) as exc:
                    out.flush()
                    state.bytes_done = done
                    raise _Retry(f"The connection dropped ({type(exc).__name__})") from None
                if not chunk:
                    break
                n = len(chunk)
                stalled = 0.0
                if done + n > size:
                    raise DownloadError(f"The server sent more than the {size} bytes the "
                                        f"catalog announces for {url}.",
                                        "refresh the catalog and try again")
                out.write(chunk)
                digest.update(chunk)
                done += n
                stats["fetched"] += n
                progress(done, size)
                now = time.monotonic()
                if now - last_save > 1.0:
                    out.flush()
                    state.bytes_done = done
                    save_state(state)
                    last_save = now
            out.flush()  # no fsync: the bytes are hashed again on resume and checked on import
        state.bytes_done = done
        save_state(state)
        if done < size:
            if length is not None and length.isdigit() and offset + int(length) == done:
                raise DownloadError(f"The server's file {url} is truncated: it has {done} "
                                    f"bytes but the catalog says {size}.",
                                    "ask the catalog's publisher")
            raise _Retry(f"The connection dropped after {done} of {size} bytes")
        return digest.hexdigest()

    def _finish(self, part: Path, size: int) -> str:
        digest = hashlib.sha256()
        with part.open("rb") as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
        return digest.hexdigest()


def check_download(result_sha256: str, expected_sha256: str, size: int, part: Path,
                   url: str) -> None:
    """Size and hash of a finished `.part` against the catalog; raise DownloadError."""
    actual = part.stat().st_size
    if actual != size:
        raise DownloadError(f"The downloaded file has {actual} bytes but the catalog says "
                            f"{size}; it was not imported.", "download it again")
    if result_sha256 != expected_sha256:
        raise DownloadError(f"The downloaded file from {url} does not match the catalog's "
                            "SHA-256 (damaged or replaced); it was not imported.",
                            "refresh the catalog and download it again")


__all__ = ["Cancelled", "DownloadError", "DownloadState", "Downloader", "FetchResult",
           "check_download"]
