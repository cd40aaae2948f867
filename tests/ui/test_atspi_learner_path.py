"""The keyboard-only learner path, read through AT-SPI as Orca reads it (issue 14).

A private X server (Xvfb), a D-Bus session (which starts the AT-SPI bus on demand) and the
real app on them with Qt's AT-SPI bridge always on; then Debian's Python runs
`atspi_learner_path.py`, which drives the app with key events only and checks after
each key what has the focus and what it is called (docs/accessibility.md, "Tests").
`scripts/setup.sh` installs what it needs (xvfb, dbus, at-spi2-core, python3-gi,
gir1.2-atspi-2.0, xdotool); without them the test is skipped, except in CI, where it fails.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DRIVER = HERE / "atspi_learner_path.py"
SYSTEM_PYTHON = "/usr/bin/python3"
COURSE_TITLE = "Digital skills for librarians"


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-daemon", "xdotool") if not shutil.which(tool)]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    probe = [SYSTEM_PYTHON, "-c", "import gi; gi.require_version('Atspi', '2.0'); "
             "from gi.repository import Atspi"]
    if not Path(SYSTEM_PYTHON).exists() or subprocess.run(
            probe, capture_output=True, check=False).returncode != 0:
        missing.append("python3-gi and gir1.2-atspi-2.0")
    return missing


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End a process started here and everything it started (its own session)."""
    if process.poll() is None:
        try:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=10)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
    else:  # its children (the AT-SPI bus of a D-Bus daemon) may outlive it
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """An X display and a D-Bus session, as a Linux desktop has (no window manager)."""
    missing = missing_tools()
    if missing:
        message = f"AT-SPI test tools missing: {', '.join(missing)} (scripts/setup.sh)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    home = tmp_path / "home"
    runtime = tmp_path / "runtime"
    for folder in (home, runtime):
        folder.mkdir(mode=0o700)
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24",
                             "-nolisten", "tcp"], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    started: list[subprocess.Popen[bytes]] = [xvfb]
    try:
        assert xvfb.stdout is not None
        display = ":" + xvfb.stdout.readline().decode().strip()
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
               "XDG_RUNTIME_DIR": str(runtime), "DISPLAY": display, "LANG": "C.UTF-8"}
        bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                               start_new_session=True)
        started.append(bus)
        assert bus.stdout is not None
        env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        yield env
    finally:
        for process in reversed(started):
            _stop(process)


def test_keyboard_only_learner_path_through_atspi(desktop: dict[str, str], tmp_path: Path,
                                                  sample_package: Path) -> None:
    from biblio_desktop.workspace import Workspace

    data = tmp_path / "data"
    workspace = Workspace.open(data)
    workspace.import_package(sample_package)
    workspace.learners.add("Anna", "1234")
    workspace.close()

    app_env = dict(desktop, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb",
                   QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    app = subprocess.Popen([sys.executable, "-m", "biblio_desktop", "--data-dir", str(data)],
                           env=app_env, cwd=ROOT, stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, start_new_session=True)
    try:
        run = subprocess.run(
            [SYSTEM_PYTHON, str(DRIVER), "Anna", "1234", COURSE_TITLE],
            env=dict(desktop, ATSPI_FAILURE_SCREENSHOT=str(tmp_path / "failure.png"),
                     ATSPI_DEBUG_EVENTS=os.environ.get("ATSPI_DEBUG_EVENTS", "")),
            capture_output=True, text=True, timeout=300, check=False)
    finally:
        _stop(app)
    app_errors = app.stderr.read().decode(errors="replace")[-1500:] if app.stderr else ""
    print(run.stdout)  # the steps with their times (pytest -rP shows them)
    assert run.returncode == 0, (f"{run.stdout}\n{run.stderr[-3000:]}\n"
                                 f"app stderr:\n{app_errors}")
