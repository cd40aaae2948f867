"""`biblio-desktop backup | restore | check` end to end: output and exit codes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from biblio_desktop.cli import main
from biblio_desktop.datadir import DataLayout
from biblio_desktop.storage.backup import list_backups
from biblio_desktop.storage.lock import InstanceLock
from biblio_desktop.workspace import Workspace


def add_learner(data: Path, name: str) -> None:
    with Workspace.open(data) as ws, ws.engine.begin() as conn:
        conn.exec_driver_sql("INSERT INTO learners (name, role, failed_attempts, created_at) "
                             "VALUES (?, 'learner', 0, '2026-01-01 00:00:00')", (name,))


def names(data: Path) -> set[str]:
    conn = sqlite3.connect(DataLayout(data).database)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM learners")}
    finally:
        conn.close()


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out, err = capsys.readouterr()
    return code, out, err


def error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: ")
    return lines[0]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    add_learner(folder, "Ilze")
    return folder


@pytest.mark.parametrize("command", ["backup", "restore", "check"])
def test_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert f"biblio-desktop {command}" in out
    assert len(out) > 200


def test_backup_and_list(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, data, "backup", "--list")
    assert (code, err) == (0, "")
    assert "No backups yet" in out

    code, out, err = run(capsys, data, "backup")
    assert (code, err) == (0, "")
    [info] = list_backups(DataLayout(data))
    assert out.strip() == f"wrote {info.path}"

    code, out, _ = run(capsys, data, "backup", "--list")
    assert code == 0
    assert info.name in out and "manual" in out


def test_backup_without_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, tmp_path / "empty", "backup")
    assert code == 1 and out == ""
    assert "no library database" in error_line(err)


def test_restore_round_trip(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, data, "backup")[0] == 0
    [info] = list_backups(DataLayout(data))
    add_learner(data, "Janis")

    code, out, err = run(capsys, data, "restore", info.name)  # no --yes: explain and refuse
    assert code == 2 and out == ""
    line = error_line(err)
    assert "would be lost" in line and "--yes" in line
    assert names(data) == {"Ilze", "Janis"}

    code, out, err = run(capsys, data, "restore", info.name, "--yes")
    assert (code, err) == (0, "")
    assert "restored" in out and "before-restore" in out
    assert names(data) == {"Ilze"}

    # a full path, and a name without the extension, work too
    before_restore = next(b for b in list_backups(DataLayout(data)) if b.reason)
    assert run(capsys, data, "restore", str(before_restore.path), "--yes")[0] == 0
    assert names(data) == {"Ilze", "Janis"}
    assert run(capsys, data, "restore", info.path.stem, "--yes")[0] == 0
    assert names(data) == {"Ilze"}


def test_restore_unknown_backup(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, data, "restore", "library-nope.sqlite3", "--yes")
    assert code == 1
    assert "No backup named" in error_line(err)


def test_restore_refused_while_app_is_open(data: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, data, "backup")
    [info] = list_backups(DataLayout(data))
    add_learner(data, "Janis")
    with InstanceLock(data):  # as the running desktop app holds it
        code, _, err = run(capsys, data, "restore", info.name, "--yes")
    assert code == 1
    assert "already open on this data folder" in error_line(err)
    assert names(data) == {"Ilze", "Janis"}


def test_restore_corrupt_backup_refused(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, data, "backup")
    [info] = list_backups(DataLayout(data))
    with open(info.path, "r+b") as fh:
        fh.write(b"\0" * 100)
    code, _, err = run(capsys, data, "restore", info.name, "--yes")
    assert code == 1
    assert "damaged" in error_line(err)
    assert names(data) == {"Ilze"}


def test_check(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, data, "check")
    assert (code, err) == (0, "")
    assert out.startswith("ok: ")

    code, out, _ = run(capsys, tmp_path / "new", "check")
    assert code == 0 and "No library database yet" in out

    run(capsys, data, "backup")
    [info] = list_backups(DataLayout(data))
    with open(DataLayout(data).database, "r+b") as fh:
        fh.write(b"garbage!" * 64)
    code, out, err = run(capsys, data, "check")
    assert code == 1 and out == ""
    line = error_line(err)
    assert "damaged" in line
    assert f"biblio-desktop restore {info.name} --yes" in line

    assert run(capsys, data, "restore", info.name, "--yes")[0] == 0
    assert run(capsys, data, "check")[0] == 0


def test_check_corrupt_without_backups(data: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open(DataLayout(data).database, "r+b") as fh:
        fh.write(b"garbage!" * 64)
    code, _, err = run(capsys, data, "check")
    assert code == 1
    assert "no good backup" in error_line(err).lower()


def test_restore_names_a_stale_lock_of_another_computer(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    import json
    from datetime import UTC, datetime, timedelta

    data = tmp_path / "data"
    add_learner(data, "Ilze")
    code, out, _err = run(capsys, data, "backup")
    assert code == 0
    backup = Path(out.split()[-1]).name
    silent = datetime.now(UTC) - timedelta(hours=3)
    (data / ".lock").write_text(json.dumps({
        "pid": 5, "hostname": "branch-pc-7", "started": "2026-03-02T08:00:00", "token": "ab",
        "beat": 3, "heartbeat": silent.strftime("%Y-%m-%dT%H:%M:%SZ")}))
    code, _out, err = run(capsys, data, "restore", backup, "--yes")
    assert code == 1
    line = error_line(err)
    assert "'branch-pc-7'" in line and "3 hours" in line and "--take-over" in line
