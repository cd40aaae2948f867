"""The verifier's shortcuts give the same answers as the long way: the reused JSON encoder,
the byte-level test for "plain" records (no \\u escape, nothing above U+FFFF) and the
hashData computed without `hash_data`."""

from __future__ import annotations

import json
from typing import Any

import pytest
import rfc8785

from biblio_desktop.ed25519 import PrivateKey
from biblio_desktop.records import JCS, multibase, sign_document, verify_credential
from biblio_desktop.records.canonical import dumps_simple
from biblio_desktop.records.keys import raw_public_key
from biblio_desktop.records.verify import _plain

KEY = PrivateKey.from_seed(bytes(range(1, 33)))
DID = multibase.did_key(raw_public_key(KEY))


def _record(**extra: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "issuer": DID,
        "credentialSubject": {"id": "urn:x", "name": "Jānis Bērziņš"},
        **extra,
    }
    return sign_document(doc, KEY, verification_method=f"{DID}#{DID[8:]}",
                         created="2026-03-02T09:00:00Z", cryptosuites=(JCS,))


@pytest.mark.parametrize("value", [
    "x", 0, -7, None, True, [], {}, [1, "a", {"b": None, "a": [False]}],
    {"é": "ж\n\"\\\t\x00\x1f\u2028", "a": {"z": 1, "Z": 2}},
])
def test_the_reused_encoder_writes_what_json_and_rfc8785_write(value: Any) -> None:
    encoder = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                               allow_nan=False, check_circular=False)
    assert dumps_simple(value) == encoder.encode(value)
    assert dumps_simple(value).encode() == rfc8785.dumps(value)


@pytest.mark.parametrize(("text", "plain"), [
    ('{"a": "b"}', True),
    ('{"a": "Jānis Γιώργος Иван"}', True),
    ('{"a": "tab\\t quote\\" slash\\\\"}', True),
    ('{"a": "\\u00e9"}', False),
    ('{"a": "\\\\u00e9"}', False),  # not an escape, but cheaper to treat as one (as before)
    ('{"a": "\U0001f600"}', False),
    ('{"\U00010000": 1}', False),
])
def test_plain_means_no_unicode_escape_and_nothing_above_the_bmp(text: str, plain: bool) -> None:
    assert _plain(text.encode()) is plain


@pytest.mark.parametrize("extra", [
    {},
    {"biblio:note": "Emoji \U0001f600 in a value"},
    {"\U0001f600": "astral key sorts by UTF-16", "\ufb33": 1},
    {"biblio:weight": 1.5},
])
@pytest.mark.parametrize("ensure_ascii", [False, True])
def test_raw_utf8_and_escaped_records_verify_alike(extra: dict[str, Any],
                                                   ensure_ascii: bool) -> None:
    signed = _record(**extra)
    data = json.dumps(signed, indent=2, ensure_ascii=ensure_ascii).encode()
    assert verify_credential(data).valid, verify_credential(data).reason
    signed["credentialSubject"]["name"] = "Janis Berzins"
    changed = json.dumps(signed, indent=2, ensure_ascii=ensure_ascii).encode()
    assert "signature does not match" in verify_credential(changed).reason


def test_a_repeated_key_deep_inside_is_still_found() -> None:
    text = json.dumps(_record(), indent=2, ensure_ascii=False)
    # the last "id" wins, so the signed content is unchanged: only the check catches it
    twice = text.replace('"id": "urn:x"', '"id": "urn:evil", "id": "urn:x"', 1)
    assert "repeats the key 'id'" in verify_credential(twice.encode()).reason
