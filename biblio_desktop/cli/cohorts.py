"""Commands about cohorts: `biblio-desktop cohorts list|add|show|report`.

The same core as the facilitator's cohorts dialog (learning/cohorts.py, learning/
cohort_report.py): a cohort made here paces its learners in the app, and `report --csv`
writes the very file the dialog's "Cohort report (CSV)…" writes (English titles). The PDF
is drawn by Qt, so `--pdf` goes through cli/gui.py, the command line's one door into the
desktop part, and says so when that part is missing.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import BiblioError, UsageError
from ..learning.pacing import PACES
from .courses import open_workspace

PACE_NAMES = {"weekly": "one module a week", "plan": "the course's suggested weeks",
              "all": "everything open at once"}


def register(sub: Any) -> None:
    p = sub.add_parser("cohorts", help="run courses with a group, week by week (cohorts)",
                       description="Cohorts: a group of learners going through courses "
                       "together, released one module a week or all at once "
                       "(docs/cohorts.md).")
    actions = p.add_subparsers(dest="cohorts_command", metavar="ACTION", required=True)

    a = actions.add_parser("list", help="list the cohorts",
                           description="List the cohorts, newest start date first: id, start "
                           "date, pace, number of learners and courses, name. On a PC joined "
                           "to a workshop, the cohorts the workshop PC's facilitator runs "
                           "for this PC's learners are listed too, as '(managed by NAME)': "
                           "they are changed on that PC and arrive with each delivery "
                           "(docs/cohorts.md).")
    a.add_argument("--json", action="store_true", help="print JSON instead of a table")
    a.set_defaults(run=cmd_list)

    a = actions.add_parser("add", help="make a cohort",
                           description="Make a cohort. Learners already in another cohort "
                           "move into this one; their progress stays as it was.")
    a.add_argument("name", metavar="NAME", help='e.g. "Valmiera, spring 2027"')
    a.add_argument("--start", metavar="YYYY-MM-DD", type=_day, required=True,
                   help="the day week 1 opens (week 2 opens seven days later, ...)")
    a.add_argument("--pace", choices=PACES, default="weekly",
                   help="weekly: one module a week; plan: the course's suggested weeks; "
                   "all: everything open at once (default: weekly)")
    a.add_argument("--course", metavar="COURSE_ID", action="append", default=[],
                   help="a course the cohort runs (repeat for more; see 'list')")
    a.add_argument("--learner", metavar="ID", type=int, action="append", default=[],
                   help="a learner id (repeat for more; see 'learners list')")
    a.set_defaults(run=cmd_add)

    a = actions.add_parser("show", help="show a cohort, its weeks and its learners",
                           description="Show a cohort: start, pace, the date pacing uses "
                           "(and a warning when the computer's clock looks wrong), each "
                           "course's weeks with the day they open, and the learners.")
    a.add_argument("cohort_id", metavar="ID", type=int, help="cohort id (see 'cohorts list')")
    a.set_defaults(run=cmd_show)

    a = actions.add_parser("report", help="write the cohort report as CSV and/or PDF",
                           description="Write the cohort report: every learner x course "
                           "(progress, items done, time, quiz average, pre-test, post-test, "
                           "gain, completion date), then the gain per skill; with --learner, "
                           "one learner's rows and written answers. The same strings as the "
                           "facilitator's dashboard. The PDF needs the desktop part (Qt).")
    a.add_argument("cohort_id", metavar="ID", type=int, help="cohort id (see 'cohorts list')")
    a.add_argument("--csv", metavar="FILE", type=Path,
                   help="write the report as CSV (UTF-8 with a byte-order mark)")
    a.add_argument("--pdf", metavar="FILE", type=Path,
                   help="write the report as an A4 landscape PDF (needs the desktop part)")
    a.add_argument("--learner", metavar="ID", type=int,
                   help="only this learner of the cohort, with their written answers")
    a.add_argument("--language", metavar="LANG",
                   help="language of the course and skill titles (default: the course's)")
    a.set_defaults(run=cmd_report)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def cmd_list(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohorts = ws.cohorts.list()
    if args.json:
        print(json.dumps([{"id": c.id, "name": c.name, "start_date": c.start_date.isoformat(),
                           "pace": c.pace, "course_ids": list(c.course_ids),
                           "learner_ids": list(c.learner_ids), "managed_by": c.managed_by,
                           "manager_name": c.manager_name} for c in cohorts],
                         ensure_ascii=False, indent=2))
        return 0
    if not cohorts:
        print('No cohorts yet. Make one with: biblio-desktop cohorts add NAME --start '
              'YYYY-MM-DD --course COURSE_ID --learner ID')
        return 0
    id_w = max(2, *(len(str(c.id)) for c in cohorts))
    print(f"{'ID':>{id_w}}  START       PACE    LEARNERS  COURSES  NAME")
    for c in cohorts:
        print(f"{c.id:>{id_w}}  {c.start_date.isoformat()}  {c.pace:<6}  "
              f"{len(c.learner_ids):>8}  {len(c.course_ids):>7}  {c.name}"
              + (f"  (managed by {c.manager_name})" if c.managed else ""))
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        installed = {c.course_id for c in ws.list_courses()}
        unknown = [c for c in args.course if c not in installed]
        if unknown:
            raise UsageError(f"No installed course {unknown[0]!r}.",
                             "see the installed ones with: biblio-desktop list")
        cohort = ws.cohorts.create(args.name, args.start, args.pace, course_ids=args.course,
                                   learner_ids=args.learner)
    print(f"made cohort {cohort.id}: {cohort.name}, from {cohort.start_date.isoformat()}, "
          f"{PACE_NAMES[cohort.pace]}, {len(cohort.learner_ids)} learner(s), "
          f"{len(cohort.course_ids)} course(s)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohort = ws.cohorts.get(args.cohort_id)
        print(f"cohort {cohort.id}: {cohort.name}")
        print(f"  starts {cohort.start_date.isoformat()}, {PACE_NAMES[cohort.pace]}")
        if cohort.managed:
            print(f"  managed by the workshop PC {cohort.manager_name} (changed there; "
                  "each delivery brings it here)")
        if cohort.pace != "all":
            today = ws.cohorts.today(cohort)
            print(f"  paced as on {today.day.isoformat()}"
                  + ("" if today.warning is None else
                     f" (the computer's clock says {today.clock_day.isoformat()}, which looks "
                     "wrong; docs/cohorts.md, 'A wrong clock')"))
            if cohort.opened_weeks:
                print("  opened early for everyone: week(s) "
                      + ", ".join(str(w) for w in cohort.opened_weeks))
        for course_id in cohort.course_ids:
            try:
                manifest = ws.manifest(course_id)
                weeks = ws.cohorts.weeks(cohort, course_id)
            except BiblioError as exc:  # a course removed since: say so, go on
                print(f"  course {course_id}: not installed ({exc})")
                continue
            title = manifest.text(manifest.title, manifest.default_language)
            print(f"  course {course_id}: {title}")
            modules = {m.id: manifest.text(m.title, manifest.default_language)
                       for m in manifest.modules}
            for week in weeks:
                names = "; ".join(modules.get(m, m) for m in week.module_ids)
                print(f"    week {week.number} ({week.opens_on.isoformat()}): {names}")
        names = {lr.id: lr.name for lr in ws.learners.list_learners()}
        early: dict[int, list[int]] = {}
        for learner_id, week_no in cohort.learner_weeks:
            early.setdefault(learner_id, []).append(week_no)
        print(f"  learners ({len(cohort.learner_ids)}):")
        for learner_id in cohort.learner_ids:
            extra = (" (opened early: week " + ", ".join(map(str, early[learner_id])) + ")"
                     if learner_id in early else "")
            print(f"    {learner_id:>4}  {names.get(learner_id, '?')}{extra}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from ..learning.cohort_report import report_tables, write_csv

    if args.csv is None and args.pdf is None:
        raise UsageError("Say where to write the report.", "give --csv FILE and/or --pdf FILE")
    if args.csv is not None and args.pdf is not None and \
            args.csv.resolve() == args.pdf.resolve():
        raise UsageError("--csv and --pdf name the same file.", "give each its own name")
    write_pdf = None
    if args.pdf is not None:
        from .gui import report_pdf_writer

        write_pdf = report_pdf_writer()  # fails before anything is read if Qt is missing
    with open_workspace(args) as ws:
        cohort = ws.cohorts.get(args.cohort_id)
        if args.learner is not None and args.learner not in cohort.learner_ids:
            raise UsageError(f"Learner {args.learner} is not in the cohort {cohort.name!r}.",
                             f"see its learners with: biblio-desktop cohorts show {cohort.id}")
        data = ws.cohort_report(cohort.id, learner_id=args.learner, language=args.language)
    tables = report_tables(data)
    title = cohort.name
    if args.learner is not None:
        learner = next((s.learner_name for s in data.statuses), str(args.learner))
        title = f"{learner} · {cohort.name}"
    rows = len(tables[0].rows) if tables else 0
    if args.csv is not None:
        write_csv(args.csv, tables)
        print(f"wrote {args.csv} ({rows} row(s))")
    if write_pdf is not None:
        subtitle = (f"Cohort {cohort.name}, from {cohort.start_date.isoformat()} "
                    f"({PACE_NAMES[cohort.pace]}).")
        write_pdf(args.pdf, title, tables, subtitle)
        print(f"wrote {args.pdf} ({rows} row(s))")
    return 0
