"""The one object the UI and the CLI talk to.

`Workspace.open(data_dir)` prepares the data folder (folders, migrations, clean-up of
interrupted work: recovery.py) and hands out plain frozen dataclasses, never live ORM objects,
so screens and commands cannot accidentally write to the database behind its back.
"""

from __future__ import annotations

import json
import shutil
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, bindparam, select
from sqlalchemy.orm import Session, sessionmaker

from . import disk_faults as faults
from .datadir import DataLayout
from .errors import AlreadyInstalled, BiblioError, DataFolderError
from .installation.importer import ImportResult, import_package
from .learning.events import Listener
from .learning.learners import Learner, LearnerDirectory
from .learning.profiles import FACILITATOR
from .learning.quiz import Quiz, parse_quiz
from .learning.reviews import AnswerReview, FreeTextAnswer, ReviewError
from .learning.summary import CourseProgress, pick_language, summarize
from .learning.tracker import LearnerProgress
from .owners import owner_tag
from .packages.manifest import Manifest, load_json_bounded, parse_manifest
from .progress import CancelToken, ProgressFn, no_progress
from .recovery import clean_up_after_interruptions
from .settings import Settings
from .storage import backup as backups
from .storage import db
from .storage.lock import refuse_if_open_elsewhere
from .storage.models import CourseVersionRow
from .sync.outbox import install_outbox

if TYPE_CHECKING:  # imported lazily: only the download screens and commands need them
    from .downloads.manager import DownloadManager
    from .downloads.store import CatalogStore
    from .learning.cohort_report import ReportData
    from .learning.cohorts import Cohort, Cohorts
    from .learning.embedded import EmbeddedQuestions
    from .workshop.api import Workshop


@dataclass(frozen=True)
class InstalledCourse:
    """A course as the library lists it (its current version)."""

    course_id: str
    version: str
    title: str
    languages: tuple[str, ...]
    publisher: str
    signed_by: str | None
    item_count: int
    imported_at: datetime
    folder: Path
    other_versions: tuple[str, ...]


@dataclass(frozen=True)
class ConvertedCourse:
    """Material from elsewhere converted into a package that waits, not yet installed,
    in the library's staging folder until the user has read the report and said Install
    (`Workspace.install_converted`) or Cancel (`Workspace.discard_converted`)."""

    folder: Path
    package: Path
    title: str
    course_id: str
    report: dict[str, Any]  # ConversionResult.report(): docs/conversion.md, "The report"

# Built once: `manifest` is asked for every course of a screen at each showing.
_CURRENT = select(CourseVersionRow.id, CourseVersionRow.version).where(
    CourseVersionRow.course_id == bindparam("course_id"), CourseVersionRow.is_current)
_VERSION = select(CourseVersionRow.id, CourseVersionRow.version).where(
    CourseVersionRow.course_id == bindparam("course_id"),
    CourseVersionRow.version == bindparam("version"))


class Workspace:
    """A data folder opened for use: database, course files, keys."""

    def __init__(self, layout: DataLayout, engine: Engine) -> None:
        self.layout = layout
        self.engine = engine
        self.sessions: sessionmaker[Session] = db.make_session_factory(engine)
        self._manifests: dict[tuple[str, str], Manifest] = {}
        self._quizzes: dict[tuple[str, str, str], Quiz] = {}
        self._embedded: dict[tuple[str, str, str], EmbeddedQuestions] = {}
        # Called inside the transaction of each learning event (see learning/events.py).
        self.listeners: list[Listener] = []

    @classmethod
    def open(cls, data_dir: Path, *, now: datetime | None = None) -> Workspace:
        """Open (creating if needed) the data folder and bring its database up to date.

        A damaged database is refused with the newest good backup named, a daily backup is
        taken, and an older schema is backed up before it is migrated.
        """
        layout = DataLayout(Path(data_dir))
        # A full, read-only or vanished disk is named as such (disk_faults.py), before
        # anything else could misread it as a damaged database.
        health = backups.check_database(layout)  # "missing" (new folder) counts as ok
        if health.status == "unreadable" and health.fault is not None:
            raise health.fault
        if not health.ok:
            good = health.newest_good_backup
            raise DataFolderError(
                f"The library database {layout.database} is damaged ({health.problems[0]}).",
                f"restore the newest good backup ({good.created:%Y-%m-%d %H:%M}) with: "
                f"biblio-desktop restore {good.name} --yes" if good else
                "no good backup was found; keep a copy of the data folder and ask for help")
        layout.create()  # names a read-only, full or vanished folder
        refuse_if_open_elsewhere(layout.root)  # an app on another PC of a network share
        with faults.named_faults(layout.root, "opening the library"):
            backups.daily_backup_if_due(layout, now)  # None: the app's clock (clock.py)
        engine = db.make_engine(layout.database)
        try:
            if db.needs_upgrade(engine):
                if db.current_revision(engine) is not None:  # existing data, not a new file
                    backups.backup_before(layout, "migration")
                db.upgrade(engine)
        except DataFolderError:
            engine.dispose()
            raise
        except Exception as exc:  # a broken or foreign file where our database should be
            engine.dispose()
            fault = faults.fault_from(exc, layout.root, "opening the library")
            if fault is not None:
                raise fault from exc
            raise BiblioError(f"Cannot open the library database {layout.database}: {exc}",
                              "restore a backup or choose another --data-dir") from exc
        workspace = cls(layout, engine)
        try:
            with faults.named_faults(layout.root, "opening the library"):
                # what kills left behind (recovery.py)
                clean_up_after_interruptions(layout, workspace.sessions)
        except BaseException:
            engine.dispose()
            raise
        install_outbox(workspace)  # learning events become xAPI statements (sync/outbox.py)
        return workspace

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- courses -------------------------------------------------------------------------

    def import_package(self, path: Path, *, progress: ProgressFn = no_progress,
                       cancel: CancelToken | None = None, backup: bool = True) -> ImportResult:
        """Verify and install a `.biblio` package (see installation.importer).

        Once the package is verified, the database is backed up before it is changed
        (unless the caller already did for a whole batch).
        """
        from .installation.kept import keep_package

        try:
            result = import_package(self.layout, self.sessions, Path(path), progress=progress,
                                    cancel=cancel,
                                    before_write=self.backup_before_import if backup else None)
        except AlreadyInstalled:
            # the same bytes as the installed version: keep them for sharing (a course
            # imported before packages were kept becomes shareable this way)
            self._keep_if_installed(Path(path))
            raise
        # kept for sharing in a workshop (installation/kept.py); best effort
        keep_package(self.layout, Path(path), result.course_id, result.version)
        return result

    def _keep_if_installed(self, path: Path) -> None:
        from .installation.kept import keep_package
        from .packages.reader import inspect_package

        try:
            manifest = inspect_package(path).manifest
        except BiblioError:
            return
        with self.sessions() as session:
            sha = session.scalar(select(CourseVersionRow.package_sha256).where(
                CourseVersionRow.course_id == manifest.id,
                CourseVersionRow.version == manifest.version))
        if sha:
            keep_package(self.layout, path, manifest.id, manifest.version, sha)

    # --- courses from elsewhere (docs/conversion.md) ---------------------------------------

    @staticmethod
    def is_course_package(path: Path) -> bool:
        """A `.biblio` package (imported as it is), not material to convert first."""
        from .conversion.package import is_course_package

        return is_course_package(Path(path))

    def convert_course(self, paths: list[Path], *, title: str | None = None,
                       language: str | None = None, progress: ProgressFn = no_progress,
                       cancel: CancelToken | None = None) -> ConvertedCourse:
        """Convert H5P, Moodle, Common Cartridge, QTI, GIFT, Moodle XML, EPUB or PDF files
        into one course package, kept in the staging folder until installed or discarded.

        Nothing is installed and no row is written: a refused or cancelled conversion
        removes its folder, and one killed midway is removed at the next start (the
        folder carries this process's owner tag, like an import's staging folder).
        """
        from .conversion.package import convert_to_package

        self.layout.staging.mkdir(parents=True, exist_ok=True)
        folder = self.layout.staging / f"{uuid.uuid4().hex}-{owner_tag()}"
        folder.mkdir()
        try:
            result = convert_to_package([Path(p) for p in paths], folder / "course.biblio",
                                        title=title, language=language, work_dir=folder,
                                        cancel=cancel, progress=progress)
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        assert result.package is not None
        return ConvertedCourse(folder, result.package, result.draft.title, result.course_id,
                               result.report())

    def install_converted(self, converted: ConvertedCourse, *,
                          progress: ProgressFn = no_progress,
                          cancel: CancelToken | None = None,
                          backup: bool = True) -> ImportResult:
        """Import a converted package like any other, then remove its staging folder."""
        try:
            return self.import_package(converted.package, progress=progress, cancel=cancel,
                                       backup=backup)
        finally:
            self.discard_converted(converted)

    def discard_converted(self, converted: ConvertedCourse) -> None:
        """Remove a converted package the user did not install."""
        folder = Path(converted.folder)
        if folder.parent == self.layout.staging:  # never anything outside staging
            shutil.rmtree(folder, ignore_errors=True)

    def backup_before_import(self) -> None:
        backups.backup_before(self.layout, "import")

    def manifest(self, course_id: str, version: str | None = None) -> Manifest:
        """The parsed manifest of an installed course version (current by default)."""
        with self.sessions() as session:
            # the version first, the manifest's text only when not parsed yet: screens ask
            # for every course's manifest at each showing (the cohort dashboard)
            conn = session.connection()
            row = (conn.execute(_VERSION, {"course_id": course_id, "version": version}) if version
                   else conn.execute(_CURRENT, {"course_id": course_id})).first()
            if row is None:
                raise BiblioError(f"No installed course {course_id!r}.",
                                  "see 'biblio-desktop list'")
            key = (course_id, row.version)
            if key not in self._manifests:
                text = session.scalar(select(CourseVersionRow.manifest_json).where(
                    CourseVersionRow.id == row.id))
                self._manifests[key] = parse_manifest(str(text).encode("utf-8"), trusted=True)
            return self._manifests[key]

    def forget_versions(self, course_id: str, versions: Iterable[str]) -> None:
        """Drop the cached manifests of removed versions (downloads/updates.py)."""
        from .installation.kept import forget_kept

        gone = set(versions)
        forget_kept(self.layout, course_id, sorted(gone))
        self._manifests = {k: v for k, v in self._manifests.items()
                           if not (k[0] == course_id and k[1] in gone)}

    def course_folder(self, course_id: str, version: str) -> Path:
        return self.layout.courses / course_id / version

    def list_courses(self, language: str | None = None) -> list[InstalledCourse]:
        """Installed courses, current version each, sorted by title."""
        with self.sessions() as session:
            rows = session.scalars(select(CourseVersionRow)).all()
            by_course: dict[str, list[CourseVersionRow]] = {}
            for row in rows:
                by_course.setdefault(row.course_id, []).append(row)
            result = []
            for course_id, versions in by_course.items():
                current = next((v for v in versions if v.is_current), versions[-1])
                data = json.loads(current.manifest_json)
                texts: dict[str, str] = data["title"]
                title = texts.get(language or "", "") or texts[data["default_language"]]
                result.append(InstalledCourse(
                    course_id=course_id, version=current.version, title=title,
                    languages=tuple(data["languages"]), publisher=data["publisher"]["name"],
                    signed_by=current.signed_by,
                    item_count=sum(len(m["items"]) for m in data["modules"]),
                    imported_at=current.imported_at,
                    folder=self.layout.root / "courses" / current.folder,
                    other_versions=tuple(sorted(v.version for v in versions if v is not current)),
                ))
        return sorted(result, key=lambda c: c.title.casefold())

    def quiz(self, course_id: str, item_id: str, language: str) -> Quiz:
        """The parsed quiz of an item of the current version, in `language` if it has it.

        For a slides or video item with questions (format_version 3) it is those
        questions, so attempts, answers, reviews and statements treat them like a quiz's.
        """
        manifest = self.manifest(course_id)
        item = next((i for i in manifest.items if i.id == item_id), None)
        if item is not None and item.kind != "quiz" and item.questions:
            return self.item_questions(course_id, item_id, language).quiz
        if item is None or item.kind != "quiz":
            raise BiblioError(f"The course {course_id} has no quiz {item_id!r}.")
        path = item.path.get(pick_language(manifest, language)) or item.path[
            manifest.default_language]
        key = (course_id, manifest.version, path)
        if key not in self._quizzes:
            raw = self._course_file(course_id, manifest.version, path, "quiz")
            self._quizzes[key] = parse_quiz(load_json_bounded(raw, f"The quiz {path}"),
                                            where=path)
        return self._quizzes[key]

    def item_questions(self, course_id: str, item_id: str, language: str
                       ) -> EmbeddedQuestions:
        """The questions placed on a slides or video item, in `language` if it has them."""
        from .learning.embedded import parse_embedded

        manifest = self.manifest(course_id)
        item = next((i for i in manifest.items if i.id == item_id), None)
        if item is None or not item.questions:
            raise BiblioError(f"The course {course_id} has no questions in {item_id!r}.")
        lang = pick_language(manifest, language)
        path = item.questions.get(lang) or item.questions[manifest.default_language]
        key = (course_id, manifest.version, path)
        if key not in self._embedded:
            raw = self._course_file(course_id, manifest.version, path, "questions")
            self._embedded[key] = parse_embedded(
                load_json_bounded(raw, f"The questions file {path}"), kind=item.kind,
                where=path, default_title=manifest.text(item.title, lang))
        return self._embedded[key]

    def _course_file(self, course_id: str, version: str, path: str, what: str) -> bytes:
        file = self.course_folder(course_id, version).joinpath(*path.split("/"))
        try:
            return file.read_bytes()
        except OSError as exc:
            raise BiblioError(f"The {what} file {path} of {course_id} cannot be read: "
                              f"{exc.strerror}.", "import the course package again") from exc

    def item_file(self, course_id: str, item_id: str, language: str | None) -> Path:
        """The file of an item in the best available language (inside the course folder)."""
        manifest = self.manifest(course_id)
        item = next((i for i in manifest.items if i.id == item_id), None)
        if item is None:
            raise BiblioError(f"The course {course_id} has no item {item_id!r}.")
        path = item.path.get(pick_language(manifest, language)) or item.path[
            manifest.default_language]
        return self.course_folder(course_id, manifest.version).joinpath(*path.split("/"))

    @property
    def catalogs(self) -> CatalogStore:
        """Course catalogs (URLs and their last fetched copies)."""
        from .downloads.store import CatalogStore

        return CatalogStore(self)

    @property
    def downloads(self) -> DownloadManager:
        """Resumable, verified package downloads."""
        from .downloads.manager import DownloadManager

        return DownloadManager(self)

    def url_handlers(self) -> tuple[object, ...]:
        """urllib handlers for the catalogs and downloads: the token of the joined workshop
        PC, sent to its address only (workshop/client.py)."""
        from .workshop.client import url_handlers

        return url_handlers(self.layout.root)

    @property
    def workshop(self) -> Workshop:
        """Workshop mode: share this PC's courses, join a sharing PC, transfer learners."""
        from .workshop.api import Workshop

        return Workshop(self)

    @property
    def cohorts(self) -> Cohorts:
        """Cohorts, their weekly pacing and early openings (learning/cohorts.py)."""
        from .learning.cohorts import Cohorts

        return Cohorts(self.sessions, self)

    def cohort_report(self, cohort_id: int | Cohort | None, *, learner_id: int | None = None,
                      language: str | None = None) -> ReportData:
        """The facilitator's report of a cohort (None: everyone) or of one learner: the
        one query behind the dashboard, the CSV and the PDF (learning/cohort_report.py).
        A Cohort the caller has just read is used as it is (the dashboard reads it once)."""
        from .learning.cohort_report import cohort_report
        from .learning.cohorts import Cohort

        cohort = cohort_id if isinstance(cohort_id, Cohort) else (
            self.cohorts.get(cohort_id) if cohort_id is not None else None)
        with self.sessions() as session:
            return cohort_report(session, self, cohort, learner_id=learner_id,
                                 language=language)

    @property
    def settings(self) -> Settings:
        """Installation settings (UI language, theme, idle sign-out, ...)."""
        return Settings(self.sessions)

    # --- learners ------------------------------------------------------------------------

    @property
    def learners(self) -> LearnerDirectory:
        """Learner profiles, PINs and the facilitator account."""
        return LearnerDirectory(self.sessions)

    def sign_in(self, learner_id: int, secret: str | None) -> tuple[Learner, LearnerProgress]:
        """Check the learner's PIN (throttled) and hand out progress scoped to them."""
        learner = self.learners.authenticate(learner_id, secret)
        return learner, self.progress_of(learner.id)

    def progress_of(self, learner_id: int) -> LearnerProgress:
        """Progress access scoped to one learner; call only after that learner signed in.
        Their cohort's weekly release is enforced here too (an item of a week not yet
        open cannot be opened or answered), whatever screen or command asks."""
        return LearnerProgress(self.sessions, learner_id, self,
                               listeners=tuple(self.listeners), gate=self.cohorts.access)

    def course_progress(self, progress: LearnerProgress, course_id: str,
                        language: str | None = None) -> CourseProgress:
        """One learner's progress page for a course."""
        return summarize(self.manifest(course_id), progress.item_states(course_id),
                         progress.completion(course_id), language)

    # --- free-text answers and their reviews (learning/reviews.py) -------------------------

    def free_text_answers(self, *, learner_id: int | None = None, course_id: str | None = None,
                          reviewed: bool | None = False, language: str | None = None
                          ) -> list[FreeTextAnswer]:
        """Submitted free-text answers for the facilitator: waiting for review by default,
        for one learner and/or one course, with course titles and prompts in `language`."""
        from .learning.reviews import free_text_answers

        with self.sessions() as session:
            return free_text_answers(session, self, learner_id=learner_id, course_id=course_id,
                                     reviewed=reviewed, language=language)

    def pending_review_counts(self) -> dict[tuple[int, str], int]:
        """Free-text answers waiting for review, per (learner id, course id)."""
        from .learning.reviews import pending_review_counts

        with self.sessions() as session:
            return pending_review_counts(session)

    def review_answer(self, facilitator: Learner, answer_id: int, *, score: float,
                      comment: str) -> AnswerReview:
        """Mark a free-text answer reviewed, with a score (0..1) and a comment the learner
        will see; only the facilitator account may (the UI signs it in with its password)."""
        from .learning.reviews import review_answer
        from .learning.tracker import utc_now

        if facilitator.role != FACILITATOR:
            raise ReviewError("Only the facilitator can review answers.",
                              "sign in as the facilitator")
        with db.unit_of_work(self.sessions) as session:
            return review_answer(session, answer_id, score=score, comment=comment,
                                 reviewer=facilitator.name, at=utc_now())
