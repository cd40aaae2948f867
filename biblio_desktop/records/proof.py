"""Data Integrity proofs with the `eddsa-jcs-2022` cryptosuite (W3C, Data Integrity EdDSA
Cryptosuites v1.0, section 3.3), signing and checking.

    proofConfig   = the proof options without proofValue, with @context set to the
                    document's @context, canonicalized with JCS (RFC 8785)
    transformed   = JCS(the document without its proof)
    hashData      = SHA-256(proofConfig) || SHA-256(transformed)      (64 bytes)
    proofValue    = "z" + base58btc(Ed25519 signature of hashData)

Ed25519 is deterministic, so the same document, options and key give the same
proofValue byte for byte (the conformance test relies on it).
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
CRYPTOSUITE = "eddsa-jcs-2022"
PROOF_PURPOSE = "assertionMethod"

# XML Schema dateTime, as the spec asks of `created` (and VC 2.0 of validFrom)
DATETIME_RE = re.compile(
    r"-?\d{4,}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d"
    r"(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?")


class ProofError(BiblioError):
    """The proof options or document do not fit the cryptosuite."""


def is_datetime(value: object) -> bool:
    return isinstance(value, str) and DATETIME_RE.fullmatch(value) is not None


def _check_options(options: dict[str, Any]) -> None:
    if options.get("type") != PROOF_TYPE or options.get("cryptosuite") != CRYPTOSUITE:
        raise ProofError(f"The proof is not a {PROOF_TYPE} with cryptosuite {CRYPTOSUITE}.")
    if "created" in options and not is_datetime(options["created"]):
        raise ProofError("The proof's 'created' is not a valid date and time.")


def hash_data(unsecured_document: dict[str, Any], proof_options: dict[str, Any], *,
              simple: bool | None = None) -> bytes:
    """hashData of the spec: SHA-256(JCS(proofConfig)) || SHA-256(JCS(document)).

    `proof_options` must not hold proofValue; `unsecured_document` must not hold proof.
    `simple`: see `canonicalize`.
    """
    _check_options(proof_options)
    config = dict(proof_options)
    if "@context" in unsecured_document:
        config["@context"] = unsecured_document["@context"]
    canonical_config = canonicalize(config, simple=simple)
    canonical_document = canonicalize(unsecured_document, simple=simple)
    return hash_canonical(canonical_config, canonical_document)


def hash_canonical(canonical_config: bytes, canonical_document: bytes) -> bytes:
    """hashData from the JCS bytes of the proof configuration and of the document, for a
    verifier that made them itself after checking the options more strictly than
    `hash_data` does (so the same checks are not run twice per record)."""
    return hashlib.sha256(canonical_config).digest() + hashlib.sha256(canonical_document).digest()


def create_proof(unsecured_document: dict[str, Any], options: dict[str, Any],
                 private_key: PrivateKey) -> dict[str, Any]:
    """The proof object (options + proofValue) for the document, per spec 3.3.1."""
    if "proof" in unsecured_document:
        raise ProofError("The document already has a proof.")
    proof = {k: v for k, v in options.items() if k != "proofValue"}
    signature = private_key.sign(hash_data(unsecured_document, proof))
    proof["proofValue"] = multibase.encode(signature)
    return proof


def sign_document(unsecured_document: dict[str, Any], private_key: PrivateKey, *,
                  verification_method: str, created: str,
                  proof_purpose: str = PROOF_PURPOSE) -> dict[str, Any]:
    """A copy of the document with an eddsa-jcs-2022 `proof` added.

    The proof does not repeat the document's @context: the proof configuration is
    always signed with the document's @context (spec 3.3.5), so a copy in the proof adds
    nothing a verifier could check, and a field that can be removed without breaking the
    signature would only invite questions.
    """
    options: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": created,
        "verificationMethod": verification_method,
        "proofPurpose": proof_purpose,
    }
    signed = dict(unsecured_document)
    signed["proof"] = create_proof(unsecured_document, options, private_key)
    return signed
