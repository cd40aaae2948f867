"""Commands about learner profiles and the facilitator: `biblio-desktop learners ...`.

PINs and passwords are read from a file or standard input, never from the command line:
arguments show up in shell history and in every other user's process list.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path
from typing import Any

from ..errors import BiblioError, UsageError
from .courses import open_workspace

# Secrets are short; reading more than this means the wrong file was given.
_SECRET_FILE_MAX = 4096


def register(sub: Any) -> None:
    p = sub.add_parser("learners", help="manage learner profiles and the facilitator password",
                       description="Manage the learner profiles on this PC and the "
                       "facilitator password of this data folder.")
    actions = p.add_subparsers(dest="learners_command", metavar="ACTION", required=True)

    a = actions.add_parser("add", help="add a learner profile",
                           description="Add a learner profile. Names are unique ignoring case "
                           "(1 to 60 characters). The optional PIN (4 to 8 digits) is read "
                           "from a file or from standard input, never from the command line.")
    a.add_argument("name", metavar="NAME", help="the learner's name as shown on the sign-in "
                   "screen")
    pin = a.add_mutually_exclusive_group()
    pin.add_argument("--pin-file", metavar="FILE", type=Path,
                     help="read the PIN from the first line of FILE")
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the PIN from standard input (prompted without echo on a "
                     "terminal)")
    a.set_defaults(run=cmd_add)

    a = actions.add_parser("list", help="list learner profiles",
                           description="List learner profiles: id, name, whether a PIN is set, "
                           "and when they last signed in (UTC).")
    a.add_argument("--json", action="store_true", help="print JSON instead of a table")
    a.set_defaults(run=cmd_list)

    a = actions.add_parser("rename", help="rename a learner profile",
                           description="Change a learner's name; their progress and records "
                           "stay with the profile.")
    a.add_argument("learner_id", metavar="ID", type=int, help="learner id (see 'learners list')")
    a.add_argument("name", metavar="NAME", help="the new name")
    a.set_defaults(run=cmd_rename)

    a = actions.add_parser("remove", help="export, then delete a learner and all their data",
                           description="Delete a learner profile with all its progress, quiz "
                           "attempts and completions. Everything is first exported to a JSON "
                           "file; nothing is deleted if that export cannot be written.")
    a.add_argument("learner_id", metavar="ID", type=int, help="learner id (see 'learners list')")
    a.add_argument("--confirm", metavar="NAME", required=True,
                   help="the learner's name, exactly as listed, to confirm")
    a.add_argument("--export-to", metavar="DIR", type=Path,
                   help="folder for the export (default: the data folder's exports/)")
    a.set_defaults(run=cmd_remove)

    f = actions.add_parser("facilitator", help="facilitator account of this data folder",
                           description="The facilitator account (one per data folder).")
    f_actions = f.add_subparsers(dest="facilitator_command", metavar="ACTION", required=True)
    a = f_actions.add_parser("set-password", help="set or change the facilitator password",
                             description="Set the facilitator password (at least 8 "
                             "characters), read from a file. If one is already set, give the "
                             "current one with --old-password-file.")
    a.add_argument("--password-file", metavar="FILE", type=Path, required=True,
                   help="read the new password from the first line of FILE")
    a.add_argument("--old-password-file", metavar="FILE", type=Path,
                   help="read the current password from the first line of FILE (needed to "
                   "change an existing one)")
    a.set_defaults(run=cmd_facilitator_set_password)

    a = actions.add_parser(
        "transfer-out", help="write a learner's profile and progress to a transfer file",
        description="Write a learner's profile (name, PIN hash, language, avatar), progress, "
        "quiz attempts and completions to FILE, signed by this installation, for a PC in "
        "another room or branch ('learners transfer-in FILE' there). The file holds the PIN "
        "hash: keep it like the learner's own data.")
    a.add_argument("learner", metavar="NAME|ID")
    a.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    a.set_defaults(run=cmd_transfer_out)

    a = actions.add_parser(
        "transfer-in", help="add or merge a learner from a transfer file",
        description="Check the transfer file's signature (a changed file is refused) and "
        "merge it: a learner who came from here is merged back, otherwise a profile is made "
        "with the same PIN. Completions are kept, attempts are united, time spent is the "
        "larger, and no statement is queued twice (docs/workshop.md).")
    a.add_argument("file", metavar="FILE", type=Path)
    a.set_defaults(run=cmd_transfer_in)

    a = actions.add_parser(
        "hand-over", help="hand a learner to the joined workshop PC",
        description="Send a learner's signed transfer document (profile, PIN hash, "
        "progress) to the workshop PC this PC joined, so another PC of the room can take "
        "them ('learners from-workshop NAME' there). The workshop PC keeps the latest copy "
        "of each learner; this PC keeps the learner too. Joined PCs also do this by "
        "themselves for learners active since their last delivery.")
    a.add_argument("learner", metavar="NAME|ID")
    a.set_defaults(run=cmd_hand_over)

    a = actions.add_parser(
        "from-workshop", help="take a learner waiting on the joined workshop PC",
        description="List the learners the joined workshop PC offers (handed over by the "
        "room's PCs, and the workshop PC's own), or take one by name or id and merge them "
        "here with the transfer file's rules (signature checked; completions kept, "
        "attempts united, no statement queued twice). Taking leaves the copy there.")
    a.add_argument("--list", action="store_true", help="only list the waiting learners")
    a.add_argument("learner", metavar="NAME|ID", nargs="?")
    a.set_defaults(run=cmd_from_workshop)


def _first_line(text: str) -> str:
    # Only the line ending is dropped: a password may begin or end with a space.
    return text.splitlines()[0] if text else ""


def read_secret_file(path: Path, what: str) -> str:
    """The first line of a secret file, with a clear error when it cannot be read."""
    try:
        with open(path, encoding="utf-8-sig") as fh:
            text = fh.read(_SECRET_FILE_MAX + 1)
    except OSError as exc:
        raise BiblioError(f"Cannot read the {what} file {path}: {exc.strerror or exc}.",
                          "check the path") from exc
    except UnicodeDecodeError as exc:
        raise BiblioError(f"The {what} file {path} is not UTF-8 text.",
                          f"write the {what} on the first line of a text file") from exc
    if len(text) > _SECRET_FILE_MAX:
        raise BiblioError(f"The {what} file {path} is too large to hold a {what}.",
                          f"write only the {what} on its first line")
    return _first_line(text)


def _read_pin(args: argparse.Namespace) -> str | None:
    if args.pin_file is not None:
        return read_secret_file(args.pin_file, "PIN").strip()
    if args.pin_stdin:
        if sys.stdin.isatty():
            return getpass.getpass("PIN: ").strip()
        line = sys.stdin.readline()
        if not line:
            raise UsageError("No PIN on standard input.", "pipe the PIN in, or use --pin-file")
        return line.strip()
    return None


def _when(value: Any) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else "never"


def cmd_add(args: argparse.Namespace) -> int:
    pin = _read_pin(args)
    with open_workspace(args) as ws:
        learner = ws.learners.add(args.name, pin)
    print(f"added learner {learner.id}: {learner.name} "
          f"({'PIN set' if learner.has_secret else 'no PIN'})")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        learners = ws.learners.list_learners()
    if args.json:
        print(json.dumps([{"id": lr.id, "name": lr.name, "has_pin": lr.has_secret,
                           "last_seen_at": lr.last_seen_at.isoformat() if lr.last_seen_at
                           else None} for lr in learners], ensure_ascii=False, indent=2))
        return 0
    if not learners:
        print("No learners yet. Add one with: biblio-desktop learners add NAME")
        return 0
    id_w = max(2, *(len(str(lr.id)) for lr in learners))
    name_w = max(4, *(len(lr.name) for lr in learners))
    print(f"{'ID':>{id_w}}  {'NAME':<{name_w}}  PIN  LAST SEEN (UTC)")
    for lr in learners:
        print(f"{lr.id:>{id_w}}  {lr.name:<{name_w}}  {'yes' if lr.has_secret else 'no ':<3}  "
              f"{_when(lr.last_seen_at)}")
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        learner = ws.learners.rename(args.learner_id, args.name)
    print(f"renamed learner {learner.id} to {learner.name}")
    return 0


def cmd_remove(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        folder = args.export_to if args.export_to is not None else ws.layout.exports
        directory = ws.learners
        name = directory.get(args.learner_id).name
        path = directory.remove(args.learner_id, confirm_name=args.confirm,
                                export_folder=folder)
    print(f"removed learner {args.learner_id} ({name}); their data was exported to {path}")
    return 0


def cmd_facilitator_set_password(args: argparse.Namespace) -> int:
    new = read_secret_file(args.password_file, "password")
    old = (read_secret_file(args.old_password_file, "password")
           if args.old_password_file is not None else None)
    with open_workspace(args) as ws:
        directory = ws.learners
        if not directory.facilitator_exists():
            directory.create_facilitator(new)
            print("facilitator password set")
            return 0
        if old is None:
            raise BiblioError("A facilitator password is already set.",
                              "give the current one with --old-password-file to change it")
        directory.change_facilitator_password(old, new)
    print("facilitator password changed")
    return 0


def cmd_transfer_out(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        written = ws.workshop.transfer_out(args.learner, args.output)
    print(f"wrote {written.learner} ({written.attempts} quiz attempt(s)) to {written.path}, "
          f"signed by {written.signed_by}")
    return 0


def cmd_transfer_in(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        merged = ws.workshop.transfer_in(args.file)
    what = "added" if merged.created else "merged into"
    writer = f"{merged.writer_name} ({merged.writer})" if merged.writer_name else merged.writer
    print(f"{what} learner {merged.learner} (id {merged.learner_id}): "
          f"{merged.progress_merged} item(s), {merged.attempts_added} new attempt(s), "
          f"{merged.completions_added} new completion(s); file signed by {writer}")
    return 0


def cmd_hand_over(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        kept = ws.workshop.hand_over(args.learner)
        peer = ws.workshop.joined()
    print(f"handed {kept.name} over to {peer.name if peer else 'the workshop PC'}")
    return 0


def cmd_from_workshop(args: argparse.Namespace) -> int:
    if not args.list and not args.learner:
        raise UsageError("give a learner's NAME or ID, or --list")
    with open_workspace(args) as ws:
        if args.list:
            waiting = ws.workshop.waiting_learners()
            for w in waiting:
                print(f"{w.name}\t{w.pc}\t{w.id}")
            if not waiting:
                print("no learner is waiting on the workshop PC")
            return 0
        merged = ws.workshop.take_learner(args.learner)
    what = "added" if merged.created else "merged into"
    print(f"{what} learner {merged.learner} (id {merged.learner_id}) from the workshop PC: "
          f"{merged.progress_merged} item(s), {merged.attempts_added} new attempt(s), "
          f"{merged.completions_added} new completion(s)")
    return 0
