"""The command line end to end, in real processes: `share` in one, `join`, `catalog list`,
`download` and `sync` in others; a joined PC killed mid-delivery loses nothing and
delivers nothing twice."""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from biblio_desktop.cli import main

from ..core.course_fixtures import COURSE_ID
from .conftest import open_ws
from .statements_fixture import queue_statements

ROOT = Path(__file__).resolve().parents[2]


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "biblio_desktop", *args]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="1")


def _gathered(database: Path) -> set[str]:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10) as conn:
        return {r[0] for r in conn.execute(
            "SELECT statement_id FROM outbox WHERE origin IS NOT NULL")}


def _start_share(data: Path) -> tuple[subprocess.Popen[str], str, str]:
    share = subprocess.Popen(_cli("--data-dir", str(data), "share", "--bind", "127.0.0.1",
                                  "--port", "0", "--no-announce"),
                             stdout=subprocess.PIPE, text=True, env=_env())
    assert share.stdout is not None
    lines, address, code = [], "", ""
    deadline = time.monotonic() + 60
    while not (address and code) and time.monotonic() < deadline:
        line = share.stdout.readline()
        if not line:
            break
        lines.append(line)
        if m := re.match(r"address: (\S+)", line):
            address = m.group(1)
        if m := re.match(r"join code: (\S+)", line):
            code = m.group(1)
    assert address and code, "".join(lines)
    return share, address, code


def test_share_join_download_and_a_delivery_killed_midway(tmp_path: Path,
                                                          signed_package: Path, capsys) -> None:
    host_data, pc_data = tmp_path / "host", tmp_path / "pc"
    assert main(["--data-dir", str(host_data), "import", str(signed_package)]) == 0
    share, address, code = _start_share(host_data)
    try:
        pc = ["--data-dir", str(pc_data)]
        assert main([*pc, "join", address, code, "--name", "Desk 7"]) == 0
        assert "1 course(s) offered" in capsys.readouterr().out
        assert main([*pc, "catalog", "list"]) == 0
        listing = capsys.readouterr().out
        assert "On this network" in listing and COURSE_ID in listing
        assert main([*pc, "download", COURSE_ID]) == 0
        assert "from the workshop PC" in capsys.readouterr().out

        ws = open_ws(pc_data)
        ids = set(queue_statements(ws, 3000))
        ws.close()
        sync = subprocess.Popen(_cli(*pc, "sync", "--batch", "25"), env=_env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(_gathered(host_data / "library.sqlite3")) < 200:
            time.sleep(0.02)
        sync.send_signal(signal.SIGKILL)  # the PC is switched off mid-delivery
        sync.wait(10)
        got = _gathered(host_data / "library.sqlite3")
        assert 0 < len(got) < len(ids), "the kill did not land mid-delivery"

        assert main([*pc, "sync"]) == 0  # switched on again: the rest goes, none twice
        assert "waiting" in capsys.readouterr().out
        assert _gathered(host_data / "library.sqlite3") == ids
        with sqlite3.connect(pc_data / "library.sqlite3") as conn:
            assert conn.execute("SELECT count(*) FROM outbox WHERE delivered_at IS NULL"
                                ).fetchone() == (0,)
        assert main(["--data-dir", str(host_data), "peers"]) == 0
        assert "Desk 7" in capsys.readouterr().out
    finally:
        share.send_signal(signal.SIGTERM)
        out, _ = share.communicate(timeout=30)
    assert share.returncode == 0
    assert f"stopped sharing; {len(ids)} statement(s) gathered" in out
