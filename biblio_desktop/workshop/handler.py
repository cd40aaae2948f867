"""One connection to the sharing PC: routes, the token check, Range, bounded bodies.

http.server parses the requests; this class adds the limits of server.py around it and
answers only the paths below. Packages are found by course id and version in the
library's rows (shelf.py); no part of a URL ever becomes a file path.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import BiblioError
from . import protocol as P
from .cohort_sync import CohortSyncError, cohorts_answer, read_question
from .handover import HandOverError
from .inbox import InboxError, accept, stored_statement

log = logging.getLogger(__name__)

_RANGE_RE = re.compile(r"^bytes=(\d{1,15})-(\d{0,15})$")
_PACKAGE_RE = re.compile(r"^/packages/([^/]{1,200})/([^/]{1,20})\.biblio$")
_XAPI_VERSION = "1.0.3"


@dataclass(frozen=True)
class Transfer:
    """A package being sent right now (for "what they are downloading")."""

    peer: str
    course_id: str
    version: str
    started: float


class WorkshopHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BIBLIO-Workshop/1"
    sys_version = ""

    @property
    def service(self) -> Any:
        """The WorkshopService (server.py) this connection belongs to."""
        return self.server.service  # type: ignore[attr-defined]

    def setup(self) -> None:
        self.timeout = self.service.limits.socket_timeout
        super().setup()

    def log_message(self, format: str, *args: Any) -> None:
        pass  # no request log on the console; the facilitator sees PCs and transfers

    # --- one request, bounded ----------------------------------------------------------

    def handle_one_request(self) -> None:
        service = self.service
        service.arm(self, service.limits.header_timeout)
        try:
            self.raw_requestline = self.rfile.readline(P.MAX_REQUEST_LINE + 1)
            if len(self.raw_requestline) > P.MAX_REQUEST_LINE:
                self.requestline, self.request_version, self.command = "", "", ""
                self.send_error(414)
                self.close_connection = True
                return
            if not self.raw_requestline:
                self.close_connection = True
                return
            if not self.parse_request():
                return
            size = sum(len(k) + len(v) + 4 for k, v in self.headers.items())
            if size > P.MAX_HEADER_BYTES:
                self.send_error(431)
                self.close_connection = True
                return
            service.disarm(self)
            method = getattr(self, "do_" + self.command, None)
            if method is None:
                self.send_error(405)
                self.close_connection = True
                return
            method()
            self.wfile.flush()
        except (TimeoutError, OSError):
            self.close_connection = True
        finally:
            service.disarm(self)

    # --- answers -------------------------------------------------------------------------

    def _json(self, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Experience-API-Version", _XAPI_VERSION)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def _error(self, status: int, code: str, message: str,
               headers: dict[str, str] | None = None) -> None:
        self._json(status, {"error": code, "message": message}, headers)

    def _token_peer(self) -> str | None:
        """The joined PC this request comes from (Bearer token, or Basic with the token as
        the password: a joined PC's LRS client), or None after answering 401."""
        header = self.headers.get("Authorization", "")
        token = ""
        if header.startswith("Bearer "):
            token = header[7:].strip()
        elif header.startswith("Basic "):
            try:
                _user, _sep, token = base64.b64decode(header[6:].strip(), validate=True
                                                      ).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError, ValueError):
                token = ""
        peer = self.service.peers.authenticate(token, self.client_address[0]) if token else None
        if peer is None:
            self._error(401, "not-joined", "Join this workshop first (the join code is shown "
                        "on the facilitator's PC).",
                        {"WWW-Authenticate": f'Bearer realm="{P.TOKEN_HEADER_REALM}"'})
        return peer

    def _body(self, limit: int) -> bytes | None:
        """The request body, at most `limit` bytes within the body timeout; None after
        answering (411, 413) or when the client is too slow (connection cut)."""
        if self.headers.get("Transfer-Encoding"):
            self._error(411, "length-required", "Send the body with a Content-Length.")
            self.close_connection = True
            return None
        length = self.headers.get("Content-Length", "")
        if not length.isdigit():
            self._error(411, "length-required", "Send the body with a Content-Length.")
            self.close_connection = True
            return None
        if int(length) > limit:
            self._error(413, "too-large", f"The body is larger than {limit} bytes.")
            self.close_connection = True  # the unread body must not be taken as a request
            return None
        self.service.arm(self, self.service.limits.body_timeout)
        try:
            body = self.rfile.read(int(length))
        finally:
            self.service.disarm(self)
        if len(body) != int(length):
            self.close_connection = True
            return None
        return body

    # --- routes --------------------------------------------------------------------------

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path = parts.path
        if path in ("/", P.PING_PATH):
            self._json(200, {"service": P.SERVICE, "version": P.PROTOCOL_VERSION,
                             "name": self.service.name})
        elif path == P.XAPI_PREFIX + "about":
            self._json(200, {"version": [_XAPI_VERSION]})
        elif path == P.CATALOG_PATH:
            if self._token_peer() is None:
                return
            body = self.service.shelf.catalog(self.service.name)
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)
        elif path.startswith(P.PACKAGES_PREFIX):
            peer = self._token_peer()
            if peer is not None:
                self._package(peer, path)
        elif path == P.STATEMENTS_PATH:
            peer = self._token_peer()
            if peer is None:
                return
            wanted = parse_qs(parts.query).get("statementId", [""])[0]
            found = stored_statement(self.service.sessions, peer, wanted) if wanted else None
            if found is None:
                self._error(404, "not-found", "No such statement from this PC.")
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(found)))
            self.send_header("X-Experience-API-Version", _XAPI_VERSION)
            self.end_headers()
            self.wfile.write(found)
        elif path == P.LEARNERS_PATH or path.startswith(P.LEARNERS_PATH + "/"):
            if self._token_peer() is not None:
                self._learner(unquote(path[len(P.LEARNERS_PATH) + 1:]))
        else:
            self._error(404, "not-found", "No such page.")

    def _learner(self, which: str) -> None:
        """GET /learners (who waits: names and PC names) or /learners/<id> (one signed
        transfer document)."""
        store = self.service.handover
        if not which:
            self._json(200, {"learners": [{"id": w.id, "name": w.name, "pc": w.pc,
                                           "updated_at": w.updated_at}
                                          for w in store.waiting()]})
            return
        try:
            found = store.get(which)
        except BiblioError:
            found = None
        if found is None:
            self._error(404, "not-found", "No such learner is waiting here.")
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(found)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(found)

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == P.JOIN_PATH:
            self._join()
        elif path == P.STATEMENTS_PATH:
            self._statements()
        elif path == P.LEARNERS_PATH:
            self._hand_over()
        elif path == P.COHORTS_PATH:
            self._cohorts()
        else:
            self._error(404, "not-found", "No such page.")
            self.close_connection = True

    def _peer_body(self, limit: int) -> tuple[str, bytes] | None:
        """The joined PC posting and its body (at most `limit` bytes), or None after
        answering (401, 411, 413) or cutting a slow client."""
        peer = self._token_peer()
        if peer is None:
            self.close_connection = True  # its body was not read
            return None
        body = self._body(limit)
        return None if body is None else (peer, body)

    def _statements(self) -> None:
        posted = self._peer_body(P.MAX_STATEMENTS_BODY)
        if posted is None:
            return
        peer, body = posted
        try:
            accepted = accept(self.service.sessions, peer, body,
                              self.headers.get("Content-Type", ""))
        except InboxError as exc:
            if exc.status == 400:  # e.g. a record that failed its check: worth a trace
                log.warning("statements from %s refused: %s", peer, exc.message)
            self._error(exc.status, "refused", exc.message)
            return
        self.service.statements_received(accepted.stored)
        self._json(200, {"stored": accepted.stored, "already": accepted.already})

    def _hand_over(self) -> None:
        posted = self._peer_body(P.MAX_LEARNER_BODY)
        if posted is None:
            return
        peer, body = posted
        try:
            kept = self.service.handover.put(peer, self.service.peers.name_of(peer) or peer,
                                             body)
        except HandOverError as exc:
            self._error(exc.status, "refused", exc.message)
            return
        self._json(200, {"id": kept.id, "name": kept.name, "pc": kept.pc,
                         "updated_at": kept.updated_at})

    def _cohorts(self) -> None:
        """POST /cohorts: the cohorts of the asking PC's learners (cohort_sync.py), only
        about learners that PC handed over here."""
        peer = self._token_peer()
        if peer is None:
            self.close_connection = True  # its body was not read
            return
        body = self._body(P.MAX_COHORTS_BODY)
        if body is None:
            return
        try:
            asked = read_question(body)
        except CohortSyncError as exc:
            self._error(400, "bad-request", exc.message)
            return
        service = self.service
        self._json(200, cohorts_answer(service.sessions, service.installation, asked,
                                       service.handover.handed_over_by(peer)))

    def _join(self) -> None:
        body = self._body(P.MAX_JOIN_BODY)
        if body is None:
            return
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise ValueError
            code, name, installation = data.get("code"), data.get("name"), \
                data.get("installation")
            if not isinstance(code, str) or len(code) > 40:
                raise ValueError
        except ValueError:
            self._error(400, "bad-request", "Send {\"code\", \"name\", \"installation\"}.")
            return
        address = str(self.client_address[0])
        verdict = self.service.gate.try_code(address, code)
        if verdict.status == "wait":
            self._error(429, "wait", f"Too many wrong codes: wait {verdict.wait:.0f} s.",
                        {"Retry-After": str(max(1, round(verdict.wait)))})
            return
        if verdict.status == "locked":
            self._error(403, "locked-out", "Too many wrong codes from this PC: ask the "
                        "facilitator to restart sharing.")
            return
        if verdict.status == "closed":
            self._error(403, "closed", "Too many wrong codes were tried: the facilitator must "
                        "restart sharing to get a new code.")
            return
        if verdict.status == "wrong":
            self._error(403, "wrong-code", "The join code is wrong.",
                        {"Retry-After": str(round(verdict.wait))} if verdict.wait else None)
            return
        if data.get("check") is True:  # the network check: the code is right, no token
            self._json(200, {"name": self.service.name, "code": "right"})
            return
        try:
            peer, token = self.service.peers.join(installation, name, address)
        except BiblioError as exc:
            self._error(400, "bad-request", exc.message)
            return
        self._json(200, {"token": token, "name": self.service.name,
                         "installation": self.service.installation, "you": peer.name,
                         "catalog": P.CATALOG_PATH, "xapi": P.XAPI_PREFIX})

    # --- packages, with Range ------------------------------------------------------------

    def _package(self, peer: str, path: str) -> None:
        match = _PACKAGE_RE.match(path)
        package = self.service.shelf.package_file(unquote(match.group(1)),
                                                  unquote(match.group(2))) if match else None
        if package is None:
            self._error(404, "not-found", "This PC does not share that package.")
            return
        etag = f'"{package.sha256}"'
        size = package.size
        start, end = 0, size - 1
        partial = False
        wanted = self.headers.get("Range")
        if_range = self.headers.get("If-Range")
        if wanted and (if_range is None or if_range == etag):
            m = _RANGE_RE.match(wanted.strip())
            if m:  # one range; anything else gets the whole file, as HTTP allows
                first = int(m.group(1))
                last = int(m.group(2)) if m.group(2) else size - 1
                if first >= size or last < first:
                    self.send_response(416)
                    self.send_header("Content-Range", f"bytes */{size}")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                start, end, partial = first, min(last, size - 1), True
        try:
            fh = package.path.open("rb")
        except OSError:
            self._error(404, "not-found", "The package cannot be read on the sharing PC.")
            return
        with fh:
            count = end - start + 1
            self.send_response(206 if partial else 200)
            self.send_header("Content-Type", "application/zip")
            self.send_header("Content-Length", str(count))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("ETag", etag)
            if partial:
                self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
            self.end_headers()
            key = id(self)
            self.service.transfer_started(key, Transfer(peer, package.course_id,
                                                        package.version, 0.0))
            sent = 0
            try:
                sent = self._send_file(fh, start, count)
            finally:
                self.service.transfer_ended(key, sent)
            if sent != count:
                self.close_connection = True

    def _send_file(self, fh: Any, start: int, count: int) -> int:
        """Zero-copy where the OS allows (socket.sendfile); returns the bytes sent."""
        try:
            return int(self.connection.sendfile(fh, start, count))
        except (TimeoutError, OSError):
            return 0
