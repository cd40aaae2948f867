"""Checking completion records (and any eddsa-jcs-2022 credential) offline, in bulk.

`verify_credential(data)` never raises for a bad record: it returns a
`VerificationResult` whose `reason` says what is wrong, so a facilitator can check a
folder of thousands of files and get one line each. It checks, in order: the bytes are
UTF-8 JSON without duplicate keys; the structure (VC 2.0 fields, and the Open Badges 3.0
ones when the type says OpenBadgeCredential); the proof is a DataIntegrityProof with
cryptosuite eddsa-jcs-2022; the key (from a `did:key`, the multibase fragment of the
verification method, or the trusted-keys file) belongs to the issuer; the signature over
the JCS-canonical document and proof configuration. Whether the signer is someone you
trust is a separate answer (`trusted`), from a trusted-keys file (docs/records.md).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from itertools import repeat
from pathlib import Path
from typing import Any

from .. import ed25519
from ..errors import BiblioError
from . import multibase
from .canonical import MAX_SAFE_INTEGER, dumps_simple
from .credential import OB_V3_CONTEXT, VC_V2_CONTEXT, describe_subject
from .keys import fingerprint
from .proof import (
    CRYPTOSUITE,
    PROOF_PURPOSE,
    PROOF_TYPE,
    hash_canonical,
    hash_data,
    is_datetime,
)

MAX_RECORD_BYTES = 1024 * 1024
TRUSTED_KEYS_FORMAT = "biblio-trusted-keys"


@dataclass(frozen=True)
class VerificationResult:
    """The answer for one record. `valid`: unaltered and signed by the key it names;
    `trusted`: that key is in the trusted list given (False when none was given)."""

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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public_key: bytes
    verification_method: str | None = None

    @property
    def did(self) -> str:
        return multibase.did_key(self.public_key)


@dataclass(frozen=True)
class TrustedKeys:
    """Keys whose records you accept as coming from known installations."""

    keys: tuple[TrustedKey, ...] = ()
    _by_key: dict[bytes, TrustedKey] = field(default_factory=dict, compare=False, repr=False)
    _by_method: dict[str, TrustedKey] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for key in self.keys:
            self._by_key.setdefault(key.public_key, key)
            if key.verification_method:
                self._by_method.setdefault(key.verification_method, key)

    def named(self, public_key: bytes) -> TrustedKey | None:
        return self._by_key.get(public_key)

    def for_method(self, verification_method: str) -> TrustedKey | None:
        return self._by_method.get(verification_method)

    def __len__(self) -> int:
        return len(self.keys)


def parse_trusted_key(text: str) -> bytes:
    """Raw public key of a `did:key:z6Mk...` (optionally with fragment) or `z6Mk...`."""
    if text.startswith(multibase.DID_KEY_PREFIX):
        return multibase.public_key_from_did_key(text)
    return multibase.public_key_from_multibase(text)


def trusted_keys_from_json(data: Any, where: str = "the trusted-keys file") -> TrustedKeys:
    """Build the trusted list from parsed JSON (format in docs/records.md).

    Accepts `{"format": "biblio-trusted-keys", "version": 1, "keys": [...]}` or just the
    list; each entry is a key string or `{"name", "key", "verificationMethod"?}`.
    """
    entries = data
    if isinstance(data, dict):
        if data.get("format") not in (None, TRUSTED_KEYS_FORMAT):
            raise BiblioError(f"{where} is not a trusted-keys file (format "
                              f"{data.get('format')!r}).", "see docs/records.md")
        entries = data.get("keys")
    if not isinstance(entries, list):
        raise BiblioError(f"{where} must hold a list of keys.", "see docs/records.md")
    keys = []
    for n, entry in enumerate(entries, 1):
        if isinstance(entry, str):
            entry = {"key": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("key"), str):
            raise BiblioError(f"Entry {n} of {where} has no \"key\" text.",
                              "see docs/records.md")
        name = entry.get("name")
        method = entry.get("verificationMethod")
        if (name is not None and not isinstance(name, str)) or (
                method is not None and not isinstance(method, str)):
            raise BiblioError(f"Entry {n} of {where}: \"name\" and \"verificationMethod\" "
                              "must be text.")
        try:
            raw = parse_trusted_key(entry["key"])
        except BiblioError as exc:
            raise BiblioError(f"Entry {n} of {where} is not an Ed25519 did:key or public key "
                              f"multibase ({exc}).", "see docs/records.md") from exc
        keys.append(TrustedKey(name or entry["key"], raw, method))
    return TrustedKeys(tuple(keys))


def load_trusted_keys(paths: Path | Iterable[Path]) -> TrustedKeys:
    """Read one or more trusted-keys files into one list."""
    paths = [paths] if isinstance(paths, Path | str) else list(paths)
    keys: list[TrustedKey] = []
    for path in map(Path, paths):
        try:
            data = json.loads(path.read_bytes())
        except OSError as exc:
            raise BiblioError(f"Cannot read the trusted-keys file {path}: {exc.strerror}."
                              ) from exc
        except ValueError as exc:
            raise BiblioError(f"The trusted-keys file {path} is not valid JSON ({exc}).",
                              "see docs/records.md") from exc
        keys.extend(trusted_keys_from_json(data, str(path)).keys)
    return TrustedKeys(tuple(keys))


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


def _check_proof(doc: dict[str, Any]) -> dict[str, Any]:
    proof = doc.get("proof")
    if proof is None:
        raise _Invalid("the record has no proof (it is not signed)")
    if isinstance(proof, list):
        raise _Invalid("proof sets (several proofs) are not supported")
    if not isinstance(proof, dict):
        raise _Invalid("'proof' must be an object")
    if proof.get("type") != PROOF_TYPE:
        raise _Invalid(f"the proof type is not {PROOF_TYPE}")
    if proof.get("cryptosuite") != CRYPTOSUITE:
        raise _Invalid(f"the cryptosuite is {proof.get('cryptosuite')!r}, not {CRYPTOSUITE}")
    if proof.get("proofPurpose") != PROOF_PURPOSE:
        raise _Invalid(f"the proof purpose is not {PROOF_PURPOSE}")
    _text(proof, "verificationMethod", "'proof.verificationMethod'")
    _text(proof, "proofValue", "'proof.proofValue'")
    if "created" in proof and not is_datetime(proof["created"]):
        raise _Invalid("'proof.created' is not a valid date and time")
    if "expires" in proof and not is_datetime(proof["expires"]):
        raise _Invalid("'proof.expires' is not a valid date and time")
    return proof


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
            return f"the {where} expired on {value}"
    return None


def verify_credential(data: bytes, trusted_keys: TrustedKeys | None = None, *,
                      now: datetime | None = None) -> VerificationResult:
    """Check one record file's bytes; never raises for bad input (see module doc).

    Written for folders of thousands of records, where it runs about 110 us of Python
    around 40 us of Ed25519: what is learnt from the record is kept in locals (not a dict
    of facts), and the usual record goes straight to the JSON encoder (see `_plain`).
    """
    record_id = learner = course = issuer_id = issuer_name = signer_did = None
    signer_fingerprint = None
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
        proof = _check_proof(doc)
        context = proof.get("@context")
        # The spec lets the document's @context merely start with the proof's and then
        # verifies under the proof's; we ask for equality, so no vocabulary can be added
        # to a signed record.
        if context is not None and context != doc["@context"]:
            raise _Invalid("the proof's @context does not match the record's")
        method = proof["verificationMethod"]
        public = _resolve_key(method, trusted_keys)
        signer_did, signer_fingerprint = _names(public)
        if method.partition("#")[0] != issuer_id:
            raise _Invalid("the signing key does not belong to the issuer named in the record")
        try:
            signature = multibase.decode(proof["proofValue"])
        except BiblioError as exc:
            raise _Invalid("the proofValue is not base58btc multibase") from exc
        if len(signature) != 64:
            raise _Invalid("the proofValue is not an Ed25519 signature (64 bytes)")
        unsecured = {k: v for k, v in doc.items() if k != "proof"}
        options = {k: v for k, v in proof.items() if k != "proofValue"}
        if simple:
            # hash_data minus its option checks (_check_proof's are stricter) and minus
            # canonicalize's wrapping; nothing in a simple document can fail to serialize.
            options["@context"] = doc["@context"]
            message = hash_canonical(dumps_simple(options).encode(),
                                     dumps_simple(unsecured).encode())
        else:
            try:
                message = hash_data(unsecured, options)
            except BiblioError as exc:
                raise _Invalid(str(exc).rstrip(".")) from exc
        if not ed25519.verify(public, signature, message):
            raise _Invalid("the signature does not match: the record was changed after it "
                           "was signed, or was not signed with this key")
        if "validUntil" in doc or "expires" in proof:
            expired = _expired(doc, proof, now or datetime.now(UTC))
            if expired:
                raise _Invalid(expired)
    except _Invalid as exc:
        return VerificationResult(valid=False, reason=str(exc), signer_did=signer_did,
                                  signer_fingerprint=signer_fingerprint, issuer=issuer_id,
                                  issuer_name=issuer_name, record_id=record_id,
                                  learner=learner, course=course)
    known = trusted_keys.named(public) if trusted_keys else None
    if known is not None:
        reason = f"signed by a trusted key ({known.name})"
    elif trusted_keys is not None:
        reason = "signature valid, but the key is not in the trusted list"
    else:
        reason = "signature valid; signer not checked against a trusted list"
    return VerificationResult(valid=True, reason=reason, signer_did=signer_did,
                              signer_fingerprint=signer_fingerprint, trusted=known is not None,
                              trusted_name=known.name if known else None, issuer=issuer_id,
                              issuer_name=issuer_name, record_id=record_id, learner=learner,
                              course=course)


def verify_file(path: Path, trusted_keys: TrustedKeys | None = None) -> VerificationResult:
    """`verify_credential` of a file; an unreadable file is an invalid record."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_RECORD_BYTES + 1)
    except OSError as exc:
        return VerificationResult(valid=False, reason=f"cannot read the file: {exc.strerror}")
    return verify_credential(data, trusted_keys)
