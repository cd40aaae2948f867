"""H5P (`.h5p`) files rebuilt as BIBLIO course items, without running any of H5P's code.

An `.h5p` file is a zip with `h5p.json` (title, language, the main content type as
`mainLibrary`) and `content/content.json` (the content's data), plus, usually, the
JavaScript libraries that play it. We read only the two JSON files and the media under
`content/`: the libraries are never run or even opened, so a file whose library folders
are malformed converts as well as a content-only file. What maps to what is in
docs/conversion.md, "H5P"; see `containers`, `questions` and `lessons`.

The Moodle backup converter calls `H5PConverter().convert` for each `h5pactivity`; a file
with nothing playable raises ConversionError (its message names the content type and
what was found), which such a caller reports as the activity left out.
"""

from __future__ import annotations

from typing import Any

from ...errors import ConversionError
from ..archive import InputTree
from ..context import ConversionContext
from ..draft import CourseDraft, ModuleDraft
from ..markup import parse_json
from .containers import content_items
from .job import Job, items, plain, table, text

__all__ = ["H5PConverter"]

H5P_JSON = "h5p.json"
CONTENT_JSON = "content/content.json"
MAX_H5P_JSON = 1024 * 1024
_LANGUAGE_CHARS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-")


def _load(tree: InputTree, name: str, limit: int | None = None) -> Any:
    data = tree.read(name, limit) if limit else tree.read(name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return parse_json(data, f"{name} in {tree.label}")


def _version(h5p: dict[str, Any], main: str) -> str:
    """The main library's "major.minor" from the file's dependency list, or ""."""
    for dep in items(h5p.get("preloadedDependencies"))[:1000]:
        dep = table(dep)
        if dep.get("machineName") == main:
            major, minor = dep.get("majorVersion"), dep.get("minorVersion")
            if isinstance(major, (int, str)) and isinstance(minor, (int, str)):
                return f"{major}.{minor}"[:20]
    return ""


def _language(h5p: dict[str, Any]) -> str:
    raw = text(h5p.get("language")).strip()
    if not raw or raw == "und" or len(raw) > 12 or not set(raw) <= _LANGUAGE_CHARS:
        return "en"
    head, _, tail = raw.partition("-")
    return f"{head.lower()}-{tail}" if tail else head.lower()


def _license(h5p: dict[str, Any]) -> str:
    code = text(h5p.get("license")).strip()
    if not code or code == "U":
        return ""
    version = text(h5p.get("licenseVersion")).strip()
    return f"{code} {version}".strip()[:100]


class H5PConverter:
    """H5P content (`.h5p`): questions, reading content, question sets, presentations and
    interactive videos."""

    name = "h5p"

    def sniff(self, tree: InputTree) -> str | None:
        """'H5P: H5P.MultiChoice 1.14' for a zip with h5p.json and content/content.json."""
        if not (tree.has(H5P_JSON) and tree.has(CONTENT_JSON)):
            return None
        try:
            h5p = table(_load(tree, H5P_JSON, MAX_H5P_JSON))
        except ConversionError:
            return "H5P (with an unreadable h5p.json)"
        main = text(h5p.get("mainLibrary")).strip()[:100]
        if not main:
            return "H5P (h5p.json names no content type)"
        return f"H5P: {main} {_version(h5p, main)}".strip()

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        """The H5P file as a course of one module; ConversionError if nothing in it can be
        played (an unsupported type, or content left empty in the editor)."""
        label = tree.label
        try:
            h5p = _load(tree, H5P_JSON, MAX_H5P_JSON)
        except ConversionError as exc:
            raise ConversionError(f"{label} is a damaged H5P file: its h5p.json cannot be "
                                  "read.", str(exc)) from exc
        if not isinstance(h5p, dict) or not text(h5p.get("mainLibrary")).strip():
            raise ConversionError(f"{label} is a damaged H5P file: its h5p.json does not "
                                  "name the content type (mainLibrary).")
        params = _load(tree, CONTENT_JSON)
        if not isinstance(params, dict):
            raise ConversionError(f"{label} is a damaged H5P file: content/content.json is "
                                  "not a JSON object.")
        main = text(h5p.get("mainLibrary")).strip()[:100]
        library = f"{main} {_version(h5p, main)}".strip()
        title = plain(h5p.get("title"), 200) or label.rsplit(".", 1)[0]
        job = Job(tree, ctx, label)
        before = len(ctx.left_out)
        found = content_items(job, {"library": library, "params": params}, title)
        if not found:
            lost = ctx.left_out[before:]
            reasons = "; ".join(f"{x.what}: {x.reason}" for x in lost[:4])
            more = f" (and {len(lost) - 4} more)" if len(lost) > 4 else ""
            raise ConversionError(
                f"{label} ({library}) holds nothing BIBLIO Desktop can rebuild as a course "
                "item.", (reasons + more) if reasons else
                "the content is empty: open it in an H5P editor and add its text or questions")
        authors = [plain(table(a).get("name"), 100) for a in items(h5p.get("authors"))[:20]]
        return CourseDraft(title=title, language=_language(h5p), license=_license(h5p),
                           publisher=", ".join(a for a in authors if a),
                           modules=[ModuleDraft(title, found, origin=f"{label} ({library})")])
