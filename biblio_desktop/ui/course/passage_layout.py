"""How a passage is laid out: words that wrap like a paragraph, with gaps or selectable
words inline (passage_controls.py builds the controls on it).

A QLabel cannot hold widgets in its text, so the passage is split at its spaces into
small widgets that a flow layout wraps with the width of the question card.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayoutItem, QWidget

from ...learning.passages import Segment, plain_text
from ..base.flow_layout import FlowLayout as BaseFlowLayout

__all__ = ["FlowLayout", "build_passage", "gap_context"]

_SPACES = re.compile(r"(\s+)")


class FlowLayout(BaseFlowLayout):
    """Lays widgets out left to right and wraps them like words in a paragraph; each line
    is as tall as its tallest widget and the others sit centred on it. (The item list,
    with its guard against items Qt deleted, is the button row's: ui/base/flow_layout.py.)"""

    def __init__(self, parent: QWidget | None = None, spacing: int = 5,
                 line_spacing: int = 6) -> None:
        super().__init__(parent, spacing)
        self._h, self._v = spacing, line_spacing

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._live():
            size = size.expandedTo(item.minimumSize())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        lines: list[list[tuple[QLayoutItem, QSize]]] = [[]]
        x = 0
        for item in self._live():
            if item.widget() is not None and item.widget().isHidden():
                continue
            hint = item.sizeHint()
            if lines[-1] and x + hint.width() > rect.width():
                lines.append([])
                x = 0
            lines[-1].append((item, hint))
            x += hint.width() + self._h
        y = rect.y()
        for line in lines:
            if not line:
                continue
            height = max(hint.height() for _item, hint in line)
            x = rect.x()
            for item, hint in line:
                if move:
                    item.setGeometry(QRect(QPoint(x, y + (height - hint.height()) // 2), hint))
                x += hint.width() + self._h
            y += height + self._v
        return max(0, y - rect.y() - self._v)


def _label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def build_passage(segments: Sequence[Segment], layout: FlowLayout,
                  make: Callable[[Segment, int], QWidget]) -> None:
    """Fill `layout` with the passage: text split into words at spaces, each gap or word
    made by `make(segment, n)` (n counts the gaps or words from 0). Punctuation stays
    glued to the gap or word it touches, so a line never starts with a comma."""
    parts: list[QWidget] = []

    def end_chunk() -> None:
        if len(parts) == 1:
            layout.addWidget(parts[0])
        elif parts:
            chunk = QWidget()
            row = QHBoxLayout(chunk)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(0)
            for part in parts:
                row.addWidget(part)
            layout.addWidget(chunk)
        parts.clear()

    counter = 0
    for segment in segments:
        if segment.kind == "text":
            for piece in _SPACES.split(segment.text):
                if piece.isspace():
                    end_chunk()
                elif piece:
                    parts.append(_label(piece))
        else:
            parts.append(make(segment, counter))
            counter += 1
    end_chunk()


def gap_context(segments: Sequence[Segment], number: int, words: int = 5) -> str:
    """"…capital of Latvia is ___, and BIBLIO…": what a screen reader says of a gap."""
    marked = plain_text(segments, "\x00{n}\x00")
    before, _, after = marked.partition(f"\x00{number}\x00")
    clean = re.compile(r"\x00\d+\x00")
    left = clean.sub("___", before).split()
    right = clean.sub("___", after).split()
    head = ("…" if len(left) > words else "") + " ".join(left[-words:])
    tail = " ".join(right[:words]) + ("…" if len(right) > words else "")
    return " ".join(p for p in (head, "___", tail) if p)
