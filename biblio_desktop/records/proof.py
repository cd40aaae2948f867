"""Data Integrity proofs with the two EdDSA cryptosuites of the W3C Recommendation "Data
Integrity EdDSA Cryptosuites v1.0" (15 May 2025), signing and hashing.

A record carries a proof set: both proofs sign the same document (the record without
`proof`), independently, with the same key. Why two: `eddsa-rdfc-2022` is what Open
Badges wallets and 1EdTech's validator accept; `eddsa-jcs-2022` is what a central office
can check by the thousand per second. Both follow the Recommendation:

    eddsa-jcs-2022 (section 3.3)
      proof         = the options + @context = the document's @context (3.3.1 step 2)
      proofConfig   = JCS(proof without proofValue)        as written, nothing injected
      transformed   = JCS(document)
    eddsa-rdfc-2022 (section 3.2)
      proof         = the options (no @context: the document's applies, 3.2.5)
      proofConfig   = RDFC-1.0(proof without proofValue, with the document's @context)
      transformed   = RDFC-1.0(document)
    hashData        = SHA-256(proofConfig) || SHA-256(transformed)      (64 bytes)
    proofValue      = "z" + base58btc(Ed25519 signature of hashData)

Ed25519 is deterministic, so the same document, options and key give the same
proofValue byte for byte (the conformance tests rely on it).

Records exported before the proof set (one jcs proof, no `proof.@context`) were signed
over the options with the document's @context injected: `hash_data_old_form` recomputes
that so `verify` can still recognise them (docs/records.md, "Old-form records").
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

from ..ed25519 import PrivateKey
from ..errors import BiblioError
from . import multibase
from .canonical import canonicalize

PROOF_TYPE = "DataIntegrityProof"
JCS = "eddsa-jcs-2022"
RDFC = "eddsa-rdfc-2022"
CRYPTOSUITE = JCS  # the fast one, kept under its old name for callers that check one
CRYPTOSUITES = (RDFC, JCS)  # what records carry, in this order
PROOF_PURPOSE = "assertionMethod"

# XML Schema dateTime, as the spec asks of `created` (and VC 2.0 of validFrom)
DATETIME_RE = re.compile(
    r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d"
    r"(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?")


class ProofError(BiblioError):
    """The proof options or document do not fit the cryptosuite."""


def is_datetime(value: object) -> bool:
    return isinstance(value, str) and DATETIME_RE.fullmatch(value) is not None


def _check_options(options: dict[str, Any], cryptosuite: str) -> None:
    if options.get("type") != PROOF_TYPE or options.get("cryptosuite") != cryptosuite:
        raise ProofError(f"The proof is not a {PROOF_TYPE} with cryptosuite {cryptosuite}.")
    if "created" in options and not is_datetime(options["created"]):
        raise ProofError("The proof's 'created' is not a valid date and time.")
    if "proofValue" in options:
        raise ProofError("The proof options must not hold a proofValue.")


def hash_canonical(canonical_config: bytes, canonical_document: bytes) -> bytes:
    """hashData from the canonical bytes of the proof configuration and of the document,
    for a verifier that made them itself after checking the options more strictly than
    `hash_data` does (so the same checks are not run twice per record)."""
    return hashlib.sha256(canonical_config).digest() + hashlib.sha256(canonical_document).digest()


def hash_data(unsecured_document: dict[str, Any], proof_options: dict[str, Any], *,
              simple: bool | None = None) -> bytes:
    """eddsa-jcs-2022 hashData: SHA-256(JCS(proof options as written)) ||
    SHA-256(JCS(document)). The options of a proof made here hold the document's
    @context (`create_proof` puts it there); they must not hold proofValue, and the
    document must not hold proof. `simple`: see `canonicalize`."""
    _check_options(proof_options, JCS)
    return hash_canonical(canonicalize(proof_options, simple=simple),
                          canonicalize(unsecured_document, simple=simple))


def hash_data_old_form(unsecured_document: dict[str, Any], proof_options: dict[str, Any], *,
                       simple: bool | None = None) -> bytes:
    """The hashData records of the first release were signed over: the jcs options
    without @context in the proof but with the document's @context added before hashing.
    Only for recognising those records; never used to sign."""
    config = dict(proof_options)
    if "@context" in unsecured_document:
        config["@context"] = unsecured_document["@context"]
    return hash_data(unsecured_document, config, simple=simple)


def hash_data_rdfc(unsecured_document: dict[str, Any], proof_options: dict[str, Any]) -> bytes:
    """eddsa-rdfc-2022 hashData: SHA-256(RDFC-1.0(proof configuration)) ||
    SHA-256(RDFC-1.0(document)), the configuration read under the document's @context
    (or the proof's own, when it has one). Raises LinkedDataError when the document
    names a context the app does not ship or holds terms no context defines."""
    from .linked_data import canonical_nquads

    _check_options(proof_options, RDFC)
    config = dict(proof_options)
    if "@context" not in config and "@context" in unsecured_document:
        config["@context"] = unsecured_document["@context"]
    return hash_canonical(canonical_nquads(config).encode("utf-8"),
                          canonical_nquads(unsecured_document).encode("utf-8"))


def create_proof(unsecured_document: dict[str, Any], options: dict[str, Any],
                 private_key: PrivateKey) -> dict[str, Any]:
    """The proof object (options + proofValue) for the document, per the Recommendation
    (3.3.1 for jcs, 3.2.1 for rdfc; the suite is `options["cryptosuite"]`)."""
    if "proof" in unsecured_document:
        raise ProofError("The document already has a proof.")
    proof = {k: v for k, v in options.items() if k != "proofValue"}
    suite = proof.get("cryptosuite")
    if suite == JCS:
        if "@context" in unsecured_document:
            proof["@context"] = unsecured_document["@context"]
        message = hash_data(unsecured_document, proof)
    elif suite == RDFC:
        message = hash_data_rdfc(unsecured_document, proof)
    else:
        raise ProofError(f"The cryptosuite {suite!r} is not one BIBLIO Desktop signs with "
                         f"({', '.join(CRYPTOSUITES)}).")
    proof["proofValue"] = multibase.encode(private_key.sign(message))
    return proof


def sign_document(unsecured_document: dict[str, Any], private_key: PrivateKey, *,
                  verification_method: str, created: str,
                  proof_purpose: str = PROOF_PURPOSE,
                  cryptosuites: tuple[str, ...] = CRYPTOSUITES) -> dict[str, Any]:
    """A copy of the document with a proof set (`proof` an array) of one proof per
    cryptosuite, each over the document without `proof` (Data Integrity, proof sets)."""
    proofs = []
    for suite in cryptosuites:
        options: dict[str, Any] = {
            "type": PROOF_TYPE,
            "cryptosuite": suite,
            "created": created,
            "verificationMethod": verification_method,
            "proofPurpose": proof_purpose,
        }
        proofs.append(create_proof(unsecured_document, options, private_key))
    signed = dict(unsecured_document)
    signed["proof"] = proofs
    return signed
