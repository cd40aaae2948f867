"""Kill -9 while the certificate PDF is being written (see tests/core/test_crash_operations.py).

The record file is written first and is whole; the PDF is either absent or whole, never a
truncated file under its name, and exporting again completes it without leaving debris.
"""

from __future__ import annotations

import json
from pathlib import Path

from biblio_desktop.cli import main as cli_main
from tests.core.course_fixtures import COURSE_ID
from tests.core.test_crash_operations import crash, data, template, temporaries, visible

__all__ = ["data", "template"]  # fixtures


def test_kill_while_writing_the_certificate_pdf(data: Path, template: dict[str, object],
                                                tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    args = ["export", "--learner", str(template["learner"]), "--course", COURSE_ID,
            "-o", str(out / "record.json"), "--pdf", str(out / "certificate.pdf")]
    crash(data, "export.pdf-writing", *args)
    assert visible(out) == ["record.json"]  # no half-drawn certificate.pdf
    record = json.loads((out / "record.json").read_text())
    assert temporaries(out) != []
    assert cli_main(["--data-dir", str(data), *args]) == 0
    assert visible(out) == ["certificate.pdf", "record.json"] and temporaries(out) == []
    pdf = (out / "certificate.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    assert json.loads((out / "record.json").read_text())["id"] == record["id"]
