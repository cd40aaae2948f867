"""Command line: `biblio-desktop [--data-dir DIR] COMMAND ...` (see DESIGN.md, stable).

Expected failures print one `error:` line saying what is wrong and what to do, with exit
code 1 for rejected input and 2 for usage errors; tracebacks are for bugs only.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__, startup_trace
from ..errors import BiblioError, UsageError


class _Parser(argparse.ArgumentParser):
    """argparse with the project's one-line error format."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}.", f"see '{self.prog} --help'")


def build_parser() -> argparse.ArgumentParser:
    from . import (
        cohorts,
        conversion,
        courses,
        downloads,
        learners,
        maintenance,
        progress,
        records,
        sync,
        workshop,
    )

    parser = _Parser(
        prog="biblio-desktop",
        description="BIBLIO Desktop: take offline courses for librarians, track progress per "
        "learner, and export signed completion records. Without a command, opens the app.",
    )
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder (default: $BIBLIO_DATA_DIR, a portable 'biblio-data' "
                        "folder beside the program, or your user data folder); one on a USB "
                        "stick that is not plugged in is refused with exit code 3, never made "
                        "anew")
    parser.add_argument("--take-over", action="store_true",
                        help="take over a data folder that another computer left locked "
                        "(it crashed, lost its connection or went to sleep); checked first, "
                        "never taken from a computer where the app still runs")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation in a temporary data folder (opens the "
                        "window offscreen, imports the sample course, a lesson and a quiz); "
                        "exit 0 when it works")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    courses.register(sub)
    conversion.register(sub)
    maintenance.register(sub)
    learners.register(sub)
    progress.register(sub)
    cohorts.register(sub)
    downloads.register(sub)
    records.register(sub)
    sync.register(sub)
    workshop.register(sub)
    return parser


def _only_data_dir(argv: list[str]) -> tuple[bool, str | None]:
    """(True, folder) when the arguments just open the app, so the parser and the command
    modules need not be imported on the way to the first window."""
    if not argv:
        return True, None
    if len(argv) == 1 and argv[0].startswith("--data-dir=") and len(argv[0]) > 11:
        return True, argv[0].split("=", 1)[1]
    if len(argv) == 2 and argv[0] == "--data-dir" and argv[1] and not argv[1].startswith("-"):
        return True, argv[1]
    return False, None


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    startup_trace.mark("command line read")
    gui_only, data_dir = _only_data_dir(argv)
    if gui_only:
        from .gui import open_app

        try:
            return open_app(data_dir)
        except BiblioError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return exc.exit_code
        except KeyboardInterrupt:
            return 130
    parser = build_parser()
    for i, word in enumerate(argv[:-1]):
        if word == "catalog" and argv[i + 1].startswith(("http://", "https://")):
            argv.insert(i + 1, "add")  # DESIGN.md's short form: `catalog URL`
            break
    try:
        args = parser.parse_args(argv)
        if args.self_test:
            from .gui import self_test

            return self_test()
        if args.command is None:
            from .gui import open_app

            return open_app(args.data_dir, take_over=args.take_over)
        return int(args.run(args) or 0)
    except BiblioError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except Exception as exc:  # a full, read-only or vanished disk met mid-command
        fault = _disk_fault(exc, getattr(locals().get("args"), "data_dir", None))
        if fault is None:
            raise
        print(f"error: {fault}", file=sys.stderr)
        return fault.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; nothing half-done was kept.", file=sys.stderr)
        return 130


def _disk_fault(exc: BaseException, data_dir: str | None) -> BiblioError | None:
    """The named disk fault behind an unexpected error, if that is what it is."""
    from ..datadir import resolve_data_dir
    from ..disk_faults import fault_from

    try:
        folder = resolve_data_dir(data_dir)
    except Exception:
        folder = None
    return fault_from(exc, folder)


def entry() -> None:
    sys.exit(main())
