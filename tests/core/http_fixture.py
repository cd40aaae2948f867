"""A threaded HTTP server on 127.0.0.1 for download tests and the download benchmark.

Serves files from memory or disk with ETag, Last-Modified, Range, If-Range and
If-None-Match, and injects faults per path: cut the connection after N body bytes (a queue,
one per request, so "cut three times in a row" is `cut_after=[n, n, n]`), ignore Range,
stall (sleep mid-body), send slowly, or replace the file on the k-th request (new ETag).
Every request is logged with the body bytes actually sent.
"""

from __future__ import annotations

import hashlib
import socket
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Faults:
    cut_after: list[int] = field(default_factory=list)  # one entry used per request
    no_range: bool = False
    no_validators: bool = False
    stall_after: int | None = None  # body bytes sent before stalling
    stall_seconds: float = 0.0
    stall_times: int = 1  # how many requests stall
    delay_per_chunk: float = 0.0
    replace_on_request: dict[int, bytes] = field(default_factory=dict)  # 1-based
    status: int | None = None  # answer every request with this status


@dataclass
class Served:
    data: bytes | None
    path: Path | None
    etag: str
    modified: str
    faults: Faults
    requests: int = 0

    @property
    def size(self) -> int:
        return len(self.data) if self.data is not None else self.path.stat().st_size  # type: ignore[union-attr]


@dataclass
class LoggedRequest:
    path: str
    range: str | None
    if_range: str | None
    status: int
    sent: int = 0


class FileServer:
    """`with FileServer() as server: server.add("/a.biblio", data); server.url("/a.biblio")`."""

    def __init__(self) -> None:
        self.files: dict[str, Served] = {}
        self.log: list[LoggedRequest] = []
        self.lock = threading.Lock()
        self._stop_stall = threading.Event()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *_args: object) -> None:
                pass

            def do_GET(self) -> None:
                owner._handle(self)

            def do_HEAD(self) -> None:
                owner._handle(self, head=True)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,),
                                       daemon=True)

    # --- set-up --------------------------------------------------------------------------

    def __enter__(self) -> FileServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop_stall.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, data: bytes | Path, faults: Faults | None = None) -> Served:
        with self.lock:
            old = self.files.get(path)
            served = Served(data if isinstance(data, bytes) else None,
                            data if isinstance(data, Path) else None, "", "",
                            faults or (old.faults if old else Faults()),
                            old.requests if old else 0)
            self._stamp(served)
            self.files[path] = served
            return served

    def remove(self, path: str) -> None:
        with self.lock:
            self.files.pop(path, None)

    @staticmethod
    def _stamp(served: Served) -> None:
        if served.data is not None:
            digest = hashlib.sha256(served.data).hexdigest()[:20]
        else:
            st = served.path.stat()  # type: ignore[union-attr]
            digest = f"{st.st_size:x}-{st.st_mtime_ns:x}"
        served.etag = f'"{digest}"'
        served.modified = formatdate(time.time(), usegmt=True)

    def sent(self, path: str) -> int:
        return sum(r.sent for r in self.log if r.path == path)

    def requests(self, path: str) -> list[LoggedRequest]:
        return [r for r in self.log if r.path == path]

    # --- serving -------------------------------------------------------------------------

    def _handle(self, h: BaseHTTPRequestHandler, head: bool = False) -> None:
        path = h.path.split("?")[0]
        with self.lock:
            served = self.files.get(path)
            if served is not None:
                served.requests += 1
                new = served.faults.replace_on_request.get(served.requests)
                if new is not None:
                    served.data, served.path = new, None
                    self._stamp(served)
                cut = served.faults.cut_after.pop(0) if served.faults.cut_after else None
                stall = (served.faults.stall_after is not None
                         and served.faults.stall_times > 0)
                if stall:
                    served.faults.stall_times -= 1
        entry = LoggedRequest(path, h.headers.get("Range"), h.headers.get("If-Range"), 200)
        self.log.append(entry)
        if served is None:
            entry.status = 404
            self._simple(h, 404, b"not found")
            return
        f = served.faults
        if f.status:
            entry.status = f.status
            self._simple(h, f.status, b"fault")
            return
        if served.etag in (h.headers.get("If-None-Match") or "") and not f.no_validators:
            entry.status = 304
            h.send_response(304)
            h.send_header("ETag", served.etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        size = served.size
        start, end = 0, size
        status = 200
        rng = h.headers.get("Range")
        if rng and not f.no_range and rng.startswith("bytes=") and "," not in rng:
            if_range = h.headers.get("If-Range")
            if if_range is None or if_range in (served.etag, served.modified):
                first, _, last = rng[6:].partition("-")
                if first.isdigit():
                    start = int(first)
                    end = min(int(last) + 1, size) if last.isdigit() else size
                    if start >= size:
                        entry.status = 416
                        h.send_response(416)
                        h.send_header("Content-Range", f"bytes */{size}")
                        h.send_header("Content-Length", "0")
                        h.end_headers()
                        return
                    status = 206
        entry.status = status
        h.send_response(status)
        h.send_header("Content-Type", "application/octet-stream")
        h.send_header("Content-Length", str(end - start))
        if not f.no_validators:
            h.send_header("ETag", served.etag)
            h.send_header("Last-Modified", served.modified)
        if not f.no_range:
            h.send_header("Accept-Ranges", "bytes")
        if status == 206:
            h.send_header("Content-Range", f"bytes {start}-{end - 1}/{size}")
        h.end_headers()
        if head:
            return
        limit = end - start if cut is None else min(cut, end - start)
        try:
            self._send_body(h, served, start, limit, entry,
                            f.stall_after if stall else None, f.stall_seconds,
                            f.delay_per_chunk)
            if cut is not None:
                h.close_connection = True
                h.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            h.close_connection = True

    def _send_body(self, h: BaseHTTPRequestHandler, served: Served, start: int, count: int,
                   entry: LoggedRequest, stall_after: int | None, stall_seconds: float,
                   delay: float) -> None:
        if served.data is None and stall_after is None and not delay:
            with served.path.open("rb") as fh:  # type: ignore[union-attr]
                sent = h.connection.sendfile(fh, start, count)
                entry.sent += sent
            return
        data = served.data if served.data is not None else None
        fh = served.path.open("rb") if data is None else None  # type: ignore[union-attr]
        try:
            pos, end = start, start + count
            chunk = 64 * 1024
            while pos < end:
                if stall_after is not None and entry.sent >= stall_after:
                    self._stop_stall.wait(stall_seconds)
                    stall_after = None
                n = min(chunk, end - pos)
                if stall_after is not None:
                    n = min(n, max(stall_after - entry.sent, 1))
                if data is not None:
                    block = data[pos:pos + n]
                else:
                    fh.seek(pos)  # type: ignore[union-attr]
                    block = fh.read(n)  # type: ignore[union-attr]
                h.wfile.write(block)
                entry.sent += len(block)
                pos += n
                if delay:
                    time.sleep(delay)
        finally:
            if fh is not None:
                fh.close()

    @staticmethod
    def _simple(h: BaseHTTPRequestHandler, status: int, body: bytes) -> None:
        h.send_response(status)
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


# --- test packages and catalogs ------------------------------------------------------------

def build_course_versions(root: Path, versions: tuple[str, ...] = ("1.0.0", "1.1.0"), *,
                          sign_key: Path | None = None, course_id: str | None = None
                          ) -> dict[str, Path]:
    """Build the fixture course in several versions (each later one adds a lesson)."""
    from biblio_desktop.authoring.builder import build_package

    from .course_fixtures import COURSE_ID, make_source_course

    out: dict[str, Path] = {}
    for n, version in enumerate(versions):
        src = make_source_course(root / f"src-{version}-{n}")
        toml = (src / "course.toml").read_text(encoding="utf-8")
        toml = toml.replace('version = "1.0.0"', f'version = "{version}"')
        if course_id:
            toml = toml.replace(f'id = "{COURSE_ID}"', f'id = "{course_id}"')
        for extra in range(n):
            toml += f'''
[[modules.items]]
id = "m2-extra{extra}"
kind = "lesson"
file = "lessons/{{lang}}/extra{extra}.md"
'''
            for lang in ("en", "lv"):
                (src / "lessons" / lang / f"extra{extra}.md").write_text(
                    f"---\ntitle: Extra {extra} ({lang})\n---\n\nMore.\n", encoding="utf-8")
        (src / "course.toml").write_text(toml, encoding="utf-8")
        package = root / f"{course_id or COURSE_ID}-{version}-{n}.biblio"
        build_package(src, package, sign_key=sign_key)
        out[version] = package
    return out


def entry_for(package: Path, url: str, *, course_id: str | None = None,
              version: str | None = None, key_id: str | None = None, **override: object
              ) -> dict[str, object]:
    """A catalog entry describing `package` (override any field to make it lie)."""
    from biblio_desktop.packages.reader import inspect_package

    data = package.read_bytes()
    m = inspect_package(package).manifest
    entry: dict[str, object] = {
        "id": course_id or m.id, "version": version or m.version,
        "title": {"en": m.title.get("en", "A course")},
        "description": {"en": "For tests"}, "languages": list(m.languages),
        "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), "url": url,
        "publisher_key_id": key_id, "future_field": {"ignored": True}}
    entry.update(override)
    return entry


def catalog_bytes(entries: list[dict[str, object]], publisher: str = "Test publisher") -> bytes:
    import json

    return json.dumps({"format_version": 1, "publisher": {"name": publisher},
                       "packages": entries, "unknown_top_level": [1, 2, 3]}).encode("utf-8")
