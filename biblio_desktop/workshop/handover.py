"""A learner moves over the network: hand-over copies kept on the workshop PC.

The network path is the learner transfer file (transfer.py) carried by the workshop's
HTTP service instead of a USB stick; there is no new trust model:

- a joined PC **hands over** a learner: `POST /learners` with the signed transfer document
  (at most `MAX_LEARNER_BODY`), with its workshop token. The sharing PC checks the
  signature and that the document was written by the PC that sends it (a PC cannot hand
  over in another PC's name), then keeps it in `<data>/workshop-learners/` (owner-only:
  it holds the PIN hash);
- a joined PC **lists** the waiting learners (`GET /learners`: id, name, PC name and when;
  never a PIN hash or progress) and **takes** one (`GET /learners/<id>`), which it merges
  with `merge_transfer`: the same signature check and merge rules as a file;
- the sharing PC's own learners are offered too: their document is written (and signed by
  the sharing PC) when a PC takes one.

Cohorts (docs/cohorts.md, "Learners on other PCs"): the facilitator adds a copy's learner
to a cohort here (`adopt`: merged with `merge_transfer`, the row keeps the learner's
`uid`); from then on every newer copy of a cohort member is merged the moment it arrives
(`put`, in the request's thread), so the dashboard follows the room. Merging queues no
statement: the joined PC already delivers them, and the LRS must not get them twice.

Which copy is kept: one per learner (the transfer `uid`), the latest one handed over;
taking does not delete it, so a learner can go on to a third PC the next day, and a copy
handed over by a joined PC replaces an older one (also the sharing PC's own profile in the
list, since the joined PC's copy carries everything merged into it). A removed PC's token
no longer works: it can neither hand over nor take.

How long: a copy holds a PIN hash, so it is not kept for ever (except a cohort member's,
whose profile with the PIN hash is on this PC anyway: `_cohort_members`). A copy not refreshed for
`workshop_learner_days` days (a setting, 30 by default; a joined PC refreshes its active
learners' copies at every delivery) is removed when sharing starts and whenever the list is
read. The age is judged by the wall clock, so nothing is removed while the clock is
impossible (clock.implausible: a dead battery's 2002, or 2100 on), and a copy stamped in
the clock's future is kept. Nothing is lost by removing one: the PC that handed it over
still has the learner. At `MAX_STORED` copies a new learner's copy takes the place of the
copy refreshed longest ago (oldest first), so the room's newest learners can always move.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import logging
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from .. import clock
from ..atomic_files import write_atomic
from ..datadir import DataLayout
from ..errors import BiblioError
from ..storage.db import unit_of_work
from ..storage.models import (
    CohortMemberRow,
    CourseCompletionRow,
    ItemProgressRow,
    LearnerRow,
    QuizAttemptRow,
)
from . import protocol as P
from .transfer import (
    MAX_BYTES,
    TransferError,
    TransferMerged,
    canonical_uid,
    learner_uid,
    merge_transfer,
    signed_transfer,
    verify_transfer,
)

log = logging.getLogger(__name__)

FOLDER = "workshop-learners"
MAX_STORED = 2000  # learners kept on the sharing PC (a room, many days)
HANDOVER_AT_KEY = "workshop.handover_at"
KEEP_DAYS_KEY = "workshop_learner_days"  # settings.py KNOWN: how long a copy is kept
KEEP_DAYS_DEFAULT = 30
KEEP_DAYS_RANGE = (1, 365)


class HandOverError(BiblioError):
    """A hand-over the sharing PC refuses; `status` is the HTTP answer."""

    def __init__(self, status: int, message: str, hint: str = "") -> None:
        super().__init__(message, hint)
        self.status = status


@dataclass(frozen=True)
class WaitingLearner:
    """A learner the workshop PC offers: no PIN hash, no progress."""

    id: str  # the learner's transfer uid
    name: str
    pc: str  # the name of the PC that handed them over (or the sharing PC)
    updated_at: str  # ISO time the copy was received (or "" for the sharing PC's own)


@dataclass(frozen=True)
class RoomLearner:
    """A learner of a joined PC as the sharing PC holds them: the latest hand-over copy,
    and the local profile it was merged into (None until the facilitator adds them to a
    cohort here)."""

    uid: str
    name: str
    pc: str
    updated_at: str
    learner_id: int | None


# --- the sharing PC ------------------------------------------------------------------------

class HandOverStore:
    """The hand-over copies on the sharing PC; thread-safe for the request threads."""

    def __init__(self, layout: DataLayout, sessions: sessionmaker[Session], *,
                 name: str, installation: str) -> None:
        self.layout = layout
        self.sessions = sessions
        self.name = name
        self.installation = installation
        self.folder = Path(layout.root) / FOLDER
        self._lock = threading.Lock()

    def put(self, peer: str, peer_name: str, raw: bytes) -> WaitingLearner:
        """Keep a signed transfer document handed over by the joined PC `peer`."""
        try:
            doc = verify_transfer(raw)
        except TransferError as exc:
            raise HandOverError(400, exc.message) from None
        writer = doc.get("writer", {})
        if writer.get("installation") != peer:
            raise HandOverError(403, "This learner was written by another PC; a PC may only "
                                "hand over its own learners.")
        learner = doc.get("learner")
        uid = canonical_uid(learner.get("uid")) if isinstance(learner, dict) else None
        name = learner.get("name") if isinstance(learner, dict) else None
        if uid is None or not isinstance(name, str) or not name.strip():
            raise HandOverError(400, "The transfer document has no valid learner.")
        meta = {"name": " ".join(name.split())[:60], "pc": peer_name[:60],
                "installation": peer, "received_at": clock.utc_now().isoformat()}
        with self._lock:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if not (self.folder / f"{uid}.json").exists():
                self._make_room()
            write_atomic(self.folder / f"{uid}.json", raw, private=True)
            write_atomic(self.folder / f"{uid}.meta",
                         json.dumps(meta, ensure_ascii=False).encode("utf-8"), private=True)
        self._merge_if_member(uid, raw)
        return WaitingLearner(uid, meta["name"], meta["pc"], meta["received_at"])

    def _merge_if_member(self, uid: str, raw: bytes) -> None:
        """Merge a newer copy of a cohort member here at once (one unit of work), so the
        facilitator's dashboard shows what the learner did at their PC ~30 s ago. A copy
        that cannot be merged stays stored; the next one is tried again."""
        learner_id = self.local_ids().get(uid)
        if learner_id is None:
            return
        with self.sessions() as session:
            if session.get(CohortMemberRow, learner_id) is None:
                return
        with contextlib.suppress(BiblioError):
            merge_transfer(self, raw)  # self has .sessions, all merge_transfer uses

    def local_ids(self) -> dict[str, int]:
        """Transfer uid -> this PC's learner id, for every learner profile here."""
        with self.sessions() as session:
            rows = session.scalars(select(LearnerRow).where(LearnerRow.role == "learner"))
            return {learner_uid(self.installation, r): r.id for r in rows}

    def room(self) -> list[RoomLearner]:
        """Every hand-over copy (learners of joined PCs), with the local profile each was
        merged into, by name then PC."""
        local = self.local_ids()
        return sorted((RoomLearner(w.id, w.name, w.pc, w.updated_at, local.get(w.id))
                       for w in self._stored().values()),
                      key=lambda r: (r.name.casefold(), r.pc.casefold(), r.uid))

    def adopt(self, uid: str) -> TransferMerged:
        """Merge the hand-over copy of `uid` here (the same checks and rules as a transfer
        file), so the learner can be put into a cohort of this PC."""
        key = canonical_uid(uid)
        path = self.folder / f"{key}.json"
        if key is None or not path.is_file():
            raise BiblioError("No copy of that learner was handed over to this PC.")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise BiblioError(f"The copy of that learner cannot be read: {exc.strerror}.") \
                from exc
        return merge_transfer(self, raw)

    def handed_over_by(self, installation: str) -> set[str]:
        """The uids whose latest copy the joined PC `installation` handed over: the
        learners that PC may ask about (their cohorts, docs/workshop.md)."""
        found: set[str] = set()
        if not self.folder.is_dir():
            return found
        for path in self.folder.glob("*.meta"):
            uid = canonical_uid(path.stem)
            try:
                if uid and json.loads(path.read_bytes()).get("installation") == installation:
                    found.add(uid)
            except (OSError, ValueError, AttributeError):
                continue
        return found

    # --- how long copies are kept ----------------------------------------------------------

    def keep_days(self) -> int:
        """Days a copy is kept after its last refresh (the setting, or the default when it
        is unset or not a whole number in range)."""
        from ..sync.outbox import get_setting

        try:
            with self.sessions() as session:
                value = get_setting(session, KEEP_DAYS_KEY, KEEP_DAYS_DEFAULT)
        except ValueError:  # a damaged value
            return KEEP_DAYS_DEFAULT
        low, high = KEEP_DAYS_RANGE
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return KEEP_DAYS_DEFAULT
        return value

    def _scan(self) -> dict[str, tuple[WaitingLearner | None, datetime | None]]:
        """Every copy by uid: what is offered (None for a damaged one) and when it was last
        refreshed (None when that cannot be read)."""
        out: dict[str, tuple[WaitingLearner | None, datetime | None]] = {}
        if not self.folder.is_dir():
            return out
        for path in self.folder.glob("*.meta"):
            uid = canonical_uid(path.stem)
            if uid is None:
                continue  # not a name this store writes: never touched
            try:
                meta = json.loads(path.read_text(encoding="utf-8"))
                received = datetime.fromisoformat(str(meta["received_at"]))
                if received.tzinfo is not None:  # stored naive UTC (clock.utc_now)
                    received = clock.as_utc(received).replace(tzinfo=None)
                waiting = WaitingLearner(uid, str(meta["name"]), str(meta["pc"]),
                                         str(meta["received_at"]))
            except (OSError, ValueError, KeyError, TypeError):
                # a damaged copy is not offered; its age is the file's
                with contextlib.suppress(OSError, ValueError, OverflowError):
                    out[uid] = (None, datetime.fromtimestamp(path.stat().st_mtime, UTC
                                                             ).replace(tzinfo=None))
                    continue
                out[uid] = (None, None)
                continue
            out[uid] = (waiting if (self.folder / f"{uid}.json").is_file() else None, received)
        return out

    def _remove(self, uid: str) -> bool:
        """Remove one copy: its .meta first (from then on it is not offered), then the
        document. False when a file could not be removed (kept, tried again later)."""
        try:
            for suffix in (".meta", ".json"):
                with contextlib.suppress(FileNotFoundError):
                    (self.folder / f"{uid}{suffix}").unlink()
        except OSError as exc:
            log.warning("cannot remove the waiting learner copy %s: %s", uid, exc)
            return False
        return True

    def expire(self, now: datetime | None = None) -> int:
        """Remove the copies not refreshed for `keep_days()` days; how many were removed.
        Called when sharing starts and whenever the list is read (see the module doc)."""
        with self._lock:
            return self._expire(self._scan(), now)

    def _expire(self, scanned: dict[str, tuple[WaitingLearner | None, datetime | None]],
                now: datetime | None = None) -> int:
        moment = clock.as_utc(now or clock.now())
        if clock.implausible(moment) is not None:
            return 0  # a wrong date must not decide what is deleted
        cutoff = moment.replace(tzinfo=None) - timedelta(days=self.keep_days())
        removed = 0
        members = self._cohort_members() if scanned else set()
        for uid, (_waiting, received) in list(scanned.items()):
            if uid in members:
                continue  # its PC asks for the learner's cohorts by this copy (cohort_sync)
            if received is not None and received < cutoff and self._remove(uid):
                del scanned[uid]
                removed += 1
        if removed:
            log.info("removed %d waiting learner copies older than %d days", removed,
                     self.keep_days())
        return removed

    def _cohort_members(self) -> set[str]:
        """The uids of cohort members here. Their copies do not expire: the copy says which
        PC may ask for the learner's cohorts (`handed_over_by`), so without it that PC
        would stop pacing a learner who paused for a month; and the PIN hash it holds is
        on this PC anyway, in the profile merged for the cohort."""
        with self.sessions() as session:
            members = set(session.scalars(select(CohortMemberRow.learner_id)))
        return {uid for uid, lid in self.local_ids().items() if lid in members} \
            if members else set()

    def _make_room(self) -> None:
        """Before a new learner's copy: expire, and at MAX_STORED remove the copy refreshed
        longest ago (called with the lock held)."""
        if sum(1 for _ in self.folder.glob("*.meta")) < MAX_STORED:
            return  # the usual case: no file is read
        scanned = self._scan()
        self._expire(scanned)
        oldest = sorted(scanned, key=lambda uid: (scanned[uid][1] or datetime.min, uid))
        for uid in oldest[:max(0, len(scanned) - MAX_STORED + 1)]:
            if not self._remove(uid):
                raise HandOverError(507, f"The workshop PC keeps at most {MAX_STORED} "
                                    "learners and cannot remove the oldest copy to make room.")
            log.info("removed the waiting learner copy %s to make room", uid)

    def _stored(self) -> dict[str, WaitingLearner]:
        with self._lock:
            scanned = self._scan()
            self._expire(scanned)
        return {uid: waiting for uid, (waiting, _at) in scanned.items() if waiting is not None}

    def _own(self) -> dict[str, tuple[int, str]]:
        with self.sessions() as session:
            rows = session.scalars(select(LearnerRow).where(LearnerRow.role == "learner"))
            return {learner_uid(self.installation, r): (r.id, r.name) for r in rows}

    def waiting(self) -> list[WaitingLearner]:
        """Everyone a joined PC can take: copies handed over, then this PC's own learners
        that no joined PC handed over a newer copy of."""
        stored = self._stored()
        own = [WaitingLearner(uid, name, self.name, "")
               for uid, (_id, name) in self._own().items() if uid not in stored]
        return sorted([*stored.values(), *own],
                      key=lambda w: (w.name.casefold(), w.pc.casefold(), w.id))

    def get(self, which: str) -> bytes | None:
        """The signed document of one learner (None when not offered here)."""
        uid = canonical_uid(which)
        if uid is None:
            return None
        path = self.folder / f"{uid}.json"
        if path.is_file() and (self.folder / f"{uid}.meta").is_file():
            try:
                return path.read_bytes()
            except OSError:
                return None
        own = self._own().get(uid)
        if own is None:
            return None
        data, _doc = signed_transfer(self, own[0])  # self has .layout and .sessions
        return data


# --- a joined PC ---------------------------------------------------------------------------

def _peer(workspace: Any) -> Any:
    from .client import load_peer

    peer = load_peer(workspace.layout.root)
    if peer is None:
        raise BiblioError("This PC has not joined a workshop.",
                          "join one with: biblio-desktop join ADDRESS CODE")
    return peer


def _call(peer: Any, path: str, *, body: bytes | None = None, limit: int = 64 * 1024,
          timeout: float = 30.0) -> bytes:
    """One request to the joined PC with its token; the body, or a BiblioError naming the
    refusal (removed PC, too large, not offered) or the network failure."""
    from .client import explain_unreachable

    request = urllib.request.Request(peer.base_url + path, data=body,
                                     method="POST" if body is not None else "GET")
    request.add_header("Authorization", f"Bearer {peer.token}")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    try:
        with opener.open(request, timeout=timeout) as resp:
            data = resp.read(limit + 1)
    except urllib.error.HTTPError as exc:
        try:
            answer = json.loads(exc.read(64 * 1024) or b"{}")
        except ValueError:
            answer = {}
        exc.close()
        message = answer.get("message") if isinstance(answer, dict) else None
        if exc.code == 401:
            raise BiblioError("The workshop PC no longer accepts this PC (it was removed, or "
                              "sharing was restarted).", "join the workshop again with the "
                              "code shown on the facilitator's PC") from None
        raise BiblioError(f"The workshop PC refused: {message or f'HTTP {exc.code}'}") from None
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        raise explain_unreachable(peer.base_url, exc) from exc
    if len(data) > limit:
        raise BiblioError("The workshop PC's answer is too large.")
    return data


def hand_over(workspace: Any, which: str | int) -> WaitingLearner:
    """Hand one learner (by id or name) to the joined workshop PC."""
    peer = _peer(workspace)
    data, doc = signed_transfer(workspace, which)
    if len(data) > P.MAX_LEARNER_BODY:
        raise BiblioError(f"{doc['learner']['name']}'s progress is too large to hand over "
                          f"({len(data) // 1024} KiB).",
                          "use 'learners transfer-out' and a USB stick instead")
    try:  # the answer only echoes what was kept: one that cannot be read is no failure
        answer = json.loads(_call(peer, P.LEARNERS_PATH, body=data))
    except (ValueError, RecursionError):
        answer = {}
    if not isinstance(answer, dict):
        answer = {}
    return WaitingLearner(str(answer.get("id", "")), str(answer.get("name", "")),
                          str(answer.get("pc", "")), str(answer.get("updated_at", "")))


def waiting_learners(workspace: Any) -> list[WaitingLearner]:
    """The learners the joined workshop PC offers."""
    try:
        answer = json.loads(_call(_peer(workspace), P.LEARNERS_PATH, limit=4 * 1024 * 1024))
        items = answer["learners"]
        return [WaitingLearner(str(x["id"]), str(x["name"])[:60], str(x["pc"])[:60],
                               str(x.get("updated_at", ""))) for x in items
                if canonical_uid(x.get("id")) is not None]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise BiblioError("The workshop PC's list of learners cannot be read.") from None


def take(workspace: Any, which: str) -> TransferMerged:
    """Take a learner (by id, or by a name the workshop PC offers once) and merge them
    here with the transfer file's rules."""
    peer = _peer(workspace)
    uid = canonical_uid(which)
    if uid is None:
        found = [w for w in waiting_learners(workspace)
                 if w.name.casefold() == which.strip().casefold()]
        if not found:
            raise BiblioError(f"The workshop PC offers no learner called {which!r}.",
                              "see 'biblio-desktop learners from-workshop --list'")
        if len(found) > 1:
            raise BiblioError(f"Several learners called {which!r} are waiting.",
                              "give the id shown by 'learners from-workshop --list'")
        uid = found[0].id
    raw = _call(peer, P.LEARNERS_PATH + "/" + quote(uid), limit=MAX_BYTES)
    return merge_transfer(workspace, raw)


def active_learners(session: Session, since: datetime | None) -> list[int]:
    """Learners with progress, a submitted quiz or a completion after `since`."""
    queries = [select(ItemProgressRow.learner_id), select(QuizAttemptRow.learner_id).where(
        QuizAttemptRow.submitted_at.is_not(None)), select(CourseCompletionRow.learner_id)]
    if since is not None:
        queries = [select(ItemProgressRow.learner_id).where(
            ItemProgressRow.last_opened_at > since), select(QuizAttemptRow.learner_id).where(
            QuizAttemptRow.submitted_at > since), select(CourseCompletionRow.learner_id).where(
            CourseCompletionRow.completed_at > since)]
    ids: set[int] = set()
    for query in queries:
        ids.update(session.scalars(query.distinct()))
    learners = set(session.scalars(select(LearnerRow.id).where(LearnerRow.role == "learner")))
    return sorted(ids & learners)


def hand_over_active(workspace: Any) -> int:
    """Refresh the workshop PC's copy of every learner active since the last refresh
    (called after each delivery); the number handed over. The time is stored only when
    all of them arrived, so a failure is retried at the next delivery."""
    from ..sync.outbox import get_setting, put_setting

    _peer(workspace)
    started = clock.utc_now()
    with workspace.sessions() as session:
        stored = get_setting(session, HANDOVER_AT_KEY)
        try:
            since = datetime.fromisoformat(stored) if isinstance(stored, str) else None
        except ValueError:
            since = None
        ids = active_learners(session, since)
    for learner_id in ids:
        hand_over(workspace, learner_id)
    with unit_of_work(workspace.sessions) as session:
        put_setting(session, HANDOVER_AT_KEY, started.isoformat())
    return len(ids)
