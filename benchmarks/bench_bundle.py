"""The PyInstaller bundle against a bare PySide6 hello-world bundle built in the same run.

Both use the same PyInstaller options (onedir, strip, no UPX; build.spec and
scripts/hello_bundle/hello.spec) and the same archive command (tar | xz -T0 -6):
- size on disk and compressed (target: app archive <= 1.0x the hello archive);
- process start to the first window painted, app with 20 courses installed
  (BIBLIO_PROBE=window), against the hello window (target <= 1.5x); also the learner
  picker ready and the library shown (see bench_startup.py);
- idle RSS, app on the learner picker (BIBLIO_PROBE=picker) against the hello window
  (target <= 1.6x); also with a course open.
Runs offscreen. Usage: python benchmarks/bench_bundle.py [--runs 5] [--no-build]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import time
from pathlib import Path

from bench_startup import compare, make_library
from common import ROOT, WORK, record

APP_DIR = ROOT / "dist" / "BIBLIO Desktop"
APP_EXE = APP_DIR / "biblio-desktop"
HELLO_BUILD = ROOT / "build" / "hello"
HELLO_DIR = HELLO_BUILD / "dist" / "hello"
HELLO_ARCHIVE = HELLO_BUILD / "hello-linux-x86_64.tar.xz"


def tree_bytes(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def archive(folder: Path, out: Path) -> None:
    """The same command scripts/build_dist.sh uses."""
    out.unlink(missing_ok=True)
    subprocess.run(f'tar -C "{folder.parent}" -cf - "{folder.name}" | xz -T0 -6 > "{out}"',
                   shell=True, check=True)


def build(no_build: bool) -> tuple[float, float]:
    """Build both bundles (unless --no-build and they exist); returns the build times."""
    app_s = hello_s = 0.0
    if not (no_build and APP_EXE.exists()):
        start = time.perf_counter()
        subprocess.run([str(ROOT / "scripts" / "build_dist.sh")], cwd=ROOT, check=True)
        app_s = time.perf_counter() - start
    if not (no_build and HELLO_ARCHIVE.exists()):
        start = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "pyinstaller"), "--noconfirm",
                        "--log-level", "ERROR", "--distpath", str(HELLO_BUILD / "dist"),
                        "--workpath", str(HELLO_BUILD / "work"),
                        str(ROOT / "scripts" / "hello_bundle" / "hello.spec")],
                       cwd=ROOT, check=True)
        archive(HELLO_DIR, HELLO_ARCHIVE)
        hello_s = time.perf_counter() - start
    return app_s, hello_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-build", action="store_true",
                        help="reuse dist/ and build/hello/ when they exist")
    args = parser.parse_args()
    app_build_s, hello_build_s = build(args.no_build)
    app_archive = next(iter(sorted((ROOT / "dist").glob("BIBLIO-Desktop-*.tar.xz"))))
    data = WORK / "startup-data"
    make_library(data, 20)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("PYTHONPATH", None)
    speed = compare([str(APP_EXE), "--data-dir", str(data)], [str(HELLO_DIR / "hello")],
                    env, args.runs)
    app_disk, hello_disk = tree_bytes(APP_DIR), tree_bytes(HELLO_DIR)
    app_xz, hello_xz = app_archive.stat().st_size, HELLO_ARCHIVE.stat().st_size
    mib = 1024 * 1024
    figures: dict[str, object] = {
        "app bundle on disk (MiB)": round(app_disk / mib, 1),
        "hello bundle on disk (MiB)": round(hello_disk / mib, 1),
        "on-disk ratio": round(app_disk / hello_disk, 3),
        "app archive .tar.xz (MiB)": round(app_xz / mib, 1),
        "hello archive .tar.xz (MiB)": round(hello_xz / mib, 1),
        "archive ratio (target <= 1.0)": round(app_xz / hello_xz, 3),
    }
    figures |= {key.replace("bare window", "hello window"): value
                for key, value in speed.items()}
    if app_build_s:
        figures["app build incl. archive (s)"] = round(app_build_s, 1)
    if hello_build_s:
        figures["hello build incl. archive (s)"] = round(hello_build_s, 1)
    record("bundle", figures)


if __name__ == "__main__":
    main()
