"""Tampering with exported records: every changed field, a proof moved from another
record, and records from another installation (valid, but only trusted when its key is
in the trusted-keys file); also the `verify` command's lines and exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.cli import main
from biblio_desktop.records import (
    issue_record,
    load_installation_key,
    trusted_keys_from_json,
    verify_credential,
)

from .course_fixtures import COURSE_ID
from .test_records_helpers import dumps, tamperings, walk_leaves, workspace_with_graduate


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two records from installation A, one from installation B, and B's did:key."""
    base = tmp_path_factory.mktemp("records")
    ws_a, learner_a = workspace_with_graduate(base / "a")
    ws_b, learner_b = workspace_with_graduate(base / "b", name="Anna Bērziņa")
    try:
        first = issue_record(ws_a, learner_a, COURSE_ID).credential_json
        second = issue_record(ws_a, learner_a, COURSE_ID, new=True).credential_json
        other = issue_record(ws_b, learner_b, COURSE_ID).credential_json
        a_key, b_key = load_installation_key(ws_a.layout), load_installation_key(ws_b.layout)
    finally:
        ws_a.close()
        ws_b.close()
    assert a_key.did != b_key.did
    files = base / "files"
    files.mkdir()
    for name, data in (("first", first), ("second", second), ("other", other)):
        (files / f"{name}.json").write_bytes(data)
    return {"first": first, "second": second, "other": other, "a_did": a_key.did,
            "b_did": b_key.did, "b_fingerprint": b_key.fingerprint, "files": files}


def _set(document: Any, path: tuple[Any, ...], value: Any) -> None:
    for step in path[:-1]:
        document = document[step]
    document[path[-1]] = value


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def test_the_exported_record_verifies(records: dict[str, Any]) -> None:
    result = verify_credential(records["first"])
    assert result.valid and result.signer_did == records["a_did"], result.reason


def test_every_tampering_invalidates_the_record(records: dict[str, Any]) -> None:
    """Each scalar changed, each key renamed or removed, fields added (also inside each
    proof of the set), list entries dropped or duplicated: never valid."""
    original = json.loads(records["first"])
    assert len(walk_leaves(original)) > 60
    accepted = [(what, path) for what, path, changed in tamperings(original)
                if verify_credential(dumps(changed)).valid]
    assert accepted == []


def test_reformatting_the_file_keeps_it_valid(records: dict[str, Any]) -> None:
    document = json.loads(records["first"])
    for data in (json.dumps(document).encode(), json.dumps(document, indent=7).encode(),
                 json.dumps(dict(reversed(list(document.items())))).encode(),
                 json.dumps(document, ensure_ascii=True).encode()):
        assert verify_credential(data).valid


def test_a_proof_taken_from_another_record_is_rejected(records: dict[str, Any]) -> None:
    first, second = json.loads(records["first"]), json.loads(records["second"])
    assert first["proof"] != second["proof"]
    first["proof"] = second["proof"]
    result = verify_credential(dumps(first))
    assert not result.valid and "signature does not match" in result.reason


def test_another_installation_is_valid_but_untrusted(records: dict[str, Any]) -> None:
    result = verify_credential(records["other"])
    assert result.valid and not result.trusted and result.signer_did == records["b_did"]
    trusted = trusted_keys_from_json({"format": "biblio-trusted-keys", "version": 1,
                                      "keys": [{"name": "Library B", "key": records["b_did"]}]})
    result = verify_credential(records["other"], trusted)
    assert result.valid and result.trusted and result.trusted_name == "Library B"
    result = verify_credential(records["first"], trusted)
    assert result.valid and not result.trusted
    assert "not in the trusted list" in result.reason


def test_a_record_re_signed_by_another_key_under_the_same_issuer_is_rejected(
        records: dict[str, Any]) -> None:
    # B's signature on a record claiming to come from A: the key is not the issuer's
    mine, theirs = json.loads(records["first"]), json.loads(records["other"])
    theirs["issuer"] = mine["issuer"]
    result = verify_credential(dumps(theirs))
    assert not result.valid and "does not belong to the issuer" in result.reason


# --- the verify command ---------------------------------------------------------------------

def test_verify_command_lines_and_exit_codes(records: dict[str, Any], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    files: Path = records["files"]
    first, other = str(files / "first.json"), str(files / "other.json")
    assert main(["verify", first]) == 0
    out = capsys.readouterr().out
    assert "VALID (untrusted key)" in out and "signer not checked against a trusted list" in out
    assert records["a_did"] in out and "Ilze Ozola" in out

    broken = tmp_path / "broken.json"
    document = json.loads(records["first"])
    document["credentialSubject"]["result"][2]["value"] = "10"
    broken.write_bytes(dumps(document))
    assert main(["verify", first, str(broken)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{first}: VALID")
    assert lines[1].startswith(f"{broken}: INVALID: the eddsa-jcs-2022 signature does not "
                               "match")  # the fast proof first: the rdfc one is spared
    assert "eddsa-rdfc-2022 and eddsa-jcs-2022" in lines[0]
    assert lines[2] == "1 of 2 valid"

    trusted = tmp_path / "trusted.json"
    assert main(["--data-dir", str(tmp_path / "unused"), "key", "export-public", "-o",
                 str(tmp_path / "mine.json")]) == 0
    trusted.write_text(json.dumps({"format": "biblio-trusted-keys", "version": 1, "keys": [
        {"name": "Library B", "key": records["b_did"]}]}))
    capsys.readouterr()
    assert main(["verify", first, other, "--trusted-keys", str(trusted)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "VALID (untrusted key)" in lines[0] and "not in the trusted list" in lines[0]
    assert lines[1].startswith(f"{other}: VALID: ") and 'trusted key "Library B"' in lines[1]
    assert main(["verify", first, other, "--trusted-keys", str(trusted),
                 "--require-trusted"]) == 1
    capsys.readouterr()

    assert main(["verify", first, other, str(broken), "--json",
                 "--trusted-keys", str(trusted)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["all_valid"] is False and report["trusted_list"] is True
    assert [(r["valid"], r["trusted"]) for r in report["results"]] == [
        (True, False), (True, True), (False, False)]
    assert report["results"][1]["signer_did"] == records["b_did"]


def test_verify_command_on_missing_file_and_bad_trusted_list(
        records: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", str(tmp_path / "nope.json")]) == 1
    assert "INVALID: cannot read the file" in capsys.readouterr().out
    bad = tmp_path / "trusted.json"
    bad.write_text('{"keys": [{"name": "x", "key": "z6MkNOTAKEY"}]}')
    assert main(["verify", str(records["files"] / "first.json"), "--trusted-keys",
                 str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: Entry 1 of") and "not an Ed25519" in err
