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
import json.encoder
from collections.abc import Callable
from typing import Any

import rfc8785

from ..errors import BiblioError

MAX_SAFE_INTEGER = 2**53 - 1
_ENCODER = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                            allow_nan=False, check_circular=False)


def _make_dumps() -> Callable[[Any], str]:
    """`_ENCODER.encode`, minus the encoder object `JSONEncoder.iterencode` builds anew on
    every call (about a microsecond, paid three times per verified record)."""
    make = json.encoder.c_make_encoder
    if make is None:  # a Python without the _json accelerator
        return _ENCODER.encode
    encode = make(None, _ENCODER.default, json.encoder.encode_basestring, None, ":", ",",
                  True, False, False)
    join = "".join

    def dumps(value: Any) -> str:
        return join(encode(value, 0))

    return dumps


# The JCS text of a value `_is_simple` accepts (not yet UTF-8); for callers that know.
dumps_simple = _make_dumps()


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
            return dumps_simple(value).encode("utf-8")
        except UnicodeEncodeError as exc:  # a lone surrogate from a "\ud800" escape
            raise CanonicalizationError("The JSON holds text that is not valid Unicode "
                                        "(a lone surrogate).") from exc
    try:
        return rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, TypeError, ValueError) as exc:
        raise CanonicalizationError(f"The JSON cannot be canonicalized (RFC 8785): {exc}"
                                    ) from exc
