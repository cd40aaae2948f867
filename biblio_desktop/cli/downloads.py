"""Commands about catalogs and downloads: catalog add|list|refresh|remove, download."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..datadir import resolve_data_dir
from ..errors import AlreadyInstalled, BiblioError
from .textbar import TextBar


def register(sub: Any) -> None:
    p = sub.add_parser("catalog", help="course catalogs on the web (add, list, refresh, remove)",
                       description="Manage the course catalogs this app knows (catalog.json "
                       "files on a web server, see docs/catalog-format.md). Only 'add' and "
                       "'refresh' use the network; 'list' shows the last fetched copies.")
    csub = p.add_subparsers(dest="catalog_command", metavar="ACTION", required=True,
                            parser_class=type(p))
    a = csub.add_parser("add", help="add a catalog URL and fetch it",
                        description="Remember a catalog address (http:// or https://) and "
                        "fetch it once.")
    a.add_argument("url", metavar="URL")
    a.add_argument("--no-fetch", action="store_true", help="only remember the address")
    a.set_defaults(run=cmd_catalog_add)
    lst = csub.add_parser("list", help="show what the catalogs offer (no network)",
                          description="Show the packages of the last fetched copy of every "
                          "catalog, with their status: installed, update available, not "
                          "installed.")
    lst.add_argument("--language", metavar="LANG", help="show titles in this language")
    lst.set_defaults(run=cmd_catalog_list)
    r = csub.add_parser("refresh", help="fetch every catalog again",
                        description="Fetch every catalog (only what changed is transferred). "
                        "A catalog that fails keeps its last copy.")
    r.add_argument("url", metavar="URL", nargs="?", help="only this catalog")
    r.set_defaults(run=cmd_catalog_refresh)
    rm = csub.add_parser("remove", help="forget a catalog URL",
                         description="Forget a catalog address and its cached copy. Installed "
                         "courses stay.")
    rm.add_argument("url", metavar="URL")
    rm.set_defaults(run=cmd_catalog_remove)

    d = sub.add_parser("download", help="download and install a course from a catalog",
                       description="Download a course package listed in a catalog, check its "
                       "size, SHA-256 and publisher signature, and install it (an update "
                       "keeps learners' progress). An interrupted download of the same "
                       "package resumes where it stopped; Ctrl+C pauses it.")
    d.add_argument("course_id", metavar="ID")
    d.add_argument("--version", metavar="V", help="this version (default: the newest offered)")
    d.add_argument("--discard", action="store_true",
                   help="delete an unfinished download of this course instead")
    d.add_argument("--from-peer", action="store_true",
                   help="only from the joined workshop PC (On this network)")
    d.add_argument("--accept-unsigned", action="store_true",
                   help="install an unsigned package from the workshop PC: nothing then "
                   "proves who made it or that the PC did not change it")
    d.set_defaults(run=cmd_download)


def _open(args: argparse.Namespace) -> Any:
    from ..workspace import Workspace

    return Workspace.open(resolve_data_dir(args.data_dir))


def _err(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def cmd_catalog_add(args: argparse.Namespace) -> int:
    from ..downloads.store import CatalogStore

    with _open(args) as ws:
        store = CatalogStore(ws)
        added = store.add(args.url)
        url = args.url.strip()
        print(f"added catalog {url}" if added else f"catalog {url} was already added")
        if args.no_fetch:
            return 0
        (result,) = store.refresh(url)
    if result.status == "failed":
        _err(f"error: {result.error}")
        return 1
    print(f"fetched {url}: {result.package_count} packages")
    return 0


def cmd_catalog_list(args: argparse.Namespace) -> int:
    from ..downloads.store import CatalogStore
    from ..downloads.updates import catalog_listing
    from ..workshop.client import ON_THIS_NETWORK

    with _open(args) as ws:
        store = CatalogStore(ws)
        sources = store.sources()
        listing = catalog_listing(ws, store.cached())
        peer = ws.workshop.joined()
    if not sources:
        print("No catalogs. Add one with: biblio-desktop catalog add URL")
        return 0
    for s in sources:
        when = f"fetched {s.fetched_at:%Y-%m-%d %H:%M} UTC" if s.fetched_at else "never fetched"
        signed = f", signed by key {s.signed_by}" if s.signed_by else ""
        label = f"{ON_THIS_NETWORK}: {peer.name}, " if peer and s.url == peer.catalog_url \
            else ""
        print(f"catalog {s.url} ({label}{when}, {s.package_count} packages{signed})")
        if s.last_error:
            print(f"  last refresh failed: {s.last_error}")
    if not listing:
        return 0
    width = max(len(x.entry.id) for x in listing)
    for x in listing:
        status = x.status + (f" (have {x.installed_version})" if x.status in (
            "update available", "older than installed") else "")
        print(f"{x.entry.id:<{width}}  {x.entry.version:<8}  {x.entry.size / 1e6:7.1f} MB  "
              f"{status:<28}  {x.entry.text(x.entry.title, args.language)}")
    return 0


def cmd_catalog_refresh(args: argparse.Namespace) -> int:
    from ..downloads.store import CatalogStore

    with _open(args) as ws:
        results = CatalogStore(ws).refresh(args.url)
    if not results:
        print("No catalogs. Add one with: biblio-desktop catalog add URL")
        return 0
    failed = 0
    for r in results:
        if r.status == "failed":
            failed += 1
            _err(f"error: {r.error}")
        elif r.status == "unchanged":
            print(f"{r.url}: unchanged")
        else:
            print(f"{r.url}: {r.package_count} packages")
    return 1 if failed else 0


def cmd_catalog_remove(args: argparse.Namespace) -> int:
    from ..downloads.store import CatalogStore

    with _open(args) as ws:
        if not CatalogStore(ws).remove(args.url):
            raise BiblioError(f"No catalog {args.url} is configured.",
                              "see 'biblio-desktop catalog list'")
    print(f"removed catalog {args.url}")
    return 0


def cmd_download(args: argparse.Namespace) -> int:
    from ..downloads.manager import DownloadManager

    with _open(args) as ws:
        manager = DownloadManager(ws)
        if args.discard:
            found = [d for d in manager.list(active_only=True) if d.course_id == args.course_id
                     and (args.version is None or d.version == args.version)]
            for d in found:
                manager.discard(d.id)
                print(f"discarded the unfinished download of {d.course_id} {d.version}")
            if not found:
                print(f"no unfinished download of {args.course_id}")
            return 0
        entry, catalog_url = _pick_entry(ws, args)
        peer = ws.workshop.joined()
        from_peer = peer is not None and catalog_url == peer.catalog_url
        if from_peer and not peer.owns(entry.url):
            raise BiblioError(f"The workshop PC's catalog sends {entry.id} to another address "
                              f"({entry.url}), not to the workshop PC; it was not downloaded.",
                              "ask the facilitator")
        if from_peer:
            print(f"from the workshop PC {peer.name} (On this network)")
        pending = manager.pending(entry.id, entry.version)
        if pending is not None and pending.part_path.exists():
            size = pending.part_path.stat().st_size
            print(f"resuming {entry.id} {entry.version} at {size / 1e6:.1f} of "
                  f"{entry.size / 1e6:.1f} MB")
        try:
            outcome = manager.download(
                entry, catalog_url=catalog_url,
                progress=TextBar(f"downloading {entry.id} {entry.version}"),
                import_progress=TextBar(f"installing {entry.id} {entry.version}"),
                notice=_err, require_signed=from_peer and not args.accept_unsigned)
        except AlreadyInstalled as exc:
            print(str(exc))
            return 0
        except KeyboardInterrupt:
            _err("error: paused; run the same command again to resume the download.")
            return 130
    result = outcome.result
    extra = f" (update from {result.previous_version})" if result.previous_version else ""
    signed = f", signed by key {result.signed_by}" if result.signed_by else ", unsigned"
    print(f"installed {result.course_id} {result.version}: {result.title}{extra}{signed}")
    return 0


def _pick_entry(ws: Any, args: argparse.Namespace) -> Any:
    """The entry to download: from the joined workshop PC when it offers the version the
    internet catalogs would give (or with --from-peer), else the newest anywhere."""
    from ..downloads.updates import find_entry
    from ..packages.manifest import version_key

    peer = ws.workshop.joined()
    peer_catalogs = [c for c in ws.catalogs.cached() if peer and c.url == peer.catalog_url]
    if args.from_peer:
        if not peer_catalogs:
            raise BiblioError("This PC has not joined a workshop (or its catalog was never "
                              "fetched).", "join with: biblio-desktop join ADDRESS CODE")
        return find_entry(ws, args.course_id, args.version, peer_catalogs)
    best = find_entry(ws, args.course_id, args.version)
    if peer_catalogs and best[1] != peer_catalogs[0].url:
        try:
            local = find_entry(ws, args.course_id, args.version, peer_catalogs)
        except BiblioError:
            return best
        if version_key(local[0].version) >= version_key(best[0].version):
            return local
    return best
