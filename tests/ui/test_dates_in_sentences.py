"""A date that ends with its own period (Bulgarian "13 декември 2026 г.", Greek times
"2:30 μ.μ.") must not get a second one from the sentence around it, in any of the five
languages: "This week" on the card and outline, locked items, the clock warning, the
live webinar's time and the catalog's offline note all go through formats.fill."""

from __future__ import annotations

import re
from datetime import date
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QApplication

from biblio_desktop.learning.pacing import Today, Week, WeekView
from biblio_desktop.ui.base.formats import fill, long_date
from biblio_desktop.ui.base.i18n import Translations
from biblio_desktop.ui.base.this_week import (
    clock_warning_text,
    long_day,
    opens_text,
    this_week_text,
)

LANGUAGES = ("en", "lv", "it", "bg", "el")
DOUBLE = re.compile(r"\.\s*\.(?!\.)")  # ". ." or ".." (but an ellipsis "..." is fine)


@pytest.fixture
def language(request, qapp: QApplication):
    translations = Translations(qapp)
    assert translations.set_language(request.param)
    yield request.param
    translations.set_language("en")


def _manifest() -> SimpleNamespace:
    modules = [SimpleNamespace(id="m1", title={"en": "1. Welcome"}),
               SimpleNamespace(id="m2", title={"en": "2. Two job profiles"})]
    return SimpleNamespace(modules=modules, text=lambda text, _lang: text["en"])


def test_fill_drops_only_the_period_after_a_value_that_has_one() -> None:
    assert fill("Opens on {date}.", date="13 декември 2026 г.") == \
        "Opens on 13 декември 2026 г."
    assert fill("Opens on {date}.", date="Monday, 9 March 2026") == \
        "Opens on Monday, 9 March 2026."
    assert fill("On {date}. Then {n}.", date="9.03.26 г.", n=3) == "On 9.03.26 г. Then 3."
    assert fill("{date}, then more.", date="9 март 2026 г.") == "9 март 2026 г., then more."
    assert fill("{a} and {a}.", a="x.") == "x. and x."


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_this_week_and_locked_items_end_with_one_period(language: str) -> None:
    day = date(2026, 12, 13)
    written = long_day(day)
    view = WeekView("c", 2, 5, ("m1",), Week(3, day, ("m2",)), 4)
    text = this_week_text(view, _manifest(), "en")  # type: ignore[arg-type]
    assert written in text and text.endswith((".", written)), text
    assert not DOUBLE.search(text), text
    opens = opens_text(day)
    assert written in opens and not DOUBLE.search(opens), opens
    warning = clock_warning_text(Today(day, date(2002, 1, 1), "impossible", trusted=False))
    assert long_day(date(2002, 1, 1)) in warning and not DOUBLE.search(warning), warning
    if language == "bg":  # the case that was wrong: Qt's Bulgarian long date ends in "г."
        assert written.endswith("г.") and text.endswith("г.")


@pytest.mark.parametrize("language", LANGUAGES, indirect=True)
def test_live_webinar_time_has_no_seconds_or_zone_name(language: str) -> None:
    moment = QDateTime(QDate(2027, 3, 9), QTime(14, 30))
    written = long_date(moment)
    assert ":00 " not in written + " " and "Coordinated" not in written
    assert ("14:30" in written) or ("2:30" in written), written
