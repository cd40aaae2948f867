"""Commands about course packages: pack, validate, import, list, keygen."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..datadir import resolve_data_dir
from ..errors import AlreadyInstalled, BiblioError, ConversionError, PackageError
from .textbar import TextBar


def register(sub: Any) -> None:
    p = sub.add_parser("import", help="install course packages (.biblio), or convert and "
                       "install material from elsewhere (H5P, Moodle, EPUB, PDF …)",
                       description="Verify and install course packages. Any other input "
                       "(H5P, Moodle backups, Common Cartridge, QTI, GIFT, Moodle XML, EPUB, "
                       "PDF: recognised by content) is first converted into a package, as "
                       "'convert' does, its report printed, then installed; each input "
                       "becomes its own course. Exit 0 when every package was imported or was "
                       "already installed, 1 when any was rejected (nothing of a rejected "
                       "package is kept).")
    p.add_argument("packages", nargs="+", metavar="PACKAGE", type=Path,
                   help="a .biblio package, or material to convert (see 'convert --help')")
    p.set_defaults(run=cmd_import)

    p = sub.add_parser("list", help="list installed courses",
                       description="List the installed courses (current version of each).")
    p.add_argument("--language", metavar="LANG", help="show titles in this language if the "
                   "course has it")
    p.set_defaults(run=cmd_list)

    p = sub.add_parser("validate", help="check a package without installing it",
                       description="Run every check an import makes (structure, safety, "
                       "hashes, signature, quizzes) without installing. Exit 0 valid, 1 "
                       "invalid.")
    p.add_argument("package", metavar="PACKAGE", type=Path)
    p.set_defaults(run=cmd_validate)

    p = sub.add_parser("pack", help="build a .biblio package from a source folder",
                       description="Build a reproducible course package from an author's "
                       "source folder (course.toml, Markdown, quizzes, media). See "
                       "docs/package-format.md.")
    p.add_argument("source", metavar="SOURCE_DIR", type=Path)
    p.add_argument("-o", "--output", metavar="OUT.biblio", type=Path, required=True)
    p.add_argument("--sign-key", metavar="KEYFILE", type=Path,
                   help="sign with this publisher private key (made by 'keygen')")
    p.set_defaults(run=cmd_pack)

    p = sub.add_parser("keygen", help="make a publisher key pair",
                       description="Make an Ed25519 publisher key pair: KEYFILE (private, "
                       "readable only by you) and KEYFILE.pub (public, to share).")
    p.add_argument("-o", "--output", metavar="KEYFILE", type=Path, required=True)
    p.set_defaults(run=cmd_keygen)


def open_workspace(args: argparse.Namespace) -> Any:
    from ..workspace import Workspace

    return Workspace.open(resolve_data_dir(args.data_dir))


def _import_one(ws: Any, package: Path, backup: bool) -> Any:
    """Install a `.biblio` package, or convert other material first (printing its report)."""
    if package.suffix == ".biblio" or ws.is_course_package(package):
        return ws.import_package(package, progress=TextBar(f"importing {package.name}"),
                                 backup=backup)
    from .conversion import print_report

    converted = ws.convert_course([package], progress=TextBar(f"converting {package.name}",
                                                              show_bytes=False))
    print(f"{package}: converted")
    print_report(converted.report)
    return ws.install_converted(converted, progress=TextBar(f"importing {package.name}"),
                                backup=backup)


def cmd_import(args: argparse.Namespace) -> int:
    failures = 0
    backup = True  # one backup per batch, before the first package that changes anything
    with open_workspace(args) as ws:
        for package in args.packages:
            try:
                result = _import_one(ws, package, backup)
                backup = False
            except AlreadyInstalled as exc:
                print(f"{package}: {exc}")
                continue
            except (PackageError, ConversionError) as exc:
                failures += 1
                print(f"error: {package}: {exc}", file=sys.stderr)
                continue
            extra = f" (update from {result.previous_version})" if result.previous_version else ""
            signed = f", signed by key {result.signed_by}" if result.signed_by else ", unsigned"
            print(f"imported {result.course_id} {result.version}: {result.title}{extra}{signed}")
    return 1 if failures else 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        courses = ws.list_courses(args.language)
    if not courses:
        print("No courses installed. Import one with: biblio-desktop import PACKAGE.biblio")
        return 0
    width = max(len(c.course_id) for c in courses)
    for c in courses:
        older = f"  (also {', '.join(c.other_versions)})" if c.other_versions else ""
        print(f"{c.course_id:<{width}}  {c.version:<8}  {'/'.join(c.languages):<8}  "
              f"{c.item_count:>3} items  {c.title}{older}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from ..installation.importer import validate_package

    opened = validate_package(args.package, progress=TextBar(f"checking {args.package.name}"))
    m = opened.manifest
    signed = (f"signed by key {opened.signature.key.key_id}" if opened.signature
              else "not signed")
    print(f"valid: {m.id} {m.version}, {len(m.items)} items in {len(m.modules)} modules, "
          f"languages {', '.join(m.languages)}, {signed}")
    return 0


def cmd_pack(args: argparse.Namespace) -> int:
    from ..authoring.builder import build_package

    if args.output.suffix != ".biblio":
        raise BiblioError(f"The output file {args.output} should end in .biblio.")
    result = build_package(args.source, args.output, sign_key=args.sign_key,
                           progress=TextBar(f"packing {args.source.name}"))
    print(f"wrote {result.out}: {result.course_id} {result.version}, {result.file_count} files, "
          f"{result.size} bytes, sha256 {result.sha256}")
    return 0


def cmd_keygen(args: argparse.Namespace) -> int:
    from ..packages.signing import write_key_pair

    key = write_key_pair(args.output)
    print(f"wrote {args.output} (private: keep it safe) and {args.output}.pub; key id {key.key_id}")
    return 0
