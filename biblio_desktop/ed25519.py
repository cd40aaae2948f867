"""Ed25519 keys, signatures and checks: the one module that talks to the crypto library.

Records (eddsa-jcs-2022) and course packages are signed with Ed25519 and nothing else, so
the app needs libsodium through PyNaCl, not a general crypto library: its compiled part
is a fraction of the size of `cryptography`'s, which keeps the bundle small. PyNaCl is
imported on first use, not with this module, so starting the app (which imports the
package code that names keys) loads no crypto library at all.

Keys are stored by the callers as raw bytes (the 32-byte seed, the 32-byte public key) in
their own JSON files; Ed25519 is deterministic, so a seed gives the same public key and
the same signatures whichever library computes them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import BiblioError

if TYPE_CHECKING:
    from nacl.signing import SigningKey

SEED_BYTES = 32
PUBLIC_KEY_BYTES = 32
SIGNATURE_BYTES = 64


class PrivateKey:
    """An Ed25519 private key (its 32-byte seed) that signs and knows its public half."""

    __slots__ = ("_key",)

    def __init__(self, key: SigningKey) -> None:
        self._key = key

    @classmethod
    def generate(cls) -> PrivateKey:
        """A new random key (from the operating system's random source, via libsodium)."""
        from nacl.signing import SigningKey

        return cls(SigningKey.generate())

    @classmethod
    def from_seed(cls, seed: bytes) -> PrivateKey:
        """The key of a stored 32-byte seed (what RFC 8032 calls the private key)."""
        if not isinstance(seed, bytes) or len(seed) != SEED_BYTES:
            raise BiblioError(f"An Ed25519 private key has {SEED_BYTES} bytes.")
        from nacl.signing import SigningKey

        return cls(SigningKey(seed))

    @property
    def seed(self) -> bytes:
        """The 32 bytes to store; whoever has them can sign as this key."""
        return bytes(self._key)

    @property
    def public_key(self) -> bytes:
        """The raw 32-byte public key."""
        return self._key.verify_key.encode()

    def sign(self, message: bytes) -> bytes:
        """The 64-byte signature of `message` (deterministic: same key and message, same
        bytes)."""
        return self._key.sign(message).signature

    def __repr__(self) -> str:  # never show the seed in logs or tracebacks
        return f"<Ed25519 private key for {self.public_key.hex()[:16]}...>"


def verify(public_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether `signature` is `public_key`'s signature of `message`.

    Meant for untrusted input: a key or signature of the wrong length, a key that is not
    a valid point and a forged signature all give False, never an exception. libsodium is
    strict (it also refuses keys of small order and non-canonical encodings), so a
    signature it accepts was made with the private key.
    """
    if len(public_key) != PUBLIC_KEY_BYTES or len(signature) != SIGNATURE_BYTES:
        return False
    from nacl.exceptions import CryptoError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(public_key).verify(message, signature)
    except (CryptoError, ValueError):
        return False
    return True
