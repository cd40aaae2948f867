"""`--self-test`: passes from source, and fails with a clear one-line reason."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from biblio_desktop import selftest

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_passes_from_source(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    env.pop("BIBLIO_DATA_DIR", None)
    out = subprocess.run([sys.executable, "-m", "biblio_desktop", "--self-test"], cwd=tmp_path,
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    for line in ("first-run import of the sample course", "main window shown",
                 "lesson m1-welcome opened", "opened and started", "self-test: passed"):
        assert line in out.stdout
    assert not (tmp_path / "library.sqlite3").exists()  # the real data folder is untouched


def test_a_failing_step_exits_1_with_its_name(monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    def missing(_scratch: Path) -> Path:
        raise FileNotFoundError("no sample course package: the bundle is incomplete")

    monkeypatch.setattr(selftest, "sample_package", missing)
    assert selftest.run_self_test(core_only=True) == 1
    err = capsys.readouterr().err
    assert err.strip() == ("self-test failed: sample course package: FileNotFoundError: no "
                           "sample course package: the bundle is incomplete")


def test_core_part_leaves_nothing_behind(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[Path] = []
    real = selftest.run_core

    def spy(scratch: Path) -> selftest.CoreResult:
        seen.append(scratch)
        return real(scratch)

    selftest.run_core = spy  # type: ignore[assignment]
    try:
        assert selftest.run_self_test(core_only=True) == 0
    finally:
        selftest.run_core = real  # type: ignore[assignment]
    assert seen and not seen[0].exists()
    assert "self-test: passed" in capsys.readouterr().out


def test_error_dialogs_fail_the_self_test_instead_of_blocking(qapp) -> None:
    from biblio_desktop.errors import BiblioError
    from biblio_desktop.ui.base.errors import show_error
    from biblio_desktop.ui.shell.selftest import _no_blocking_dialogs

    with _no_blocking_dialogs() as shown:
        show_error(None, BiblioError("The lesson file is damaged."))
    assert shown == ["The lesson file is damaged."]


def test_the_error_dialog_names_a_disk_fault(qapp, tmp_path) -> None:
    """An SQLite error of a read-only disk reaching the dialog reads as that, not as a
    bug report with a traceback."""
    import sqlite3

    from biblio_desktop.ui.base.errors import set_data_folder, show_error
    from biblio_desktop.ui.shell.selftest import _no_blocking_dialogs

    error = sqlite3.OperationalError("attempt to write a readonly database")
    error.sqlite_errorcode = 8  # type: ignore[attr-defined]
    set_data_folder(tmp_path)
    try:
        with _no_blocking_dialogs() as shown:
            show_error(None, error)
    finally:
        set_data_folder(None)
    assert len(shown) == 1 and "cannot be written to" in shown[0]
    assert str(tmp_path) in shown[0] and "Something went wrong" not in shown[0]


@pytest.mark.parametrize(("language", "words"), [
    ("lv", "ir pilns"), ("it", "è pieno"), ("bg", "е пълен"), ("el", "είναι γεμάτος")])
def test_disk_faults_are_told_in_the_learners_language(qapp, tmp_path, language: str,
                                                        words: str) -> None:
    from biblio_desktop.disk_faults import disk_full
    from biblio_desktop.ui.base.errors import user_message
    from biblio_desktop.ui.base.theme import set_look

    set_look(qapp, language, "light", 10)
    text = user_message(disk_full(tmp_path, "your answer"))
    assert text is not None and words in text and str(tmp_path) in text
