"""The installation key (made once, 0600, did:key with fingerprint), base58btc/multikey
encodings, canonical JSON against rfc8785, and the `key` command."""

from __future__ import annotations

import json
import os
import random
import stat
import sys
from pathlib import Path

import pytest
import rfc8785

from biblio_desktop.cli import main
from biblio_desktop.datadir import DataLayout
from biblio_desktop.errors import BiblioError
from biblio_desktop.records import load_installation_key, load_trusted_keys, multibase
from biblio_desktop.records.canonical import CanonicalizationError, canonicalize
from biblio_desktop.records.keys import installation_key_path

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def layout(tmp_path: Path) -> DataLayout:
    layout = DataLayout(tmp_path / "data")
    layout.create()
    return layout


@posix_only
def test_key_is_made_once_and_readable_only_by_the_user(layout: DataLayout) -> None:
    key = load_installation_key(layout)
    path = installation_key_path(layout)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert key.did.startswith("did:key:z6Mk") and key.public_key_multibase in key.did
    assert key.verification_method == f"{key.did}#{key.public_key_multibase}"
    before = path.read_bytes()
    again = load_installation_key(layout)
    assert again.did == key.did and path.read_bytes() == before
    assert sorted(p.name for p in layout.keys.iterdir()) == ["installation.key"]  # no temps


@posix_only
def test_a_widened_key_file_is_tightened(layout: DataLayout) -> None:
    load_installation_key(layout)
    path = installation_key_path(layout)
    path.chmod(0o644)
    load_installation_key(layout)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_no_key_without_create(layout: DataLayout) -> None:
    with pytest.raises(BiblioError, match="no signing key"):
        load_installation_key(layout, create=False)


def test_damaged_key_is_refused_never_replaced(layout: DataLayout) -> None:
    load_installation_key(layout)
    path = installation_key_path(layout)
    body = json.loads(path.read_text())
    other = load_installation_key(DataLayout(layout.root.parent / "other"))
    body["publicKeyMultibase"] = other.public_key_multibase  # halves do not match
    path.write_text(json.dumps(body))
    with pytest.raises(BiblioError, match="do not match"):
        load_installation_key(layout)
    path.write_text("garbage")
    with pytest.raises(BiblioError, match="damaged"):
        load_installation_key(layout)
    assert path.read_text() == "garbage"


def test_key_made_concurrently_is_the_same_key(layout: DataLayout) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        dids = set(pool.map(lambda _: load_installation_key(layout).did, range(16)))
    assert len(dids) == 1


def test_base58btc_round_trips_and_rejects_foreign_characters() -> None:
    rng = random.Random(5)
    for size in (0, 1, 2, 31, 32, 34, 64):
        for lead in (0, 1, 3):
            data = b"\0" * lead + rng.randbytes(size)
            assert multibase.decode(multibase.encode(data)) == data
    assert multibase.b58encode(b"hello world") == "StV1DL6CwTryKyV"  # common reference value
    for bad in ("z0abc", "zOabc", "zIl", "abc", "Z6Mk", ""):
        with pytest.raises(BiblioError):
            multibase.decode(bad)
    with pytest.raises(BiblioError):
        multibase.public_key_from_multibase(multibase.encode(b"\xed\x01" + b"\0" * 31))
    key = bytes(range(32))
    did = multibase.did_key(key)
    assert multibase.public_key_from_did_key(did) == key
    with pytest.raises(BiblioError, match="fragment"):
        multibase.public_key_from_did_key(did + "#z6MkOther")


def _random_json(rng: random.Random, depth: int = 0) -> object:
    kinds = ["str", "int", "bool", "null", "float"] + (["list", "dict"] if depth < 4 else [])
    kind = rng.choice(kinds)
    alphabet = ["a", "Z", "é", "\u20ac", "\U0001f600", "\ufb33", "\u2028", "\x00", "\x1f",
                "\x7f", '"', "\\", "/", "\n", "\t", "\b", "\f", "\r", " "]
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
    if kind == "str":
        return text
    if kind == "int":
        return rng.choice([0, -1, 7, 2**53 - 1, -(2**53 - 1), rng.randint(-10**9, 10**9)])
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "null":
        return None
    if kind == "float":
        return rng.choice([0.5, -1e21, 1e-7, 123.456, 5e-324, 1.0])
    if kind == "list":
        return [_random_json(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    return {"".join(rng.choice(alphabet) for _ in range(rng.randint(0, 4))):
            _random_json(rng, depth + 1) for _ in range(rng.randint(0, 5))}


def test_canonical_json_matches_rfc8785() -> None:
    rng = random.Random(8785)
    for _ in range(3000):
        value = _random_json(rng)
        assert canonicalize(value) == rfc8785.dumps(value), value
    # keys above U+FFFF sort by UTF-16 code units, not code points
    value = {"\U0001f600": 1, "\ufb33": 2, "a": 3}
    assert canonicalize(value) == rfc8785.dumps(value)
    for bad in (2**53, float("nan"), "\ud800", {"k": [float("inf")]}):
        with pytest.raises(CanonicalizationError):
            canonicalize(bad)


# --- the key command -----------------------------------------------------------------------------

def test_key_show_prints_did_and_fingerprint(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "key", "show"]) == 0
    out = capsys.readouterr().out
    key = load_installation_key(DataLayout(data), create=False)
    assert f"did:key      {key.did}" in out
    assert f"fingerprint  {key.fingerprint}" in out
    assert len(key.fingerprint.split()) == 8


def test_key_export_public_is_a_trusted_keys_file(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    out = tmp_path / "pc3.json"
    assert main(["--data-dir", str(data), "key", "export-public", "-o", str(out),
                 "--name", "Riga, PC 3"]) == 0
    key = load_installation_key(DataLayout(data), create=False)
    text = out.read_text()
    assert "private" not in text.lower()
    trusted = load_trusted_keys(out)
    assert len(trusted) == 1 and trusted.named(key.public_key).name == "Riga, PC 3"  # type: ignore[union-attr]
    capsys.readouterr()
    assert main(["--data-dir", str(data), "key", "export-public"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["keys"][0]["key"] == key.did
    assert printed["keys"][0]["name"].startswith("BIBLIO Desktop installation")
    if os.name == "posix":
        assert stat.S_IMODE(installation_key_path(DataLayout(data)).stat().st_mode) == 0o600
