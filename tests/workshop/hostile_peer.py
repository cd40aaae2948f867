"""A hostile "sharing PC": answers like a BIBLIO workshop but serves whatever packages the
test gives it, with a catalog whose sizes and hashes match them (so only the importer's own
checks stand between it and the library)."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from biblio_desktop.workshop.protocol import SERVICE


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *_args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, kind: str = "application/json") -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        files: dict[str, Path] = self.server.files  # type: ignore[attr-defined]
        if self.path == "/ping":
            self._send(200, json.dumps({"service": SERVICE, "version": 1,
                                        "name": "Evil"}).encode())
        elif self.path == "/catalog.json":
            packages = []
            for name, path in files.items():
                course_id, version = name.rsplit("/", 1)
                data = path.read_bytes()
                packages.append({"id": course_id, "version": version.removesuffix(".biblio"),
                                 "title": {"en": "Evil"}, "languages": ["en"],
                                 "size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                                 "url": "packages/" + name})
            self._send(200, json.dumps({"format_version": 1, "publisher": {"name": "Evil"},
                                        "packages": packages}).encode())
        elif self.path.startswith("/packages/") and self.path[10:] in files:
            self._send(200, files[self.path[10:]].read_bytes(), "application/zip")
        else:
            self._send(404, b"{}")

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._send(200, json.dumps({"token": "evil-token", "name": "Evil",
                                    "installation": "urn:uuid:evil"}).encode())


@contextmanager
def hostile_peer(files: dict[str, Path]) -> Iterator[str]:
    """Serve `files` ({"<course id>/<version>.biblio": path}); yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.files = files  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
