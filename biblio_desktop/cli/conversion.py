"""`biblio-desktop convert`: courses from elsewhere (H5P, Moodle, Common Cartridge, QTI,
GIFT, Moodle XML, EPUB, PDF) into a `.biblio` package, with a report of what became what.

The same conversion serves `import` (cli/courses.py), which converts foreign inputs
before installing them; see docs/conversion.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..atomic_files import write_atomic
from ..errors import BiblioError
from .textbar import TextBar

FORMATS = ("H5P (.h5p), Moodle backups (.mbz), Common Cartridge (.imscc), QTI, GIFT, Moodle "
           "XML, EPUB and PDF")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "convert", help="convert H5P, Moodle, Common Cartridge, QTI, GIFT, EPUB, PDF … "
        "into a .biblio package",
        description=f"Convert course material from elsewhere ({FORMATS}) into one course "
        "package. Each input is recognised by its content, not its name; several inputs "
        "make one course (one module per input, or the input's own sections). Nothing "
        "foreign is run: content is rebuilt into lessons, slides, videos, PDFs and quizzes. "
        "Parts that cannot be converted are listed with the reason. SCORM, cmi5 and AICC "
        "packages are web programs and are refused. Exit 0 converted, 1 refused (nothing is "
        "written), 2 usage error. See docs/conversion.md.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", type=Path,
                   help="a file (.h5p, .mbz, .imscc, .zip, .gift, .txt, .xml, .epub, .pdf) "
                   "or an unpacked folder")
    p.add_argument("-o", "--output", metavar="OUT.biblio", type=Path, required=True,
                   help="the package to write")
    p.add_argument("--to-source", metavar="DIR", type=Path,
                   help="also keep the course's source folder (course.toml, Markdown, quiz "
                   "TOML, media) in DIR, a new or empty folder, to edit and 'pack' again")
    p.add_argument("--report", metavar="REPORT.json", type=Path,
                   help="write the machine-readable report (modules, items and their kind, "
                   "questions and their type, what was left out and why)")
    p.add_argument("--sign-key", metavar="KEYFILE", type=Path,
                   help="sign the package with this publisher private key (from 'keygen')")
    p.add_argument("--title", help="the course's title (default: from the input)")
    p.add_argument("--language", metavar="LANG",
                   help="the content's language code, e.g. lv (default: from the input, "
                   "else en)")
    p.add_argument("--id", dest="course_id", metavar="ID",
                   help="course id, reverse-DNS (default: local.converted.<title>)")
    p.add_argument("--version", dest="course_version", metavar="X.Y.Z", default="1.0.0",
                   help="course version (default: 1.0.0)")
    p.add_argument("--quiet", action="store_true", help="print only the package line")
    p.set_defaults(run=cmd_convert)


def print_report(report: dict[str, Any], stream: Any = None) -> None:
    """The short human report: modules, items by kind, questions by type, left out."""
    from ..conversion.package import summary_lines

    for line in summary_lines(report):
        print(line, file=stream or sys.stdout)


def cmd_convert(args: argparse.Namespace) -> int:
    from ..conversion.package import convert_to_package

    if args.output.suffix != ".biblio":
        raise BiblioError(f"The output file {args.output} should end in .biblio.")
    for path in args.inputs:
        if not path.exists():
            raise BiblioError(f"{path} does not exist.", "check the file name")
    result = convert_to_package(
        args.inputs, args.output, source_dir=args.to_source, sign_key=args.sign_key,
        title=args.title, language=args.language, course_id=args.course_id,
        version=args.course_version, progress=TextBar("converting", show_bytes=False))
    report = result.report()
    if args.report is not None:
        try:
            write_atomic(args.report, (json.dumps(report, ensure_ascii=False, indent=2)
                                       + "\n").encode("utf-8"))
        except OSError as exc:
            raise BiblioError(f"Cannot write the report {args.report}: {exc.strerror}.",
                              "the package was written; choose another place for the "
                              "report") from exc
    if not args.quiet:
        print_report(report)
        if args.to_source is not None:
            print(f"  source folder: {args.to_source} (edit it, then 'biblio-desktop pack')")
    print(f"wrote {result.package}: {result.course_id} {args.course_version}, "
          f"sha256 {result.extra.get('sha256')}")
    return 0
