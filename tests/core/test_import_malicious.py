"""A corpus of hostile and broken packages, each refused through the real command line.

For every package: exit code 1, exactly one `error:` line naming the problem, no
traceback, nothing written outside the data folder, no course folder or staging left,
and the database byte-for-byte as it was (it already holds two imported courses, so an
accidental write or delete would show).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import stat
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from biblio_desktop.cli import main
from biblio_desktop.packages.signing import public_key_of

from . import forge
from .forge import Ed25519PrivateKey

KEY_A = Ed25519PrivateKey.generate()
KEY_B = Ed25519PrivateKey.generate()
BASE_ID = "org.example.base"
PINNED_ID = "org.example.pinned"  # installed at 2.0.0, signed with KEY_A


# --- fixtures and observation helpers ------------------------------------------------------


@pytest.fixture(scope="module")
def base_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder holding an unsigned course and a course pinned to KEY_A."""
    root = tmp_path_factory.mktemp("base")
    data = root / "data"
    first = forge.build(root / "base.biblio", forge.content_files("base"), id=BASE_ID,
                        title={"en": "Base course", "lv": "Bāzes kurss"})
    pinned = forge.build(root / "pinned.biblio", forge.content_files("pinned"), key=KEY_A,
                         id=PINNED_ID, version="2.0.0")
    assert main(["--data-dir", str(data), "import", str(first), str(pinned)]) == 0
    return data


@dataclass
class Env:
    root: Path  # the test's tmp_path: everything here but data/ must stay as it was
    data: Path
    pkg: Path


@pytest.fixture
def env(base_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Env:
    data = tmp_path / "data"
    shutil.copytree(base_data, data)
    sibling = tmp_path / "sibling"
    sibling.mkdir()
    (sibling / "keep.txt").write_text("untouched\n")
    (tmp_path / "cwd").mkdir()
    monkeypatch.chdir(tmp_path / "cwd")
    return Env(tmp_path, data, tmp_path / "in" / "pkg.biblio")


def tree(root: Path, skip: Callable[[Path], bool] = lambda p: False) -> dict[str, Any]:
    """Every path under root with its content (files), 'dir' or 'link:<target>'."""
    result: dict[str, Any] = {}
    for dirpath, dirs, files in os.walk(root):
        here = Path(dirpath)
        for name in sorted(dirs + files):
            path = here / name
            if skip(path):
                continue
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                result[rel] = f"link:{os.readlink(path)}"
            elif path.is_dir():
                result[rel] = "dir"
            else:
                result[rel] = path.read_bytes()
        dirs[:] = [d for d in dirs if not skip(here / d)]
    return result


def db_dump(data: Path) -> list[str]:
    con = sqlite3.connect(data / "library.sqlite3")
    try:
        return list(con.iterdump())
    finally:
        con.close()


def observe(env: Env) -> dict[str, Any]:
    staging = env.data / "courses" / ".staging"

    def outside(p: Path) -> bool:
        return p == env.data

    def inside(p: Path) -> bool:
        # The database is compared by dump; backups taken before an import and the
        # instance lock are the workspace's own business, not traces of the package.
        return (p == staging or p.name.startswith("library.sqlite3") or p.name == ".lock"
                or p == env.data / "backups")

    return {"outside": tree(env.root, outside), "data": tree(env.data, inside),
            "db": db_dump(env.data)}


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


# --- the corpus --------------------------------------------------------------------------

Maker = Callable[[Env], None]
CASES: list[Any] = []  # for `import`
VALIDATE_CASES: list[Any] = []  # for `validate` (cases that need no installed course)
SAME = "same as import"


def case(word: str | None, *, evil: tuple[str, ...] = (), bug: str | None = None,
         needs_installed: bool = False, validate_bug: str | None = SAME,
         ) -> Callable[[Maker], Maker]:
    """Register a maker; `word` must appear in the error, `evil` paths must not exist.

    `bug` marks the import test as a known bug (strict xfail); `validate_bug` likewise for
    the validate test (by default the same bug). `needs_installed` cases (trust, roll-back)
    depend on what is installed, which `validate` does not look at.
    """

    def xfail(reason: str | None) -> list[Any]:
        return [pytest.mark.xfail(strict=True, reason=f"BUG: {reason}")] if reason else []

    def register(make: Maker) -> Maker:
        CASES.append(pytest.param(make, word, evil, id=make.__name__, marks=xfail(bug)))
        if not needs_installed:
            marks = xfail(bug if validate_bug is SAME else validate_bug)
            VALIDATE_CASES.append(pytest.param(make, word, id=make.__name__, marks=marks))
        return make

    return register


def with_extra(env: Env, extra: list[tuple[str | zipfile.ZipInfo, bytes]], *,
               list_them: bool = True, compression: int = zipfile.ZIP_DEFLATED) -> None:
    """A valid package plus `extra` entries (listed in the manifest when possible)."""
    files = forge.content_files()
    listed = dict(files)
    if list_them:
        for name, data in extra:
            listed[name if isinstance(name, str) else name.filename] = data
    manifest = forge.valid_manifest(files)
    manifest["files"] = forge.files_list(listed)
    forge.write_package(env.pkg, [*files.items(), *extra], manifest, compression=compression)


def with_manifest(env: Env, raw: dict[str, Any] | bytes | None, **kw: Any) -> None:
    forge.write_package(env.pkg, list(forge.content_files().items()), raw, **kw)


@case("'..'", evil=("evil.txt", "data/evil.txt", "data/courses/evil.txt", "cwd/evil.txt"))
def dotdot_path(env: Env) -> None:
    with_extra(env, [("../evil.txt", b"pwned")])


@case("'..'", evil=("evil.txt", "data/evil.txt", "data/courses/evil.txt"))
def dotdot_inside_path(env: Env) -> None:
    with_extra(env, [("lessons/../../../evil.txt", b"pwned")])


@case("absolute", evil=("outside/evil",))
def absolute_path(env: Env) -> None:
    with_extra(env, [(f"{env.root}/outside/evil", b"pwned")])


@case("backslash", evil=("evil.txt", "data/evil.txt", "data/courses/evil.txt"))
def backslash_name(env: Env) -> None:
    with_extra(env, [("lessons\\..\\..\\evil.txt", b"pwned")])


@case("drive letter")
def drive_letter_name(env: Env) -> None:
    with_extra(env, [("C:/x", b"pwned")])


@case("control characters")
def control_character_name(env: Env) -> None:
    with_extra(env, [("lessons/en/a\x01.md", b"x")])


@case("empty, '.' or '..'")
def empty_path_part(env: Env) -> None:
    with_extra(env, [("lessons//a.md", b"x")])


@case("link or special", evil=("data/courses/org.example.forge",))
def symlink_entry(env: Env) -> None:
    with_extra(env, [(forge.symlink_info("lessons/en/passwd.md"), b"/etc/passwd")])


@case("link or special")
def fifo_entry(env: Env) -> None:
    with_extra(env, [(forge.special_info("media/fifo"), b"")])


@case("twice")
def duplicate_name(env: Env) -> None:
    with_extra(env, [("lessons/en/welcome.md", b"# Replaced\n")], list_them=False)


@case("differing in case")
def case_colliding_names(env: Env) -> None:
    with_extra(env, [("lessons/en/Welcome.md", b"# Other\n")])


@case("use only letters")
def nfc_nfd_colliding_names(env: Env) -> None:
    with_extra(env, [("media/caf\u00e9.txt", b"nfc"), ("media/cafe\u0301.txt", b"nfd")])


@case("zip bomb")
def ratio_bomb_one_entry(env: Env) -> None:
    with_extra(env, [("media/zeros.bin", bytes(20 * 1024 * 1024))])


@case("overall")
def ratio_bomb_overall(env: Env) -> None:
    # Each entry stays under the 64 KiB per-entry floor; together they expand > 200:1.
    with_extra(env, [(f"media/z{i:02d}.bin", bytes(60_000)) for i in range(40)])


@case("entries")
def too_many_entries(env: Env) -> None:
    extra = [(forge.file_info(f"media/e/{i}.txt", zipfile.ZIP_STORED), b"")
             for i in range(10_001)]
    with_extra(env, extra, list_them=False)


@case("the manifest says")
def manifest_size_smaller_than_data(env: Env) -> None:
    files = forge.content_files()
    manifest = forge.valid_manifest(files)
    manifest["files"][0]["size"] -= 4
    with_manifest(env, manifest)


@case("damaged")
def zip_header_size_lie(env: Env) -> None:
    # The zip and the manifest agree on a size 10 bytes short of the real data (and the
    # manifest's hash is of the real data): only the stream can tell.
    files = forge.content_files()
    real = files[forge.LESSON_EN]
    manifest = forge.valid_manifest(files)
    entry = next(f for f in manifest["files"] if f["path"] == forge.LESSON_EN)
    entry["size"] = len(real) - 10
    forge.write_package(env.pkg, list(files.items()), manifest, compression=zipfile.ZIP_STORED)
    forge.patch_entry(env.pkg, forge.LESSON_EN, file_size=len(real) - 10)


@case("checksum")
def zip_header_size_lie_with_matching_crc(env: Env) -> None:
    # Same lie, with the CRC fixed up for the shortened data: the hash still catches it.
    import zlib

    files = forge.content_files()
    real = files[forge.LESSON_EN]
    manifest = forge.valid_manifest(files)
    entry = next(f for f in manifest["files"] if f["path"] == forge.LESSON_EN)
    entry["size"] = len(real) - 10
    forge.write_package(env.pkg, list(files.items()), manifest)
    forge.patch_entry(env.pkg, forge.LESSON_EN, file_size=len(real) - 10,
                      crc=zlib.crc32(real[:-10]))


@case("damaged")
def zip_header_size_too_large(env: Env) -> None:
    # Stored entry claiming 20 more bytes than it holds (it would swallow the next header).
    files = forge.content_files()
    real = files[forge.LESSON_EN]
    manifest = forge.valid_manifest(files)
    entry = next(f for f in manifest["files"] if f["path"] == forge.LESSON_EN)
    entry["size"] = len(real) + 20
    forge.write_package(env.pkg, list(files.items()), manifest, compression=zipfile.ZIP_STORED)
    forge.patch_entry(env.pkg, forge.LESSON_EN, file_size=len(real) + 20,
                      compress_size=len(real) + 20)


@case("checksum")
def hash_mismatch(env: Env) -> None:
    files = forge.content_files()
    manifest = forge.valid_manifest(files)
    manifest["files"][1]["sha256"] = hashlib.sha256(b"something else").hexdigest()
    with_manifest(env, manifest)


@case("missing from the package")
def listed_file_missing(env: Env) -> None:
    files = forge.content_files()
    manifest = forge.valid_manifest({**files, "media/gone.png": b"\x89PNG"})
    with_manifest(env, manifest)


@case("does not list")
def file_not_listed(env: Env) -> None:
    with_extra(env, [("media/extra.png", b"\x89PNG")], list_them=False)


@case("not UTF-8")
def manifest_not_utf8(env: Env) -> None:
    text = forge.manifest_bytes(forge.valid_manifest(forge.content_files())).decode()
    with_manifest(env, text.encode("utf-16"))


@case("nested deeper")
def manifest_too_deep(env: Env) -> None:
    manifest = forge.valid_manifest(forge.content_files())
    raw = forge.manifest_bytes(manifest)
    with_manifest(env, raw[:-1] + b', "x": ' + b"[" * 100 + b"]" * 100 + b"}")


@case("larger than 1024 KiB")
def manifest_too_large(env: Env) -> None:
    manifest = forge.valid_manifest(forge.content_files())
    raw = forge.manifest_bytes(manifest)
    # Valid JSON padded with incompressible-looking whitespace mixes; stored, so no bomb.
    pad = (b" \n\t\r" * 300_000)[: 1024 * 1024 + 10]
    with_manifest(env, raw[:-1] + pad + b"}", compression=zipfile.ZIP_STORED)


@case("JSON object")
def manifest_not_an_object(env: Env) -> None:
    with_manifest(env, b"[1, 2, 3]")


@case("not valid JSON")
def manifest_syntax_error(env: Env) -> None:
    with_manifest(env, b'{"format_version": 1,')


@case("not valid JSON")
def manifest_nan(env: Env) -> None:
    manifest = forge.valid_manifest(forge.content_files())
    raw = forge.manifest_bytes(manifest).replace(b'"pass_mark": 0.7', b'"pass_mark": NaN')
    assert b"NaN" in raw
    with_manifest(env, raw)


@case("not of type 'string'")
def manifest_wrong_type(env: Env) -> None:
    with_manifest(env, forge.valid_manifest(forge.content_files(), version=1))


@case("update BIBLIO Desktop")
def unknown_format_version(env: Env) -> None:
    with_manifest(env, forge.valid_manifest(forge.content_files(), format_version=4))


@case("needs format_version 2")
def new_question_type_in_a_version_1_package(env: Env) -> None:
    # read by an app of format_version 1, this package would look broken, not newer
    files = forge.content_files()
    quiz = json.loads(forge.quiz_bytes())
    quiz["questions"].append({"id": "q-gaps", "type": "fill_blanks", "prompt": "Fill in.",
                              "text": "The capital of Latvia is {{Rīga}}."})
    files[forge.QUIZ_EN] = forge.quiz_bytes(quiz)
    forge.build(env.pkg, files)


@case("needs format_version 3")
def pdf_item_in_a_version_2_package(env: Env) -> None:
    # read by an app of format_version 2, the unknown kind would look broken, not newer
    files = {**forge.content_files(), "media/guide.pdf": b"%PDF-1.7\n%%EOF\n"}
    manifest = forge.valid_manifest(files, format_version=2)
    manifest["modules"][0]["items"].append(
        {"id": "m1-guide", "kind": "pdf", "title": {"en": "Guide", "lv": "Ceļvedis"},
         "path": {"en": "media/guide.pdf"}})
    forge.write_package(env.pkg, list(files.items()), manifest)


@case("Additional properties")
def unknown_top_level_field(env: Env) -> None:
    with_manifest(env, forge.valid_manifest(forge.content_files(), scripts=["rm -rf"]))


@case("used twice")
def duplicate_item_id(env: Env) -> None:
    files = forge.content_files()
    manifest = forge.valid_manifest(files)
    manifest["modules"][0]["items"][1]["id"] = "m1-lesson"
    with_manifest(env, manifest)


@case("not in files")
def item_path_not_listed(env: Env) -> None:
    files = forge.content_files()
    manifest = forge.valid_manifest(files)
    manifest["modules"][0]["items"][0]["path"]["lv"] = "lessons/lv/elsewhere.md"
    with_manifest(env, manifest)


@case("no course.json")
def missing_manifest(env: Env) -> None:
    with_manifest(env, None)


@case("not a readable zip")
def not_a_zip(env: Env) -> None:
    env.pkg.parent.mkdir(parents=True)
    env.pkg.write_bytes(b"%PDF-1.4 this is not a zip\n" * 100)


@case("not a readable zip")
def truncated_zip(env: Env) -> None:
    with_manifest(env, forge.valid_manifest(forge.content_files()))
    data = env.pkg.read_bytes()
    env.pkg.write_bytes(data[: len(data) // 2])


@case("damaged")
def corrupt_deflate_stream(env: Env) -> None:
    # The directory is intact but the compressed bytes of a lesson are garbage.
    files = {name: data * 50 for name, data in forge.content_files().items()}
    files[forge.QUIZ_EN] = files[forge.QUIZ_LV] = forge.quiz_bytes()
    forge.write_package(env.pkg, list(files.items()), forge.valid_manifest(files))
    with zipfile.ZipFile(env.pkg) as zf:
        info = zf.getinfo(forge.LESSON_EN)
    raw = bytearray(env.pkg.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode())
    raw[start:start + 8] = b"\xff" * 8
    env.pkg.write_bytes(bytes(raw))


@case("Unexpected file")
def entry_outside_content_roots(env: Env) -> None:
    with_extra(env, [("autorun.inf", b"[autorun]\nopen=evil.exe\n")])


@case("Unexpected file")
def entry_in_unknown_folder(env: Env) -> None:
    with_extra(env, [("scripts/install.sh", b"#!/bin/sh\n")])


@case("encrypted")
def encrypted_entry(env: Env) -> None:
    forge.build(env.pkg)
    forge.patch_entry(env.pkg, forge.LESSON_LV, flag_bits=0x1)


@case("exactly one option")
def invalid_quiz(env: Env) -> None:
    files = forge.content_files()
    quiz = json.loads(forge.quiz_bytes())
    quiz["questions"][0]["options"][0]["correct"] = True
    files[forge.QUIZ_LV] = forge.quiz_bytes(quiz)
    forge.build(env.pkg, files)


@case("not valid JSON")
def quiz_not_json(env: Env) -> None:
    files = forge.content_files()
    files[forge.QUIZ_EN] = b"title = 'this is TOML, not JSON'\n"
    forge.build(env.pkg, files)


@case("changed after signing")
def bad_signature(env: Env) -> None:
    raw, signature = forge.sign(forge.valid_manifest(forge.content_files()), KEY_A)
    tampered = raw.replace(b"Forged course", b"Forged coarse")
    with_manifest(env, tampered, signature=signature)


@case("key id does not match")
def signature_key_id_mismatch(env: Env) -> None:
    raw, signature = forge.sign(forge.valid_manifest(forge.content_files()), KEY_A)
    body = json.loads(signature)
    body["key_id"] = public_key_of(KEY_B).key_id
    with_manifest(env, raw, signature=json.dumps(body).encode())


@case("different publisher key")
def manifest_names_other_key(env: Env) -> None:
    manifest = forge.valid_manifest(forge.content_files())
    manifest["publisher"]["key_id"] = public_key_of(KEY_B).key_id
    raw = forge.manifest_bytes(manifest)
    _, signature = forge.sign(raw, KEY_A)
    with_manifest(env, raw, signature=signature)


@case("signature.json is missing")
def key_id_without_signature(env: Env) -> None:
    raw, _signature = forge.sign(forge.valid_manifest(forge.content_files()), KEY_A)
    with_manifest(env, raw)


@case("signature")
def signature_not_json(env: Env) -> None:
    raw, _signature = forge.sign(forge.valid_manifest(forge.content_files()), KEY_A)
    with_manifest(env, raw, signature=b"\x00\x01 not json")


@case("unknown key", needs_installed=True)
def wrong_publisher_key_for_pinned_course(env: Env) -> None:
    forge.build(env.pkg, key=KEY_B, id=PINNED_ID, version="3.0.0")


@case("not signed", needs_installed=True)
def unsigned_package_for_pinned_course(env: Env) -> None:
    forge.build(env.pkg, id=PINNED_ID, version="3.0.0")


@case("roll the course back", needs_installed=True)
def rollback_to_lower_version(env: Env) -> None:
    forge.build(env.pkg, key=KEY_A, id=PINNED_ID, version="1.9.9")


@case("course.json")
def manifest_lists_itself(env: Env) -> None:
    files = forge.content_files()
    manifest = forge.valid_manifest(files)
    manifest["files"].append({"path": "course.json", "size": 10, "sha256": "0" * 64})
    with_manifest(env, manifest)


@case("a.png")
def file_and_folder_with_same_name(env: Env) -> None:
    with_extra(env, [("media/a.png", b"png"), ("media/a.png/b.png", b"png")])


@case(None)
def lone_surrogate_in_title(env: Env) -> None:
    files = forge.content_files()
    manifest = forge.valid_manifest(files, title={"en": "Bad \ud800 title", "lv": "x"})
    with_manifest(env, json.dumps(manifest).encode("ascii"))


@pytest.mark.parametrize(("make", "word", "evil"), CASES)
def test_malicious_package_is_refused(env: Env, capsys: pytest.CaptureFixture[str],
                                      make: Maker, word: str | None,
                                      evil: tuple[str, ...]) -> None:
    make(env)
    assert env.pkg.is_file()
    before = observe(env)
    code, out, err = run(capsys, env.data, "import", str(env.pkg))

    assert code == 1, (out, err)
    assert "Traceback" not in out + err
    lines = err.splitlines()
    assert len(lines) == 1 and err.endswith("\n"), err
    assert lines[0].startswith("error:"), err
    message = lines[0].removeprefix(f"error: {env.pkg}: ")
    if word is not None:
        assert word.lower() in message.lower(), message
    for rel in evil:
        assert not os.path.lexists(env.root / rel), rel
    staging = env.data / "courses" / ".staging"
    assert not staging.exists() or not any(staging.iterdir())
    after = observe(env)
    assert after["outside"] == before["outside"]
    assert after["data"] == before["data"]
    assert after["db"] == before["db"]


@pytest.mark.parametrize(("make", "word"), VALIDATE_CASES)
def test_malicious_package_fails_validate(env: Env, capsys: pytest.CaptureFixture[str],
                                          make: Maker, word: str | None) -> None:
    make(env)
    fresh = env.root / "fresh-data"
    before = tree(env.root)
    code, out, err = run(capsys, fresh, "validate", str(env.pkg))
    assert code == 1, (out, err)
    assert "Traceback" not in out + err
    assert "valid:" not in out
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), err
    if word is not None:
        assert word.lower() in lines[0].lower(), lines[0]
    assert tree(env.root) == before  # validate writes nothing, not even a data folder
    assert not fresh.exists()


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 30
    assert len(VALIDATE_CASES) >= 30


# --- the same version again, and a newer one --------------------------------------------


def test_same_version_again_is_already_installed(env: Env,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    forge.build(env.pkg, forge.content_files("base"), id=BASE_ID,
                title={"en": "Base course", "lv": "Bāzes kurss"})
    before = observe(env)
    code, out, err = run(capsys, env.data, "import", str(env.pkg))
    assert code == 0, err
    assert "already installed" in out
    assert err == ""
    assert observe(env) == before


def test_same_version_with_other_content_changes_nothing(
        env: Env, capsys: pytest.CaptureFixture[str]) -> None:
    forge.build(env.pkg, forge.content_files("different"), key=KEY_A, id=PINNED_ID,
                version="2.0.0")
    before = observe(env)
    code, out, _err = run(capsys, env.data, "import", str(env.pkg))
    assert code == 0
    assert "already installed" in out
    assert observe(env) == before


def test_newer_version_installs_beside_the_old(env: Env,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    forge.build(env.pkg, forge.content_files("newer"), key=KEY_A, id=PINNED_ID,
                version="2.1.0")
    code, out, err = run(capsys, env.data, "import", str(env.pkg))
    assert code == 0, err
    assert f"imported {PINNED_ID} 2.1.0" in out
    assert "update from 2.0.0" in out
    course = env.data / "courses" / PINNED_ID
    assert sorted(p.name for p in course.iterdir()) == ["2.0.0", "2.1.0"]
    new = (course / "2.1.0" / forge.LESSON_EN).read_bytes()
    assert new == forge.content_files("newer")[forge.LESSON_EN]
    old = (course / "2.0.0" / forge.LESSON_EN).read_bytes()
    assert old == forge.content_files("pinned")[forge.LESSON_EN]

    code, out, _err = run(capsys, env.data, "list")
    assert code == 0
    line = next(ln for ln in out.splitlines() if ln.startswith(PINNED_ID))
    assert "2.1.0" in line.split()[1]
    assert "also 2.0.0" in line
    base_line = next(ln for ln in out.splitlines() if ln.startswith(BASE_ID))
    assert "also" not in base_line

    # and the older one is now refused as a roll-back
    forge.build(env.pkg, forge.content_files("pinned"), key=KEY_A, id=PINNED_ID,
                version="2.0.1")
    code, _out, err = run(capsys, env.data, "import", str(env.pkg))
    assert code == 1
    assert "roll the course back" in err


def test_rejected_and_good_packages_in_one_command(env: Env,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    bad = env.root / "in" / "bad.biblio"
    forge.build(env.pkg, id="org.example.good")
    with_extra(Env(env.root, env.data, bad), [("../evil.txt", b"x")])
    code, out, err = run(capsys, env.data, "import", str(bad), str(env.pkg))
    assert code == 1
    assert err.count("error:") == 1 and str(bad) in err
    assert "imported org.example.good 1.0.0" in out
    assert not (env.root / "evil.txt").exists()


def test_symlink_entry_mode_is_not_a_regular_file() -> None:
    # Guard for the forge itself: the attributes really say "symbolic link".
    info = forge.symlink_info("lessons/en/x.md")
    assert stat.S_ISLNK(info.external_attr >> 16)
