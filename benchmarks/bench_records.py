"""Record verification speed: 10,000 signed completion records checked on one core,
against raw Ed25519 verification of the same signatures in the same run.

`verify_credential` parses the JSON (rejecting duplicate keys), checks the structure,
resolves the did:key, canonicalizes document and proof configuration (RFC 8785),
hashes both and verifies Ed25519. The baseline is PyNaCl's `VerifyKey.verify` alone
(libsodium, the library the app uses), over the 64 bytes each signature covers
(hashData), with the key objects already loaded.
Target (issue): records/s >= 0.3x raw verifications/s.
Usage: python benchmarks/bench_records.py [--records 10000]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import uuid

from common import WORK, best_of, record
from nacl.signing import VerifyKey

from biblio_desktop.ed25519 import PrivateKey
from biblio_desktop.records import multibase, sign_document, verify_credential, verify_file
from biblio_desktop.records.credential import (
    QuizScore,
    RecordFacts,
    SkillAchieved,
    build_credential,
)
from biblio_desktop.records.keys import raw_public_key
from biblio_desktop.records.proof import hash_data

NAMES = ["Ilze Ozola", "Jānis Bērziņš", "Maria Rossi", "Γιώργος Παπαδόπουλος",
         "Иван Петров", "Anna Kalniņa", "Luca Bianchi"]


def make_records(count: int, installations: int = 5) -> list[bytes]:
    """Realistic records (5 quizzes, 6 skills in 2 profiles) from a few installations."""
    rng = random.Random(2026)
    keys = [PrivateKey.from_seed(rng.randbytes(32)) for _ in range(installations)]
    out = []
    for n in range(count):
        key = keys[n % installations]
        did = multibase.did_key(raw_public_key(key))
        stamp = f"2026-03-{1 + n % 28:02}T{n % 24:02}:{n % 60:02}:00Z"
        facts = RecordFacts(
            record_id=f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
            counter=n // installations + 1, issuer_did=did,
            issuer_name=f"Library {n % installations}", valid_from=stamp,
            learner_id=n, learner_name=rng.choice(NAMES),
            course_id="eu.biblio-project.digital-skills", course_version="1.2.0",
            package_sha256=rng.randbytes(32).hex(),
            course_title="Digital skills for librarians",
            course_description="Community needs, digital services and media literacy.",
            certificate_title="Certificate of completion", publisher="BIBLIO partners",
            criteria="Completed every required item of the course and passed its quizzes "
                     "(pass mark 70 %), as recorded by BIBLIO Desktop.",
            language="lv", completed_at=stamp, minutes_spent=rng.randint(60, 900),
            course_score_percent=rng.randint(70, 100),
            quizzes=tuple(QuizScore(f"m{i}-quiz", f"Module {i} quiz", rng.randint(70, 100))
                          for i in range(1, 6)),
            skills=tuple(SkillAchieved(f"{p.lower()}-skill-{i}", f"Skill {i}", p, "2.4")
                         for p in ("CECO", "DIGY") for i in range(3)))
        signed = sign_document(build_credential(facts), key,
                               verification_method=multibase.did_key_verification_method(
                                   raw_public_key(key)), created=stamp)
        out.append((json.dumps(signed, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    return out


def raw_inputs(records: list[bytes]) -> list[tuple[VerifyKey, bytes, bytes]]:
    """(public key object, signature, signed bytes) of each record, prepared untimed."""
    loaded: dict[bytes, VerifyKey] = {}
    inputs = []
    for data in records:
        doc = json.loads(data)
        proof = doc.pop("proof")
        signature = multibase.decode(proof.pop("proofValue"))
        public = multibase.public_key_from_did_key(proof["verificationMethod"])
        key = loaded.setdefault(public, VerifyKey(public))
        inputs.append((key, signature, hash_data(doc, proof)))
    return inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    args = parser.parse_args()
    records = make_records(args.records)
    inputs = raw_inputs(records)
    assert all(verify_credential(r).valid for r in records[:50])

    def run_verify() -> None:
        for data in records:
            if not verify_credential(data).valid:
                raise AssertionError("a generated record did not verify")

    def run_raw() -> None:
        for key, signature, message in inputs:
            key.verify(message, signature)

    folder = WORK / "records"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    paths = []
    for n, data in enumerate(records):
        path = folder / f"record-{n:05}.json"
        path.write_bytes(data)
        paths.append(path)

    def run_files() -> None:
        for path in paths:
            if not verify_file(path).valid:
                raise AssertionError(path)

    # Interleaved rounds, fastest of each: load from other work on the machine then hits
    # both sides alike instead of whichever happened to run during it.
    t_raw = t_verify = float("inf")
    for _ in range(5):
        t_raw = min(t_raw, best_of(run_raw, 1))
        t_verify = min(t_verify, best_of(run_verify, 1))
    t_files = best_of(run_files, 3)
    shutil.rmtree(folder, ignore_errors=True)
    n = len(records)
    record("records", {
        "records": n,
        "average record size (bytes)": round(sum(map(len, records)) / n),
        "raw Ed25519 verify (verifications/s)": round(n / t_raw),
        "verify_credential (records/s, one core)": round(n / t_verify),
        "verify_file incl. reading (records/s)": round(n / t_files),
        "verify_credential / raw Ed25519 (target >= 0.3)": round(t_raw / t_verify, 3),
        "time per record: verify_credential (us)": round(t_verify / n * 1e6, 1),
        "time per record: raw Ed25519 (us)": round(t_raw / n * 1e6, 1),
    })


if __name__ == "__main__":
    main()
