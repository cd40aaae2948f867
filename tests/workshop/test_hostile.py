"""Hostile peers and hostile clients: guessed codes, oversized bodies, slowloris, path
traversal, other PCs' data, and peers serving tampered, re-signed, older or unsigned
packages (docs/workshop.md, "Security")."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

from biblio_desktop.downloads.manager import UnsignedPackage
from biblio_desktop.downloads.updates import find_entry
from biblio_desktop.errors import PackageError
from biblio_desktop.workshop import codes
from biblio_desktop.workshop.client import JoinError, request_token
from biblio_desktop.workshop.codes import JoinGate
from biblio_desktop.workshop.server import Limits

from ..core.course_fixtures import COURSE_ID
from .conftest import Publisher, Room, open_ws
from .hostile_peer import hostile_peer

INSTALLATION = "urn:uuid:11111111-2222-3333-4444-555555555555"


def _get(url: str, token: str | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def _raw(port: int, data: bytes, timeout: float = 5.0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as s:
        s.sendall(data)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
        return out


# --- the join code -------------------------------------------------------------------------

def test_wrong_codes_wait_longer_then_lock_the_address_out(fake_clock) -> None:
    gate = JoinGate("ACDEFH")
    verdicts = [gate.try_code("10.0.0.9", "WRONG1").status for _ in range(codes.FREE_TRIES)]
    assert verdicts == ["wrong"] * codes.FREE_TRIES
    assert gate.try_code("10.0.0.9", "ACDEFH").status == "wait"  # even the right code waits
    fake_clock.advance(0.5)
    assert gate.try_code("10.0.0.9", "ACDEFH").status == "wait"
    waits = []
    for _ in range(codes.LOCKOUT_AFTER - codes.FREE_TRIES):
        fake_clock.advance(codes.MAX_DELAY)
        verdict = gate.try_code("10.0.0.9", "nope")
        waits.append(verdict.wait)
    assert verdict.status == "locked"
    assert waits[:-1] == sorted(waits[:-1]) and waits[0] < waits[-2]  # doubling
    fake_clock.advance(3600)
    assert gate.try_code("10.0.0.9", "ACDEFH").status == "locked"  # until sharing restarts
    assert gate.try_code("10.0.0.10", " acd-efh ").ok  # another PC, typed loosely


def test_many_addresses_together_get_a_bounded_number_of_guesses(fake_clock) -> None:
    gate = JoinGate("ACDEFH")
    for n in range(codes.GLOBAL_LIMIT):
        assert gate.try_code(f"10.0.{n // 200}.{n % 200}", "WRONGG").status == "wrong"
    assert gate.try_code("10.9.9.9", "ACDEFH").status == "closed"


def test_guessing_over_http_is_throttled_and_named(room: Room) -> None:
    for _ in range(codes.FREE_TRIES):
        with pytest.raises(JoinError) as wrong:
            request_token(room.url, "AAAAAA", "Guesser", INSTALLATION)
        assert wrong.value.reason == "wrong-code"
    with pytest.raises(JoinError) as waiting:
        request_token(room.url, room.sharing.code, "Guesser", INSTALLATION)
    assert waiting.value.reason == "wait" and waiting.value.wait >= 1
    assert room.host.workshop.peers() == []


# --- tokens and what a joined PC may see ---------------------------------------------------

def test_everything_but_discovery_needs_a_token_and_removal_revokes_it(room: Room) -> None:
    assert _get(room.url + "/ping")[0] == 200
    for path in ("/catalog.json", f"/packages/{COURSE_ID}/1.0.0.biblio",
                 "/xapi/statements?statementId=x"):
        assert _get(room.url + path)[0] == 401
        assert _get(room.url + path, "made-up-token")[0] == 401
    token, _ = request_token(room.url, room.sharing.code, "Desk", INSTALLATION)
    assert _get(room.url + "/catalog.json", token)[0] == 200
    room.host.workshop.remove_peer("desk")
    time.sleep(1.1)  # the token cache lives one second
    assert _get(room.url + "/catalog.json", token)[0] == 401


@pytest.mark.parametrize("path", [
    "/packages/../library.sqlite3", "/packages/%2e%2e/%2e%2e/library.sqlite3",
    f"/packages/{COURSE_ID}/..%2f..%2flibrary.sqlite3.biblio",
    f"/packages/{COURSE_ID}/1.0.0.biblio/../../../library.sqlite3",
    "/packages/..%2F..%2Fkeys/installation.biblio", "/../../etc/passwd",
    f"/packages/{COURSE_ID}/..%5C..%5Clibrary.sqlite3.biblio",
    f"/packages/{COURSE_ID.upper()}/1.0.0.biblio", f"/packages/{COURSE_ID}/1.0.0",
])
def test_no_path_reaches_outside_the_shared_packages(room: Room, path: str) -> None:
    token, _ = request_token(room.url, room.sharing.code, "Desk", INSTALLATION)
    answer = _raw(room.sharing.service.port, f"GET {path} HTTP/1.1\r\nHost: x\r\n"
                  f"Authorization: Bearer {token}\r\nConnection: close\r\n\r\n".encode())
    assert answer.startswith(b"HTTP/1.1 404"), answer[:200]
    assert b"SQLite format" not in answer and b"root:" not in answer


def test_a_pc_cannot_send_or_read_another_pcs_statements(room: Room) -> None:
    token, _ = request_token(room.url, room.sharing.code, "Desk", INSTALLATION)
    statement = {"id": "6f3c1c2e-0d7a-5b7e-9b8e-1a2b3c4d5e6f",
                 "actor": {"objectType": "Agent", "name": "X", "account": {
                     "homePage": "https://biblio-desktop.invalid/installations/aaaaaaaaaaaa",
                     "name": "3"}},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/answered"},
                 "object": {"id": "https://biblio-desktop.invalid/courses/x"}}
    request = urllib.request.Request(room.url + "/xapi/statements",
                                     data=json.dumps([statement]).encode(),
                                     headers={"Authorization": f"Bearer {token}",
                                              "Content-Type": "application/json"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=5)
    assert refused.value.code == 403
    assert room.host.workshop.gathered_count() == 0


# --- bounds on what a client sends ---------------------------------------------------------

def test_oversized_bodies_are_refused_unread(room: Room) -> None:
    token, _ = request_token(room.url, room.sharing.code, "Desk", INSTALLATION)
    port = room.sharing.service.port
    head = (f"POST /xapi/statements HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {2 * 1024 * 1024}\r\n\r\n")
    answer = _raw(port, head.encode() + b"[" + b" " * 1000)
    assert answer.startswith(b"HTTP/1.1 413")
    join = "POST /join HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n"
    assert _raw(port, join.encode()).startswith(b"HTTP/1.1 413")
    chunked = ("POST /join HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
               "5\r\nhello\r\n0\r\n\r\n")
    assert _raw(port, chunked.encode()).startswith(b"HTTP/1.1 411")
    long_line = b"GET /" + b"a" * 10_000 + b" HTTP/1.1\r\n\r\n"
    assert _raw(port, long_line).startswith(b"HTTP/1.1 414")
    many = b"GET /ping HTTP/1.1\r\n" + b"".join(
        b"X-H%d: %s\r\n" % (n, b"v" * 900) for n in range(60)) + b"\r\n"
    assert _raw(port, many).startswith(b"HTTP/1.1 431")


def test_slowloris_connections_are_cut(room: Room) -> None:
    port = room.sharing.service.port
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(b"GET /ping HTTP/1.1\r\nHost: x\r\n")
        closed = False
        for _ in range(40):  # one header line every 0.2 s: each read is quick, the whole slow
            try:
                s.sendall(b"X-Slow: 1\r\n")
                time.sleep(0.2)
            except OSError:
                closed = True
                break
            s.setblocking(False)
            try:
                if s.recv(1) == b"":
                    closed = True
                    break
            except BlockingIOError:
                pass
            finally:
                s.setblocking(True)
        assert closed, "the slow client was never cut off"
    assert time.monotonic() - started < 4  # the header deadline is 1 s in these tests
    assert _get(f"http://127.0.0.1:{port}/ping")[0] == 200  # the service is fine


def test_connections_per_address_are_bounded(tmp_path: Path, signed_package: Path) -> None:
    host = open_ws(tmp_path / "host")
    sharing = host.workshop.share(bind="127.0.0.1", port=0, announce=False, limits=Limits(
        max_per_address=3, header_timeout=5.0))
    try:
        port = sharing.service.port
        held = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        time.sleep(0.3)
        extra = _raw(port, b"GET /ping HTTP/1.1\r\nHost: x\r\n\r\n")
        assert extra.startswith(b"HTTP/1.1 503")
        for s in held:
            s.close()
        time.sleep(0.3)
        assert _get(f"http://127.0.0.1:{port}/ping")[0] == 200
    finally:
        sharing.stop()
        host.close()


# --- peers serving bad packages ------------------------------------------------------------

def _tampered(package: Path, out: Path) -> Path:
    """The same signed package with one lesson's bytes changed (manifest and signature
    untouched)."""
    with zipfile.ZipFile(package) as src, zipfile.ZipFile(out, "w") as dst:
        changed = False
        for info in src.infolist():
            data = src.read(info)
            if not changed and info.filename.startswith("lessons/"):
                data = data.replace(b"the", b"THE", 1) + b"\n<!-- evil -->"
                changed = True
            dst.writestr(info, data)
    assert changed
    return out


def _join_evil(ws, url: str) -> None:
    ws.workshop.join(url, "ANYONE")


def test_a_tampered_package_from_a_peer_is_refused(tmp_path: Path,
                                                   signed_package: Path) -> None:
    evil = _tampered(signed_package, tmp_path / "evil.biblio")
    pc = open_ws(tmp_path / "pc")
    try:
        with hostile_peer({f"{COURSE_ID}/1.0.0.biblio": evil}) as url:
            _join_evil(pc, url)
            entry, catalog = find_entry(pc, COURSE_ID)
            with pytest.raises(PackageError):
                pc.downloads.download(entry, catalog_url=catalog, require_signed=True)
        assert pc.list_courses() == []
    finally:
        pc.close()


def test_a_re_signed_or_older_package_from_a_peer_is_refused(
        tmp_path: Path, publisher: Publisher) -> None:
    from biblio_desktop.packages.signing import write_key_pair

    other_key = tmp_path / "mallory.key"
    write_key_pair(other_key)
    v11 = publisher.build(tmp_path / "v11.biblio", version="1.1.0")
    resigned = publisher.build(tmp_path / "v12-mallory.biblio", version="1.2.0", key=other_key)
    v10 = publisher.build(tmp_path / "v10.biblio")
    pc = open_ws(tmp_path / "pc")
    try:
        pc.import_package(v11)  # the publisher's key is pinned now
        with hostile_peer({f"{COURSE_ID}/1.2.0.biblio": resigned}) as url:
            _join_evil(pc, url)
            entry, catalog = find_entry(pc, COURSE_ID)
            with pytest.raises(PackageError, match="key"):
                pc.downloads.download(entry, catalog_url=catalog, require_signed=True)
        with hostile_peer({f"{COURSE_ID}/1.0.0.biblio": v10}) as url:
            _join_evil(pc, url)
            entry, catalog = find_entry(pc, COURSE_ID, "1.0.0")
            with pytest.raises(PackageError, match="older"):
                pc.downloads.download(entry, catalog_url=catalog, require_signed=True)
        assert [c.version for c in pc.list_courses()] == ["1.1.0"]
    finally:
        pc.close()


def test_an_unsigned_package_needs_explicit_consent(tmp_path: Path,
                                                    publisher: Publisher) -> None:
    from biblio_desktop.cli import main

    unsigned = publisher.build(tmp_path / "unsigned.biblio", unsigned=True)
    pc = open_ws(tmp_path / "pc")
    try:
        with hostile_peer({f"{COURSE_ID}/1.0.0.biblio": unsigned}) as url:
            _join_evil(pc, url)
            entry, catalog = find_entry(pc, COURSE_ID)
            with pytest.raises(UnsignedPackage, match="not signed"):
                pc.downloads.download(entry, catalog_url=catalog, require_signed=True)
            assert pc.list_courses() == []
            pc.close()
            data = ["--data-dir", str(tmp_path / "pc")]
            assert main([*data, "download", COURSE_ID]) == 1
            assert main([*data, "download", COURSE_ID, "--accept-unsigned"]) == 0
        pc = open_ws(tmp_path / "pc")
        assert [(c.course_id, c.signed_by) for c in pc.list_courses()] == [(COURSE_ID, None)]
    finally:
        pc.close()
