"""The installation key: the Ed25519 key this copy of BIBLIO Desktop signs records with.

Made on first use in `<data>/keys/installation.key` (JSON, private key as a Multikey
string, file mode 0600 so only the user can read it) and never overwritten: a record
stays verifiable as long as its signer's public key is known, and a new key would make
this installation look like a stranger. Its public side is a `did:key`, shown with a
fingerprint people can compare over the phone.

Beside it, `keys/installation.counter` holds the highest record counter issued with the
key. It is written (and synced) before the database commit of each record, because
restoring a database backup rolls the database's `key_counters` row back while this
file stays; the next counter is max(file, database) + 1, so counters never repeat.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from .. import clock
from ..atomic_files import AtomicFile, fsync_dir, write_atomic
from ..datadir import DataLayout
from ..ed25519 import PrivateKey
from ..errors import BiblioError
from . import multibase

log = logging.getLogger(__name__)

KEY_FILE = "installation.key"
COUNTER_FILE = "installation.counter"
KEY_FILE_TYPE = "biblio-installation-key"


@dataclass(frozen=True)
class InstallationKey:
    """The signing key of this installation and the names of its public half."""

    private_key: PrivateKey
    public_key: bytes  # raw 32 bytes
    path: Path

    @property
    def public_key_multibase(self) -> str:
        return multibase.public_key_multibase(self.public_key)

    @property
    def did(self) -> str:
        return multibase.did_key(self.public_key)

    @property
    def verification_method(self) -> str:
        return multibase.did_key_verification_method(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


def fingerprint(public_key: bytes) -> str:
    """First 16 bytes of SHA-256 of the raw public key, in groups of 4 hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


def raw_public_key(private: PrivateKey) -> bytes:
    return private.public_key


def _key_file_body(private: PrivateKey) -> bytes:
    body = {
        "type": KEY_FILE_TYPE,
        "algorithm": "Ed25519",
        "publicKeyMultibase": multibase.public_key_multibase(raw_public_key(private)),
        "privateKeyMultibase": multibase.private_key_multibase(private.seed),
        "created": clock.now().strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    return (json.dumps(body, indent=2) + "\n").encode("utf-8")


def _create_key_file(path: Path) -> None:
    """Write a new key so that `path` is either absent or complete, never overwritten.

    The key goes to a private temporary file first and is hard-linked into place (which
    fails if another process got there first); on file systems without hard links (FAT
    USB sticks) it is created in place with O_EXCL instead.
    """
    body = _key_file_body(PrivateKey.generate())
    # A private temporary file (mode 0600 before any secret is written to it), named so
    # that a copy left by a process killed right here is removed at the next start.
    tmp = AtomicFile(path, private=True)
    try:
        with open(tmp.path, "wb") as fh:
            fh.write(body)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp.path, path)
        except FileExistsError:
            return  # another process made the key first; use theirs
        except OSError:
            try:
                out = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:
                return
            with os.fdopen(out, "wb") as fh:
                fh.write(body)
                fh.flush()
                os.fsync(fh.fileno())
        fsync_dir(path.parent)
    finally:
        tmp.discard()


def _ensure_private(path: Path) -> None:
    """Keep the key file readable by the user only (tightened if someone widened it)."""
    if os.name != "posix":
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        log.warning("key file %s had mode %o; setting it to 600", path, mode)
        path.chmod(0o600)


def _read_key_file(path: Path) -> PrivateKey:
    problem = f"The installation key {path} is damaged"
    hint = ("restore the 'keys' folder from a copy; if the key is lost, move the file away and "
            "a new key is made (records signed with the old key stay valid)")
    try:
        data = json.loads(path.read_bytes())
        if not isinstance(data, dict) or data.get("type") != KEY_FILE_TYPE:
            raise ValueError("not an installation key file")
        seed = multibase.private_key_from_multibase(data["privateKeyMultibase"])
        private = PrivateKey.from_seed(seed)
        stored_public = multibase.public_key_from_multibase(data["publicKeyMultibase"])
    except OSError as exc:
        raise BiblioError(f"The installation key {path} cannot be read: {exc.strerror}.",
                          "check the permissions of the data folder") from exc
    except (ValueError, KeyError, TypeError, BiblioError) as exc:
        raise BiblioError(f"{problem} ({exc}).", hint) from exc
    if raw_public_key(private) != stored_public:
        raise BiblioError(f"{problem} (its public and private halves do not match).", hint)
    return private


def installation_key_path(layout: DataLayout) -> Path:
    return layout.keys / KEY_FILE


def load_installation_key(layout: DataLayout, *, create: bool = True) -> InstallationKey:
    """The installation key, made on first use (`create`); never replaced once it exists."""
    path = installation_key_path(layout)
    if not path.exists():
        if not create:
            raise BiblioError("This installation has no signing key yet.",
                              "it is made when the first record is exported, or with: "
                              "biblio-desktop key show")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_key_file(path)
        except OSError as exc:
            raise BiblioError(f"Cannot create the installation key in {path.parent}: "
                              f"{exc.strerror}.", "check the data folder is writable") from exc
        log.info("created installation key %s", path)
    _ensure_private(path)
    private = _read_key_file(path)
    return InstallationKey(private, raw_public_key(private), path)


# --- counter floor -------------------------------------------------------------------------

def counter_path(layout: DataLayout) -> Path:
    return layout.keys / COUNTER_FILE


def read_counter_floor(layout: DataLayout, key: InstallationKey) -> int:
    """The highest counter this key has issued according to the file beside it (0: none)."""
    path = counter_path(layout)
    try:
        data = json.loads(path.read_bytes())
    except FileNotFoundError:
        return 0
    except (OSError, ValueError) as exc:
        raise BiblioError(f"The record counter file {path} is damaged ({exc}).",
                          "restore it from a copy of the 'keys' folder; if none exists, set it "
                          'to {"key": "<did:key>", "counter": <highest issued>} by hand') from exc
    if not isinstance(data, dict):
        raise BiblioError(f"The record counter file {path} is damaged.")
    counter = data.get("counter")
    if data.get("key") != key.did:
        return 0  # a file left by another key; counters are per key
    if type(counter) is not int or counter < 0:
        raise BiblioError(f"The record counter file {path} is damaged (bad counter).")
    return counter


def write_counter_floor(layout: DataLayout, key: InstallationKey, counter: int) -> None:
    """Replace the counter file atomically and durably (temporary file, fsync, rename)."""
    path = counter_path(layout)
    body = json.dumps({"key": key.did, "counter": counter}) + "\n"
    try:
        write_atomic(path, body.encode("utf-8"), private=True)
    except OSError as exc:
        raise BiblioError(f"Cannot save the record counter in {path.parent}: {exc.strerror}.",
                          "check the disk has free space and is writable") from exc
