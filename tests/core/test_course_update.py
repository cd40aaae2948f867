"""A newer course version: progress carries over by item id, completion stays."""

from __future__ import annotations

import json
from pathlib import Path

from biblio_desktop.authoring.builder import build_package
from biblio_desktop.cli import main

from .course_fixtures import COURSE_ID
from .learning_fixtures import add_learner_row, workspace_with_course
from .quiz_answers import right_answer


def _version_two(tmp_path: Path) -> Path:
    """The fixture course as 1.1.0 with one more required lesson."""
    src = tmp_path / "src" / "test-course"
    toml = (src / "course.toml").read_text(encoding="utf-8")
    toml = toml.replace('version = "1.0.0"', 'version = "1.1.0"')
    toml += '''
[[modules.items]]
id = "m2-extra"
kind = "lesson"
file = "lessons/{lang}/extra.md"
'''
    (src / "course.toml").write_text(toml, encoding="utf-8")
    for lang in ("en", "lv"):
        (src / "lessons" / lang / "extra.md").write_text(
            f"---\ntitle: Extra ({lang})\n---\n\nMore to read.\n", encoding="utf-8")
    out = tmp_path / "course-1.1.0.biblio"
    build_package(src, out)
    return out


def test_update_keeps_progress_and_completion(tmp_path: Path, capsys) -> None:
    ws = workspace_with_course(tmp_path)
    done_id = add_learner_row(ws, "Done Already")
    halfway_id = add_learner_row(ws, "Halfway")
    done = ws.progress_of(done_id)
    done.mark_done(COURSE_ID, "m1-welcome")
    done.mark_done(COURSE_ID, "m2-video")
    quiz = ws.quiz(COURSE_ID, "m2-quiz", "en")
    view = done.current_attempt(COURSE_ID, "m2-quiz", "en")
    for qid in view.question_ids:
        done.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
    done.submit_attempt(view.attempt_id)
    assert done.completion(COURSE_ID) is not None
    halfway = ws.progress_of(halfway_id)
    halfway.mark_done(COURSE_ID, "m1-welcome")
    halfway.record_focus(COURSE_ID, "m1-welcome", 30)

    result = ws.import_package(_version_two(tmp_path))
    assert (result.version, result.previous_version) == ("1.1.0", "1.0.0")
    assert ws.manifest(COURSE_ID).version == "1.1.0"
    # the learner who finished 1.0.0 stays complete, with the version recorded
    completion = done.completion(COURSE_ID)
    assert completion is not None and completion.version == "1.0.0"
    assert ws.course_progress(done, COURSE_ID).fraction == 1.0
    # the other learner's progress carried over by item id; the new item is still to do
    states = halfway.item_states(COURSE_ID)
    assert states["m1-welcome"].done and states["m1-welcome"].seconds_spent == 30
    assert not states["m2-extra"].done
    assert halfway.completion(COURSE_ID) is None
    ws.close()

    assert main(["--data-dir", str(tmp_path / "data"), "progress", "--learner", str(halfway_id),
                 "--json"]) == 0
    page = json.loads(capsys.readouterr().out)["courses"][0]
    assert page["version"] == "1.1.0" and page["completed_at"] is None
    items = {i["id"]: i for m in page["modules"] for i in m["items"]}
    assert items["m1-welcome"]["done"] and not items["m2-extra"]["done"]
    assert main(["--data-dir", str(tmp_path / "data"), "progress", "--learner",
                 str(done_id)]) == 0
    table = capsys.readouterr().out
    assert "complete" in table and "(version 1.0.0)" in table and "[x] lesson" in table
    assert main(["--data-dir", str(tmp_path / "data"), "list"]) == 0
    assert "also 1.0.0" in capsys.readouterr().out
