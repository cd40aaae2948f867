"""The network check names each thing that can stand in the way, in plain words."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from biblio_desktop.cli import main
from biblio_desktop.workshop import check as check_module
from biblio_desktop.workshop import codes
from biblio_desktop.workshop.check import check

from ..core.lrs_fixture import free_port
from .conftest import Room


def test_a_sharing_pc_and_its_code_check_out(room: Room, capsys) -> None:
    result = check(room.url)
    assert result.ok and "can be reached" in result.message
    result = check(room.url, room.sharing.code)
    assert result.ok and result.steps[-1] == "join code: right"
    assert room.host.workshop.peers() == []  # checking is not joining
    assert main(["join", "--check", room.url, room.sharing.code]) == 0
    assert "ok: Everything works" in capsys.readouterr().out


def test_wrong_code_then_wait_then_locked_out(room: Room, capsys) -> None:
    assert check(room.url, "XXXXXX").reason == "wrong-code"
    for _ in range(codes.FREE_TRIES - 1):
        check(room.url, "XXXXXX")
    assert check(room.url, room.sharing.code).reason == "wait"
    room.sharing.service.gate._failures["127.0.0.1"] = codes.LOCKOUT_AFTER
    result = check(room.url, room.sharing.code)
    assert result.reason == "locked-out" and "start sharing again" in result.hint
    assert main(["join", "--check", room.url, "XXXXXX"]) == 1
    assert "error: This PC is locked out" in capsys.readouterr().err


def test_port_closed_means_not_sharing_or_a_firewall() -> None:
    result = check(f"127.0.0.1:{free_port()}")
    assert result.reason == "port-closed"
    assert "not sharing" in result.message and "firewall" in result.message


def test_another_program_on_the_port_is_not_a_workshop() -> None:
    class Other(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "5")
            self.end_headers()
            self.wfile.write(b"hello")

        def log_message(self, *_a: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), Other)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        result = check(f"127.0.0.1:{server.server_address[1]}")
        assert result.reason == "not-biblio" and "not a BIBLIO workshop" in result.message
    finally:
        server.shutdown()
        server.server_close()
    with socket.socket() as silent:  # accepts, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        result = check(f"127.0.0.1:{silent.getsockname()[1]}", timeout=0.5)
        assert result.reason == "not-biblio"


def test_no_network_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_module, "local_addresses", lambda: [])
    result = check("192.168.1.20:8765")
    assert result.reason == "no-network" and "not connected to any network" in result.message


class _Silent(socket.socket):
    """A socket whose connection attempts time out, like a PC that is off or a firewall
    that drops packets (real networks differ: this sandbox refuses TEST-NET addresses)."""

    def connect(self, address: object) -> None:
        raise TimeoutError("timed out")


class _SilentNetwork:
    getaddrinfo = staticmethod(socket.getaddrinfo)
    SOCK_STREAM = socket.SOCK_STREAM
    gaierror = socket.gaierror
    socket = _Silent


def test_an_address_that_does_not_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(check_module, "local_addresses", lambda: ["10.0.0.5"])
    monkeypatch.setattr(check_module, "socket", _SilentNetwork)
    result = check("192.0.2.1:8765", timeout=0.5)  # TEST-NET-1: nobody is there
    assert result.reason == "unreachable"
    assert "does not answer" in result.message and "same network" in result.hint


def test_a_name_that_does_not_resolve_and_a_bad_address() -> None:
    assert check("no-such-pc.invalid:8765", timeout=1).reason == "bad-address"
    assert check("ftp://x").reason == "bad-address"
    assert check("").reason == "bad-address"
