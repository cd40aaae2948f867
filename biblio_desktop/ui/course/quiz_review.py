"""A quiz result's review: one card per question with the learner's answer, the verdict,
the feedback and explanation, and the facilitator's review of a free-text answer.

Part of the quiz screen (quiz_view.py): its strings keep the screen's translation context
("QuizView"), so they are written as `translate("QuizView", …)` here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout

from ...learning.quiz import FORMAT_2_TYPES, Question
from ..base.formats import format_date
from .quiz_widgets import is_answered, plain_label

translate = QCoreApplication.translate


def percent(fraction: float | None) -> str:
    """A score or pass mark as the quiz screens show it ("75%")."""
    return f"{round((fraction or 0) * 100)}%"


def review_card(n: int, question: Question, answer: Any, result: Any,
                review: Any = None) -> QFrame:
    """Question `n` of a result as a card: prompt, verdict, the answer in words, feedback,
    explanation and the facilitator's review (a focus stop that says its verdict)."""
    card = QFrame()
    card.setProperty("role", "card")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(16, 12, 16, 12)
    layout.setSpacing(6)
    prompt = plain_label(f"{n}. {question.prompt}")
    prompt.setStyleSheet("font-weight: 600;")
    if not result.answered or not is_answered(answer):
        verdict, role = translate("QuizView", "Not answered"), "danger"
    elif not result.scored:
        verdict, role = translate("QuizView", "Answer saved for your facilitator"), "muted"
    elif result.correct:
        verdict, role = translate("QuizView", "Correct"), "success"
    elif result.score > 0:
        verdict, role = translate("QuizView", "Partly correct ({score})").format(
            score=percent(result.score)), "muted"
    else:
        verdict, role = translate("QuizView", "Incorrect"), "danger"
    layout.addWidget(prompt)
    layout.addWidget(plain_label(verdict, role))
    if is_answered(answer):
        layout.addWidget(plain_label(translate("QuizView", "Your answer: {answer}").format(
            answer=describe_answer(question, answer))))
    for line in result.feedback:
        layout.addWidget(plain_label(line))
    if result.explanation:
        layout.addWidget(plain_label(translate("QuizView", "Explanation: {text}").format(
            text=result.explanation), "muted"))
    if review is not None:
        reviewed = translate("QuizView", "Your facilitator's review ({date}): {score}").format(
            date=format_date(review.reviewed_at), score=percent(review.score))
        layout.addWidget(plain_label(reviewed, "success"))
        if review.comment:
            comment = translate("QuizView", "Comment: {text}").format(text=review.comment)
            layout.addWidget(plain_label(comment))
    elif not result.scored and result.answered:
        layout.addWidget(plain_label(translate("QuizView", "Not reviewed yet."), "muted"))
    card.setAccessibleName(translate("QuizView", "Question {n}: {verdict}").format(
        n=n, verdict=verdict))
    card.setAccessibleDescription(question.prompt)
    card.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return card


def describe_answer(question: Question, answer: Any) -> str:
    """The learner's answer in words, for the review."""
    if question.type == "single":
        return next((o.text for o in question.options if o.id == answer), str(answer))
    if question.type == "multiple":
        texts = {o.id: o.text for o in question.options}
        return "".join(f"\n• {texts.get(a, a)}" for a in answer)
    if question.type == "true_false":
        return translate("QuizView", "True") if answer else translate("QuizView", "False")
    if question.type == "matching":
        rights = {p.id: p.right for p in question.pairs}
        return "".join(f"\n• {p.left} → {rights.get(answer.get(p.id), '—')}"
                       for p in question.pairs)
    if question.type == "ordering":
        texts = {s.id: s.text for s in question.steps}
        return "".join(f"\n{n}. {texts.get(s, s)}" for n, s in enumerate(answer, 1))
    if question.type in FORMAT_2_TYPES:
        return describe_passage_answer(question, answer)
    return str(answer)


def describe_passage_answer(question: Question, answer: Any) -> str:
    """The learner's answer in words for the result: the passage with the learner's words
    in [brackets], the marked words as a list, or the free text as written."""
    if question.type == "free_text":
        return "\n" + str(answer)
    if question.type == "mark_words":
        words = question.words
        return "".join(f"\n• {words[n].text}" for n in sorted(answer)
                       if isinstance(n, int) and 0 <= n < len(words))
    values = list(answer) if isinstance(answer, list) else []
    if question.type == "drag_words":
        bank = {w.id: w.text for w in question.bank}
        values = [bank.get(v, "") if isinstance(v, str) else "" for v in values]
    out: list[str] = []
    gap = 0
    for segment in question.segments:
        if segment.kind == "gap":
            value = values[gap] if gap < len(values) and values[gap] else "…"
            out.append(f"[{value}]")
            gap += 1
        else:
            out.append(segment.text)
    return "\n" + "".join(out)
