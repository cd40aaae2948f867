"""`biblio-desktop learners ...` end to end: exit codes, output and one-line errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from biblio_desktop.cli import main
from biblio_desktop.learning.learners import LearnerDirectory
from biblio_desktop.workspace import Workspace

from .test_learners import count_rows, seed_activity


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def run(data_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(data_dir), "learners", *argv])


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: "), err
    assert "Traceback" not in err
    return lines[0]


def test_add_and_list(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                      monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(data_dir, "list") == 0
    assert "No learners yet" in capsys.readouterr().out

    assert run(data_dir, "add", "Anna Ozola") == 0
    assert capsys.readouterr().out.strip() == "added learner 1: Anna Ozola (no PIN)"

    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("2468\n", encoding="utf-8")
    assert run(data_dir, "add", "Bruno", "--pin-file", str(pin_file)) == 0
    assert "(PIN set)" in capsys.readouterr().out

    monkeypatch.setattr("sys.stdin", io.StringIO("13579\n"))
    assert run(data_dir, "add", "Ēriks", "--pin-stdin") == 0
    assert "added learner 3: Ēriks (PIN set)" in capsys.readouterr().out

    assert run(data_dir, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "NAME", "PIN", "LAST", "SEEN", "(UTC)"]
    assert [line.split()[-2:] for line in lines[1:]] == [["no", "never"], ["yes", "never"],
                                                         ["yes", "never"]]
    assert "Anna Ozola" in lines[1] and "Bruno" in lines[2] and "Ēriks" in lines[3]

    with Workspace.open(data_dir) as ws:
        directory = LearnerDirectory(ws.sessions)
        directory.authenticate(2, "2468")
        directory.authenticate(3, "13579")
    assert run(data_dir, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(x["id"], x["name"], x["has_pin"]) for x in listed] == [
        (1, "Anna Ozola", False), (2, "Bruno", True), (3, "Ēriks", True)]
    assert listed[0]["last_seen_at"] is None and listed[1]["last_seen_at"]


def test_duplicate_name_is_one_error_line(data_dir: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "add", "Anna") == 0
    capsys.readouterr()
    assert run(data_dir, "add", "  ANNA ") == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "already a learner called 'Anna'" in one_error_line(captured.err)


def test_bad_pin_file_is_refused(data_dir: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    pin_file = tmp_path / "pin.txt"
    pin_file.write_text("12\n", encoding="utf-8")
    assert run(data_dir, "add", "Anna", "--pin-file", str(pin_file)) == 1
    assert "4 to 8 digits" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "add", "Anna", "--pin-file", str(tmp_path / "missing.txt")) == 1
    assert "Cannot read the PIN file" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "list", "--json") == 0
    assert json.loads(capsys.readouterr().out) == []


def test_empty_stdin_is_a_usage_error(data_dir: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert run(data_dir, "add", "Anna", "--pin-stdin") == 2
    assert "No PIN on standard input" in one_error_line(capsys.readouterr().err)


def test_pin_is_never_taken_from_argv(data_dir: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir, "add", "Anna", "1234") == 2
    one_error_line(capsys.readouterr().err)
    assert run(data_dir, "add", "Anna", "--pin", "1234") == 2
    one_error_line(capsys.readouterr().err)


def test_usage_errors_exit_2(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(data_dir) == 2
    assert "ACTION" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "rename", "abc", "Bob") == 2
    assert "invalid int value" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "remove", "1") == 2
    assert "--confirm" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "facilitator") == 2
    one_error_line(capsys.readouterr().err)


@pytest.mark.parametrize("argv", [
    ["learners", "--help"], ["learners", "add", "--help"], ["learners", "list", "--help"],
    ["learners", "rename", "--help"], ["learners", "remove", "--help"],
    ["learners", "facilitator", "set-password", "--help"],
])
def test_every_command_has_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: biblio-desktop learners")
    assert len(out.splitlines()) > 4


def test_help_texts_say_what_matters(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["learners", "add", "--help"])
    assert "never from the command line" in " ".join(capsys.readouterr().out.split())
    with pytest.raises(SystemExit):
        main(["learners", "remove", "--help"])
    assert "exported" in capsys.readouterr().out


def test_rename(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(data_dir, "add", "Anna")
    run(data_dir, "add", "Bruno")
    capsys.readouterr()
    assert run(data_dir, "rename", "1", "Anna Ozola") == 0
    assert capsys.readouterr().out.strip() == "renamed learner 1 to Anna Ozola"
    assert run(data_dir, "rename", "1", "bruno") == 1
    assert "already a learner" in one_error_line(capsys.readouterr().err)
    assert run(data_dir, "rename", "7", "Zed") == 1
    assert "no learner with id 7" in one_error_line(capsys.readouterr().err)


def test_remove_exports_to_data_folder_by_default(data_dir: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    run(data_dir, "add", "Anna Ozola")
    run(data_dir, "add", "Bruno")
    with Workspace.open(data_dir) as ws:
        seed_activity(ws.sessions, 1, "a")
        seed_activity(ws.sessions, 2, "b")
    capsys.readouterr()

    assert run(data_dir, "remove", "1", "--confirm", "Anna") == 1
    assert "does not match" in one_error_line(capsys.readouterr().err)

    assert run(data_dir, "remove", "1", "--confirm", "Anna Ozola") == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("removed learner 1 (Anna Ozola); their data was exported to ")
    export = Path(out.rsplit(" exported to ", 1)[1])
    assert export.parent == data_dir / "exports"
    data = json.loads(export.read_text(encoding="utf-8"))
    assert data["learner"]["name"] == "Anna Ozola" and len(data["answers"]) == 2

    with Workspace.open(data_dir) as ws:
        from biblio_desktop.storage.models import AnswerRow, ItemProgressRow

        assert count_rows(ws.sessions, ItemProgressRow, 1) == 0
        assert count_rows(ws.sessions, AnswerRow, 1) == 0
        assert count_rows(ws.sessions, AnswerRow, 2) == 2
    assert run(data_dir, "list", "--json") == 0
    assert [x["name"] for x in json.loads(capsys.readouterr().out)] == ["Bruno"]


def test_remove_with_export_to(data_dir: Path, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    run(data_dir, "add", "Anna")
    target = tmp_path / "usb"
    assert run(data_dir, "remove", "1", "--confirm", "Anna", "--export-to", str(target)) == 0
    files = list(target.glob("learner-1-*.json"))
    assert len(files) == 1 and str(files[0]) in capsys.readouterr().out
    assert run(data_dir, "remove", "1", "--confirm", "Anna") == 1
    assert "no learner with id 1" in one_error_line(capsys.readouterr().err)


def test_facilitator_set_password(data_dir: Path, tmp_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    first, second, short = tmp_path / "p1", tmp_path / "p2", tmp_path / "short"
    first.write_text("library-2025\n", encoding="utf-8")
    second.write_text(" new pass phrase \r\n", encoding="utf-8")
    short.write_text("abc\n", encoding="utf-8")

    assert run(data_dir, "facilitator", "set-password", "--password-file", str(short)) == 1
    assert "at least 8 characters" in one_error_line(capsys.readouterr().err)

    assert run(data_dir, "facilitator", "set-password", "--password-file", str(first)) == 0
    assert capsys.readouterr().out.strip() == "facilitator password set"

    assert run(data_dir, "facilitator", "set-password", "--password-file", str(second)) == 1
    assert "--old-password-file" in one_error_line(capsys.readouterr().err)

    assert run(data_dir, "facilitator", "set-password", "--password-file", str(second),
               "--old-password-file", str(second)) == 1
    assert "password is not right" in one_error_line(capsys.readouterr().err)

    assert run(data_dir, "facilitator", "set-password", "--password-file", str(second),
               "--old-password-file", str(first)) == 0
    assert capsys.readouterr().out.strip() == "facilitator password changed"

    with Workspace.open(data_dir) as ws:
        directory = LearnerDirectory(ws.sessions)
        # only the line ending was dropped; the spaces belong to the password
        assert directory.authenticate_facilitator(" new pass phrase ").role == "facilitator"
        assert directory.list_learners() == []
