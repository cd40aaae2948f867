"""Where the shared test material lives (../shared beside the repository, not in it).

The real third-party course files (realcases/content) and the W3C/1EdTech conformance
material are never copied into the repository. A checkout beside `shared/` finds them
there; a clone elsewhere (a CI machine, /tmp) sets BIBLIO_SHARED or falls back to
/work/shared. Tests that need them skip, naming the folder, when none exists.
"""

from __future__ import annotations

import os
from pathlib import Path

_REPO = Path(__file__).resolve().parents[1]


def _find() -> Path:
    candidates = [Path(os.environ["BIBLIO_SHARED"])] if os.environ.get("BIBLIO_SHARED") else []
    candidates += [parent / "shared" for parent in _REPO.parents]
    candidates.append(Path("/work/shared"))
    for candidate in candidates:
        if (candidate / "realcases").is_dir() or (candidate / "conformance").is_dir():
            return candidate
    return candidates[0] if candidates else _REPO.parent / "shared"


SHARED = _find()
REALCASES = SHARED / "realcases" / "content"
CONFORMANCE = SHARED / "conformance"
