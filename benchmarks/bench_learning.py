"""Learning data at scale: the facilitator overview and a learner's course page.

Builds (once, cached in build/bench/ by parameters) a library with 10 generated courses
(15 items, 4 quizzes each), 400 learners and 50 saved answers per learner and course
(200,000 answers). Progress is bulk-inserted in one transaction with realistic shapes
(most items opened, a varying share completed, 1-3 attempts per quiz, completions where
the rules say so); 3 learners instead go through the real tracker (open, mark done,
attempts, answers, submit), and a cross-check compares the facilitator overview with the
learner's own course page for them and for 3 bulk learners.
The bulk insert bypasses the tracker, which is what keeps the overview's summary table
(learner_course_stats, see learning/course_stats.py) up to date, so the build calls
`rebuild_all_stats` after it, as any bulk load must; a drift check compares the stored
summary with a fresh rebuild (it also covers the rows the tracker replay refreshed).
Write overhead: `record_focus` (one committed write) timed with and without the summary
refresh, alternating, on a throwaway copy of the library, and `refresh_stats` alone.
Baselines in the same run: a bare COUNT(*) over answers and a plain fetch of item_progress.
Targets (issue): overview < 100 ms, learner page < 10 ms on the 2-core reference PC.
Usage: python benchmarks/bench_learning.py [--learners 400] [--courses 10] [--answers 50]
       [--profile] [--rebuild]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import pstats
import random
import shutil
import sqlite3
import statistics
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from common import WORK, best_of, record
from sqlalchemy import event, insert, select

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.learning import rules, tracker
from biblio_desktop.learning.course_stats import rebuild_all_stats, refresh_stats
from biblio_desktop.learning.overview import facilitator_overview
from biblio_desktop.learning.quiz import Quiz, score_question
from biblio_desktop.learning.quiz_plan import attempt_plan
from biblio_desktop.learning.tracker import LearnerProgress
from biblio_desktop.packages.manifest import Manifest
from biblio_desktop.storage.db import unit_of_work
from biblio_desktop.storage.models import (
    AnswerRow,
    CourseCompletionRow,
    ItemProgressRow,
    LearnerCourseStatsRow,
    LearnerRow,
    QuizAttemptRow,
)
from biblio_desktop.workspace import Workspace

SEED = 20250301
FORMAT = 2  # bump when the generated data changes shape, so old caches are not reused
VERSION = "1.0.0"
LANG = "en"
TRACKER_LEARNERS = 3  # learners whose progress goes through the real tracker
PASS_MARK = 0.7
START = datetime(2025, 3, 1, 8, 0, 0)
# One course: 4 modules, 15 items (4 quizzes, 2 optional items). Item ids repeat across
# courses on purpose, as real courses do ("m1-intro"): progress queries must not mix them.
LAYOUT: list[list[tuple[str, str, bool]]] = [
    [("m1-intro", "lesson", True), ("m1-read", "lesson", True),
     ("m1-tour", "slides", False), ("m1-quiz", "quiz", True)],
    [("m2-lesson", "lesson", True), ("m2-video", "video", True),
     ("m2-case", "lesson", True), ("m2-quiz", "quiz", True)],
    [("m3-lesson", "lesson", True), ("m3-practice", "lesson", True),
     ("m3-slides", "slides", True), ("m3-quiz", "quiz", True)],
    [("m4-lesson", "lesson", True), ("m4-extra", "lesson", False),
     ("m4-final", "quiz", True)],
]
ITEMS = [item for module in LAYOUT for item in module]
QUIZ_IDS = [item_id for item_id, kind, _ in ITEMS if kind == "quiz"]
DRAW_SHARES = (0.1, 0.12, 0.16, 0.2)  # questions asked per attempt, as a share of answers
MP4 = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + bytes(range(256)) * 4
FIRST = ["Anna", "Jānis", "Laura", "Mārtiņš", "Ilze", "Pēteris", "Elena", "Marco", "Sofia",
         "Tomas", "Ieva", "Kristaps", "Maria", "Andris", "Līga", "Paolo"]
LAST = ["Bērziņa", "Kalniņš", "Rossi", "Ozola", "Jansons", "Bianchi", "Liepa", "Ferrari"]


def course_id(n: int) -> str:
    return f"eu.biblio-project.bench-{n:02}"


def draws_for(answers: int) -> list[int]:
    return [max(1, round(answers * share)) for share in DRAW_SHARES]


# --------------------------------------------------------------------------- courses

def write_course_source(root: Path, n: int, draws: list[int]) -> Path:
    """A valid one-language course source: lessons, slides, a video and 4 quizzes."""
    folder = root / f"course-{n:02}"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "lessons").mkdir(parents=True)
    (folder / "quizzes").mkdir()
    (folder / "media").mkdir()
    (folder / "media" / "intro.mp4").write_bytes(MP4)
    modules = []
    quiz_no = 0
    for m, module in enumerate(LAYOUT, 1):
        items = []
        for item_id, kind, required in module:
            extra = "" if required else "required = false\n"
            if kind in ("lesson", "slides"):
                name = f"lessons/{item_id}.{'slides.md' if kind == 'slides' else 'md'}"
                body = ("# One\n\nText.\n\n---\n\n# Two\n\nMore text.\n" if kind == "slides"
                        else f"# {item_id}\n\n" + "A paragraph of lesson text. " * 40 + "\n")
                (folder / name).write_text(f"---\ntitle: {item_id} of course {n}\nminutes: 5\n"
                                           f"---\n\n{body}", encoding="utf-8")
                items.append(f'[[modules.items]]\nid = "{item_id}"\nkind = "{kind}"\n'
                             f'file = "{name}"\n{extra}')
            elif kind == "video":
                items.append(f'[[modules.items]]\nid = "{item_id}"\nkind = "video"\n'
                             f'file = "media/intro.mp4"\nminutes = 3\n{extra}'
                             f'[modules.items.title]\nen = "Video {n}"\n')
            else:
                draw = draws[quiz_no]
                quiz_no += 1
                name = f"quizzes/{item_id}.toml"
                (folder / name).write_text(quiz_toml(f"Quiz {item_id}", draw + 4, draw),
                                           encoding="utf-8")
                items.append(f'[[modules.items]]\nid = "{item_id}"\nkind = "quiz"\n'
                             f'file = "{name}"\n{extra}')
        modules.append(f'[[modules]]\nid = "m{m}"\n[modules.title]\nen = "Module {m}"\n'
                       + "\n".join(items))
    (folder / "course.toml").write_text(f'''\
id = "{course_id(n)}"
version = "{VERSION}"
languages = ["en"]
default_language = "en"
[title]
en = "Benchmark course {n:02}"
[publisher]
name = "bench"
[completion]
rule = "all-required"
pass_mark = {PASS_MARK}
[[skills]]
id = "skill-{n}"
profile = "CECO"
[skills.title]
en = "Skill {n}"

''' + "\n".join(modules), encoding="utf-8")
    return folder


def quiz_toml(title: str, bank: int, draw: int) -> str:
    parts = [f'title = "{title}"\nshuffle_questions = true\nshuffle_options = true\n'
             f'draw = {draw}\n']
    for q in range(bank):
        if q % 3 == 2:
            parts.append(f'[[questions]]\nid = "q{q:02}"\ntype = "true_false"\n'
                         f'prompt = "Statement {q}."\nanswer = {"true" if q % 2 else "false"}\n')
        else:
            right = "abc"[q % 3]
            options = "".join(f'[[questions.options]]\nid = "{o}"\ntext = "Option {o}"\n'
                              + ("correct = true\n" if o == right else "") for o in "abc")
            parts.append(f'[[questions]]\nid = "q{q:02}"\ntype = "single"\n'
                         f'prompt = "Question {q}?"\n{options}')
    return "\n".join(parts)


def right_answer(quiz: Quiz, qid: str) -> Any:
    q = quiz.question(qid)
    if q.type == "true_false":
        return bool(q.answer)
    return next(o.id for o in q.options if o.correct)


def wrong_answer(quiz: Quiz, qid: str) -> Any:
    q = quiz.question(qid)
    if q.type == "true_false":
        return not q.answer
    return next(o.id for o in q.options if not o.correct)


# --------------------------------------------------------------------------- progress plan

@dataclass
class Attempt:
    item_id: str
    number: int
    seed: str
    started: datetime
    submitted: datetime | None
    answers: list[tuple[str, Any, float, datetime]]  # question, answer, score, saved at
    score: float | None = None
    passed: bool | None = None


@dataclass
class Plan:
    """What one learner did in one course, before it is written in bulk or replayed."""

    opened: dict[str, tuple[datetime, datetime, int, str | None]] = field(default_factory=dict)
    completed: dict[str, datetime] = field(default_factory=dict)  # lessons, slides, video
    attempts: list[Attempt] = field(default_factory=list)


def attempts_per_quiz(rng: random.Random, draws: list[int], answers: int) -> list[int]:
    """1-3 attempts per quiz whose questions add up to at least `answers`, closely."""
    best: list[int] | None = None
    for _ in range(200):
        counts = [rng.randint(1, 3) for _ in draws]
        total = sum(c * d for c, d in zip(counts, draws, strict=True))
        if answers <= total <= answers + 4:
            return counts
        if total >= answers and (best is None or total < sum(
                c * d for c, d in zip(best, draws, strict=True))):
            best = counts
    if best is not None:
        return best
    counts = [3] * len(draws)  # more answers than 3 attempts can hold: add attempts
    while sum(c * d for c, d in zip(counts, draws, strict=True)) < answers:
        counts[rng.randrange(len(counts))] += 1
    return counts


def make_plan(rng: random.Random, learner_id: int, cid: str, quizzes: dict[str, Quiz],
              draws: list[int], answers: int) -> Plan:
    plan = Plan()
    finisher = rng.random() < 0.3
    diligence = 1.0 if finisher else rng.uniform(0.2, 0.95)
    skill = rng.uniform(0.75, 0.98) if finisher else rng.uniform(0.35, 0.95)
    clock = START + timedelta(days=rng.uniform(0, 60), minutes=learner_id % 600)

    def tick(max_minutes: float = 20) -> datetime:
        nonlocal clock
        clock += timedelta(seconds=rng.uniform(20, max_minutes * 60))
        return clock.replace(microsecond=0)

    counts = attempts_per_quiz(rng, draws, answers)
    slots = [(item_id, no) for item_id, c in zip(QUIZ_IDS, counts, strict=True)
             for no in range(1, c + 1)]
    sizes = {s: draws[QUIZ_IDS.index(s[0])] for s in slots}
    excess = sum(sizes.values()) - answers  # questions left unanswered in some attempts
    while excess > 0:
        slot = rng.choice(slots)
        if sizes[slot] > 1:
            sizes[slot] -= 1
            excess -= 1
    for item_id, kind, _required in ITEMS:
        if kind != "quiz" and not finisher and rng.random() > 0.9:
            continue  # never opened
        first = tick()
        seconds = rng.randint(30, 900)
        position = {"lesson": lambda: {"scroll": round(rng.random(), 3)},
                    "slides": lambda: {"seen": [0, 1], "slide": 1, "slide_count": 2},
                    "video": lambda: {"video_time": 170.0, "duration": 180.0,
                                      "watched": [[0.0, 170.0]]},
                    "quiz": lambda: None}[kind]()
        if kind == "quiz":
            quiz = quizzes[item_id]
            n_attempts = counts[QUIZ_IDS.index(item_id)]
            for no in range(1, n_attempts + 1):
                seed = f"{learner_id}:{cid}:{item_id}:{no}"
                asked = attempt_plan(quiz, seed).question_ids
                last = no == n_attempts
                sure = finisher and last  # a finisher's last attempt passes
                started = tick(5)
                rows = []
                for qid in asked[:sizes[(item_id, no)]]:
                    good = sure or rng.random() < skill
                    answer = right_answer(quiz, qid) if good else wrong_answer(quiz, qid)
                    rows.append((qid, answer, score_question(quiz.question(qid), answer).score,
                                 tick(1)))
                open_attempt = last and not finisher and rng.random() < 0.05
                attempt = Attempt(item_id, no, seed, started, None if open_attempt else tick(1),
                                  rows)
                if not open_attempt:
                    attempt.score = sum(r[2] for r in rows) / len(asked)
                    attempt.passed = attempt.score >= PASS_MARK - 1e-9
                    if attempt.passed and item_id not in plan.completed:
                        plan.completed[item_id] = attempt.submitted  # type: ignore[assignment]
                plan.attempts.append(attempt)
        elif finisher or rng.random() < diligence:
            plan.completed[item_id] = tick()
        plan.opened[item_id] = (first, clock.replace(microsecond=0), seconds,
                                json.dumps(position, sort_keys=True) if position else None)
    return plan


def plan_facts(plan: Plan) -> list[rules.ItemFacts]:
    facts = []
    for item_id, kind, required in ITEMS:
        submitted = [a for a in plan.attempts if a.item_id == item_id and a.submitted]
        best = max((a.score for a in submitted), default=None)  # type: ignore[type-var]
        facts.append(rules.ItemFacts(item_id, kind, required, item_id in plan.completed,
                                     best, any(a.passed for a in submitted)))
    return facts


# --------------------------------------------------------------------------- building

def build_database(data_dir: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Courses, learners and progress; returns facts about the build for the report."""
    started = time.perf_counter()
    draws = draws_for(args.answers)
    src_root = WORK / "learning-src"
    shutil.rmtree(src_root, ignore_errors=True)
    src_root.mkdir(parents=True)
    course_ids = [course_id(n) for n in range(1, args.courses + 1)]
    with Workspace.open(data_dir) as ws:
        for n in range(1, args.courses + 1):
            source = write_course_source(src_root, n, draws)
            package = src_root / f"{course_id(n)}.biblio"
            build_package(source, package)
            ws.import_package(package, backup=False)
        shutil.rmtree(src_root)
        t_courses = time.perf_counter() - started
        quizzes = {cid: {q: ws.quiz(cid, q, LANG) for q in QUIZ_IDS} for cid in course_ids}
        rng = random.Random(SEED)
        names = set()
        learners = []
        for lid in range(1, args.learners + 1):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {lid}"
            names.add(name.casefold())
            learners.append({"id": lid, "name": name, "role": "learner", "failed_attempts": 0,
                             "created_at": START - timedelta(days=rng.randint(1, 90)),
                             "ui_language": rng.choice([None, "en", "lv"])})
        tracker_ids = sorted(rng.sample(range(1, args.learners + 1),
                                        min(TRACKER_LEARNERS, args.learners)))
        plans = {(lid, cid): make_plan(rng, lid, cid, quizzes[cid], draws, args.answers)
                 for lid in range(1, args.learners + 1) for cid in course_ids}
        t_plan = time.perf_counter() - started - t_courses
        progress, attempts, answers, completions = [], [], [], []
        for (lid, cid), plan in plans.items():
            if lid in tracker_ids:
                continue
            for item_id, (first, last, seconds, position) in plan.opened.items():
                done = plan.completed.get(item_id)
                progress.append({
                    "learner_id": lid, "course_id": cid, "item_id": item_id,
                    "first_opened_at": first, "last_opened_at": last, "seconds_spent": seconds,
                    "last_tick_at": last, "completed_at": done,
                    "completed_version": VERSION if done else None, "position_json": position})
            for a in plan.attempts:
                attempt_id = len(attempts) + 1
                attempts.append({
                    "id": attempt_id, "learner_id": lid, "course_id": cid, "item_id": a.item_id,
                    "course_version": VERSION, "language": LANG, "attempt_no": a.number,
                    "seed": a.seed, "started_at": a.started, "submitted_at": a.submitted,
                    "current_question": a.answers[-1][0] if a.answers else None,
                    "score": a.score, "passed": a.passed})
                answers.extend({"attempt_id": attempt_id, "question_id": qid,
                                "answer_json": json.dumps(value, sort_keys=True),
                                "saved_at": saved, "score": score if a.submitted else None}
                               for qid, value, score, saved in a.answers)
            facts = plan_facts(plan)
            if rules.course_complete(facts):
                scores = [f.best_quiz_score for f in facts if f.best_quiz_score is not None]
                completions.append({
                    "learner_id": lid, "course_id": cid, "course_version": VERSION,
                    "completed_at": max(plan.completed.values()),
                    "score": sum(scores) / len(scores) if scores else None})
        with ws.engine.begin() as conn:  # one transaction
            conn.execute(insert(LearnerRow), learners)
            conn.execute(insert(ItemProgressRow), progress)
            conn.execute(insert(QuizAttemptRow), attempts)
            conn.execute(insert(AnswerRow), answers)
            conn.execute(insert(CourseCompletionRow), completions)
        # The tracker refreshes the overview summary with every write; these rows did not
        # go through it, so the summary is computed once from what was inserted.
        with unit_of_work(ws.sessions) as session:
            rebuild_all_stats(session)
        t_bulk = time.perf_counter() - started - t_courses - t_plan
        ws.learners.create_facilitator("bench-facilitator-password-1")
        for lid in tracker_ids:
            for cid in course_ids:
                replay(ws, lid, cid, plans[(lid, cid)])
        t_tracker = time.perf_counter() - started - t_courses - t_plan - t_bulk
        # No ANALYZE: the app never runs one, so the query planner has no statistics.
    info = {"tracker_learners": tracker_ids, "seconds": {
        "courses": round(t_courses, 1), "plan": round(t_plan, 1), "bulk insert": round(t_bulk, 1),
        "tracker replay": round(t_tracker, 1)}}
    (data_dir / "bench-info.json").write_text(json.dumps(info, indent=1))
    return info


class PlanClock:
    """The tracker's clock during a replay: the planned times, in order."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def monotonic(self) -> float:
        """Elapsed time follows the plan too (the tracker measures focus gaps with it)."""
        return self.now.timestamp()


def replay(ws: Workspace, lid: int, cid: str, plan: Plan) -> None:
    """Write one learner's planned course work through the real tracker, as the UI does."""
    clock = PlanClock()
    tracker = LearnerProgress(ws.sessions, lid, ws, clock=clock,
                              monotonic=clock.monotonic)
    for item_id, kind, _required in ITEMS:
        if item_id not in plan.opened:
            continue
        first, last, seconds, _position = plan.opened[item_id]
        clock.now = first
        tracker.open_item(cid, item_id)
        if kind == "quiz":
            for a in (a for a in plan.attempts if a.item_id == item_id):
                clock.now = a.started
                view = tracker.current_attempt(cid, item_id, LANG)
                assert view.attempt_no == a.number, (view.attempt_no, a.number)
                for qid, value, _score, saved in a.answers:
                    clock.now = saved
                    tracker.save_answer(view.attempt_id, qid, value)
                if a.submitted:
                    clock.now = a.submitted
                    result = tracker.submit_attempt(view.attempt_id)
                    assert math.isclose(result.score, a.score or 0), (result.score, a.score)
        elif item_id in plan.completed:
            clock.now = plan.completed[item_id]
            tracker.mark_done(cid, item_id)
        clock.now = last
        tracker.record_focus(cid, item_id, min(seconds, 60))


# --------------------------------------------------------------------------- checks

def cross_check(ws: Workspace, learner_ids: list[int], course_ids: list[str],
                overview_all: dict[tuple[int, str], Any]) -> list[str]:
    """The overview (all learners and one learner) against the learner's own course page."""
    problems = []
    for lid in learner_ids:
        with ws.sessions() as session:
            mine = {r.course_id: r for r in facilitator_overview(session, learner_id=lid)}
        progress = ws.progress_of(lid)
        for cid in course_ids:
            page = ws.course_progress(progress, cid)
            row, full = mine.get(cid), overview_all.get((lid, cid))
            if row is None or full is None:
                problems.append(f"learner {lid}, {cid}: missing from the overview")
                continue
            seconds = page.seconds_spent
            for label, ours, theirs in (
                    ("fraction", row.fraction, page.fraction),
                    ("fraction (all-learner table)", full.fraction, page.fraction),
                    ("quiz scores", row.quiz_scores, page.quiz_scores),
                    ("seconds spent", row.seconds_spent, seconds),
                    ("completed", row.completed_at is not None, page.completion is not None)):
                same = (math.isclose(ours, theirs) if isinstance(ours, float)
                        else ours == theirs)
                if not same:
                    problems.append(f"learner {lid}, {cid}: {label}: overview {ours!r} "
                                    f"vs course page {theirs!r}")
    return problems


def stats_drift(ws: Workspace) -> int:
    """Summary rows that differ from a fresh `rebuild_all_stats` (rolled back after)."""
    def snapshot(session: Any) -> dict[tuple[int, str], tuple[Any, ...]]:
        return {(r.learner_id, r.course_id): (r.seconds_spent, r.last_activity,
                                              r.done_item_ids, r.quiz_best)
                for r in session.scalars(select(LearnerCourseStatsRow))}

    with ws.sessions() as session:
        stored = snapshot(session)
        rebuild_all_stats(session)
        fresh = snapshot(session)
        session.rollback()
    return sum(1 for k in stored.keys() | fresh.keys() if stored.get(k) != fresh.get(k))


# --------------------------------------------------------------------------- writes

def write_overhead(data_dir: Path, lid: int, cid: str, rounds: int = 6, per_round: int = 25
                   ) -> dict[str, float]:
    """Milliseconds per `record_focus` with and without the summary refresh, and of
    `refresh_stats` alone, on a throwaway copy of the library (the cache stays as built).

    The two variants alternate in rounds so disk and CPU noise hits both alike; each write
    is one committed transaction (synchronous=FULL), as in the app."""
    scratch = WORK / "learning-writes"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(data_dir, scratch, ignore=shutil.ignore_patterns("backups"))
    item_id = next(i for i, kind, _ in ITEMS if kind == "lesson")
    times: dict[str, list[float]] = {"with": [], "without": []}
    try:
        with Workspace.open(scratch) as ws:
            clock = PlanClock()
            clock.now = START + timedelta(days=400)
            progress = LearnerProgress(ws.sessions, lid, ws, clock=clock,
                                       monotonic=clock.monotonic)
            progress.open_item(cid, item_id)
            real = tracker.refresh_stats

            def skip(*_args: Any, **_kwargs: Any) -> None:
                return None

            for _ in range(rounds):
                for variant in ("with", "without"):
                    tracker.refresh_stats = real if variant == "with" else skip  # type: ignore[assignment]
                    try:
                        for _ in range(per_round):
                            clock.now += timedelta(seconds=30)
                            start = time.perf_counter()
                            credited = progress.record_focus(cid, item_id, 30)
                            times[variant].append(time.perf_counter() - start)
                            assert credited == 30, credited
                    finally:
                        tracker.refresh_stats = real  # type: ignore[assignment]
            alone = []
            for _ in range(50):
                with ws.sessions() as session:
                    start = time.perf_counter()
                    refresh_stats(session, lid, cid)
                    alone.append(time.perf_counter() - start)
                    session.rollback()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {"with": statistics.median(times["with"]) * 1000,
            "without": statistics.median(times["without"]) * 1000,
            "alone": statistics.median(alone) * 1000, "writes": len(times["with"])}


# --------------------------------------------------------------------------- diagnosis

def query_times(ws: Workspace, fn: Any, repeat: int = 5
                ) -> list[tuple[float, int, str, Any]]:
    """Each SQL statement `fn` runs, re-run alone on a raw connection (execute + fetchall,
    best of `repeat`): SQLite does most work while rows are fetched, which the ORM's
    execute events do not see."""
    statements: list[tuple[str, Any]] = []

    def grab(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append((statement, parameters))

    event.listen(ws.engine, "before_cursor_execute", grab)
    try:
        fn()
    finally:
        event.remove(ws.engine, "before_cursor_execute", grab)
    raw = sqlite3.connect(ws.layout.database)
    out = []
    for statement, parameters in statements:
        if statement.strip().upper() in ("BEGIN", "COMMIT", "ROLLBACK"):
            continue
        times, n = [], 0
        for _ in range(repeat):
            start = time.perf_counter()
            n = len(raw.execute(statement, parameters).fetchall())
            times.append(time.perf_counter() - start)
        out.append((min(times), n, statement, parameters))
    raw.close()
    return out


def explain(ws: Workspace, statement: str, parameters: Any = ()) -> str:
    raw = sqlite3.connect(ws.layout.database)
    try:
        rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
    finally:
        raw.close()
    return "; ".join(r[-1] for r in rows)


def diagnose(ws: Workspace, label: str, fn: Any) -> None:
    print(f"\n-- where the time goes: {label}")
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        fn()
    profiler.disable()
    buffer = io.StringIO()
    pstats.Stats(profiler, stream=buffer).sort_stats("cumulative").print_stats(18)
    print("\n".join(line for line in buffer.getvalue().splitlines()[:50] if line.strip()))
    total = 0.0
    for seconds, n, statement, parameters in query_times(ws, fn):
        total += seconds
        short = " ".join(statement.split())
        print(f"  {seconds * 1000:7.2f} ms  {n:6} rows  {short[:160]}")
        print(f"{'':27}plan: {explain(ws, statement, parameters)[:160]}")
    print(f"  {total * 1000:7.2f} ms  SQL alone (raw sqlite3, execute + fetchall)")


# --------------------------------------------------------------------------- main

def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=400, help="learners (default 400)")
    parser.add_argument("--courses", type=int, default=10, help="courses (default 10)")
    parser.add_argument("--answers", type=int, default=50,
                        help="saved answers per learner and course (default 50)")
    parser.add_argument("--profile", action="store_true",
                        help="print a profile and per-query times even if targets are met")
    parser.add_argument("--rebuild", action="store_true", help="ignore the cached database")
    args = parser.parse_args()
    data_dir = WORK / f"learning-{args.learners}x{args.courses}x{args.answers}-f{FORMAT}"
    ready = data_dir / "bench-info.json"
    if args.rebuild or not ready.exists():
        shutil.rmtree(data_dir, ignore_errors=True)
        print(f"building {data_dir} ...", flush=True)
        info = build_database(data_dir, args)
        print(f"built in {sum(info['seconds'].values()):.1f} s: {info['seconds']}", flush=True)
    info = json.loads(ready.read_text())
    course_ids = [course_id(n) for n in range(1, args.courses + 1)]
    writer = next(i for i in range(1, args.learners + 1) if i not in info["tracker_learners"])
    writes = write_overhead(data_dir, writer, course_ids[0])
    rng = random.Random(SEED + 1)

    with Workspace.open(data_dir) as ws:
        # Opening takes a daily (or pre-migration) backup; in this cache it only fills disk.
        for backup in ws.layout.root.joinpath("backups").glob("*.sqlite3"):
            backup.unlink()
        with ws.engine.connect() as conn:
            counts = {t: conn.exec_driver_sql(f"SELECT COUNT(*) FROM {t}").scalar()
                      for t in ("learners", "item_progress", "quiz_attempts", "answers",
                                "course_completions")}
        raw = sqlite3.connect(ws.layout.database, isolation_level=None)  # outside a transaction
        busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        raw.close()
        assert busy == 0, "the checkpoint could not finish"
        db_bytes = sum(p.stat().st_size for p in data_dir.glob("library.sqlite3*"))
        manifests: dict[str, Manifest] = {cid: ws.manifest(cid) for cid in course_ids}  # warm
        del manifests

        def overview() -> list[Any]:
            with ws.sessions() as session:
                return facilitator_overview(session)

        table = overview()
        assert len(table) == args.learners * args.courses, len(table)
        by_key = {(r.learner_id, r.course_id): r for r in table}

        bulk_ids = [i for i in range(1, args.learners + 1) if i not in info["tracker_learners"]]
        checked = info["tracker_learners"] + sorted(rng.sample(bulk_ids, min(3, len(bulk_ids))))
        problems = cross_check(ws, checked, course_ids, by_key)

        learner_id, cid = rng.choice(bulk_ids), rng.choice(course_ids)

        def page(lid: int = learner_id, course: str = cid) -> Any:
            return ws.course_progress(ws.progress_of(lid), course)

        def count_answers() -> None:
            with ws.engine.connect() as conn:
                conn.exec_driver_sql("SELECT COUNT(*) FROM answers").scalar()

        def fetch_progress() -> None:
            with ws.engine.connect() as conn:
                conn.exec_driver_sql("SELECT * FROM item_progress").fetchall()

        t_count = best_of(count_answers, 5)
        t_fetch = best_of(fetch_progress, 5)
        t_overview = best_of(overview, 5)
        t_page = best_of(page, 5)
        pairs = [(rng.choice(range(1, args.learners + 1)), rng.choice(course_ids))
                 for _ in range(30)]
        spread = []
        for lid, course in pairs:
            start = time.perf_counter()
            page(lid, course)
            spread.append(time.perf_counter() - start)
        statuses = [r for r in table]
        complete = sum(1 for r in statuses if r.completed_at is not None)
        drift = stats_drift(ws)
        with ws.engine.connect() as conn:
            stats_rows = conn.exec_driver_sql(
                "SELECT COUNT(*) FROM learner_course_stats").scalar()

        record("learning", {
            "learners x courses": f"{args.learners}x{args.courses}",
            "answers (rows)": counts["answers"],
            "item_progress / quiz_attempts (rows)":
                f"{counts['item_progress']} / {counts['quiz_attempts']}",
            "courses completed (learner-course pairs)": complete,
            "database size after checkpoint (MB)": round(db_bytes / 1e6, 1),
            f"facilitator overview, {args.learners}x{args.courses} (ms, target < 100)":
                round(t_overview * 1000, 1),
            "learner course page (ms, target < 10)": round(t_page * 1000, 2),
            "learner course page, median of 30 pairs (ms)":
                round(statistics.median(spread) * 1000, 2),
            "baseline: SELECT COUNT(*) FROM answers (ms)": round(t_count * 1000, 2),
            "baseline: SELECT * FROM item_progress (ms)": round(t_fetch * 1000, 1),
            "overview / item_progress fetch (ratio)": round(t_overview / t_fetch, 2),
            "course page / COUNT(*) answers (ratio)": round(t_page / t_count, 2),
            "cross-check: learners compared (tracker + bulk)": len(checked),
            "cross-check: overview vs course page mismatches": len(problems),
            "summary rows (learner_course_stats)": stats_rows,
            "summary drift: rows differing from a fresh rebuild": drift,
            "record_focus with summary refresh (ms, median)": round(writes["with"], 2),
            "record_focus without summary refresh (ms, median)": round(writes["without"], 2),
            "write overhead of the summary refresh (ms)":
                round(writes["with"] - writes["without"], 2),
            "refresh_stats alone, one learner-course (ms, median)": round(writes["alone"], 3),
        })
        if args.profile or t_overview >= 0.100:
            diagnose(ws, "facilitator overview", overview)
        if args.profile or t_page >= 0.010:
            diagnose(ws, "learner course page", page)
    if drift:
        print(f"\nBUG: {drift} learner_course_stats rows differ from a fresh rebuild")
        raise SystemExit(1)
    if problems:
        print("\nBUG: the facilitator overview and the course page disagree:")
        for line in problems[:40]:
            print("  " + line)
        raise SystemExit(1)


if __name__ == "__main__":
    main()
