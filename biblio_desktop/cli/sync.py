"""`biblio-desktop sync`, `export-pending` and `sync-status`: deliver xAPI statements.

The LRS password is read from a file (`--password-file`) or from the data folder's
`lrs-password` file (0600) stored by `--save`; never from the command line, where it
would show up in shell history and the process list.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .courses import open_workspace
from .learners import read_secret_file


class CountBar:
    """`progress(done, total)` as `label 120/400 statements` on a terminal's stderr."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.enabled = sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        if self.enabled and total:
            sys.stderr.write(f"\r{self.label} {done}/{total} statements")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def register(sub: Any) -> None:
    p = sub.add_parser(
        "sync", help="send waiting learning records (xAPI statements) to the LRS",
        description="Send this installation's waiting xAPI statements (quiz attempts, course "
        "completions, signed completion records) to a Learning Record Store, or with --from "
        "deliver a folder written by 'export-pending' on an offline PC. On a PC that joined a "
        "workshop ('join'), plain 'sync' delivers to the workshop's PC instead, which "
        "forwards them. Statements are marked "
        "sent only after the LRS confirmed them; sending twice never duplicates one. Without "
        "--lrs/--user the address saved with --save is used, and without --password-file the "
        "password saved in the data folder.")
    p.add_argument("--lrs", metavar="URL", help="the LRS's xAPI base address, e.g. "
                   "https://lrs.example.org/xAPI/")
    p.add_argument("--user", metavar="NAME", help="LRS user name (the key of the LRS client)")
    p.add_argument("--password-file", metavar="FILE", type=Path,
                   help="read the LRS password (the secret) from the first line of FILE")
    p.add_argument("--save", action="store_true",
                   help="remember --lrs and --user in this data folder, and the password in "
                   "its lrs-password file (readable by you only)")
    p.add_argument("--from", dest="from_dir", metavar="DIR", type=Path,
                   help="deliver an export folder (biblio-outbox-...) instead of this data "
                   "folder's outbox; needs no data folder when --lrs and --user are given")
    p.add_argument("--batch", metavar="N", type=int, default=100,
                   help="statements per request (default 100)")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.set_defaults(run=cmd_sync)

    e = sub.add_parser(
        "export-pending", help="write waiting statements to a folder (USB stick)",
        description="Write every statement not yet sent, with attached completion records "
        "and a manifest of sha256 sums, into DIR/biblio-outbox-<installation>-<time>/. "
        "Deliver it from a PC with network with 'biblio-desktop sync --from FOLDER'. The "
        "statements stay waiting here until this PC syncs or --confirm is run.")
    e.add_argument("--to", metavar="DIR", type=Path,
                   help="where to create the export folder (e.g. the USB stick)")
    e.add_argument("--confirm", metavar="FOLDER", type=Path,
                   help="instead of exporting: mark as sent what FOLDER's delivered.json says "
                   "was delivered (after 'sync --from' ran on it)")
    e.set_defaults(run=cmd_export)

    s = sub.add_parser("sync-status", help="how many records wait to be sent",
                       description="Statements waiting and sent (for one learner or all), the "
                       "time of the last successful sync and the last error.")
    s.add_argument("--learner", metavar="ID", type=int, help="only this learner's statements")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.set_defaults(run=cmd_status)


def _password(args: argparse.Namespace) -> str | None:
    return read_secret_file(args.password_file, "password") if args.password_file else None


def _report(result: Any, as_json: bool, what: str) -> int:
    if as_json:
        print(json.dumps({"total": result.total, "delivered": result.delivered,
                          "already_in_lrs": result.already, "conflicts": result.conflicts,
                          "rejected": result.rejected, "pending": result.pending,
                          "errors": list(result.errors)}, indent=2))
    else:
        extra = f" ({result.already} were already there)" if result.already else ""
        print(f"{what}: {result.delivered} of {result.total} statement(s) delivered{extra}, "
              f"{result.pending} waiting.")
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    return 0 if result.ok else 1


def cmd_sync(args: argparse.Namespace) -> int:
    from ..sync import lrs, usb

    if args.batch < 1:
        raise UsageError("--batch must be at least 1.")
    password = _password(args)
    if args.from_dir is not None:
        if args.save:
            raise UsageError("--save cannot be used with --from.")
        if args.lrs and args.user and password is not None:
            config = lrs.LrsConfig(args.lrs, args.user, password)
        else:
            with open_workspace(args) as ws:
                config = lrs.load_config(ws, url=args.lrs, user=args.user, password=password)
        result = _run(lambda: usb.deliver_folder(args.from_dir, config, batch_size=args.batch,
                                                 progress=CountBar("delivering")))
        return _report(result, args.json, str(args.from_dir))
    with open_workspace(args) as ws:
        if args.save:
            if not (args.lrs and args.user):
                raise UsageError("--save needs --lrs and --user.")
            lrs.save_config(ws, args.lrs, args.user, password)
        config = None
        if not (args.lrs or args.user or args.save or password is not None):
            from ..workshop.client import peer_lrs_config

            config = peer_lrs_config(ws.layout.root)  # joined a workshop: deliver there
        if config is None:
            config = lrs.load_config(ws, url=args.lrs, user=args.user, password=password)
        result = _run(lambda: lrs.sync(ws, config, batch_size=args.batch,
                                       progress=CountBar("syncing")))
    return _report(result, args.json, config.url)


def _run(fn: Any) -> Any:
    from ..sync.lrs import SyncError

    try:
        return fn()
    except SyncError as exc:
        done = exc.result
        if done.delivered:
            print(f"{done.delivered} statement(s) were delivered before it stopped.",
                  file=sys.stderr)
        raise


def cmd_export(args: argparse.Namespace) -> int:
    from ..sync import usb

    if (args.to is None) == (args.confirm is None):
        raise UsageError("give either --to DIR or --confirm FOLDER.")
    with open_workspace(args) as ws:
        if args.confirm is not None:
            changed = usb.confirm_delivered(ws, args.confirm)
            print(f"{changed} statement(s) marked as delivered.")
            return 0
        folder, count = usb.export_pending(ws, args.to, progress=CountBar("exporting"))
    print(f"{count} statement(s) written to {folder}")
    if not count:
        print("(nothing was waiting; the folder is empty)")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from ..learning.tracker import utc_now
    from ..sync.outbox import sync_status

    with open_workspace(args) as ws:
        if args.learner is not None:
            ws.learners.get(args.learner)  # a clear error for an unknown id
        with ws.sessions() as session:
            status = sync_status(session, args.learner)
    if args.json:
        print(json.dumps({"pending": status.pending, "delivered": status.delivered,
                          "last_sync_at": status.last_sync_at.isoformat() + "Z"
                          if status.last_sync_at else None,
                          "last_error": status.last_error}, indent=2))
    else:
        print(status.describe(utc_now()))
        if status.last_error:
            print(f"last error: {status.last_error}")
    return 0

