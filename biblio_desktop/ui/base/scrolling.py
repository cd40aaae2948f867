"""A page that scrolls up and down, never sideways.

Why: at 200 % text on a small screen a page may need more height than there is; squeezed,
its lists shrink to one row and its buttons overlap. In a scroll area it keeps its sizes
and the window scrolls, as a web page would. The area itself takes no focus: Tab goes to
the controls on the page, and the focused one is scrolled into view by Qt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def scrolled(page: QWidget) -> QScrollArea:
    """`page` in a frameless area that scrolls up and down when it must; never sideways."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls take the focus
    return area
