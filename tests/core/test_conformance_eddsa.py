"""The W3C eddsa-jcs-2022 test vector (../shared/conformance/vc-di-eddsa): the signer
reproduces its proofValue byte for byte, the verifier accepts it as is and rejects every
single-byte change that alters the parsed document."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio_desktop.ed25519 import PrivateKey
from biblio_desktop.records import create_proof, linked_data, multibase, verify_credential
from biblio_desktop.records.keys import raw_public_key

VECTORS = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "vc-di-eddsa"
if not VECTORS.is_dir():  # the repository may be checked out elsewhere
    VECTORS = Path("/work/shared/conformance/vc-di-eddsa")

pytestmark = pytest.mark.skipif(not VECTORS.is_dir(), reason="conformance data not present")


def _signed() -> bytes:
    return (VECTORS / "signedJCS.json").read_bytes()


def _private_key() -> PrivateKey:
    pair = json.loads((VECTORS / "keyPair.json").read_bytes())
    seed = multibase.private_key_from_multibase(pair["privateKeyMultibase"])
    key = PrivateKey.from_seed(seed)
    assert multibase.public_key_multibase(raw_public_key(key)) == pair["publicKeyMultibase"]
    return key


def test_signer_reproduces_the_proof_value() -> None:
    document = json.loads(_signed())
    proof = document.pop("proof")
    expected = proof.pop("proofValue")
    produced = create_proof(document, proof, _private_key())
    assert produced["proofValue"] == expected
    assert {k: v for k, v in produced.items() if k != "proofValue"} == proof


def test_verifier_accepts_the_vector_offline() -> None:
    result = verify_credential(_signed())
    assert result.valid, result.reason
    pair = json.loads((VECTORS / "keyPair.json").read_bytes())
    assert result.signer_did == "did:key:" + pair["publicKeyMultibase"]
    assert result.record_id == "urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33"
    assert not result.trusted


# Bytes that keep JSON parseable in many places: whitespace, digits, letters, quotes,
# escapes, structure; plus neighbours of the original byte (flip bit 0 and the case bit).
_REPLACEMENTS = b" \t\n\r0179aAzZ_-.:/#\"\\{}[],"


def test_every_single_byte_change_is_rejected() -> None:
    original_bytes = _signed()
    original = json.loads(original_bytes)
    same, different, unparsable = 0, 0, 0
    accepted_changes = []
    for position, byte in enumerate(original_bytes):
        candidates = set(_REPLACEMENTS) | {byte ^ 0x01, byte ^ 0x20}
        candidates.discard(byte)
        for replacement in sorted(candidates):
            mutated = bytearray(original_bytes)
            mutated[position] = replacement
            mutated = bytes(mutated)
            try:
                parsed = json.loads(mutated)
            except ValueError:
                unparsable += 1
                continue
            result = verify_credential(mutated)
            if parsed == original:  # whitespace outside strings: the same document
                same += 1
                assert result.valid, (position, bytes([replacement]), result.reason)
            else:
                different += 1
                if result.valid:
                    accepted_changes.append((position, bytes([replacement])))
    assert accepted_changes == []
    # the sweep really exercised both kinds (a regression guard for the test itself)
    assert same > 100 and different > 10_000, (same, different, unparsable)


# --- eddsa-rdfc-2022 (vc-di-eddsa/rdfc/signedDataInt.json) -----------------------------------

EXAMPLES_CONTEXT = "https://www.w3.org/ns/credentials/examples/v2"


@pytest.fixture
def examples_context(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The vector's second context (the VC examples context, which the app does not ship)
    served from ../shared/conformance/ob3/contexts for this test only."""
    shipped = linked_data.context_document
    examples = json.loads((VECTORS.parent / "ob3" / "contexts" /
                           "credentials-examples-v2.json").read_bytes())
    monkeypatch.setattr(linked_data, "context_document",
                        lambda url: examples if url == EXAMPLES_CONTEXT else shipped(url))
    yield
    monkeypatch.undo()
    linked_data.clear_caches()  # the processed examples context must not outlive the test


def _signed_rdfc() -> bytes:
    return (VECTORS / "rdfc" / "signedDataInt.json").read_bytes()


def test_rdfc_signer_reproduces_the_proof_value(examples_context: None) -> None:
    document = json.loads(_signed_rdfc())
    proof = document.pop("proof")
    expected = proof.pop("proofValue")
    produced = create_proof(document, proof, _private_key())
    assert produced["proofValue"] == expected
    assert {k: v for k, v in produced.items() if k != "proofValue"} == proof


def test_rdfc_verifier_accepts_the_vector_and_rejects_changes(examples_context: None) -> None:
    result = verify_credential(_signed_rdfc())
    assert result.valid and result.suites_verified == ("eddsa-rdfc-2022",), result.reason
    original = json.loads(_signed_rdfc())
    for path, value in ((("name",), "Alumni Credential!"),
                        (("credentialSubject", "alumniOf"), "The School of Samples"),
                        (("validFrom",), "2023-01-01T00:00:01Z"),
                        (("proof", "created"), "2023-02-24T23:36:39Z")):
        changed = json.loads(_signed_rdfc())
        target = changed
        for step in path[:-1]:
            target = target[step]
        target[path[-1]] = value
        assert changed != original
        assert not verify_credential(json.dumps(changed).encode()).valid, path


def test_rdfc_without_the_context_is_refused_not_fetched() -> None:
    result = verify_credential(_signed_rdfc())
    assert not result.valid and "nothing is fetched" in result.reason
