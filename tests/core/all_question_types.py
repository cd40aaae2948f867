"""The test course with a quiz that asks one question of each of the eleven types (the
seven of format_version 1 and the four of format_version 2), so the xAPI tests see every
interaction type in statements built by the real tracker and outbox."""

from __future__ import annotations

from pathlib import Path

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID, make_source_course

# question id -> the xAPI interactionType it must become
EXPECTED_TYPES = {
    "q-single": "choice",
    "q-multiple": "choice",
    "q-true-false": "true-false",
    "q-text": "fill-in",
    "q-numeric": "numeric",
    "q-matching": "matching",
    "q-ordering": "sequencing",
    "q-fill": "fill-in",
    "q-drag": "matching",
    "q-mark": "choice",
    "q-free": "long-fill-in",
}

_TEXT = {
    "en": {"title": "All types", "yes": "Ten", "no": "Five", "word": "library",
           "alt": "public library", "left": ("CECO", "DIGY"),
           "right": ("community engagement", "digital transformation"),
           "steps": ("Plan", "Do", "Check"),
           "fill": "The capital of Latvia is {{Rīga|Riga}} and BIBLIO has {{10|ten}} partners.",
           "drag": "BIBLIO trains {{librarians}} in {{digital}} skills.",
           "distractors": '["teachers", "analogue"]',
           "mark": "BIBLIO defined *CECO* and *DIGY*, two job profiles.",
           "free": "What would you offer your community?"},
    "lv": {"title": "Visi veidi", "yes": "Desmit", "no": "Pieci", "word": "bibliotēka",
           "alt": "publiskā bibliotēka", "left": ("CECO", "DIGY"),
           "right": ("kopienas iesaiste", "digitālā transformācija"),
           "steps": ("Plānot", "Darīt", "Pārbaudīt"),
           "fill": "Latvijas galvaspilsēta ir {{Rīga}}, un BIBLIO ir {{10|desmit}} partneru.",
           "drag": "BIBLIO māca {{bibliotekārus}} {{digitālajās}} prasmēs.",
           "distractors": '["skolotājus", "analogajās"]',
           "mark": "BIBLIO noteica *CECO* un *DIGY*, divus darba profilus.",
           "free": "Ko jūs piedāvātu savai kopienai?"},
}


def all_types_quiz(lang: str) -> str:
    t = _TEXT[lang]
    return f'''\
title = "{t["title"]}"
pass_mark = 0.5

[[questions]]
id = "q-single"
type = "single"
prompt = "How many organisations run BIBLIO?"
[[questions.options]]
id = "a"
text = "{t["no"]}"
[[questions.options]]
id = "b"
text = "{t["yes"]}"
correct = true

[[questions]]
id = "q-multiple"
type = "multiple"
prompt = "Which are BIBLIO job profiles?"
[[questions.options]]
id = "ceco"
text = "CECO"
correct = true
[[questions.options]]
id = "digy"
text = "DIGY"
correct = true
[[questions.options]]
id = "opt 3"
text = "MOOC"

[[questions]]
id = "q-true-false"
type = "true_false"
prompt = "Libraries are places for learning."
answer = true

[[questions]]
id = "q-text"
type = "text"
prompt = "Where do librarians work?"
accepted = ["{t["word"]}", "{t["alt"]}"]

[[questions]]
id = "q-numeric"
type = "numeric"
prompt = "How many months does the MOOC last?"
answer = 2.5
tolerance = 0.5

[[questions]]
id = "q-matching"
type = "matching"
prompt = "Match the profiles."
[[questions.pairs]]
id = "ceco"
left = "{t["left"][0]}"
right = "{t["right"][0]}"
[[questions.pairs]]
id = "digy"
left = "{t["left"][1]}"
right = "{t["right"][1]}"

[[questions]]
id = "q-ordering"
type = "ordering"
prompt = "Put the steps in order."
[[questions.steps]]
id = "plan"
text = "{t["steps"][0]}"
[[questions.steps]]
id = "do"
text = "{t["steps"][1]}"
[[questions.steps]]
id = "check"
text = "{t["steps"][2]}"

[[questions]]
id = "q-fill"
type = "fill_blanks"
prompt = "Fill in the gaps."
text = "{t["fill"]}"

[[questions]]
id = "q-drag"
type = "drag_words"
prompt = "Drag the words into the gaps."
text = "{t["drag"]}"
distractors = {t["distractors"]}

[[questions]]
id = "q-mark"
type = "mark_words"
prompt = "Mark the job profiles."
text = "{t["mark"]}"

[[questions]]
id = "q-free"
type = "free_text"
prompt = "{t["free"]}"
'''


def workspace_with_all_types(tmp_path: Path, data_name: str = "data") -> Workspace:
    """The test course (same id, items and completion rule) whose quiz `m2-quiz` asks one
    question of each type, installed in a fresh workspace."""
    src = tmp_path / "src-all-types"
    folder = make_source_course(src)
    for lang in ("en", "lv"):
        (folder / "quizzes" / lang / "basics.toml").write_text(all_types_quiz(lang),
                                                               encoding="utf-8")
    package = tmp_path / "all-types.biblio"
    build_package(folder, package)
    ws = Workspace.open(tmp_path / data_name)
    ws.import_package(package)
    assert {q.id for q in ws.quiz(COURSE_ID, "m2-quiz", "en").questions} == set(EXPECTED_TYPES)
    return ws
