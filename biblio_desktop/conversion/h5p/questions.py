"""H5P question types rebuilt as our questions (docs/package-format.md, "Quizzes").

| H5P | ours |
| --- | --- |
| MultiChoice | `single` (one correct answer, or "single" mode) or `multiple` |
| SingleChoiceSet | one `single` per choice (H5P lists the right answer first) |
| TrueFalse | `true_false` |
| Blanks | one `fill_blanks` (H5P's `*answer/alt:tip*` → `{{answer|alt}}`) |
| DragText | `drag_words` (`*word*` → `{{word}}`, H5P's distractors kept) |
| MarkTheWords | `mark_words` (`*word*`, a marked phrase is marked word by word) |
| Summary | one `single` per statement group (the first statement is the right one) |
| FreeTextQuestion, Essay | `free_text` |

Every builder returns questions without ids (the container numbers them) and reports the
questions it cannot build, naming the library, so that the report accounts for every
question of the file. Options, feedback and tips are plain text (`html_text`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..markup import html_text
from ..questions import keep_valid, question_id
from .job import Job, items, library, library_label, plain, table, text

QUESTION_LIBRARIES = ("H5P.MultiChoice", "H5P.SingleChoiceSet", "H5P.TrueFalse", "H5P.Blanks",
                      "H5P.DragText", "H5P.MarkTheWords", "H5P.Summary",
                      "H5P.FreeTextQuestion", "H5P.Essay")
MAX_GAPS = 100
FREE_TEXT_LIMIT = 20_000

Question = dict[str, Any]


def is_question(content: Any) -> bool:
    return library(content)[0] in QUESTION_LIBRARIES


def questions_of(job: Job, content: Any, where: str, used: set[str]) -> list[Question]:
    """The playable questions of one H5P question content (`{"library": ..., "params":
    ...}`), with ids unique among `used`; the others are reported as left out, naming the
    library and where it was."""
    name, _version = library(content)
    label = library_label(content)
    build = _BUILDERS.get(name)
    if build is None:
        return []
    where = job.where(where, label) if where else job.where(label)
    params = table(table(content).get("params"))
    job.ctx.check()
    media = table(table(params.get("media")).get("type"))
    shown = table(media.get("params"))
    if text(table(shown.get("file")).get("path")) or items(shown.get("sources")):
        job.leave_out(f"{library_label(media)} shown with the question", where,
                      "a question in BIBLIO Desktop shows no picture or video")
    built = [{"id": question_id(f"q{len(used) + 1}", used), **question}
             for question in build(job, params, where)]
    return keep_valid(built, job.ctx, where)


def _empty(job: Job, where: str, what: str = "question") -> list[Question]:
    job.leave_out(what, where, "it is empty in the file (no question text or no answers)")
    return []


def _explanation(*parts: str) -> str:
    return "\n".join(p for p in parts if p)[:5000]


# -- choices -----------------------------------------------------------------------------
def _multichoice(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    prompt = plain(params.get("question"))
    answers = [table(a) for a in items(params.get("answers"))]
    options = []
    tips = []
    for number, answer in enumerate(answers[:200], 1):
        label = plain(answer.get("text"), 2000)
        if not label:
            continue
        tf = table(answer.get("tipsAndFeedback"))
        option: Question = {"id": f"o{number}", "text": label}
        if answer.get("correct") is True:
            option["correct"] = True
        feedback = plain(tf.get("chosenFeedback"), 2000)
        if feedback:
            option["feedback"] = feedback
        tip = plain(tf.get("tip"), 2000)
        if tip:
            tips.append(f"{label}: {tip}")
        options.append(option)
    if not prompt or not options:
        return _empty(job, where)
    mode = text(table(params.get("behaviour")).get("type"))
    correct = sum(1 for o in options if o.get("correct"))
    qtype = "single" if mode == "single" or (mode != "multi" and correct == 1) else "multiple"
    question: Question = {"type": qtype, "prompt": prompt, "options": options}
    explanation = _explanation(*tips)
    if explanation:
        question["explanation"] = explanation
    return [question]


def _first_is_right(prompt: str, statements: list[str], tip: str) -> Question:
    options: list[Question] = [{"id": f"o{n}", "text": s}
                               for n, s in enumerate(statements[:200], 1)]
    if options:
        options[0]["correct"] = True
    question: Question = {"type": "single", "prompt": prompt, "options": options}
    if tip:
        question["explanation"] = tip
    return question


def _single_choice_set(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    out = []
    for number, choice in enumerate(items(params.get("choices"))[:MAX_GAPS * 10], 1):
        choice = table(choice)
        prompt = plain(choice.get("question"))
        statements = [s for s in (plain(a, 2000) for a in items(choice.get("answers"))) if s]
        if not prompt or not statements:
            _empty(job, f"{where}, choice {number}")
            continue
        out.append(_first_is_right(prompt, statements, ""))
    if not out and not items(params.get("choices")):
        return _empty(job, where)
    return out


def _summary(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    intro = plain(params.get("intro")) or "Choose the correct statement."
    groups = items(params.get("summaries"))
    if not groups:
        return _empty(job, where)
    out = []
    for number, group in enumerate(groups[:MAX_GAPS * 10], 1):
        group = table(group)
        statements = [s for s in (plain(a, 2000) for a in items(group.get("summary"))) if s]
        if not statements:
            _empty(job, f"{where}, statements {number}")
            continue
        out.append(_first_is_right(intro, statements, plain(group.get("tip"), 2000)))
    return out


def _true_false(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    prompt = plain(params.get("question"))
    raw = params.get("correct")
    answer = raw is True or (isinstance(raw, str) and raw.strip().lower() == "true")
    if not prompt:
        return _empty(job, where)
    behaviour = table(params.get("behaviour"))
    right = plain(behaviour.get("feedbackOnCorrect"), 2000)
    wrong = plain(behaviour.get("feedbackOnWrong"), 2000)
    question: Question = {"type": "true_false", "prompt": prompt, "answer": answer}
    said_true, said_false = (right, wrong) if answer else (wrong, right)
    if said_true:
        question["feedback_true"] = said_true
    if said_false:
        question["feedback_false"] = said_false
    return [question]


# -- passages ----------------------------------------------------------------------------
def starred(passage: str) -> list[tuple[bool, str]]:
    """Split H5P's `*marked*` syntax into (marked?, text) runs, in one linear pass.

    As H5P reads it: a marked part is the non-empty text between two asterisks on one
    line; an asterisk without a partner (or `**`) is a literal asterisk.
    """
    runs: list[tuple[bool, str]] = []
    plain_start = i = 0
    size = len(passage)
    while i < size:
        star = passage.find("*", i)
        if star < 0:
            break
        end = passage.find("*", star + 1)
        newline = passage.find("\n", star + 1)
        if end < 0:
            break
        if end == star + 1 or (0 <= newline < end):
            i = star + 1
            continue
        if star > plain_start:
            runs.append((False, passage[plain_start:star]))
        runs.append((True, passage[star + 1:end]))
        plain_start = i = end + 1
    if plain_start < size:
        runs.append((False, passage[plain_start:]))
    return runs


_OPEN, _CLOSE = "\ue000", "\ue001"  # private-use marks standing for a starred part


def passage_runs(html: Any) -> list[tuple[bool, str]]:
    """An H5P passage (HTML with `*marked*` parts) as plain (marked?, text) runs.

    The stars are found in the HTML as H5P finds them, each marked part is replaced by a
    private-use token, the whole is turned into plain text once (so spaces and line
    breaks around a gap read as in H5P), and the tokens are turned back into parts.
    """
    raw = text(html).replace(_OPEN, "").replace(_CLOSE, "")
    marked: list[str] = []
    parts: list[str] = []
    for is_marked, run in starred(raw):
        if is_marked:
            parts.append(f"{_OPEN}{len(marked)}{_CLOSE}")
            marked.append(run)
        else:
            parts.append(run)
    flat = html_text("".join(parts), max_chars=200_000)
    out: list[tuple[bool, str]] = []
    i = 0
    while (start := flat.find(_OPEN, i)) >= 0:
        end = flat.find(_CLOSE, start)
        if end < 0:
            break
        if start > i:
            out.append((False, flat[i:start]))
        index = flat[start + 1:end]
        if index.isdigit() and int(index) < len(marked):
            out.append((True, html_text(marked[int(index)], max_chars=2000)))
        i = end + 1
    if i < len(flat):
        out.append((False, flat[i:].replace(_OPEN, "").replace(_CLOSE, "")))
    return out


def _gap_text(value: str) -> str:
    """Text that cannot be read as our gap syntax (`{{`, `}}`, `|`)."""
    return value.replace("{", "(").replace("}", ")")


def _answer(value: str) -> str:
    return " ".join(_gap_text(value).replace("|", "/").split())


def _blanks(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    prompt = plain(params.get("text")) or "Fill in the missing words."
    lines = items(params.get("questions"))
    parts: list[str] = []
    tips: list[str] = []
    gaps = 0
    for line in lines:
        for marked, run in passage_runs(line):
            if not marked:
                parts.append(_gap_text(run))
                continue
            answer, _, tip = run.partition(":")
            alternatives = [a for a in (_answer(x) for x in answer.split("/")) if a]
            if not alternatives:
                parts.append(_gap_text(run))
                continue
            gaps += 1
            parts.append("{{" + "|".join(alternatives) + "}}")
            if tip.strip():
                tips.append(f"{alternatives[0]}: {' '.join(tip.split())}")
        parts.append("\n")
    if not gaps:
        return _empty(job, where, "fill-in-the-blanks text")
    question: Question = {"type": "fill_blanks", "prompt": prompt,
                          "text": "".join(parts).strip()}
    explanation = _explanation(*tips)
    if explanation:
        question["explanation"] = explanation
    if table(params.get("behaviour")).get("caseSensitive") is True:
        job.ctx.note(f"{where}: answers were case-sensitive in H5P; BIBLIO Desktop accepts "
                     "them in any case")
    return [question]


def _drag_text(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    prompt = plain(params.get("taskDescription")) or "Drag the words into the gaps."
    parts: list[str] = []
    tips: list[str] = []
    words: set[str] = set()
    for marked, run in passage_runs(params.get("textField")):
        if not marked:
            parts.append(_gap_text(run))
            continue
        word, _, tip = run.partition(":")
        word = _answer(word.split("\\+", 1)[0].split("\\-", 1)[0])
        if not word:
            parts.append(_gap_text(run))
            continue
        words.add(word.casefold())
        parts.append("{{" + word + "}}")
        if tip.strip():
            tips.append(f"{word}: {' '.join(tip.split())}")
    if not words:
        return _empty(job, where, "drag-the-words text")
    distractors = []
    for marked, run in passage_runs(params.get("distractors")):
        word = _answer(run.partition(":")[0])
        if marked and word and word.casefold() not in words and word not in distractors:
            distractors.append(word)
    question: Question = {"type": "drag_words", "prompt": prompt, "text": "".join(parts).strip()}
    if distractors:
        question["distractors"] = distractors[:MAX_GAPS]
    explanation = _explanation(*tips)
    if explanation:
        question["explanation"] = explanation
    return [question]


def _mark_words(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    prompt = plain(params.get("taskDescription")) or "Mark the words."
    parts: list[str] = []
    marked_any = False
    for marked, run in passage_runs(params.get("textField")):
        if marked and run.split():
            marked_any = True
            parts.append(" ".join(f"*{w.replace('*', '')}*" for w in run.split()))
        else:
            run = run.replace("*", "\\*")
            parts.append(f"{run} " if run.endswith("\\") else run)
    if not marked_any:
        return _empty(job, where, "mark-the-words text")
    return [{"type": "mark_words", "prompt": prompt, "text": "".join(parts).strip()}]


def _free_text(job: Job, params: dict[str, Any], where: str) -> list[Question]:
    prompt = plain(params.get("question")) or plain(params.get("taskDescription"))
    if not prompt:
        return _empty(job, where)
    question: Question = {"type": "free_text", "prompt": prompt}
    limit = params.get("maxLength", table(params.get("behaviour")).get("maximumLength"))
    if isinstance(limit, int) and not isinstance(limit, bool) and limit > 0:
        question["max_length"] = min(limit, FREE_TEXT_LIMIT)
    if "keywords" in params:
        job.ctx.note(f"{where}: the essay's keyword scoring is not used; a facilitator "
                     "reads the answer instead")
    return [question]


_BUILDERS: dict[str, Callable[[Job, dict[str, Any], str], list[Question]]] = {
    "H5P.MultiChoice": _multichoice,
    "H5P.SingleChoiceSet": _single_choice_set,
    "H5P.TrueFalse": _true_false,
    "H5P.Blanks": _blanks,
    "H5P.DragText": _drag_text,
    "H5P.MarkTheWords": _mark_words,
    "H5P.Summary": _summary,
    "H5P.FreeTextQuestion": _free_text,
    "H5P.Essay": _free_text,
}
