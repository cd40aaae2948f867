"""A small, valid course source folder for tests of the builder, importer and UI.

Written as a plain function (not only a fixture) so tests can make several courses, vary
the languages, or break one file on purpose to check an error message.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from pathlib import Path

COURSE_ID = "eu.biblio-project.test-course"
COURSE_VERSION = "1.0.0"

# A real 1x1 transparent PNG (the builder stores it, so the bytes need not compress).
PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
# Not a playable video: the builder never decodes media, it only hashes and stores it.
MP4_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 8
SVG_TEXT = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
            '<rect width="10" height="10" fill="#369"/></svg>\n')

_NAMES = {"en": "English", "lv": "Latviešu"}


def _textmap(prefix: str, languages: Sequence[str]) -> str:
    return "".join(f'{lang} = "{prefix} ({_NAMES.get(lang, lang)})"\n' for lang in languages)


def expected_package_files(languages: Sequence[str] = ("en", "lv")) -> list[str]:
    """The content paths a build of `make_source_course(..., languages)` must pack."""
    names = {"media/img/partners.png", "media/img/diagram.svg", "media/video/intro.mp4",
             "media/video/intro-poster.png"}
    for lang in languages:
        names |= {f"lessons/{lang}/welcome.md", f"lessons/{lang}/tour.slides.md",
                  f"quizzes/{lang}/basics.json", f"media/video/intro.{lang}.vtt"}
    return sorted(names)


def make_source_course(root: Path, *, languages: Sequence[str] = ("en", "lv")) -> Path:
    """Write a valid source course into `root`/test-course and return that folder.

    It has a lesson (front matter, image, local and remote links, an `item:` link, a
    footnote and a link inside a code block that must be ignored), slides, a video with
    subtitles and poster, a quiz per language, a skill and a stray README that must not be
    packed.
    """
    folder = Path(root) / "test-course"
    langs = list(languages)
    folder.mkdir(parents=True)
    (folder / "course.toml").write_text(f'''\
id = "{COURSE_ID}"
version = "{COURSE_VERSION}"
languages = [{", ".join(f'"{lang}"' for lang in langs)}]
default_language = "{langs[0]}"
license = "CC-BY-4.0"

[title]
{_textmap("Test course", langs)}
[description]
{_textmap("A course for tests", langs)}
[publisher]
name = "BIBLIO Desktop tests"

[completion]
rule = "all-required"
pass_mark = 0.7
[completion.certificate_title]
{_textmap("Certificate", langs)}
[[skills]]
id = "ceco-community-needs"
profile = "CECO"
digcomp = "2.4"
[skills.title]
{_textmap("Community needs", langs)}
[[modules]]
id = "m1-basics"
[modules.title]
{_textmap("Basics", langs)}
[[modules.items]]
id = "m1-welcome"
kind = "lesson"
file = "lessons/{{lang}}/welcome.md"
skills = ["ceco-community-needs"]

[[modules.items]]
id = "m1-tour"
kind = "slides"
file = "lessons/{{lang}}/tour.slides.md"
minutes = 4
required = false

[[modules]]
id = "m2-more"
[modules.title]
{_textmap("More", langs)}
[[modules.items]]
id = "m2-video"
kind = "video"
file = "media/video/intro.mp4"
subtitles = "media/video/intro.{{lang}}.vtt"
poster = "media/video/intro-poster.png"
minutes = 3
[modules.items.title]
{_textmap("Intro video", langs)}
[[modules.items]]
id = "m2-quiz"
kind = "quiz"
file = "quizzes/{{lang}}/basics.toml"
''', encoding="utf-8")
    media = folder / "media"
    (media / "img").mkdir(parents=True)
    (media / "video").mkdir()
    (media / "img" / "partners.png").write_bytes(PNG_BYTES)
    (media / "img" / "diagram.svg").write_text(SVG_TEXT, encoding="utf-8")
    (media / "img" / "unused.png").write_bytes(PNG_BYTES)
    (media / "video" / "intro.mp4").write_bytes(MP4_BYTES)
    (media / "video" / "intro-poster.png").write_bytes(PNG_BYTES)
    (folder / "README.md").write_text("Notes for the author; never packed.\n", encoding="utf-8")
    for lang in langs:
        name = _NAMES.get(lang, lang)
        lessons = folder / "lessons" / lang
        lessons.mkdir(parents=True)
        (lessons / "welcome.md").write_text(f"""\
---
title: Welcome ({name})
minutes: 6
---

# Welcome

Partners: ![The partners](../../media/img/partners.png "Partners")
See [the tour](item:m1-tour), [the website](https://example.org/biblio) and the
[diagram][d].[^1]

```markdown
![Not a real image](../../media/img/missing.png)
```

[d]: ../../media/img/diagram.svg
[^1]: A footnote.
""", encoding="utf-8")
        (lessons / "tour.slides.md").write_text(f"""\
---
title: Tour ({name})
---
# Slide one

---

# Slide two
""", encoding="utf-8")
        quizzes = folder / "quizzes" / lang
        quizzes.mkdir(parents=True)
        (quizzes / "basics.toml").write_text(f'''\
title = "Basics quiz ({name})"
pass_mark = 0.5

[[questions]]
id = "q-countries"
type = "single"
prompt = "How many organisations run the BIBLIO project?"
[[questions.options]]
id = "a"
text = "Five"
[[questions.options]]
id = "b"
text = "Ten"
correct = true

[[questions]]
id = "q-open"
type = "true_false"
prompt = "Libraries are places for learning."
answer = true
''', encoding="utf-8")
        (media / "video" / f"intro.{lang}.vtt").write_text(
            "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n", encoding="utf-8")
    return folder
