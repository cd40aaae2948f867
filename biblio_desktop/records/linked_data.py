"""JSON-LD for records, offline: the context documents shipped with the app, safe-mode
expansion, and RDF Dataset Canonicalization (RDFC-1.0) for the eddsa-rdfc-2022 proof.

Why it exists: Open Badges wallets and 1EdTech's validator read a record as linked data
(JSON-LD), not as JSON, and accept `eddsa-rdfc-2022` proofs, which sign the record's RDF
canonical form. Two rules make that safe:

- **Nothing is fetched.** The document loader serves only the context documents in
  `contexts/` (README there); any other URL is an error, never a download. A record that
  names another context cannot be canonicalized, so it cannot be signed or verified
  with rdfc here.
- **Nothing is dropped.** JSON-LD silently ignores a key its contexts do not define, and
  an RDF signature does not cover what was ignored: a record could then carry unsigned
  text. `expand_safe` and `canonical_nquads` refuse a document in which any key, type
  or id fails to become an absolute http(s) IRI (jsonld.js's "safe mode", plus a rule
  of ours: no IRIs of made-up schemes such as `biblio:x`).

pyld (a maintained JSON-LD processor) does the work; it is imported on first use, so
opening the app or verifying eddsa-jcs-2022 proofs never pays for it. pyld imports
`lxml.html` at load time, only to read JSON-LD embedded in HTML pages, which this module
never loads; when lxml is absent (the bundle leaves it out: it is larger than pyld and
everything else here together) a stand-in that refuses HTML takes its place.
"""

from __future__ import annotations

import functools
import json
import sys
import types
from collections.abc import Callable, Iterator
from importlib import resources
from typing import Any

from ..errors import BiblioError

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
DATA_INTEGRITY_V2_CONTEXT = "https://w3id.org/security/data-integrity/v2"
BIBLIO_CONTEXT = "https://w3id.org/biblio-desktop/credentials/v1"

CONTEXTS_INDEX = "index.json"  # in contexts/: URL -> file, the only documents served

_KEYWORD_PREFIX = "@"
_SAFE_SCHEMES = ("https://", "http://", "urn:", "did:")


class LinkedDataError(BiblioError):
    """The document cannot be read as JSON-LD offline, or reading it would drop data."""


def _read(name: str) -> Any:
    return json.loads(resources.files(__package__).joinpath("contexts", name)
                      .read_text("utf-8"))


@functools.cache
def context_files() -> dict[str, str]:
    """URL -> file name of every context document the app ships (contexts/index.json,
    which the third-party verifier in the tests reads too)."""
    return dict(_read(CONTEXTS_INDEX))


@functools.cache
def context_document(url: str) -> dict[str, Any]:
    """The shipped context document for `url` (parsed once)."""
    name = context_files().get(url)
    if name is None:
        raise LinkedDataError(
            f"The JSON-LD context {url} is not one BIBLIO Desktop ships, and nothing is "
            "fetched from the network.",
            "only records using the contexts listed in docs/records.md can be read as "
            "linked data here")
    return dict(_read(name))


def load_document(url: str, options: Any = None) -> dict[str, Any]:
    """pyld's document loader: the shipped contexts only (see module doc). Tagged
    "static" so pyld keeps each processed context (they never change) instead of
    processing the Open Badges context again for every record."""
    return {"contextUrl": None, "documentUrl": url, "document": context_document(url),
            "tag": "static"}


def _refuse_html(*args: Any, **kwargs: Any) -> Any:
    raise LinkedDataError("JSON-LD inside HTML is never read.")


@functools.cache
def _pyld() -> types.ModuleType:
    """pyld's `jsonld` module, imported on first use (see module doc about lxml)."""
    try:
        import lxml.html
    except ImportError:
        lxml = types.ModuleType("lxml")
        html = types.ModuleType("lxml.html")
        html.fromstring = _refuse_html  # type: ignore[attr-defined]
        lxml.html = html  # type: ignore[attr-defined]
        sys.modules["lxml"], sys.modules["lxml.html"] = lxml, html
    from pyld import jsonld

    return jsonld


@functools.cache
def _resolved_contexts() -> Any:
    """This module's own cache of processed contexts (not pyld's process-wide one, which
    another caller's loader could fill)."""
    from cachetools import LRUCache

    return LRUCache(maxsize=64)


def clear_caches() -> None:
    """Forget every parsed and processed context (for tests that serve other ones)."""
    context_document.cache_clear()
    _resolved_contexts().clear()


def _options(**extra: Any) -> dict[str, Any]:
    from pyld.context_resolver import ContextResolver

    return {"documentLoader": load_document, "base": None, "extractAllScripts": False,
            "processingMode": "json-ld-1.1",
            "contextResolver": ContextResolver(_resolved_contexts(), load_document), **extra}


def _dropped_collector() -> tuple[list[str | None], Callable[[str | None], None]]:
    dropped: list[str | None] = []
    return dropped, dropped.append


def _unsafe_iris(expanded: Any) -> Iterator[str]:
    """Keys, types and ids of the expanded document that are not absolute IRIs of a
    scheme people can look up (http(s), urn, did) nor blank nodes."""
    stack = [expanded]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            if "@value" in item:
                continue
            for key, value in item.items():
                if not key.startswith(_KEYWORD_PREFIX) and not key.startswith(_SAFE_SCHEMES):
                    yield key
                if key == "@type":
                    for name in value if isinstance(value, list) else [value]:
                        if isinstance(name, str) and not name.startswith(_SAFE_SCHEMES):
                            yield f"@type {name}"
                elif key == "@id":
                    if isinstance(value, str) and not value.startswith((*_SAFE_SCHEMES, "_:")):
                        yield f"@id {value}"
                else:
                    stack.append(value)


def _check_nothing_lost(dropped: list[str | None], expanded: Any) -> None:
    problems = [f"the key {name!r} is not defined" if name else "a key is not defined"
                for name in dropped]
    problems += [f"{what} is not an absolute IRI" for what in _unsafe_iris(expanded)]
    if problems:
        shown = "; ".join(sorted(set(problems))[:5])
        more = len(set(problems)) - 5
        raise LinkedDataError(
            f"Reading the document as JSON-LD would lose data: {shown}"
            + (f" (and {more} more)" if more > 0 else "") + ".")


MAX_NODES = 5000  # JSON objects in a document read as linked data (a record has ~100)


def _check_plain(document: dict[str, Any]) -> None:
    """Refuse what would let the RDF a proof signs differ from the JSON people and the
    app read, or make canonicalization explode: contexts other than shipped URLs (inline
    context objects, a `@context` or any other JSON-LD keyword below the top level, which
    could alias or swap terms), and blank node identifiers (`_:x`), the only way to make
    the cyclic graphs whose canonical form takes hours. Records never contain either."""
    proofs = document.get("proof")
    proofs = proofs if isinstance(proofs, list) else [proofs] if proofs is not None else []
    stack: list[Any] = []
    for node in (document, *proofs):  # the document's and its proofs' own @context only
        if not isinstance(node, dict):
            stack.append(node)
            continue
        context = node.get("@context")
        contexts = context if isinstance(context, list) else [context]
        if context is not None and not all(isinstance(c, str) for c in contexts):
            raise LinkedDataError("The document defines its own JSON-LD context inline; "
                                  "only the published contexts BIBLIO Desktop ships are "
                                  "accepted.")
        stack += [v for k, v in node.items() if k != "@context" and
                  not (node is document and k == "proof")]
    nodes = 1
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            nodes += 1
            if nodes > MAX_NODES:
                raise LinkedDataError(f"The document has more than {MAX_NODES} objects, "
                                      "too many to read as linked data.")
            for key, value in item.items():
                if key.startswith("@"):
                    raise LinkedDataError(f"The document uses the JSON-LD keyword {key!r} "
                                          "inside it; only a top-level @context is accepted.")
                stack.append(value)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str) and item.startswith("_:"):
            raise LinkedDataError("The document names blank nodes (_:…); they are not "
                                  "accepted.")


def expand_safe(document: dict[str, Any]) -> list[Any]:
    """JSON-LD expansion that refuses to drop anything, and refuses documents whose
    JSON and RDF could say different things (see `_check_plain` and the module doc)."""
    _check_plain(document)
    jsonld = _pyld()
    dropped, on_dropped = _dropped_collector()
    options = _options()
    try:
        expanded = jsonld.JsonLdProcessor(on_property_dropped=on_dropped).expand(
            document, options)
    except jsonld.JsonLdError as exc:
        raise _error(exc) from exc
    _check_nothing_lost(dropped, expanded)
    return expanded


def canonical_nquads(document: dict[str, Any]) -> str:
    """The RDFC-1.0 canonical N-Quads of the document (what eddsa-rdfc-2022 hashes).

    Expands safely first (nothing dropped), then canonicalizes with pyld's URDNA2015,
    the algorithm RDFC-1.0 standardized under a new name (it reproduces the W3C vector
    of vc-di-eddsa byte for byte: tests/core/test_conformance_eddsa.py).
    """
    jsonld = _pyld()
    expanded = expand_safe(document)
    processor = jsonld.JsonLdProcessor()
    # normalize() expands its input again (to_rdf -> self.expand): hand it the expansion
    # just checked instead of paying for a second one (half the time of a record)
    processor.expand = lambda input_, options: expanded
    try:
        return processor.normalize(
            document, _options(algorithm="URDNA2015", format="application/n-quads"))
    except jsonld.JsonLdError as exc:
        raise _error(exc) from exc


def _error(exc: Exception) -> LinkedDataError:
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, LinkedDataError):
            return cause
        cause = cause.__cause__ or cause.__context__
    return LinkedDataError(f"The document is not valid JSON-LD ({exc}).")
