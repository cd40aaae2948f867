"""Many statements queued quickly (shaped like the outbox's own), for delivery tests and
the benchmark: a real quiz flow makes ~10 per attempt and takes far longer to set up."""

from __future__ import annotations

from typing import Any

from biblio_desktop import clock
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import LearnerRow
from biblio_desktop.sync import outbox
from biblio_desktop.sync import statements as st

COURSE = "eu.biblio-project.test-course"


def queue_statements(ws: Any, n: int, learner: str = "Bench learner") -> list[str]:
    """Queue `n` `answered` statements of one new learner; returns their ids."""
    now = clock.utc_now()
    ids = []
    with unit_of_work(ws.sessions) as session:
        row = LearnerRow(name=learner, role="learner", failed_attempts=0, created_at=now)
        session.add(row)
        session.flush()
        actor = outbox._actor(session, row.id).as_xapi()
        installation = outbox.installation_uri(session)
        for i in range(n):
            sid = st.statement_id(installation, row.id, COURSE, f"q{i}", 1, "answered")
            statement = {
                "id": sid, "actor": actor,
                "verb": {"id": "http://adlnet.gov/expapi/verbs/answered",
                         "display": {"en-US": "answered"}},
                "object": {"objectType": "Activity",
                           "id": f"https://biblio-desktop.invalid/courses/{COURSE}/q{i}"},
                "result": {"score": {"scaled": 1.0}, "success": True, "completion": True},
                "context": {"platform": "BIBLIO Desktop"},
                "timestamp": "2026-03-02T09:14:05.000Z"}
            outbox._add(session, row.id, "answered", statement, now)
            ids.append(sid)
    return ids
