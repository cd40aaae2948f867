"""Commands for signed completion records: `key`, `export` and `verify` (docs/records.md)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import BiblioError, UsageError
from .courses import open_workspace
from .gui import certificate_pdf_writer


def register(sub: Any) -> None:
    p = sub.add_parser("key", help="show or export this installation's signing key",
                       description="The installation key signs completion records. It is made "
                       "on first use in the data folder's keys/ folder (readable only by you). "
                       "'show' prints its did:key and fingerprint; 'export-public' writes the "
                       "public key as a trusted-keys file that verifiers can use with "
                       "'verify --trusted-keys'.")
    actions = p.add_subparsers(dest="key_command", metavar="ACTION", required=True)
    a = actions.add_parser("show", help="print the did:key and fingerprint",
                           description="Print the installation's did:key, its fingerprint (to "
                           "compare over the phone) and where the key file is.")
    a.set_defaults(run=cmd_key_show)
    a = actions.add_parser("export-public", help="write the public key as a trusted-keys file",
                           description="Write the public key (never the private one) as a "
                           "trusted-keys file with one entry, to standard output or FILE.")
    a.add_argument("-o", "--output", metavar="FILE", type=Path, help="write to FILE")
    a.add_argument("--name", help="name for this installation in the file (default: the "
                   "'installation_name' setting)")
    a.set_defaults(run=cmd_key_export)

    p = sub.add_parser("export", help="export a signed completion record",
                       description="Export the signed completion record (Open Badges 3.0 "
                       "credential) of a learner's completed course as JSON, optionally also "
                       "as a printable PDF certificate. Exporting the same completion again "
                       "gives the record already issued (same id) unless --new is given or "
                       "that record is in the first release's form (one proof only BIBLIO "
                       "Desktop accepts: a new record is issued instead). Exit "
                       "0 exported; 1 refused (e.g. the course is not complete).")
    p.add_argument("--learner", metavar="ID", type=int, required=True,
                   help="learner id (see 'biblio-desktop learners list')")
    p.add_argument("--course", metavar="ID", required=True, help="course id")
    p.add_argument("-o", "--output", metavar="FILE.json", type=Path, required=True,
                   help="where to write the record")
    p.add_argument("--pdf", metavar="FILE.pdf", type=Path,
                   help="also write a printable certificate (needs the desktop part)")
    p.add_argument("--new", action="store_true",
                   help="issue a new record even if this completion already has one")
    p.add_argument("--clock-is-right", action="store_true",
                   help="the computer's clock is right now, although the learner's "
                   "completion is dated later (it was saved while the clock was ahead): the "
                   "record then gives today as the completion date")
    p.add_argument("--language", metavar="LANG",
                   help="titles in this language if the course has it (default: the "
                   "learner's language)")
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("verify", help="check signed completion records",
                       description="Check completion records offline: structure, every "
                       "proof of the proof set (eddsa-rdfc-2022 and eddsa-jcs-2022 "
                       "signatures), and whether the signing key is in a trusted-keys file. "
                       "Prints VALID or INVALID per file with the reason, the suites that "
                       "verified and the signer; records of the first release are VALID "
                       "(old form) with a hint. Exit 0 when every file is valid (with "
                       "--require-trusted: valid and signed by a trusted key), else 1.")
    p.add_argument("files", metavar="FILE", type=Path, nargs="+", help="record files (.json)")
    p.add_argument("--trusted-keys", metavar="FILE", type=Path, action="append",
                   help="trusted-keys file (JSON, see docs/records.md); may be repeated")
    p.add_argument("--require-trusted", action="store_true",
                   help="count a valid record signed by an untrusted key as a failure")
    p.add_argument("--suite", metavar="CRYPTOSUITE", action="append",
                   choices=("eddsa-rdfc-2022", "eddsa-jcs-2022"),
                   help="check only the proofs of this cryptosuite (may be repeated; "
                   "default: every proof). eddsa-jcs-2022 alone checks thousands of records "
                   "per second, eddsa-rdfc-2022 about a hundred")
    p.add_argument("--json", action="store_true",
                   help="machine-readable output, with a result per proof")
    p.set_defaults(run=cmd_verify)


# --- key -------------------------------------------------------------------------------------

def cmd_key_show(args: argparse.Namespace) -> int:
    from ..records.keys import load_installation_key

    with open_workspace(args) as ws:
        key = load_installation_key(ws.layout)
    print(f"did:key      {key.did}")
    print(f"fingerprint  {key.fingerprint}")
    print(f"key file     {key.path}")
    return 0


def cmd_key_export(args: argparse.Namespace) -> int:
    from ..records.issue import DEFAULT_ISSUER_NAME, ISSUER_NAME_SETTING
    from ..records.keys import load_installation_key
    from ..records.verify import TRUSTED_KEYS_FORMAT

    with open_workspace(args) as ws:
        key = load_installation_key(ws.layout)
        name = args.name or ws.settings.get(ISSUER_NAME_SETTING) or (
            f"{DEFAULT_ISSUER_NAME} {key.fingerprint[:9]}")
    body = {"format": TRUSTED_KEYS_FORMAT, "version": 1,
            "keys": [{"name": name, "key": key.did, "fingerprint": key.fingerprint}]}
    text = json.dumps(body, indent=2, ensure_ascii=False) + "\n"
    if args.output is None:
        sys.stdout.write(text)
        return 0
    try:
        args.output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise BiblioError(f"Cannot write {args.output}: {exc.strerror}.",
                          "choose another place with -o") from exc
    print(f"wrote the public key of {key.did} ({key.fingerprint}) to {args.output}")
    return 0


# --- export ----------------------------------------------------------------------------------

def cmd_export(args: argparse.Namespace) -> int:
    from ..records.issue import issue_record, write_record_file

    if args.pdf is not None and args.pdf.resolve() == args.output.resolve():
        raise UsageError("--pdf and -o name the same file.", "give the PDF its own name")
    write_pdf = certificate_pdf_writer() if args.pdf is not None else None
    with open_workspace(args) as ws:
        record = issue_record(ws, args.learner, args.course, new=args.new,
                              language=args.language, clock_is_right=args.clock_is_right)
    write_record_file(record, args.output)
    credential = record.credential
    if record.newly_issued:
        print(f"issued {record.record_id} (number {record.counter} of key {record.key_did})")
        if record.completion_restated_from is not None:
            print(f"warning: the completion was saved while the computer's clock was wrong "
                  f"(it said {record.completion_restated_from:%Y-%m-%d}); the record gives "
                  f"the day it was issued, {record.issued_at:%Y-%m-%d}, as the completion "
                  "date", file=sys.stderr)
    else:
        print(f"already issued on {record.issued_at:%Y-%m-%d %H:%M} UTC: {record.record_id} "
              "(the same record again; --new issues another)")
    print(f"wrote {args.output}")
    if write_pdf is not None:
        language = credential["credentialSubject"]["achievement"].get("inLanguage") or "en"
        write_pdf(record.credential_json, args.pdf, language)
        print(f"wrote {args.pdf}")
    return 0


# --- verify ----------------------------------------------------------------------------------

def describe(result: Any, name: str, has_trusted_list: bool) -> str:
    """One line per record, for people."""
    what = ", ".join(x for x in (result.record_id, result.learner, result.course) if x)
    signer = (f"signed by {result.signer_did} (fingerprint {result.signer_fingerprint})"
              if result.signer_did else "")
    if not result.valid:
        claimed = f"; claims to be {signer}" if signer else ""
        return f"{name}: INVALID: {result.reason}{claimed}" + (f" [{what}]" if what else "")
    if result.trusted:
        status, trust = "VALID", f"trusted key \"{result.trusted_name}\""
    elif has_trusted_list:
        status, trust = "VALID (untrusted key)", "this key is not in the trusted list"
    else:
        status, trust = "VALID (untrusted key)", "signer not checked against a trusted list"
    suites = " and ".join(result.suites_verified)
    if result.old_form:
        from ..records.verify import OLD_FORM_HINT

        status = ("VALID (old form, untrusted key)" if status.endswith("(untrusted key)")
                  else "VALID (old form)")
        suites += f"; {OLD_FORM_HINT}"
    return f"{name}: {status}: {what}; {suites}; {signer}; {trust}"


def cmd_verify(args: argparse.Namespace) -> int:
    from ..records.verify import load_trusted_keys, verify_file

    trusted = load_trusted_keys(args.trusted_keys) if args.trusted_keys else None
    failures = 0
    results = []
    for path in args.files:
        result = verify_file(path, trusted, suites=args.suite)
        ok = result.valid and (result.trusted or not args.require_trusted)
        failures += not ok
        if args.json:
            results.append({"file": str(path), **result.as_dict()})
        else:
            print(describe(result, str(path), trusted is not None))
    if args.json:
        print(json.dumps({"all_valid": failures == 0, "trusted_list": trusted is not None,
                          "results": results}, indent=2, ensure_ascii=False))
    elif len(args.files) > 1:
        print(f"{len(args.files) - failures} of {len(args.files)} valid"
              + (" and trusted" if args.require_trusted else ""))
    return 1 if failures else 0
