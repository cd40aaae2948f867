"""Screenshots of every screen, per UI language, into docs/screenshots/.

Run under a display (`make screenshots` wraps it in xvfb-run). Each language runs in
its own process so translators load exactly as in the app. File names carry the
language code: `library-lv.png`.
Usage: python scripts/screenshots.py [--languages en lv it bg el] [--out DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE_ID = "eu.biblio-project.digital-skills-orientation"
FULL = ("en", "lv")  # every screen; other languages get the library screen
SIZE = (1180, 760)


def prepare(data: Path, package: Path) -> None:
    """A library with the sample course, several learners and some progress."""
    sys.path.insert(0, str(ROOT / "tests"))
    from core.quiz_answers import right_answer

    from biblio_desktop.workspace import Workspace

    with Workspace.open(data) as ws:
        ws.import_package(package, backup=False)
        ilze = ws.learners.add("Ilze Kalniņa")
        ws.learners.add("Jānis Bērziņš", "2468")
        ws.learners.add("Γιώργος Παπαδόπουλος")
        ws.learners.add("Мария Иванова")
        ws.learners.create_facilitator("workshop-2021")
        complete_course(ws, next(x.id for x in ws.learners.list_learners()
                                 if x.name.startswith("Γιώργος")), right_answer)
        written_answers(ws, right_answer)
        progress = ws.progress_of(ilze.id)
        manifest = ws.manifest(SAMPLE_ID)
        for item in manifest.items[:4]:
            progress.open_item(SAMPLE_ID, item.id)
            if item.kind == "quiz":
                view = progress.current_attempt(SAMPLE_ID, item.id, "en")
                quiz = ws.quiz(SAMPLE_ID, item.id, "en")
                for qid in view.question_ids:
                    progress.save_answer(view.attempt_id, qid, right_answer(quiz.question(qid)))
                progress.submit_attempt(view.attempt_id)
            elif item.kind != "video":
                progress.mark_done(SAMPLE_ID, item.id)
            progress.record_focus(SAMPLE_ID, item.id, 45)


# Written (free-text) answers to the sample's m3-quiz, for the facilitator's review list.
ANSWERS = {
    "Jānis Bērziņš": ("lv", "Grūtākais būtu pirmais solis — jautāt. Jaunieši bibliotēkā "
                            "nenāk, tāpēc es sāktu skolā: piecu jautājumu aptauja 9. klasēm "
                            "un saruna ar skolotājiem."),
    "Мария Иванова": ("en", "Older men in the villages. The hardest step is to promote: "
                            "they read no posters. I would ask the bus drivers and the "
                            "pharmacy to tell them about a Friday help desk."),
}
REVIEW = {"lv": ("Lieliska doma sākt skolā! Pajautājiet arī, kāpēc viņi nenāk: tas palīdzēs "
                 "nākamajam solim.", 0.9),
          "en": ("Good idea to start at school! Also ask why they do not come: it helps "
                 "with the next step.", 0.9)}


def written_answers(ws: object, right_answer: object) -> None:
    """Two learners answer m3-quiz with their own words; the facilitator reviews Jānis's."""
    for learner in ws.learners.list_learners():  # type: ignore[attr-defined]
        if learner.name not in ANSWERS:
            continue
        language, text = ANSWERS[learner.name]
        progress = ws.progress_of(learner.id)  # type: ignore[attr-defined]
        quiz = ws.quiz(SAMPLE_ID, "m3-quiz", language)  # type: ignore[attr-defined]
        view = progress.current_attempt(SAMPLE_ID, "m3-quiz", language)
        for qid in view.question_ids:
            question = quiz.question(qid)
            progress.save_answer(view.attempt_id, qid, text if question.type == "free_text"
                                 else right_answer(question))  # type: ignore[operator]
        progress.submit_attempt(view.attempt_id)


def review_for(ws: object, language: str) -> None:
    """The facilitator's review of Jānis's answer, in the screenshot's language."""
    facilitator = ws.learners.authenticate_facilitator("workshop-2021")  # type: ignore[attr-defined]
    for answer in ws.free_text_answers():  # type: ignore[attr-defined]
        if answer.learner_name == "Jānis Bērziņš":
            comment, score = REVIEW.get(language, REVIEW["en"])
            ws.review_answer(facilitator, answer.answer_id, score=score,  # type: ignore[attr-defined]
                             comment=comment)


def complete_course(ws: object, learner_id: int, right_answer: object) -> None:
    """Everything done, every quiz passed (for the certificate screenshot)."""
    progress = ws.progress_of(learner_id)  # type: ignore[attr-defined]
    for item in ws.manifest(SAMPLE_ID).items:  # type: ignore[attr-defined]
        if item.questions:  # questions on slides or in the video: answered, then shown
            view = progress.item_attempt(SAMPLE_ID, item.id, "en")
            quiz = ws.quiz(SAMPLE_ID, item.id, "en")  # type: ignore[attr-defined]
            for qid in view.question_ids:
                progress.answer_item_question(view.attempt_id, qid,
                                              right_answer(quiz.question(qid)))  # type: ignore[operator]
            if item.kind == "slides":
                for index in range(8):
                    progress.report_slide(SAMPLE_ID, item.id, index, 8)
            else:
                progress.report_video(SAMPLE_ID, item.id, 0, 35.36, 35.36)
        elif item.kind == "quiz":
            view = progress.current_attempt(SAMPLE_ID, item.id, "en")
            quiz = ws.quiz(SAMPLE_ID, item.id, "en")  # type: ignore[attr-defined]
            for qid in view.question_ids:
                progress.save_answer(view.attempt_id, qid,
                                     right_answer(quiz.question(qid)))  # type: ignore[operator]
            progress.submit_attempt(view.attempt_id)
        else:
            progress.mark_done(SAMPLE_ID, item.id)


def new_question_types(window: object, state: object, save: object, settle: object,
                       language: str) -> None:
    """The four question types of format_version 2 in the sample's m3-quiz, each partly
    answered as a learner would leave it."""
    window.screens["course"].show_item("m3-quiz")  # type: ignore[attr-defined]
    quiz = window.screens["course"].views["quiz"]  # type: ignore[attr-defined]
    quiz.start()
    state.writer.flush()  # type: ignore[attr-defined]
    settle(400)  # type: ignore[operator]
    ids = quiz.attempt.question_ids
    shots = (("q-steps-fill", "quiz-fill-blanks"), ("q-help-desk-drag", "quiz-drag-words"),
             ("q-personal-data-mark", "quiz-mark-words"), ("q-reflection", "quiz-free-text"))
    for qid, name in shots:
        quiz.go_to(ids.index(qid))
        control, question = quiz.control, quiz.question()
        if question.type == "fill_blanks":
            control.set_answer([question.gaps[0].accepted[0], question.gaps[1].text.upper(), ""])
            control.edits[2].setFocus()
        elif question.type == "drag_words":
            bank = {w.text: w.id for w in question.bank}
            control.set_answer([bank[question.gaps[0].text], None, None])
            control._word_activated(bank[question.gaps[1].text])  # picked, not yet placed
            control.gaps[1].setFocus()
        elif question.type == "mark_words":
            first = next(n for n, w in enumerate(question.words) if w.correct)
            control.set_answer([first])
            control._step(first, 2)
        else:
            text = ANSWERS["Jānis Bērziņš" if language == "lv" else "Мария Иванова"][1]
            control.set_answer(text.split(":")[0] + ":")
            control.edit.setFocus()
        save(name)  # type: ignore[operator]


def embedded_questions(window: object, state: object, save: object, settle: object,
                       language: str) -> None:
    """A question on a slide, checked with its feedback (`slides-question-*`), and the
    video paused at its question (`video-question-en`)."""
    course = window.screens["course"]  # type: ignore[attr-defined]
    course.show_item("m2-slides")
    slides = course.views["slides"]
    state.writer.flush()  # type: ignore[attr-defined]
    settle(400)  # type: ignore[operator]
    slides.go(3)
    card = slides.questions.cards[0]
    if not card.answered:
        card.control.buttons["a"].click()
        card.check_button.click()
        state.writer.flush()  # type: ignore[attr-defined]
        settle(400)  # type: ignore[operator]
    save("slides-question")  # type: ignore[operator]
    if language != "en":
        return
    course.show_item("m3-video")
    video = course.views["video"]
    state.writer.flush()  # type: ignore[attr-defined]
    settle(800)  # type: ignore[operator]
    if video.questions.ready:
        video.ask(video.questions.embedded.quiz.questions)
        video._update_time(19.0)
        video.questions.panel.cards[0].control.true_button.setChecked(True)
        save("video-question")  # type: ignore[operator]
        video.questions.close_questions()
def shoot_pdf(window: object, save: object, settle: object) -> None:
    """The PDF reading item (`pdf-item-*.png`): the sample's checklist on its last page,
    with its outline and a search for the word on that page's web link."""
    window.screens["course"].show_item("m4-checklist")  # type: ignore[attr-defined]
    view = window.screens["course"].views["pdf"]  # type: ignore[attr-defined]
    for _ in range(100):
        if view.loaded is not None:
            break
        settle(100)  # type: ignore[operator]
    view.go(3)
    view.open_find()
    view.find_field.setText("Europeana")
    settle(1200)  # type: ignore[operator]
    view.find(1)
    settle(800)  # type: ignore[operator]
    save("pdf-item")  # type: ignore[operator]
    view.close_find()
    view.text_button.setChecked(True)  # the page as text, for screen readers (Ctrl+T)
    settle(300)  # type: ignore[operator]
    save("pdf-item-text")  # type: ignore[operator]
    view.text_button.setChecked(False)


def shoot(data: Path, language: str, out: Path) -> list[Path]:
    """Open the app on `data` in `language` and save a PNG of each screen."""
    from PySide6.QtWidgets import QApplication

    from biblio_desktop.ui.shell.app import make_application, prepare_ui
    from biblio_desktop.ui.shell.main_window import MainWindow
    from biblio_desktop.workspace import Workspace

    app = make_application()
    ws = Workspace.open(data)
    ws.settings.set("ui_language", language)
    state = prepare_ui(app, ws)
    window = MainWindow(state)
    window.save_geometry = False
    window.resize(*SIZE)
    window.show()
    saved: list[Path] = []

    def settle(ms: int = 300) -> None:
        end = 0
        while end < ms:
            app.processEvents()
            QApplication.sendPostedEvents()
            end += 20
            import time

            time.sleep(0.02)

    def save(name: str) -> None:
        settle()
        path = out / f"{name}-{language}.png"
        window.grab().save(str(path))
        saved.append(path)

    save("picker")
    learner = next(x for x in ws.learners.list_learners() if x.name == "Ilze Kalniņa")
    state.sign_in_learner(learner.id, None)
    window.show_library()
    save("library")
    if language in FULL:
        course = window.screens.get("course")
        window.open_course(SAMPLE_ID, "m2-two-profiles")
        save("lesson")
        window.screens["course"].show_item("m2-slides")
        save("slides")
        window.screens["course"].show_item("m3-video")
        settle(800)
        save("video")
        shoot_pdf(window, save, settle)
        window.screens["course"].show_item("m1-quiz")
        save("quiz-intro")
        quiz = window.screens["course"].views["quiz"]
        if hasattr(quiz, "start"):
            quiz.start()
            state.writer.flush()
            settle(500)
            save("quiz-question")
        new_question_types(window, state, save, settle, language)
        embedded_questions(window, state, save, settle, language)
        window.show_progress(SAMPLE_ID)
        save("progress")
        window.show_settings()
        save("settings")
        window.show_catalog()
        save("catalog")
        saved.append(conversion_report(window, ws, settle, language, out))
        state.sign_out()
        state.sign_in_facilitator("workshop-2021")
        window.show_facilitator()
        save("facilitator")
        review = window.screens["facilitator"]
        review.open_reviews()
        dialog = review.review_dialog
        dialog.reviewed_box.setChecked(False)
        settle(400)
        dialog.grab().save(str(out / f"facilitator-review-{language}.png"))
        saved.append(out / f"facilitator-review-{language}.png")
        dialog.close()
        review_for(ws, language)
        state.sign_out()
        janis = next(x for x in ws.learners.list_learners() if x.name == "Jānis Bērziņš")
        state.sign_in_learner(janis.id, "2468")
        window.open_course(SAMPLE_ID, "m3-quiz")
        quiz = window.screens["course"].views["quiz"]
        quiz.review_last()
        settle(300)
        area = quiz.review_host.parentWidget().parentWidget()  # the result's scroll area
        area.verticalScrollBar().setValue(area.verticalScrollBar().maximum())
        save("quiz-review-comment")
        state.sign_out()
        state.sign_in_facilitator("workshop-2021")
        del course
        from biblio_desktop.records import issue_record
        from biblio_desktop.ui.records.certificate import render_certificate_png

        giorgos = next(x for x in ws.learners.list_learners() if x.name.startswith("Γιώργος"))
        record = issue_record(ws, giorgos.id, SAMPLE_ID, language=language)
        path = out / f"certificate-{language}.png"
        render_certificate_png(record.credential_json, path, language, dpi=110)
        saved.append(path)
    shoot_webinar(window, state, ws, save, settle)
    shoot_cohorts(window, state, ws, save, settle, out, language, saved)
    saved.append(shoot_missing_folder(settle, language, out))
    if language in ("en", "lv"):
        saved += shoot_workshop(ws, state, language, out, settle)
    if language == "lv":
        saved += shoot_plurals(window, state, ws, save, settle, out, language)
    if language == "en":
        shoot_accessibility(window, state, ws, save, settle)
        shoot_large_text_staff(window, state, save)
        saved.append(conversion_report_large_text(window, state, ws, settle, out))
        saved += shoot_large_text_views(window, state, ws, save, settle, out)
    state.writer.flush()
    window.close()
    state.shutdown()
    ws.close()
    return saved


def shoot_plurals(window: object, state: object, ws: object, save: object, settle: object,
                  out: Path, language: str) -> list[Path]:
    """Counted strings in their plural forms (docs/translations.md); it adds 22 learners,
    so it runs after the other shots of the language: the cohorts with 1 and 21 learners
    (Latvian singular both) and Valmiera's (`plurals-cohorts-<lang>.png`), Jānis's progress
    with one attempt per test (`plurals-progress-<lang>.png`) and the idle sign-out bar at
    21 seconds (`plurals-idle-<lang>.png`)."""
    from biblio_desktop import clock

    state.sign_out()  # type: ignore[attr-defined]
    state.sign_in_facilitator("workshop-2021")  # type: ignore[attr-defined]
    more = [ws.learners.add(f"Lasītājs {n:02d}").id  # type: ignore[attr-defined]
            for n in range(1, 23)]
    today = clock.local_now().date()
    for name, members in (("Cēsis", more[:1]), ("Talsi", more[1:])):
        ws.cohorts.create(name, today, "weekly", course_ids=[SAMPLE_ID],  # type: ignore[attr-defined]
                          learner_ids=members)
    window.show_facilitator()  # type: ignore[attr-defined]
    screen = window.screens["facilitator"]  # type: ignore[attr-defined]
    screen.open_cohorts()
    dialog = screen.cohorts_dialog
    dialog.cohorts.setCurrentRow(1)  # Talsi, 21 learners
    settle(400)  # type: ignore[operator]
    path = out / f"plurals-cohorts-{language}.png"
    dialog.grab().save(str(path))
    dialog.close()
    state.sign_out()  # type: ignore[attr-defined]
    janis = next(x for x in ws.learners.list_learners()  # type: ignore[attr-defined]
                 if x.name == "Jānis Bērziņš")
    state.sign_in_learner(janis.id, "2468")  # type: ignore[attr-defined]
    window.show_progress(SAMPLE_ID)  # type: ignore[attr-defined]
    save("plurals-progress")  # type: ignore[operator]
    window.idle_warning.warn(21)  # type: ignore[attr-defined]
    save("plurals-idle")  # type: ignore[operator]
    window.idle_warning.hide()  # type: ignore[attr-defined]
    state.sign_out()  # type: ignore[attr-defined]
    return [path]


def shoot_missing_folder(settle: object, language: str, out: Path) -> Path:
    """The question at start when the chosen data folder's USB stick is not plugged in
    (`missing-folder-*.png`; ui/shell/missing_folder.py)."""
    from biblio_desktop.datadir import DataFolderMissing
    from biblio_desktop.ui.shell.missing_folder import missing_folder_box

    stick = Path("/media/ilze/BIBLIO-STICK")
    box, _buttons = missing_folder_box(DataFolderMissing(stick / "biblio-data", stick))
    box.show()
    settle(300)  # type: ignore[operator]
    path = out / f"missing-folder-{language}.png"
    box.grab().save(str(path))
    box.close()
    return path


def shoot_cohorts(window: object, state: object, ws: object, save: object, settle: object,
                  out: Path, language: str, saved: list[Path]) -> None:
    """A cohort paced one module a week, started 8 days ago: the facilitator's cohorts
    dialog (`cohorts-*.png`), the learner's library card and the course outline with the
    later weeks locked (`this-week-library-*`, `this-week-course-*`)."""
    from datetime import timedelta

    from biblio_desktop import clock

    state.sign_out()  # type: ignore[attr-defined]
    state.sign_in_facilitator("workshop-2021")  # type: ignore[attr-defined]
    learners = [x.id for x in ws.learners.list_learners()]  # type: ignore[attr-defined]
    take_tests(ws)
    ws.cohorts.create("Valmiera, spring 2027",  # type: ignore[attr-defined]
                      clock.local_now().date() - timedelta(days=8), "weekly",
                      course_ids=[SAMPLE_ID], learner_ids=learners)
    window.show_facilitator()  # type: ignore[attr-defined]
    screen = window.screens["facilitator"]  # type: ignore[attr-defined]
    screen.open_cohorts()
    dialog = screen.cohorts_dialog
    dialog.table.selectRow(0)
    settle(400)  # type: ignore[operator]
    dialog.grab().save(str(out / f"cohorts-{language}.png"))
    saved.append(out / f"cohorts-{language}.png")
    saved += shoot_cohort_dialogs(dialog, state, settle, out, language)
    dialog.close()
    state.sign_out()  # type: ignore[attr-defined]
    ilze = next(x for x in ws.learners.list_learners()  # type: ignore[attr-defined]
                if x.name == "Ilze Kalniņa")
    state.sign_in_learner(ilze.id, None)  # type: ignore[attr-defined]
    window.show_library()  # type: ignore[attr-defined]
    save("this-week-library")  # type: ignore[operator]
    window.open_course(SAMPLE_ID, "m4-digitisation")  # type: ignore[attr-defined]
    save("this-week-course")  # type: ignore[operator]
    state.sign_out()  # type: ignore[attr-defined]


def shoot_cohort_dialogs(dialog: object, state: object, settle: object, out: Path,
                         language: str) -> list[Path]:
    """From the cohorts dialog: the cohort editor (`cohort-edit-<lang>.png`) and the file
    dialog of "Cohort report (PDF)…" (`cohort-report-save-<lang>.png`, Qt's own dialog as
    on a PC without a desktop's file chooser)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from biblio_desktop.ui.facilitator.cohort_edit import CohortEditDialog

    saved = []
    edit = CohortEditDialog(state, dialog.current(), dialog)  # type: ignore[arg-type,attr-defined]
    edit.show()
    settle(400)  # type: ignore[operator]
    edit.grab().save(str(out / f"cohort-edit-{language}.png"))
    saved.append(out / f"cohort-edit-{language}.png")
    edit.close()
    path = out / f"cohort-report-save-{language}.png"

    def grab_box() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box is dialog:
            QTimer.singleShot(50, grab_box)
            return
        settle(400)  # type: ignore[operator]
        box.grab().save(str(path))
        box.reject()

    QTimer.singleShot(0, grab_box)
    dialog.save_pdf(False)  # type: ignore[attr-defined]  # the box is cancelled: no file
    saved.append(path)
    return saved


def shoot_webinar(window: object, state: object, ws: object, save: object,
                  settle: object) -> None:
    """The sample's recorded webinar (`webinar-<lang>.png`: poster whole, chapters
    wrapped) and the same item as a live webinar three days ahead, its page taken from the
    module's lesson (`webinar-live-<lang>.png`; the sample has no live webinar)."""
    from dataclasses import replace
    from datetime import timedelta

    from biblio_desktop import clock

    state.sign_out()  # type: ignore[attr-defined]
    ilze = next(x for x in ws.learners.list_learners()  # type: ignore[attr-defined]
                if x.name == "Ilze Kalniņa")
    state.sign_in_learner(ilze.id, None)  # type: ignore[attr-defined]
    window.open_course(SAMPLE_ID, "m3-webinar")  # type: ignore[attr-defined]
    settle(800)  # type: ignore[operator]
    save("webinar")  # type: ignore[operator]
    manifest = ws.manifest(SAMPLE_ID)  # type: ignore[attr-defined]
    item = next(i for i in manifest.items if i.id == "m3-webinar")
    page = next(i for i in manifest.items if i.id == "m3-community-services")
    starts = clock.now().replace(hour=14, minute=0, second=0, microsecond=0)
    live = replace(item, path=page.path, webinar=replace(
        item.webinar, starts=starts + timedelta(days=3),
        join="https://meet.example.org/biblio"))
    course = window.screens["course"]  # type: ignore[attr-defined]
    view = course.views["webinar"]
    view.unload()
    view.load(SAMPLE_ID, live, state.course_language(manifest),  # type: ignore[attr-defined]
              ws.course_folder(SAMPLE_ID, manifest.version))  # type: ignore[attr-defined]
    settle(400)  # type: ignore[operator]
    save("webinar-live")  # type: ignore[operator]
    course.show_item("m3-community-services")


def shoot_workshop(ws: object, state: object, language: str, out: Path,
                   settle: object) -> list[Path]:
    """Workshop mode (docs/workshop.md): this library shares, a second PC ("Desk 3") joins,
    downloads nothing (it has the course) and delivers a learner's records.
    `workshop-share-<lang>.png`: the facilitator's share panel; `workshop-join-<lang>.png`:
    the join dialog after a network check with a wrong code; `workshop-joined-<lang>.png`:
    Get courses on the joined PC, its catalog "On this network"."""
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from core.quiz_answers import right_answer

    from biblio_desktop.authoring.builder import build_package
    from biblio_desktop.ui.base.state import AppState
    from biblio_desktop.ui.courses.network_box import JoinDialog
    from biblio_desktop.ui.facilitator.share_panel import ShareController, SharePanel
    from biblio_desktop.ui.shell.main_window import MainWindow
    from biblio_desktop.workspace import Workspace

    saved: list[Path] = []
    state.sign_out()  # type: ignore[attr-defined]
    state.sign_in_facilitator("workshop-2021")  # type: ignore[attr-defined]
    ws.settings.set("installation_name", "Ķekava library")  # type: ignore[attr-defined]
    controller = ShareController.of(state)  # type: ignore[arg-type]
    controller.announce = False
    controller.start()
    controller.control.wait()
    settle(200)  # type: ignore[operator]
    sharing = controller.sharing
    if sharing is None:
        print(f"warning: no workshop screenshots: {controller.error}")
        return saved
    tmp = Path(tempfile.mkdtemp(prefix="biblio-shot-pc-"))
    package = tmp / "sample.biblio"
    build_package(ROOT / "course_packages" / "digital-skills-orientation", package)
    pc = Workspace.open(tmp / "pc")
    pc.settings.set("ui_language", language)
    pc.import_package(package, backup=False)
    dace = pc.learners.add("Dace Liepiņa")
    complete_course(pc, dace.id, right_answer)
    pc.workshop.join(f"127.0.0.1:{sharing.service.port}", sharing.code, name="Desk 3")
    pc.workshop.deliver()
    panel = SharePanel(state)  # type: ignore[arg-type]
    panel.resize(1100, 700)
    panel.show()
    controller.poll()
    controller.poller.wait()
    settle(400)  # type: ignore[operator]
    path = out / f"workshop-share-{language}.png"
    panel.grab().save(str(path))
    saved.append(path)
    panel.close()

    pc_state = AppState(pc)
    pc_state.sign_in_learner(dace.id, None)
    pc_window = MainWindow(pc_state)
    pc_window.save_geometry = False
    pc_window.resize(*SIZE)
    pc_window.show()
    pc_window.show_catalog()
    settle(400)  # type: ignore[operator]
    path = out / f"workshop-joined-{language}.png"
    pc_window.grab().save(str(path))
    saved.append(path)
    dialog = JoinDialog(pc_state, f"127.0.0.1:{sharing.service.port}", pc_window)
    dialog.code.setText("K7QMEB")
    dialog.pc_name.setText("Desk 3")
    dialog.show()
    dialog.check()
    dialog.background.wait()
    settle(400)  # type: ignore[operator]
    path = out / f"workshop-join-{language}.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.close()
    saved += shoot_handover(pc, pc_state, pc_window, language, out, settle)
    saved += shoot_room_cohorts(ws, state, pc, pc_state, language, out, settle)
    pc_window.close()
    pc_state.shutdown()
    pc.close()
    controller.stop_now()
    shutil.rmtree(tmp, ignore_errors=True)
    return saved


def take_tests(ws: object) -> None:
    """Two learners take the sample's pre-test and post-test (before the cohort paces
    them), so the dashboard shows gains: 3 then 7 of 8 right, 5 then 8 of 8."""
    sys.path.insert(0, str(ROOT / "tests"))
    from core.quiz_answers import right_answer, wrong_answer

    plan = {"Jānis Bērziņš": (3, 7), "Мария Иванова": (5, 8)}
    for learner in ws.learners.list_learners():  # type: ignore[attr-defined]
        if learner.name not in plan:
            continue
        progress = ws.progress_of(learner.id)  # type: ignore[attr-defined]
        for item_id, right in zip(("m1-pretest", "m5-posttest"), plan[learner.name],
                                  strict=True):
            quiz = ws.quiz(SAMPLE_ID, item_id, "en")  # type: ignore[attr-defined]
            view = progress.current_attempt(SAMPLE_ID, item_id, "en")
            for n, qid in enumerate(view.question_ids):
                question = quiz.question(qid)
                progress.save_answer(view.attempt_id, qid, right_answer(question)
                                     if n < right else wrong_answer(question))
            progress.submit_attempt(view.attempt_id)


def shoot_handover(pc: object, pc_state: object, pc_window: object, language: str,
                   out: Path, settle: object) -> list[Path]:
    """A learner moves through the workshop PC (docs/workshop.md): on the joined PC "Desk
    3", `workshop-handover-<lang>.png`: the facilitator screen with "Hand over to the
    workshop PC" and "Bring a learner from the workshop PC…"; `workshop-bring-<lang>.png`:
    the dialog listing the learners waiting on the workshop PC."""
    from biblio_desktop.ui.facilitator.waiting_dialog import WaitingLearnersDialog

    saved: list[Path] = []
    pc.learners.create_facilitator("workshop-2021")  # type: ignore[attr-defined]
    pc_state.sign_out()  # type: ignore[attr-defined]
    pc_state.sign_in_facilitator("workshop-2021")  # type: ignore[attr-defined]
    pc.workshop.hand_over("Dace Liepiņa")  # type: ignore[attr-defined]
    pc_window.show_facilitator()  # type: ignore[attr-defined]
    screen = pc_window.screens["facilitator"]  # type: ignore[attr-defined]
    screen.table.selectRow(0)
    settle(400)  # type: ignore[operator]
    path = out / f"workshop-handover-{language}.png"
    pc_window.grab().save(str(path))  # type: ignore[attr-defined]
    saved.append(path)
    waiting = pc.workshop.waiting_learners()  # type: ignore[attr-defined]
    peer = pc.workshop.joined()  # type: ignore[attr-defined]
    dialog = WaitingLearnersDialog(waiting, peer.name if peer else "", pc_window)  # type: ignore[arg-type]
    dialog.show()
    settle(400)  # type: ignore[operator]
    path = out / f"workshop-bring-{language}.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.close()
    return saved


def shoot_room_cohorts(ws: object, state: object, pc: object, pc_state: object,
                       language: str, out: Path, settle: object) -> list[Path]:
    """Cohorts across the room (docs/cohorts.md, "Learners on other PCs"):
    `room-cohort-edit-<lang>.png`: on the workshop PC, the cohort editor offering the
    learners on other PCs (Dace Liepiņa, handed over by Desk 3); `room-cohort-dashboard-
    <lang>.png`: its dashboard naming her PC; `room-cohort-managed-<lang>.png`: on Desk 3,
    the cohort the workshop PC manages, read-only."""
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from biblio_desktop import clock
    from biblio_desktop.ui.facilitator.cohort_edit import CohortEditDialog
    from biblio_desktop.ui.facilitator.cohorts_dialog import CohortsDialog

    saved: list[Path] = []
    edit = CohortEditDialog(state)  # type: ignore[arg-type]
    edit.name.setText("Ķekava, spring 2027")
    edit.resize(640, 720)
    edit.show()
    last = edit.learners.count() - 1
    edit.learners.setCurrentRow(last)
    edit.learners.item(last).setCheckState(Qt.CheckState.Checked)
    edit.learners.scrollToBottom()
    settle(400)  # type: ignore[operator]
    path = out / f"room-cohort-edit-{language}.png"
    edit.grab().save(str(path))
    saved.append(path)
    uids = edit.other_pc_learners()
    edit.close()
    adopted = [ws.workshop.adopt_learner(uid) for uid in uids]  # type: ignore[attr-defined]
    made = ws.cohorts.create("Ķekava, spring 2027",  # type: ignore[attr-defined]
                             clock.local_now().date() - timedelta(days=3), "weekly",
                             course_ids=[SAMPLE_ID], learner_ids=adopted)
    board = CohortsDialog(state)  # type: ignore[arg-type]
    board.reload(select=made.id)
    board.show()
    settle(400)  # type: ignore[operator]
    path = out / f"room-cohort-dashboard-{language}.png"
    board.grab().save(str(path))
    saved.append(path)
    board.close()
    pc.workshop.deliver()  # type: ignore[attr-defined]
    dialog = CohortsDialog(pc_state)  # type: ignore[arg-type]
    dialog.show()
    settle(400)  # type: ignore[operator]
    path = out / f"room-cohort-managed-{language}.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.close()
    return saved


def conversion_report(window: object, ws: object, settle: object, language: str,
                      out: Path, name: str = "conversion-report",
                      size: tuple[int, int] | None = (900, 640)) -> Path:
    """The report shown after converting a small EPUB (a scripted quiz rebuilt, a question
    type left out) before anything is installed: `conversion-report-<lang>.png`
    (`size` None: the dialog's own size for the window and text size)."""
    import tempfile

    sys.path.insert(0, str(ROOT))
    from biblio_desktop.ui.courses.conversion_report import ConversionReportDialog
    from tests.conversion.test_convert_cli import small_book

    with tempfile.TemporaryDirectory() as tmp:
        converted = ws.convert_course([small_book(Path(tmp), "planets.epub")],  # type: ignore[attr-defined]
                                      title="Planets of the Solar System")
    dialog = ConversionReportDialog(converted.report, window)  # type: ignore[arg-type]
    if size is not None:
        dialog.resize(*size)
    dialog.show()
    dialog.left_out.setFocus()
    settle(400)  # type: ignore[operator]
    path = out / f"{name}-{language}.png"
    dialog.grab().save(str(path))
    dialog.close()
    ws.discard_converted(converted)  # type: ignore[attr-defined]
    return path


def conversion_report_large_text(window: object, state: object, ws: object, settle: object,
                                 out: Path) -> Path:
    """The conversion report at 24 pt over a 1280×800 window, its reasons wrapped in full:
    `large-text-conversion-report-en.png`."""
    window.resize(1280, 800)  # type: ignore[attr-defined]
    state.set_setting("font_size", 24)  # type: ignore[attr-defined]
    settle(300)  # type: ignore[operator]
    try:
        return conversion_report(window, ws, settle, "en", out,
                                 name="large-text-conversion-report", size=None)
    finally:
        state.set_setting("font_size", 11)  # type: ignore[attr-defined]


def shoot_accessibility(window: object, state: object, ws: object, save: object,
                        settle: object) -> None:
    """The high-contrast theme and the largest text size (24 pt) at 1280×800
    (docs/accessibility.md): `hc-*-en.png` and `large-text-*-en.png`."""
    window.resize(1280, 800)  # type: ignore[attr-defined]
    state.sign_out()  # type: ignore[attr-defined]
    learner = next(x for x in ws.learners.list_learners()  # type: ignore[attr-defined]
                   if x.name == "Ilze Kalniņa")
    for prefix, theme, size in (("hc", "high-contrast", 11), ("large-text", "light", 24)):
        state.sign_out()  # type: ignore[attr-defined]
        state.set_setting("theme", theme)  # type: ignore[attr-defined]
        state.set_setting("font_size", size)  # type: ignore[attr-defined]
        window.show_picker()  # type: ignore[attr-defined]
        save(f"{prefix}-picker")  # type: ignore[operator]
        state.sign_in_learner(learner.id, None)  # type: ignore[attr-defined]
        window.open_course(SAMPLE_ID, "m1-quiz")  # type: ignore[attr-defined]
        quiz = window.screens["course"].views["quiz"]  # type: ignore[attr-defined]
        if quiz.attempt is None:
            quiz.start()
            state.writer.flush()  # type: ignore[attr-defined]
            settle(500)  # type: ignore[operator]
        for index in range(len(quiz.attempt.question_ids) if quiz.attempt else 0):
            quiz.go_to(index)
            if getattr(quiz.control, "multiple", False):
                break
        save(f"{prefix}-quiz")  # type: ignore[operator]
        window.show_progress(SAMPLE_ID)  # type: ignore[attr-defined]
        save(f"{prefix}-progress")  # type: ignore[operator]
        window.show_settings()  # type: ignore[attr-defined]
        save(f"{prefix}-settings")  # type: ignore[operator]
    state.set_setting("theme", "light")  # type: ignore[attr-defined]
    state.set_setting("font_size", 11)  # type: ignore[attr-defined]


def shoot_large_text_staff(window: object, state: object, save: object) -> None:
    """The catalog and the facilitator screen at 24 pt and 1280×800 (WCAG 1.4.4):
    `large-text-catalog-en.png`, `large-text-facilitator-en.png`."""
    window.resize(1280, 800)  # type: ignore[attr-defined]
    state.sign_out()  # type: ignore[attr-defined]
    state.sign_in_facilitator("workshop-2021")  # type: ignore[attr-defined]
    state.set_setting("font_size", 24)  # type: ignore[attr-defined]
    window.show_catalog()  # type: ignore[attr-defined]
    save("large-text-catalog")  # type: ignore[operator]
    window.show_facilitator()  # type: ignore[attr-defined]
    save("large-text-facilitator")  # type: ignore[operator]
    state.set_setting("font_size", 11)  # type: ignore[attr-defined]


def shoot_large_text_views(window: object, state: object, ws: object, save: object,
                           settle: object, out: Path) -> list[Path]:
    """At 24 pt and 1280×800: a slide with its question, the PDF view and Qt's input box
    (add a catalog, its prompt wrapped): `large-text-slides-en.png`, `large-text-pdf-en.png`,
    `large-text-input-box-en.png` (tests/ui/test_large_text_views.py checks them)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    window.resize(1280, 800)  # type: ignore[attr-defined]
    state.sign_out()  # type: ignore[attr-defined]
    learner = next(x for x in ws.learners.list_learners()  # type: ignore[attr-defined]
                   if x.name == "Ilze Kalniņa")
    state.sign_in_learner(learner.id, None)  # type: ignore[attr-defined]
    state.set_setting("font_size", 24)  # type: ignore[attr-defined]
    window.open_course(SAMPLE_ID, "m2-slides")  # type: ignore[attr-defined]
    state.writer.flush()  # type: ignore[attr-defined]
    settle(500)  # type: ignore[operator]
    window.screens["course"].views["slides"].go(3)  # type: ignore[attr-defined]
    save("large-text-slides")  # type: ignore[operator]
    window.open_course(SAMPLE_ID, "m4-checklist")  # type: ignore[attr-defined]
    settle(1500)  # type: ignore[operator]
    save("large-text-pdf")  # type: ignore[operator]
    window.show_catalog()  # type: ignore[attr-defined]
    path = out / "large-text-input-box-en.png"

    def grab_box() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, grab_box)
            return
        settle(300)  # type: ignore[operator]
        box.grab().save(str(path))
        box.reject()

    QTimer.singleShot(0, grab_box)
    window.screens["catalog"].choose_catalog()  # type: ignore[attr-defined]
    state.set_setting("font_size", 11)  # type: ignore[attr-defined]
    return [path]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", nargs="+", default=["en", "lv", "it", "bg", "el"])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # internal: one language per process
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.one:
        for path in shoot(args.data, args.one, args.out):
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
        return
    if not os.environ.get("DISPLAY") and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        sys.exit("error: no display; run 'make screenshots' (it uses xvfb-run).")
    from biblio_desktop.authoring.builder import build_package

    with tempfile.TemporaryDirectory() as tmp:
        package = Path(tmp) / "sample.biblio"
        build_package(ROOT / "course_packages" / "digital-skills-orientation", package)
        template = Path(tmp) / "template"
        prepare(template, package)
        for language in args.languages:
            data = Path(tmp) / f"data-{language}"
            shutil.copytree(template, data)
            subprocess.run([sys.executable, __file__, "--one", language, "--data", str(data),
                            "--out", str(args.out)], check=True)


if __name__ == "__main__":
    main()
