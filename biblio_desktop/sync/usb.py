"""The USB path: carry waiting statements from an offline PC to an online one.

`export_pending` writes every undelivered statement (and the attached records) into
`DIR/biblio-outbox-<installation>-<timestamp>/` with a `manifest.json` holding the sha256 of
each file. `deliver_folder` checks the manifest and delivers the statements from any PC with
network; it keeps `delivered.json` in the folder (per LRS address), so delivering the same
folder again sends nothing new. Statement ids are deterministic, so even without that file a
second delivery adds no duplicate (the LRS answers 200/409 identical). Back on the offline
PC, `confirm_delivered` marks what the folder's `delivered.json` lists as delivered.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from ..atomic_files import fsync_dir, remove_stale_temporaries, temp_path_for, write_atomic
from ..errors import BiblioError, Cancelled
from ..learning.tracker import utc_now
from ..progress import CancelToken, ProgressFn, no_progress
from ..storage.db import unit_of_work
from ..storage.models import OutboxRow
from . import outbox
from .lrs import (
    BatchOutcome,
    LrsClient,
    LrsConfig,
    LrsError,
    Pending,
    RetryPolicy,
    SyncError,
    SyncResult,
    attachments_of,
    deliver_batch,
)
from .statements import installation_tag

FORMAT = "biblio-outbox/1"
MANIFEST = "manifest.json"
STATEMENTS = "statements.json"
DELIVERED = "delivered.json"
FOLDER_PREFIX = "biblio-outbox-"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _write(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def export_pending(workspace: Any, dest: Path, *, progress: ProgressFn = no_progress,
                   cancel: CancelToken | None = None,
                   clock: Callable[[], datetime] = utc_now) -> tuple[Path, int]:
    """Write all undelivered statements into a new folder under `dest`; returns the folder
    and the number of statements. The statements stay waiting in this outbox."""
    dest = Path(dest)
    now = clock()
    with workspace.sessions() as session:
        rows = list(session.scalars(select(OutboxRow).where(OutboxRow.delivered_at.is_(None))
                                    .order_by(OutboxRow.created_at, OutboxRow.statement_id)))
        installation = outbox.installation_uri(session) if rows else _peek(session)
        statements, attachments = [], {}
        for n, row in enumerate(rows):
            if cancel is not None:
                cancel.raise_if_cancelled()
            found, problem = attachments_of(session, row)
            if problem:
                raise BiblioError(problem, "the statement cannot be exported")
            attachments.update(found)
            statements.append(json.loads(row.statement_json))
            progress(n + 1, len(rows) + 1)
    name = f"{FOLDER_PREFIX}{installation_tag(installation)}-{now:%Y%m%dT%H%M%SZ}"
    final = dest / name
    # Written under a hidden temporary name and renamed when complete, so a stick pulled
    # or a PC switched off midway never shows a biblio-outbox-... folder with half its
    # files; such a leftover is removed by the next export to the same place.
    partial = temp_path_for(final)
    try:
        dest.mkdir(parents=True, exist_ok=True)
        remove_stale_temporaries(dest)
        if final.exists():
            raise BiblioError(f"The folder {final} already exists.", "wait a second and retry")
        (partial / "attachments").mkdir(parents=True)
        files: dict[str, str] = {}
        data = json.dumps(statements, ensure_ascii=False, indent=1).encode("utf-8")
        _write(partial / STATEMENTS, data)
        files[STATEMENTS] = hashlib.sha256(data).hexdigest()
        for sha2, content in sorted(attachments.items()):
            _write(partial / "attachments" / f"{sha2}.json", content)
            files[f"attachments/{sha2}.json"] = sha2
        manifest = {"format": FORMAT, "installation": installation,
                    "created_at": now.isoformat() + "Z", "statements": len(statements),
                    "files": files}
        _write(partial / MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))
        fsync_dir(partial / "attachments")
        fsync_dir(partial)
        os.replace(partial, final)
        fsync_dir(dest)
    except OSError as exc:
        shutil.rmtree(partial, ignore_errors=True)
        raise BiblioError(f"Cannot write the outbox export into {dest}: "
                          f"{exc.strerror or exc}.", "check the USB stick is writable and "
                          "has space") from exc
    progress(len(rows) + 1, len(rows) + 1)
    return final, len(statements)


def _peek(session: Any) -> str:
    return str(outbox.get_setting(session, outbox.INSTALLATION_KEY) or "none")


def read_folder(folder: Path) -> tuple[dict[str, Any], list[dict[str, Any]], dict[str, bytes]]:
    """The manifest, statements and attachments of an export folder, after checking the
    sha256 of every file the manifest lists."""
    folder = Path(folder)
    try:
        manifest = json.loads((folder / MANIFEST).read_bytes())
    except (OSError, ValueError) as exc:
        raise BiblioError(f"{folder} is not a BIBLIO outbox export (no readable {MANIFEST}).",
                          "give the biblio-outbox-... folder export-pending wrote") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BiblioError(f"{folder / MANIFEST} is not a {FORMAT} manifest.",
                          "give the biblio-outbox-... folder export-pending wrote")
    files = manifest.get("files")
    if not isinstance(files, dict) or STATEMENTS not in files:
        raise BiblioError(f"The manifest in {folder} lists no statements.",
                          "export the statements again")
    attachments: dict[str, bytes] = {}
    for name, expected in files.items():
        path = (folder / name).resolve()
        if folder.resolve() not in path.parents:
            raise BiblioError(f"The manifest in {folder} names a file outside it ({name}).")
        try:
            actual = _sha256(path)
        except OSError as exc:
            raise BiblioError(f"The file {name} of {folder} is missing.",
                              "copy the whole folder again") from exc
        if actual != expected:
            raise BiblioError(f"The file {name} of {folder} is damaged (its sha256 differs "
                              "from the manifest).", "copy the folder again or export again")
        if name.startswith("attachments/"):
            attachments[actual] = path.read_bytes()
    statements = json.loads((folder / STATEMENTS).read_bytes())
    return manifest, statements, attachments


def _delivered(folder: Path) -> dict[str, list[str]]:
    try:
        data = json.loads((folder / DELIVERED).read_bytes())
        return {str(k): list(v) for k, v in data.get("delivered", {}).items()}
    except (OSError, ValueError, AttributeError):
        return {}


def deliver_folder(folder: Path, config: LrsConfig, *, batch_size: int = 100,
                   progress: ProgressFn = no_progress, cancel: CancelToken | None = None,
                   retry: RetryPolicy | None = None,
                   sleep: Callable[[float], None] | None = None) -> SyncResult:
    """Deliver an export folder to the LRS (no data folder needed on this PC)."""
    folder = Path(folder)
    _manifest, statements, attachments = read_folder(folder)
    delivered = _delivered(folder)
    done_here = set(delivered.get(config.url, []))
    work = []
    for statement in statements:
        if statement["id"] in done_here:
            continue
        needed = {a["sha2"]: attachments[a["sha2"]] for a in statement.get("attachments", [])
                  if a.get("sha2") in attachments}
        work.append(Pending(statement["id"], json.dumps(statement, ensure_ascii=False,
                                                        separators=(",", ":")), needed))
    total, outcome = len(work), BatchOutcome()
    progress(0, total)
    kwargs: dict[str, Any] = {"retry": retry}
    if sleep is not None:
        kwargs["sleep"] = sleep

    def summary() -> SyncResult:
        sent = len(outcome.delivered) + len(outcome.already)
        problems = tuple(list(outcome.conflicts.values()) + list(outcome.rejected.values()))
        return SyncResult(total, sent, len(outcome.already), len(outcome.conflicts),
                          len(outcome.rejected), total - sent, problems)

    with LrsClient(config, **kwargs) as client:
        for start in range(0, total, batch_size):
            if cancel is not None and cancel.cancelled:
                raise Cancelled(f"Delivery cancelled; {summary().delivered} statement(s) "
                                "delivered, the rest will be sent next time.")
            try:
                result = deliver_batch(client, work[start:start + batch_size])
            except LrsError as exc:
                raise SyncError(exc.message, exc.hint, summary()) from exc
            outcome.merge(result)
            delivered.setdefault(config.url, []).extend(result.delivered + result.already)
            write_atomic(folder / DELIVERED, json.dumps(
                {"delivered": delivered}, indent=1).encode("utf-8"))
            progress(min(total, start + batch_size), total)
    return summary()


def confirm_delivered(workspace: Any, folder: Path, *,
                      clock: Callable[[], datetime] = utc_now) -> int:
    """Mark as delivered here the statements an export folder's `delivered.json` lists (to
    any LRS); returns how many changed. Only this installation's exports are accepted."""
    folder = Path(folder)
    manifest, statements, _attachments = read_folder(folder)
    ids = {i for listed in _delivered(folder).values() for i in listed}
    ids &= {s["id"] for s in statements}
    with unit_of_work(workspace.sessions) as session:
        if manifest.get("installation") != outbox.get_setting(session, outbox.INSTALLATION_KEY):
            raise BiblioError(f"{folder} was exported by another installation.",
                              "confirm it on the PC that exported it")
        changed = 0
        id_list = sorted(ids)
        for start in range(0, len(id_list), 500):
            for row in session.scalars(select(OutboxRow).where(
                    OutboxRow.statement_id.in_(id_list[start:start + 500]),
                    OutboxRow.delivered_at.is_(None))):
                row.delivered_at = clock()
                row.last_error = None
                row.next_try_at = None
                changed += 1
        if changed:
            outbox.put_setting(session, outbox.LAST_SYNC_KEY, clock().isoformat())
    return changed
