"""PIN and password rules, and the argon2id parameters of stored hashes."""

from __future__ import annotations

import re
import unicodedata

import argon2
import pytest

from biblio_desktop.errors import BiblioError
from biblio_desktop.learning.secrets import (
    SecretRuleError,
    check_password,
    check_pin,
    check_secret,
    hash_secret,
    needs_rehash,
    verify_secret,
)

# OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1 at minimum.
OWASP_MIN_MEMORY_KIB = 19 * 1024
OWASP_MIN_TIME_COST = 2

HASH_RE = re.compile(r"^\$argon2id\$v=(\d+)\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$"
                     r"([A-Za-z0-9+/]+)$")


@pytest.mark.parametrize("pin", ["1234", "0000", "12345678", "00123"])
def test_valid_pins(pin: str) -> None:
    assert check_pin(pin) == pin
    assert check_secret(pin, "pin") == pin


@pytest.mark.parametrize(("pin", "words"), [
    ("123", "4 to 8 digits"),
    ("123456789", "4 to 8 digits"),
    ("", "only the digits"),
    ("12a4", "only the digits"),
    ("12 34", "only the digits"),
    (" 1234", "only the digits"),
    ("١٢٣٤", "only the digits"),  # Arabic-Indic digits: isdigit() but not on a PIN pad
    ("-123", "only the digits"),
])
def test_invalid_pins_say_what_is_wrong(pin: str, words: str) -> None:
    with pytest.raises(SecretRuleError, match=words) as info:
        check_pin(pin)
    assert isinstance(info.value, BiblioError)


def test_password_rules() -> None:
    assert check_password("correct horse") == "correct horse"
    assert check_password("12345678") == "12345678"
    with pytest.raises(SecretRuleError, match="at least 8 characters; this one has 7"):
        check_password("short12")
    with pytest.raises(SecretRuleError, match="empty"):
        check_password("         ")
    with pytest.raises(SecretRuleError, match="at most"):
        check_password("x" * 257)
    with pytest.raises(SecretRuleError):
        check_secret("1234", "password")


def test_hash_uses_argon2id_with_at_least_owasp_minimum() -> None:
    stored = hash_secret("1234")
    match = HASH_RE.match(stored)
    assert match, stored
    version, memory, time_cost, parallelism = (int(g) for g in match.groups()[:4])
    assert version == 19
    assert memory >= OWASP_MIN_MEMORY_KIB
    assert time_cost >= OWASP_MIN_TIME_COST
    assert parallelism >= 1
    params = argon2.extract_parameters(stored)
    assert params.type is argon2.Type.ID
    assert params.salt_len >= 16 and params.hash_len >= 32


def test_hash_is_salted_and_verifies() -> None:
    first, second = hash_secret("1234"), hash_secret("1234")
    assert first != second
    assert "1234" not in first
    assert verify_secret(first, "1234") and verify_secret(second, "1234")
    assert not verify_secret(first, "1235")
    assert not verify_secret(first, "")


def test_same_password_in_other_unicode_form_verifies() -> None:
    composed = "Pārbaude-123"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    assert verify_secret(hash_secret(composed), decomposed)


def test_damaged_hash_is_a_clear_error_not_a_wrong_pin() -> None:
    with pytest.raises(BiblioError, match="damaged"):
        verify_secret("not-a-hash", "1234")


def test_needs_rehash_only_for_weaker_hashes() -> None:
    assert not needs_rehash(hash_secret("1234"))
    weak = argon2.PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash("1234")
    assert needs_rehash(weak)
    stronger = argon2.PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4).hash("1234")
    assert not needs_rehash(stronger)
    assert needs_rehash("garbage")
