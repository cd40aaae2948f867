"""Helpers shared by the benchmarks: timing, result table, results.json."""

from __future__ import annotations

import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "bench"
RESULTS = ROOT / "benchmarks" / "results.json"
sys.path.insert(0, str(ROOT))


def best_of(fn: Callable[[], object], repeat: int = 3, setup: Callable[[], object] | None = None
            ) -> float:
    """Fastest wall-clock time of `repeat` runs (noise on a shared machine only adds)."""
    times = []
    for _ in range(repeat):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def median_of(values: list[float]) -> float:
    return statistics.median(values)


def record(section: str, figures: dict[str, object]) -> None:
    """Print one section and merge it into benchmarks/results.json."""
    print(f"\n== {section}")
    for key, value in figures.items():
        shown = f"{value:.4g}" if isinstance(value, float) else str(value)
        print(f"  {key:<48} {shown}")
    data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    data[section] = figures
    RESULTS.write_text(json.dumps(data, indent=2, sort_keys=True) + "\n")
