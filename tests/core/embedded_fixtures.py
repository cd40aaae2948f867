"""The test course with questions on its slides (m1-tour, 2 slides) and in its video
(m2-video): format_version 3, for the tests of questions in slides and videos."""

from __future__ import annotations

from pathlib import Path

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.workspace import Workspace

from .course_fixtures import make_source_course

SLIDE_QUESTIONS = '''\
[[questions]]
id = "q-think"
slide = 1
type = "free_text"
prompt = "What would you like to learn? ({lang})"

[[questions]]
id = "q-pick"
slide = 2
type = "single"
prompt = "Which is right? ({lang})"
[[questions.options]]
id = "a"
text = "This one"
correct = true
feedback = "Well done."
[[questions.options]]
id = "b"
text = "That one"
'''

VIDEO_QUESTIONS = '''\
title = "Video questions ({lang})"

[[questions]]
id = "q-late"
at = 5
type = "true_false"
prompt = "Libraries lend books."
answer = true

[[questions]]
id = "q-early"
at = 1.5
type = "numeric"
prompt = "How many partners?"
answer = 10
points = 3
'''


def make_embedded_course(root: Path, slides: str = SLIDE_QUESTIONS,
                         video: str | None = VIDEO_QUESTIONS) -> Path:
    """The test course source with questions files added to its slides and video."""
    folder = make_source_course(root)
    toml = folder / "course.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('file = "lessons/{lang}/tour.slides.md"\n',
                        'file = "lessons/{lang}/tour.slides.md"\n'
                        'questions = "quizzes/{lang}/tour-questions.toml"\n')
    if video is not None:
        text = text.replace('poster = "media/video/intro-poster.png"\n',
                            'poster = "media/video/intro-poster.png"\n'
                            'questions = "quizzes/{lang}/video-questions.toml"\n')
    toml.write_text(text, encoding="utf-8")
    for lang in ("en", "lv"):
        (folder / "quizzes" / lang / "tour-questions.toml").write_text(
            slides.replace("{lang}", lang), encoding="utf-8")
        if video is not None:
            (folder / "quizzes" / lang / "video-questions.toml").write_text(
                video.replace("{lang}", lang), encoding="utf-8")
    return folder


def workspace_with_embedded(tmp_path: Path) -> Workspace:
    package = tmp_path / "embedded.biblio"
    build_package(make_embedded_course(tmp_path / "src"), package)
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    return ws
