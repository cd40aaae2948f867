"""Publisher keys and package signatures (Ed25519 over the exact bytes of course.json).

The manifest holds every file's SHA-256, so signing its bytes signs the whole package.
Keys live in small JSON files; the private one is written 0600 because whoever holds it
can publish courses under the publisher's name.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from .. import ed25519
from ..ed25519 import PrivateKey
from ..errors import BiblioError, PackageError
from .manifest import load_json_bounded

KEY_FILE_TYPE = "biblio-publisher-key"


@dataclass(frozen=True)
class PublisherKey:
    key_id: str
    public_key: bytes  # raw 32 bytes


@dataclass(frozen=True)
class PackageSignature:
    key: PublisherKey
    signature: bytes


def key_id_for(public_key: bytes) -> str:
    """Short, stable name of a public key: first 8 bytes of its SHA-256, in hex."""
    return hashlib.sha256(public_key).hexdigest()[:16]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str, size: int) -> bytes:
    if not isinstance(text, str):
        raise PackageError(f"{what} must be base64 text.")
    try:
        data = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise PackageError(f"{what} is not valid base64.") from exc
    if len(data) != size:
        raise PackageError(f"{what} has {len(data)} bytes, expected {size}.")
    return data


def write_key_pair(path: Path) -> PublisherKey:
    """Create a new publisher key pair: `path` (private, 0600) and `path`.pub (public)."""
    if path.exists():
        raise BiblioError(f"{path} already exists.", "choose another file name; keys are never "
                          "overwritten")
    private = PrivateKey.generate()
    public = private.public_key
    key = PublisherKey(key_id_for(public), public)
    body = {"type": KEY_FILE_TYPE, "algorithm": "Ed25519", "key_id": key.key_id,
            "public_key": _b64(public), "private_key": _b64(private.seed)}
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(body, fh, indent=2)
        fh.write("\n")
    write_public_key(Path(f"{path}.pub"), key)
    return key


def write_public_key(path: Path, key: PublisherKey) -> None:
    body = {"type": KEY_FILE_TYPE + "-public", "algorithm": "Ed25519", "key_id": key.key_id,
            "public_key": _b64(key.public_key)}
    path.write_text(json.dumps(body, indent=2) + "\n", encoding="utf-8")


def _read_key_json(path: Path) -> dict[str, object]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise BiblioError(f"Cannot read key file {path}: {exc.strerror}.") from exc
    try:
        data = load_json_bounded(raw, f"Key file {path}", limit=64 * 1024)
    except PackageError as exc:
        raise BiblioError(exc.message, "use a file made by 'biblio-desktop keygen'") from exc
    if not isinstance(data, dict) or data.get("algorithm") != "Ed25519":
        raise BiblioError(f"{path} is not an Ed25519 key file made by 'biblio-desktop keygen'.")
    return data


def load_private_key(path: Path) -> PrivateKey:
    """Load a private key file written by `write_key_pair`."""
    data = _read_key_json(path)
    try:
        raw = _unb64(data.get("private_key"), f"The private key in {path}", 32)
    except PackageError as exc:
        raise BiblioError(exc.message, "pass the private key file, not the .pub file") from exc
    return PrivateKey.from_seed(raw)


def load_public_key(path: Path) -> PublisherKey:
    """Load a public key from a key file (public or private)."""
    data = _read_key_json(path)
    try:
        raw = _unb64(data.get("public_key"), f"The public key in {path}", 32)
    except PackageError as exc:
        raise BiblioError(exc.message) from exc
    return PublisherKey(key_id_for(raw), raw)


def public_key_of(private: PrivateKey) -> PublisherKey:
    raw = private.public_key
    return PublisherKey(key_id_for(raw), raw)


def sign_manifest(manifest_bytes: bytes, private: PrivateKey) -> bytes:
    """The bytes of signature.json for these exact manifest bytes."""
    key = public_key_of(private)
    body = {"format_version": 1, "algorithm": "Ed25519", "key_id": key.key_id,
            "public_key": _b64(key.public_key), "signature": _b64(private.sign(manifest_bytes))}
    return (json.dumps(body, indent=2, sort_keys=True) + "\n").encode("utf-8")


def verify_signature(signature_bytes: bytes, manifest_bytes: bytes) -> PackageSignature:
    """Check signature.json against the manifest bytes; return the signing key."""
    data = load_json_bounded(signature_bytes, "The signature file (signature.json)", 64 * 1024)
    if not isinstance(data, dict) or data.get("algorithm") != "Ed25519" or data.get(
        "format_version"
    ) != 1:
        raise PackageError("The signature file (signature.json) is not an Ed25519 signature "
                           "of format version 1.")
    public = _unb64(data.get("public_key"), "The signature's public key", 32)
    signature = _unb64(data.get("signature"), "The signature", 64)
    key = PublisherKey(key_id_for(public), public)
    if data.get("key_id") != key.key_id:
        raise PackageError("The signature's key id does not match its public key.")
    if not ed25519.verify(public, signature, manifest_bytes):
        raise PackageError(
            "The publisher signature does not match the package: it was changed after signing.",
            "get the package again from its publisher",
        )
    return PackageSignature(key, signature)
