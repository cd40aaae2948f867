"""WebVTT subtitles: tolerant parsing and the cue shown at a moment."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio_desktop.lessons.vtt import Cue, cue_at, parse_vtt

SAMPLE = (Path(__file__).resolve().parents[2] / "course_packages" / "digital-skills-orientation"
          / "media" / "video")

MESSY = (
    "\ufeffWEBVTT - exported by a tool\r\n"
    "Kind: captions\r\n\r\n"
    "NOTE this block is a comment\r\nwith two lines --> not a cue 00:00:01.000\r\n\r\n"
    "STYLE\r\n::cue { color: red }\r\n\r\n"
    "intro\r\n00:00:01.000 --> 00:00:03.500 align:start position:10%\r\n"
    "<v Anna>Hello &amp; welcome</v>\r\n<i>second line</i>\r\n\r\n"
    "01:02.000 --> 01:04.000\r\nShort stamp\r\n\r\n"
    "01:00:00,000 --> 01:00:02,000\r\nComma decimals and hours\r\n\r\n"
    "00:00:09.000 --> 00:00:08.000\r\nEnds before it starts\r\n\r\n"
    "00:00:10.000 --> 00:00:11.000\r\n\r\n"
)


def test_messy_file_is_read() -> None:
    cues = parse_vtt(MESSY)
    assert cues == [
        Cue(1.0, 3.5, "Hello & welcome\nsecond line"),
        Cue(62.0, 64.0, "Short stamp"),
        Cue(3600.0, 3602.0, "Comma decimals and hours"),
    ]


@pytest.mark.parametrize(("seconds", "expected"), [
    (0.0, None), (1.0, "Hello & welcome\nsecond line"), (3.49, "Hello & welcome\nsecond line"),
    (3.5, None), (63.0, "Short stamp"), (3601.0, "Comma decimals and hours"), (9000.0, None),
])
def test_cue_at(seconds: float, expected: str | None) -> None:
    cue = cue_at(parse_vtt(MESSY), seconds)
    assert (cue.text if cue else None) == expected


def test_overlapping_cues_show_the_latest() -> None:
    cues = parse_vtt("WEBVTT\n\n00:00.000 --> 00:10.000\nlong\n\n00:02.000 --> 00:03.000\nshort\n")
    assert cue_at(cues, 2.5).text == "short"  # type: ignore[union-attr]
    assert cue_at(cues, 5.0).text == "long"  # type: ignore[union-attr]


def test_empty_and_garbage() -> None:
    assert parse_vtt("") == []
    assert parse_vtt("WEBVTT\n\nnot a cue\n") == []
    assert cue_at([], 1.0) is None


@pytest.mark.parametrize("language", ["en", "lv"])
def test_sample_course_subtitles(language: str) -> None:
    cues = parse_vtt((SAMPLE / f"library-community.{language}.vtt").read_text("utf-8"))
    assert len(cues) == 6
    assert cues[0].start == pytest.approx(0.25)
    assert cue_at(cues, 1.0) is cues[0]
    assert cue_at(cues, 4.0) is None  # the gap between two cues
    assert "CECO" in cue_at(cues, 15.0).text  # type: ignore[union-attr]
