"""Download speed over loopback: a 200 MB package, against `curl -o` of the same URL.

Both fetch from the same threaded test server (tests/core/http_fixture.py, sendfile), run
in its own process so it does not share the downloader's interpreter, in the same run; the
download also hashes every byte (SHA-256) and checks the size, as it does before an import.
Then the server cuts the connection 5 times mid-file and we count the bytes sent beyond
the file size (what resuming had to fetch again).
Targets (issue 6): download >= 0.8x curl throughput; < 5 % extra bytes after 5 cuts.
Usage: python benchmarks/bench_download.py [--mb 200]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys

from common import ROOT, WORK, best_of, record

from biblio_desktop.downloads.downloader import Downloader, DownloadState, check_download
from tests.core.http_fixture import Faults, FileServer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=200, help="package size in MB (default 200)")
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    source = WORK / f"download-{args.mb}mb.bin"
    if not source.exists() or source.stat().st_size != args.mb * 1024 * 1024:
        with source.open("wb") as fh:
            for _ in range(args.mb):
                fh.write(os.urandom(1024 * 1024))
    size = source.stat().st_size
    digest = hashlib.sha256()
    with source.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    sha = digest.hexdigest()
    out = WORK / "download-out"
    out.mkdir(exist_ok=True)
    curl_file, part = out / "curl.bin", out / "biblio.part"

    def clean() -> None:
        for f in (curl_file, part):
            f.unlink(missing_ok=True)

    serve = ("import sys\nfrom pathlib import Path\n"
             "from tests.core.http_fixture import FileServer\n"
             "with FileServer() as s:\n"
             "    s.add('/p.biblio', Path(sys.argv[1]))\n"
             "    print(s.url('/p.biblio'), flush=True)\n"
             "    sys.stdin.read()\n")
    proc = subprocess.Popen([sys.executable, "-c", serve, str(source)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        url = proc.stdout.readline().strip()  # type: ignore[union-attr]

        def run_curl() -> None:
            subprocess.run(["curl", "-s", "-f", "-o", str(curl_file), url], check=True)

        def run_biblio() -> None:
            result = Downloader().fetch(url, part, size=size, sha256=sha, state=DownloadState())
            check_download(result.sha256, sha, size, part, url)

        run_curl()  # warm the page cache
        t_curl = best_of(run_curl, 5, clean)
        t_biblio = best_of(run_biblio, 5, clean)
    finally:
        proc.stdin.close()  # type: ignore[union-attr]
        proc.wait()

    with FileServer() as server:
        cuts = 5
        server.add("/cut.biblio", source, Faults(cut_after=[size // (cuts + 1) + 1] * cuts))
        clean()
        result = Downloader(sleep=lambda _s: None).fetch(
            server.url("/cut.biblio"), part, size=size, sha256=sha, state=DownloadState())
        check_download(result.sha256, sha, size, part, url)
        requests = server.requests("/cut.biblio")
        sent = server.sent("/cut.biblio")
    clean()
    shutil.rmtree(out, ignore_errors=True)
    record("download", {
        "package size (MB)": round(size / 1e6, 1),
        "curl -o (s)": round(t_curl, 3),
        "biblio download + sha256 check (s)": round(t_biblio, 3),
        "curl throughput (MB/s)": round(size / 1e6 / t_curl, 1),
        "biblio throughput (MB/s)": round(size / 1e6 / t_biblio, 1),
        "throughput vs curl (target >= 0.8)": round(t_curl / t_biblio, 3),
        "connection cuts injected": cuts,
        "requests to finish": len(requests),
        "bytes re-fetched after 5 cuts (%, target < 5)": round(100 * (sent - size) / size, 3),
    })


if __name__ == "__main__":
    main()
