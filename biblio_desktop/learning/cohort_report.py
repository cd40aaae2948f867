"""The facilitator's cohort report: one query behind the dashboard, the CSV and the PDF.

Reports that disagree with the screen are worse than none, so there is one source:
`cohort_report` reads the numbers (the overview's summary rows, learning/overview.py, and
the pre/post scores, prepost.py) and `report_tables` turns them into tables of *strings*.
The dashboard shows those strings, `write_csv` writes them and the PDF (ui/facilitator/
report_pdf.py) draws them, so all three carry the same text by construction; a test
extracts the PDF's text and compares (tests/ui/test_cohort_report_pdf.py).

Numbers are written the same way in every language (42%, +12, 1:05, 2026-03-02); only
the column and section titles are translated, by the caller (`ReportLabels`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from ..atomic_files import write_atomic
from ..errors import BiblioError
from .cohorts import Cohort
from .overview import LearnerCourseStatus, read_overview
from .prepost import (
    LearnerGain,
    PairResult,
    PrePostPair,
    cohort_gains,
    learner_gains,
    prepost_pairs,
)
from .reviews import AnswerSource, FreeTextAnswer, free_text_answers
from .summary import pick_language


@dataclass(frozen=True)
class ReportData:
    """Everything a cohort (or one learner's) report shows, read in one session."""

    title: str
    cohort: Cohort | None
    learner_id: int | None
    course_titles: dict[str, str]
    statuses: Sequence[LearnerCourseStatus]  # made row by row (overview.OverviewRows)
    gains: dict[int, LearnerGain]
    pairs: tuple[PrePostPair, ...]
    skills: dict[str, tuple[str, str]]  # skill id -> (title, profile)
    cohort_gain: float | None
    skill_gains: dict[str, float]
    profile_gains: dict[str, float]
    free_text: tuple[FreeTextAnswer, ...] = ()

    def learner_names(self) -> dict[int, str]:
        """Learner id -> name in the report's order, without making every row (the
        dashboard asks this at each showing; 4,000 rows made cost it ~25 ms)."""
        learners = getattr(self.statuses, "learners", None)
        if learners is not None:
            return dict(learners)
        return {s.learner_id: s.learner_name for s in self.statuses}


@dataclass(frozen=True)
class ReportLabels:
    """Column and section titles, in the facilitator's language (the UI translates)."""

    learner: str = "Learner"
    course: str = "Course"
    progress: str = "Progress"
    done: str = "Done"
    time: str = "Time"
    quizzes: str = "Quiz average"
    pre: str = "Pre-test"
    post: str = "Post-test"
    gain: str = "Gain"
    completed: str = "Completed"
    skill: str = "Skill"
    profile: str = "Profile"
    learners_with_gain: str = "Learners"
    progress_section: str = "Progress"
    skills_section: str = "Pre/post gain by skill"
    answers_section: str = "Written answers to review"
    quiz: str = "Quiz"
    question: str = "Question"
    answer: str = "Answer"
    everyone: str = "Whole cohort"


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]
    # relative column widths for the PDF (same length as headers)
    widths: tuple[float, ...] = field(default=())


def cohort_report(session: Session, source: AnswerSource, cohort: Cohort | None, *,
                  learner_id: int | None = None, language: str | None = None,
                  title: str = "") -> ReportData:
    """Read the report of a cohort's learners in its courses (`cohort` None: every
    learner and course), or of one learner (`learner_id`, with their written answers).

    The rows are the facilitator overview's, filtered: the same numbers as its table.
    They are read now and made when shown (the dashboard shows a screenful of 4,000);
    the gains are computed now for everyone, from the same summary rows.
    """
    learner_ids = None if cohort is None else set(cohort.learner_ids)
    if learner_id is not None:
        learner_ids = {learner_id}
    course_ids = None if cohort is None or not cohort.course_ids else set(cohort.course_ids)
    statuses = read_overview(session, learner_id=learner_id, learner_ids=learner_ids,
                             course_ids=course_ids, first_scores=True)
    courses = statuses.courses if len(statuses) else []
    titles: dict[str, str] = {}
    pairs: list[PrePostPair] = []
    skills: dict[str, tuple[str, str]] = {}
    for course_id in courses:
        try:
            manifest = source.manifest(course_id)
        except BiblioError:
            titles[course_id] = course_id
            continue
        lang = pick_language(manifest, language)
        titles[course_id] = manifest.text(manifest.title, lang)
        pairs.extend(prepost_pairs(manifest))
        for skill in manifest.skills:
            skills.setdefault(skill.id, (manifest.text(skill.title, lang), skill.profile))
    learners = sorted(lid for lid, _name in statuses.learners) if len(statuses) else []
    # pre: the first submitted attempt, post: the best; the overview's summary rows hold
    # both (learner_course_stats.quiz_first and quiz_best, kept by the tracker), so the
    # report reads no attempt and says what the dashboard's rows say
    pre: dict[str, set[str]] = {}
    post: dict[str, set[str]] = {}
    for p in pairs:
        pre.setdefault(p.course_id, set()).add(p.pre_item)
        post.setdefault(p.course_id, set()).add(p.post_item)
    firsts, bests = statuses.test_scores(pre, post)
    profiles = {sid: profile for sid, (_, profile) in skills.items()}
    gains = learner_gains(learners, pairs, firsts, bests, profiles)
    mean, by_skill, by_profile = cohort_gains(list(gains.values()))
    answers: tuple[FreeTextAnswer, ...] = ()
    if learner_id is not None:
        answers = tuple(a for a in free_text_answers(session, source, learner_id=learner_id,
                                                     reviewed=None, language=language)
                        if course_ids is None or a.course_id in course_ids)
    return ReportData(title=title or (cohort.name if cohort else ""), cohort=cohort,
                      learner_id=learner_id, course_titles=titles, statuses=statuses,
                      gains=gains, pairs=tuple(pairs), skills=skills, cohort_gain=mean,
                      skill_gains=by_skill, profile_gains=by_profile, free_text=answers)


# --- formatting: the same strings everywhere -------------------------------------------

def percent(value: float | None) -> str:
    return "" if value is None else f"{round(value * 100)}%"


def points(value: float | None) -> str:
    """A gain in percentage points, signed: +12, -3, 0."""
    if value is None:
        return ""
    n = round(value * 100)
    return f"+{n}" if n > 0 else str(n)


def hours_minutes(seconds: int) -> str:
    minutes = max(0, int(seconds)) // 60
    return f"{minutes // 60}:{minutes % 60:02}"


def day(when: datetime | None) -> str:
    return "" if when is None else when.strftime("%Y-%m-%d")


def _pair_cells(results: Sequence[PairResult]) -> tuple[str, str, str]:
    """Pre, post and gain of one learner in one course (the mean of its pairs)."""
    pre = [r.pre for r in results if r.pre is not None]
    post = [r.post for r in results if r.post is not None]
    gains = [r.gain for r in results if r.gain is not None]
    return (percent(sum(pre) / len(pre)) if pre else "",
            percent(sum(post) / len(post)) if post else "",
            points(sum(gains) / len(gains)) if gains else "")


class ProgressRows(Sequence[tuple[str, ...]]):
    """The progress table's rows, each formatted when first asked for: the dashboard
    shows the rows in view at once, and the CSV and PDF walk them all. The strings are
    the same either way (one function makes them)."""

    def __init__(self, data: ReportData) -> None:
        self._data = data
        self._rows: list[tuple[str, ...] | None] = [None] * len(data.statuses)

    def __len__(self) -> int:
        return len(self._rows)

    def _row(self, n: int) -> tuple[str, ...]:
        row = self._rows[n]
        if row is None:
            s = self._data.statuses[n]
            scores = s.quiz_scores.values()
            gains = self._data.gains.get(s.learner_id)
            pre, post, gain = _pair_cells([r for r in gains.pairs
                                           if r.pair.course_id == s.course_id]
                                          if gains else ())
            row = (s.learner_name, self._data.course_titles.get(s.course_id, s.course_id),
                   percent(s.fraction), f"{s.done_items}/{s.required_items}",
                   hours_minutes(s.seconds_spent),
                   percent(sum(scores) / len(scores)) if scores else "",
                   pre, post, gain, day(s.completed_at))
            self._rows[n] = row
        return row

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        if isinstance(index, slice):
            return tuple(self._row(n) for n in range(*index.indices(len(self))))
        return self._row(range(len(self))[index])

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return (self._row(n) for n in range(len(self)))


def progress_rows(data: ReportData) -> ProgressRows:
    return ProgressRows(data)


def report_tables(data: ReportData, labels: ReportLabels = ReportLabels()
                  ) -> tuple[ReportTable, ...]:
    """The report as tables of strings, in order: progress per learner and course, gain
    per skill (when the courses have pre/post tests), and, in a learner's report, their
    written answers."""
    tables = [ReportTable(
        labels.progress_section,
        (labels.learner, labels.course, labels.progress, labels.done, labels.time,
         labels.quizzes, labels.pre, labels.post, labels.gain, labels.completed),
        progress_rows(data), (2.2, 2.6, 1, 0.9, 0.9, 1.1, 1, 1, 0.8, 1.3))]
    if data.pairs:
        counts: dict[str, int] = {}
        for gain in data.gains.values():
            for skill in gain.skills:
                counts[skill] = counts.get(skill, 0) + 1
        rows = [(labels.everyone, "", points(data.cohort_gain),
                 str(sum(1 for g in data.gains.values() if g.gain is not None)))]
        rows += [(profile, profile, points(value),
                  str(sum(1 for g in data.gains.values() if profile in g.profiles)))
                 for profile, value in sorted(data.profile_gains.items())]
        rows += [(data.skills.get(skill, (skill, ""))[0], data.skills.get(skill, ("", ""))[1],
                  points(value), str(counts.get(skill, 0)))
                 for skill, value in sorted(data.skill_gains.items(),
                                            key=lambda kv: (data.skills.get(kv[0], ("", ""))[1],
                                                            kv[0]))]
        tables.append(ReportTable(
            labels.skills_section,
            (labels.skill, labels.profile, labels.gain, labels.learners_with_gain),
            tuple(rows), (4, 1.2, 1, 1)))
    if data.learner_id is not None and data.free_text:
        tables.append(ReportTable(
            labels.answers_section, (labels.course, labels.quiz, labels.question, labels.answer),
            tuple((a.course_title, a.quiz_title, a.prompt, a.text) for a in data.free_text),
            (1.5, 1.5, 2.5, 4)))
    return tuple(tables)


def csv_text(tables: Sequence[ReportTable]) -> str:
    """The tables as CSV: each under its title line, a blank line between them."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for n, table in enumerate(tables):
        if n:
            writer.writerow([])
        writer.writerow([table.title])
        writer.writerow(table.headers)
        writer.writerows(table.rows)
    return out.getvalue()


def write_csv(path: Path, tables: Sequence[ReportTable]) -> Path:
    """Write the report as a UTF-8 CSV (with a byte-order mark, so spreadsheet programs
    read Latvian, Bulgarian and Greek names right), whole or not at all."""
    write_atomic(Path(path), ("\ufeff" + csv_text(tables)).encode("utf-8"))
    return Path(path)


def only_learner(data: ReportData, learner_id: int,
                 answers: Callable[[int], Sequence[FreeTextAnswer]] | None = None
                 ) -> ReportData:
    """A learner's report cut from a cohort report already read (no new query)."""
    statuses = tuple(s for s in data.statuses if s.learner_id == learner_id)
    gains = {k: v for k, v in data.gains.items() if k == learner_id}
    mean, skills, profiles = cohort_gains(list(gains.values()))
    extra: dict[str, Any] = {}
    if answers is not None:
        extra["free_text"] = tuple(answers(learner_id))
    name = statuses[0].learner_name if statuses else data.title
    return replace(data, title=name, learner_id=learner_id, statuses=statuses, gains=gains,
                   cohort_gain=mean, skill_gains=skills, profile_gains=profiles, **extra)
