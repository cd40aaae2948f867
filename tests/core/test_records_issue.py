"""Issuing completion records: refusal before completion, the credential's shape, one
record per completion, counters and ids that never repeat (restarts, backup restores),
and the `export` command."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.cli import main
from biblio_desktop.errors import BiblioError
from biblio_desktop.records import (
    CONTEXTS,
    issue_record,
    issued_records,
    record_sha256,
    verify_credential,
)
from biblio_desktop.records.issue import is_old_form
from biblio_desktop.records.keys import COUNTER_FILE, load_installation_key
from biblio_desktop.storage.backup import make_backup, restore_backup
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import CompletionRecordRow, KeyCounterRow
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row
from .test_records_helpers import complete_course, walk_leaves, workspace_with_graduate


@pytest.fixture
def graduate(tmp_path: Path) -> tuple[Workspace, int]:
    ws, learner_id = workspace_with_graduate(tmp_path)
    yield ws, learner_id
    ws.close()


def test_refused_until_the_course_is_complete(graduate: tuple[Workspace, int]) -> None:
    ws, _ = graduate
    newcomer = add_learner_row(ws, "Ben")
    with pytest.raises(BiblioError, match="has not completed"):
        issue_record(ws, newcomer, COURSE_ID)
    assert issued_records(ws) == []


def test_record_is_an_open_badge_with_the_completion_facts(
        graduate: tuple[Workspace, int]) -> None:
    ws, learner_id = graduate
    record = issue_record(ws, learner_id, COURSE_ID)
    doc = json.loads(record.credential_json)
    key = load_installation_key(ws.layout)
    assert doc["@context"] == list(CONTEXTS)
    assert doc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert doc["id"] == record.record_id and doc["id"].startswith("urn:uuid:")
    assert doc["issuer"]["id"] == key.did and doc["issuer"]["type"] == ["Profile"]
    assert doc["biblio:counter"] == 1 == record.counter
    subject = doc["credentialSubject"]
    assert subject["type"] == ["AchievementSubject"]
    assert {(i["identityType"], i["identityHash"]) for i in subject["identifier"]} == {
        ("name", "Ilze Ozola"), ("identifier", str(learner_id))}
    achievement = subject["achievement"]
    assert achievement["type"] == ["Achievement"]
    assert achievement["version"] == "1.0.0"
    identifiers = {e["identifierType"]: e["identifier"] for e in achievement["otherIdentifier"]}
    assert identifiers["ext:BiblioCourseId"] == COURSE_ID
    assert len(identifiers["ext:BiblioPackageSha256"]) == 64
    assert achievement["creator"]["type"] == ["Profile"] and achievement["creator"]["name"]
    assert achievement["criteria"]["narrative"]
    results = {r["resultDescription"].rsplit("#", 1)[1]: r for r in subject["result"]}
    assert results["quiz-m2-quiz"]["value"] == "100"
    assert results["completion"]["status"] == "Completed"
    assert results["skill-ceco-community-needs"]["status"] == "Completed"
    assert int(results["minutes"]["value"]) >= 0
    # skills, job profiles and DigComp as Open Badges alignments
    skill = next(d for d in achievement["resultDescription"]
                 if d["id"].endswith("#skill-ceco-community-needs"))
    frameworks = {a["targetFramework"]: a for a in skill["alignment"]}
    ceco = "CECO: Community Engagement and Communication Officer"
    assert frameworks[ceco]["targetCode"] == "ceco-community-needs"
    assert frameworks["DigComp 2.2"]["targetCode"] == "2.4"
    assert [(a["targetCode"], a["targetName"], a["targetFramework"])
            for a in achievement["alignment"]] == [("CECO", ceco, "BIBLIO job profiles")]
    described = {d["id"] for d in achievement["resultDescription"]}
    assert {r["resultDescription"] for r in subject["result"]} == described
    assert [p["cryptosuite"] for p in doc["proof"]] == ["eddsa-rdfc-2022", "eddsa-jcs-2022"]
    rdfc, jcs = doc["proof"]
    assert "@context" not in rdfc and jcs["@context"] == doc["@context"]
    for proof in doc["proof"]:
        assert proof["verificationMethod"] == f"{key.did}#{key.public_key_multibase}"
        assert proof["created"] == doc["validFrom"]
    # nothing JCS could carry differently: no floats, no integers beyond 2^53
    for path in walk_leaves(doc):
        value: Any = doc
        for step in path:
            value = value[step]
        assert not isinstance(value, float), path
        assert not isinstance(value, int) or abs(value) < 2**53, path
    result = verify_credential(record.credential_json)
    assert result.valid and result.signer_did == key.did, result.reason
    assert result.suites_verified == ("eddsa-rdfc-2022", "eddsa-jcs-2022")
    assert not result.old_form
    assert result.record_id == record.record_id and "Ilze Ozola" in (result.learner or "")
    assert record.sha256 == record_sha256(record.credential_json)


def test_same_completion_gives_the_same_record_unless_new(
        graduate: tuple[Workspace, int]) -> None:
    ws, learner_id = graduate
    first = issue_record(ws, learner_id, COURSE_ID)
    again = issue_record(ws, learner_id, COURSE_ID)
    assert first.newly_issued and not again.newly_issued
    assert again.record_id == first.record_id and again.credential_json == first.credential_json
    fresh = issue_record(ws, learner_id, COURSE_ID, new=True)
    assert fresh.newly_issued and fresh.record_id != first.record_id
    assert fresh.counter == first.counter + 1
    assert issue_record(ws, learner_id, COURSE_ID).record_id == fresh.record_id  # newest
    assert len(issued_records(ws, learner_id)) == 2


def test_an_old_form_record_is_replaced_by_one_every_verifier_accepts(
        graduate: tuple[Workspace, int]) -> None:
    """A completion exported by the first release (one jcs proof, stored in the database)
    exported again: a new record in the current form, not the old bytes."""
    ws, learner_id = graduate
    first = issue_record(ws, learner_id, COURSE_ID)
    old = (Path(__file__).parent / "data" / "record-v0.1-old-form.json").read_text("utf-8")
    with unit_of_work(ws.sessions) as session:
        session.get(CompletionRecordRow, first.record_id).credential_json = old
    again = issue_record(ws, learner_id, COURSE_ID)
    assert again.newly_issued and again.record_id != first.record_id
    assert again.counter == first.counter + 1
    assert isinstance(json.loads(again.credential_json)["proof"], list)
    assert not is_old_form(again.credential_json) and is_old_form(old)
    assert issue_record(ws, learner_id, COURSE_ID).record_id == again.record_id


def _counter_in_db(ws: Workspace, did: str) -> int:
    with ws.sessions() as session:
        row = session.get(KeyCounterRow, did)
        return row.counter if row else 0


def test_counters_and_ids_stay_unique_across_restarts(tmp_path: Path) -> None:
    ws, learner_id = workspace_with_graduate(tmp_path)
    seen = [issue_record(ws, learner_id, COURSE_ID, new=True) for _ in range(2)]
    ws.close()
    for _ in range(2):
        ws = Workspace.open(tmp_path / "data")
        seen.append(issue_record(ws, learner_id, COURSE_ID, new=True))
        ws.close()
    assert [r.counter for r in seen] == [1, 2, 3, 4]
    assert len({r.record_id for r in seen}) == 4
    assert len({r.key_did for r in seen}) == 1  # the key is made once and kept


def test_restoring_a_backup_does_not_roll_the_counter_back(tmp_path: Path) -> None:
    ws, learner_id = workspace_with_graduate(tmp_path)
    before = [issue_record(ws, learner_id, COURSE_ID, new=True) for _ in range(2)]
    backup = make_backup(ws.layout, "test")
    after = [issue_record(ws, learner_id, COURSE_ID, new=True) for _ in range(3)]
    did = before[0].key_did
    assert _counter_in_db(ws, did) == 5
    counter_file = json.loads((ws.layout.keys / COUNTER_FILE).read_text())
    assert counter_file == {"key": did, "counter": 5}
    layout = ws.layout
    ws.close()
    restore_backup(layout, backup)
    ws = Workspace.open(layout.root)
    try:
        assert _counter_in_db(ws, did) == 2  # the database went back in time...
        assert {r.record_id for r in issued_records(ws)} == {r.record_id for r in before}
        # ...and the record of this completion issued after the backup is gone from it, so
        # exporting again issues a new one, which must not reuse counter 3, 4 or 5
        record = issue_record(ws, learner_id, COURSE_ID, new=True)
        assert record.counter == 6
        assert record.record_id not in {r.record_id for r in before + after}
        assert _counter_in_db(ws, did) == 6
        # records issued before the restore stay valid: they do not depend on the database
        assert all(verify_credential(r.credential_json).valid for r in after)
    finally:
        ws.close()


def test_counter_file_is_written_before_the_database_commits(
        graduate: tuple[Workspace, int], monkeypatch: pytest.MonkeyPatch) -> None:
    ws, learner_id = graduate
    issue_record(ws, learner_id, COURSE_ID)
    from biblio_desktop.records import issue as issue_module

    def fail_after_file(layout: Any, key: Any, counter: int) -> None:
        original(layout, key, counter)
        raise BiblioError("disk trouble")

    original = issue_module.write_counter_floor
    monkeypatch.setattr(issue_module, "write_counter_floor", fail_after_file)
    with pytest.raises(BiblioError, match="disk trouble"):
        issue_record(ws, learner_id, COURSE_ID, new=True)
    monkeypatch.undo()
    did = load_installation_key(ws.layout).did
    assert _counter_in_db(ws, did) == 1  # nothing committed
    assert issue_record(ws, learner_id, COURSE_ID, new=True).counter == 3  # 2 is skipped


def test_a_damaged_counter_file_stops_issuing(graduate: tuple[Workspace, int]) -> None:
    ws, learner_id = graduate
    load_installation_key(ws.layout)
    (ws.layout.keys / COUNTER_FILE).write_text("{not json")
    with pytest.raises(BiblioError, match="counter file"):
        issue_record(ws, learner_id, COURSE_ID)


# --- the export command -------------------------------------------------------------------------

def test_export_command_writes_a_valid_record(graduate: tuple[Workspace, int], tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    ws, learner_id = graduate
    data = str(ws.layout.root)
    out = tmp_path / "out" / "record.json"
    args = ["--data-dir", data, "export", "--learner", str(learner_id), "--course", COURSE_ID,
            "-o", str(out)]
    assert main(args) == 0
    first = out.read_bytes()
    assert verify_credential(first).valid
    assert "issued urn:uuid:" in capsys.readouterr().out
    assert main(args) == 0
    assert out.read_bytes() == first and "already issued" in capsys.readouterr().out
    assert main([*args, "--new"]) == 0
    assert json.loads(out.read_bytes())["id"] != json.loads(first)["id"]
    assert [p.name for p in out.parent.iterdir()] == ["record.json"]  # no temp files left


def test_export_refuses_an_incomplete_course(graduate: tuple[Workspace, int], tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    ws, _ = graduate
    newcomer = add_learner_row(ws, "Ben")
    out = tmp_path / "r.json"
    code = main(["--data-dir", str(ws.layout.root), "export", "--learner", str(newcomer),
                 "--course", COURSE_ID, "-o", str(out)])
    assert code == 1 and not out.exists()
    assert capsys.readouterr().err.startswith("error: Ben has not completed")


def test_export_pdf_without_the_desktop_part(graduate: tuple[Workspace, int], tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    ws, learner_id = graduate
    monkeypatch.setitem(sys.modules, "biblio_desktop.ui.records.certificate", None)  # import fails
    code = main(["--data-dir", str(ws.layout.root), "export", "--learner", str(learner_id),
                 "--course", COURSE_ID, "-o", str(tmp_path / "r.json"),
                 "--pdf", str(tmp_path / "r.pdf")])
    assert code == 1
    assert "desktop part" in capsys.readouterr().err
    assert not (tmp_path / "r.json").exists() and issued_records(ws) == []


def test_export_pdf_hands_the_record_to_the_certificate_writer(
        graduate: tuple[Workspace, int], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    ws, learner_id = graduate
    calls: list[tuple[bytes, Path, str]] = []
    fake = types.ModuleType("biblio_desktop.ui.records.certificate")
    fake.write_certificate_pdf = lambda data, out, language: calls.append(  # type: ignore[attr-defined]
        (data, out, language))
    monkeypatch.setitem(sys.modules, "biblio_desktop.ui.records.certificate", fake)
    out, pdf = tmp_path / "r.json", tmp_path / "r.pdf"
    assert main(["--data-dir", str(ws.layout.root), "export", "--learner", str(learner_id),
                 "--course", COURSE_ID, "-o", str(out), "--pdf", str(pdf)]) == 0
    assert calls == [(out.read_bytes(), pdf, "en")]


def test_a_second_learner_gets_their_own_record(graduate: tuple[Workspace, int]) -> None:
    ws, learner_id = graduate
    other = add_learner_row(ws, "Anna")
    complete_course(ws, other)
    a, b = issue_record(ws, learner_id, COURSE_ID), issue_record(ws, other, COURSE_ID)
    assert a.record_id != b.record_id and (a.counter, b.counter) == (1, 2)
    assert "Anna" in (verify_credential(b.credential_json).learner or "")
