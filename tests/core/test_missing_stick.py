"""A chosen data folder on a USB stick that is not plugged in (datadir.py): refused with
a clear error (exit code 3), never replaced by a new, empty library on the system disk.

Mount points are simulated: the removable-media root is a temporary folder and
`datadir._is_mount` says which folders below it are mounted."""

from __future__ import annotations

import getpass
import shutil
from pathlib import Path

import pytest

from biblio_desktop import datadir
from biblio_desktop.cli import main
from biblio_desktop.datadir import DataFolderMissing, resolve_data_dir
from biblio_desktop.workspace import Workspace


@pytest.fixture
def media(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, set[Path]]:
    """`<tmp>/media` as the removable-media root; the set holds what is mounted."""
    root = tmp_path / "media"
    (root / getpass.getuser()).mkdir(parents=True)  # /media/<user>, made by the desktop
    mounted: set[Path] = set()
    monkeypatch.setattr(datadir, "REMOVABLE_ROOTS", (str(root),))
    monkeypatch.setattr(datadir, "_is_mount", lambda p: Path(p) in mounted)
    monkeypatch.delenv("BIBLIO_DATA_DIR", raising=False)
    return root, mounted


def _plug_in(stick: Path, mounted: set[Path]) -> None:
    stick.mkdir(exist_ok=True)
    mounted.add(stick)


def test_a_folder_on_a_mounted_stick_opens_and_a_pulled_one_is_refused(media) -> None:
    root, mounted = media
    stick = root / getpass.getuser() / "STICK"
    folder = stick / "biblio-data"
    _plug_in(stick, mounted)
    assert resolve_data_dir(str(folder)) == folder  # mounted: a new library may start
    with Workspace.open(resolve_data_dir(str(folder))) as ws:
        ws.learners.add("Anna")
    mounted.discard(stick)
    shutil.rmtree(stick)  # pulled out: the desktop removes the mount point
    with pytest.raises(DataFolderMissing) as info:
        resolve_data_dir(str(folder))
    assert info.value.drive == stick and info.value.exit_code == 3
    assert "is not there" in str(info.value) and "Plug the stick in" in str(info.value)
    assert not stick.exists()  # nothing was made on the "system disk"


def test_an_empty_unmounted_mount_point_is_not_the_stick(media) -> None:
    root, mounted = media
    stick = root / "stick"  # an fstab mount point: the folder stays when unmounted
    stick.mkdir()
    with pytest.raises(DataFolderMissing) as info:
        resolve_data_dir(str(stick / "biblio-data"))  # never used here, yet refused
    assert info.value.drive == stick
    assert list(stick.iterdir()) == []
    with pytest.raises(DataFolderMissing):  # the stick's root as the data folder itself
        resolve_data_dir(str(stick))
    _plug_in(stick, mounted)
    assert resolve_data_dir(str(stick)) == stick


def test_a_folder_that_held_a_library_and_is_gone_is_refused(tmp_path: Path,
                                                             monkeypatch) -> None:
    """Was there, now missing, on a drive mounted anywhere (not under a known root): the
    memory of folders that held a library tells."""
    monkeypatch.delenv("BIBLIO_DATA_DIR", raising=False)
    stick = tmp_path / "mnt-elsewhere" / "STICK"
    folder = stick / "biblio-data"
    with Workspace.open(resolve_data_dir(str(folder))) as ws:  # first use: created
        ws.learners.add("Anna")
    resolve_data_dir(str(folder))  # seen holding a library: remembered
    assert datadir.held_a_library(folder)
    shutil.rmtree(stick)
    with pytest.raises(DataFolderMissing, match="held this computer's library before"):
        resolve_data_dir(str(folder))
    monkeypatch.setenv("BIBLIO_DATA_DIR", str(folder))  # the variable is checked the same
    with pytest.raises(DataFolderMissing):
        resolve_data_dir(None)
    # only by explicit choice: the user picked it (app) or made the folder (command line)
    assert resolve_data_dir(str(folder), check_present=False) == folder
    assert not folder.exists()
    folder.mkdir(parents=True)
    assert resolve_data_dir(str(folder)) == folder


def test_a_new_folder_elsewhere_is_still_created(tmp_path: Path) -> None:
    folder = tmp_path / "new" / "biblio-data"
    assert resolve_data_dir(str(folder)) == folder
    with Workspace.open(folder):
        pass
    assert (folder / "library.sqlite3").is_file()


def test_the_memory_keeps_the_newest_folders(tmp_path: Path) -> None:
    for n in range(datadir.KNOWN_FOLDERS_MAX + 5):
        datadir.remember_data_folder(tmp_path / f"f{n}")
    assert not datadir.held_a_library(tmp_path / "f0")
    assert datadir.held_a_library(tmp_path / f"f{datadir.KNOWN_FOLDERS_MAX + 4}")
    datadir.known_folders_path().write_text("{broken")  # damaged: forgotten, not fatal
    assert not datadir.held_a_library(tmp_path / "f24")
    datadir.remember_data_folder(tmp_path / "f24")
    assert datadir.held_a_library(tmp_path / "f24")


def test_commands_say_so_with_exit_code_3(media, capsys) -> None:
    root, _mounted = media
    folder = root / getpass.getuser() / "STICK" / "biblio-data"
    assert main(["--data-dir", str(folder), "list"]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"error: The data folder {folder} is not there")
    assert "Traceback" not in err and not (root / getpass.getuser() / "STICK").exists()
