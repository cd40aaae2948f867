"""JSON Canonicalization Scheme (RFC 8785), fast for the JSON the records contain.

`rfc8785.dumps` is the reference. For values made only of strings, booleans, null,
integers within +-(2^53 - 1), lists and objects whose keys sort the same by UTF-16 code
units as by code points (no key character above U+FFFF), RFC 8785's output is exactly
Python's `json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)` in
UTF-8: the same escapes (\\" \\\\ \\b \\f \\n \\r \\t, other controls as lowercase
\\u00xx), integers in plain decimal. Records never contain anything else, so verifying
thousands of them does not pay for a pure-Python serializer; anything outside that
subset (floats, huge integers, astral-plane keys) goes to `rfc8785`. A test compares
both paths on generated documents.
"""

from __future__ import annotations

import json
from typing import Any

import rfc8785

from ..errors import BiblioError

MAX_SAFE_INTEGER = 2**53 - 1
_dumps = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                          allow_nan=False, check_circular=False).encode


class CanonicalizationError(BiblioError):
    """A value JCS cannot represent (lone surrogate, integer beyond 2^53, NaN, ...)."""


def _is_simple(value: Any) -> bool:
    """True when `json.dumps` already gives the JCS form of `value`."""
    stack = [value]
    pop, extend = stack.pop, stack.extend
    while stack:
        item = pop()
        kind = type(item)
        if kind is str or kind is bool or item is None:
            continue
        if kind is dict:
            for key in item:
                if type(key) is not str or (not key.isascii() and max(key) > "\uffff"):
                    return False
            extend(item.values())
        elif kind is list:
            extend(item)
        elif kind is int:
            if not -MAX_SAFE_INTEGER <= item <= MAX_SAFE_INTEGER:
                return False
        else:
            return False
    return True


def canonicalize(value: Any, *, simple: bool | None = None) -> bytes:
    """The RFC 8785 canonical UTF-8 bytes of a JSON value.

    `simple=True` is a promise from a caller that parsed the value itself and saw no
    float, no integer beyond 2^53 and no character above U+FFFF (the verifier knows
    this from the parse, which saves walking the value again); None means check.
    """
    if simple if simple is not None else _is_simple(value):
        try:
            return _dumps(value).encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate from a "\ud800" escape
            raise CanonicalizationError("The JSON holds text that is not valid Unicode "
                                        "(a lone surrogate).") from exc
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise CanonicalizationError(f"The JSON cannot be canonicalized (RFC 8785): {exc}"
                                    ) from exc
