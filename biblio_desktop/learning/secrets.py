"""Hashing and rules for learner PINs and the facilitator password.

Several people share one library PC, so a PIN only keeps one learner's progress from
another's casual use; it is not strong protection. What we can do is never store it in a
form that is cheap to reverse: argon2id with at least OWASP's minimum parameters
(19 MiB memory, 2 iterations, 1 lane). A 4-digit PIN stays guessable offline from its
hash whatever the cost, which is why exports never include hashes and sign-in is
throttled in the database (see learners.py).

Secrets are normalised to Unicode NFC before hashing, so the same password typed on two
keyboards (precomposed "ā" versus "a" + combining macron) still matches.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from argon2 import PasswordHasher, Type, extract_parameters
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from ..errors import BiblioError

__all__ = [
    "ARGON2_MEMORY_KIB", "ARGON2_PARALLELISM", "ARGON2_TIME_COST", "PASSWORD_MAX",
    "PASSWORD_MIN", "PIN_MAX", "PIN_MIN", "SecretKind", "SecretRuleError", "check_password",
    "check_pin", "check_secret", "hash_secret", "needs_rehash", "verify_secret",
]

SecretKind = Literal["pin", "password"]

# OWASP Password Storage Cheat Sheet, argon2id minimum configuration.
ARGON2_MEMORY_KIB = 19456
ARGON2_TIME_COST = 2
ARGON2_PARALLELISM = 1

PIN_MIN, PIN_MAX = 4, 8
PASSWORD_MIN = 8
# An upper bound keeps a pasted novel from costing memory and time on every sign-in.
PASSWORD_MAX = 256

_PIN_RE = re.compile(r"[0-9]+")  # ASCII only: "١٢٣٤".isdigit() is True, but no PIN pad types it

_hasher = PasswordHasher(
    time_cost=ARGON2_TIME_COST,
    memory_cost=ARGON2_MEMORY_KIB,
    parallelism=ARGON2_PARALLELISM,
    hash_len=32,
    salt_len=16,
    type=Type.ID,
)


class SecretRuleError(BiblioError, ValueError):
    """A new PIN or password does not follow the rules; the message says which rule."""


def _normalise(secret: str) -> str:
    return unicodedata.normalize("NFC", secret)


def check_pin(pin: str) -> str:
    """Return the PIN if it is 4 to 8 digits, else raise `SecretRuleError`."""
    if not _PIN_RE.fullmatch(pin):
        raise SecretRuleError("A PIN may contain only the digits 0 to 9.",
                              f"choose {PIN_MIN} to {PIN_MAX} digits")
    if not PIN_MIN <= len(pin) <= PIN_MAX:
        raise SecretRuleError(f"A PIN must have {PIN_MIN} to {PIN_MAX} digits; this one has "
                              f"{len(pin)}.", "choose another PIN")
    return pin


def check_password(password: str) -> str:
    """Return the password if it has 8 to 256 characters and is not only spaces."""
    password = _normalise(password)
    if not password.strip():
        raise SecretRuleError("The password is empty.",
                              f"choose one with at least {PASSWORD_MIN} characters")
    if len(password) < PASSWORD_MIN:
        raise SecretRuleError(f"The password must have at least {PASSWORD_MIN} characters; "
                              f"this one has {len(password)}.", "choose a longer one")
    if len(password) > PASSWORD_MAX:
        raise SecretRuleError(f"The password must have at most {PASSWORD_MAX} characters.",
                              "choose a shorter one")
    return password


def check_secret(secret: str, kind: SecretKind) -> str:
    """Check a new secret against the rules for its kind ("pin" or "password")."""
    if kind == "pin":
        return check_pin(secret)
    if kind == "password":
        return check_password(secret)
    raise ValueError(f"unknown secret kind {kind!r}")


def hash_secret(secret: str) -> str:
    """An argon2id hash string (`$argon2id$v=19$m=...,t=...,p=...$salt$hash`) with a fresh
    random salt. Callers check the rules first; this only hashes."""
    return _hasher.hash(_normalise(secret))


def verify_secret(secret_hash: str, secret: str) -> bool:
    """True when `secret` matches the stored hash.

    A stored value that is not an argon2 hash at all means the database was damaged or
    edited; answering "wrong PIN" would lock the learner out with a misleading message,
    so that raises a `BiblioError` instead.
    """
    try:
        return _hasher.verify(secret_hash, _normalise(secret))
    except VerifyMismatchError:
        return False
    except InvalidHashError as exc:
        raise BiblioError("The stored PIN or password of this profile is damaged.",
                          "ask the facilitator to set a new one") from exc
    except VerificationError:
        return False


def needs_rehash(secret_hash: str) -> bool:
    """True when the hash is weaker than today's parameters; after a successful sign-in the
    caller stores a fresh hash, so old profiles upgrade without a reset. A hash made with
    stronger parameters is kept (argon2-cffi's own check would "upgrade" it downwards)."""
    try:
        params = extract_parameters(secret_hash)
    except InvalidHashError:
        return True
    return (params.type is not Type.ID or params.version < 19
            or params.memory_cost < ARGON2_MEMORY_KIB or params.time_cost < ARGON2_TIME_COST
            or params.hash_len < 32 or params.salt_len < 16)
