"""The bundled sample course as a cohort runs it: a pre-test and a post-test with the
same questions (so the dashboard shows gains), and a recorded webinar with chapters,
speakers, a transcript in English and Latvian and its slides as a PDF item beside it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.learning.pacing import course_weeks
from biblio_desktop.learning.prepost import prepost_pairs
from biblio_desktop.lessons.vtt import parse_vtt
from biblio_desktop.workspace import Workspace

from .learning_fixtures import add_learner_row
from .quiz_answers import right_answer, wrong_answer

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "course_packages" / "digital-skills-orientation"
COURSE = "eu.biblio-project.digital-skills-orientation"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.biblio"
    build_package(SAMPLE, path)
    return path


def test_the_sample_has_a_pre_and_post_test_and_a_recorded_webinar(package: Path,
                                                                  tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    manifest = ws.manifest(COURSE)
    assert manifest.version == "1.3.0" and manifest.format_version == 3
    (pair,) = prepost_pairs(manifest)
    assert (pair.pre_item, pair.post_item, pair.scope) == ("m1-pretest", "m5-posttest", "")
    assert set(pair.skills) == {s.id for s in manifest.skills}  # every skill of the course
    for lang in ("en", "lv"):  # the same questions before and after
        assert ws.quiz(COURSE, "m1-pretest", lang).questions == \
            ws.quiz(COURSE, "m5-posttest", lang).questions
    webinar = next(i for i in manifest.items if i.id == "m3-webinar")
    assert webinar.kind == "webinar" and webinar.webinar is not None
    assert not webinar.webinar.live and webinar.webinar.speakers == ("Ilze Kalniņa",
                                                                      "Marco Rossi")
    slides = next(i for i in manifest.items if i.id == webinar.webinar.slides_item)
    assert slides.kind == "pdf" and set(slides.path) == {"en", "lv"}
    folder = ws.course_folder(COURSE, manifest.version)
    video = folder / webinar.path["en"]
    assert video.stat().st_size < 1.5 * 1024 * 1024
    for lang in ("en", "lv"):
        chapters = parse_vtt((folder / webinar.chapters[lang]).read_text("utf-8"))
        transcript = parse_vtt((folder / webinar.subtitles[lang]).read_text("utf-8"))
        assert len(chapters) == len(transcript) == 5
        assert [c.start for c in chapters] == sorted(c.start for c in chapters)
        assert 20 < chapters[-1].end <= 40
        assert "Marco Rossi:" in transcript[2].text  # lines say who speaks
        assert (folder / slides.path[lang]).read_bytes().startswith(b"%PDF-")
    # the webinar opens with its module's week, the post-test with the last one
    weeks = course_weeks(manifest, "plan", date(2026, 3, 2))
    week_of = {m: w.number for w in weeks for m in w.module_ids}
    assert week_of["m3-community"] == 2 and week_of["m5-final"] == len(weeks)
    ws.close()


def test_the_dashboard_shows_the_gain_of_the_samples_tests(package: Path,
                                                           tmp_path: Path) -> None:
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    anna = add_learner_row(ws, "Anna")
    cohort = ws.cohorts.create("Valmiera", date(2026, 3, 2), "all", course_ids=[COURSE],
                               learner_ids=[anna])
    progress = ws.progress_of(anna)
    for item, right in (("m1-pretest", 2), ("m5-posttest", 8)):
        quiz = ws.quiz(COURSE, item, "en")
        attempt = progress.current_attempt(COURSE, item, "en")
        for n, qid in enumerate(attempt.question_ids):
            question = quiz.question(qid)
            progress.save_answer(attempt.attempt_id, qid,
                                 right_answer(question) if n < right else wrong_answer(question))
        progress.submit_attempt(attempt.attempt_id)
    data = ws.cohort_report(cohort.id)
    gain = data.gains[anna]
    assert (gain.pairs[0].pre, gain.pairs[0].post) == (pytest.approx(0.25), 1.0)
    assert gain.gain == pytest.approx(0.75)
    assert set(gain.profiles) == {"CECO", "DIGY"} and len(gain.skills) == 8
    assert data.cohort_gain == pytest.approx(0.75)
    ws.close()
