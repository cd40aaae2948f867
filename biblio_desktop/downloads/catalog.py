"""Course catalogs: a `catalog.json` on any static web host (see docs/catalog-format.md).

The catalog is untrusted input from the network, so the parser is strict about what it
uses (size, nesting, types, http/https addresses only) and silent about what it does not
know (unknown members are ignored so that newer catalogs stay readable). A catalog may be
signed with a detached `catalog.json.sig` (the publisher's Ed25519 key over the exact
bytes of `catalog.json`, in the format of a package's `signature.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..errors import BiblioError, PackageError
from ..packages.manifest import version_key
from ..packages.signing import PackageSignature, PublisherKey, verify_signature
from ..untrusted_json import load_untrusted_json

FORMAT_VERSION = 1
MAX_CATALOG_BYTES = 4 * 1024 * 1024
MAX_SIGNATURE_BYTES = 64 * 1024
MAX_DEPTH = 16
MAX_PACKAGES = 10_000
MAX_PACKAGE_SIZE = 16 * 1024**3
MAX_TEXT = 4000
MAX_URL = 2000

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$")
VERSION_RE = re.compile(r"^(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})$")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
SHA256_RE = re.compile(r"^[0-9a-f]{64}$")
KEY_ID_RE = re.compile(r"^[0-9a-f]{16}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


class CatalogError(BiblioError):
    """A catalog could not be fetched, parsed or trusted."""


class CatalogUnreachable(CatalogError):
    """The network, not the catalog: no connection, no answer, a name that does not
    resolve. The screen says "you seem to be offline" only for these."""


@dataclass(frozen=True)
class CatalogEntry:
    """One package offered by a catalog; `url` is absolute (resolved against the catalog)."""

    id: str
    version: str
    title: dict[str, str]
    description: dict[str, str]
    languages: tuple[str, ...]
    size: int
    sha256: str
    url: str
    publisher_key_id: str | None

    def text(self, texts: dict[str, str], language: str | None = None) -> str:
        for lang in (language, *self.languages, "en"):
            if lang and texts.get(lang):
                return texts[lang]
        return next(iter(texts.values()), "")

    @property
    def version_key(self) -> tuple[int, int, int]:
        return version_key(self.version)


@dataclass(frozen=True)
class Catalog:
    url: str
    publisher: str
    packages: tuple[CatalogEntry, ...]
    signed_by: str | None = None  # key id of a verified catalog signature

    def find(self, course_id: str, version: str | None = None) -> CatalogEntry | None:
        """The entry for `course_id` (the newest version unless `version` is given)."""
        found = [p for p in self.packages if p.id == course_id
                 and (version is None or p.version == version)]
        return max(found, key=lambda p: p.version_key, default=None)


def check_url(url: str, what: str = "The catalog address") -> str:
    """Accept only absolute http(s) addresses with a host (no file://, ftp:, data:...)."""
    if not isinstance(url, str) or not url or len(url) > MAX_URL or _CONTROL.search(url) \
            or any(c.isspace() for c in url):
        raise CatalogError(f"{what} is not a valid web address.",
                           "give an address starting with https:// or http://")
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise CatalogError(f"{what} {url!r} does not start with http:// or https://; other "
                           "kinds of address are not allowed.",
                           "give an address starting with https:// or http://")
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as exc:
        raise CatalogError(f"{what} {url!r} has an invalid port.") from exc
    if not parts.hostname:
        raise CatalogError(f"{what} {url!r} has no host name.")
    return url


def load_catalog_json(raw: bytes) -> Any:
    """Decode a downloaded catalog with the limits of untrusted JSON."""
    return load_untrusted_json(raw, "The catalog", limit=MAX_CATALOG_BYTES, depth=MAX_DEPTH,
                               error=CatalogError, verdict="it is not a course catalog")


def _text(value: Any, where: str, limit: int = MAX_TEXT) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise CatalogError(f"The catalog's {where} must be a non-empty text of at most "
                           f"{limit} characters.")
    return _CONTROL.sub("", value)


def _textmap(value: Any, where: str, required: bool) -> dict[str, str]:
    if value is None and not required:
        return {}
    if not isinstance(value, dict) or (required and not value):
        raise CatalogError(f"The catalog's {where} must map language codes to texts.")
    out = {}
    for lang, text in value.items():
        if not LANG_RE.match(lang):
            raise CatalogError(f"The catalog's {where} uses {lang!r}, which is not a language "
                               "code.")
        out[lang] = _text(text, f"{where} ({lang})")
    return out


def _entry(data: Any, n: int, base_url: str) -> CatalogEntry:
    where = f"package {n + 1}"
    if not isinstance(data, dict):
        raise CatalogError(f"The catalog's {where} is not an object.")
    course_id = data.get("id")
    if not isinstance(course_id, str) or len(course_id) > 200 or not ID_RE.match(course_id):
        raise CatalogError(f"The catalog's {where} has no valid id (reverse-DNS, e.g. "
                           "eu.biblio-project.digital-skills).")
    where = f"package {course_id}"
    version = data.get("version")
    if not isinstance(version, str) or not VERSION_RE.match(version):
        raise CatalogError(f"The catalog's {where} has no valid version (MAJOR.MINOR.PATCH).")
    languages = data.get("languages")
    if not isinstance(languages, list) or not languages or not all(
            isinstance(x, str) and LANG_RE.match(x) for x in languages) or len(languages) > 50:
        raise CatalogError(f"The catalog's {where} must list its languages (e.g. [\"en\"]).")
    size = data.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or not 0 < size <= MAX_PACKAGE_SIZE:
        raise CatalogError(f"The catalog's {where} has no valid size in bytes.")
    sha = data.get("sha256")
    if not isinstance(sha, str) or not SHA256_RE.match(sha.lower()):
        raise CatalogError(f"The catalog's {where} has no valid sha256 (64 hex digits).")
    url = data.get("url")
    if not isinstance(url, str) or not url or len(url) > MAX_URL:
        raise CatalogError(f"The catalog's {where} has no url.")
    absolute = check_url(urljoin(base_url, url), f"The url of the catalog's {where}")
    key_id = data.get("publisher_key_id")
    if key_id is not None and (not isinstance(key_id, str) or not KEY_ID_RE.match(key_id)):
        raise CatalogError(f"The catalog's {where} has an invalid publisher_key_id (16 hex "
                           "digits).")
    return CatalogEntry(
        id=course_id, version=version, title=_textmap(data.get("title"), f"{where} title", True),
        description=_textmap(data.get("description"), f"{where} description", False),
        languages=tuple(languages), size=size, sha256=sha.lower(), url=absolute,
        publisher_key_id=key_id)


def parse_catalog(raw: bytes, url: str, signed_by: str | None = None) -> Catalog:
    """Parse and check a catalog fetched from `url` (relative package urls resolve to it)."""
    data = load_catalog_json(raw)
    if not isinstance(data, dict):
        raise CatalogError("The catalog is not a JSON object.")
    fv = data.get("format_version")
    if not isinstance(fv, int) or isinstance(fv, bool):
        raise CatalogError("The catalog has no format_version; it is not a course catalog.")
    if fv != FORMAT_VERSION:
        raise CatalogError(f"The catalog has format version {fv}; this app reads version "
                           f"{FORMAT_VERSION}.", "update BIBLIO Desktop")
    publisher = data.get("publisher")
    if not isinstance(publisher, dict):
        raise CatalogError("The catalog has no publisher.")
    name = _text(publisher.get("name"), "publisher name", 200)
    packages = data.get("packages")
    if not isinstance(packages, list):
        raise CatalogError("The catalog has no list of packages.")
    if len(packages) > MAX_PACKAGES:
        raise CatalogError(f"The catalog lists {len(packages)} packages; at most "
                           f"{MAX_PACKAGES} are allowed.")
    entries = [_entry(p, n, url) for n, p in enumerate(packages)]
    seen: set[tuple[str, str]] = set()
    for e in entries:
        if (e.id, e.version) in seen:
            raise CatalogError(f"The catalog lists {e.id} {e.version} twice.")
        seen.add((e.id, e.version))
    return Catalog(url=url, publisher=name, packages=tuple(entries), signed_by=signed_by)


def verify_catalog_signature(raw: bytes, signature: bytes) -> PackageSignature:
    """Check a detached `catalog.json.sig` against the exact catalog bytes."""
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise CatalogError("The catalog signature (catalog.json.sig) is too large.")
    try:
        return verify_signature(signature, raw)
    except PackageError as exc:
        raise CatalogError(
            "The catalog signature (catalog.json.sig) does not match the catalog: "
            f"{exc.message[0].lower()}{exc.message[1:]}",
            "ask the catalog's publisher; the old copy is kept") from exc


def check_catalog_signer(catalog: Catalog, signer: PublisherKey | None,
                         expected: dict[str, PublisherKey],
                         pinned: PublisherKey | None) -> None:
    """Refuse a catalog whose signer is not the key bound to the catalog or its courses.

    `expected` maps course ids of the catalog to the key pinned for (or shipped with) that
    course; `pinned` is the key that signed an earlier copy of this catalog URL.
    """
    if pinned is not None:
        if signer is None:
            raise CatalogError(f"The catalog {catalog.url} was signed before but this copy is "
                               "not signed.", "ask the catalog's publisher; the old copy is "
                               "kept")
        if signer.public_key != pinned.public_key:
            raise CatalogError(f"The catalog {catalog.url} is signed by an unknown key "
                               f"({signer.key_id}), not by its publisher ({pinned.key_id}).",
                               "ask the catalog's publisher; the old copy is kept")
    if signer is None:
        return
    for course_id, key in sorted(expected.items()):
        if key.public_key != signer.public_key:
            raise CatalogError(f"The catalog {catalog.url} is signed by key {signer.key_id}, "
                               f"but {course_id} belongs to the publisher key {key.key_id}.",
                               "ask the catalog's publisher; the old copy is kept")
