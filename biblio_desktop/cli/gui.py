"""The command line's one door into the desktop interface (biblio_desktop/ui/).

Opening the app, the window's part of `--self-test`, the PDF certificate of `export
--pdf` (drawn by Qt: ui/records/certificate.py) and the cohort report of `cohorts report
--pdf` (ui/facilitator/report_pdf.py). Every other command module stays free of
Qt, and an import-linter contract keeps it so (docs/architecture.md, "Layers"). Each
says plainly what is missing when the desktop part is not installed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import BiblioError

if TYPE_CHECKING:
    from ..learning.cohort_report import ReportTable


def has_display() -> bool:
    """True when Qt has somewhere to draw (a display, or an explicit platform plugin)."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
                or os.environ.get("QT_QPA_PLATFORM"))


def open_app(data_dir: str | None, *, take_over: bool = False) -> int:
    if not has_display():
        raise BiblioError(
            "No display found: the app needs a graphical desktop.",
            "on a server, run it under a virtual screen: xvfb-run -a biblio-desktop "
            "(or 'xvfb-run -a make run'); the command-line tools work without one",
        )
    try:
        from ..ui.shell.app import run_app
    except ImportError as exc:
        raise BiblioError(f"The desktop interface is not installed ({exc.name} is missing).",
                          "install it with: pip install 'biblio-desktop[gui]'") from exc
    return run_app(data_dir, take_over=take_over)


def self_test() -> int:
    """`--self-test`: the core's steps, then the window's (ui/selftest.py)."""
    from ..selftest import CoreResult, SelfTestFailed, run_self_test

    def ui_steps(core: CoreResult) -> None:
        try:
            from ..ui.shell.selftest import run_ui
        except ImportError as exc:
            raise SelfTestFailed(f"self-test failed: the desktop interface cannot be "
                                 f"loaded ({exc})") from exc
        run_ui(core)

    return run_self_test(ui_steps=ui_steps)


def certificate_pdf_writer() -> Callable[[bytes, Path, str], Path]:
    """`write_certificate_pdf(record_json, out, language)` of the desktop part, or a
    BiblioError saying how to install it (nothing is exported then)."""
    try:
        from ..ui.records.certificate import write_certificate_pdf
    except ImportError as exc:
        raise BiblioError("A PDF certificate needs the desktop part of BIBLIO Desktop "
                          f"({exc.name or 'biblio_desktop.ui.records.certificate'} cannot be "
                          "loaded); "
                          "nothing was exported.",
                          "install it with: pip install 'biblio-desktop[gui]', or export "
                          "without --pdf") from exc
    return write_certificate_pdf


def report_pdf_writer() -> Callable[[Path, str, Sequence[ReportTable], str], Path]:
    """`write(out, title, tables, subtitle)`: the cohort report PDF of the desktop part
    (the dialog's own drawing), or a BiblioError saying how to install it."""
    try:
        from ..ui.facilitator.report_pdf import write_report_pdf_headless
    except ImportError as exc:
        raise BiblioError("A PDF report needs the desktop part of BIBLIO Desktop "
                          f"({exc.name or 'biblio_desktop.ui.facilitator.report_pdf'} cannot "
                          "be loaded); nothing was written.",
                          "install it with: pip install 'biblio-desktop[gui]', or write "
                          "the report with --csv") from exc
    return write_report_pdf_headless
