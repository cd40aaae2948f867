"""Run every benchmark in turn; each prints its figures and adds them to results.json."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ["bench_startup.py", "bench_import.py", "bench_learning.py", "bench_sync.py",
           "bench_download.py", "bench_records.py", "bench_pdf.py", "bench_bundle.py",
           "bench_workshop.py", "bench_convert.py"]


def main() -> int:
    failed = 0
    for name in BENCHES:
        if not (HERE / name).exists():
            continue
        print(f"\n### {name}", flush=True)
        failed |= subprocess.call([sys.executable, str(HERE / name)], cwd=HERE) != 0
    print(f"\nresults written to {HERE / 'results.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
