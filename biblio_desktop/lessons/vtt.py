"""A small WebVTT reader for video subtitles.

Subtitles in a course are written or exported by authors with ordinary tools, so the
reader is tolerant (BOM, CRLF, NOTE/STYLE/REGION blocks, cue identifiers and settings,
hours optional, a broken cue skipped rather than failing the whole file) and tiny: the
player only needs the plain text shown at a given moment.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from html import unescape

__all__ = ["Cue", "cue_at", "parse_vtt"]

_TIMING = re.compile(
    r"^\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})\s*-->\s*((?:\d+:)?\d{1,2}:\d{2}[.,]\d{1,3})"
    r"(?:\s+.*)?$")
_TAG = re.compile(r"<[^>]*>")
_SKIPPED_BLOCKS = ("NOTE", "STYLE", "REGION")


@dataclass(frozen=True)
class Cue:
    start: float  # seconds
    end: float
    text: str  # plain text, lines joined with "\n", markup tags removed


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    seconds = float(parts[-1])
    minutes = int(parts[-2])
    hours = int(parts[-3]) if len(parts) == 3 else 0
    return hours * 3600 + minutes * 60 + seconds


def _plain(lines: list[str]) -> str:
    """Cue text without voice/class/timestamp tags and with entities decoded."""
    return "\n".join(unescape(_TAG.sub("", line)).strip() for line in lines).strip()


def parse_vtt(text: str) -> list[Cue]:
    """The cues of a WebVTT file, sorted by start time.

    A file without the `WEBVTT` signature is still read (authors sometimes rename an
    .srt): any block with a `start --> end` line is a cue.
    """
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    cues: list[Cue] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines or lines[0].split(" ", 1)[0].split("\t", 1)[0] in _SKIPPED_BLOCKS:
            continue
        for index, line in enumerate(lines[:2]):
            match = _TIMING.match(line)
            if match is None:
                continue
            start, end = _seconds(match.group(1)), _seconds(match.group(2))
            body = _plain(lines[index + 1:])
            if end > start and body:
                cues.append(Cue(start, end, body))
            break
    cues.sort(key=lambda cue: (cue.start, cue.end))
    return cues


def cue_at(cues: list[Cue], seconds: float) -> Cue | None:
    """The cue showing at `seconds` (the latest-starting one when cues overlap), or None."""
    index = bisect.bisect_right([cue.start for cue in cues], seconds)
    for cue in reversed(cues[:index]):
        if cue.start <= seconds < cue.end:
            return cue
    return None
