"""A learner PC's side of a workshop: join a sharing PC, get its courses, deliver to it.

`join(workspace, address, code)` asks the sharing PC for a token with the join code and
stores the peer in `<data>/workshop-peer.json` (readable by the owner only: the token is a
password). The peer's catalog is then added to the catalogs like any internet catalog, so
"Get courses" and `biblio-desktop catalog list` show it ("On this network"); the token is
sent only to that address and port (`PeerAuthHandler`), never to an internet catalog or
a redirect elsewhere, and never stored in a URL. Downloads use the same resumable,
verified downloader and importer as any catalog.

Delivery: the sharing PC is an LRS to this PC's sync (`peer_lrs_config`): the token is the
Basic password, the xAPI base is `http://ADDRESS:PORT/xapi/`. Statements leave this PC's
outbox only once the sharing PC stored them. After each delivery the learners active since
the last one are handed over to the sharing PC too (`Workspace.workshop.deliver`,
handover.py).
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ..atomic_files import write_atomic
from ..errors import BiblioError
from . import protocol as P

PEER_FILE = "workshop-peer.json"
ON_THIS_NETWORK = "On this network"


class JoinError(BiblioError):
    """Joining failed; `reason` is a word the network check and the UI can name."""

    def __init__(self, message: str, hint: str = "", reason: str = "error",
                 wait: float = 0.0) -> None:
        super().__init__(message, hint)
        self.reason = reason
        self.wait = wait


@dataclass(frozen=True)
class JoinedPeer:
    """The sharing PC this PC joined."""

    base_url: str  # http://host:port
    token: str
    name: str
    installation: str

    @property
    def catalog_url(self) -> str:
        return self.base_url + P.CATALOG_PATH

    @property
    def xapi_url(self) -> str:
        return self.base_url + P.XAPI_PREFIX

    def owns(self, url: str) -> bool:
        """True when `url` is on this peer (same scheme, host and port)."""
        a, b = urlsplit(url), urlsplit(self.base_url)
        try:
            return (a.scheme, a.hostname, a.port or 80) == (b.scheme, b.hostname, b.port or 80)
        except ValueError:
            return False

    def __repr__(self) -> str:  # never print the token
        return f"JoinedPeer({self.base_url!r}, name={self.name!r})"


def base_url(address: str, default_port: int = P.DEFAULT_PORT) -> str:
    """`http://host:port` from what a person typed: `192.168.1.20`, `host:8765`,
    `http://host:8765/`, `[fe80::1]:8765`."""
    text = address.strip()
    if not text:
        raise BiblioError("No address was given.", "type the address the facilitator's PC "
                          "shows, e.g. 192.168.1.20:8765")
    if "://" not in text:
        text = "http://" + text
    parts = urlsplit(text)
    try:
        port = parts.port or default_port
    except ValueError as exc:
        raise BiblioError(f"{address!r} has an invalid port.") from exc
    if parts.scheme != "http" or not parts.hostname:
        raise BiblioError(f"{address!r} is not an address of a PC on this network.",
                          "type it as the facilitator's PC shows it, e.g. 192.168.1.20:8765")
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def peer_path(root: Path) -> Path:
    return Path(root) / PEER_FILE


def load_peer(root: Path) -> JoinedPeer | None:
    """The joined peer of a data folder, or None (never joined, left, or an unreadable file)."""
    try:
        data = json.loads(peer_path(root).read_text(encoding="utf-8"))
        return JoinedPeer(str(data["base_url"]), str(data["token"]), str(data["name"]),
                          str(data["installation"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_peer(root: Path, peer: JoinedPeer) -> None:
    write_atomic(peer_path(root), json.dumps({
        "base_url": peer.base_url, "token": peer.token, "name": peer.name,
        "installation": peer.installation}).encode("utf-8"), private=True, mode=0o600)


def _request(url: str, *, data: dict[str, Any] | None = None, token: str | None = None,
             timeout: float = 10.0) -> tuple[int, dict[str, Any], dict[str, str]]:
    """One small JSON request; (status, JSON body or {}, headers). Raises OSError-family
    errors for the network (URLError wraps them)."""
    body = json.dumps(data).encode("utf-8") if data is not None else None
    request = urllib.request.Request(url, data=body, method="POST" if body else "GET")
    request.add_header("Accept", "application/json")
    if body:
        request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # a LAN: no proxy
    try:
        with opener.open(request, timeout=timeout) as resp:
            raw = resp.read(64 * 1024)
            status, headers = resp.status, dict(resp.headers.items())
    except urllib.error.HTTPError as exc:
        raw = exc.read(64 * 1024)
        status, headers = exc.code, dict(exc.headers.items())
        exc.close()
    try:
        parsed = json.loads(raw) if raw else {}
    except ValueError:
        parsed = {}
    return status, parsed if isinstance(parsed, dict) else {}, headers


def ping(url: str, timeout: float = 5.0) -> dict[str, Any]:
    """The sharing PC's discovery answer; raises JoinError("not-biblio") for another
    service and the network's OSError for no answer."""
    try:
        status, data, _ = _request(url + P.PING_PATH, timeout=timeout)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        if isinstance(exc, urllib.error.URLError) and not isinstance(exc.reason, OSError):
            raise JoinError(f"{url} does not answer like a BIBLIO workshop.",
                            reason="not-biblio") from exc
        raise
    if status != 200 or data.get("service") != P.SERVICE:
        raise JoinError(f"{url} answers, but it is not a BIBLIO workshop (another program "
                        "uses that port).", "check the address and port on the facilitator's "
                        "PC", reason="not-biblio")
    return data


def request_token(url: str, code: str, name: str, installation: str,
                  timeout: float = 10.0, *, check_only: bool = False
                  ) -> tuple[str, dict[str, Any]]:
    """POST /join; (token, answer) or JoinError naming the refusal. `check_only` asks
    whether the code is right without joining (throttled all the same; token "")."""
    payload: dict[str, Any] = {"code": code, "name": name, "installation": installation}
    if check_only:
        payload["check"] = True
    status, data, headers = _request(url + P.JOIN_PATH, data=payload, timeout=timeout)
    if status == 200 and (check_only or isinstance(data.get("token"), str)):
        return str(data.get("token", "")), data
    error = data.get("error")
    if error == "wrong-code":
        raise JoinError("The join code is wrong.", "type the code shown on the facilitator's "
                        "PC (letters and digits; case does not matter)", reason="wrong-code",
                        wait=float(headers.get("Retry-After", 0) or 0))
    if error == "wait":
        wait = float(headers.get("Retry-After", 1) or 1)
        raise JoinError(f"Too many wrong codes: wait {wait:.0f} seconds before trying again.",
                        reason="wait", wait=wait)
    if error in ("locked-out", "closed"):
        raise JoinError("This PC is locked out after too many wrong codes.",
                        "ask the facilitator to stop and start sharing again (a new code)",
                        reason="locked-out")
    raise JoinError(f"The sharing PC refused to let this PC join (HTTP {status}: "
                    f"{data.get('message', '')}).", reason="refused")


def join(workspace: Any, address: str, code: str, *, name: str | None = None,
         refresh: bool = True) -> JoinedPeer:
    """Join the workshop at `address` with `code`: store the peer, add its catalog (and
    fetch it unless `refresh` is False). A PC joins one workshop at a time: joining
    another replaces the first (its catalog is removed)."""
    from ..storage.db import unit_of_work
    from ..sync.outbox import installation_uri

    url = base_url(address)
    try:
        info = ping(url)
        with unit_of_work(workspace.sessions) as session:
            installation = installation_uri(session)
        token, answer = request_token(url, code, name or socket.gethostname() or "PC",
                                      installation)
    except (urllib.error.URLError, OSError) as exc:
        raise explain_unreachable(url, exc) from exc
    peer = JoinedPeer(url, token, str(answer.get("name") or info.get("name") or url),
                      str(answer.get("installation", "")))
    old = load_peer(workspace.layout.root)
    save_peer(workspace.layout.root, peer)
    store = workspace.catalogs
    if old is not None and old.catalog_url != peer.catalog_url:
        store.remove(old.catalog_url)
    store.add(peer.catalog_url)
    if refresh:
        store.refresh(peer.catalog_url)
    return peer


def leave(workspace: Any) -> JoinedPeer | None:
    """Forget the joined peer and its catalog (statements already delivered stay there).
    `Workspace.workshop.leave` also keeps the workshop PC's cohorts, as this PC's own."""
    peer = load_peer(workspace.layout.root)
    if peer is None:
        return None
    workspace.catalogs.remove(peer.catalog_url)
    peer_path(workspace.layout.root).unlink(missing_ok=True)
    return peer


def explain_unreachable(url: str, exc: BaseException) -> BiblioError:
    """A network failure of a join or a delivery, named like the network check names it."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    host = urlsplit(url).hostname or url
    if isinstance(reason, ConnectionRefusedError):
        return JoinError(f"The PC at {host} refuses connections on that port: the facilitator "
                         "is not sharing, or a firewall blocks the port.",
                         "ask the facilitator to start sharing; run 'biblio-desktop join "
                         f"--check {url}'", reason="port-closed")
    if isinstance(reason, socket.gaierror):
        return JoinError(f"The name {host} cannot be found on this network.",
                         "type the address as numbers, as the facilitator's PC shows it",
                         reason="bad-address")
    return JoinError(f"The PC at {host} does not answer ({reason}).",
                     f"check both PCs are on the same network; run 'biblio-desktop join "
                     f"--check {url}'", reason="unreachable")


class PeerAuthHandler(urllib.request.BaseHandler):
    """Adds the peer's token to requests for the peer's own address and port only."""

    handler_order = 100

    def __init__(self, peer: JoinedPeer) -> None:
        self.peer = peer

    def http_request(self, request: urllib.request.Request) -> urllib.request.Request:
        if self.peer.owns(request.full_url):
            request.add_unredirected_header("Authorization", f"Bearer {self.peer.token}")
        return request


class PeerProxyBypass(urllib.request.ProxyHandler):
    """The environment's proxies for the internet, never for the workshop PC: a proxy
    cannot reach a PC on the branch's own network, so catalog and package requests to the
    joined peer go direct (join, ping and the network check already do)."""

    def __init__(self, peer: JoinedPeer) -> None:
        super().__init__()  # http_proxy / https_proxy / no_proxy from the environment
        self.peer = peer

    def proxy_open(self, req: urllib.request.Request, proxy: str,
                   type: str) -> Any:
        if self.peer.owns(req.full_url):
            return None  # the next handler (plain HTTP) connects directly
        return super().proxy_open(req, proxy, type)


def url_handlers(root: Path) -> tuple[urllib.request.BaseHandler, ...]:
    """urllib handlers the catalogs and downloads of a data folder need: the token for the
    joined peer's address, and no proxy for it (none of this when not joined)."""
    peer = load_peer(root)
    return (PeerAuthHandler(peer), PeerProxyBypass(peer)) if peer is not None else ()


def peer_lrs_config(root: Path) -> Any:
    """The joined peer as the LRS this PC's sync delivers to (or None when not joined)."""
    from ..sync.lrs import LrsConfig

    peer = load_peer(root)
    if peer is None:
        return None
    return LrsConfig(peer.xapi_url, "workshop", peer.token, timeout=15.0)


def deliver(workspace: Any, *, due_only: bool = False, **kwargs: Any) -> Any:
    """Deliver this PC's waiting statements to the joined peer (sync.lrs.sync): called by
    `biblio-desktop sync` when joined, and by the app on a timer. Raises BiblioError when
    not joined, SyncError when the peer cannot be reached (statements stay waiting)."""
    from ..sync.lrs import sync

    config = peer_lrs_config(workspace.layout.root)
    if config is None:
        raise BiblioError("This PC has not joined a workshop.",
                          "join one with: biblio-desktop join ADDRESS CODE")
    return sync(workspace, config, due_only=due_only, **kwargs)
