"""Checking completion records (and any eddsa-jcs-2022 / eddsa-rdfc-2022 credential)
offline, in bulk.

`verify_credential(data)` never raises for a bad record: it returns a
`VerificationResult` whose `reason` says what is wrong, so a facilitator can check a
folder of thousands of files and get one line each. It checks, in order: the bytes are
UTF-8 JSON without duplicate keys; the structure (VC 2.0 fields, and the Open Badges 3.0
ones when the type says OpenBadgeCredential); every proof of the proof set is a
DataIntegrityProof with cryptosuite eddsa-rdfc-2022 or eddsa-jcs-2022; each proof's key
(from a `did:key`, the multibase fragment of the verification method, or the
trusted-keys file) belongs to the issuer; each signature (proof.py). A record is valid
when every proof checked is. Whether the signer is someone you trust is a separate
answer (`trusted`), from a trusted-keys file (trusted.py, docs/records.md).

Speed: a jcs proof costs about 150 us (JSON parse, JCS, Ed25519); an rdfc proof about
100 times more (JSON-LD expansion and RDF canonicalization in Python). `suites` lets a
central office check thousands of records by their jcs proof alone.

Records of the first release (one jcs proof, no `proof.@context`, signed with the
document's @context injected into the proof configuration) are "valid, old form", with a
hint to export them again (`VerificationResult.old_form`).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Collection, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

from .. import clock, ed25519
from ..errors import BiblioError
from . import multibase
from .canonical import MAX_SAFE_INTEGER, dumps_simple
from .credential import OB_V3_CONTEXT, VC_V2_CONTEXT, describe_subject
from .keys import fingerprint
from .proof import (
    CRYPTOSUITES,
    JCS,
    PROOF_PURPOSE,
    PROOF_TYPE,
    RDFC,
    hash_canonical,
    hash_data,
    hash_data_old_form,
    hash_data_rdfc,
    is_datetime,
)
from .trusted import (
    TRUSTED_KEYS_FORMAT,
    TrustedKey,
    TrustedKeys,
    load_trusted_keys,
    parse_trusted_key,
    trusted_keys_from_json,
)

__all__ = [
    "MAX_RECORD_BYTES",
    "TRUSTED_KEYS_FORMAT",
    "ProofCheck",
    "TrustedKey",
    "TrustedKeys",
    "VerificationResult",
    "load_trusted_keys",
    "parse_trusted_key",
    "trusted_keys_from_json",
    "verify_credential",
    "verify_file",
]

MAX_RECORD_BYTES = 1024 * 1024
OLD_FORM_HINT = ("old form: a BIBLIO Desktop 0.1 record, accepted only by BIBLIO Desktop; "
                 "export it again from the app (same learner and course) for a record "
                 "every verifier accepts")


@dataclass(frozen=True)
class ProofCheck:
    """One proof of a record: `verified` None when it was not checked (`suites`)."""

    cryptosuite: str
    verified: bool | None
    reason: str
    verification_method: str | None = None


@dataclass(frozen=True)
class VerificationResult:
    """The answer for one record. `valid`: unaltered and signed by the key it names (every
    proof checked verified); `trusted`: that key is in the trusted list given (False when
    none was given); `old_form`: valid, but in the first release's form (see module doc)."""

    valid: bool
    reason: str
    signer_did: str | None = None  # did:key of the signing key, when it could be read
    signer_fingerprint: str | None = None
    trusted: bool = False
    trusted_name: str | None = None
    issuer: str | None = None  # the issuer id the record claims
    issuer_name: str | None = None
    record_id: str | None = None
    learner: str | None = None
    course: str | None = None
    proofs: tuple[ProofCheck, ...] = ()
    old_form: bool = False

    @property
    def suites_verified(self) -> tuple[str, ...]:
        return tuple(p.cryptosuite for p in self.proofs if p.verified)

    def as_dict(self) -> dict[str, Any]:
        result = asdict(self)
        result["suites_verified"] = list(self.suites_verified)
        return result


# --- parsing and structure -----------------------------------------------------------------

class _Invalid(Exception):
    """Internal: stop checking one record, with the reason."""


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _Invalid(f"the JSON repeats the key {key!r}, so readers could see "
                               "different content")
            seen.add(key)
    return result


def _no_constants(name: str) -> Any:
    raise _Invalid(f"the JSON holds {name}, which is not a JSON number")


class _NotSimple(Exception):
    """Internal: the JSON has a number `json.dumps` would not write the JCS way."""


def _float(text: str) -> float:
    raise _NotSimple


def _int(text: str) -> int:
    value = int(text)
    if not -MAX_SAFE_INTEGER <= value <= MAX_SAFE_INTEGER:
        raise _NotSimple
    return value


# The strict decoder gives up at the first float or huge integer (records have none);
# such a document is parsed again with the general one and canonicalized by rfc8785.
_strict = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants,
                           parse_float=_float, parse_int=_int)
_general = json.JSONDecoder(object_pairs_hook=_no_duplicates, parse_constant=_no_constants)


def _plain(data: bytes) -> bool:
    """No \\u escape (it could make an astral character or a lone surrogate) and nothing
    above U+FFFF (UTF-8 lead bytes F0-F4): then no key can sort differently by UTF-16 code
    units. Single-byte searches (memchr) first: a regular expression or a two-byte search
    over a 10 KB record costs as much as parsing a tenth of it."""
    if b"\\" in data and b"\\u" in data:
        return False
    return data.isascii() or not (b"\xf0" in data or b"\xf1" in data or b"\xf2" in data
                                  or b"\xf3" in data or b"\xf4" in data)


def _parse(data: bytes) -> tuple[dict[str, Any], bool]:
    """The document, and whether `json.dumps` gives its JCS form (see canonical.py)."""
    if len(data) > MAX_RECORD_BYTES:
        raise _Invalid(f"the file is larger than {MAX_RECORD_BYTES // 1024} KiB, too large "
                       "for a record")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _Invalid("the file is not UTF-8 text") from exc
    simple = _plain(data)
    try:
        try:
            document = _strict.decode(text)
        except _NotSimple:
            document, simple = _general.decode(text), False
    except ValueError as exc:
        raise _Invalid(f"the file is not valid JSON ({exc})") from exc
    except RecursionError as exc:
        raise _Invalid("the JSON is nested too deeply") from exc
    if not isinstance(document, dict):
        raise _Invalid("the file is not a JSON object")
    return document, simple


def _types(value: Any, what: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and value and all(map(isinstance, value, repeat(str))):
        return value
    raise _Invalid(f"{what} must be a type name or a list of them")


def _text(obj: Mapping[str, Any], key: str, what: str) -> str:
    value = obj.get(key)
    if not isinstance(value, str) or not value:
        raise _Invalid(f"{what} is missing or not text")
    return value


def _check_structure(doc: dict[str, Any]) -> None:
    context = doc.get("@context")
    if not (isinstance(context, list) and context and context[0] == VC_V2_CONTEXT
            and all(map(isinstance, context, repeat((str, dict))))):
        raise _Invalid(f"'@context' must be a list starting with {VC_V2_CONTEXT}")
    types = _types(doc.get("type"), "'type'")
    if "VerifiableCredential" not in types:
        raise _Invalid("'type' does not include VerifiableCredential")
    if "id" in doc and not isinstance(doc["id"], str):
        raise _Invalid("'id' must be text")
    issuer = doc.get("issuer")
    if isinstance(issuer, dict):
        _text(issuer, "id", "'issuer.id'")
    elif not isinstance(issuer, str) or not issuer:
        raise _Invalid("'issuer' is missing (text or an object with an id)")
    subject = doc.get("credentialSubject")
    subjects = subject if isinstance(subject, list) else [subject]
    if not subjects or not all(map(isinstance, subjects, repeat(dict))):
        raise _Invalid("'credentialSubject' must be an object")
    for key in ("validFrom", "validUntil"):
        if key in doc and not is_datetime(doc[key]):
            raise _Invalid(f"'{key}' is not a valid date and time")
    if "OpenBadgeCredential" in types or "AchievementCredential" in types:
        _check_open_badge(doc, context, issuer, subject)


def _check_open_badge(doc: dict[str, Any], context: list[Any], issuer: Any,
                      subject: Any) -> None:
    if OB_V3_CONTEXT not in context:
        raise _Invalid(f"an OpenBadgeCredential needs the context {OB_V3_CONTEXT}")
    _text(doc, "id", "'id'")
    _text(doc, "name", "'name'")
    if "validFrom" not in doc:
        raise _Invalid("'validFrom' is missing")
    if not isinstance(issuer, dict) or "Profile" not in _types(issuer.get("type"),
                                                               "'issuer.type'"):
        raise _Invalid("'issuer' must be a Profile object")
    if not isinstance(subject, dict):
        raise _Invalid("'credentialSubject' must be one AchievementSubject object")
    achievement = subject.get("achievement")
    if not isinstance(achievement, dict):
        raise _Invalid("'credentialSubject.achievement' is missing")
    _text(achievement, "id", "'achievement.id'")
    _text(achievement, "name", "'achievement.name'")
    if "Achievement" not in _types(achievement.get("type"), "'achievement.type'"):
        raise _Invalid("'achievement.type' does not include Achievement")
    if not isinstance(achievement.get("criteria"), dict):
        raise _Invalid("'achievement.criteria' is missing")
    results = subject.get("result", [])
    if not isinstance(results, list) or not all(map(isinstance, results, repeat(dict))):
        raise _Invalid("'credentialSubject.result' must be a list of objects")



def _check_proofs(doc: dict[str, Any]) -> list[dict[str, Any]]:
    """The proofs of the record (one, or a proof set), each checked for its fields."""
    proof = doc.get("proof")
    if proof is None:
        raise _Invalid("the record has no proof (it is not signed)")
    proofs = proof if isinstance(proof, list) else [proof]
    if not proofs:
        raise _Invalid("the record's proof set is empty (it is not signed)")
    for n, item in enumerate(proofs, 1):
        where = "the proof" if len(proofs) == 1 else f"proof {n} of the set"
        if not isinstance(item, dict):
            raise _Invalid(f"{where} must be an object")
        if item.get("type") != PROOF_TYPE:
            raise _Invalid(f"the type of {where} is not {PROOF_TYPE}")
        if item.get("cryptosuite") not in CRYPTOSUITES:
            raise _Invalid(f"the cryptosuite of {where} is {item.get('cryptosuite')!r}; "
                           f"this verifier checks {RDFC} and {JCS}")
        if item.get("proofPurpose") != PROOF_PURPOSE:
            raise _Invalid(f"the proof purpose of {where} is not {PROOF_PURPOSE}")
        _text(item, "verificationMethod", f"'verificationMethod' of {where}")
        _text(item, "proofValue", f"'proofValue' of {where}")
        if "created" in item and not is_datetime(item["created"]):
            raise _Invalid(f"'created' of {where} is not a valid date and time")
        if "expires" in item and not is_datetime(item["expires"]):
            raise _Invalid(f"'expires' of {where} is not a valid date and time")
        # The spec lets the document's @context merely start with the proof's and then
        # verifies under the proof's; we ask for equality, so no vocabulary can be added
        # to a signed record.
        if "@context" in item and item["@context"] != doc["@context"]:
            raise _Invalid(f"the @context of {where} does not match the record's")
    return proofs

# --- keys and signature ---------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _names(raw: bytes) -> tuple[str, str]:
    return multibase.did_key(raw), fingerprint(raw)


@functools.lru_cache(maxsize=4096)
def _embedded_key(method: str) -> bytes | None:
    """The key inside a did:key or a multibase fragment, None if the method has neither."""
    if method.startswith(multibase.DID_KEY_PREFIX):
        return multibase.public_key_from_did_key(method)
    _, hash_, fragment = method.partition("#")
    if hash_ and fragment.startswith("z"):
        return multibase.public_key_from_multibase(fragment)
    return None


def _resolve_key(method: str, trusted: TrustedKeys | None) -> bytes:
    """The public key a verification method names, without going online."""
    try:
        embedded = _embedded_key(method)
    except BiblioError as exc:
        raise _Invalid(f"the verification method does not name an Ed25519 key ({exc})"
                       ) from exc
    if embedded is not None:
        return embedded
    known = trusted.for_method(method) if trusted else None
    if known is None:
        raise _Invalid(f"the key {method} cannot be found offline (it is neither a did:key "
                       "nor in the trusted-keys file)")
    return known.public_key


def _expired(doc: dict[str, Any], proof: dict[str, Any], now: datetime) -> str | None:
    for where, value in (("record", doc.get("validUntil")), ("proof", proof.get("expires"))):
        if value is None:
            continue
        try:
            when = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return f"the {where}'s expiry date {value} cannot be read"
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        if when < now:
            wrong = clock.implausible(now)  # a clock in 2380 makes every record "expired"
            note = (f" (but this computer's clock says {clock.day(now)}, which cannot be "
                    "right: set it and check again)") if wrong else ""
            return f"the {where} expired on {value}{note}"
    return None



def _signature(proof: dict[str, Any]) -> bytes:
    try:
        signature = multibase.decode(proof["proofValue"])
    except BiblioError as exc:
        raise _Invalid("the proofValue is not base58btc multibase") from exc
    if len(signature) != 64:
        raise _Invalid("the proofValue is not an Ed25519 signature (64 bytes)")
    return signature


class _Document:
    """The record without its proofs, and its JCS bytes made once for every jcs proof."""

    __slots__ = ("_jcs", "simple", "unsecured")

    def __init__(self, doc: dict[str, Any], simple: bool) -> None:
        self.unsecured = {k: v for k, v in doc.items() if k != "proof"}
        self.simple = simple
        self._jcs: bytes | None = None

    def jcs_hash(self, options: dict[str, Any]) -> bytes:
        if not self.simple:
            return hash_data(self.unsecured, options)
        # hash_data minus its option checks (_check_proofs' are stricter) and minus
        # canonicalize's wrapping; nothing in a simple document can fail to serialize.
        if self._jcs is None:
            self._jcs = dumps_simple(self.unsecured).encode()
        return hash_canonical(dumps_simple(options).encode(), self._jcs)


def _check_signature(proof: dict[str, Any], document: _Document, public: bytes,
                     single: bool) -> tuple[bool, bool]:
    """(verified, old_form) for one proof whose fields and key were checked."""
    signature = _signature(proof)
    options = {k: v for k, v in proof.items() if k != "proofValue"}
    if proof["cryptosuite"] == RDFC:
        try:
            message = hash_data_rdfc(document.unsecured, options)
        except BiblioError as exc:
            raise _Invalid(str(exc).rstrip(".")) from exc
        return ed25519.verify(public, signature, message), False
    try:
        if ed25519.verify(public, signature, document.jcs_hash(options)):
            return True, False
        if single and "@context" not in proof and "@context" in document.unsecured:
            old = hash_data_old_form(document.unsecured, options, simple=document.simple)
            return (True, True) if ed25519.verify(public, signature, old) else (False, False)
    except BiblioError as exc:
        raise _Invalid(str(exc).rstrip(".")) from exc
    return False, False


def _describe_valid(suites: tuple[str, ...], old_form: bool, trusted_name: str | None,
                    trusted_keys: TrustedKeys | None) -> str:
    if old_form:
        reason = f"signature valid ({JCS}), {OLD_FORM_HINT}"
    else:
        reason = f"signature valid ({' and '.join(suites)})"
    if trusted_name is not None:
        return f"{reason}; signed by a trusted key ({trusted_name})"
    if trusted_keys is not None:
        return f"{reason}; but the key is not in the trusted list"
    return f"{reason}; signer not checked against a trusted list"


def verify_credential(data: bytes, trusted_keys: TrustedKeys | None = None, *,
                      now: datetime | None = None,
                      suites: Collection[str] | None = None) -> VerificationResult:
    """Check one record file's bytes; never raises for bad input (see module doc).

    `suites`: check only the proofs of these cryptosuites (the record must have at least
    one); None checks every proof. Written for folders of thousands of records, where a
    jcs proof runs about 110 us of Python around 40 us of Ed25519: what is learnt from
    the record is kept in locals, and the usual record goes straight to the JSON encoder
    (see `_plain`).
    """
    record_id = learner = course = issuer_id = issuer_name = signer_did = None
    signer_fingerprint = None
    checks: list[ProofCheck] = []
    results: dict[int, ProofCheck] = {}  # by the proof's place in the set
    publics: list[bytes] = []
    old_form = False
    try:
        doc, simple = _parse(data)
        record_id = doc.get("id")
        if not isinstance(record_id, str):
            record_id = None
        learner, course = describe_subject(doc)
        _check_structure(doc)
        issuer = doc["issuer"]
        if isinstance(issuer, dict):
            issuer_id = issuer["id"]
            if isinstance(issuer.get("name"), str):
                issuer_name = issuer["name"]
        else:
            issuer_id = issuer
        proofs = _check_proofs(doc)
        if suites is not None and not any(p["cryptosuite"] in suites for p in proofs):
            raise _Invalid(f"the record has no {' or '.join(sorted(suites))} proof")
        document = _Document(doc, simple)
        failure = None
        # The fast jcs proofs first: a record one of them refutes is invalid already, and
        # its rdfc proofs (slow) are not worked through.
        for index in sorted(range(len(proofs)), key=lambda i: proofs[i]["cryptosuite"] != JCS):
            proof = proofs[index]
            suite, method = proof["cryptosuite"], proof["verificationMethod"]
            if suites is not None and suite not in suites:
                results[index] = ProofCheck(suite, None, "not checked", method)
                continue
            if failure is not None:
                results[index] = ProofCheck(suite, None, "not checked: another proof of the "
                                            "record already failed", method)
                continue
            public = _resolve_key(method, trusted_keys)
            if signer_did is None:
                signer_did, signer_fingerprint = _names(public)
            if method.partition("#")[0] != issuer_id:
                raise _Invalid("the signing key does not belong to the issuer named in the "
                               "record")
            verified, old = _check_signature(proof, document, public, len(proofs) == 1 and
                                             not isinstance(doc["proof"], list))
            old_form = old_form or old
            reason = "signature valid" if verified else (
                f"the {suite} signature does not match: the record was changed after it "
                "was signed, or was not signed with this key")
            if verified and ("validUntil" in doc or "expires" in proof):
                expired = _expired(doc, proof, now or clock.now())
                if expired:
                    verified, reason = False, expired
            results[index] = ProofCheck(suite, verified, reason, method)
            publics.append(public)
            if not verified and failure is None:
                failure = reason
        checks = [results[i] for i in range(len(proofs))]
        if failure is not None:
            raise _Invalid(failure)
    except _Invalid as exc:
        return VerificationResult(valid=False, reason=str(exc), signer_did=signer_did,
                                  signer_fingerprint=signer_fingerprint, issuer=issuer_id,
                                  issuer_name=issuer_name, record_id=record_id,
                                  learner=learner, course=course,
                                  proofs=tuple(results[i] for i in sorted(results)))
    known = [trusted_keys.named(public) for public in publics] if trusted_keys else []
    trusted = bool(known) and all(k is not None for k in known)
    trusted_name = known[0].name if trusted and known[0] is not None else None
    result_checks = tuple(checks)
    reason = _describe_valid(tuple(c.cryptosuite for c in checks if c.verified), old_form,
                             trusted_name, trusted_keys)
    return VerificationResult(valid=True, reason=reason, signer_did=signer_did,
                              signer_fingerprint=signer_fingerprint, trusted=trusted,
                              trusted_name=trusted_name, issuer=issuer_id,
                              issuer_name=issuer_name, record_id=record_id, learner=learner,
                              course=course, proofs=result_checks, old_form=old_form)


def verify_file(path: Path, trusted_keys: TrustedKeys | None = None, *,
                suites: Collection[str] | None = None) -> VerificationResult:
    """`verify_credential` of a file; an unreadable file is an invalid record."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
    except OSError as exc:
        return VerificationResult(valid=False, reason=f"cannot read the file: {exc.strerror}")
    return verify_credential(data, trusted_keys, suites=suites)
