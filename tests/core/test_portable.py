"""Portable mode (a `biblio-data/` folder beside the bundled executable) and plain
messages when the data folder is read-only or its disk is full.

Tests run as root, which may write anywhere, so read-only and full disks are simulated:
`os.access` is patched, or the write raises OSError(EROFS / ENOSPC).
"""

from __future__ import annotations

import builtins
import errno
import os
import sys
from pathlib import Path

import pytest

from biblio_desktop import datadir
from biblio_desktop.datadir import DataLayout, portable_data_dir, resolve_data_dir
from biblio_desktop.errors import DataFolderError


@pytest.fixture
def stick(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A USB stick with the bundled app: `<stick>/BIBLIO Desktop/biblio-desktop`."""
    app = tmp_path / "stick" / "BIBLIO Desktop"
    app.mkdir(parents=True)
    exe = app / "biblio-desktop"
    exe.write_text("#!/bin/sh\n")
    monkeypatch.delenv("BIBLIO_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    return app


def test_frozen_app_uses_biblio_data_beside_the_executable(stick: Path) -> None:
    (stick / "biblio-data").mkdir()
    assert portable_data_dir() == (stick / "biblio-data").resolve()
    assert resolve_data_dir(None) == (stick / "biblio-data").resolve()


def test_without_the_folder_the_user_data_folder_is_used(stick: Path) -> None:
    chosen = resolve_data_dir(None)
    assert "biblio-data" not in chosen.parts and not chosen.is_relative_to(stick)


def test_explicit_choices_win_over_portable_mode(stick: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (stick / "biblio-data").mkdir()
    assert resolve_data_dir(str(tmp_path / "elsewhere")) == tmp_path / "elsewhere"
    monkeypatch.setenv("BIBLIO_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(None) == tmp_path / "env"


def test_source_checkout_ignores_a_folder_beside_python(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "biblio-data").mkdir()
    monkeypatch.delenv("BIBLIO_DATA_DIR", raising=False)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    assert resolve_data_dir(None) != tmp_path / "biblio-data"


def test_a_file_named_biblio_data_is_not_a_data_folder(stick: Path) -> None:
    (stick / "biblio-data").write_text("not a folder")
    assert portable_data_dir() is None


def test_portable_workspace_opens_and_keeps_data_on_the_stick(stick: Path) -> None:
    from biblio_desktop.workspace import Workspace

    (stick / "biblio-data").mkdir()
    with Workspace.open(resolve_data_dir(None)) as ws:
        ws.learners.add("Anna")
    assert (stick / "biblio-data" / "library.sqlite3").is_file()


def test_read_only_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "data"
    root.mkdir()
    real_access = os.access
    monkeypatch.setattr(datadir.os, "access", lambda p, mode, **kw: False if mode == os.W_OK
                        else real_access(p, mode, **kw))
    with pytest.raises(DataFolderError) as caught:
        DataLayout(root).create()
    message = str(caught.value)
    assert "read-only" in message and str(root) in message
    assert "write-protect" in message and "--data-dir" in message
    assert "Traceback" not in message and "Errno" not in message


def _failing_writes(monkeypatch: pytest.MonkeyPatch, code: int, where: Path) -> None:
    real_open = builtins.open

    def fake_open(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if "w" in mode and Path(file).is_relative_to(where):
            raise OSError(code, os.strerror(code), str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)


@pytest.mark.parametrize(("code", "words"), [
    (errno.EROFS, ("read-only", "write-protect")),
    (errno.ENOSPC, ("is full", "Free some space")),
])
def test_write_failures_become_plain_messages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              code: int, words: tuple[str, ...]) -> None:
    root = tmp_path / "data"
    _failing_writes(monkeypatch, code, root)
    with pytest.raises(DataFolderError) as caught:
        DataLayout(root).create()
    message = str(caught.value)
    assert all(w in message for w in words), message
    assert str(root) in message and not (root / ".write-test").exists()


@pytest.mark.parametrize(("code", "words"), [
    (errno.EROFS, "read-only"), (errno.ENOSPC, "is full"), (errno.EIO, "went away"),
])
def test_folder_creation_failures_become_plain_messages(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str) -> None:
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code), str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(DataFolderError, match=words):
        DataLayout(tmp_path / "data").create()


def test_read_only_stick_through_the_command_line(stick: Path, monkeypatch: pytest.MonkeyPatch,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from biblio_desktop.cli import main

    (stick / "biblio-data").mkdir()
    _failing_writes(monkeypatch, errno.EROFS, stick)
    assert main(["list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "read-only" in err and "Traceback" not in err
    assert err.count("\n") == 1


# --- first start of a bundle: the shipped sample course ----------------------------------

SAMPLE_SRC = Path(__file__).resolve().parents[2] / "course_packages" / "digital-skills-orientation"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from biblio_desktop.authoring.builder import build_package

    out = tmp_path_factory.mktemp("sample") / "sample.biblio"
    build_package(SAMPLE_SRC, out)
    return out


def test_first_start_imports_the_bundled_sample_once(tmp_path: Path, sample: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio_desktop import bundle
    from biblio_desktop.workspace import Workspace

    shipped = tmp_path / "resources" / "sample"
    shipped.mkdir(parents=True)
    (shipped / sample.name).write_bytes(sample.read_bytes())
    monkeypatch.setattr(bundle, "resources_root", lambda: tmp_path / "resources")
    assert bundle.bundled_sample() == shipped / sample.name
    with Workspace.open(tmp_path / "data") as ws:
        result = bundle.import_sample_if_empty(ws)
        assert result is not None
        assert [c.course_id for c in ws.list_courses()] == [result.course_id]
        ws.learners.add("Anna")
    with Workspace.open(tmp_path / "data") as ws:  # second start: nothing to do
        assert bundle.import_sample_if_empty(ws) is None


def test_no_sample_import_into_a_library_with_courses(tmp_path: Path, sample: Path) -> None:
    from biblio_desktop import bundle
    from biblio_desktop.workspace import Workspace

    with Workspace.open(tmp_path / "data") as ws:
        ws.import_package(sample)
        assert bundle.import_sample_if_empty(ws, sample) is None
        assert len(ws.list_courses()) == 1
    assert (tmp_path / "data" / bundle.SAMPLE_OFFERED).exists()


def test_from_a_checkout_there_is_no_bundled_sample_and_no_build_date() -> None:
    from biblio_desktop import bundle

    assert bundle.bundled_sample() is None or bundle.bundled_sample().suffix == ".biblio"
    if not bundle.BUILD_INFO.exists():
        assert bundle.build_date() == "development build"


def test_build_date_is_read_from_build_info(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from biblio_desktop import bundle

    info = tmp_path / "build_info.json"
    info.write_text('{"version": "0.1.0", "build_date": "2025-11-25 04:10 UTC"}')
    monkeypatch.setattr(bundle, "BUILD_INFO", info)
    bundle.build_info.cache_clear()
    try:
        assert bundle.build_date() == "2025-11-25 04:10 UTC"
    finally:
        bundle.build_info.cache_clear()
