"""The PCs that joined this PC's workshop, and their bearer tokens (sharing side).

A token is 32 random bytes handed out once, at join; only its SHA-256 is stored, so the
database (or a backup of it) does not hand out access. Joining again from the same
installation replaces its token. The facilitator removes a PC (`peers remove`): its token
stops working within a second, also for a server running in another process, because
tokens are looked up in the database with a one-second cache.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..errors import BiblioError
from ..storage.db import unit_of_work
from ..storage.models import WorkshopPeerRow
from .record_check import forget_record_key

NAME_MAX = 60
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_INSTALLATION_RE = re.compile(r"^(urn:uuid:[0-9a-f-]{36}|did:key:z[1-9A-HJ-NP-Za-km-z]{20,100})$")
CACHE_SECONDS = 1.0


@dataclass(frozen=True)
class Peer:
    """A joined PC as the facilitator sees it."""

    installation: str
    name: str
    address: str | None
    joined_at: datetime
    last_seen_at: datetime | None
    removed: bool


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def clean_name(name: object) -> str:
    """A PC's name as it is shown: printable, at most 60 characters."""
    if not isinstance(name, str):
        raise BiblioError("The PC's name is missing.")
    text = " ".join(_CONTROL.sub("", name).split())[:NAME_MAX]
    if not text:
        raise BiblioError("The PC's name is empty.")
    return text


def check_installation(value: object) -> str:
    if not isinstance(value, str) or not _INSTALLATION_RE.match(value):
        raise BiblioError("The PC's installation id is not valid.")
    return value


def _peer(row: WorkshopPeerRow) -> Peer:
    return Peer(row.installation, row.name, row.address, row.joined_at, row.last_seen_at,
                row.removed_at is not None)


class PeerRegistry:
    """Joined PCs of one data folder; thread-safe for the server's request threads."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self.sessions = sessions
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[float, str | None]] = {}  # token hash -> (when, peer)
        self._seen: dict[str, tuple[datetime, str]] = {}  # installation -> (when, address)

    def join(self, installation: str, name: str, address: str) -> tuple[Peer, str]:
        """Admit a PC (its code was right): a new token, replacing any earlier one."""
        installation = check_installation(installation)
        name = clean_name(name)
        token = secrets.token_urlsafe(32)
        now = clock.utc_now()
        with unit_of_work(self.sessions) as session:
            row = session.get(WorkshopPeerRow, installation)
            if row is None:
                row = WorkshopPeerRow(installation=installation, joined_at=now)
                session.add(row)
            row.name, row.address, row.token_sha256 = name, address[:64], token_hash(token)
            row.joined_at, row.last_seen_at, row.removed_at = now, now, None
            session.flush()
            peer = _peer(row)
        with self._lock:
            self._cache.clear()
        return peer, token

    def authenticate(self, token: str, address: str) -> str | None:
        """The installation id a token belongs to, or None (unknown or removed)."""
        if not token or len(token) > 200:
            return None
        digest = token_hash(token)
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(digest)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            installation = hit[1]
        else:
            with self.sessions() as session:
                row = session.scalars(select(WorkshopPeerRow).where(
                    WorkshopPeerRow.token_sha256 == digest,
                    WorkshopPeerRow.removed_at.is_(None))).first()
                installation = row.installation if row is not None else None
            with self._lock:
                if len(self._cache) > 10_000:
                    self._cache.clear()
                self._cache[digest] = (now, installation)
        if installation is not None:
            with self._lock:
                self._seen[installation] = (clock.utc_now(), address)
        return installation

    def flush_seen(self) -> None:
        """Store when each PC was last seen (batched: not one write per request)."""
        with self._lock:
            seen, self._seen = self._seen, {}
        if not seen:
            return
        with unit_of_work(self.sessions) as session:
            for installation, (when, address) in seen.items():
                row = session.get(WorkshopPeerRow, installation)
                if row is not None:
                    row.last_seen_at, row.address = when, address[:64]

    def list(self, *, include_removed: bool = False) -> list[Peer]:
        with self.sessions() as session:
            query = select(WorkshopPeerRow).order_by(WorkshopPeerRow.joined_at)
            if not include_removed:
                query = query.where(WorkshopPeerRow.removed_at.is_(None))
            return [_peer(r) for r in session.scalars(query)]

    def name_of(self, installation: str) -> str | None:
        with self.sessions() as session:
            row = session.get(WorkshopPeerRow, installation)
            return row.name if row is not None else None

    def remove(self, which: str) -> Peer:
        """Revoke a PC's token, by installation id or by name (unique, case-insensitive).
        What it delivered before stays; it can join again only with the current code, and
        the key its records were signed with is then learnt anew (record_check.py)."""
        with unit_of_work(self.sessions) as session:
            rows = session.scalars(select(WorkshopPeerRow).where(
                WorkshopPeerRow.removed_at.is_(None))).all()
            found = [r for r in rows if r.installation == which] or [
                r for r in rows if r.name.casefold() == which.casefold()]
            if not found:
                raise BiblioError(f"No joined PC is called {which!r}.",
                                  "see 'biblio-desktop peers'")
            if len(found) > 1:
                raise BiblioError(f"Several joined PCs are called {which!r}.",
                                  "give the installation id shown by 'biblio-desktop peers'")
            found[0].removed_at = clock.utc_now()
            # its records' key is learnt anew when it joins again (a key made anew)
            forget_record_key(session, found[0].installation)
            session.flush()
            peer = _peer(found[0])
        with self._lock:
            self._cache.clear()
        return peer
