"""Workshop mode on the command line: `share`, `join`, `peers` (docs/workshop.md).

The learner transfer commands are `learners transfer-out|transfer-in` (cli/learners.py);
downloading from a joined PC is the usual `download ID` (cli/downloads.py).
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
import time
from typing import Any

from ..errors import UsageError
from .courses import open_workspace


def register(sub: Any) -> None:
    s = sub.add_parser(
        "share", help="share this PC's courses with a room of PCs (workshop mode)",
        description="Share the installed courses on the local network and gather the "
        "learning records of the PCs that join, until Ctrl+C. Prints a join code: a PC joins "
        "with 'biblio-desktop join ADDRESS CODE'. Joined PCs download courses from here and "
        "deliver their statements here; this PC's own 'sync' then forwards everything to "
        "the LRS once. No TLS: the packages' and records' signatures carry the integrity "
        "(docs/workshop.md, 'Security').")
    s.add_argument("--port", type=int, default=None, metavar="N",
                   help="TCP port (default 8765; 0 picks a free one)")
    s.add_argument("--bind", metavar="ADDRESS", default="0.0.0.0",
                   help="listen only on this address (default: every network card)")
    s.add_argument("--name", metavar="NAME", help="the workshop's name shown to learners "
                   "(default: the library name on certificates, or the PC's name)")
    s.add_argument("--no-announce", action="store_true",
                   help="do not announce the workshop by DNS-SD (learners type the address)")
    s.add_argument("--for", dest="duration", type=float, metavar="SECONDS",
                   help="stop after SECONDS (default: until Ctrl+C)")
    s.add_argument("--keep-learners", type=int, metavar="DAYS",
                   help="keep a learner handed over from a joined PC for DAYS days after "
                   "its last refresh (1-365; default 30; remembered for the next time)")
    s.set_defaults(run=cmd_share)

    j = sub.add_parser(
        "join", help="join a workshop: get courses from, and send records to, a sharing PC",
        description="Join the workshop at ADDRESS (as the facilitator's PC shows it, e.g. "
        "192.168.1.20:8765) with its join code. Its courses then appear in 'catalog list' "
        "(On this network) and 'download ID' installs them (signature and publisher checks "
        "as always); 'sync' delivers this PC's records to it. --check says in plain words "
        "what is wrong when joining fails; --browse lists workshops found on the network.")
    j.add_argument("address", metavar="ADDRESS", nargs="?")
    j.add_argument("code", metavar="CODE", nargs="?")
    j.add_argument("--check", action="store_true",
                   help="only check the way to ADDRESS (and CODE if given), without joining")
    j.add_argument("--browse", action="store_true",
                   help="list the workshops announced on this network (DNS-SD)")
    j.add_argument("--leave", action="store_true", help="leave the joined workshop")
    j.add_argument("--name", metavar="NAME", help="this PC's name as the facilitator sees it "
                   "(default: the computer name)")
    j.add_argument("--status", action="store_true", help="show the joined workshop")
    j.set_defaults(run=cmd_join)

    p = sub.add_parser(
        "peers", help="the PCs that joined this PC's workshop (list, remove, learners)",
        description="On the sharing PC: list the joined PCs, remove one (its token stops "
        "working at once; what it delivered stays), or list the learners whose records "
        "arrived from joined PCs.")
    actions = p.add_subparsers(dest="peers_command", metavar="ACTION")
    r = actions.add_parser("remove", help="remove a joined PC (revoke its token)",
                           description="Remove a joined PC by name or installation id.")
    r.add_argument("which", metavar="NAME|ID")
    actions.add_parser("learners", help="learners of joined PCs and their records gathered",
                       description="Learners of joined PCs, from the statements gathered on "
                       "this PC.")
    p.set_defaults(run=cmd_peers)


def _say(text: str) -> None:
    print(text, flush=True)


def cmd_share(args: argparse.Namespace) -> int:
    from ..workshop.protocol import DEFAULT_PORT

    port = DEFAULT_PORT if args.port is None else args.port
    if not 0 <= port <= 65535:
        raise UsageError("--port must be between 0 and 65535.")
    if args.keep_learners is not None and not 1 <= args.keep_learners <= 365:
        raise UsageError("--keep-learners must be between 1 and 365 days.")
    stop = threading.Event()

    def on_signal(_signum: int, _frame: object) -> None:
        stop.set()

    old = signal.signal(signal.SIGTERM, on_signal)
    with open_workspace(args) as ws:
        if args.keep_learners is not None:
            ws.settings.set("workshop_learner_days", args.keep_learners)
        sharing = ws.workshop.share(bind=args.bind, port=port, name=args.name,
                                    announce=not args.no_announce)
        try:
            _say(f"sharing as '{sharing.service.name}' on port {sharing.service.port}")
            for url in sharing.urls:
                _say(f"address: {url}")
            _say(f"join code: {sharing.code}")
            _say(f"on each learner PC: biblio-desktop join {sharing.urls[0]} {sharing.code}")
            for p in sharing.shared:
                _say(f"shared: {p.course_id} {p.version} ({p.size / 1e6:.1f} MB"
                     f"{', signed by ' + p.signed_by if p.signed_by else ', UNSIGNED'})")
            for n in sharing.not_shared:
                _say(f"not shared: {n.course_id} {n.version}: {n.reason}")
            if not sharing.shared:
                _say("no course is shared yet (import a package to share it)")
            _watch(ws, sharing, stop, args.duration)
        except KeyboardInterrupt:
            pass
        finally:
            sharing.stop()
            signal.signal(signal.SIGTERM, old)
            _say(f"stopped sharing; {ws.workshop.gathered_count()} statement(s) gathered from "
                 "joined PCs wait here for this PC's sync")
    return 0


def _watch(ws: Any, sharing: Any, stop: threading.Event, duration: float | None) -> None:
    """Report joins and downloads until stopped (Ctrl+C, SIGTERM or --for)."""
    known = {p.installation for p in ws.workshop.peers()}
    busy: set[tuple[str, str]] = set()
    end = time.monotonic() + duration if duration else None
    while not stop.wait(1.0):
        if end is not None and time.monotonic() >= end:
            break
        peers = {p.installation: p for p in ws.workshop.peers()}
        for installation in sorted(peers.keys() - known):
            _say(f"joined: {peers[installation].name}")
        known = set(peers)
        now = {(t.peer, f"{t.course_id} {t.version}") for t in sharing.service.transfers()}
        for peer, course in sorted(now - busy):
            name = peers[peer].name if peer in peers else peer
            _say(f"{name} is downloading {course}")
        busy = now


def cmd_join(args: argparse.Namespace) -> int:
    if args.browse:
        from ..workshop.discovery import browse

        found = browse(3.0)
        if not found:
            _say("No workshop was found on this network (multicast may be blocked here). "
                 "Type the address and code the facilitator's PC shows: "
                 "biblio-desktop join ADDRESS CODE")
            return 1
        for f in found:
            _say(f"{f.name}: {f.url}")
        return 0
    if args.check:
        from ..workshop.check import check

        if not args.address:
            raise UsageError("--check needs the ADDRESS of the facilitator's PC.")
        result = check(args.address, args.code)
        for step in result.steps:
            _say(f"  {step}")
        if result.ok:
            _say(f"ok: {result.message}")
            return 0
        print(f"error: {result.message}" + (f"; {result.hint}" if result.hint else ""),
              file=sys.stderr)
        return 1
    with open_workspace(args) as ws:
        if args.leave:
            peer = ws.workshop.leave()
            _say(f"left the workshop {peer.name}" if peer else "this PC has not joined a "
                 "workshop")
            return 0
        if args.status or not args.address:
            peer = ws.workshop.joined()
            if peer is None:
                if not args.status:
                    raise UsageError("give the ADDRESS and CODE of the workshop.")
                _say("this PC has not joined a workshop")
                return 0
            _say(f"joined the workshop {peer.name} at {peer.base_url}")
            return 0
        if not args.code:
            raise UsageError("give the join CODE shown on the facilitator's PC.")
        peer = ws.workshop.join(args.address, args.code, name=args.name)
        catalog = [c for c in ws.catalogs.cached() if c.url == peer.catalog_url]
        count = len(catalog[0].packages) if catalog else 0
    _say(f"joined the workshop {peer.name} at {peer.base_url}: {count} course(s) offered "
         "(see 'biblio-desktop catalog list'); 'biblio-desktop sync' now delivers this PC's "
         "records there")
    return 0


def cmd_peers(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        if args.peers_command == "remove":
            peer = ws.workshop.remove_peer(args.which)
            _say(f"removed {peer.name}: its token no longer works")
            return 0
        if args.peers_command == "learners":
            rows = ws.workshop.gathered_learners()
            if not rows:
                _say("No records have arrived from joined PCs.")
            for g in rows:
                when = f"{g.last_at:%Y-%m-%d %H:%M}" if g.last_at else "-"
                _say(f"{g.pc}\t{g.learner}\t{g.statements} statement(s)\t"
                     f"{g.completions} completion(s)\tlast {when} UTC")
            return 0
        peers = ws.workshop.peers()
    if not peers:
        _say("No PC has joined this PC's workshop.")
    for p in peers:
        seen = f"{p.last_seen_at:%Y-%m-%d %H:%M}" if p.last_seen_at else "-"
        _say(f"{p.name}\t{p.address or '-'}\tlast seen {seen} UTC\t{p.installation}")
    return 0



