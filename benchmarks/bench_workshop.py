"""Workshop mode: a room downloading from the sharing PC, and records flowing back.

1. 20 concurrent downloads of a 300 MB package from `biblio-desktop share` over loopback,
   against the same 20 downloads of the same file from `python -m http.server` (nginx when
   installed), both servers in their own process, in the same run, with the same clients
   (curl processes writing to /dev/null, or Python threads without curl). Target: >= 0.8x.
2. 30 joined PCs (30 data folders) x 500 statements delivered at once by their own sync
   to the sharing PC: statements/s, and the count of lost and duplicated statements (0, 0).
Usage: python benchmarks/bench_workshop.py [--mb 300] [--clients 20] [--pcs 30] [--per-pc 500]
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from common import ROOT, WORK, record

from biblio_desktop.workshop.client import request_token

HOST_SCRIPT = """
import sys
from pathlib import Path
from biblio_desktop.sync.outbox import install_outbox
from biblio_desktop.workshop.server import Limits
from biblio_desktop.workspace import Workspace
ws = Workspace.open(Path(sys.argv[1]))
install_outbox(ws)
sharing = ws.workshop.share(bind="127.0.0.1", port=0, announce=False,
                            limits=Limits(max_connections=128, max_per_address=128))
print(sharing.urls[0], sharing.code, flush=True)
sys.stdin.read()
sharing.stop()
ws.close()
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_http(url: str) -> None:
    for _ in range(200):
        try:
            urllib.request.urlopen(url, timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{url} did not come up")


def make_package(mb: int) -> Path:
    """The test course with a `mb` MB video, built and signed once (cached in build/bench)."""
    from biblio_desktop.authoring.builder import build_package
    from biblio_desktop.packages.signing import write_key_pair
    from tests.core.course_fixtures import make_source_course

    out = WORK / f"workshop-{mb}mb.biblio"
    if out.exists():
        return out
    scratch = WORK / "workshop-src"
    shutil.rmtree(scratch, ignore_errors=True)
    source = make_source_course(scratch)
    with (source / "media" / "video" / "intro.mp4").open("wb") as fh:
        for _ in range(mb):
            fh.write(os.urandom(1024 * 1024))
    key = scratch / "publisher.key"
    write_key_pair(key)
    build_package(source, out, sign_key=key)
    shutil.rmtree(scratch, ignore_errors=True)
    return out


def _download_all(url: str, clients: int, headers: dict[str, str], size: int) -> float:
    """Wall-clock seconds for `clients` concurrent full downloads of `url`."""
    start = time.perf_counter()
    if shutil.which("curl"):
        args = ["curl", "-s", "-f", "-o", "/dev/null", "--noproxy", "*", "-w", "%{size_download}"]
        for key, value in headers.items():
            args += ["-H", f"{key}: {value}"]
        procs = [subprocess.Popen([*args, url], stdout=subprocess.PIPE, text=True)
                 for _ in range(clients)]
        got = [int(float(p.communicate()[0] or 0)) for p in procs]
    else:
        got = []

        def one() -> None:
            n = 0
            request = urllib.request.Request(url, headers=headers)
            with urllib.request.urlopen(request, timeout=60) as resp:
                while chunk := resp.read(1 << 20):
                    n += len(chunk)
            got.append(n)

        threads = [threading.Thread(target=one) for _ in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    elapsed = time.perf_counter() - start
    if got != [size] * clients:
        raise RuntimeError(f"incomplete downloads from {url}: {got}")
    return elapsed


def bench_downloads(mb: int, clients: int) -> dict[str, object]:
    from biblio_desktop.sync.outbox import install_outbox
    from biblio_desktop.workspace import Workspace

    package = make_package(mb)
    host_dir = WORK / "workshop-host"
    shutil.rmtree(host_dir, ignore_errors=True)
    ws = Workspace.open(host_dir)
    install_outbox(ws)
    result = ws.import_package(package, backup=False)
    ws.close()
    size = package.stat().st_size
    host = subprocess.Popen([sys.executable, "-c", HOST_SCRIPT, str(host_dir)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    static_dir = WORK / "workshop-static"
    static_dir.mkdir(exist_ok=True)
    static_file = static_dir / "p.biblio"
    static_file.unlink(missing_ok=True)
    os.link(package, static_file)
    port = _free_port()
    nginx = shutil.which("nginx")
    stock_name = "python -m http.server"  # nginx needs root set-up here; named if used
    stock = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind",
                              "127.0.0.1", "--directory", str(static_dir)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base, code = host.stdout.readline().split()  # type: ignore[union-attr]
        token, _ = request_token(base, code, "bench", "urn:uuid:"
                                 "00000000-0000-0000-0000-00000000be4c")
        ours_url = f"{base}/packages/{result.course_id}/{result.version}.biblio"
        stock_url = f"http://127.0.0.1:{port}/p.biblio"
        _wait_http(stock_url)
        auth = {"Authorization": f"Bearer {token}"}
        _download_all(ours_url, 2, auth, size)  # warm the page cache for both
        ours = min(_download_all(ours_url, clients, auth, size) for _ in range(2))
        theirs = min(_download_all(stock_url, clients, {}, size) for _ in range(2))
    finally:
        host.communicate("", timeout=30)
        stock.terminate()
        stock.wait(10)
    total_mb = clients * size / 1e6
    return {"package_mb": round(size / 1e6, 1), "clients": clients,
            "stock_server": stock_name + ("" if not nginx else " (nginx found, not used)"),
            "workshop_MBps": round(total_mb / ours, 1),
            "stock_MBps": round(total_mb / theirs, 1),
            "ratio_vs_stock": round(theirs / ours, 2), "target_ratio": 0.8}


def bench_statements(pcs: int, per_pc: int) -> dict[str, object]:
    import sqlite3

    from biblio_desktop.sync.outbox import install_outbox
    from biblio_desktop.workspace import Workspace
    from tests.workshop.statements_fixture import queue_statements

    root = WORK / "workshop-room"
    shutil.rmtree(root, ignore_errors=True)
    host_dir = root / "host"
    Workspace.open(host_dir).close()
    host = subprocess.Popen([sys.executable, "-c", HOST_SCRIPT, str(host_dir)], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    workspaces = []
    expected: set[str] = set()
    try:
        base, code = host.stdout.readline().split()  # type: ignore[union-attr]
        for n in range(pcs):
            ws = Workspace.open(root / f"pc{n:02d}")
            install_outbox(ws)
            ws.workshop.join(base, code, name=f"PC {n + 1}", refresh=False)
            expected |= set(queue_statements(ws, per_pc, f"Learner {n + 1}"))
            workspaces.append(ws)
        errors: list[BaseException] = []

        def deliver(ws: Workspace) -> None:
            try:
                result = ws.workshop.deliver(batch_size=100)
                if result.pending:
                    errors.append(RuntimeError(f"{result.pending} still waiting"))
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=deliver, args=(ws,)) for ws in workspaces]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - start
        if errors:
            raise RuntimeError(f"deliveries failed: {errors[:3]}")
        with sqlite3.connect(host_dir / "library.sqlite3") as conn:
            ids = [r[0] for r in conn.execute(
                "SELECT statement_id FROM outbox WHERE origin IS NOT NULL")]
        pending = 0
        for ws in workspaces:
            with ws.sessions() as session:
                from sqlalchemy import func, select

                from biblio_desktop.storage.models import OutboxRow
                pending += session.scalar(select(func.count()).select_from(OutboxRow).where(
                    OutboxRow.delivered_at.is_(None))) or 0
    finally:
        for ws in workspaces:
            ws.close()
        host.communicate("", timeout=30)
    return {"pcs": pcs, "statements_per_pc": per_pc, "statements": len(expected),
            "seconds": round(elapsed, 2), "statements_per_s": round(len(expected) / elapsed),
            "lost": len(expected - set(ids)), "duplicated": len(ids) - len(set(ids)),
            "still_waiting_on_pcs": pending}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=300)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--pcs", type=int, default=30)
    parser.add_argument("--per-pc", type=int, default=500)
    args = parser.parse_args()
    WORK.mkdir(parents=True, exist_ok=True)
    record("workshop: 20 PCs download one package", bench_downloads(args.mb, args.clients))
    record("workshop: 30 PCs deliver their statements", bench_statements(args.pcs,
                                                                         args.per_pc))


if __name__ == "__main__":
    main()
