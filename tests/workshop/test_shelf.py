"""What a sharing PC offers: kept packages, served whole or in ranges, by id and version."""

from __future__ import annotations

import hashlib
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from biblio_desktop.errors import AlreadyInstalled
from biblio_desktop.installation.kept import kept_package_path
from biblio_desktop.workshop.client import request_token

from ..core.course_fixtures import COURSE_ID
from .conftest import Room, open_ws

INSTALLATION = "urn:uuid:11111111-2222-3333-4444-555555555555"


def test_an_import_keeps_the_package_and_an_old_import_becomes_shareable(
        tmp_path: Path, signed_package: Path) -> None:
    ws = open_ws(tmp_path / "data")
    try:
        ws.import_package(signed_package)
        kept = kept_package_path(ws.layout, COURSE_ID, "1.0.0")
        assert kept.read_bytes() == signed_package.read_bytes()
        kept.unlink()  # as if imported before packages were kept
        shared, not_shared = ws.workshop.shelf()
        assert shared == [] and "import the same .biblio file again" in not_shared[0].reason
        with pytest.raises(AlreadyInstalled):
            ws.import_package(signed_package)
        shared, not_shared = ws.workshop.shelf()
        assert [(p.course_id, p.version) for p in shared] == [(COURSE_ID, "1.0.0")]
        assert not_shared == []
        assert not any(p.name.endswith(".tmp") for p in kept.parent.iterdir())
    finally:
        ws.close()


def _get(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers),
                                    timeout=5) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers.items()), exc.read()


def test_packages_are_served_whole_and_in_ranges(room: Room, signed_package: Path) -> None:
    token, _ = request_token(room.url, room.sharing.code, "Desk", INSTALLATION)
    url = f"{room.url}/packages/{COURSE_ID}/1.0.0.biblio"
    data = signed_package.read_bytes()
    auth = {"Authorization": f"Bearer {token}"}
    status, headers, body = _get(url, auth)
    etag = f'"{hashlib.sha256(data).hexdigest()}"'
    assert status == 200 and body == data and headers["ETag"] == etag
    assert headers["Accept-Ranges"] == "bytes"
    status, headers, body = _get(url, {**auth, "Range": "bytes=100-", "If-Range": etag})
    assert status == 206 and body == data[100:]
    assert headers["Content-Range"] == f"bytes 100-{len(data) - 1}/{len(data)}"
    status, _, body = _get(url, {**auth, "Range": "bytes=10-19"})
    assert status == 206 and body == data[10:20]
    status, _, body = _get(url, {**auth, "Range": "bytes=100-", "If-Range": '"old"'})
    assert status == 200 and body == data  # changed since: the whole file, never a mix
    status, headers, _ = _get(url, {**auth, "Range": f"bytes={len(data)}-"})
    assert status == 416 and headers["Content-Range"] == f"bytes */{len(data)}"
    assert _get(f"{room.url}/packages/{COURSE_ID}/9.9.9.biblio", auth)[0] == 404
