"""`biblio-desktop --self-test`: prove a build works, in a throw-away data folder.

The core part (this module, no Qt) checks what the bundle must carry: the JSON schema,
the Alembic migrations (run on a new database), the trusted publisher keys, the sample
course (imported as on a first start), its lessons (Markdown + sanitiser) and quizzes.
`biblio_desktop.ui.shell.selftest` then opens the main window on that folder, a lesson and a
quiz. Every step prints one line; the first failure prints `self-test failed: ...` and
the exit code is 1. CI runs it on the built bundle (`.ci/run`); tests/ui/test_selftest.py
runs it from source.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from . import __version__
from .bundle import build_date, bundled_sample
from .errors import BiblioError

T = TypeVar("T")
SOURCE_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_SOURCE = SOURCE_ROOT / "course_packages" / "digital-skills-orientation"


class SelfTestFailed(BiblioError):
    """A self-test step failed; the message names the step."""


@dataclass(frozen=True)
class CoreResult:
    data_dir: Path
    course_id: str
    lesson_id: str
    quiz_id: str
    learner_id: int


def say(text: str) -> None:
    print(f"self-test: {text}", flush=True)


def step(name: str, fn: Callable[[], T]) -> T:
    """Run one step; any exception becomes SelfTestFailed naming the step."""
    try:
        result = fn()
    except SelfTestFailed:
        raise
    except BaseException as exc:
        if isinstance(exc, KeyboardInterrupt | SystemExit):
            raise
        raise SelfTestFailed(f"self-test failed: {name}: {type(exc).__name__}: {exc}") from exc
    say(f"ok   {name}")
    return result


def check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def sample_package(scratch: Path) -> Path:
    """The bundled sample; from a source checkout, `make sample`'s or one built now."""
    found = bundled_sample()
    if found is not None:
        return found
    built = SOURCE_ROOT / "build" / "digital-skills-orientation.biblio"
    if built.is_file():
        return built
    if SAMPLE_SOURCE.is_dir():
        from .authoring.builder import build_package

        out = scratch / "digital-skills-orientation.biblio"
        build_package(SAMPLE_SOURCE, out)
        return out
    raise FileNotFoundError("no sample course package: the bundle is incomplete")


@contextmanager
def scratch_folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="biblio-selftest-") as tmp:
        yield Path(tmp)


def signed_record() -> None:
    """A record signed with both proofs and verified: proves the bundle has pyld, the
    context documents and libsodium, and that nothing is fetched."""
    import json

    from .ed25519 import PrivateKey
    from .records import build_credential, sign_document, verify_credential
    from .records.credential import QuizScore, RecordFacts, SkillAchieved
    from .records.keys import raw_public_key
    from .records.multibase import did_key, did_key_verification_method

    key = PrivateKey.generate()
    public = raw_public_key(key)
    stamp = "2026-03-02T10:00:00Z"
    facts = RecordFacts(
        record_id="urn:uuid:00000000-0000-4000-8000-000000000000", counter=1,
        issuer_did=did_key(public), issuer_name="Self test", valid_from=stamp,
        learner_id=1, learner_name="Jānis Ελένη Мария", course_id="self.test",
        course_version="1.0.0", package_sha256="0" * 64, course_title="Self test",
        course_description="", certificate_title="Self test", publisher="Self test",
        criteria="Self test", language="en", completed_at=stamp, minutes_spent=1,
        course_score_percent=100, quizzes=(QuizScore("q", "Quiz", 100),),
        skills=(SkillAchieved("s", "Skill", "CECO", "2.4"),))
    signed = sign_document(build_credential(facts), key, created=stamp,
                           verification_method=did_key_verification_method(public))
    result = verify_credential(json.dumps(signed, ensure_ascii=False).encode("utf-8"))
    check(result.valid and len(result.suites_verified) == 2, result.reason)


def run_core(scratch: Path) -> CoreResult:
    """The Qt-free checks; leaves a data folder with the sample course and one learner."""
    say(f"BIBLIO Desktop {__version__} ({build_date()}), "
        f"{'bundle' if getattr(sys, 'frozen', False) else 'source'}")

    def schema() -> None:
        from .packages.manifest import course_schema

        check(bool(course_schema().get("properties")), "the course JSON schema is empty")

    def keys() -> None:
        from .installation.trust import load_shipped_keys, resources_dir

        check((resources_dir() / "trusted-publishers").is_dir(),
              f"{resources_dir() / 'trusted-publishers'} is missing")
        load_shipped_keys()

    step("course JSON schema", schema)
    step("trusted publisher keys", keys)
    step("signed record: eddsa-rdfc-2022 and eddsa-jcs-2022 (shipped JSON-LD contexts)",
         signed_record)
    package = step("sample course package", lambda: sample_package(scratch))
    data_dir = scratch / "data"

    def open_workspace():
        from .workspace import Workspace

        return Workspace.open(data_dir)

    workspace = step("new data folder and database migrations", open_workspace)
    try:
        def first_run_import() -> str:
            from .bundle import import_sample_if_empty

            result = import_sample_if_empty(workspace, package)
            check(result is not None, "the sample course was not imported")
            assert result is not None
            courses = workspace.list_courses()
            check([c.course_id for c in courses] == [result.course_id],
                  f"library after the first-run import: {courses}")
            return result.course_id

        course_id = step("first-run import of the sample course", first_run_import)
        manifest = workspace.manifest(course_id)
        lesson = next(i for i in manifest.items if i.kind == "lesson")
        quiz = next(i for i in manifest.items if i.kind == "quiz")

        def render_lesson() -> None:
            from .lessons.render import render_markdown

            path = workspace.item_file(course_id, lesson.id, None)
            html = render_markdown(path.read_text(encoding="utf-8"), "",
                                   {i.id for i in manifest.items}).html
            check("<" in html and len(html) > 100, "the lesson rendered to nothing")

        step(f"lesson {lesson.id} rendered", render_lesson)
        step(f"quiz {quiz.id} parsed", lambda: check(
            bool(workspace.quiz(course_id, quiz.id, manifest.default_language).questions),
            "the quiz has no questions"))
        learner = step("learner profile (argon2 PIN hashing)",
                       lambda: workspace.learners.add("Self Test", "1234"))
        return CoreResult(data_dir, course_id, lesson.id, quiz.id, learner.id)
    finally:
        workspace.close()


def run_self_test(core_only: bool = False,
                  ui_steps: Callable[[CoreResult], None] | None = None) -> int:
    """The `--self-test` entry point: 0 when every step passed, else 1 with the reason.

    `ui_steps` runs the window's steps on what the core steps made: the command line hands
    in ui/selftest.py's (cli/gui.py), as the core never imports the UI."""
    try:
        with scratch_folder() as scratch:
            core = run_core(scratch)
            if not core_only:
                if ui_steps is None:
                    raise SelfTestFailed("self-test failed: no desktop interface was given")
                ui_steps(core)
    except SelfTestFailed as exc:
        print(str(exc), file=sys.stderr, flush=True)
        return 1
    say("passed")
    return 0
