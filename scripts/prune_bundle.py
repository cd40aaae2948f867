#!/usr/bin/env python3
"""Remove shared libraries from a PyInstaller bundle that nothing in it loads any more.

PyInstaller collects each binary's dependencies before build.spec drops the plugins and
host libraries it does not ship (docs/distribution.md); the dependencies of what was
dropped stay behind (e.g. libpng for the host's freetype, libgio for the GTK theme).
This walks the ELF `NEEDED` entries from everything the app loads itself (the executable,
libpython, Python extension modules, Qt plugins) and deletes the libraries that are not
reached, plus symbolic links whose target is gone. Uses `readelf` (binutils).
Usage: scripts/prune_bundle.py BUNDLE_DIR [--dry-run]
"""

from __future__ import annotations

import argparse
import lzma
import re
import subprocess
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[(.+?)\]")
# Loaded with dlopen by name, so no NEEDED entry points at them; kept when present.
DLOPENED = {"libdbus-1.so.3", "libxkbcommon-x11.so.0", "libxkbcommon.so.0"}


def is_library(path: Path) -> bool:
    return ".so" in path.name and path.is_file() and not path.is_symlink()


def roots(internal: Path, executable: Path) -> list[Path]:
    """What the app loads by itself: the executable, libpython, every Python extension
    module (also PySide6's bindings) and every Qt plugin."""
    found = [executable]
    for path in internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        name = path.name
        # Python extension modules (any .so not named lib*: foo.abi3.so, foo.cpython-311-…,
        # or a plain foo.so), libpython, Qt plugins, and what is loaded by name.
        if (name.startswith("libpython") or not name.startswith("lib")
                or "plugins" in path.relative_to(internal).parts or name in DLOPENED):
            found.append(path)
    return found


def readelf_needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True,
                         check=False)
    return NEEDED.findall(out.stdout)


def unreached(internal: Path, start: Iterable[Path],
              needed: Callable[[Path], list[str]] | None = None) -> list[Path]:
    """Libraries in the bundle that no root reaches through NEEDED (by file name, the way
    the loader finds them on the bundle's library path)."""
    needed = needed or readelf_needed
    by_name: dict[str, Path] = {}
    for path in sorted(internal.rglob("*.so*")):
        if path.is_file():  # follows links: _internal/libX.so -> PySide6/Qt/lib/libX.so
            by_name.setdefault(path.name, path.resolve())
    seen: set[Path] = set()
    todo = [p.resolve() for p in start]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo.extend(by_name[name] for name in needed(path) if name in by_name)
    return [p for p in sorted(internal.rglob("*.so*"))
            if is_library(p) and p.resolve() not in seen]


def dangling_links(internal: Path) -> list[Path]:
    return [p for p in sorted(internal.rglob("*")) if p.is_symlink() and not p.exists()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="bundle folder, e.g. 'dist/BIBLIO Desktop'")
    parser.add_argument("--dry-run", action="store_true", help="only list what would go")
    args = parser.parse_args(argv)
    internal = args.bundle / "_internal"
    executables = [p for p in args.bundle.iterdir() if p.is_file() and p.stat().st_mode & 0o111]
    if not internal.is_dir() or len(executables) != 1:
        print(f"error: {args.bundle} is not a one-folder PyInstaller bundle", file=sys.stderr)
        return 1
    gone = unreached(internal, roots(internal, executables[0]))
    raw = packed = 0
    for path in gone:
        data = path.read_bytes()
        raw += len(data)
        packed += len(lzma.compress(data, preset=6))
        print(f"  {'would remove' if args.dry_run else 'removed'} "
              f"{path.relative_to(internal)}")
        if not args.dry_run:
            path.unlink()
    links = dangling_links(internal)
    if not args.dry_run:
        for link in links:
            link.unlink()
    print(f"prune: {len(gone)} unused libraries ({raw / 2**20:.2f} MiB, "
          f"{packed / 2**20:.2f} MiB xz), {len(links)} dangling links")
    return 0


if __name__ == "__main__":
    sys.exit(main())
