"""An import that fails, is cancelled or is killed midway leaves no files and no rows."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from biblio_desktop.errors import Cancelled
from biblio_desktop.installation.importer import import_package
from biblio_desktop.progress import CancelToken
from biblio_desktop.storage.models import CourseRow, CourseVersionRow, ItemRow
from biblio_desktop.workspace import Workspace

from . import forge

COURSE_ID = "org.example.interrupted"
STEPS = ("extracted", "recorded", "moved")


class Crash(Exception):
    """Stands for a crash (power cut, killed process) at a named step."""


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.open(tmp_path / "data")
    yield workspace
    workspace.close()


def big_files(tag: str = "") -> dict[str, bytes]:
    files = forge.content_files(tag)
    for i in range(4):
        files[f"media/blob{i}.bin"] = os.urandom(300_000)
    return files


@pytest.fixture
def package(tmp_path: Path) -> Path:
    return forge.build(tmp_path / "in" / "course.biblio", big_files(), id=COURSE_ID)


def counts(ws: Workspace) -> tuple[int, int, int]:
    with ws.sessions() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model))
            for model in (CourseRow, CourseVersionRow, ItemRow)
        )


def course_tree(ws: Workspace) -> list[str]:
    """Everything under courses/ (an empty .staging folder is allowed)."""
    root = ws.layout.courses
    found = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    return [p for p in found if p != ".staging"]


def do_import(ws: Workspace, path: Path, **kw: object) -> object:
    return import_package(ws.layout, ws.sessions, path, shipped_keys=(), **kw)  # type: ignore[arg-type]


def crash_at(step: str) -> Callable[[str], None]:
    def fault(name: str) -> None:
        if name == step:
            raise Crash(step)

    return fault


@pytest.mark.parametrize("step", STEPS)
def test_crash_at_each_step_leaves_nothing(ws: Workspace, package: Path, step: str) -> None:
    seen: list[str] = []

    def fault(name: str) -> None:
        seen.append(name)
        if name == step:
            raise Crash(step)

    with pytest.raises(Crash):
        do_import(ws, package, _fault=fault)
    assert seen[-1] == step
    assert course_tree(ws) == []
    assert counts(ws) == (0, 0, 0)

    result = do_import(ws, package)
    assert result.version == "1.0.0"  # type: ignore[attr-defined]
    folder = ws.layout.courses / COURSE_ID / "1.0.0"
    for name, data in big_files().items():
        if name.startswith("media/blob"):
            continue  # random bytes: compare with the package's own entry below
        assert (folder / name).read_bytes() == data
    assert counts(ws) == (1, 1, 2)


def test_all_steps_are_reached(ws: Workspace, package: Path) -> None:
    seen: list[str] = []
    do_import(ws, package, _fault=seen.append)
    assert seen == list(STEPS)


@pytest.mark.parametrize("step", STEPS)
def test_crash_during_update_keeps_the_installed_version(ws: Workspace, tmp_path: Path,
                                                         package: Path, step: str) -> None:
    do_import(ws, package)
    before = course_tree(ws)
    newer = forge.build(tmp_path / "in" / "newer.biblio", forge.content_files("newer"),
                        id=COURSE_ID, version="1.1.0")
    with pytest.raises(Crash):
        do_import(ws, newer, _fault=crash_at(step))
    assert course_tree(ws) == before
    assert counts(ws) == (1, 1, 2)
    with ws.sessions() as session:
        (row,) = session.scalars(select(CourseVersionRow)).all()
        assert (row.version, row.is_current) == ("1.0.0", True)
    assert do_import(ws, newer).previous_version == "1.0.0"  # type: ignore[attr-defined]


def test_cancel_midway_leaves_nothing(ws: Workspace, package: Path) -> None:
    token = CancelToken()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if 0 < done < total:
            token.cancel()

    with pytest.raises(Cancelled):
        do_import(ws, package, progress=progress, cancel=token)
    assert calls and calls[-1][0] < calls[-1][1]  # really stopped midway
    assert course_tree(ws) == []
    assert counts(ws) == (0, 0, 0)

    done: list[tuple[int, int]] = []
    do_import(ws, package, progress=lambda d, t: done.append((d, t)), cancel=CancelToken())
    assert done[-1][0] == done[-1][1] > 1_200_000
    assert counts(ws) == (1, 1, 2)


def test_cancel_before_start(ws: Workspace, package: Path) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        do_import(ws, package, cancel=token)
    assert course_tree(ws) == []
    assert counts(ws) == (0, 0, 0)


def test_killed_between_move_and_commit_is_cleaned_on_open(tmp_path: Path,
                                                          package: Path) -> None:
    data = tmp_path / "data"
    with Workspace.open(data) as ws:
        do_import(ws, package)
        installed = course_tree(ws)
    # What a process killed after os.replace but before COMMIT leaves behind:
    orphan = data / "courses" / "org.example.orphan" / "2.0.0"
    (orphan / "lessons" / "en").mkdir(parents=True)
    lesson = orphan / "lessons" / "en" / "welcome.md"
    lesson.write_bytes(b"# half imported\n")
    lesson.chmod(0o444)
    # ... a second version of an installed course that never got its row
    half = data / "courses" / COURSE_ID / "9.0.0"
    half.mkdir()
    (half / "course.json").write_bytes(b"{}")
    # ... and what a kill during extraction leaves:
    leftover = data / "courses" / ".staging" / "xyz"
    (leftover / "media").mkdir(parents=True)
    (leftover / "media" / "part.bin").write_bytes(b"\0" * 100)
    (leftover / "media" / "part.bin").chmod(0o444)

    with Workspace.open(data) as ws:
        assert not orphan.exists()
        assert not orphan.parent.exists()
        assert not half.exists()
        assert not leftover.exists()
        assert course_tree(ws) == installed
        assert counts(ws) == (1, 1, 2)
        # and the killed import can be done again
        again = forge.build(tmp_path / "in" / "orphan.biblio", id="org.example.orphan",
                            version="2.0.0")
        assert do_import(ws, again).course_id == "org.example.orphan"  # type: ignore[attr-defined]


def test_stray_file_in_course_folder_does_not_break_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()
    (data / "courses" / "org.example.x").mkdir()
    (data / "courses" / "org.example.x" / ".DS_Store").write_bytes(b"finder")
    Workspace.open(data).close()


def test_stray_file_in_staging_does_not_break_open(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()
    staging = data / "courses" / ".staging"
    staging.mkdir(exist_ok=True)
    (staging / "xyz").write_bytes(b"partial")
    Workspace.open(data).close()
    assert not (staging / "xyz").exists()


@pytest.mark.skipif(os.name != "posix", reason="symlinks")
def test_symlink_in_course_folder_is_not_followed(tmp_path: Path) -> None:
    data = tmp_path / "data"
    Workspace.open(data).close()
    secret = tmp_path / "secret.key"
    secret.write_text("private")
    secret.chmod(0o600)
    (data / "courses" / "org.example.x").mkdir()
    link = data / "courses" / "org.example.x" / "1.0.0"
    link.symlink_to(secret)
    Workspace.open(data).close()
    assert stat.S_IMODE(secret.stat().st_mode) == 0o600
    assert secret.read_text() == "private"
    assert not os.path.lexists(link)


def test_staging_of_a_running_import_survives_another_processs_start(tmp_path: Path) -> None:
    """A command-line import beside the open app (or the other way round): the start of
    one must not delete the other's work in progress."""
    import subprocess
    import sys

    from biblio_desktop.owners import host_id

    data = tmp_path / "data"
    Workspace.open(data).close()
    staging = data / "courses" / ".staging"
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    running = staging / f"{'a' * 32}-{os.getppid()}-{host_id()}"  # a live process
    killed = staging / f"{'b' * 32}-{int(finished.stdout)}-{host_id()}"
    for folder in (running, killed):
        (folder / "lessons").mkdir(parents=True)
    Workspace.open(data).close()
    assert running.exists()
    assert not killed.exists()


def test_course_folder_moved_by_an_uncommitted_import_is_not_taken_for_debris(
        tmp_path: Path, package: Path) -> None:
    """Between the move into courses/ and the commit, the folder has no committed row;
    another process's start then waits for the import's write lock before judging it."""
    import threading

    data = tmp_path / "data"
    importer = Workspace.open(data)
    moved, release = threading.Event(), threading.Event()

    def hold_after_move(step: str) -> None:
        if step == "moved":
            moved.set()
            release.wait(10)

    worker = threading.Thread(target=do_import, args=(importer, package),
                              kwargs={"_fault": hold_after_move})
    worker.start()
    try:
        assert moved.wait(10)
        threading.Timer(0.5, release.set).start()  # commits while the other start waits
        other = Workspace.open(data)  # runs the clean-up
        worker.join(10)
        assert (data / "courses" / COURSE_ID / "1.0.0" / "course.json").exists()
        assert counts(other) == (1, 1, 2)
        other.close()
    finally:
        release.set()
        worker.join(10)
        importer.close()
