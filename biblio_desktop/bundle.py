"""What a built bundle carries beside the code: build information and the sample course.

`scripts/build_dist.sh` writes `build_info.json` next to this module inside the bundle
(version, build date, commit); from a source checkout there is none and the build date
reads "development build". The bundle also ships the sample course package in
`resources/sample/`; on the first start with an empty library it is imported, so a new
user sees a course at once.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BiblioError

if TYPE_CHECKING:
    from .installation.importer import ImportResult
    from .workspace import Workspace

log = logging.getLogger("biblio_desktop")
BUILD_INFO = Path(__file__).resolve().parent / "build_info.json"
DEVELOPMENT_BUILD = "development build"
SAMPLE_OFFERED = ".sample-offered"  # marker in the data folder: offered once, never again


def resources_root() -> Path:
    """`resources/` beside the package (the checkout's, or `_internal/resources` in the
    bundle); the same place as installation.trust.resources_dir, without importing it."""
    return Path(__file__).resolve().parent.parent / "resources"


@cache
def build_info() -> dict[str, str]:
    try:
        data = json.loads(BUILD_INFO.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}


def build_date() -> str:
    """When this bundle was built (e.g. `2025-11-25 04:10 UTC`), else "development build"."""
    return build_info().get("build_date") or DEVELOPMENT_BUILD


def bundled_sample() -> Path | None:
    """The sample course package shipped with the bundle, if there is one."""
    folder = resources_root() / "sample"
    found = sorted(folder.glob("*.biblio")) if folder.is_dir() else []
    return found[0] if found else None


def import_sample_if_empty(workspace: Workspace, package: Path | None = None
                           ) -> ImportResult | None:
    """First start: import the bundled sample into an empty library (once per data folder).

    Returns the import result, or None when there was nothing to do. A failed import is
    raised as BiblioError; the marker is written only after an import succeeded or when
    the library already had courses, so a later start tries again after a failure.
    """
    package = package or bundled_sample()
    marker = workspace.layout.root / SAMPLE_OFFERED
    if package is None or marker.exists():
        return None
    result = None
    if not workspace.list_courses():
        result = workspace.import_package(package, backup=False)
    try:
        marker.write_text("the bundled sample course was offered once\n", encoding="utf-8")
    except OSError as exc:  # harmless: at worst the (now non-empty) library is checked again
        log.warning("cannot write %s: %s", marker, exc)
    return result


def import_sample_quietly(workspace: Workspace) -> None:
    """`import_sample_if_empty` for the app's start: a failure is logged, not fatal."""
    try:
        import_sample_if_empty(workspace)
    except BiblioError as exc:
        log.warning("the bundled sample course was not imported: %s", exc)
