"""Format 3 for cohorts: a course's suggested weeks, pre/post-test markers and webinar
items (recorded and live), written by authors in course.toml; older packages as before."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.errors import PackageError
from biblio_desktop.learning.pacing import course_weeks
from biblio_desktop.packages.manifest import parse_manifest
from biblio_desktop.packages.reader import inspect_package

from .course_fixtures import make_source_course


def _course(tmp_path: Path, extra_top: str = "", extra: str = "") -> Path:
    folder = make_source_course(tmp_path / "src")
    toml = folder / "course.toml"
    text = toml.read_text(encoding="utf-8")
    head, sep, rest = text.partition("[title]")
    toml.write_text(head + extra_top + sep + rest + extra, encoding="utf-8")
    return folder


def _pack(tmp_path: Path, folder: Path):
    out = tmp_path / "out.biblio"
    build_package(folder, out)
    return inspect_package(out).manifest


WEBINARS = '''
[[modules]]
id = "m3-webinars"
[modules.title]
en = "Webinars"
lv = "Vebināri"
[[modules.items]]
id = "w1-recorded"
kind = "webinar"
file = "media/video/intro.mp4"
subtitles = "media/video/intro.{lang}.vtt"
chapters = "media/video/intro.{lang}.vtt"
[modules.items.title]
en = "Experts on community work"
lv = "Eksperti par kopienu darbu"
[modules.items.webinar]
speakers = ["Anna Bērziņa", "Marco Rossi"]
slides = "m1-tour"
[[modules.items]]
id = "w2-live"
kind = "webinar"
file = "lessons/{lang}/welcome.md"
required = false
[modules.items.title]
en = "Live: questions and answers"
lv = "Tiešraide: jautājumi un atbildes"
[modules.items.webinar]
speakers = ["Ilze Kalniņa"]
starts = 2027-03-09T16:00:00+02:00
join = "https://meet.example.org/biblio"
'''


def test_week_plan_tests_and_webinars_pack_as_format_3(tmp_path: Path) -> None:
    folder = _course(tmp_path, 'weeks = [["m1-basics", "m2-more"], ["m3-webinars"]]\n',
                     WEBINARS)
    toml = folder / "course.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'file = "quizzes/{lang}/basics.toml"\n',
        'file = "quizzes/{lang}/basics.toml"\ntest = "pre"\ntest_of = "m2-more"\n'),
        encoding="utf-8")
    manifest = _pack(tmp_path, folder)
    assert manifest.format_version == 3
    assert manifest.weeks == (("m1-basics", "m2-more"), ("m3-webinars",))
    weeks = course_weeks(manifest, "plan", date(2026, 3, 2))
    assert [w.module_ids for w in weeks] == [("m1-basics", "m2-more"), ("m3-webinars",)]
    quiz = next(i for i in manifest.items if i.id == "m2-quiz")
    assert (quiz.test, quiz.test_of) == ("pre", "m2-more")
    recorded = next(i for i in manifest.items if i.id == "w1-recorded")
    assert recorded.webinar is not None and not recorded.webinar.live
    assert recorded.webinar.speakers == ("Anna Bērziņa", "Marco Rossi")
    assert recorded.webinar.slides_item == "m1-tour"
    assert set(recorded.chapters) == {"en", "lv"} and set(recorded.subtitles) == {"en", "lv"}
    live = next(i for i in manifest.items if i.id == "w2-live")
    assert live.webinar is not None and live.webinar.live
    assert live.webinar.starts == datetime(2027, 3, 9, 14, 0, tzinfo=UTC)
    assert live.webinar.join == "https://meet.example.org/biblio"
    assert live.path["en"] == "lessons/en/welcome.md"


def test_a_course_without_them_stays_at_its_older_format(tmp_path: Path) -> None:
    manifest = _pack(tmp_path, _course(tmp_path))
    assert manifest.format_version == 1 and manifest.weeks == ()
    assert all(i.test is None and i.webinar is None for i in manifest.items)


@pytest.mark.parametrize(("top", "extra", "needle"), [
    ('weeks = [["m9-none"]]\n', "", "m9-none"),
    ("", WEBINARS.replace('join = "https://meet.example.org/biblio"\n', ""), "join link"),
    ("", WEBINARS.replace("+02:00", ""), "UTC offset"),
])
def test_author_mistakes_are_named(tmp_path: Path, top: str, extra: str, needle: str) -> None:
    with pytest.raises(PackageError, match=needle):
        _pack(tmp_path, _course(tmp_path, top, extra))


def test_manifests_that_claim_an_older_format_are_refused(tmp_path: Path) -> None:
    manifest = _pack(tmp_path, _course(tmp_path, 'weeks = [["m1-basics"]]\n'))
    assert manifest.format_version == 3
    data = {"format_version": 2, "id": "eu.x.y", "version": "1.0.0", "languages": ["en"],
            "default_language": "en", "title": {"en": "T"},
            "publisher": {"name": "p"}, "completion": {"rule": "all-required"},
            "modules": [{"id": "m1", "title": {"en": "M"}, "items": [
                {"id": "q", "kind": "quiz", "title": {"en": "Q"}, "path": {"en": "quizzes/q.json"},
                 "test": "pre"}]}],
            "files": [{"path": "quizzes/q.json", "size": 1, "sha256": "0" * 64}]}
    with pytest.raises(PackageError, match="format_version 3"):
        parse_manifest(json.dumps(data).encode())
    data["format_version"] = 3
    assert parse_manifest(json.dumps(data).encode()).items[0].test == "pre"
    data["modules"][0]["items"][0]["kind"] = "lesson"
    data["modules"][0]["items"][0]["path"] = {"en": "quizzes/q.json"}
    with pytest.raises(PackageError, match="only a quiz"):
        parse_manifest(json.dumps(data).encode())
    data["modules"][0]["items"][0].pop("test")
    data["weeks"] = [["m1"], ["m1"]]
    with pytest.raises(PackageError, match="twice"):
        parse_manifest(json.dumps(data).encode())
