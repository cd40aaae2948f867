"""The package builder and the source-folder reader behind `biblio-desktop pack`."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import BuildResult, build_package
from biblio_desktop.authoring.source import load_source
from biblio_desktop.errors import BiblioError, Cancelled, PackageError
from biblio_desktop.packages.manifest import parse_manifest
from biblio_desktop.packages.signing import verify_signature, write_key_pair
from biblio_desktop.progress import CancelToken

from .course_fixtures import COURSE_ID, COURSE_VERSION, expected_package_files, make_source_course

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_COURSE = ROOT / "course_packages" / "digital-skills-orientation"


def _build(src: Path, out: Path, **kwargs: object) -> BuildResult:
    return build_package(src, out, **kwargs)  # type: ignore[arg-type]


def _manifest(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read("course.json"))


# --------------------------------------------------------------------------- happy path

def test_build_contains_exactly_the_used_files_in_order(source_course: Path,
                                                        tmp_path: Path) -> None:
    result = _build(source_course, tmp_path / "out" / "course.biblio")
    with zipfile.ZipFile(result.out) as zf:
        names = zf.namelist()
    assert names == ["course.json", *expected_package_files()]
    # README, the unused image, the image inside a code block and quiz TOML stay out.
    assert not any(n.endswith((".toml", "README.md", "unused.png", "missing.png")) for n in names)
    assert result.course_id == COURSE_ID and result.version == COURSE_VERSION
    assert result.file_count == len(expected_package_files())
    data = result.out.read_bytes()
    assert result.size == len(data)
    assert result.sha256 == hashlib.sha256(data).hexdigest()
    assert sorted(p.name for p in result.out.parent.iterdir()) == ["course.biblio"]


def test_manifest_files_match_zip_content(source_course: Path, tmp_path: Path) -> None:
    result = _build(source_course, tmp_path / "c.biblio")
    with zipfile.ZipFile(result.out) as zf:
        raw = zf.read("course.json")
        manifest = parse_manifest(raw)
        assert [f.path for f in manifest.files] == zf.namelist()[1:]
        for entry in manifest.files:
            content = zf.read(entry.path)
            assert entry.size == len(content) == zf.getinfo(entry.path).file_size
            assert entry.sha256 == hashlib.sha256(content).hexdigest()
    expected = json.dumps(json.loads(raw), ensure_ascii=False, indent=1, sort_keys=True)
    assert raw == expected.encode("utf-8")
    assert "Latviešu".encode() in raw  # ensure_ascii=False
    assert manifest.publisher_key_id is None
    assert manifest.languages == ("en", "lv")


def test_manifest_items_titles_minutes_and_paths(source_course: Path, tmp_path: Path) -> None:
    manifest = parse_manifest(zipfile.ZipFile(_build(source_course, tmp_path / "c.biblio").out)
                              .read("course.json"))
    items = {item.id: item for item in manifest.items}
    welcome, tour, video, quiz = (items[i] for i in ("m1-welcome", "m1-tour", "m2-video",
                                                    "m2-quiz"))
    assert welcome.title == {"en": "Welcome (English)", "lv": "Welcome (Latviešu)"}
    assert welcome.minutes == 6  # from the front matter
    assert welcome.skills == ("ceco-community-needs",) and welcome.required
    assert welcome.path == {"en": "lessons/en/welcome.md", "lv": "lessons/lv/welcome.md"}
    assert tour.kind == "slides" and tour.minutes == 4 and not tour.required
    assert tour.title["lv"] == "Tour (Latviešu)"
    assert video.path == {"en": "media/video/intro.mp4", "lv": "media/video/intro.mp4"}
    assert video.subtitles == {"en": "media/video/intro.en.vtt", "lv": "media/video/intro.lv.vtt"}
    assert video.poster == "media/video/intro-poster.png"
    assert video.title["en"] == "Intro video (English)" and video.minutes == 3
    assert quiz.path == {"en": "quizzes/en/basics.json", "lv": "quizzes/lv/basics.json"}
    assert quiz.title["en"] == "Basics quiz (English)" and quiz.minutes == 5
    assert manifest.pass_mark == 0.7
    assert manifest.certificate_title["lv"] == "Certificate (Latviešu)"


def test_quiz_is_converted_to_sorted_json(source_course: Path, tmp_path: Path) -> None:
    from biblio_desktop.learning.quiz import parse_quiz

    with zipfile.ZipFile(_build(source_course, tmp_path / "c.biblio").out) as zf:
        raw = zf.read("quizzes/lv/basics.json")
    data = json.loads(raw)
    toml_data = tomllib.loads((source_course / "quizzes/lv/basics.toml").read_text("utf-8"))
    assert data == toml_data
    assert raw == json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True).encode()
    assert parse_quiz(data).title == "Basics quiz (Latviešu)"


def test_zip_entries_have_fixed_metadata(source_course: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(_build(source_course, tmp_path / "c.biblio").out) as zf:
        infos = zf.infolist()
    for info in infos:
        assert info.date_time == (1980, 1, 1, 0, 0, 0)
        assert info.external_attr == 0o644 << 16
        assert info.create_system == 3
        media = info.filename.endswith((".png", ".mp4"))
        assert info.compress_type == (zipfile.ZIP_STORED if media else zipfile.ZIP_DEFLATED)


def test_two_builds_are_byte_identical(source_course: Path, tmp_path: Path) -> None:
    first = _build(source_course, tmp_path / "a.biblio")
    for path in source_course.rglob("*"):
        os.utime(path, (1_700_000_000, 1_700_000_000))
    os.chmod(source_course / "media/img/partners.png", 0o600)
    second = _build(source_course, tmp_path / "b.biblio")
    assert first.out.read_bytes() == second.out.read_bytes()
    assert first.sha256 == second.sha256
    copy = shutil.copytree(source_course, tmp_path / "elsewhere" / "copy")
    third = _build(copy, tmp_path / "c.biblio")
    assert third.sha256 == first.sha256


def test_rebuild_replaces_existing_output(source_course: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.biblio"
    out.write_bytes(b"old")
    result = _build(source_course, out)
    assert zipfile.is_zipfile(out) and result.size == out.stat().st_size


def test_single_language_course(tmp_path: Path) -> None:
    src = make_source_course(tmp_path, languages=("lv",))
    result = _build(src, tmp_path / "lv.biblio")
    with zipfile.ZipFile(result.out) as zf:
        assert zf.namelist() == ["course.json", *expected_package_files(("lv",))]
        manifest = parse_manifest(zf.read("course.json"))
    assert manifest.languages == ("lv",) and manifest.default_language == "lv"


def test_signed_build(source_course: Path, tmp_path: Path) -> None:
    key = write_key_pair(tmp_path / "keys" / "publisher.key")
    result = _build(source_course, tmp_path / "s.biblio", sign_key=tmp_path / "keys/publisher.key")
    with zipfile.ZipFile(result.out) as zf:
        names = zf.namelist()
        raw, signature = zf.read("course.json"), zf.read("signature.json")
    assert names == ["course.json", "signature.json", *expected_package_files()]
    checked = verify_signature(signature, raw)
    assert checked.key.key_id == key.key_id
    assert parse_manifest(raw).publisher_key_id == key.key_id
    again = _build(source_course, tmp_path / "s2.biblio",
                   sign_key=tmp_path / "keys/publisher.key")
    assert again.sha256 == result.sha256  # Ed25519 signatures are deterministic


def test_bad_key_file_leaves_nothing(source_course: Path, tmp_path: Path) -> None:
    bad = tmp_path / "not-a.key"
    bad.write_text("{}", encoding="utf-8")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(BiblioError, match=r"not-a\.key"):
        _build(source_course, out_dir / "c.biblio", sign_key=bad)
    assert list(out_dir.iterdir()) == []


def test_progress_counts_bytes_up_to_total(source_course: Path, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    _build(source_course, tmp_path / "c.biblio", progress=lambda d, t: calls.append((d, t)))
    totals = {t for _, t in calls}
    assert len(totals) == 1
    total = totals.pop()
    content = sum(f.size() for f in load_source(source_course).files)
    assert total == 2 * content  # hashed once, packed once
    dones = [d for d, _ in calls]
    assert dones == sorted(dones) and dones[0] == 0 and dones[-1] == total


# --------------------------------------------------------------------------- interrupted

def test_cancel_midway_leaves_no_file(source_course: Path, tmp_path: Path) -> None:
    token = CancelToken()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total * 0.6:  # well into the packing pass: the zip is half written
            token.cancel()

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(Cancelled):
        _build(source_course, out_dir / "c.biblio", progress=progress, cancel=token)
    assert list(out_dir.iterdir()) == []
    done, total = seen[-1]
    assert total * 0.6 < done < total  # it really stopped in the middle of packing


def test_cancel_keeps_previous_package(source_course: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.biblio"
    out.write_bytes(b"previous build")
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        _build(source_course, out, cancel=token)
    assert out.read_bytes() == b"previous build"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.biblio", "src"]


def test_file_changed_during_build_is_refused(source_course: Path, tmp_path: Path) -> None:
    video = source_course / "media/video/intro.mp4"
    changed = False

    def progress(done: int, total: int) -> None:
        nonlocal changed
        if not changed and done >= total // 2:  # hashing done, packing starts
            video.write_bytes(b"edited")
            changed = True

    with pytest.raises(PackageError, match=r"intro\.mp4"):
        _build(source_course, tmp_path / "out.biblio", progress=progress)
    assert not (tmp_path / "out.biblio").exists()


def test_highly_compressible_file_is_stored(source_course: Path, tmp_path: Path) -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg">' + " " * 400_000 + "</svg>\n"
    (source_course / "media/img/diagram.svg").write_text(svg, encoding="utf-8")
    first = _build(source_course, tmp_path / "a.biblio")
    with zipfile.ZipFile(first.out) as zf:
        info = zf.getinfo("media/img/diagram.svg")
        assert info.compress_type == zipfile.ZIP_STORED  # the importer refuses > 200:1
        for other in zf.infolist():
            assert other.file_size <= 64 * 1024 or other.file_size <= 200 * other.compress_size
    assert _build(source_course, tmp_path / "b.biblio").sha256 == first.sha256


# --------------------------------------------------------------------------- authoring mistakes

def _edit(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def apply(src: Path) -> None:
        path = src / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"fixture changed: {old!r} not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return apply


def _delete(rel: str) -> Callable[[Path], None]:
    return lambda src: (src / rel).unlink()


def _write(rel: str, data: bytes) -> Callable[[Path], None]:
    return lambda src: (src / rel).write_bytes(data)


MISTAKES: dict[str, tuple[Callable[[Path], None], list[str]]] = {
    "missing course.toml": (_delete("course.toml"), ["course.toml"]),
    "toml syntax": (_edit("course.toml", 'license = "CC-BY-4.0"', "license = CC BY"),
                    ["course.toml", "line 5"]),
    "missing language text": (_edit("course.toml", 'lv = "Test course (Latviešu)"\n', ""),
                              ["course.toml", "[title]", "'lv'"]),
    "missing item title language": (_edit("course.toml", 'lv = "Intro video (Latviešu)"\n', ""),
                                    ["course.toml", "m2-video", "'lv'"]),
    "unknown kind": (_edit("course.toml", 'kind = "slides"', 'kind = "lecture"'),
                     ["course.toml", "m1-tour", "lecture"]),
    "unknown key": (_edit("course.toml", "required = false", "requried = false"),
                    ["course.toml", "m1-tour", "requried"]),
    "missing lesson": (_delete("lessons/lv/welcome.md"), ["lessons/lv/welcome.md", "m1-welcome"]),
    "missing subtitles": (_delete("media/video/intro.en.vtt"), ["media/video/intro.en.vtt"]),
    "missing poster": (_delete("media/video/intro-poster.png"), ["intro-poster.png"]),
    "missing image": (_delete("media/img/partners.png"),
                      ["lessons/en/welcome.md", "../../media/img/partners.png"]),
    "missing reference link": (_delete("media/img/diagram.svg"),
                               ["lessons/en/welcome.md", "diagram.svg"]),
    "link leaves folder": (_edit("lessons/lv/welcome.md", "[the tour](item:m1-tour)",
                                 "[secret](../../../secret.txt)"),
                           ["lessons/lv/welcome.md", "../../../secret.txt"]),
    "link to unpackable file": (_edit("lessons/en/welcome.md", "[the tour](item:m1-tour)",
                                      "[notes](../../README.md)"),
                                ["lessons/en/welcome.md", "README.md"]),
    "unknown item link": (_edit("lessons/lv/welcome.md", "item:m1-tour", "item:m9-nothing"),
                          ["lessons/lv/welcome.md", "item:m9-nothing"]),
    "no title in front matter": (_edit("lessons/en/tour.slides.md", "title: Tour (English)\n",
                                       ""), ["lessons/en/tour.slides.md", "title"]),
    "bad minutes": (_edit("lessons/en/welcome.md", "minutes: 6", "minutes: six"),
                    ["lessons/en/welcome.md", "six"]),
    "not utf-8": (_write("lessons/en/welcome.md", "---\ntitle: Caf\xe9\n---\n".encode("latin-1")),
                  ["lessons/en/welcome.md", "UTF-8"]),
    "empty slides": (_write("lessons/lv/tour.slides.md", b"---\ntitle: T\n---\n---\n"),
                     ["lessons/lv/tour.slides.md", "no slides"]),
    "bad quiz": (_edit("quizzes/en/basics.toml", "correct = true", "corect = true"),
                 ["quizzes/en/basics.toml", "corect"]),
    "quiz syntax": (_edit("quizzes/lv/basics.toml", "pass_mark = 0.5", "pass_mark = "),
                    ["quizzes/lv/basics.toml", "line"]),
    "unclosed gap": (_edit("quizzes/lv/basics.toml", "pass_mark = 0.5\n", "pass_mark = 0.5\n"
                           '[[questions]]\nid = "q-gaps"\ntype = "fill_blanks"\n'
                           'prompt = "Papildiniet."\ntext = "Galvaspilsēta ir {{Rīga."\n'),
                     ["quizzes/lv/basics.toml", "q-gaps", "never closed", "'}}'"]),
    "marked phrase": (_edit("quizzes/en/basics.toml", "pass_mark = 0.5\n", "pass_mark = 0.5\n"
                            '[[questions]]\nid = "q-mark"\ntype = "mark_words"\n'
                            'prompt = "Mark."\ntext = "The *job profiles* CECO and DIGY."\n'),
                      ["quizzes/en/basics.toml", "q-mark", "a marked word has no spaces"]),
    "unsafe name": (_edit("course.toml", 'file = "lessons/{lang}/welcome.md"',
                          'file = "lessons/../../{lang}/welcome.md"'),
                    ["course.toml", "m1-welcome", ".."]),
    "bad characters": (_edit("course.toml", 'poster = "media/video/intro-poster.png"',
                             'poster = "media/video/intro poster.png"'),
                       ["course.toml", "m2-video", "intro poster.png"]),
    "video without title": (_edit("course.toml", '[modules.items.title]\nen = "Intro video '
                                  '(English)"\nlv = "Intro video (Latviešu)"\n', ""),
                            ["course.toml", "m2-video", "title"]),
    "unknown skill": (_edit("course.toml", 'skills = ["ceco-community-needs"]',
                            'skills = ["digy-nothing"]'), ["course.toml", "digy-nothing"]),
    "duplicate id": (_edit("course.toml", 'id = "m2-quiz"', 'id = "m1-welcome"'),
                     ["course.toml", "m1-welcome", "twice"]),
    "bad course id": (_edit("course.toml", f'id = "{COURSE_ID}"', 'id = "My Course"'),
                      ["course.toml", "My Course"]),
    "bad version": (_edit("course.toml", 'version = "1.0.0"', 'version = "1.0"'),
                    ["course.toml", "1.0"]),
    "key_id in toml": (_edit("course.toml", 'name = "BIBLIO Desktop tests"',
                             'name = "BIBLIO Desktop tests"\nkey_id = "0011223344556677"'),
                       ["course.toml", "key_id"]),
    "wrong lesson suffix": (_edit("course.toml", "lessons/{lang}/welcome.md",
                                  "lessons/{lang}/welcome.txt"), ["course.toml", ".md"]),
}


@pytest.mark.parametrize("name", sorted(MISTAKES))
def test_authoring_mistake_names_the_file(name: str, source_course: Path,
                                          tmp_path: Path) -> None:
    mutate, expected = MISTAKES[name]
    mutate(source_course)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(PackageError) as caught:
        _build(source_course, out_dir / "c.biblio")
    message = str(caught.value)
    for part in expected:
        assert part in message, f"{part!r} not in {message!r}"
    assert list(out_dir.iterdir()) == []


def test_case_clash_is_refused(source_course: Path, tmp_path: Path) -> None:
    (source_course / "media/img/Partners.png").write_bytes(b"other")
    _edit("course.toml", "media/video/intro-poster.png", "media/img/Partners.png")(source_course)
    with pytest.raises(PackageError, match="clashes") as caught:
        _build(source_course, tmp_path / "c.biblio")
    assert "Partners.png" in str(caught.value)


def test_symlinked_file_is_refused(source_course: Path, tmp_path: Path) -> None:
    target = tmp_path / "outside.png"
    target.write_bytes(b"x")
    poster = source_course / "media/video/intro-poster.png"
    poster.unlink()
    try:
        poster.symlink_to(target)
    except OSError:
        pytest.skip("symbolic links are not available here")
    with pytest.raises(PackageError, match="symbolic link"):
        load_source(source_course)


def test_load_source_lists_files_and_ignores_remote_links(source_course: Path) -> None:
    course = load_source(source_course)
    assert [f.path for f in course.files] == expected_package_files()
    assert course.id == COURSE_ID and course.languages == ("en", "lv")
    quiz = next(f for f in course.files if f.path == "quizzes/en/basics.json")
    assert quiz.source is None and quiz.data is not None and quiz.size() == len(quiz.data)


# --------------------------------------------------------------------------- the sample course

@pytest.mark.skipif(not (SAMPLE_COURSE / "course.toml").is_file(),
                    reason="course_packages/digital-skills-orientation/course.toml is not "
                           "written yet")
def test_sample_course_builds_in_both_languages(tmp_path: Path) -> None:
    result = _build(SAMPLE_COURSE, tmp_path / "sample.biblio")
    with zipfile.ZipFile(result.out) as zf:
        manifest = parse_manifest(zf.read("course.json"))
        names = set(zf.namelist())
    assert {"en", "lv"} <= set(manifest.languages)
    assert manifest.items
    for item in manifest.items:
        for lang in ("en", "lv"):
            assert item.title.get(lang), f"{item.id} has no {lang} title"
            assert item.path.get(lang) in names, f"{item.id} has no {lang} file"
    assert _build(SAMPLE_COURSE, tmp_path / "again.biblio").sha256 == result.sha256


def test_output_is_world_readable_and_not_a_folder(source_course: Path, tmp_path: Path) -> None:
    result = _build(source_course, tmp_path / "c.biblio")
    if os.name == "posix":
        assert result.out.stat().st_mode & 0o777 == 0o644
    with pytest.raises(BiblioError, match="folder"):
        _build(source_course, tmp_path)


def test_incompressible_files_are_stored_whatever_their_suffix(source_course: Path,
                                                              tmp_path: Path) -> None:
    """A large SVG of ordinary text still deflates; one of random bytes is stored."""
    dense = os.urandom(300 * 1024)
    (source_course / "media" / "img" / "diagram.svg").write_bytes(dense)
    out = _build(source_course, tmp_path / "dense.biblio").out
    with zipfile.ZipFile(out) as zf:
        info = zf.getinfo("media/img/diagram.svg")
        assert info.compress_type == zipfile.ZIP_STORED and zf.read(info) == dense
    (source_course / "media" / "img" / "diagram.svg").write_text(
        "<svg>" + "".join(f'<rect x="{n}"/>' for n in range(20_000)) + "</svg>",
        encoding="utf-8")
    with zipfile.ZipFile(_build(source_course, tmp_path / "sparse.biblio").out) as zf:
        assert zf.getinfo("media/img/diagram.svg").compress_type == zipfile.ZIP_DEFLATED
