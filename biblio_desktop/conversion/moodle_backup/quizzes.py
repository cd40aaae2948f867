"""Moodle quizzes (and StudentQuiz banks) as quiz items, from the backup's question bank.

A quiz's slots name bank questions: by question id (Moodle 3.x), by bank entry and
optional version (4.x), or as random slots drawing from a category. Fixed slots become the
quiz's questions, in slot order, with the slot's mark as points. A quiz made only of random
slots becomes a bank the app draws from (`draw` = the number of slots); a random slot in a
quiz that also has fixed questions is reported, because one quiz draws from one bank.
Every question is validated by our engine (`keep_valid`); the ones that fail, or whose
Moodle type has no equivalent, are reported with the reason.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from ...errors import ConversionError
from ..archive import InputTree
from ..context import ConversionContext
from ..draft import ItemDraft
from ..markup import parse_json
from ..questions import keep_valid, question_id
from .activities import report_description
from .backup import integer, number, read_activity_xml, text
from .qbank import BankQuestion, QuestionBank


class Quizzes:
    def __init__(self, tree: InputTree, ctx: ConversionContext, bank: QuestionBank) -> None:
        self.tree = tree
        self.ctx = ctx
        self.bank = bank

    def quiz(self, root: Element, directory: str, where: str) -> list[ItemDraft]:
        quiz = root.find("quiz")
        name = text(quiz, "name") or "Quiz"
        here = f"{where}, quiz {name!r}"
        fixed: list[tuple[BankQuestion, float]] = []
        random: list[tuple[str, bool]] = []
        slots = list(quiz.iterfind("question_instances/question_instance")
                     if quiz is not None else ())
        slots.sort(key=lambda s: integer(s, "slot", 0))
        for slot in slots:
            self.ctx.check()
            mark = number(slot, "maxmark", 0.0) or number(slot, "grade", 0.0)
            found = self._slot(slot, here)
            if found is None:
                continue
            if isinstance(found, tuple):
                random.append(found)
            elif found.converted is not None and found.converted.qtype == "random":
                raw = found.converted.question or {}
                random.append((found.category, bool(raw.get("subcategories"))))
            else:
                fixed.append((found, mark))
        questions: list[dict[str, Any]] = []
        used: set[str] = set()
        settings: dict[str, Any] = {}
        if random and not fixed:
            pool: dict[str, BankQuestion] = {}
            for category, subcategories in random:
                for question in self.bank.pool(category, subcategories):
                    pool.setdefault(question.id, question)
            questions = self._questions([(q, 0.0) for q in pool.values()], used, here)
            settings["draw"] = len(random)
        else:
            for category, _sub in random:
                label = self.bank.categories.get(category)
                source = repr(label.name) if label else "a category"
                self.ctx.leave_out(f"a question drawn at random from {source}", here,
                                   "this quiz mixes fixed and random questions; the app "
                                   "draws at random only from a quiz made of random "
                                   "questions")
            questions = self._questions(fixed, used, here)
        questions = keep_valid(questions, self.ctx, here)
        if not questions:
            self.ctx.leave_out(f"quiz {name!r}", where, "it has no questions the app can "
                               "play" if slots else "it has no questions")
            return []
        report_description(self.ctx, quiz, f"quiz {name!r}", where)
        if "draw" in settings:
            settings["draw"] = max(1, min(settings["draw"], len(questions)))
        if text(quiz, "shuffleanswers") == "1":
            settings["shuffle_options"] = True
        attempts = integer(quiz, "attempts_number", 0)
        if attempts:
            settings["max_attempts"] = attempts
        pass_mark = self._pass_mark(directory)
        if pass_mark is not None:
            settings["pass_mark"] = pass_mark
        return [ItemDraft("quiz", name, quiz={**settings, "questions": questions},
                          origin=f"{where}: quiz")]

    def _slot(self, slot: Element, here: str) -> BankQuestion | tuple[str, bool] | None:
        """The question of one slot, a random slot's (category, subcategories), or None."""
        ref = slot.find("question_reference")
        if ref is not None:
            version = text(ref, "version").strip()
            found = self.bank.latest(text(ref, "questionbankentryid").strip(),
                                     int(version) if version.isdigit() and len(version) < 10
                                     else None)
        elif slot.find("question_set_reference") is not None:
            return self._random_set(slot.find("question_set_reference"), here)
        else:
            qid = (text(slot, "questionid") or text(slot, "question")).strip()
            found = self.bank.questions.get(qid)
        if found is None:
            self.ctx.leave_out(f"question in slot {text(slot, 'slot') or '?'}", here,
                               "the question is not in the backup's question bank")
        return found

    def _random_set(self, ref: Element | None, here: str) -> tuple[str, bool] | None:
        """A 4.x random slot: its filter names the category (4.0-4.2 and 4.3+ shapes)."""
        raw = text(ref, "filtercondition")
        try:
            condition = parse_json(raw.encode("utf-8"), "a random question's filter")
        except ConversionError:
            condition = None
        category, sub = "", False
        if isinstance(condition, dict):
            if "questioncategoryid" in condition:
                category = str(condition.get("questioncategoryid", ""))
                sub = str(condition.get("includingsubcategories", "0")) in ("1", "True",
                                                                            "true")
            elif isinstance(condition.get("filter"), dict):
                cat = condition["filter"].get("category")
                if isinstance(cat, dict) and isinstance(cat.get("values"), list) \
                        and cat["values"]:
                    category = str(cat["values"][0])
                    options = cat.get("filteroptions")
                    sub = bool(options.get("includesubcategories")) if isinstance(
                        options, dict) else False
        if category not in self.bank.categories:
            self.ctx.leave_out("a question drawn at random", here, "its category is not in "
                               "the backup")
            return None
        return category, sub

    def _questions(self, found: list[tuple[BankQuestion, float]], used: set[str],
                   here: str) -> list[dict[str, Any]]:
        out = []
        for question, mark in found:
            converted = question.converted
            if converted is None:
                continue
            self.bank.used.add(question.id)
            if converted.question is None:
                self.ctx.leave_out(f"question {converted.name!r} ({converted.qtype})", here,
                                   converted.problem or "it cannot be played")
                continue
            for note in converted.notes:
                if note not in self.ctx.notes:
                    self.ctx.note(note)
            ours = dict(converted.question)
            ours["id"] = question_id(converted.name, used)
            if mark > 0 and "points" in ours:
                ours["points"] = round(mark, 4)
            out.append(ours)
        return out

    def _pass_mark(self, directory: str) -> float | None:
        """The quiz's grade to pass over its maximum grade (grades.xml), if set."""
        name = f"{directory}/grades.xml"
        if not self.tree.has(name):
            return None
        for item in read_activity_xml(self.tree, name).iterfind(".//grade_item"):
            if text(item, "itemtype") == "mod" and text(item, "itemnumber", "0") == "0":
                top, need = number(item, "grademax"), number(item, "gradepass")
                if top > 0 and need > 0:
                    return round(min(1.0, need / top), 4)
        return None

    def studentquiz(self, root: Element, contextid: str, where: str) -> list[ItemDraft]:
        """A StudentQuiz: its teacher-approved questions become a practice quiz."""
        activity = root.find("studentquiz")
        name = text(activity, "name") or "StudentQuiz"
        here = f"{where}, StudentQuiz {name!r}"
        states: dict[str, tuple[str, str]] = {}
        for item in (activity.iterfind("questions/question") if activity is not None else ()):
            states[item.get("questionid", "")] = (text(item, "state"), text(item, "hidden"))
        approved, waiting = [], 0
        for question in self.bank.in_context(contextid):
            state, hidden = states.get(question.id, ("", ""))
            if not state and question.entry:
                state, hidden = states.get(question.entry, ("", ""))
            self.bank.used.add(question.id)
            if state == "1" and hidden != "1":
                approved.append((question, 0.0))
            else:
                waiting += 1
        self.ctx.leave_out(f"StudentQuiz {name!r}", where, "learners writing, rating and "
                           "commenting on each other's questions needs a server; only its "
                           "questions approved by the teacher are kept, as a practice quiz")
        if waiting:
            self.ctx.leave_out(f"{waiting} question(s) of StudentQuiz {name!r}", where,
                               "they were not approved by the teacher (or are hidden)")
        questions = keep_valid(self._questions(approved, set(), here), self.ctx, here)
        if not questions:
            return []
        return [ItemDraft("quiz", name, quiz={"questions": questions}, required=False,
                          origin=f"{where}: StudentQuiz")]
