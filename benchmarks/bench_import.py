"""Import speed: a generated 500 MB package of media-like files, against `unzip -q`.

Both read the same file in the same run; the import also hashes every byte (SHA-256),
checks sizes while streaming, and records the course in the database.
Target (issue): import <= 1.5x unzip.
Usage: python benchmarks/bench_import.py [--mb 500]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
from pathlib import Path

from common import WORK, best_of, record

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.workspace import Workspace


def make_source(folder: Path, total_mb: int, files: int = 50) -> Path:
    src = folder / "bench-course"
    if src.exists():
        shutil.rmtree(src)
    (src / "media" / "video").mkdir(parents=True)
    items = []
    per_file = total_mb * 1024 * 1024 // files
    for n in range(files):
        (src / "media" / "video" / f"v{n:03}.mp4").write_bytes(os.urandom(per_file))
        items.append(f'''
[[modules.items]]
id = "v{n:03}"
kind = "video"
file = "media/video/v{n:03}.mp4"
[modules.items.title]
en = "Video {n}"
''')
    (src / "course.toml").write_text(f'''
id = "eu.biblio-project.bench"
version = "1.0.0"
languages = ["en"]
default_language = "en"
[title]
en = "Benchmark course"
[publisher]
name = "bench"
[completion]
rule = "all-required"
[[modules]]
id = "m1"
[modules.title]
en = "Media"
{"".join(items)}''', encoding="utf-8")
    return src


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=500, help="package size in MB (default 500)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    package = WORK / f"bench-{args.mb}mb.biblio"
    if not package.exists():
        src = make_source(WORK, args.mb)
        build_package(src, package)
        shutil.rmtree(src)
    size = package.stat().st_size
    unzip_dir = WORK / "unzip-out"
    data_dir = WORK / "import-data"

    def clean_unzip() -> None:
        shutil.rmtree(unzip_dir, ignore_errors=True)

    def clean_data() -> None:
        shutil.rmtree(data_dir, ignore_errors=True)

    def run_unzip() -> None:
        subprocess.run(["unzip", "-q", str(package), "-d", str(unzip_dir)], check=True)

    def run_import() -> None:
        with Workspace.open(data_dir) as ws:
            ws.import_package(package)

    # Warm the page cache once so both read from memory, as they would in turn.
    run_unzip()
    t_unzip = best_of(run_unzip, 3, clean_unzip)
    t_import = best_of(run_import, 3, clean_data)
    clean_unzip()
    clean_data()
    record("import", {
        "package size (MB)": round(size / 1e6, 1),
        "unzip -q (s)": round(t_unzip, 3),
        "biblio import (s)": round(t_import, 3),
        "import / unzip (target <= 1.5)": round(t_import / t_unzip, 3),
        "import throughput (MB/s)": round(size / 1e6 / t_import, 1),
    })


if __name__ == "__main__":
    main()
