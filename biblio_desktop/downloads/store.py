"""Configured catalog URLs and their last fetched copies (CatalogRow), for offline browsing.

Refreshing is the only network use here, and only when the user (or the UI on their
behalf) asks for it: a conditional GET (If-None-Match) of each catalog and of its optional
detached signature `catalog.json.sig`. A catalog that fails to download, parse or verify
leaves the previous copy in place; the error is kept in `last_error`.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import json
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import select

from .. import clock
from ..installation.trust import ShippedKey, expected_key, load_shipped_keys
from ..packages.signing import PublisherKey, key_id_for
from ..storage.db import unit_of_work
from ..storage.models import CatalogRow, CourseRow, SettingRow
from .catalog import (
    MAX_CATALOG_BYTES,
    MAX_SIGNATURE_BYTES,
    Catalog,
    CatalogError,
    CatalogUnreachable,
    check_catalog_signer,
    check_url,
    parse_catalog,
    verify_catalog_signature,
)
from .downloader import USER_AGENT

if TYPE_CHECKING:
    from .library import DownloadLibrary

SIGNATURE_SUFFIX = ".sig"


@dataclass(frozen=True)
class CatalogSource:
    url: str
    added_at: datetime
    fetched_at: datetime | None
    last_error: str | None
    package_count: int
    signed_by: str | None


@dataclass(frozen=True)
class RefreshResult:
    url: str
    status: str  # "updated" | "unchanged" | "failed"
    error: str | None = None
    package_count: int = 0
    unreachable: bool = False  # failed for want of a connection (CatalogUnreachable)


def _now() -> datetime:
    return clock.utc_now()


def _pin_key(url: str) -> str:
    return "catalog-key:" + hashlib.sha256(url.encode("utf-8")).hexdigest()[:40]


class CatalogStore:
    """Catalog URLs of one workspace: add, remove, refresh, read cached copies."""

    def __init__(self, workspace: DownloadLibrary, *, timeout: float = 30.0,
                 opener: urllib.request.OpenerDirector | None = None,
                 shipped_keys: tuple[ShippedKey, ...] | None = None) -> None:
        self.workspace = workspace
        self.timeout = timeout
        # `url_handlers`: e.g. the token of a joined workshop PC, sent to its address only
        handlers = getattr(workspace, "url_handlers", lambda: ())()
        self.opener = opener or urllib.request.build_opener(*handlers)
        self.shipped = load_shipped_keys() if shipped_keys is None else shipped_keys

    # --- configuration -------------------------------------------------------------------

    def add(self, url: str) -> bool:
        """Remember a catalog URL; False if it was already there."""
        url = check_url(url.strip())
        with unit_of_work(self.workspace.sessions) as session:
            if session.get(CatalogRow, url) is not None:
                return False
            session.add(CatalogRow(url=url, added_at=_now()))
        return True

    def remove(self, url: str) -> bool:
        with unit_of_work(self.workspace.sessions) as session:
            row = session.get(CatalogRow, url)
            if row is None:
                return False
            session.delete(row)
            pin = session.get(SettingRow, _pin_key(url))
            if pin is not None:
                session.delete(pin)
        return True

    def sources(self) -> list[CatalogSource]:
        with self.workspace.sessions() as session:
            rows = session.scalars(select(CatalogRow).order_by(CatalogRow.added_at)).all()
            out = []
            for row in rows:
                count = 0
                if row.catalog_json:
                    with contextlib.suppress(CatalogError):
                        count = len(parse_catalog(row.catalog_json.encode("utf-8"),
                                                  row.url).packages)
                pin = self._pinned(session, row.url)
                out.append(CatalogSource(row.url, row.added_at, row.fetched_at, row.last_error,
                                         count, pin.key_id if pin else None))
        return out

    def cached(self) -> list[Catalog]:
        """The last good copy of every catalog (no network)."""
        catalogs = []
        with self.workspace.sessions() as session:
            for row in session.scalars(select(CatalogRow).order_by(CatalogRow.added_at)):
                if not row.catalog_json:
                    continue
                pin = self._pinned(session, row.url)
                try:
                    catalogs.append(parse_catalog(row.catalog_json.encode("utf-8"), row.url,
                                                  pin.key_id if pin else None))
                except CatalogError:
                    continue
        return catalogs

    # --- network -------------------------------------------------------------------------

    def refresh(self, url: str | None = None) -> list[RefreshResult]:
        """Fetch every catalog (or one); a failure keeps the old copy and is reported."""
        with self.workspace.sessions() as session:
            rows = session.scalars(select(CatalogRow).order_by(CatalogRow.added_at)).all()
            targets = [(r.url, r.etag if r.catalog_json else None) for r in rows
                       if url is None or r.url == url]
        if url is not None and not targets:
            raise CatalogError(f"No catalog {url} is configured.",
                               "add it with: biblio-desktop catalog add URL")
        return [self._refresh_one(u, etag) for u, etag in targets]

    def _get(self, url: str, etag: str | None, limit: int) -> tuple[int, bytes, str | None]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
        if etag:
            headers["If-None-Match"] = etag
        request = urllib.request.Request(url, headers=headers)
        try:
            with self.opener.open(request, timeout=self.timeout) as resp:
                body = resp.read(limit + 1)
                if len(body) > limit:
                    raise CatalogError(f"{url} is larger than {limit // 1024} KiB; it is not a "
                                       "course catalog.")
                return resp.status, body, resp.headers.get("ETag")
        except urllib.error.HTTPError as exc:
            exc.close()
            return exc.code, b"", None
        except urllib.error.URLError as exc:
            raise CatalogUnreachable(f"Cannot reach {url} ({exc.reason}).",
                                     "check the connection; the last copy is kept") from exc
        except OSError as exc:  # reset, timed out while reading, ...
            raise CatalogUnreachable(f"Cannot fetch {url} ({exc}).",
                                     "check the connection; the last copy is kept") from exc
        except ValueError as exc:  # not a URL urllib can fetch
            raise CatalogError(f"Cannot fetch {url} ({exc}).",
                               "check the address; the last copy is kept") from exc

    def _pinned(self, session: object, url: str) -> PublisherKey | None:
        row = session.get(SettingRow, _pin_key(url))  # type: ignore[attr-defined]
        if row is None:
            return None
        data = json.loads(row.value_json)
        raw = base64.b64decode(data["public_key"])
        return PublisherKey(key_id_for(raw), raw)

    def _refresh_one(self, url: str, etag: str | None) -> RefreshResult:
        try:
            status, body, new_etag = self._get(url, etag, MAX_CATALOG_BYTES)
            if status == 304:
                with unit_of_work(self.workspace.sessions) as session:
                    row = session.get(CatalogRow, url)
                    if row is not None:
                        row.fetched_at, row.last_error = _now(), None
                return RefreshResult(url, "unchanged")
            if status != 200:
                raise CatalogError(f"The server answered HTTP {status} for {url}.",
                                   "check the address; the last copy is kept")
            catalog = parse_catalog(body, url)
            sig_status, sig, _ = self._get(url + SIGNATURE_SUFFIX, None, MAX_SIGNATURE_BYTES)
            signer = None
            if sig_status == 200:
                signer = verify_catalog_signature(body, sig).key
            elif sig_status not in (404, 410):
                raise CatalogError(f"The catalog signature {url}{SIGNATURE_SUFFIX} could not be "
                                   f"fetched (HTTP {sig_status}).", "try again later")
            with unit_of_work(self.workspace.sessions) as session:
                pinned = self._pinned(session, url)
                expected = {}
                for course_id in {p.id for p in catalog.packages}:
                    course = session.get(CourseRow, course_id)
                    pin = (PublisherKey(course.pinned_key_id, course.pinned_public_key)
                           if course is not None and course.pinned_key_id
                           and course.pinned_public_key else None)
                    key = expected_key(course_id, pin, self.shipped)
                    if key is not None:
                        expected[course_id] = key
                check_catalog_signer(catalog, signer, expected, pinned)
                row = session.get(CatalogRow, url)
                if row is None:  # removed meanwhile
                    return RefreshResult(url, "failed", "The catalog was removed.")
                row.catalog_json = body.decode("utf-8")
                row.etag = new_etag if new_etag and len(new_etag) <= 200 else None
                row.fetched_at, row.last_error = _now(), None
                if signer is not None and pinned is None:
                    session.add(SettingRow(key=_pin_key(url), value_json=json.dumps(
                        {"url": url, "key_id": signer.key_id,
                         "public_key": base64.b64encode(signer.public_key).decode("ascii")})))
            return RefreshResult(url, "updated", package_count=len(catalog.packages))
        except CatalogError as exc:
            with unit_of_work(self.workspace.sessions) as session:
                row = session.get(CatalogRow, url)
                if row is not None:
                    row.last_error = str(exc)
            return RefreshResult(url, "failed", str(exc),
                                 unreachable=isinstance(exc, CatalogUnreachable))
