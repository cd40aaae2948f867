"""Third-party checks of our xAPI statements: Learning Locker's `xapi-validation`.

The npm package is pinned in tests/lrs/package-lock.json (installed by
scripts/setup-lrs.sh); tests/lrs/validate.js runs it on statements given on stdin. When
Node or the package is missing, the test is skipped with the reason, as for the test LRS.

`xapi-validation` checks an IRI's syntax only, so `irl_problems` adds what xAPI 1.0.3 asks
of an IRL (the account homePage): an http(s) URL with a host.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from .lrs_fixture import LRS_DIR, node_or_skip

SCRIPT = LRS_DIR / "validate.js"
PACKAGE = LRS_DIR / "node_modules" / "xapi-validation" / "dist" / "index.js"


def xapi_validation(statements: Sequence[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """The problems `xapi-validation` finds in each statement (empty lists: all valid)."""
    node = node_or_skip("xapi-validation", PACKAGE,
                        "the statement validator (npm xapi-validation@2.1.4)")
    done = subprocess.run([node, str(SCRIPT)], cwd=LRS_DIR, input=json.dumps(list(statements)),
                          capture_output=True, text=True, timeout=60, check=False)
    if done.returncode not in (0, 1):
        raise RuntimeError(f"validate.js failed ({done.returncode}): {done.stderr[-2000:]}")
    results = json.loads(done.stdout)
    assert len(results) == len(statements)
    return results


def irl_problems(value: str) -> list[str]:
    """Why `value` is not an IRL (a resolvable http(s) address), or [] when it is one."""
    parts = urlsplit(value)
    problems = []
    if parts.scheme not in ("http", "https"):
        problems.append(f"scheme {parts.scheme!r} is not http(s)")
    if not parts.hostname:
        problems.append("no host")
    if any(ch.isspace() for ch in value):
        problems.append("whitespace")
    return problems
