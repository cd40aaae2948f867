"""The app and a data folder another computer left locked, or took over (network shares)."""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from biblio_desktop.storage.lock import InstanceLock, LockHolder, LockTiming, StaleLockError
from biblio_desktop.ui.shell import app as app_module
from biblio_desktop.ui.shell.app import LockLostNotice, acquire_instance_lock

FAST = LockTiming(heartbeat=0.05, stale_after=60.0, watch=0.3, settle=0.05)


def crashed_pc_left_lock(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    silent_since = datetime.now(UTC) - timedelta(minutes=20)
    (folder / ".lock").write_text(json.dumps({
        "pid": 777, "hostname": "reading-room-3", "started": "2026-03-02T08:30:00",
        "token": "c0ffee", "beat": 40, "heartbeat": silent_since.strftime("%Y-%m-%dT%H:%M:%SZ")}))


@pytest.mark.parametrize("answer", [True, False])
def test_a_crashed_computers_lock_is_taken_over_only_if_the_user_agrees(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: bool) -> None:
    crashed_pc_left_lock(tmp_path)
    asked: list[StaleLockError] = []
    monkeypatch.setattr(app_module, "ask_take_over",
                        lambda exc, parent=None: asked.append(exc) or answer)
    lock = InstanceLock(tmp_path, timing=FAST)
    if answer:
        acquire_instance_lock(lock)
        assert lock.held
        lock.release()
    else:
        with pytest.raises(StaleLockError):
            acquire_instance_lock(lock)
        assert not lock.held
    assert [e.holder.hostname for e in asked] == ["reading-room-3"]


def test_take_over_from_the_command_line_does_not_ask(qapp, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_pc_left_lock(tmp_path)
    monkeypatch.setattr(app_module, "ask_take_over", lambda *_a: pytest.fail("asked"))
    lock = InstanceLock(tmp_path, timing=FAST)
    acquire_instance_lock(lock, take_over=True)
    assert lock.held
    lock.release()


def test_the_question_names_the_computer_and_how_long_it_was_silent(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    crashed_pc_left_lock(tmp_path)
    with pytest.raises(StaleLockError) as err:
        InstanceLock(tmp_path, timing=FAST).acquire()
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        shown.extend(b.text() for b in box.buttons())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert app_module.ask_take_over(err.value) is False  # nothing clicked: not taken over
    assert "reading-room-3" in shown[0] and "2026-03-02 08:30" in shown[0]
    assert "20 min" in shown[0]
    assert {"Take over", "Quit"} <= set(shown[1:])


def test_losing_the_folder_tells_the_user_and_closes(qtbot, qapp,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text, *a: messages.append(text))
    closed = threading.Event()
    notice = LockLostNotice(window, closed.set)
    other = LockHolder(pid=9, hostname="desk-2", started="2026-03-02T10:00:00", token="x")
    threading.Thread(target=notice.lost.emit, args=(other,)).start()  # the heartbeat thread
    qtbot.waitUntil(closed.is_set, timeout=5000)
    assert "desk-2" in messages[0] and "closes now" in messages[0]
    assert "'desk-2' took over this data folder" in str(notice.error())


def test_a_write_after_a_take_over_closes_the_window_before_the_next_heartbeat(
        qtbot, qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A laptop woke up after desk-2 took its folder over: the first save is refused and
    the window is told at once, not at the next heartbeat (a minute away here)."""
    from biblio_desktop.errors import DataFolderError
    from biblio_desktop.settings import Settings
    from biblio_desktop.workspace import Workspace

    window = QWidget()
    qtbot.addWidget(window)
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text, *a: messages.append(text))
    closed = threading.Event()
    notice = LockLostNotice(window, closed.set)
    lock = InstanceLock(tmp_path, timing=LockTiming(heartbeat=60, watch=180))
    lock.acquire()
    lock.start_heartbeat(notice.lost.emit)
    workspace = Workspace.open(tmp_path)
    try:
        (tmp_path / ".lock").write_text(json.dumps({
            "pid": 9, "hostname": "desk-2", "started": "2026-03-02T10:00:00", "token": "x",
            "beat": 0, "machine": "0123456789abcdef",
            "heartbeat": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}))
        with pytest.raises(DataFolderError, match="taken over by the computer 'desk-2'"):
            Settings(workspace.sessions).set("theme", "dark")
        qtbot.waitUntil(closed.is_set, timeout=5000)
    finally:
        workspace.close()
        lock.release()
    assert "desk-2" in messages[0] and "closes now" in messages[0]


@pytest.mark.parametrize("language", ["lv", "it", "bg", "el"])
def test_the_new_messages_are_translated(qapp, language: str) -> None:
    from biblio_desktop.ui.base.theme import set_look

    sources = ["Take over", "Quit",
               "Making sure BIBLIO Desktop is no longer running on {host}…"]
    set_look(qapp, language, "light", 11)  # english_after_each_test switches back
    for source in sources:
        assert QCoreApplication.translate("app", source) != source, source
