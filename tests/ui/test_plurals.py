"""Counted strings take each language's plural forms (Qt numerus, docs/translations.md).

Latvian has three forms in Qt: 1, 21, 31 … (not 11) singular; other numbers plural; 0 its
own form. Italian, Bulgarian, Greek and English: 1 singular, everything else plural.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from biblio_desktop.ui.base.i18n import Translations, translations_dir

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "biblio_desktop" / "ui"
LANGUAGES = ("en", "lv", "it", "bg", "el")
FORMS = {"en": 2, "lv": 3, "it": 2, "bg": 2, "el": 2}
COUNTS = (0, 1, 2, 5, 11, 21)

# (context, source, {language: (word for the singular, word for the plural[, zero])}):
# the word must follow the number for every count in COUNTS.
CASES = [
    ("CohortsDialog", "{name}, from {date}, %n learners", {
        "en": ("learner", "learners"), "lv": ("izglītojamais", "izglītojamie", "izglītojamie"),
        "it": ("partecipante", "partecipanti"), "bg": ("обучаем", "обучаеми"),
        "el": ("εκπαιδευόμενος", "εκπαιδευόμενοι")}),
    ("sync", "%n days ago", {
        "en": ("day", "days"), "lv": ("dienas", "dienām", "dienām"), "it": ("giorno", "giorni"),
        "bg": ("ден", "дни"), "el": ("ημέρα", "ημέρες")}),
    ("SlidesView", "%n questions", {
        "en": ("question", "questions"), "lv": ("jautājums", "jautājumi", "jautājumi"),
        "it": ("domanda", "domande"), "bg": ("въпрос", "въпроса"),
        "el": ("ερώτηση", "ερωτήσεις")}),
    ("SecretPromptDialog", "Too many wrong PINs. Try again in %n seconds.", {
        "en": ("second", "seconds"), "lv": ("sekundes", "sekundēm", "sekundēm"),
        "it": ("secondo", "secondi"), "bg": ("секунда", "секунди"),
        "el": ("δευτερόλεπτο", "δευτερόλεπτα")}),
    ("CourseProgressView", "best {score}, %n attempts", {
        "en": ("attempt", "attempts"), "lv": ("mēģinājums", "mēģinājumi", "mēģinājumi"),
        "it": ("tentativo", "tentativi"), "bg": ("опит", "опита"),
        "el": ("προσπάθεια", "προσπάθειες")}),
]


def form_index(language: str, n: int) -> int:
    """Which form Qt picks (qtbase's numerus rules), written out for the test."""
    if language == "lv":
        return 0 if n % 10 == 1 and n % 100 != 11 else 1 if n != 0 else 2
    return 0 if n == 1 else 1


@pytest.fixture
def language(qapp, request):
    """The app's own translators switched to one language (tests/ui/conftest.py puts
    English back after the test)."""
    translations = qapp.biblio_translations
    assert isinstance(translations, Translations)
    assert translations.set_language(request.param), f"biblio_{request.param}.qm is missing"
    return request.param


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
@pytest.mark.parametrize(("context", "source", "words"), CASES)
def test_counted_strings_take_the_right_form(language, context, source, words) -> None:
    for n in COUNTS:
        text = QCoreApplication.translate(context, source, "", n)
        word = words[language][form_index(language, n)]
        assert re.search(rf"\b{n} {word}\b", text), (language, n, text)
        assert "%n" not in text and "(s)" not in text


@pytest.mark.parametrize("language", ["lv"], indirect=True)
def test_latvian_twenty_one_is_singular_in_the_running_code(language) -> None:
    from biblio_desktop.ui.records.sync_panel import ago_text

    now = datetime(2026, 5, 1, 12, 0)
    assert ago_text(now - timedelta(days=21), now) == "pirms 21 dienas"
    assert ago_text(now - timedelta(days=11), now) == "pirms 11 dienām"
    assert ago_text(now - timedelta(minutes=1), now) == "pirms 1 minūtes"


def test_english_without_a_translator_file_still_reads_the_plural(qapp) -> None:
    """The .qm files are build products: a missing biblio_en.qm gives "%n learners"
    filled in, never "(s)" or a bare %n."""
    text = QCoreApplication.translate("NoSuchContext", "%n learners", "", 3)
    assert text == "3 learners"


def _messages(language: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(translations_dir() / f"biblio_{language}.ts").getroot()
    return [(ctx.findtext("name", ""), m) for ctx in root.iter("context")
            for m in ctx.iter("message")]


def _numerus(language: str) -> dict[tuple[str, str], list[str]]:
    return {(ctx, m.findtext("source", "")): [f.text or "" for f in m.iter("numerusform")]
            for ctx, m in _messages(language) if m.get("numerus") == "yes"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_numerus_message_has_all_forms_of_its_language(language) -> None:
    messages = _numerus(language)
    assert len(messages) >= 30
    for key, forms in messages.items():
        assert len(forms) == FORMS[language], (language, key)
        assert all(forms), (language, key)
        # a form for more than one number must show the number (lv singular covers 21)
        for index, form in enumerate(forms):
            if language == "lv" or index > 0:
                assert "%n" in form, (language, key, form)
    header = ET.parse(translations_dir() / f"biblio_{language}.ts").getroot()
    assert header.get("language") == language  # lrelease takes the forms from it


def _ui_calls() -> list[tuple[Path, int, str, str, bool]]:
    """(file, line, context, text, counted) of every literal tr()/translate() in the UI."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for inner in ast.walk(node):
                    classes.setdefault(id(inner), node.name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name == "tr" and node.args:
                context, text, counted = classes.get(id(node), ""), node.args[0], len(
                    node.args) >= 3
            elif name == "translate" and len(node.args) >= 2:
                context = getattr(node.args[0], "value", "")
                text, counted = node.args[1], len(node.args) >= 4
            else:
                continue
            if isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.append((path, node.lineno, context, text.value, counted))
    return found


def test_every_counted_ui_string_is_a_numerus_message_in_every_language() -> None:
    counted = [(ctx, text) for _p, _l, ctx, text, n in _ui_calls() if "%n" in text]
    assert len(counted) >= 30
    for language in LANGUAGES:
        messages = _numerus(language)
        missing = [key for key in counted if key not in messages]
        assert not missing, (language, missing)
    for path, line, _ctx, text, n in _ui_calls():
        assert ("%n" in text) == n, f"{path}:{line}: %n and the count go together"


# a number placeholder right before a plural noun: "{n} learners", "{max} attempts"
PLURAL_NOUNS = ("learners", "courses", "attempts", "tries", "seconds", "minutes", "hours",
                "records", "statements", "items", "questions", "pages", "days", "weeks",
                "completions", "characters", "gaps")
UNCONVERTED = re.compile(r"\{[a-z_]+\}\)? (?:more |quiz |completed )?(?:"
                         + "|".join(PLURAL_NOUNS) + r")\b")


def test_no_counted_placeholder_is_left_without_plural_forms() -> None:
    """New "{n} things" strings fail here: write "%n things" with tr(text, "", n) and add
    a numerus message to every biblio_<lang>.ts, biblio_en.ts included."""
    left = [f"{path.relative_to(ROOT)}:{line}: {text}" for path, line, _ctx, text, _n
            in _ui_calls() if UNCONVERTED.search(text)]
    assert not left, "\n".join(left)


def test_the_scan_finds_what_it_should() -> None:
    assert UNCONVERTED.search("{name}, from {date}, {n} learners")
    assert UNCONVERTED.search("Try again in {seconds} seconds.")
    assert UNCONVERTED.search("({n} quiz attempts)")
    assert not UNCONVERTED.search("Week {week} of {weeks}: everything is open.")
    assert not UNCONVERTED.search("Submitted on {date}, attempt {n}.")
    assert not UNCONVERTED.search("Modules: {n}")
