"""Webinar items: the recorded one plays in the video player with its chapters and a
searchable transcript; a live one shows its time and asks before opening the join link,
and says the recording will come once it is over."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl

from biblio_desktop import clock as app_clock
from biblio_desktop.authoring.builder import build_package
from biblio_desktop.ui.base.state import AppState
from biblio_desktop.ui.course.webinar_view import WebinarView
from biblio_desktop.workspace import Workspace
from tests.core.course_fixtures import COURSE_ID
from tests.core.test_format_cohorts import WEBINARS, _course

LIVE_PAGE = """---
title: Live questions and answers
---
# Questions and answers with Ilze

Bring **one question** about your community. Read [the welcome](item:m1-welcome) first,
and see [the programme](https://example.org/programme).

<script>alert("no")</script>
<img src="https://tracker.example.org/pixel.png" onerror="alert(1)">
<iframe src="https://example.org"></iframe>
"""


@pytest.fixture
def env(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    # These tests are about chapters, transcript, times and links, not playback: without a
    # media player the view takes its "no multimedia" path. Decoding the fixture's fake MP4
    # in QtMultimedia's FFmpeg thread crashed the process now and then (about 1 run in 6).
    from biblio_desktop.ui.course import video_view

    monkeypatch.setattr(video_view, "QMediaPlayer", None)
    folder = _course(tmp_path, "", WEBINARS.replace('file = "lessons/{lang}/welcome.md"',
                                                    'file = "lessons/{lang}/live.md"'))
    for lang in ("en", "lv"):
        (folder / "lessons" / lang / "live.md").write_text(LIVE_PAGE, encoding="utf-8")
    (folder / "media" / "video" / "intro.en.vtt").write_text(
        "WEBVTT\n\n00:00.000 --> 00:02.000\nWelcome to the seminar\n\n"
        "00:02.000 --> 00:04.000\nCommunity needs come first\n", encoding="utf-8")
    package = tmp_path / "w.biblio"
    build_package(folder, package)
    ws = Workspace.open(tmp_path / "data")
    ws.import_package(package)
    learner = ws.learners.add("Ilze")
    state = AppState(ws)
    state.sign_in_learner(learner.id, None)
    view = WebinarView(state)
    qtbot.addWidget(view)
    yield ws, state, view
    view.unload()
    state.shutdown()
    ws.close()


def test_recorded_webinar_chapters_and_transcript_search(env, qtbot) -> None:
    ws, _state, view = env
    item = next(i for i in ws.manifest(COURSE_ID).items if i.id == "w1-recorded")
    view.load(COURSE_ID, item, "en", ws.course_folder(COURSE_ID, "1.0.0"))
    assert view.pages.currentIndex() == 0
    assert "Anna Bērziņa" in view.speakers.text() and view.slides_button.isVisibleTo(view)
    assert view.chapters.count() == 2 and view.results.count() == 2
    qtbot.keyClicks(view.search, "community")
    assert view.results.count() == 1 and "Community needs" in view.results.item(0).text()
    assert view.search.accessibleName() and view.results.accessibleName()
    opened: list[str] = []
    view.open_item_requested.connect(opened.append)
    view.slides_button.click()
    assert opened == ["m1-tour"]


def test_live_webinar_time_join_confirmation_and_after(env, qtbot) -> None:
    ws, _state, view = env
    item = next(i for i in ws.manifest(COURSE_ID).items if i.id == "w2-live")
    asked: list[QUrl] = []
    view.confirm_external = lambda url: asked.append(url) or False  # the user says Cancel
    with app_clock.use(app_clock.FakeClock(datetime(2027, 3, 9, 10, 0, tzinfo=UTC))):
        view.load(COURSE_ID, item, "en", ws.course_folder(COURSE_ID, "1.0.0"))
        assert view.pages.currentIndex() == 1
        assert "2027" in view.live_text.text() and view.join_button.isVisibleTo(view)
        view.join_button.click()
        assert [u.toString() for u in asked] == ["https://meet.example.org/biblio"]
    with app_clock.use(app_clock.FakeClock(datetime(2027, 3, 10, 10, 0, tzinfo=UTC))):
        view.load(COURSE_ID, item, "en", ws.course_folder(COURSE_ID, "1.0.0"))
        assert "recording will come with a course update" in view.live_text.text()
        assert not view.join_button.isVisibleTo(view)


def test_live_webinar_description_is_rendered_and_sanitised(env, qtbot) -> None:
    """The live webinar's Markdown page goes through the lesson renderer: formatting kept,
    scripts, event attributes, iframes and remote images gone, links routed like a
    lesson's (another item opens it, the internet only after the question)."""
    ws, _state, view = env
    item = next(i for i in ws.manifest(COURSE_ID).items if i.id == "w2-live")
    asked: list[QUrl] = []
    view.confirm_external = lambda url: asked.append(url) or False
    with app_clock.use(app_clock.FakeClock(datetime(2027, 3, 9, 10, 0, tzinfo=UTC))):
        view.load(COURSE_ID, item, "en", ws.course_folder(COURSE_ID, "1.0.0"))
    assert view.description.isVisibleTo(view) and view.description.accessibleName()
    text = view.description.toPlainText()
    assert "Questions and answers with Ilze" in text and "Bring one question" in text
    html = view.description.toHtml()
    assert "font-weight:" in html  # **one question** kept its bold
    for gone in ("alert", "iframe", "tracker.example.org", "onerror"):
        assert gone not in html and gone not in text
    opened: list[str] = []
    view.open_item_requested.connect(opened.append)
    view.description.anchorClicked.emit(QUrl("item:m1-welcome"))
    view.description.anchorClicked.emit(QUrl("https://example.org/programme"))
    view.description.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert opened == ["m1-welcome"]
    assert [u.toString() for u in asked] == ["https://example.org/programme"]


def test_poster_is_shown_whole_at_any_size(qtbot) -> None:
    """The poster is scaled to fit (aspect kept, letterboxed), never cropped: a fixed
    760-pixel pixmap was cut at the sides in a narrow player."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPixmap

    from biblio_desktop.ui.course.video_view import PosterLabel

    label = PosterLabel()
    qtbot.addWidget(label)
    source = QPixmap(1280, 720)
    source.fill(Qt.GlobalColor.darkBlue)
    label.set_poster(source)
    label.show()
    for width, height in ((300, 400), (1000, 300), (640, 360), (200, 120)):
        label.resize(width, height)
        qtbot.waitUntil(lambda w=width, h=height: label.size().width() == w
                        and label.size().height() == h)
        room = label.contentsRect().size()
        shown = label.pixmap().deviceIndependentSize()
        assert shown.width() <= room.width() + 1 and shown.height() <= room.height() + 1
        assert abs(shown.width() / shown.height() - 16 / 9) < 0.03
        assert shown.width() >= room.width() - 1 or shown.height() >= room.height() - 1


def test_long_chapter_titles_wrap_without_sideways_scrolling(env, qtbot) -> None:
    """At the size the item area has in a 1024×700 window, a long chapter title wraps
    (full title as tooltip and accessible text); the position bar keeps its width."""
    from PySide6.QtCore import Qt

    from biblio_desktop.lessons.vtt import Cue
    from biblio_desktop.ui.course.webinar_view import cue_entry

    ws, _state, view = env
    item = next(i for i in ws.manifest(COURSE_ID).items if i.id == "w1-recorded")
    view.load(COURSE_ID, item, "en", ws.course_folder(COURSE_ID, "1.0.0"))
    title = ("Listening to the community before planning any new service, with surveys, "
             "talks at the desk and partners")
    view.chapters.addItem(cue_entry(Cue(12.0, 20.0, title)))
    view.resize(600, 560)
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    entry = view.chapters.item(view.chapters.count() - 1)
    rect = view.chapters.visualItemRect(entry)
    assert view.chapters.horizontalScrollBar().maximum() == 0
    assert rect.width() <= view.chapters.viewport().width()
    assert rect.height() >= 2 * view.chapters.fontMetrics().height()  # wrapped
    assert entry.toolTip() == title
    assert title in entry.data(Qt.ItemDataRole.AccessibleTextRole)
    assert view.video.seek.width() >= 150  # on its own row, not squeezed away


@pytest.mark.parametrize("language", ["en", "lv", "it", "bg", "el"])
def test_live_webinar_time_is_followed_by_one_period(env, qtbot, qapp, language) -> None:
    """A date or time that ends in a period (Greek "2:00 μ.μ.", Bulgarian "г.") is not
    followed by a second one where the sentence ends after it."""
    import re

    from biblio_desktop.ui.base.i18n import Translations

    ws, _state, view = env
    item = next(i for i in ws.manifest(COURSE_ID).items if i.id == "w2-live")
    translations = Translations(qapp)
    assert translations.set_language(language)
    try:
        with app_clock.use(app_clock.FakeClock(datetime(2027, 3, 10, 10, 0, tzinfo=UTC))):
            view.load(COURSE_ID, item, "en", ws.course_folder(COURSE_ID, "1.0.0"))
        text = view.live_text.text()
    finally:
        translations.set_language("en")
    assert "2027" in text and not re.search(r"\.\s*\.", text), text
