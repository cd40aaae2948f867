"""The printable certificate: what the PDF says in English and Latvian, its QR code, damaged
records, and that a failed drawing leaves no half-written file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import segno
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from biblio_desktop.errors import BiblioError
from biblio_desktop.ui.records import certificate
from biblio_desktop.ui.records.certificate import (
    qr_payload,
    read_certificate,
    render_certificate_png,
    write_certificate_pdf,
)

RECORD_ID = "urn:uuid:0c8d2f5e-3b1a-4d7e-9f60-5a2b7c1d9e44"
ACH = "urn:biblio:course:eu.biblio-project.digital-skills-orientation:1.0.0"
TEXTS = {
    "en": {"course": "Digital skills for librarians: an orientation",
           "ceco": "Identifying community needs and matching services to them",
           "digy": "Planning the digitisation of collections",
           "quiz": "Final test", "heading": "Certificate of completion",
           "date": "2 March 2026", "ceco_head": "CECO — Community Engagement and "
           "Communication Officer", "digy_head": "DIGY — Digital Transformation Facilitator",
           "hint": "Check this record with: biblio-desktop verify record.json",
           "scope": "It does not prove who sat at the keyboard.",
           "facts": "run by ten organisations from Belgium, Bulgaria, Greece, Italy and Latvia",
           "minutes": "Time spent learning: 2 h 07 min", "score": "Course score: 88%"},
    "lv": {"course": "Digitālās prasmes bibliotekāriem: ievads",
           "ceco": "Kopienas vajadzību apzināšana un atbilstošu pakalpojumu izvēle",
           "digy": "Krājumu digitalizācijas plānošana",
           "quiz": "Noslēguma tests", "heading": "Apliecība par kursa pabeigšanu",
           "date": "2026. gada 2. marts", "ceco_head": "CECO — Sabiedrības iesaistes un "
           "komunikācijas speciālists", "digy_head": "DIGY — Digitālās transformācijas "
           "veicinātājs",
           "hint": "Pārbaudiet šo ierakstu ar komandu: biblio-desktop verify record.json",
           "scope": "Tas neapliecina, kas sēdēja pie tastatūras.",
           "facts": "desmit organizācijas no Beļģijas, Bulgārijas, Grieķijas, Itālijas un",
           "minutes": "Mācībām veltītais laiks: 2 h 07 min", "score": "Kursa rezultāts: 88 %"},
}


def make_record(lang: str, issuer_did: str = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGp"
                "bnnEGta2doK") -> bytes:
    """A completion record in the shape records/credential.py issues, written by hand."""
    tx = TEXTS[lang]
    descriptions: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []

    def add(key: str, name: str, kind: str, result: dict[str, Any], **extra: Any) -> None:
        descriptions.append({"id": f"{ACH}#{key}", "type": ["ResultDescription"],
                             "name": name, "resultType": kind, **extra})
        results.append({"type": ["Result"], "resultDescription": f"{ACH}#{key}", **result})

    add("completion", "Course completed", "Status",
        {"status": "Completed", "value": "2026-03-02T12:00:00Z"})
    add("score", "Course score (percent)", "Percent", {"value": "88"})
    add("quiz-q1", tx["quiz"], "Percent", {"value": "80"}, **{"biblio:itemId": "q1"})
    # the profile as records carry it (an Open Badges alignment), and as first-release
    # records did (biblio:profile)
    add("skill-c1", f"CECO: {tx['ceco']}", "Status", {"status": "Completed"},
        alignment=[{"type": ["Alignment"], "targetName": tx["ceco"], "targetCode": "c1",
                    "targetUrl": "urn:biblio:skill:x:c1",
                    "targetFramework": "CECO: Community Engagement and Communication"}])
    add("skill-d1", f"DIGY: {tx['digy']}", "Status", {"status": "Completed"},
        **{"biblio:profile": "DIGY"})
    add("minutes", "Minutes spent learning", "ext:MinutesSpent", {"value": "127"})
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"], "id": RECORD_ID,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": {"id": issuer_did, "type": ["Profile"], "name": "Rīgas bibliotēka, filiāle"},
        "validFrom": "2026-03-02T12:10:00Z",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [{"type": "IdentityObject", "identityType": "name", "hashed": False,
                            "identityHash": "Ilze Kalniņa"}],
            "achievement": {"id": ACH, "type": ["Achievement"], "name": tx["course"],
                            "alignment": [{"type": ["Alignment"], "targetCode": "CECO",
                                           "targetName": "CECO: Community Engagement and "
                                                         "Communication",
                                           "targetUrl": "urn:biblio:job-profile:CECO",
                                           "targetFramework": "BIBLIO job profiles"}],
                            "version": "1.0.0", "inLanguage": lang,
                            "resultDescription": descriptions},
            "result": results},
        "proof": {"type": "DataIntegrityProof", "cryptosuite": "eddsa-jcs-2022",
                  "proofValue": "z5fake"},
    }
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


@pytest.fixture(autouse=True)
def no_translation_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The built-in Latvian, not whatever resources/translations holds today."""
    import biblio_desktop.ui.base.i18n as i18n

    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    return folder


def pdf_text(path: Path) -> str:
    """The page's text with any run of spaces, tabs and line breaks as one space."""
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    return re.sub(r"\s+", " ", reader.pages[0].extract_text())


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_pdf_states_the_record_in_the_language(qapp, tmp_path: Path, lang: str) -> None:
    record = make_record(lang)
    out = write_certificate_pdf(record, tmp_path / "c.pdf", lang)
    assert out == tmp_path / "c.pdf" and out.read_bytes().startswith(b"%PDF")
    text, tx = pdf_text(out), TEXTS[lang]
    for key in ("heading", "course", "date", "hint", "scope", "facts", "minutes", "score"):
        assert tx[key] in text, key
    assert "Ilze Kalniņa" in text and RECORD_ID in text and "1.0.0" in text
    assert re.search(re.escape(tx["quiz"]) + r" 80 ?%|80 ?% " + re.escape(tx["quiz"]), text)
    # each skill sits under its own profile
    ceco, digy = text.index(tx["ceco_head"]), text.index(tx["digy_head"])
    assert ceco < text.index(tx["ceco"]) < digy < text.index(tx["digy"])
    other = TEXTS["lv" if lang == "en" else "en"]
    assert other["heading"] not in text and other["hint"] not in text
    reader = PdfReader(out)
    assert reader.metadata.title == tx["heading"]
    if hasattr(certificate.QtGui.QPdfWriter, "addFileAttachment"):
        assert reader.attachments["record.json"] == [record]


def test_fingerprint_matches_what_verify_prints(qapp, tmp_path: Path) -> None:
    from biblio_desktop.ed25519 import PrivateKey
    from biblio_desktop.records.keys import InstallationKey, raw_public_key

    private = PrivateKey.generate()
    key = InstallationKey(private, raw_public_key(private), Path("unused"))
    text = pdf_text(write_certificate_pdf(make_record("en", key.did), tmp_path / "c.pdf", "en"))
    assert f"Key fingerprint: {key.fingerprint}" in text
    assert certificate.key_fingerprint(key.verification_method) == key.fingerprint
    assert certificate.key_fingerprint("did:key:z6Mk0OIl") is None  # not base58


def test_translation_file_wins_over_built_in_latvian(qapp, tmp_path: Path,
                                                     no_translation_files: Path) -> None:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    ts = no_translation_files / "biblio_lv.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" '
                  'language="lv"><context><name>certificate</name><message><source>Certificate'
                  ' of completion</source><translation>Sertifikāts</translation></message>'
                  '</context></TS>', encoding="utf-8")
    subprocess.run([str(lrelease), str(ts)], check=True, capture_output=True)
    text = pdf_text(write_certificate_pdf(make_record("lv"), tmp_path / "c.pdf", "lv_LV"))
    assert "Sertifikāts" in text and TEXTS["lv"]["heading"] not in text
    assert TEXTS["lv"]["ceco_head"] in text  # not in the file: built in


def test_programme_facts_can_be_left_out(qapp, tmp_path: Path) -> None:
    text = pdf_text(write_certificate_pdf(make_record("en"), tmp_path / "c.pdf", "en",
                                          facts=False))
    assert "BIBLIO programme" not in text and RECORD_ID in text


def test_qr_payload_is_record_id_and_hash_of_the_exact_bytes() -> None:
    record = make_record("en")
    digest = hashlib.sha256(record).hexdigest()
    assert qr_payload(record, RECORD_ID) == f"{RECORD_ID};sha256={digest}"
    assert qr_payload(record + b" ", RECORD_ID) != qr_payload(record, RECORD_ID)
    assert qr_payload(b"{}", None) == f"sha256={hashlib.sha256(b'{}').hexdigest()}"


def test_page_carries_the_qr_code_of_the_payload(qapp, tmp_path: Path) -> None:
    """Reads the code back from the PNG, module by module, and compares it with the code of
    the expected payload (no QR decoder is installed; equal modules = equal content)."""
    doc = json.loads(make_record("en"))
    doc["credentialSubject"] = {}  # no body text, so the QR is alone in its column
    record = json.dumps(doc).encode()
    png = render_certificate_png(record, tmp_path / "c.png", "en", dpi=300, facts=False)
    image = QImage(str(png))
    mm = 300 / 25.4
    x0, x1, y0, y1 = int(19 * mm), int(57 * mm), int(120 * mm), int(275 * mm)
    dark = [(x, y) for y in range(y0, y1, 2) for x in range(x0, x1, 2)
            if QColor(image.pixel(x, y)).lightness() < 100]
    left, right = min(x for x, _ in dark), max(x for x, _ in dark)
    top, bottom = min(y for _, y in dark), max(y for _, y in dark)
    payload = f"{RECORD_ID};sha256={hashlib.sha256(record).hexdigest()}"
    expected = segno.make(payload, error="m", micro=False).matrix
    n = len(expected)
    cell = (right - left + 2) / n
    assert abs((bottom - top + 2) / n - cell) < 1 and cell * 25.4 / 300 > 0.5  # square, >0.5 mm
    seen = [[QColor(image.pixel(int(left + (c + 0.5) * cell), int(top + (r + 0.5) * cell))
                    ).lightness() < 128 for c in range(n)] for r in range(n)]
    assert seen == [[bool(v) for v in row] for row in expected]


@pytest.mark.parametrize("record", [
    b"", b"not json", b"[]", b"null", b'"text"', b"\xff\xfe",
    json.dumps({"id": 5, "issuer": "did:key:zzz", "credentialSubject": {
        "result": 7, "achievement": [], "identifier": "Ilze"}}).encode(),
    json.dumps({"credentialSubject": [{"name": "Ilze Kalniņa", "result": [
        None, 3, {"resultDescription": ["x"]}, {"name": "DIGY: x", "profile": "DIGY"},
        {"resultType": "Percent", "name": "Quiz", "value": "85.5"}]}]}).encode(),
])
def test_damaged_records_still_make_a_pdf(qapp, tmp_path: Path, record: bytes) -> None:
    text = pdf_text(write_certificate_pdf(record, tmp_path / "c.pdf", "en"))
    assert "Check this record with: biblio-desktop verify record.json" in text
    assert "Record:" not in text  # no id, no line for it


def test_reader_survives_any_type_in_any_field() -> None:
    base = json.loads(make_record("en"))
    paths = [("id",), ("issuer",), ("issuer", "name"), ("issuer", "id"), ("validFrom",),
             ("credentialSubject",), ("credentialSubject", "identifier"),
             ("credentialSubject", "result"), ("credentialSubject", "achievement"),
             ("credentialSubject", "achievement", "resultDescription"),
             ("credentialSubject", "achievement", "name")]
    for path in paths:
        for value in (None, 5, True, "x", "", [], {}, [None], [[1]], {"a": []}, 1.5):
            doc = json.loads(json.dumps(base))
            node = doc
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
            facts = read_certificate(doc)
            assert facts.record_id in (RECORD_ID, "x", None)
    facts = read_certificate(base)
    assert facts.learner == "Ilze Kalniņa" and facts.minutes == 127 and facts.course_score == 88
    assert facts.skills == (("CECO", (TEXTS["en"]["ceco"],)), ("DIGY", (TEXTS["en"]["digy"],)))
    assert facts.quizzes == (("Final test", 80),) and str(facts.completed) == "2026-03-02"


def test_failed_drawing_leaves_the_old_file_and_no_temp(qapp, tmp_path: Path,
                                                        monkeypatch) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "c.pdf"
    out.write_bytes(b"old certificate")
    real_paint = certificate._paint

    def paint_then_fail(*args: Any, **kwargs: Any) -> None:
        real_paint(*args, **kwargs)  # the page is drawn, then something goes wrong
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(certificate, "_paint", paint_then_fail)
    with pytest.raises(RuntimeError):
        write_certificate_pdf(make_record("en"), out, "en")
    with pytest.raises(RuntimeError):
        write_certificate_pdf(make_record("en"), folder / "new.pdf", "en")
    with pytest.raises(RuntimeError):
        render_certificate_png(make_record("en"), folder / "new.png", "en")
    assert out.read_bytes() == b"old certificate"
    assert sorted(p.name for p in folder.iterdir()) == ["c.pdf"]


def test_unwritable_place_is_a_plain_error(qapp, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(BiblioError, match="Cannot write the certificate"):
        write_certificate_pdf(make_record("en"), tmp_path / "file" / "c.pdf", "en")


@pytest.mark.parametrize("lang", ["en", "lv"])
def test_png_preview(qapp, lang: str) -> None:
    """Renders the previews that were looked at while laying out the page."""
    out = render_certificate_png(make_record(lang), Path(f"/tmp/certificate_{lang}.png"), lang)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1240, 1754)  # A4 at 150 dpi
    assert QColor(image.pixel(620, 400)).lightness() > 200  # white paper


def test_command_line_without_a_running_app(tmp_path: Path) -> None:
    """`biblio-desktop export --pdf` has no Qt application and maybe no display."""
    (tmp_path / "r.json").write_bytes(make_record("lv"))
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    code = ("import sys; from pathlib import Path; "
            "from biblio_desktop.ui.records.certificate import write_certificate_pdf as w; "
            "d = Path(sys.argv[1]); [w((d / 'r.json').read_bytes(), d / f'{n}.pdf', 'lv') "
            "for n in range(3)]")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "Ilze Kalniņa" in pdf_text(tmp_path / "2.pdf")
