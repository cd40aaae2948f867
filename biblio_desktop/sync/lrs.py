"""Deliver queued xAPI statements to a Learning Record Store (standard library only).

`sync(workspace, config)` sends the outbox in batches (`POST statements`, a JSON array, or
multipart/mixed when a batch carries a completion record) and marks statements delivered
only after the LRS answered 200/204, one committed transaction per batch. Statement ids are
deterministic, so a batch sent twice (the connection dropped after the LRS stored it) is
harmless: the LRS accepts an identical statement again or answers 409, and a 409 is checked
statement by statement with `GET statements?statementId=`: identical counts as delivered, a
different statement under the same id is a conflict that stays waiting with its error.
Network errors and 5xx are retried a few times with exponential back-off inside the run;
after that the statements stay waiting with `next_try_at` and the error stored. See
docs/sync.md.
"""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import ssl
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..atomic_files import write_atomic
from ..errors import BiblioError, Cancelled
from ..learning.tracker import utc_now
from ..progress import CancelToken, ProgressFn, no_progress
from ..storage.db import unit_of_work
from ..storage.models import OutboxRow
from . import outbox
from .statements import XAPI_VERSION, same_statement

PASSWORD_FILE = "lrs-password"
USER_AGENT = "BIBLIO-Desktop-sync"


class LrsError(BiblioError):
    """The LRS could not take the statements; they stay waiting in the outbox."""


class LrsUnavailable(LrsError):
    """The LRS cannot be reached or keeps failing (network error, 5xx) after retries."""


class LrsAuthError(LrsError):
    """The LRS refused the user name or password (401/403)."""


class SyncError(LrsError):
    """A sync stopped early; `result` says what was delivered before it stopped."""

    def __init__(self, message: str, hint: str, result: SyncResult) -> None:
        super().__init__(message, hint)
        self.result = result


@dataclass(frozen=True)
class LrsConfig:
    url: str  # the xAPI base, e.g. https://lrs.example.org/xAPI/
    user: str
    password: str
    timeout: float = 30.0

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise BiblioError(f"The LRS address {self.url!r} is not an http(s) URL.",
                              "give the xAPI base address, e.g. https://lrs.example.org/xAPI/")

    def __repr__(self) -> str:  # never print the password
        return f"LrsConfig(url={self.url!r}, user={self.user!r}, password=***)"


@dataclass(frozen=True)
class RetryPolicy:
    """Retries inside one run for network errors, 5xx and 429: 0.5 s, 1 s, 2 s by default."""

    retries: int = 3
    base_delay: float = 0.5
    max_delay: float = 8.0

    def delay(self, attempt: int) -> float:
        return min(self.max_delay, self.base_delay * 2 ** attempt)


@dataclass(frozen=True)
class Pending:
    """One statement to deliver, with the bytes of its attachments by sha2."""

    statement_id: str
    statement_json: str
    attachments: dict[str, bytes] = field(default_factory=dict)


# --- HTTP ----------------------------------------------------------------------------------

def basic_auth(user: str, password: str) -> str:
    """The Authorization header value for HTTP Basic authentication."""
    token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
    return f"Basic {token}"


class LrsClient:
    """A keep-alive connection to one LRS, with bounded retries."""

    def __init__(self, config: LrsConfig, *, retry: RetryPolicy | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.config = config
        self.retry = retry or RetryPolicy()
        self.sleep = sleep
        parts = urlsplit(config.url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port
        self._base = parts.path.rstrip("/") + "/"
        self._headers = {"X-Experience-API-Version": XAPI_VERSION,
                         "Authorization": basic_auth(config.user, config.password),
                         "User-Agent": USER_AGENT}
        self._conn: http.client.HTTPConnection | None = None
        self.requests = 0

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> LrsClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            if self._https:
                self._conn = http.client.HTTPSConnection(
                    self._host, self._port, timeout=self.config.timeout,
                    context=ssl.create_default_context())
            else:
                self._conn = http.client.HTTPConnection(self._host, self._port,
                                                        timeout=self.config.timeout)
        return self._conn

    def request(self, method: str, resource: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """One request, retried on network errors, 5xx and 429; 4xx are returned."""
        all_headers = dict(self._headers, **(headers or {}))
        problem = ""
        for attempt in range(self.retry.retries + 1):
            if attempt:
                self.sleep(self.retry.delay(attempt - 1))
            try:
                conn = self._connection()
                self.requests += 1
                conn.request(method, self._base + resource, body=body, headers=all_headers)
                response = conn.getresponse()
                data = response.read()
                status = response.status
                if response.will_close:
                    self.close()
            except (OSError, http.client.HTTPException) as exc:
                self.close()
                problem = _network_problem(exc)
                continue
            if status >= 500 or status == 429:
                problem = f"the LRS answered HTTP {status} {_message(data)}".rstrip()
                continue
            return status, {k.lower(): v for k, v in response.getheaders()}, data
        raise LrsUnavailable(
            f"The LRS at {self.config.url} cannot take statements now ({problem}).",
            "the statements stay waiting; try again later or check the address and network")

    def post_statements(self, batch: Sequence[Pending]) -> tuple[int, bytes]:
        array = ("[" + ",".join(p.statement_json for p in batch) + "]").encode("utf-8")
        attachments: dict[str, bytes] = {}
        for p in batch:
            attachments.update(p.attachments)
        if not attachments:
            status, _headers, data = self.request(
                "POST", "statements", array, {"Content-Type": "application/json"})
            return status, data
        boundary = f"biblio-{uuid.uuid4().hex}"
        parts = [f"--{boundary}\r\nContent-Type: application/json\r\n\r\n".encode(), array]
        for sha2, content in attachments.items():
            parts.append(f"\r\n--{boundary}\r\nContent-Type: application/json\r\n"
                         f"Content-Transfer-Encoding: binary\r\nX-Experience-API-Hash: {sha2}"
                         f"\r\n\r\n".encode())
            parts.append(content)
        parts.append(f"\r\n--{boundary}--\r\n".encode())
        status, _headers, data = self.request(
            "POST", "statements", b"".join(parts),
            {"Content-Type": f"multipart/mixed; boundary={boundary}"})
        return status, data

    def get_statement(self, statement_id: str) -> dict[str, Any] | None:
        status, _headers, data = self.request(
            "GET", "statements?" + urlencode({"statementId": statement_id}))
        if status == 404:
            return None
        _check_auth(self.config, status)
        if status != 200:
            raise LrsError(f"The LRS at {self.config.url} answered HTTP {status} when asked "
                           f"for statement {statement_id} {_message(data)}".rstrip() + ".")
        try:
            return dict(json.loads(data))
        except (ValueError, TypeError) as exc:
            raise LrsError(f"The LRS at {self.config.url} sent an unreadable statement "
                           f"{statement_id}.") from exc


def _network_problem(exc: BaseException) -> str:
    if isinstance(exc, TimeoutError):
        return "no answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return "connection refused"
    if isinstance(exc, ssl.SSLError):
        return f"TLS error: {exc.reason or exc}"
    if isinstance(exc, (ConnectionError, http.client.HTTPException)):
        return "the connection was cut"
    return getattr(exc, "strerror", None) or str(exc) or type(exc).__name__


def _message(data: bytes) -> str:
    try:
        text = str(json.loads(data).get("message", ""))
    except (ValueError, AttributeError):
        text = data[:200].decode("utf-8", "replace").strip()
    return f"({text[:200]})" if text else ""


def _check_auth(config: LrsConfig, status: int) -> None:
    if status in (401, 403):
        raise LrsAuthError(
            f"The LRS at {config.url} refused the user name or password (HTTP {status}).",
            "check --user and the password file (or ask the LRS administrator for the "
            "credentials); the statements stay waiting")


# --- delivering one batch ------------------------------------------------------------------

@dataclass
class BatchOutcome:
    delivered: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)  # 409, but the LRS holds the same
    conflicts: dict[str, str] = field(default_factory=dict)
    rejected: dict[str, str] = field(default_factory=dict)

    def merge(self, other: BatchOutcome) -> None:
        self.delivered += other.delivered
        self.already += other.already
        self.conflicts.update(other.conflicts)
        self.rejected.update(other.rejected)


def deliver_batch(client: LrsClient, batch: Sequence[Pending], _depth: int = 0
                  ) -> BatchOutcome:
    """POST one batch and sort out a 409 or 400 statement by statement.

    Raises LrsAuthError (401/403) and LrsUnavailable (network, 5xx after retries), in which
    case nothing of this batch may be marked delivered.
    """
    outcome = BatchOutcome()
    if not batch:
        return outcome
    status, data = client.post_statements(batch)
    if status in (200, 204):
        outcome.delivered = [p.statement_id for p in batch]
        return outcome
    _check_auth(client.config, status)
    if status == 409 and _depth < 3:
        missing = []
        for p in batch:
            stored = client.get_statement(p.statement_id)
            if stored is None:
                missing.append(p)
            elif same_statement(json.loads(p.statement_json), stored):
                outcome.already.append(p.statement_id)
            else:
                outcome.conflicts[p.statement_id] = (
                    f"The LRS already holds a different statement with the id "
                    f"{p.statement_id}; this one stays waiting. Ask the LRS administrator "
                    f"(HTTP 409 {_message(data)}).")
        outcome.merge(deliver_batch(client, missing, _depth + 1))
        return outcome
    if status in (400, 409, 413) and len(batch) > 1:
        half = len(batch) // 2  # find the statements it refuses; deliver the others
        outcome.merge(deliver_batch(client, batch[:half], _depth))
        outcome.merge(deliver_batch(client, batch[half:], _depth))
        return outcome
    if status in (400, 409, 413):
        outcome.rejected[batch[0].statement_id] = (
            f"The LRS refused statement {batch[0].statement_id} (HTTP {status} "
            f"{_message(data)}); it stays waiting.")
        return outcome
    raise LrsError(f"The LRS at {client.config.url} answered HTTP {status} to a batch of "
                   f"statements {_message(data)}".rstrip() + ".",
                   "check the address is the xAPI base (it usually ends in /xAPI/ or "
                   "/data/xAPI/); the statements stay waiting")


# --- syncing the outbox --------------------------------------------------------------------

@dataclass(frozen=True)
class SyncResult:
    total: int  # statements that were waiting when the sync started
    delivered: int  # now delivered (including those the LRS already held)
    already: int  # of which the LRS already held an identical copy
    conflicts: int
    rejected: int
    pending: int  # still waiting
    errors: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors


def _load_pending(session: Session, now: datetime, due_only: bool) -> list[OutboxRow]:
    query = select(OutboxRow).where(OutboxRow.delivered_at.is_(None))
    if due_only:
        # A next try further ahead than the longest backoff can only come from a clock
        # that was set back since: due now, not in years.
        latest = now + timedelta(seconds=outbox.MAX_BACKOFF_SECONDS + 60)
        query = query.where((OutboxRow.next_try_at.is_(None)) | (OutboxRow.next_try_at <= now)
                            | (OutboxRow.next_try_at > latest))
    return list(session.scalars(query.order_by(OutboxRow.created_at, OutboxRow.statement_id)))


def attachments_of(session: Session, row: OutboxRow) -> tuple[dict[str, bytes], str | None]:
    """The attachment bytes a statement needs, or an error when they are gone or changed."""
    wanted = [a["sha2"] for a in json.loads(row.statement_json).get("attachments", [])
              if "fileUrl" not in a]
    if not wanted:
        return {}, None
    content = outbox.attachment_bytes(session, row)
    if content is None or hashlib.sha256(content).hexdigest() not in wanted:
        return {}, (f"The completion record {row.record_id} attached to statement "
                    f"{row.statement_id} is missing or was changed; it cannot be sent.")
    return {hashlib.sha256(content).hexdigest(): content}, None


def sync(workspace: Any, config: LrsConfig, *, batch_size: int = 100,
         progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
         due_only: bool = False, retry: RetryPolicy | None = None,
         clock: Callable[[], datetime] = utc_now,
         sleep: Callable[[float], None] = time.sleep) -> SyncResult:
    """Deliver this installation's waiting statements to the LRS.

    `due_only` skips statements whose `next_try_at` is still ahead (for automatic syncs; a
    sync the user asks for tries everything). Raises SyncError (with `.result`) when the LRS
    cannot be reached or refuses the credentials, after storing the error and the next try
    time on the statements still waiting; conflicts and refused statements are reported in
    the result's `errors` and stay waiting.
    """
    sessions = workspace.sessions
    with sessions() as session:
        rows = _load_pending(session, clock(), due_only)
        work: list[Pending] = []
        broken: dict[str, str] = {}
        for row in rows:
            attachments, problem = attachments_of(session, row)
            if problem:
                broken[row.statement_id] = problem
            else:
                work.append(Pending(row.statement_id, row.statement_json, attachments))
    total = len(rows)
    done = 0
    outcome = BatchOutcome(rejected=dict(broken))
    progress(0, total)
    client = LrsClient(config, retry=retry, sleep=sleep)
    try:
        for start in range(0, len(work), batch_size):
            if cancel is not None and cancel.cancelled:
                _record(sessions, outcome, clock(), None)
                sent = len(outcome.delivered) + len(outcome.already)
                raise Cancelled(f"Sync cancelled: {sent} statement(s) delivered, "
                                f"{total - sent} still waiting.")
            batch = work[start:start + batch_size]
            try:
                result = deliver_batch(client, batch)
            except LrsError as exc:
                error = str(exc)
                _record(sessions, outcome, clock(), error,
                        failed=[p.statement_id for p in work[start:]])
                summary = _summary(total, outcome, sessions)
                raise SyncError(exc.message, exc.hint, summary) from exc
            outcome.merge(result)
            _mark(sessions, result, clock())
            done += len(batch)
            progress(done + len(broken), total)
    finally:
        client.close()
    if not work:
        progress(total, total)
    _record(sessions, outcome, clock(), None, finished=True)
    return _summary(total, outcome, sessions)


def _mark(sessions: Any, result: BatchOutcome, now: datetime) -> None:
    """Commit one batch: delivered statements leave the queue, refused ones keep an error."""
    with unit_of_work(sessions) as session:
        ids = result.delivered + result.already
        if ids:
            session.execute(update(OutboxRow).where(OutboxRow.statement_id.in_(ids)).values(
                delivered_at=now, attempts=OutboxRow.attempts + 1, last_error=None,
                next_try_at=None))
        problems = dict(result.conflicts, **result.rejected)
        if problems:
            for row in session.scalars(select(OutboxRow).where(
                    OutboxRow.statement_id.in_(list(problems)))):
                row.attempts += 1
                row.last_error = problems[row.statement_id]
                row.next_try_at = now + outbox.backoff(row.attempts)


def _record(sessions: Any, outcome: BatchOutcome, now: datetime, error: str | None, *,
            failed: Sequence[str] = (), finished: bool = False) -> None:
    """Store the sync's end: its error and next try time, or the time of a good sync."""
    with unit_of_work(sessions) as session:
        if finished:
            outbox.put_setting(session, outbox.LAST_SYNC_KEY, now.isoformat())
            problems = len(outcome.conflicts) + len(outcome.rejected)
            outbox.put_setting(session, outbox.LAST_ERROR_KEY, None if not problems else
                               f"{problems} statement(s) were refused by the LRS; see the "
                               "sync report.")
        if broken := outcome.rejected:
            for row in session.scalars(select(OutboxRow).where(
                    OutboxRow.statement_id.in_(list(broken)), OutboxRow.last_error.is_(None))):
                row.last_error = broken[row.statement_id]
        if error is not None:
            outbox.put_setting(session, outbox.LAST_ERROR_KEY, error)
            for start in range(0, len(failed), 500):
                for row in session.scalars(select(OutboxRow).where(
                        OutboxRow.statement_id.in_(failed[start:start + 500]),
                        OutboxRow.delivered_at.is_(None))):
                    row.attempts += 1
                    row.last_error = error
                    row.next_try_at = now + outbox.backoff(row.attempts)


def _summary(total: int, outcome: BatchOutcome, sessions: Any) -> SyncResult:
    with sessions() as session:
        pending = outbox.sync_status(session).pending
    errors = tuple(list(outcome.conflicts.values()) + list(outcome.rejected.values()))
    return SyncResult(total=total, delivered=len(outcome.delivered) + len(outcome.already),
                      already=len(outcome.already), conflicts=len(outcome.conflicts),
                      rejected=len(outcome.rejected), pending=pending, errors=errors)


# --- configuration -------------------------------------------------------------------------

def password_path(workspace: Any) -> Path:
    return Path(workspace.layout.root) / PASSWORD_FILE


def save_config(workspace: Any, url: str, user: str, password: str | None = None) -> None:
    """Store the LRS address and user in the settings table and, if given, the password in
    `<data folder>/lrs-password`, readable by the owner only (0600)."""
    LrsConfig(url, user, password or "")  # validates the address
    with unit_of_work(workspace.sessions) as session:
        outbox.put_setting(session, outbox.LRS_URL_KEY, url)
        outbox.put_setting(session, outbox.LRS_USER_KEY, user)
    if password is not None:
        write_atomic(password_path(workspace), (password + "\n").encode("utf-8"),
                     private=True, mode=0o600)


def load_config(workspace: Any, *, url: str | None = None, user: str | None = None,
                password: str | None = None) -> LrsConfig:
    """The LRS settings: arguments first, then the stored address, user and password."""
    with workspace.sessions() as session:
        url = url or outbox.get_setting(session, outbox.LRS_URL_KEY)
        user = user or outbox.get_setting(session, outbox.LRS_USER_KEY)
    if not url or not user:
        raise BiblioError("No LRS is set up for this data folder.",
                          "give --lrs URL --user NAME --password-file FILE (add --save to "
                          "remember them)")
    if password is None:
        path = password_path(workspace)
        try:
            password = path.read_text(encoding="utf-8").splitlines()[0]
        except (OSError, IndexError) as exc:
            raise BiblioError(f"No LRS password is stored ({path} cannot be read).",
                              "give --password-file FILE (add --save to store it)") from exc
    return LrsConfig(url, user, password)
