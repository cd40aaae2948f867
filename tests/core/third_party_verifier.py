"""Digital Bazaar's verifier (jsonld-signatures + data-integrity with the eddsa-jcs-2022
and eddsa-rdfc-2022 cryptosuites), pinned in tests/verifier/package-lock.json and
installed by scripts/setup-lrs.sh. `third_party_verify` runs tests/verifier/verify.mjs
once over many files (one Node process: thousands of records in seconds) with the
context documents the app ships; when Node or the packages are missing the test is
skipped with the reason, as for the test LRS."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .lrs_fixture import node_or_skip

VERIFIER_DIR = Path(__file__).resolve().parents[1] / "verifier"
MARKER = VERIFIER_DIR / "node_modules" / "@digitalbazaar" / "eddsa-rdfc-2022-cryptosuite"
APP_CONTEXTS = Path(__file__).resolve().parents[2] / "biblio_desktop" / "records" / "contexts"
SUITES = ("eddsa-jcs-2022", "eddsa-rdfc-2022")


def third_party_verify(files: Sequence[Path], contexts: Sequence[Path] = (APP_CONTEXTS,),
                       timeout: float = 600) -> list[dict[str, Any]]:
    """One result per file: {"file", "suites": {suite: {"verified", "error"}}}."""
    node = node_or_skip("Digital Bazaar's verifier", MARKER, "the third-party verifier (npm "
                        "jsonld-signatures and the eddsa cryptosuites)")
    args = [node, "verify.mjs"]
    for folder in contexts:
        args += ["--contexts", str(folder)]
    done = subprocess.run([*args, *map(str, files)], cwd=VERIFIER_DIR, capture_output=True,
                          text=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert [r["file"] for r in results] == [str(f) for f in files], done.stderr[-3000:]
    return results
