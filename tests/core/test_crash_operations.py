"""Kill -9 during every long operation, then start again (issue 12, fault 6).

Each test runs one real command in a child process (crash_ops.py) that stops dead at a
named point inside the operation; the test kills it with SIGKILL, as a power cut or the
task manager would, and then checks:

- nothing half-done is visible: no half-installed course, no half backup listed, no
  truncated record or export under its final name, the database passes its integrity
  check, the outbox neither lost nor duplicated a statement;
- the next start (`Workspace.open`) removes the leftovers (staging folders, temporary
  files), and doing the operation again completes it.

A few points per operation, chosen where a kill would hurt most; with
BIBLIO_CRASH_KILLS below 10 (the Qt-blocked pass of `make test`) only the first point of
each operation runs.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biblio_desktop.atomic_files import is_temporary_name
from biblio_desktop.cli import main as cli_main
from biblio_desktop.datadir import DataLayout
from biblio_desktop.downloads import CatalogStore
from biblio_desktop.storage.backup import list_backups
from biblio_desktop.storage.db import integrity_ok
from biblio_desktop.storage.models import (
    CompletionRecordRow,
    CourseVersionRow,
    DownloadRow,
    LearnerRow,
    OutboxRow,
)
from biblio_desktop.sync import install_outbox
from biblio_desktop.workspace import Workspace

from . import forge
from .course_fixtures import COURSE_ID
from .http_fixture import Faults, FileServer, catalog_bytes, entry_for
from .learning_fixtures import workspace_with_course
from .lrs_fixture import RunningLrs, all_statements, finish_course, lrs  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
FEW = int(os.environ.get("BIBLIO_CRASH_KILLS", "50")) < 10

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def points(*names: str) -> list[str]:
    return list(names[:1] if FEW else names)


def crash(data: Path, point: str, *argv: str) -> None:
    """Run `biblio-desktop --data-dir DATA ARGV...` until it reaches `point`, then kill -9."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_ops", point, "--data-dir", str(data), *argv],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    lines = []
    for line in child.stdout:
        lines.append(line)
        if line.startswith("paused "):
            break
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=60)
    assert lines and lines[-1].strip() == f"paused {point}", "".join(lines) + out + err
    assert child.returncode == -signal.SIGKILL


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def temporaries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if is_temporary_name(p.name))


def leftovers(data: Path) -> list[str]:
    """Temporary files and staging folders anywhere in the data folder."""
    found = temporaries(data)
    staging = data / "courses" / ".staging"
    if staging.is_dir():
        found += [f"staging/{p.name}" for p in staging.iterdir()]
    return found


def count(ws: Workspace, model: type, *where: object) -> int:
    with ws.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """A library with the test course, a learner who completed it (statements waiting),
    a backup, and a learner added after that backup."""
    root = tmp_path_factory.mktemp("crash-template")
    ws = workspace_with_course(root)
    install_outbox(ws)
    learner = finish_course(ws, "Ilze", fail_first=True)
    backup = cli_main(["--data-dir", str(ws.layout.root), "backup"])
    assert backup == 0
    [made] = [b.name for b in list_backups(ws.layout) if b.reason == ""]
    ws.learners.add("Added after the backup")
    ws.close()
    Workspace.open(ws.layout.root).close()  # the day's backup, so starts below make none
    big = forge.content_files()
    for i in range(4):
        big[f"media/blob{i}.bin"] = os.urandom(300_000)
    package = forge.build(root / "big.biblio", big, id="org.example.crash")
    update = forge.build(root / "update.biblio", big, id=COURSE_ID, version="1.1.0")
    return {"data": ws.layout.root, "learner": learner, "backup": made, "package": package,
            "update": update}


@pytest.fixture
def data(template: dict[str, object], tmp_path: Path) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(template["data"], copy)  # type: ignore[arg-type]
    return copy


# --- import ----------------------------------------------------------------------------------

@pytest.mark.parametrize("point", points("import.extracting", "import.recorded",
                                         "import.moved"))
def test_import(data: Path, template: dict[str, object], point: str) -> None:
    crash(data, point, "import", str(template["package"]))
    with Workspace.open(data) as ws:
        assert [c.course_id for c in ws.list_courses()] == [COURSE_ID]
        assert not (data / "courses" / "org.example.crash").exists()
        assert leftovers(data) == []
        assert integrity_ok(ws.engine)
        backups_after_kill = {b.name for b in list_backups(ws.layout)}
    assert cli_main(["--data-dir", str(data), "import", str(template["package"])]) == 0
    with Workspace.open(data) as ws:
        assert sorted(c.course_id for c in ws.list_courses()) == [COURSE_ID,
                                                                   "org.example.crash"]
        assert all(not is_temporary_name(n) for n in backups_after_kill)


# --- download --------------------------------------------------------------------------------

@pytest.fixture
def catalog(data: Path, template: dict[str, object]) -> Iterator[FileServer]:
    with FileServer() as server:
        update = Path(template["update"])  # type: ignore[arg-type]
        # sent in 64 KiB pieces a little apart, so the download can be killed midway
        server.add("/update.biblio", update.read_bytes(), Faults(delay_per_chunk=0.002))
        server.add("/catalog.json", catalog_bytes([entry_for(update,
                                                             server.url("/update.biblio"))]))
        with Workspace.open(data) as ws:
            CatalogStore(ws).add(server.url("/catalog.json"))
            CatalogStore(ws).refresh()
        yield server


def _installed(data: Path) -> tuple[str, tuple[str, ...]]:
    with Workspace.open(data) as ws:
        [course] = ws.list_courses()
        return course.version, course.other_versions


@pytest.mark.parametrize("point", points("download.verified", "download.fetching",
                                         "download.importing", "download.committed"))
def test_download(data: Path, catalog: FileServer, point: str) -> None:
    crash(data, point, "download", COURSE_ID, "--version", "1.1.0")
    committed = point == "download.committed"
    assert _installed(data) == (("1.1.0", ("1.0.0",)) if committed else ("1.0.0", ()))
    with Workspace.open(data) as ws:
        assert leftovers(data) == []
        waiting = ws.downloads.list(active_only=True)
        assert len(waiting) == (0 if committed else 1)
        kept = visible(ws.layout.downloads)
        if point in ("download.verified", "download.importing"):  # whole and checked
            assert kept == [waiting[0].part_path.name.removesuffix(".part")]
        elif committed:
            assert kept == [] and count(ws, DownloadRow, DownloadRow.state == "done") == 1
    sent_before = catalog.sent("/update.biblio")
    assert cli_main(["--data-dir", str(data), "download", COURSE_ID, "--version",
                     "1.1.0"]) == 0
    assert _installed(data) == ("1.1.0", ("1.0.0",))
    if point in ("download.verified", "download.importing", "download.committed"):
        assert catalog.sent("/update.biblio") == sent_before  # not fetched again
    with Workspace.open(data) as ws:
        assert visible(ws.layout.downloads) == [] and leftovers(data) == []
        assert ws.downloads.list(active_only=True) == []
        assert count(ws, CourseVersionRow) == 2


# --- backup and restore ----------------------------------------------------------------------

@pytest.mark.parametrize("point", points("backup.copying", "backup.verified"))
def test_backup(data: Path, point: str) -> None:
    layout = DataLayout(data)
    before = [b.name for b in list_backups(layout)]
    crash(data, point, "backup")
    assert [b.name for b in list_backups(layout)] == before  # no half backup listed
    assert temporaries(layout.backups) != []  # the half copy is there, hidden...
    with Workspace.open(data) as ws:
        assert leftovers(data) == []  # ...until the next start
        assert integrity_ok(ws.engine)
    assert cli_main(["--data-dir", str(data), "backup"]) == 0
    assert len(list_backups(layout)) == len(before) + 1


def _learners(data: Path) -> set[str]:
    with Workspace.open(data) as ws:
        return {learner.name for learner in ws.learners.list_learners()}


@pytest.mark.parametrize("point", points("restore.swapping", "restore.kept-current",
                                         "restore.copied"))
def test_restore(data: Path, template: dict[str, object], point: str) -> None:
    current = _learners(data)
    assert "Added after the backup" in current
    crash(data, point, "restore", str(template["backup"]), "--yes")
    # the folder's lock names a process that is gone: the next start takes it at once
    assert _learners(data) == current  # the old database, whole
    with Workspace.open(data) as ws:
        assert integrity_ok(ws.engine) and leftovers(data) == []
        names = [b.name for b in list_backups(ws.layout)]
        assert all(not is_temporary_name(n) for n in names)
    assert cli_main(["--data-dir", str(data), "restore", str(template["backup"]),
                     "--yes"]) == 0
    assert _learners(data) == current - {"Added after the backup"}


# --- completion record -----------------------------------------------------------------------

@pytest.mark.parametrize("point", points("export.writing", "export.issued",
                                         "export.counter"))
def test_record_export(data: Path, template: dict[str, object], tmp_path: Path,
                       point: str) -> None:
    out = tmp_path / "out" / "record.json"
    out.parent.mkdir()
    if point == "export.writing":
        out.write_text("an earlier export\n")
    args = ["export", "--learner", str(template["learner"]), "--course", COURSE_ID,
            "-o", str(out)]
    crash(data, point, *args)
    assert visible(out.parent) == (["record.json"] if point == "export.writing" else [])
    if out.exists():
        assert out.read_text() == "an earlier export\n"  # never half replaced
    with Workspace.open(data) as ws:
        issued = count(ws, CompletionRecordRow)
        assert issued == (0 if point == "export.counter" else 1)
    assert cli_main(["--data-dir", str(data), *args]) == 0
    record = json.loads(out.read_text())
    assert visible(out.parent) == ["record.json"] and temporaries(out.parent) == []
    with Workspace.open(data) as ws:
        [row] = ws.sessions().scalars(select(CompletionRecordRow)).all()
        assert row.id == record["id"]
        floor = json.loads((ws.layout.keys / "installation.counter").read_text())["counter"]
        assert row.counter == floor  # a killed issue skips a number, never reuses one
        assert row.counter == (2 if point == "export.counter" else 1)
        assert count(ws, OutboxRow, OutboxRow.record_id == row.id) == 1


# --- sync: LRS and USB stick -----------------------------------------------------------------

def _waiting(data: Path) -> int:
    with Workspace.open(data) as ws:
        return count(ws, OutboxRow, OutboxRow.delivered_at.is_(None))


def _lrs_args(lrs: RunningLrs, tmp_path: Path) -> list[str]:  # noqa: F811
    secret = tmp_path / "lrs-secret"
    secret.write_text("secret\n")
    return ["--lrs", lrs.url, "--user", "biblio", "--password-file", str(secret)]


@pytest.mark.parametrize("point", points("sync.acknowledged", "sync.second-batch"))
def test_sync_to_lrs(data: Path, lrs: RunningLrs, tmp_path: Path,  # noqa: F811
                     point: str) -> None:
    waiting = _waiting(data)
    assert waiting > 2
    crash(data, point, "sync", *_lrs_args(lrs, tmp_path), "--batch", "2")
    received = [s["id"] for s in all_statements(lrs)]
    assert len(received) == (2 if point == "sync.acknowledged" else 4)
    # what the LRS acknowledged but the killed process did not record stays waiting
    assert _waiting(data) == waiting - (0 if point == "sync.acknowledged" else 2)
    assert cli_main(["--data-dir", str(data), "sync", *_lrs_args(lrs, tmp_path)]) == 0
    assert _waiting(data) == 0
    received = [s["id"] for s in all_statements(lrs)]
    assert len(received) == len(set(received)) == waiting  # none lost, none twice


def test_export_pending_to_a_usb_stick(data: Path, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    waiting = _waiting(data)
    crash(data, "usb.writing", "export-pending", "--to", str(stick))
    assert visible(stick) == []  # no biblio-outbox-... folder with half its files
    assert temporaries(stick) != []
    assert _waiting(data) == waiting
    assert cli_main(["--data-dir", str(data), "export-pending", "--to", str(stick)]) == 0
    [folder] = visible(stick)
    assert temporaries(stick) == []  # the next export removed the killed one's folder
    statements = json.loads((stick / folder / "statements.json").read_text())
    assert len(statements) == waiting


@pytest.mark.skipif(FEW, reason="one point per operation in the quick pass")
def test_deliver_a_usb_folder(data: Path, lrs: RunningLrs, tmp_path: Path) -> None:  # noqa: F811
    stick = tmp_path / "stick"
    assert cli_main(["--data-dir", str(data), "export-pending", "--to", str(stick)]) == 0
    [folder] = visible(stick)
    crash(data, "deliver.acknowledged", "sync", "--from", str(stick / folder),
          *_lrs_args(lrs, tmp_path))
    assert not (stick / folder / "delivered.json").exists()
    assert cli_main(["sync", "--from", str(stick / folder), *_lrs_args(lrs, tmp_path)]) == 0
    received = [s["id"] for s in all_statements(lrs)]
    delivered = json.loads((stick / folder / "delivered.json").read_text())["delivered"]
    assert sorted(received) == sorted(set(received)) == sorted(delivered[lrs.url])
    with Workspace.open(data) as ws:
        assert count(ws, LearnerRow) == 2
