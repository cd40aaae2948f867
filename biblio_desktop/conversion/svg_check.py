"""Is an SVG image safe to put into a course?

SVG is XML that may carry scripts (`<script>`, `on…` attributes, `javascript:` links),
embedded HTML (`<foreignObject>`) and references to other files or the network. The app
draws images with Qt's SVG renderer, which runs none of that, but a course package travels
on to other readers, so a converted course carries only SVG images that hold none of it.
The check parses with the same safe XML parser as everything else (no entities).
"""

from __future__ import annotations

from ..errors import ConversionError
from .markup import local, parse_xml

_ACTIVE = {"script", "foreignobject", "iframe", "embed", "object", "handler", "listener"}


def svg_problem(data: bytes) -> str | None:
    """Why this SVG is not taken (a sentence for the report), or None when it is fine."""
    if not data:
        return "the SVG image is too large to check"
    try:
        root = parse_xml(data, "SVG image")
    except ConversionError:
        return "the SVG image is damaged or declares XML entities"
    if local(root.tag) != "svg":
        return "the file is not an SVG image"
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if local(el.tag).lower() in _ACTIVE:
            return "the SVG image contains a script or embedded content; it is left out as unsafe"
        for key, value in el.attrib.items():
            name = local(key).lower()
            text = "".join(value.split()).lower()
            if name.startswith("on"):
                return "the SVG image has script event handlers; it is left out as unsafe"
            embedded = text.startswith("data:image/") and not text.startswith("data:image/svg")
            if name == "href" and not (text.startswith("#") or embedded):
                return ("the SVG image refers to other files or the internet; it is left out "
                        "as unsafe")
            if "javascript:" in text:
                return "the SVG image contains a script link; it is left out as unsafe"
    return None
