"""Signed completion records: the installation key, Open Badges 3.0 credentials with
a proof set of eddsa-rdfc-2022 and eddsa-jcs-2022 proofs, and their offline verification
(docs/records.md).

Pure core: no Qt, no network. The UI and CLI use `issue_record` to export and
`verify_credential` to check.
"""

from __future__ import annotations

from .credential import CONTEXTS, CREDENTIAL_TYPES, build_credential
from .issue import IssuedRecord, issue_record, issued_records, record_sha256, write_record_file
from .keys import InstallationKey, fingerprint, load_installation_key
from .proof import CRYPTOSUITES, JCS, RDFC, create_proof, hash_data, sign_document
from .trusted import TrustedKey, TrustedKeys, load_trusted_keys, trusted_keys_from_json
from .verify import ProofCheck, VerificationResult, verify_credential, verify_file

__all__ = [
    "CONTEXTS",
    "CREDENTIAL_TYPES",
    "CRYPTOSUITES",
    "JCS",
    "RDFC",
    "InstallationKey",
    "IssuedRecord",
    "ProofCheck",
    "TrustedKey",
    "TrustedKeys",
    "VerificationResult",
    "build_credential",
    "create_proof",
    "fingerprint",
    "hash_data",
    "issue_record",
    "issued_records",
    "load_installation_key",
    "load_trusted_keys",
    "record_sha256",
    "sign_document",
    "trusted_keys_from_json",
    "verify_credential",
    "verify_file",
    "write_record_file",
]
