"""catalog.json: strict parsing, signatures, refresh with ETag, cached offline copy, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio_desktop.cli import main
from biblio_desktop.downloads import CatalogError, CatalogStore, catalog_listing, parse_catalog
from biblio_desktop.packages.signing import load_private_key, sign_manifest, write_key_pair
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .http_fixture import FileServer, build_course_versions, catalog_bytes, entry_for

BASE = "https://example.org/biblio/catalog.json"
GOOD = {"id": "eu.biblio-project.x", "version": "1.2.0", "title": {"en": "X", "lv": "X lv"},
        "description": {"en": "d"}, "languages": ["en", "lv"], "size": 10, "sha256": "A" * 64,
        "url": "packages/x-1.2.0.biblio", "new_in_v2": {"a": [1]}}


def _raw(**changes: object) -> bytes:
    entry = {**GOOD, **changes}
    entry = {k: v for k, v in entry.items() if v is not None}
    return json.dumps({"format_version": 1, "publisher": {"name": "P"}, "packages": [entry],
                       "mirrors": ["ignored"]}).encode()


def test_parse_good_catalog_resolves_relative_urls() -> None:
    catalog = parse_catalog(_raw(), BASE)
    (entry,) = catalog.packages
    assert entry.url == "https://example.org/biblio/packages/x-1.2.0.biblio"
    assert entry.sha256 == "a" * 64 and entry.languages == ("en", "lv")
    assert entry.text(entry.title, "lv") == "X lv" and catalog.publisher == "P"
    assert catalog.find("eu.biblio-project.x") == entry
    assert parse_catalog(_raw(url="//cdn.example.net/x.biblio"), BASE).packages[0].url == \
        "https://cdn.example.net/x.biblio"


@pytest.mark.parametrize(("change", "message"), [
    ({"url": "file:///etc/passwd"}, "does not start with http"),
    ({"url": "ftp://example.org/x.biblio"}, "does not start with http"),
    ({"url": "javascript:alert(1)"}, "does not start with http"),
    ({"url": None}, "no url"),
    ({"id": "../evil"}, "no valid id"),
    ({"version": "1.2"}, "no valid version"),
    ({"size": "10"}, "no valid size"),
    ({"size": True}, "no valid size"),
    ({"size": -1}, "no valid size"),
    ({"sha256": "xyz"}, "no valid sha256"),
    ({"languages": []}, "languages"),
    ({"title": {"english": "X"}}, "not a language code"),
    ({"title": None}, "title"),
    ({"publisher_key_id": "nothex"}, "publisher_key_id"),
])
def test_parse_rejects_bad_entries(change: dict[str, object], message: str) -> None:
    with pytest.raises(CatalogError, match=message):
        parse_catalog(_raw(**change), BASE)


def test_parse_rejects_bad_documents() -> None:
    for raw, message in [
        (b"[1]", "not a JSON object"),
        (b"{", "not valid JSON"),
        (b"\xff", "not UTF-8"),
        (b'{"format_version": 2}', "format version 2"),
        (b'{"format_version": 1, "publisher": {"name": "P"}, "packages": {}}', "no list"),
        (b"[" * 100 + b"]" * 100, "nested deeper"),
        (b'{"a": NaN}', "not valid JSON"),
        (b" " * (4 * 1024 * 1024 + 1), "larger than"),
    ]:
        with pytest.raises(CatalogError, match=message):
            parse_catalog(raw, BASE)
    doubled = json.dumps({"format_version": 1, "publisher": {"name": "P"},
                          "packages": [GOOD, GOOD]}).encode()
    with pytest.raises(CatalogError, match="twice"):
        parse_catalog(doubled, BASE)


def test_store_rejects_non_web_addresses(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "data") as ws:
        for url in ("file:///tmp/catalog.json", "catalog.json", "http://", "https://a b/c"):
            with pytest.raises(CatalogError):
                CatalogStore(ws).add(url)


def test_refresh_etag_signature_and_offline_copy(tmp_path: Path) -> None:
    key = tmp_path / "pub.key"
    write_key_pair(key)
    private = load_private_key(key)
    raw = _raw()
    with FileServer() as server, Workspace.open(tmp_path / "data") as ws:
        url = server.url("/catalog.json")
        server.add("/catalog.json", raw)
        server.add("/catalog.json.sig", sign_manifest(raw, private))
        store = CatalogStore(ws)
        assert store.add(url) and not store.add(url)
        assert [r.status for r in store.refresh()] == ["updated"]
        (source,) = store.sources()
        assert source.signed_by and source.package_count == 1
        # unchanged: a conditional GET answered 304
        assert [r.status for r in store.refresh()] == ["unchanged"]
        assert server.requests("/catalog.json")[-1].status == 304

        # a tampered copy (signature no longer matches) is refused; the old copy stays
        tampered = _raw(version="9.9.9")
        server.add("/catalog.json", tampered)
        (result,) = store.refresh()
        assert result.status == "failed" and "does not match" in (result.error or "")
        assert not result.unreachable  # the server answered: not an "offline" failure
        assert store.cached()[0].packages[0].version == "1.2.0"
        # an unsigned copy after a signed one is refused too
        server.remove("/catalog.json.sig")
        (result,) = store.refresh()
        assert result.status == "failed" and "not signed" in (result.error or "")
        # a copy signed by another key is refused
        other = tmp_path / "other.key"
        write_key_pair(other)
        server.add("/catalog.json.sig", sign_manifest(tampered, load_private_key(other)))
        (result,) = store.refresh()
        assert result.status == "failed" and "unknown key" in (result.error or "")
        assert store.sources()[0].last_error
        # the publisher signs the new copy: accepted
        server.add("/catalog.json.sig", sign_manifest(tampered, private))
        assert store.refresh()[0].status == "updated"
        assert store.cached()[0].packages[0].version == "9.9.9"

    # offline: the server is gone, the cached copy is still browsable
    with Workspace.open(tmp_path / "data") as ws:
        assert catalog_listing(ws)[0].entry.version == "9.9.9"
        (result,) = CatalogStore(ws, timeout=2).refresh()
        assert result.status == "failed" and "Cannot reach" in (result.error or "")
        assert result.unreachable
        assert catalog_listing(ws)[0].status == "not installed"
        assert CatalogStore(ws).remove(url) and catalog_listing(ws) == []


def test_signed_catalog_must_match_pinned_course_key(tmp_path: Path) -> None:
    key_a, key_b = tmp_path / "a.key", tmp_path / "b.key"
    write_key_pair(key_a)
    write_key_pair(key_b)
    package = build_course_versions(tmp_path / "p", ("1.0.0",), sign_key=key_a)["1.0.0"]
    raw = catalog_bytes([entry_for(package, "c.biblio", version="1.1.0")])
    with FileServer() as server, Workspace.open(tmp_path / "data") as ws:
        ws.import_package(package)  # pins key A for the course
        server.add("/catalog.json", raw)
        server.add("/catalog.json.sig", sign_manifest(raw, load_private_key(key_b)))
        store = CatalogStore(ws)
        store.add(server.url("/catalog.json"))
        (result,) = store.refresh()
        assert result.status == "failed" and "belongs to the publisher key" in result.error
        server.add("/catalog.json.sig", sign_manifest(raw, load_private_key(key_a)))
        assert store.refresh()[0].status == "updated"


def test_cli_catalog_and_download(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    packages = build_course_versions(tmp_path / "p", ("1.0.0", "1.1.0"))
    data = ["--data-dir", str(tmp_path / "data")]
    with FileServer() as server:
        for version, package in packages.items():
            server.add(f"/p/{version}.biblio", package.read_bytes())
        server.add("/catalog.json", catalog_bytes([entry_for(packages["1.0.0"], "p/1.0.0.biblio")]))
        url = server.url("/catalog.json")
        assert main([*data, "catalog", "list"]) == 0
        assert "No catalogs" in capsys.readouterr().out
        assert main([*data, "catalog", "add", url]) == 0
        assert "1 packages" in capsys.readouterr().out
        assert main([*data, "catalog", "list"]) == 0
        out = capsys.readouterr().out
        assert COURSE_ID in out and "not installed" in out
        assert main([*data, "download", COURSE_ID]) == 0
        assert "installed eu.biblio-project.test-course 1.0.0" in capsys.readouterr().out

        server.add("/catalog.json", catalog_bytes([
            entry_for(packages["1.0.0"], "p/1.0.0.biblio"),
            entry_for(packages["1.1.0"], "p/1.1.0.biblio")]))
        assert main([*data, "catalog", "refresh"]) == 0
        capsys.readouterr()
        assert main([*data, "catalog", "list"]) == 0
        out = capsys.readouterr().out
        assert "update available (have 1.0.0)" in out and "  installed" in out
        # the server drops the connection once: the retry notice goes to stderr
        from .http_fixture import Faults

        server.add("/p/1.1.0.biblio", packages["1.1.0"].read_bytes(), Faults(cut_after=[1000]))
        import biblio_desktop.downloads.downloader as downloader

        original = downloader.cancellable_sleep
        downloader.cancellable_sleep = lambda _cancel: (lambda _s: None)  # type: ignore[assignment]
        try:
            assert main([*data, "download", COURSE_ID]) == 0
        finally:
            downloader.cancellable_sleep = original
        captured = capsys.readouterr()
        assert "update from 1.0.0" in captured.out
        assert "The connection dropped" in captured.err and "(attempt 2 of 6)" in captured.err
        assert main([*data, "download", COURSE_ID, "--version", "1.0.0"]) == 0
        assert "already installed" in capsys.readouterr().out
        assert main([*data, "download", "eu.nobody.none"]) == 1
        assert "No catalog offers" in capsys.readouterr().err
        assert main([*data, "catalog", "add", "file:///etc/passwd"]) == 1
        assert capsys.readouterr().err.startswith("error: ")
        assert main([*data, "catalog", "remove", url]) == 0
        assert main([*data, "catalog", "remove", url]) == 1
        assert main([*data, "catalog"]) == 2
