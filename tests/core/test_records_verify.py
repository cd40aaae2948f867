"""The verifier's checks one by one: parsing, structure, cryptosuite, key resolution
(did:key, multibase fragment, trusted-keys file), issuer binding, expiry; and the
trusted-keys file format."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.ed25519 import PrivateKey
from biblio_desktop.errors import BiblioError
from biblio_desktop.records import (
    JCS,
    load_trusted_keys,
    multibase,
    sign_document,
    trusted_keys_from_json,
    verify_credential,
)
from biblio_desktop.records.keys import raw_public_key

KEY = PrivateKey.from_seed(bytes(range(32)))
PUBLIC = raw_public_key(KEY)
DID = multibase.did_key(PUBLIC)


def _credential(**changes: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2",
                     "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
        "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": "Certificate",
        "issuer": {"id": DID, "type": ["Profile"], "name": "Test PC"},
        "validFrom": "2026-03-02T09:00:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "achievement": {"id": "urn:biblio:course:x:1.0.0", "type": ["Achievement"],
                            "name": "Course X", "criteria": {"narrative": "Finish it."}},
            "result": [],
        },
    }
    for key, value in changes.items():
        if value is None:
            doc.pop(key, None)
        else:
            doc[key] = value
    return doc


def _signed(doc: dict[str, Any], method: str | None = None,
            key: PrivateKey = KEY) -> bytes:
    vm = method or multibase.did_key_verification_method(raw_public_key(key))
    signed = sign_document(doc, key, verification_method=vm, created="2026-03-02T09:00:00Z",
                           cryptosuites=(JCS,))
    return json.dumps(signed).encode()


def _reason(data: bytes, trusted: Any = None) -> str:
    result = verify_credential(data, trusted)
    assert not result.valid
    return result.reason


def test_a_well_formed_credential_verifies() -> None:
    result = verify_credential(_signed(_credential()))
    assert result.valid, result.reason
    assert result.issuer == DID and result.issuer_name == "Test PC"
    assert result.course == "Course X (urn:biblio:course:x:1.0.0)"


@pytest.mark.parametrize(("data", "reason"), [
    (b"\xff\xfe{}", "not UTF-8"),
    (b"{", "not valid JSON"),
    (b"[]", "not a JSON object"),
    (b'{"a": NaN}', "not a JSON number"),
    (b'{"a": 1, "a": 2}', "repeats the key 'a'"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b" " * (1024 * 1024) + b"{}", "too large"),
    (b"{}", "@context"),
])
def test_unreadable_input_is_invalid_with_a_reason(data: bytes, reason: str) -> None:
    assert reason in _reason(data)


@pytest.mark.parametrize(("changes", "reason"), [
    ({"@context": ["https://example.org/"]}, "'@context' must be a list starting with"),
    ({"type": ["OpenBadgeCredential"]}, "VerifiableCredential"),
    ({"issuer": None}, "'issuer' is missing"),
    ({"issuer": "did:example:1"}, "Profile object"),
    ({"credentialSubject": "me"}, "'credentialSubject' must be an object"),
    ({"validFrom": "yesterday"}, "'validFrom' is not a valid date"),
    ({"name": None}, "'name' is missing"),
    ({"@context": ["https://www.w3.org/ns/credentials/v2"]}, "needs the context"),
])
def test_structure_is_checked_before_the_signature(changes: dict[str, Any], reason: str) -> None:
    assert reason in _reason(_signed(_credential(**changes)))


def _with_proof(**changes: Any) -> bytes:
    doc = json.loads(_signed(_credential()))
    for key, value in changes.items():
        if value is None:
            doc["proof"][0].pop(key)
        else:
            doc["proof"][0][key] = value
    return json.dumps(doc).encode()


@pytest.mark.parametrize(("changes", "reason"), [
    ({"cryptosuite": "ecdsa-jcs-2019"}, "cryptosuite of the proof is 'ecdsa-jcs-2019'"),
    ({"type": "Ed25519Signature2020"}, "type of the proof"),
    ({"proofPurpose": "authentication"}, "proof purpose"),
    ({"proofValue": "uAAAA"}, "not base58btc"),
    ({"proofValue": "z2222"}, "64 bytes"),
    ({"created": "2026-13-01T00:00:00Z"}, "'created' of the proof"),
    ({"verificationMethod": None}, "verificationMethod"),
    ({"@context": ["https://www.w3.org/ns/credentials/v2"]}, "does not match the record's"),
])
def test_proof_checks(changes: dict[str, Any], reason: str) -> None:
    assert reason in _reason(_with_proof(**changes))


def test_missing_empty_or_multiple_proofs() -> None:
    assert "not signed" in _reason(json.dumps(_credential()).encode())
    doc = json.loads(_signed(_credential()))
    proof = doc["proof"][0]
    doc["proof"] = []
    assert "proof set is empty" in _reason(json.dumps(doc).encode())
    doc["proof"] = [proof, proof]  # a set: every proof is checked
    result = verify_credential(json.dumps(doc).encode())
    assert result.valid and result.suites_verified == (JCS, JCS)
    doc["proof"] = [proof, {**proof, "proofValue": multibase.encode(bytes(64))}]
    result = verify_credential(json.dumps(doc).encode())
    assert not result.valid and [p.verified for p in result.proofs] == [True, False]
    assert "proof 2 of the set" in _reason(json.dumps(
        {**doc, "proof": [proof, {**proof, "type": "X"}]}).encode())


def test_key_from_an_https_method_needs_a_fragment_or_the_trusted_list() -> None:
    issuer = "https://library.example/pc3"
    doc = _credential(issuer={"id": issuer, "type": ["Profile"], "name": "PC 3"})
    with_fragment = _signed(doc, f"{issuer}#{multibase.public_key_multibase(PUBLIC)}")
    assert verify_credential(with_fragment).valid
    plain = _signed(doc, f"{issuer}#key-1")
    assert "cannot be found offline" in _reason(plain)
    trusted = trusted_keys_from_json([{"name": "PC 3", "key": DID,
                                       "verificationMethod": f"{issuer}#key-1"}])
    result = verify_credential(plain, trusted)
    assert result.valid and result.trusted and result.trusted_name == "PC 3"


def test_the_key_must_belong_to_the_issuer() -> None:
    stranger = PrivateKey.from_seed(bytes(32))
    assert "does not belong to the issuer" in _reason(_signed(_credential(), key=stranger))


def test_expired_records_are_invalid() -> None:
    data = _signed(_credential(validUntil="2020-01-01T00:00:00Z"))
    assert "expired on 2020-01-01" in _reason(data)
    assert verify_credential(_signed(_credential(validUntil="2999-01-01T00:00:00Z"))).valid


def test_trusted_keys_file_formats(tmp_path: Path) -> None:
    other = multibase.did_key(raw_public_key(PrivateKey.from_seed(bytes(32))))
    full = tmp_path / "full.json"
    full.write_text(json.dumps({"format": "biblio-trusted-keys", "version": 1, "keys": [
        {"name": "PC 1", "key": DID, "fingerprint": "ignored"}]}))
    short = tmp_path / "short.json"
    short.write_text(json.dumps([other.removeprefix("did:key:")]))
    trusted = load_trusted_keys([full, short])
    assert len(trusted) == 2 and trusted.named(PUBLIC).name == "PC 1"  # type: ignore[union-attr]
    for bad, message in (({"format": "something-else"}, "not a trusted-keys file"),
                         ({"keys": "x"}, "list of keys"),
                         ([{"name": "no key"}], 'no "key"'),
                         ([{"key": "did:key:zabc"}], "not an Ed25519"),
                         ([{"key": DID, "name": 5}], "must be text")):
        with pytest.raises(BiblioError, match=message):
            trusted_keys_from_json(bad)
    (tmp_path / "broken.json").write_text("{")
    with pytest.raises(BiblioError, match="not valid JSON"):
        load_trusted_keys(tmp_path / "broken.json")
    with pytest.raises(BiblioError, match="Cannot read"):
        load_trusted_keys(tmp_path / "missing.json")


@pytest.mark.parametrize("extra", [
    {"biblio:weight": 1.5}, {"biblio:big": 2**53 - 1}, {"\U0001f600": "astral key", "\ufb33": 1},
    {"biblio:note": "Emoji \U0001f600 in a value"}, {"biblio:ctl": "\x00\x1f\u2028"},
])
def test_unusual_json_takes_the_general_canonicalization(extra: dict[str, Any]) -> None:
    data = _signed(_credential(**extra))
    assert verify_credential(data).valid
    # the same document written with \u escapes (ASCII only) still verifies
    ascii_data = json.dumps(json.loads(data), ensure_ascii=True).encode()
    assert verify_credential(ascii_data).valid
    # and changing the unusual value breaks it
    doc = json.loads(data)
    key = next(iter(extra))
    doc[key] = "changed"
    assert not verify_credential(json.dumps(doc).encode()).valid


def test_integers_jcs_cannot_carry_are_invalid() -> None:
    doc = json.loads(_signed(_credential()))
    doc["biblio:big"] = 2**53
    assert "canonicalized" in _reason(json.dumps(doc).encode())
