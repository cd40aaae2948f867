"""The Qt half of `--self-test` (see biblio_desktop/selftest.py for the core half).

Opens the real main window on the self-test's data folder (offscreen when there is no
display), signs the learner in, shows the library, opens a lesson (rendered in the
confined browser), a quiz (its intro, then a started attempt with the first question),
checks translations and icons load, and closes everything. A dialog that would block
(an error message) fails the test with its text instead of waiting for a click.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ...selftest import CoreResult, SelfTestFailed, check, step


def _wait(app: object, condition: Callable[[], bool], seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        app.processEvents()  # type: ignore[attr-defined]
        if condition():
            return True
        time.sleep(0.01)
    return condition()


@contextmanager
def _no_blocking_dialogs() -> Iterator[list[str]]:
    """Message boxes return at once and are recorded (a self-test has nobody to click)."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    original = QMessageBox.exec

    def record(box: QMessageBox) -> int:
        shown.append(box.text() + (f"\n{box.detailedText()}" if box.detailedText() else ""))
        return int(QMessageBox.StandardButton.Ok)

    QMessageBox.exec = record  # type: ignore[method-assign]
    try:
        yield shown
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]


def run_ui(core: CoreResult) -> None:
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ...workspace import Workspace
    from .app import make_application, prepare_ui

    app = step("Qt application", make_application)
    workspace = Workspace.open(core.data_dir)
    state = None
    try:
        with _no_blocking_dialogs() as dialogs:
            state = prepare_ui(app, workspace)
            _run_steps(app, state, core, dialogs)
    finally:
        if state is not None:
            state.shutdown()
        workspace.close()


def _run_steps(app: object, state: object, core: CoreResult, dialogs: list[str]) -> None:
    from PySide6.QtWidgets import QApplication

    from ..base.i18n import Translations
    from ..base.icons import icon

    def no_dialogs(where: str) -> None:
        if dialogs:
            raise SelfTestFailed(f"self-test failed: {where}: the app showed an error: "
                                 f"{dialogs[0]}")

    def translations() -> None:
        tr = Translations(QApplication.instance())  # type: ignore[arg-type]
        check(tr.set_language("lv"), "the Latvian translation (.qm) is missing")
        tr.set_language("en")

    step("translations", translations)
    step("icons (qtawesome font)", lambda: check(not icon("library").isNull(),
                                                 "the icon font did not load"))
    step("video backend (QtMultimedia)", _video_backend)
    window = step("main window shown", lambda: _show_window(app, state))
    try:
        def library() -> None:
            state.sign_in_learner(core.learner_id, "1234")  # type: ignore[attr-defined]
            window.show_library()
            check(window.current == "library", f"on {window.current!r}, not the library")
            app.processEvents()  # type: ignore[attr-defined]
            no_dialogs("library")

        step("signed in, library shown", library)

        def lesson() -> None:
            window.open_course(core.course_id, core.lesson_id)
            course = window.screens["course"]
            check(course.item is not None and course.item.id == core.lesson_id,
                  "the lesson did not open")
            view = course.views["lesson"]
            check(_wait(app, lambda: len(view.browser.toPlainText().strip()) > 50),
                  "the lesson shows no text")
            no_dialogs("lesson")

        step(f"lesson {core.lesson_id} opened", lesson)
        manifest = state.workspace.manifest(core.course_id)  # type: ignore[attr-defined]
        pdf_id = next((i.id for i in manifest.items if i.kind == "pdf"), None)

        def pdf_item() -> None:  # QtPdf is in the bundle and pdfium reads the sample
            course = window.screens["course"]
            course.show_item(pdf_id)
            view = course.views["pdf"]
            check(_wait(app, lambda: not view.opening), "the PDF did not open within 10 s")
            check(view.loaded is not None and view.loaded.page_count > 0,
                  f"the PDF is not shown: {view.message.text()}")
            no_dialogs("PDF item")

        if pdf_id is not None:
            step(f"PDF item {pdf_id} opened", pdf_item)

        def quiz() -> None:
            course = window.screens["course"]
            course.show_item(core.quiz_id)
            view = course.views["quiz"]
            check(view.quiz is not None and view.stack.currentIndex() == 0,
                  "the quiz intro is not shown")
            view.start()
            check(_wait(app, lambda: view.stack.currentIndex() == 1 or bool(dialogs)),
                  "the quiz attempt did not start within 10 s")
            no_dialogs("quiz")
            check(view.attempt is not None and bool(view.attempt.question_ids),
                  "the quiz attempt has no questions")

        step(f"quiz {core.quiz_id} opened and started", quiz)
    finally:
        window.close()
        app.processEvents()  # type: ignore[attr-defined]
    no_dialogs("closing")


def _video_backend() -> None:
    from PySide6.QtMultimedia import QMediaPlayer

    player = QMediaPlayer()
    try:
        check(player.isAvailable(), "no media backend: videos cannot play")
    finally:
        player.deleteLater()


def _show_window(app: object, state: object) -> object:
    from .main_window import MainWindow

    window = MainWindow(state)  # type: ignore[arg-type]
    window.save_geometry = False
    window.show()
    check(_wait(app, window.isVisible, 5), "the main window did not become visible")
    check(window.current == "picker", f"started on {window.current!r}, not the picker")
    return window
