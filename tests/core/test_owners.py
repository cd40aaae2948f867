"""Telling this computer from others: a random machine id, not the computer's name."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio_desktop import owners
from biblio_desktop.atomic_files import remove_stale_temporaries

from .test_atomic_files import dead_pid, leftover


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh user config folder; the cached id is forgotten before and after."""
    folder = tmp_path / "config"
    monkeypatch.setattr(owners, "machine_id_path", lambda: folder / owners.MACHINE_ID_FILE)
    monkeypatch.setattr(owners, "_machine_id", None)
    monkeypatch.setattr(owners, "_fingerprint", None)
    yield folder


def test_the_machine_id_is_made_once_and_kept(config: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    first = owners.machine_id()
    assert len(first) == 32 and int(first, 16) >= 0
    assert (config / "machine-id").read_text().strip() == first
    monkeypatch.setattr(owners, "_machine_id", None)  # a later process on this computer
    monkeypatch.setattr(owners, "_fingerprint", None)
    assert owners.machine_id() == first
    assert owners.host_id() == hashlib.sha256(first.encode()).hexdigest()[:8]
    assert owners.machine_fingerprint().startswith(owners.host_id())


def test_a_damaged_machine_id_file_is_replaced(config: Path) -> None:
    config.mkdir(parents=True)
    (config / "machine-id").write_text("")  # cut off by a crash while first written
    made = owners.machine_id()
    assert (config / "machine-id").read_text().strip() == made


def test_another_process_sees_the_same_id(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    script = "from biblio_desktop import owners; print(owners.machine_id())"
    ids = {subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                          text=True, check=True).stdout.strip() for _ in range(2)}
    assert len(ids) == 1


def test_without_a_writable_config_folder_the_name_decides(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(owners, "machine_id_path", lambda: blocker / "sub" / "machine-id")
    monkeypatch.setattr(owners, "_machine_id", None)
    monkeypatch.setattr(owners, "_fingerprint", None)
    made = owners.machine_id()
    assert made == hashlib.sha256(f"host:{owners.hostname().casefold()}".encode()
                                  ).hexdigest()[:32]
    assert owners.machine_id() == made


def test_a_clone_with_this_computers_name_does_not_own_our_leftovers(tmp_path: Path) -> None:
    """A PC cloned from the same image has our name: a temporary file it tagged with that
    name (or that an older version tagged here) is not taken for ours, whose pid would then
    be looked up among our processes: it stays until it is a day old."""
    by_name = owners.host_id(owners.hostname())
    assert by_name != owners.host_id()
    clone = leftover(tmp_path, "record.json", dead_pid(), host=by_name)
    ours = leftover(tmp_path, "other.json", dead_pid())
    assert remove_stale_temporaries(tmp_path) == [ours]
    assert clone.exists()
    assert not owners.parse_owner_tag(f"1-{by_name}").on_this_host  # type: ignore[union-attr]
