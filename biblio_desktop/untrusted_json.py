"""Decoding JSON that came from outside (packages, catalogs, key files).

One place for the limits every such document needs before `json` sees it: size, strict
UTF-8, nesting depth (a megabyte of brackets would exhaust Python's recursion limit), no
NaN/Infinity, and no lone surrogates (they cannot be printed or saved again).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .errors import BiblioError


def too_deep(text: str, limit: int) -> bool:
    """True when JSON `text` nests arrays/objects deeper than `limit` (strings skipped)."""
    depth = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth -= 1
    return False


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def _size(limit: int) -> str:
    return f"{limit // 1024 // 1024} MiB" if limit >= 1024 * 1024 and limit % (1024 * 1024) == 0 \
        else f"{limit // 1024} KiB"


def load_untrusted_json(raw: bytes, what: str, *, limit: int, depth: int,
                        error: Callable[[str], BiblioError], verdict: str) -> Any:
    """Decode `raw` or raise `error(message)`; `verdict` ends the size and depth messages
    (e.g. "the package is broken")."""
    if len(raw) > limit:
        raise error(f"{what} is larger than {_size(limit)}; {verdict}.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(f"{what} is not UTF-8 text ({exc.reason} at byte {exc.start}).") from exc
    if too_deep(text, depth):
        raise error(f"{what} is nested deeper than {depth} levels; {verdict}.")
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise error(f"{what} is not valid JSON: {exc}.") from exc
    try:  # "\ud800" escapes decode to lone surrogates that cannot be printed or saved
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise error(f"{what} contains invalid text (a lone surrogate escape).") from exc
    return data
