"""`Workspace.workshop`: what the command line and the desktop UI call.

Every method returns plain frozen dataclasses or the service object; nothing here holds a
database session across calls. The UI's sharing panel (ui/facilitator/share_panel.py)
calls `share()` (keeps the service, shows `code`, `urls`, `peers()`,
`service.transfers()`, calls `stop()`), the learners' "On this network"
(ui/courses/network_box.py) `browse()`/`join()`/`check()`/`leave()`, the automatic delivery
(ui/base/delivery.py) `deliver(due_only=True)`, and the transfer actions
`transfer_out()`/`transfer_in()`, `hand_over()`/`waiting_learners()`/`take_learner()`.
"""

from __future__ import annotations

import contextlib
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from ..errors import BiblioError
from ..storage.models import OutboxRow
from .check import Diagnosis, check
from .client import JoinedPeer, deliver, join, leave, load_peer
from .discovery import Announcement, FoundWorkshop, browse, shareable_addresses
from .peers import Peer, PeerRegistry
from .protocol import DEFAULT_PORT
from .server import Limits, WorkshopService
from .shelf import NotShared, SharedPackage, Shelf


@dataclass(frozen=True)
class Sharing:
    """A running share: the service (stop it with `stop()`), its code and addresses."""

    service: WorkshopService
    urls: tuple[str, ...]
    shared: tuple[SharedPackage, ...]
    not_shared: tuple[NotShared, ...]
    announcement: Announcement | None

    @property
    def code(self) -> str:
        return self.service.code

    def stop(self) -> None:
        if self.announcement is not None:
            self.announcement.close()
        self.service.stop()


@dataclass(frozen=True)
class GatheredLearner:
    """A learner of a joined PC as the statements gathered here show them."""

    pc: str  # the joined PC's name (or its installation id if it was forgotten)
    installation: str
    learner: str  # the actor's name
    statements: int
    completions: int
    last_at: datetime | None


class Workshop:
    def __init__(self, workspace: Any) -> None:
        self.ws = workspace

    # --- the sharing PC ------------------------------------------------------------------

    def _identity(self) -> tuple[str, str]:
        from ..records.issue import ISSUER_NAME_SETTING
        from ..storage.db import unit_of_work
        from ..sync.outbox import get_setting, installation_uri

        with unit_of_work(self.ws.sessions) as session:
            name = get_setting(session, ISSUER_NAME_SETTING) or socket.gethostname() or "BIBLIO"
            return str(name)[:100], installation_uri(session)

    def share(self, *, bind: str = "0.0.0.0", port: int = DEFAULT_PORT,
              name: str | None = None, announce: bool = True,
              limits: Limits | None = None,
              interfaces: list[str] | None = None) -> Sharing:
        """Start sharing: serve the catalog and packages, accept statements, show a code.
        Binds to `bind` only (0.0.0.0: every network card); `stop()` ends it."""
        default_name, installation = self._identity()
        service = WorkshopService(self.ws.layout, self.ws.sessions, name=name or default_name,
                                  installation=installation, bind=bind, port=port,
                                  limits=limits).start()
        addresses = shareable_addresses(bind)
        announcement = None
        if announce:
            try:
                announcement = Announcement(service.name, service.port, addresses, interfaces)
            except Exception:  # no multicast here: the address and code still work
                announcement = None
        shared, skipped = service.shelf.scan()
        urls = tuple(f"http://{a}:{service.port}" for a in addresses)
        return Sharing(service, urls, tuple(shared), tuple(skipped), announcement)

    def shelf(self) -> tuple[list[SharedPackage], list[NotShared]]:
        return Shelf(self.ws.layout, self.ws.sessions).scan()

    def peers(self, *, include_removed: bool = False) -> list[Peer]:
        return PeerRegistry(self.ws.sessions).list(include_removed=include_removed)

    def remove_peer(self, which: str) -> Peer:
        return PeerRegistry(self.ws.sessions).remove(which)

    def gathered_learners(self) -> list[GatheredLearner]:
        """Learners of joined PCs, from the statements gathered here (for the dashboard)."""
        import json

        names = {p.installation: p.name for p in self.peers(include_removed=True)}
        out: dict[tuple[str, str], list[Any]] = {}
        with self.ws.sessions() as session:
            rows = session.execute(select(OutboxRow.origin, OutboxRow.statement_json,
                                          OutboxRow.verb, OutboxRow.created_at).where(
                OutboxRow.origin.is_not(None))).all()
        for origin, text, verb, created in rows:
            actor = json.loads(text).get("actor", {})
            account = actor.get("account", {}) if isinstance(actor, dict) else {}
            key = (origin, f"{actor.get('name', '?')}\x00{account.get('name', '')}")
            entry = out.setdefault(key, [0, 0, None])
            entry[0] += 1
            entry[1] += verb == "completed"
            entry[2] = max(entry[2], created) if entry[2] else created
        return sorted((GatheredLearner(names.get(o, o), o, k.split("\x00")[0], n, c, t)
                       for (o, k), (n, c, t) in out.items()),
                      key=lambda g: (g.pc.casefold(), g.learner.casefold()))

    def _store(self) -> Any:
        """The hand-over copies, read without a write transaction when the installation
        id is stored already (the cohort editor asks on the GUI thread)."""
        from ..sync.outbox import INSTALLATION_KEY, get_setting
        from .handover import HandOverStore

        with self.ws.sessions() as session:
            installation = get_setting(session, INSTALLATION_KEY)
        if not installation:
            installation = self._identity()[1]
        return HandOverStore(self.ws.layout, self.ws.sessions, name="",
                             installation=str(installation))

    def room_learners(self) -> list[Any]:
        """Learners on other PCs: the hand-over copies kept here (RoomLearner: name, PC,
        and the local profile once merged), for the cohort editor."""
        from .handover import FOLDER

        if not (self.ws.layout.root / FOLDER).is_dir():
            return []  # never shared, or nobody handed a learner over
        return self._store().room()

    def adopt_learner(self, uid: str) -> int:
        """Merge a joined PC's learner here from their hand-over copy (to put them into a
        cohort of this PC); their learner id here. Newer copies are merged on arrival."""
        return int(self._store().adopt(uid).learner_id)

    def learner_pcs(self) -> dict[int, str]:
        """Local learner id -> the joined PC whose copy of them arrived last (the PC they
        use), for learners merged here from hand-over copies."""
        return {r.learner_id: r.pc for r in self.room_learners() if r.learner_id is not None}

    def gathered_count(self) -> int:
        with self.ws.sessions() as session:
            return int(session.scalar(select(func.count()).select_from(OutboxRow).where(
                OutboxRow.origin.is_not(None))) or 0)

    # --- a learner PC --------------------------------------------------------------------

    def browse(self, seconds: float = 3.0,
               interfaces: list[str] | None = None) -> list[FoundWorkshop]:
        return browse(seconds, interfaces)

    def check(self, address: str, code: str | None = None) -> Diagnosis:
        return check(address, code)

    def join(self, address: str, code: str, *, name: str | None = None,
             refresh: bool = True) -> JoinedPeer:
        return join(self.ws, address, code, name=name, refresh=refresh)

    def leave(self) -> JoinedPeer | None:
        """Leave the workshop. Its cohorts stay, as this PC's own
        (cohort_sync.release_managed), so a term's pacing does not vanish when the room's
        network goes."""
        from .cohort_sync import release_managed

        peer = leave(self.ws)
        release_managed(self.ws.sessions)
        return peer

    def joined(self) -> JoinedPeer | None:
        return load_peer(self.ws.layout.root)

    def deliver(self, **kwargs: Any) -> Any:
        """Deliver the waiting statements to the joined PC, then refresh its hand-over copy
        of each learner active since the last delivery (handover.py), so the workshop PC
        has the latest progress of everyone in the room, and finally ask for the workshop
        PC's cohorts of this PC's learners (cohort_sync.py). Those steps are cheap (one
        small request per active learner, one for the cohorts) and quiet: their failure
        is not the delivery's and is retried next time."""
        from .cohort_sync import refresh_cohorts
        from .handover import hand_over_active

        result = deliver(self.ws, **kwargs)
        with contextlib.suppress(BiblioError, OSError, ValueError):
            hand_over_active(self.ws)
        # then the workshop PC's cohorts of this PC's learners, so pacing applies here
        # (cohort_sync.py); as quiet as the hand-over, and tried again next time
        with contextlib.suppress(BiblioError, OSError, ValueError):
            refresh_cohorts(self.ws)
        return result

    # --- learner transfer ----------------------------------------------------------------

    def transfer_out(self, learner: str | int, out: Path) -> Any:
        from .transfer import write_transfer

        return write_transfer(self.ws, learner, out)

    def transfer_in(self, path: Path) -> Any:
        from .transfer import read_transfer

        return read_transfer(self.ws, path)

    # --- a learner moves over the network (handover.py) ------------------------------

    def hand_over(self, learner: str | int) -> Any:
        """Hand a learner to the joined workshop PC (a WaitingLearner)."""
        from .handover import hand_over

        return hand_over(self.ws, learner)

    def waiting_learners(self) -> list[Any]:
        """The learners the joined workshop PC offers (WaitingLearner)."""
        from .handover import waiting_learners

        return waiting_learners(self.ws)

    def take_learner(self, which: str) -> Any:
        """Take a learner from the workshop PC and merge them here (a TransferMerged)."""
        from .handover import take

        return take(self.ws, which)
