"""A real Learning Record Store for the sync tests: Learning Locker's `xapi-statements`.

The npm package is pinned in tests/lrs/package-lock.json and installed by
scripts/setup-lrs.sh (run by `make setup`). Each test gets a fresh service on a free port of
127.0.0.1 with in-memory storage; in this mode it accepts any Basic credentials except the
token `missing_token`, which gets 401. When Node or the package is missing the tests are
skipped with the reason: there is no fake LRS to fall back on.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

LRS_DIR = Path(__file__).resolve().parents[1] / "lrs"
ENTRY = LRS_DIR / "node_modules" / "xapi-statements" / "dist" / "index.js"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class RunningLrs:
    url: str  # http://127.0.0.1:<port>/xAPI/
    port: int
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "about", timeout=1) as response:
            return response.status == 200
    except OSError:
        return False


def node_or_skip(what: str, installed: Path, package: str) -> str:
    """The `node` executable for a third-party Node tool the tests run (installed by
    scripts/setup-lrs.sh), or skip the test with the reason it cannot run."""
    node = shutil.which("node")
    if node is None:
        pytest.skip(f"Node.js is missing, so {what} cannot run; "
                    "run scripts/setup-lrs.sh (root installs Debian nodejs/npm)")
    if not installed.exists():
        pytest.skip(f"{package} is not installed; run scripts/setup-lrs.sh")
    return node


def start_lrs(workdir: Path, port: int | None = None, timeout: float = 30.0) -> RunningLrs:
    """Start the service (or skip the test with the reason it cannot run)."""
    node = node_or_skip("the real test LRS", ENTRY, "the test LRS (npm xapi-statements@5.0.1)")
    port = port or free_port()
    logs = workdir / "lrs-logs"
    logs.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, EXPRESS_PORT=str(port), MODELS_REPO="memory", STORAGE_REPO="memory",
               AUTH_REPO="test", EVENTS_REPO="test", SERVICE_AWAIT_UPDATES="true",
               EXPRESS_MORGAN_DIRECTORY=str(logs), NODE_NO_WARNINGS="1",
               # attachments are kept on disk even with in-memory storage: not in the repo
               FS_LOCAL_STORAGE_DIR=str(workdir / "lrs-storage"))
    log = logs / "service.log"
    with open(log, "wb") as out:
        process = subprocess.Popen(
            [node, "-r", "./bind-localhost.js", str(ENTRY.relative_to(LRS_DIR))], cwd=LRS_DIR,
            env=env, stdout=out, stderr=subprocess.STDOUT)
    lrs = RunningLrs(f"http://127.0.0.1:{port}/xAPI/", port, process, log)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the test LRS exited ({process.returncode}):\n"
                               + log.read_text(errors="replace")[-2000:])
        if _ready(lrs.url):
            return lrs
        time.sleep(0.1)
    lrs.stop()
    raise RuntimeError(f"the test LRS did not answer within {timeout} s:\n"
                       + log.read_text(errors="replace")[-2000:])


@pytest.fixture
def lrs(tmp_path: Path) -> Iterator[RunningLrs]:
    """A fresh, empty LRS for one test."""
    running = start_lrs(tmp_path)
    try:
        yield running
    finally:
        running.stop()


# --- reading back from the LRS ---------------------------------------------------------------

def lrs_get(lrs: RunningLrs, resource: str) -> tuple[int, str, bytes]:
    """GET `resource` (relative to the xAPI base) as a valid client: status, type, body."""
    request = urllib.request.Request(lrs.url + resource, headers={
        "X-Experience-API-Version": "1.0.3", "Authorization": "Basic dGVzdDp0ZXN0"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read()


def all_statements(lrs: RunningLrs) -> list[dict]:
    """Every statement the LRS holds, following `more` links."""
    import json
    from urllib.parse import urljoin

    found: list[dict] = []
    resource = "statements?limit=10000"
    while resource:
        status, _type, body = lrs_get(lrs, resource)
        assert status == 200, body
        page = json.loads(body)
        found += page["statements"]
        more = page.get("more") or ""
        resource = urljoin(lrs.url, more)[len(lrs.url):] if more else ""
    return found


# --- a proxy that cuts connections ---------------------------------------------------------

class CuttingProxy:
    """A threaded TCP proxy on 127.0.0.1 in front of the LRS that can cut connections.

    `cut_request_after`: forward only that many request bytes in total (counted over all
    connections), then cut the connection and refuse new ones until `heal()`.
    `drop_responses`: for the next N responses, the request reaches the LRS but the
    connection is cut before the answer gets back (the LRS stored the batch, the app does
    not know).
    """

    def __init__(self, target_port: int) -> None:
        import threading

        self.target_port = target_port
        self.cut_request_after: int | None = None
        self.drop_responses = 0
        self.forwarded = 0
        self.cuts = 0
        self._lock = threading.Lock()
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(16)
        self.port = int(self._server.getsockname()[1])
        self.url = f"http://127.0.0.1:{self.port}/xAPI/"
        self._closed = False
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def heal(self) -> None:
        with self._lock:
            self.cut_request_after = None
            self.drop_responses = 0

    def close(self) -> None:
        self._closed = True
        self._server.close()

    def _broken(self) -> bool:
        with self._lock:
            return self.cut_request_after is not None and self.forwarded >= self.cut_request_after

    def _accept(self) -> None:
        import threading

        while not self._closed:
            try:
                client, _addr = self._server.accept()
            except OSError:
                return
            if self._broken():
                client.close()
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port))
            except OSError:
                client.close()
                continue
            pair = (client, upstream)
            threading.Thread(target=self._up, args=pair, daemon=True).start()
            threading.Thread(target=self._down, args=pair, daemon=True).start()

    def _cut(self, client: socket.socket, upstream: socket.socket) -> None:
        self.cuts += 1
        for s in (client, upstream):
            with contextlib.suppress(OSError):
                s.shutdown(socket.SHUT_RDWR)
            s.close()

    def _up(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            while data := client.recv(4096):
                with self._lock:
                    budget = (None if self.cut_request_after is None
                              else self.cut_request_after - self.forwarded)
                    if budget is not None and budget < len(data):
                        data = data[:max(0, budget)]
                    self.forwarded += len(data)
                if data:
                    upstream.sendall(data)
                if budget is not None and self.forwarded >= (self.cut_request_after or 0):
                    self._cut(client, upstream)
                    return
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                upstream.shutdown(socket.SHUT_WR)

    def _down(self, client: socket.socket, upstream: socket.socket) -> None:
        try:
            while data := upstream.recv(65536):
                with self._lock:
                    drop = self.drop_responses > 0
                    if drop:
                        self.drop_responses -= 1
                if drop:
                    self._cut(client, upstream)
                    return
                client.sendall(data)
        except OSError:
            pass
        finally:
            with contextlib.suppress(OSError):
                client.close()


# --- learners who did something worth a statement -----------------------------------------

def finish_course(ws, name: str = "Ilze", *, fail_first: bool = False) -> int:
    """A learner who completes the test course (optionally failing the quiz once first);
    the outbox must already be installed on `ws`. Returns the learner id."""
    from .course_fixtures import COURSE_ID
    from .learning_fixtures import add_learner_row
    from .quiz_answers import right_answer, wrong_answer

    learner_id = add_learner_row(ws, name)
    p = ws.progress_of(learner_id)
    p.mark_done(COURSE_ID, "m1-welcome")
    p.report_video(COURSE_ID, "m2-video", 0, 100, 100)
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    for right in ([False] if fail_first else []) + [True]:
        view = p.current_attempt(COURSE_ID, "m2-quiz", "en")
        for qid in view.question_ids:
            q = quiz.question(qid)
            p.save_answer(view.attempt_id, qid, right_answer(q) if right else wrong_answer(q))
        p.submit_attempt(view.attempt_id)
    assert p.completion(COURSE_ID) is not None
    return learner_id
