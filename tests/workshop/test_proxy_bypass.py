"""A proxy set in the environment (common in library networks) is used for the internet,
never for the workshop PC on the branch's own network, which no proxy can reach."""

from __future__ import annotations

import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from biblio_desktop.workshop.client import JoinedPeer, PeerAuthHandler, PeerProxyBypass


class _Hello(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = (self.headers.get("Authorization") or "none").encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[ThreadingHTTPServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Hello)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd
    httpd.shutdown()
    httpd.server_close()


def test_the_workshop_pc_is_reached_directly_other_urls_through_the_proxy(
        server: ThreadingHTTPServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")  # a proxy that refuses everything
    monkeypatch.setenv("no_proxy", "")
    monkeypatch.delenv("NO_PROXY", raising=False)
    port = server.server_address[1]
    peer = JoinedPeer(f"http://127.0.0.1:{port}", "tok", "Room", "inst")
    opener = urllib.request.build_opener(PeerAuthHandler(peer), PeerProxyBypass(peer))
    with opener.open(f"http://127.0.0.1:{port}/catalog.json", timeout=5) as reply:
        assert reply.read() == b"Bearer tok"  # direct, with the token
    other = JoinedPeer("http://127.0.0.1:1", "x", "Other", "inst")
    opener = urllib.request.build_opener(PeerAuthHandler(other), PeerProxyBypass(other))
    with pytest.raises(urllib.error.URLError):  # not the peer: through the (dead) proxy
        opener.open(f"http://127.0.0.1:{port}/catalog.json", timeout=5)
