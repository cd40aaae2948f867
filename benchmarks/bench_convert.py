"""Conversion speed and memory: a generated Moodle backup, against `tar xzf` of the same file.

The backup (tests/conversion/mbz_forge.py) has many sections, each with a page showing an
image, a quiz, a video resource and a PDF, all with incompressible bytes. `convert` here is
the whole path a user takes: unpack, convert to a source folder, pack the .biblio. Peak RSS is
measured in a child process at two sizes: streaming means it stays flat as the input grows.
Then the largest corpus file that converts is timed against `unzip -q` / `tar xzf`, and an
H5P interactive video with a large video file (it must be stored in the package, not
deflated again).
Targets (issue 16): convert <= 2x tar xzf / unzip -q; peak RSS flat in the input size.
Usage: python benchmarks/bench_convert.py [--mb 200] [--small-mb 50] [--video-mb 100]
       [--only corpus,video]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from common import ROOT, WORK, record

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.conversion.archive import open_input
from biblio_desktop.conversion.convert import convert_inputs, detect
from tests.conversion.mbz_forge import (
    MP4_HEAD,
    PDF,
    PNG,
    MbzForge,
    RandomFile,
    multichoice,
    truefalse,
)

CORPUS = ROOT.parent / "shared" / "realcases" / "content"


def make_backup(path: Path, total_mb: int, sections: int = 40) -> Path:
    """A backup of about `total_mb` MB: per section a page with an image, a
    five-question quiz, a video, a PDF."""
    forge = MbzForge(title=f"Benchmark {total_mb} MB")
    per_section = total_mb * 1024 * 1024 // sections
    cat = forge.category("Bank")
    for s in range(sections):
        section = forge.section(f"Week {s + 1}")
        seed = s + 1
        image = RandomFile(per_section // 10, seed, PNG)
        pdf = RandomFile(per_section * 4 // 10, seed + 10_000, PDF[:9])
        video = RandomFile(per_section * 5 // 10, seed + 20_000, MP4_HEAD)
        html = ('<h2>Reading</h2><p>Text of the week.</p>'
                '<img src="@@PLUGINFILE@@/fig.png" alt="Fig">')
        _mid, ctx = forge.activity(section, "page", f"Reading {s + 1}",
                                  f"<page><name>Reading {s + 1}</name><content>"
                                  f"{html.replace('<', '&lt;').replace('>', '&gt;')}"
                                  "</content></page>")
        forge.add_file(ctx, "mod_page", "content", 0, "fig.png", image)
        forge.resource(section, f"Handout {s + 1}", "handout.pdf", pdf)
        slots = []
        for q in range(5):
            plugin = (truefalse(q % 2 == 0) if q % 2 else
                      multichoice(("right", 1.0), ("wrong", 0.0), ("other", 0.0)))
            _qid, entry = forge.question(cat, "truefalse" if q % 2 else "multichoice",
                                         f"W{s} Q{q}", f"<p>Question {q} of week {s}</p>",
                                         plugin)
            slots.append(("e", entry, 1.0))
        forge.quiz(section, f"Check {s + 1}", slots)
        forge.resource(section, f"Lecture {s + 1}", "lecture.mp4", video, "video/mp4")
    return forge.write(path, compresslevel=1)


def child(args: list[str]) -> None:
    """Run in a subprocess: convert + pack one input, print time and own peak RSS."""
    source, out = Path(args[1]), Path(args[2])
    start = time.perf_counter()
    convert_inputs([Path(args[0])], source)
    converted = time.perf_counter()
    build_package(source, out)
    done = time.perf_counter()
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"convert_s": converted - start, "pack_s": done - converted,
                      "total_s": done - start, "peak_rss_mb": peak_kib / 1024}))


def run_child(backup: Path, work: Path) -> dict[str, float]:
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    out = subprocess.run([sys.executable, __file__, "--child", str(backup), str(work / "src"),
                          str(work / "out.biblio")], check=True, capture_output=True,
                         text=True, cwd=Path(__file__).parent)
    result = json.loads(out.stdout.strip().splitlines()[-1])
    shutil.rmtree(work, ignore_errors=True)
    return result


def time_tar(backup: Path, work: Path, repeat: int = 2) -> float:
    best = float("inf")
    for _ in range(repeat):
        shutil.rmtree(work, ignore_errors=True)
        work.mkdir(parents=True)
        start = time.perf_counter()
        subprocess.run(["tar", "xzf", str(backup), "-C", str(work)], check=True)
        best = min(best, time.perf_counter() - start)
    shutil.rmtree(work, ignore_errors=True)
    return best


def largest_convertible() -> Path | None:
    """The largest corpus file a registered converter accepts (by content)."""
    if not CORPUS.is_dir():
        return None
    files = sorted((p for p in CORPUS.rglob("*") if p.is_file() and p.name != "SOURCES.md"),
                   key=lambda p: p.stat().st_size, reverse=True)
    for path in files:
        with tempfile.TemporaryDirectory() as work:
            try:
                with open_input(path, Path(work)) as tree:
                    detect(tree)
            except Exception:  # refused or not ours: try the next one
                continue
        return path
    return None


def make_video_h5p(path: Path, video_mb: int) -> Path:
    """An H5P interactive video holding a `video_mb` MB MP4 (incompressible bytes, written
    in chunks) and a question at 4 s; deflated, as H5P editors save them."""
    meta = {"title": "Lecture", "language": "en", "mainLibrary": "H5P.InteractiveVideo",
            "preloadedDependencies": [{"machineName": "H5P.InteractiveVideo",
                                       "majorVersion": 1, "minorVersion": 26}]}
    question = {"library": "H5P.TrueFalse 1.8",
                "params": {"question": "Was it clear?", "correct": "true"}}
    content = {"interactiveVideo": {
        "video": {"files": [{"path": "videos/lecture.mp4", "mime": "video/mp4"}]},
        "assets": {"interactions": [{"duration": {"from": 4}, "action": question}]}}}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        zf.writestr("h5p.json", json.dumps(meta))
        zf.writestr("content/content.json", json.dumps(content))
        with zf.open("content/videos/lecture.mp4", "w", force_zip64=True) as out:
            shutil.copyfileobj(RandomFile(video_mb * 1024 * 1024, 7, MP4_HEAD), out,
                               1024 * 1024)
    return path


def stored_media(package: Path, min_size: int = 1024 * 1024) -> dict[str, bool]:
    """The package's large entries and whether each is stored (not deflated again)."""
    with zipfile.ZipFile(package) as zf:
        return {i.filename: i.compress_type == zipfile.ZIP_STORED for i in zf.infolist()
                if i.file_size >= min_size}


def time_corpus_file(path: Path, work: Path, repeat: int = 5) -> dict[str, object]:
    with path.open("rb") as fh:
        head = fh.read(4)
    unpack = (["unzip", "-q", str(path), "-d"] if head.startswith(b"PK")
              else ["tar", "xzf", str(path), "-C"])
    best_unpack = best_convert = float("inf")
    for _ in range(repeat):
        shutil.rmtree(work, ignore_errors=True)
        (work / "x").mkdir(parents=True)
        start = time.perf_counter()
        subprocess.run([*unpack, str(work / "x")], check=True)
        best_unpack = min(best_unpack, time.perf_counter() - start)
        start = time.perf_counter()
        convert_inputs([path], work / "src")
        build_package(work / "src", work / "out.biblio")
        best_convert = min(best_convert, time.perf_counter() - start)
    stored = stored_media(work / "out.biblio")
    shutil.rmtree(work, ignore_errors=True)
    return {"file": path.name, "size_kb": round(path.stat().st_size / 1024),
            "unpack_tool": unpack[0], "unpack_s": best_unpack,
            "convert_and_pack_s": best_convert,
            "ratio_vs_unpack (target <= 2)": best_convert / best_unpack,
            "entries_over_1_mb_stored": f"{sum(stored.values())} of {len(stored)}"}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="large backup size (MB)")
    parser.add_argument("--small-mb", type=int, default=50, help="small backup size (MB)")
    parser.add_argument("--video-mb", type=int, default=100, help="H5P video size (MB)")
    parser.add_argument("--only", default="backups,corpus,video",
                        help="comma-separated parts to run (backups, corpus, video)")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    WORK.mkdir(parents=True, exist_ok=True)
    if "backups" in parts:
        bench_backups(args.small_mb, args.mb)
    corpus = largest_convertible() if "corpus" in parts else None
    if corpus is not None:
        record("convert: largest convertible corpus file",
               time_corpus_file(corpus, WORK / "corpus-out"))
    if "video" in parts:
        h5p = make_video_h5p(WORK / f"video-{args.video_mb}mb.h5p", args.video_mb)
        figures = time_corpus_file(h5p, WORK / "video-out", repeat=3)
        h5p.unlink()
        record(f"convert: H5P interactive video with a {args.video_mb} MB video", figures)


def bench_backups(small_mb: int, large_mb: int) -> None:
    figures: dict[str, object] = {}
    for label, mb in (("small", small_mb), ("large", large_mb)):
        backup = WORK / f"bench-{mb}mb.mbz"
        if not backup.exists():
            make_backup(backup, mb)
        runs, tars = [], []
        for _ in range(3):  # interleaved, best of three: the machine is shared
            tars.append(time_tar(backup, WORK / "tar-out", repeat=1))
            runs.append(run_child(backup, WORK / "convert-out"))
        tar_s = min(tars)
        run = min(runs, key=lambda r: r["total_s"])
        figures[f"{label}_backup_mb"] = round(backup.stat().st_size / 1024**2, 1)
        figures[f"{label}_tar_xzf_s"] = tar_s
        figures[f"{label}_convert_s"] = run["convert_s"]
        figures[f"{label}_pack_s"] = run["pack_s"]
        figures[f"{label}_convert_and_pack_s"] = run["total_s"]
        figures[f"{label}_ratio_vs_tar (target <= 2)"] = run["total_s"] / tar_s
        figures[f"{label}_peak_rss_mb"] = run["peak_rss_mb"]
    growth = float(figures["large_peak_rss_mb"]) / float(figures["small_peak_rss_mb"])  # type: ignore[arg-type]
    figures["peak_rss_growth_large_over_small"] = growth
    record(f"convert: generated Moodle backups ({small_mb} and {large_mb} MB)", figures)


if __name__ == "__main__":
    main()
