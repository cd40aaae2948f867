"""The network check: what stands between this PC and a sharing PC, in plain words.

`check(address, code=None)` walks the path a join takes and stops at the first thing that
fails: this PC has no network; the address does not answer (off, another network, or a
firewall dropping it); the port is closed (the facilitator is not sharing, or a firewall
refuses it); something else answers on that port; the code is wrong; this PC is locked
out. Kolibri's users meet each of these (discovery failing behind firewalls and on VMs), so
each gets its own sentence and what to do.
"""

from __future__ import annotations

import errno
import ipaddress
import socket
import urllib.error
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from ..errors import BiblioError
from .client import JoinError, base_url, ping, request_token


@dataclass(frozen=True)
class Diagnosis:
    """`reason`: ok | no-network | bad-address | unreachable | port-closed | not-biblio |
    wrong-code | wait | locked-out | refused; `steps`: what was checked, in order."""

    reason: str
    message: str
    hint: str = ""
    steps: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.reason == "ok"


def local_addresses() -> list[str]:
    """This PC's network addresses other than loopback (via ifaddr, zeroconf's helper)."""
    try:
        import ifaddr
    except ImportError:  # pragma: no cover - a dependency of zeroconf
        return []
    found = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            text = ip.ip if isinstance(ip.ip, str) else ip.ip[0]
            try:
                parsed = ipaddress.ip_address(text.split("%")[0])
            except ValueError:
                continue
            if not parsed.is_loopback and not parsed.is_link_local:
                found.append(str(parsed))
    return found


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def _connect(host: str, port: int, timeout: float) -> str | None:
    """None when a TCP connection opens; else a reason."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        return "bad-address"
    result = "unreachable"
    for family, kind, proto, _name, sockaddr in infos:
        with socket.socket(family, kind, proto) as s:
            s.settimeout(timeout)
            try:
                s.connect(sockaddr)
                return None
            except ConnectionRefusedError:
                result = "port-closed"
            except OSError as exc:
                if exc.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.EADDRNOTAVAIL):
                    result = "unreachable"
    return result


def check(address: str, code: str | None = None, *, timeout: float = 4.0,
          name: str = "network check", installation: str = "urn:uuid:"
          "00000000-0000-0000-0000-000000000000") -> Diagnosis:
    """Diagnose the way to the sharing PC at `address` (and the code, if given: checked
    without joining, throttled like a join)."""
    steps: list[str] = []
    try:
        url = base_url(address)
    except BiblioError as exc:
        return Diagnosis("bad-address", exc.message, exc.hint, ())
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 80
    if not _is_loopback(host):
        mine = local_addresses()
        if not mine:
            return Diagnosis("no-network", "This PC is not connected to any network (no "
                             "network card has an address).", "connect the cable or Wi-Fi "
                             "and try again", ("network: none",))
        steps.append(f"this PC's addresses: {', '.join(mine[:4])}")
    problem = _connect(host, port, timeout)
    if problem == "bad-address":
        return Diagnosis(problem, f"The name {host} cannot be found on this network.",
                         "type the address as numbers, as the facilitator's PC shows it",
                         tuple(steps))
    if problem == "port-closed":
        steps.append(f"{host}: answers, port {port} closed")
        return Diagnosis(problem, f"The PC at {host} is there, but nothing listens on port "
                         f"{port}: the facilitator is not sharing, or a firewall on that PC "
                         "refuses the port.", "ask the facilitator to start sharing (and to "
                         f"allow port {port} in the firewall)", tuple(steps))
    if problem == "unreachable":
        steps.append(f"{host}: no answer on port {port}")
        return Diagnosis(problem, f"The PC at {host} does not answer: it is off, on another "
                         "network (guest Wi-Fi is often kept apart), or a firewall drops the "
                         "connection.", "check both PCs are on the same network and that "
                         f"port {port} is allowed on the facilitator's PC", tuple(steps))
    steps.append(f"{host}: port {port} open")
    try:
        info = ping(url, timeout=timeout)
    except JoinError as exc:
        return Diagnosis("not-biblio", exc.message, exc.hint, tuple(steps))
    except (urllib.error.URLError, OSError) as exc:
        return Diagnosis("not-biblio", f"Port {port} of {host} answers, but not like a "
                         f"BIBLIO workshop ({exc}).", "check the port number", tuple(steps))
    steps.append(f"BIBLIO workshop: {info.get('name', '?')}")
    if code is None:
        return Diagnosis("ok", f"The workshop {info.get('name', '')!s} at {url} can be "
                         "reached.", "join it with the code shown on the facilitator's PC",
                         tuple(steps))
    try:
        request_token(url, code, name, installation, timeout=timeout, check_only=True)
    except JoinError as exc:
        return Diagnosis(exc.reason, exc.message, exc.hint, tuple(steps))
    except (urllib.error.URLError, OSError) as exc:
        return Diagnosis("unreachable", f"The connection broke while checking the code "
                         f"({exc}).", "try again", tuple(steps))
    steps.append("join code: right")
    return Diagnosis("ok", f"Everything works: the workshop {info.get('name', '')!s} at {url} "
                     "accepts this code.", "join with: biblio-desktop join "
                     f"{url} CODE", tuple(steps))
