"""What the next start tidies after a process was killed in the middle of long work.

Every long operation writes under temporary names and makes its result visible in one
last step (a rename, a commit), so a kill or a power cut never leaves a half-done result
under a real name (docs/architecture.md, "Durability"). What it can leave is debris:

- an import's staging folder, or a course folder moved in just before the commit
  (`installation.importer.cleanup_interrupted`);
- temporary files of backups, restores, records, key and counter files, learner exports
  and the LRS password (`atomic_files`), in the data folder and its subfolders;
- a downloaded package renamed from `.part` but not yet imported, a download whose row
  says "running" although its course is now installed, or files no download refers to.

`Workspace.open` calls `clean_up_after_interruptions`. Another process may be working in
the same data folder at that moment (a command beside the app, or another computer on a
network share), so only what a finished process left is removed (owners.py), another
computer's leftovers by their age on the share's own clock (`owners.share_clock`: this
PC's clock may be days ahead); resumable downloads are kept, they continue. The files in
downloads/ are listed *before* the download rows are read: a download commits its row
before it creates its file, so every file listed has its row in what is read after.
"""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from .atomic_files import remove_stale_temporaries
from .datadir import DataLayout
from .installation.importer import cleanup_interrupted
from .owners import share_clock
from .storage.db import unit_of_work
from .storage.models import CourseVersionRow, DownloadRow

log = logging.getLogger(__name__)

RESUMABLE = ("queued", "running", "paused", "failed")  # as downloads.manager.RESUMABLE


def clean_up_after_interruptions(layout: DataLayout,
                                 sessions: sessionmaker[Session]) -> list[Path]:
    """Remove what killed operations left in the data folder; returns what was removed."""
    with share_clock(layout.root):  # others' leftovers: aged by the share's clock
        removed = cleanup_interrupted(layout, sessions)
        for folder in (layout.root, layout.backups, layout.keys, layout.exports):
            removed += remove_stale_temporaries(folder)
        if layout.downloads.is_dir():
            removed += remove_stale_temporaries(layout.downloads)
            removed += _tidy_downloads(layout, sessions)
    for path in removed:
        log.info("removed what an interrupted operation left: %s", path)
    return removed


def _tidy_downloads(layout: DataLayout, sessions: sessionmaker[Session]) -> list[Path]:
    """Finish the rows of downloads whose import committed just before a kill, and remove
    files in downloads/ that no unfinished download will resume from.

    The folder is listed first and the rows read after: a download started meanwhile by
    another process commits its row before creating its `.part`, so a file in the listing
    has its row in what is read next (read the other way round, a `.part` made between
    the two would look like nobody's and be deleted under the running download)."""
    try:
        listed = [path for path in layout.downloads.iterdir() if path.is_file()]
    except OSError:
        return []
    try:
        with sessions() as session:
            rows = session.execute(select(DownloadRow.id, DownloadRow.part_path,
                                          DownloadRow.course_id, DownloadRow.version)
                                   .where(DownloadRow.state.in_(RESUMABLE))).all()
            installed = set(session.execute(select(CourseVersionRow.course_id,
                                                   CourseVersionRow.version)).tuples())
        done = [row.id for row in rows if (row.course_id, row.version) in installed]
        if done:
            with unit_of_work(sessions) as session:
                for row in session.scalars(select(DownloadRow).where(
                        DownloadRow.id.in_(done), DownloadRow.state.in_(RESUMABLE))):
                    row.state, row.bytes_done, row.error = "done", row.size, None
    except OperationalError:  # another process is writing at length: next start
        return []
    keep = {Path(row.part_path).name.removesuffix(".part") for row in rows
            if row.id not in done and row.part_path}
    removed = []
    for path in listed:
        if path.name.removesuffix(".part") in keep:
            continue
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed
