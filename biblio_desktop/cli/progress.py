"""`biblio-desktop progress`: a learner's progress as a table, or JSON for scripts."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from ..errors import BiblioError
from .courses import open_workspace

if TYPE_CHECKING:  # the command modules stay light: the GUI start imports them all
    from ..learning.summary import CourseProgress


def register(sub: Any) -> None:
    p = sub.add_parser("progress", help="show a learner's progress",
                       description="Show a learner's progress in every installed course (or one "
                       "course with --course): items done, time spent, quiz scores, skills by "
                       "job profile. For support staff and scripts; the data folder's owner can "
                       "read every learner's progress.")
    p.add_argument("--learner", metavar="ID", type=int, required=True,
                   help="learner id (see 'biblio-desktop learners list')")
    p.add_argument("--course", metavar="ID", help="only this course id")
    p.add_argument("--language", metavar="LANG", help="titles in this language if available")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=cmd_progress)


def _minutes(seconds: int) -> str:
    return f"{seconds // 60} min" if seconds >= 60 else f"{seconds} s"


def _as_json(page: CourseProgress) -> dict[str, Any]:
    return {
        "course_id": page.course_id, "version": page.version, "title": page.title,
        "fraction": round(page.fraction, 4), "seconds_spent": page.seconds_spent,
        "completed_at": page.completion.completed_at.isoformat() if page.completion else None,
        "completed_version": page.completion.version if page.completion else None,
        "quiz_scores": page.quiz_scores,
        "modules": [{"id": m.module_id, "title": m.title, "fraction": round(m.fraction, 4),
                     "items": [{"id": i.item_id, "kind": i.kind, "title": i.title,
                                "required": i.required, "done": i.state.done,
                                "seconds_spent": i.state.seconds_spent,
                                "best_score": i.state.best_score,
                                "attempts": i.state.attempts_used} for i in m.items]}
                    for m in page.modules],
        "skills": [{"id": s.skill_id, "title": s.title, "profile": s.profile,
                    "fraction": round(s.fraction, 4)} for s in page.skills],
    }


def _print_table(name: str, page: CourseProgress) -> None:
    done = "complete" if page.completion else f"{page.fraction:.0%}"
    print(f"{name} · {page.title} ({page.course_id} {page.version}): {done}, "
          f"{_minutes(page.seconds_spent)} spent")
    if page.completion:
        print(f"  completed {page.completion.completed_at:%Y-%m-%d %H:%M} "
              f"(version {page.completion.version})")
    for module in page.modules:
        print(f"  {module.title}  [{module.fraction:.0%}]")
        for item in module.items:
            mark = "x" if item.state.done else ("~" if item.state.opened else " ")
            score = (f"  best {item.state.best_score:.0%}, {item.state.attempts_used} attempt(s)"
                     if item.state.best_score is not None else "")
            optional = "" if item.required else " (optional)"
            print(f"    [{mark}] {item.kind:<6} {item.title}{optional}  "
                  f"{_minutes(item.state.seconds_spent)}{score}")
    for profile, skills in page.profiles.items():
        print(f"  {profile}: " + ", ".join(f"{s.title} {s.fraction:.0%}" for s in skills))


def cmd_progress(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        learner = ws.learners.get(args.learner)
        progress = ws.progress_of(learner.id)
        course_ids = [args.course] if args.course else [
            c.course_id for c in ws.list_courses()]
        if not course_ids:
            raise BiblioError("No courses are installed.",
                              "import one with: biblio-desktop import PACKAGE.biblio")
        language = args.language or learner.ui_language
        pages = [ws.course_progress(progress, cid, language) for cid in course_ids]
    if args.json:
        print(json.dumps({"learner": {"id": learner.id, "name": learner.name},
                          "courses": [_as_json(p) for p in pages]}, ensure_ascii=False,
                         indent=2))
    else:
        for page in pages:
            _print_table(learner.name, page)
    return 0
