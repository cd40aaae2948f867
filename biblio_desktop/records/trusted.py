"""Trusted-keys files: the installation keys whose records a facilitator or a central
office accepts as coming from known installations (format in docs/records.md).

Whether a record is *valid* (unaltered, signed by the key it names) is verify.py's
answer; whether that key is one you *trust* is this list's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import BiblioError
from . import multibase

TRUSTED_KEYS_FORMAT = "biblio-trusted-keys"


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public_key: bytes
    verification_method: str | None = None

    @property
    def did(self) -> str:
        return multibase.did_key(self.public_key)


@dataclass(frozen=True)
class TrustedKeys:
    """Keys whose records you accept as coming from known installations."""

    keys: tuple[TrustedKey, ...] = ()
    _by_key: dict[bytes, TrustedKey] = field(default_factory=dict, compare=False, repr=False)
    _by_method: dict[str, TrustedKey] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for key in self.keys:
            self._by_key.setdefault(key.public_key, key)
            if key.verification_method:
                self._by_method.setdefault(key.verification_method, key)

    def named(self, public_key: bytes) -> TrustedKey | None:
        return self._by_key.get(public_key)

    def for_method(self, verification_method: str) -> TrustedKey | None:
        return self._by_method.get(verification_method)

    def __len__(self) -> int:
        return len(self.keys)


def parse_trusted_key(text: str) -> bytes:
    """Raw public key of a `did:key:z6Mk...` (optionally with fragment) or `z6Mk...`."""
    if text.startswith(multibase.DID_KEY_PREFIX):
        return multibase.public_key_from_did_key(text)
    return multibase.public_key_from_multibase(text)


def trusted_keys_from_json(data: Any, where: str = "the trusted-keys file") -> TrustedKeys:
    """Build the trusted list from parsed JSON (format in docs/records.md).

    Accepts `{"format": "biblio-trusted-keys", "version": 1, "keys": [...]}` or just the
    list; each entry is a key string or `{"name", "key", "verificationMethod"?}`.
    """
    entries = data
    if isinstance(data, dict):
        if data.get("format") not in (None, TRUSTED_KEYS_FORMAT):
            raise BiblioError(f"{where} is not a trusted-keys file (format "
                              f"{data.get('format')!r}).", "see docs/records.md")
        entries = data.get("keys")
    if not isinstance(entries, list):
        raise BiblioError(f"{where} must hold a list of keys.", "see docs/records.md")
    keys = []
    for n, entry in enumerate(entries, 1):
        if isinstance(entry, str):
            entry = {"key": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
            raise BiblioError(f"Entry {n} of {where} has no \"key\" text.",
                              "see docs/records.md")
        name = entry.get("name")
        method = entry.get("verificationMethod")
        if (name is not None and not isinstance(name, str)) or (
                method is not None and not isinstance(method, str)):
            raise BiblioError(f"Entry {n} of {where}: \"name\" and \"verificationMethod\" "
                              "must be text.")
        try:
            raw = parse_trusted_key(entry["key"])
        except BiblioError as exc:
            raise BiblioError(f"Entry {n} of {where} is not an Ed25519 did:key or public key "
                              f"multibase ({exc}).", "see docs/records.md") from exc
        keys.append(TrustedKey(name or entry["key"], raw, method))
    return TrustedKeys(tuple(keys))


def load_trusted_keys(paths: Path | Iterable[Path]) -> TrustedKeys:
    """Read one or more trusted-keys files into one list."""
    paths = [paths] if isinstance(paths, Path | str) else list(paths)
    keys: list[TrustedKey] = []
    for path in map(Path, paths):
        try:
            data = json.loads(path.read_bytes())
        except OSError as exc:
            raise BiblioError(f"Cannot read the trusted-keys file {path}: {exc.strerror}."
                              ) from exc
        except ValueError as exc:
            raise BiblioError(f"The trusted-keys file {path} is not valid JSON ({exc}).",
                              "see docs/records.md") from exc
        keys.extend(trusted_keys_from_json(data, str(path)).keys)
    return TrustedKeys(tuple(keys))
