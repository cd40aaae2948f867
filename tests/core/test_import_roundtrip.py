"""A valid forged package goes through validate, import and list unchanged."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
import zipfile
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.cli import main
from biblio_desktop.packages.signing import public_key_of

from . import forge
from .forge import Ed25519PrivateKey

COURSE_ID = "org.example.roundtrip"


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def rows(data: Path, sql: str) -> list[dict[str, Any]]:
    con = sqlite3.connect(data / "library.sqlite3")
    con.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in con.execute(sql)]
    finally:
        con.close()


def course_files() -> dict[str, bytes]:
    files = forge.content_files("roundtrip")
    # media stored and deflated, binary and text, in nested folders
    files["media/img/partners.png"] = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40
    files["media/video/intro.en.vtt"] = b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n"
    return files


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return forge.build(tmp_path / "in" / "course.biblio", course_files(), id=COURSE_ID,
                       title={"en": "Round trip", "lv": "Apļa brauciens"})


def test_validate_accepts_a_forged_package(package: Path, tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out, err = run(capsys, data, "validate", str(package))
    assert code == 0, err
    assert out.startswith("valid:")
    assert f"{COURSE_ID} 1.0.0" in out
    assert "2 items in 1 modules" in out
    assert "not signed" in out
    # validate installs nothing
    courses = data / "courses"
    assert not courses.exists() or [p.name for p in courses.iterdir()] in ([], [".staging"])


def test_import_then_list(package: Path, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    code, out, err = run(capsys, data, "import", str(package))
    assert code == 0, err
    assert err == ""
    assert f"imported {COURSE_ID} 1.0.0: Round trip, unsigned" in out

    code, out, _ = run(capsys, data, "list")
    assert code == 0
    (line,) = out.splitlines()
    assert line.split()[:3] == [COURSE_ID, "1.0.0", "en/lv"]
    assert "2 items" in line
    assert line.endswith("Round trip")

    code, out, _ = run(capsys, data, "list", "--language", "lv")
    assert code == 0
    assert out.splitlines()[0].endswith("Apļa brauciens")

    code, out, _ = run(capsys, data, "list", "--language", "de")
    assert out.splitlines()[0].endswith("Round trip")  # falls back to the default


def test_extracted_files_are_identical_and_read_only(package: Path, tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "import", str(package))[0] == 0
    folder = data / "courses" / COURSE_ID / "1.0.0"
    expected = course_files()
    found = {
        p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()
    }
    assert set(found) == set(expected) | {"course.json"}
    for name, content in expected.items():
        assert found[name].read_bytes() == content, name
    with zipfile.ZipFile(package) as zf:
        assert found["course.json"].read_bytes() == zf.read("course.json")
    for path in found.values():
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode & 0o222 == 0, (path, oct(mode))
    if os.name == "posix" and os.geteuid() != 0:
        with pytest.raises(PermissionError):
            found[forge.LESSON_EN].write_bytes(b"changed")
    staging = data / "courses" / ".staging"
    assert not staging.exists() or not any(staging.iterdir())


def test_database_rows(package: Path, tmp_path: Path,
                       capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(capsys, data, "import", str(package))[0] == 0
    (course,) = rows(data, "SELECT * FROM courses")
    assert course["id"] == COURSE_ID
    assert course["pinned_key_id"] is None and course["pinned_public_key"] is None
    (version,) = rows(data, "SELECT * FROM course_versions")
    assert version["course_id"] == COURSE_ID
    assert version["version"] == "1.0.0"
    assert version["folder"] == f"{COURSE_ID}/1.0.0"
    assert version["is_current"] == 1
    assert version["signed_by"] is None
    raw = package.read_bytes()
    assert version["package_sha256"] == hashlib.sha256(raw).hexdigest()
    assert version["package_size"] == len(raw)
    with zipfile.ZipFile(package) as zf:
        assert version["manifest_json"] == zf.read("course.json").decode("utf-8")
    assert json.loads(version["manifest_json"])["id"] == COURSE_ID
    items = rows(data, "SELECT item_id, module_id, kind, position, required, minutes, "
                       "course_version_id FROM items ORDER BY position")
    assert [(i["item_id"], i["module_id"], i["kind"], i["position"], i["required"],
             i["minutes"]) for i in items] == [
        ("m1-lesson", "m1", "lesson", 0, 1, 7),
        ("m1-quiz", "m1", "quiz", 1, 0, 3),
    ]
    assert {i["course_version_id"] for i in items} == {version["id"]}


def test_signed_import_pins_the_key_and_accepts_its_updates(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    key = Ed25519PrivateKey.generate()
    key_id = public_key_of(key).key_id
    first = forge.build(tmp_path / "in" / "v1.biblio", course_files(), key=key, id=COURSE_ID)

    code, out, _ = run(capsys, data, "validate", str(first))
    assert code == 0
    assert f"signed by key {key_id}" in out

    code, out, err = run(capsys, data, "import", str(first))
    assert code == 0, err
    assert f"signed by key {key_id}" in out
    (course,) = rows(data, "SELECT * FROM courses")
    assert course["pinned_key_id"] == key_id
    assert course["pinned_public_key"] == public_key_of(key).public_key
    (version,) = rows(data, "SELECT * FROM course_versions")
    assert version["signed_by"] == key_id

    second = forge.build(tmp_path / "in" / "v2.biblio", forge.content_files("v2"), key=key,
                         id=COURSE_ID, version="1.1.0")
    code, out, err = run(capsys, data, "import", str(second))
    assert code == 0, err
    assert "1.1.0" in out and "update from 1.0.0" in out
    versions = rows(data, "SELECT version, is_current, signed_by FROM course_versions "
                          "ORDER BY version_order")
    assert versions == [
        {"version": "1.0.0", "is_current": 0, "signed_by": key_id},
        {"version": "1.1.0", "is_current": 1, "signed_by": key_id},
    ]
    assert (data / "courses" / COURSE_ID / "1.0.0").is_dir()
    assert (data / "courses" / COURSE_ID / "1.1.0").is_dir()
    code, out, _ = run(capsys, data, "list")
    assert "1.1.0" in out and "also 1.0.0" in out


def test_stored_and_deflated_packages_both_import(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    stored = forge.build(tmp_path / "in" / "stored.biblio", course_files(), id=COURSE_ID,
                         compression=zipfile.ZIP_STORED)
    code, _, err = run(capsys, data, "import", str(stored))
    assert code == 0, err
    lesson = data / "courses" / COURSE_ID / "1.0.0" / forge.LESSON_LV
    assert lesson.read_bytes() == course_files()[forge.LESSON_LV]
