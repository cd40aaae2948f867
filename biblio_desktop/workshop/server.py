"""The sharing PC's HTTP service: the standard library's ThreadingHTTPServer, bounded.

`WorkshopService(workspace-like, ...)` is started by `Workspace.share` (or `biblio-desktop
share`) and binds to the chosen address only while sharing is on; `stop()` closes the
listening socket and every open connection. HTTP parsing is http.server's; what this adds
is the bounds a hostile LAN needs (docs/workshop.md, "Security"):

- connections: at most 64 at once, 24 per source address; more are answered 503 and closed;
- time: a request line and headers must arrive within 10 s (also the idle time allowed
  between keep-alive requests) and a body within 30 s, enforced by a watchdog that shuts
  down the socket, so a slowloris client that trickles one byte at a time is cut off
  rather than only one slow read; every single read or write times out after 30 s;
- sizes: request line 8 KiB, headers 32 KiB, a join 4 KiB, a batch of statements 1 MiB,
  a learner handed over 8 MiB;
- everything except discovery (`/`, `/ping`, `/xapi/about`) needs the token of a joined PC.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from ..datadir import DataLayout
from ..errors import BiblioError
from . import protocol as P
from .codes import JoinGate
from .handler import Transfer, WorkshopHandler
from .handover import HandOverStore
from .peers import PeerRegistry
from .shelf import Shelf

log = logging.getLogger(__name__)


@dataclass
class Limits:
    """The bounds of one service (tests make the timeouts short)."""

    max_connections: int = P.MAX_CONNECTIONS
    max_per_address: int = P.MAX_CONNECTIONS_PER_ADDRESS
    header_timeout: float = P.HEADER_TIMEOUT
    body_timeout: float = P.BODY_TIMEOUT
    socket_timeout: float = P.SOCKET_TIMEOUT


@dataclass
class _Activity:
    transfers: dict[int, Transfer] = field(default_factory=dict)
    sent_bytes: int = 0
    statements_in: int = 0


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    request_queue_size = 128
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], service: WorkshopService) -> None:
        self.service = service
        self._count_lock = threading.Lock()
        self._per_address: Counter[str] = Counter()
        self._open: dict[socket.socket, str] = {}
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, WorkshopHandler)

    def verify_request(self, request: Any, client_address: Any) -> bool:
        limits = self.service.limits
        host = str(client_address[0])
        with self._count_lock:
            if (len(self._open) >= limits.max_connections
                    or self._per_address[host] >= limits.max_per_address):
                refused = True
            else:
                refused = False
                self._open[request] = host
                self._per_address[host] += 1
        if refused:
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n"
                                b"Retry-After: 5\r\nContent-Length: 0\r\n\r\n")
            return False
        return True

    def shutdown_request(self, request: Any) -> None:
        with self._count_lock:
            host = self._open.pop(request, None)
            if host is not None:
                self._per_address[host] -= 1
                if self._per_address[host] <= 0:
                    del self._per_address[host]
        super().shutdown_request(request)

    def close_all(self) -> None:
        with self._count_lock:
            sockets = list(self._open)
        for s in sockets:
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that went away mid-request is no error of ours


class WorkshopService:
    """One sharing session: the join code, the server thread and its watchdog."""

    def __init__(self, layout: DataLayout, sessions: sessionmaker[Session], *, name: str,
                 installation: str, bind: str = "0.0.0.0", port: int = P.DEFAULT_PORT,
                 code: str | None = None, limits: Limits | None = None) -> None:
        self.layout = layout
        self.sessions = sessions
        self.name = name
        self.installation = installation
        self.bind = bind
        self.requested_port = port
        self.gate = JoinGate(code)
        self.peers = PeerRegistry(sessions)
        self.shelf = Shelf(layout, sessions)
        self.handover = HandOverStore(layout, sessions, name=name, installation=installation)
        self.limits = limits or Limits()
        self.activity = _Activity()
        self._activity_lock = threading.Lock()
        self._deadlines: dict[int, tuple[float, socket.socket]] = {}
        self._deadline_lock = threading.Lock()
        self._server: _Server | None = None
        self._threads: list[threading.Thread] = []
        self._stopping = threading.Event()

    @property
    def code(self) -> str:
        return self.gate.code

    @property
    def port(self) -> int:
        if self._server is None:
            return self.requested_port
        return int(self._server.server_address[1])

    @property
    def running(self) -> bool:
        return self._server is not None

    def start(self) -> WorkshopService:
        """Bind and serve in background threads; raises BiblioError if the port is taken."""
        try:
            self._server = _Server((self.bind, self.requested_port), self)
        except OSError as exc:
            raise BiblioError(
                f"Cannot share on {self.bind} port {self.requested_port}: {exc.strerror}.",
                "choose another port with --port, or stop the program using it") from exc
        self._stopping.clear()
        try:  # copies not refreshed for weeks go before anyone can list them
            self.handover.expire()
        except Exception:  # never a reason not to share
            log.exception("the waiting learner copies could not be checked for age")
        for target, name in ((self._serve, "biblio-workshop-server"),
                             (self._watch, "biblio-workshop-watchdog")):
            thread = threading.Thread(target=target, name=name, daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _serve(self) -> None:
        assert self._server is not None
        self._server.serve_forever(poll_interval=0.2)

    def _watch(self) -> None:
        """Cut connections past their deadline; store when PCs were last seen."""
        last_flush = time.monotonic()
        while not self._stopping.wait(0.25):
            now = time.monotonic()
            with self._deadline_lock:
                late = [s for d, s in self._deadlines.values() if d < now]
            for sock in late:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
            if now - last_flush > 5.0:
                last_flush = now
                with contextlib.suppress(Exception):
                    self.peers.flush_seen()

    def arm(self, handler: Any, seconds: float) -> None:
        with self._deadline_lock:
            self._deadlines[id(handler)] = (time.monotonic() + seconds, handler.connection)

    def disarm(self, handler: Any) -> None:
        with self._deadline_lock:
            self._deadlines.pop(id(handler), None)

    def transfer_started(self, key: int, transfer: Transfer) -> None:
        with self._activity_lock:
            self.activity.transfers[key] = transfer

    def transfer_ended(self, key: int, sent: int) -> None:
        with self._activity_lock:
            self.activity.transfers.pop(key, None)
            self.activity.sent_bytes += sent

    def statements_received(self, n: int) -> None:
        with self._activity_lock:
            self.activity.statements_in += n

    def transfers(self) -> list[Transfer]:
        """Packages being sent now, per joined PC (for the facilitator's panel)."""
        with self._activity_lock:
            return list(self.activity.transfers.values())

    def stop(self) -> None:
        """Stop listening and close every connection (downloads resume later)."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()
        server.shutdown()
        server.server_close()
        server.close_all()
        for thread in self._threads:
            thread.join(5)
        self._threads.clear()
        with contextlib.suppress(Exception):
            self.peers.flush_seen()

    def __enter__(self) -> WorkshopService:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()
