"""Extract UI strings into Qt Linguist .ts files and compile them to .qm.

Usage:
  python scripts/translations.py update    # pyside6-lupdate: refresh the .ts sources
  python scripts/translations.py compile   # pyside6-lrelease: .ts -> .qm (done by make)
biblio_en.ts (English singular forms of counted strings only, see docs/translations.md) is
hand-written and compiled with the others; `update` leaves it alone.
The .ts files (resources/translations/biblio_<lang>.ts) are committed; .qm files are
build products.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "translations"
LANGUAGES = ("lv", "it", "bg", "el")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        sys.exit(f"error: {name} not found; run scripts/setup.sh first.")
    return found


def update() -> None:
    sources = sorted(str(p) for p in (ROOT / "biblio_desktop" / "ui").rglob("*.py"))
    for lang in LANGUAGES:
        subprocess.run([_tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                        "-target-language", lang, *sources, "-ts",
                        str(OUT / f"biblio_{lang}.ts")], check=True)


def compile_all() -> None:
    for ts in sorted(OUT.glob("biblio_*.ts")):
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "compile"))
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    update() if args.action == "update" else compile_all()


if __name__ == "__main__":
    main()
