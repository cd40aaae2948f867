"""A workspace with the test course installed and learners, for learning-engine tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import LearnerRow
from biblio_desktop.workspace import Workspace

from .course_fixtures import COURSE_ID, make_source_course


class FakeClock:
    """A clock tests move by hand, so time rules are tested without sleeping."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, 0)) -> None:
        self.now = start
        self.elapsed = 0.0

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        return self.elapsed

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)
        self.elapsed += seconds


def add_learner_row(ws: Workspace, name: str) -> int:
    with unit_of_work(ws.sessions) as session:
        row = LearnerRow(name=name, role="learner", failed_attempts=0,
                         created_at=datetime(2026, 1, 1))
        session.add(row)
        session.flush()
        return row.id


def workspace_with_course(tmp_path: Path, data_name: str = "data") -> Workspace:
    src = tmp_path / "src"
    if not (src / "test-course").exists():
        make_source_course(src)
    package = tmp_path / "course.biblio"
    if not package.exists():
        build_package(src / "test-course", package)
    ws = Workspace.open(tmp_path / data_name)
    ws.import_package(package)
    assert ws.manifest(COURSE_ID)
    return ws
