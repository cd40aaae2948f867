"""Finding sharing PCs with DNS-SD over multicast DNS (python-zeroconf).

The sharing PC announces `_biblio-workshop._tcp` with its instance name and port in the TXT
record, never the token or the code. Discovery is a convenience: guest Wi-Fi, VMs and
firewalls often block multicast (Kolibri's issues #9594, #6724), so the address and code
typed by hand always work too, and the network check says what is in the way.

`interfaces` limits the network cards used (tests use ["127.0.0.1"]); None means all.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

from .protocol import PROTOCOL_VERSION, SERVICE_TYPE


@dataclass(frozen=True)
class FoundWorkshop:
    name: str
    address: str
    port: int

    @property
    def url(self) -> str:
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"http://{host}:{self.port}"


def _zeroconf(interfaces: list[str] | None) -> Any:
    from zeroconf import InterfaceChoice, IPVersion, Zeroconf

    if interfaces:
        return Zeroconf(interfaces=interfaces, ip_version=IPVersion.V4Only)
    return Zeroconf(interfaces=InterfaceChoice.All, ip_version=IPVersion.V4Only)


def _instance(name: str) -> str:
    clean = "".join(c for c in name if c.isprintable() and c not in ".\\")[:50].strip()
    return clean or "BIBLIO workshop"


class Announcement:
    """The sharing PC's DNS-SD registration while it shares; `close()` withdraws it."""

    def __init__(self, name: str, port: int, addresses: list[str],
                 interfaces: list[str] | None = None) -> None:
        from zeroconf import ServiceInfo

        self._zc = _zeroconf(interfaces)
        instance = _instance(name)
        self.info = ServiceInfo(
            SERVICE_TYPE, f"{instance}.{SERVICE_TYPE}",
            addresses=[socket.inet_aton(a) for a in addresses], port=port,
            properties={"name": name[:100], "v": str(PROTOCOL_VERSION)},
            server=f"biblio-{socket.gethostname().split('.')[0][:40] or 'pc'}.local.")
        self._zc.register_service(self.info, allow_name_change=True)

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._zc.unregister_service(self.info)
        self._zc.close()


def browse(seconds: float = 3.0, interfaces: list[str] | None = None) -> list[FoundWorkshop]:
    """Sharing PCs that answer within `seconds` (an empty list when multicast is blocked)."""
    from zeroconf import ServiceBrowser, ServiceStateChange

    zc = _zeroconf(interfaces)
    names: set[str] = set()
    lock = threading.Lock()

    def on_change(zeroconf: Any, service_type: str, name: str,
                  state_change: ServiceStateChange) -> None:
        if state_change is not ServiceStateChange.Removed:
            with lock:
                names.add(name)

    found: dict[tuple[str, int], FoundWorkshop] = {}
    try:
        browser = ServiceBrowser(zc, SERVICE_TYPE, handlers=[on_change])
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            time.sleep(0.1)
            with lock:
                pending = list(names)
            for name in pending:
                info = zc.get_service_info(SERVICE_TYPE, name, timeout=1000)
                if info is None or not info.port:
                    continue
                props = {k.decode(errors="replace"): (v or b"").decode(errors="replace")
                         for k, v in (info.properties or {}).items()}
                for address in info.parsed_addresses():
                    found[(address, info.port)] = FoundWorkshop(
                        props.get("name") or name.removesuffix("." + SERVICE_TYPE),
                        address, int(info.port))
            if found and time.monotonic() > deadline - seconds / 2:
                break
        browser.cancel()
    finally:
        zc.close()
    return sorted(found.values(), key=lambda f: (f.name, f.address))


def shareable_addresses(bind: str) -> list[str]:
    """The IPv4 addresses a service bound to `bind` is reachable at (for the announcement
    and for what the facilitator's PC shows)."""
    if bind not in ("0.0.0.0", ""):
        return [bind]
    from .check import local_addresses

    found = [a for a in local_addresses() if ":" not in a]
    return found or ["127.0.0.1"]
