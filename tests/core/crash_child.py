"""Child process of the crash test: answers quiz questions in a loop until killed.

After each facade call returns it prints what was saved, flushing at once, so the parent
knows exactly which answers the app had told the learner were saved.
Usage: python -m tests.core.crash_child DATA_DIR LEARNER_ID COURSE_ID ITEM_ID
"""

from __future__ import annotations

import sys
from pathlib import Path

from biblio_desktop.workspace import Workspace

from .quiz_answers import right_answer, wrong_answer


def main() -> None:
    data, learner_id, course_id, item_id = sys.argv[1:5]
    ws = Workspace.open(Path(data))
    progress = ws.progress_of(int(learner_id))
    print("ready", flush=True)
    n = 0
    while True:
        view = progress.current_attempt(course_id, item_id, "en")
        quiz = ws.quiz(course_id, item_id, "en")
        for qid in view.question_ids:
            if qid in view.answers:
                continue
            q = quiz.question(qid)
            progress.save_answer(view.attempt_id, qid, right_answer(q) if n % 2 else
                                 wrong_answer(q))
            print(f"A {view.attempt_id} {qid}", flush=True)
        progress.submit_attempt(view.attempt_id)
        print(f"S {view.attempt_id}", flush=True)
        n += 1


if __name__ == "__main__":
    main()
