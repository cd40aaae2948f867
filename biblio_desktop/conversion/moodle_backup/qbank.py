"""A backup's question bank (questions.xml), read streaming and mapped once.

questions.xml grows with the course (every category of every context the backup
touches), so it is read with `iterparse` and each `<question>` is mapped to our format
(qtypes.py) as soon as it is complete and then dropped: memory holds the mapped questions,
not the XML. Both layouts are read: Moodle 3.x (`question_category/questions/question`) and
4.x (`question_bank_entry/question_version/question_versions/questions/question`, several
versions of one question; a quiz names the entry and optionally a version).
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

from ..archive import InputTree
from .backup import NULL, stream_xml, text
from .qtypes import ClozePart, Converted, cloze_part, convert_question, multianswer

_TAGS = frozenset({"question_category", "question_bank_entry", "question_versions",
                   "question", "name", "contextid", "contextlevel", "contextinstanceid",
                   "parent", "version", "status"})


@dataclass
class Category:
    id: str
    name: str = ""
    contextid: str = ""
    contextlevel: str = ""
    instance: str = ""
    parent: str = ""
    questions: list[str] = field(default_factory=list)  # top-level question ids, in order


@dataclass
class BankQuestion:
    id: str
    category: str
    entry: str = ""       # 4.x question bank entry ("" in 3.x)
    version: int = 0
    status: str = "ready"
    hidden: bool = False
    converted: Converted | None = None


@dataclass
class QuestionBank:
    categories: dict[str, Category] = field(default_factory=dict)
    questions: dict[str, BankQuestion] = field(default_factory=dict)
    entries: dict[str, list[str]] = field(default_factory=dict)  # entry -> question ids
    used: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, tree: InputTree, check: Any = None) -> QuestionBank:
        """Read questions.xml (absent: an empty bank); `check()` is called between
        questions so Cancel stays responsive on a large bank."""
        bank = cls()
        if tree.has("questions.xml"):
            _Reader(bank, check).read(tree)
        return bank

    def latest(self, entry: str, version: int | None = None) -> BankQuestion | None:
        """The question of a 4.x bank entry: the given version, or the newest ready one."""
        versions = [self.questions[q] for q in self.entries.get(entry, ())]
        if version is not None:
            return next((q for q in versions if q.version == version), None)
        ready = ([q for q in versions if q.status == "ready"]
                 or [q for q in versions if q.status != "hidden"] or versions)
        return max(ready, key=lambda q: q.version, default=None)

    def current(self, qid: str) -> BankQuestion | None:
        """A question by id, replaced by its newest version when it has newer ones."""
        question = self.questions.get(qid)
        if question is not None and question.entry:
            return self.latest(question.entry) or question
        return question

    def pool(self, category: str, subcategories: bool) -> list[BankQuestion]:
        """The questions a random slot draws from (newest versions, not hidden)."""
        wanted = [category]  # a list: the quiz's questions keep the bank's order
        if subcategories:
            children: dict[str, list[str]] = {}
            for cat in self.categories.values():
                children.setdefault(cat.parent, []).append(cat.id)
            queue, known = deque([category]), {category}
            while queue:
                for child in children.get(queue.popleft(), ()):
                    if child not in known:  # a damaged bank may loop: visit each once
                        known.add(child)
                        wanted.append(child)
                        queue.append(child)
        seen: set[str] = set()
        out = []
        for cat_id in wanted:
            for qid in self.categories.get(cat_id, Category(cat_id)).questions:
                question = self.current(qid)
                if (question is None or question.id in seen or question.hidden
                        or question.converted is None or question.converted.qtype == "random"):
                    continue
                seen.add(question.id)
                out.append(question)
        return out

    def in_context(self, contextid: str) -> list[BankQuestion]:
        """The current questions of every category of one context (e.g. a StudentQuiz)."""
        out = []
        for cat in self.categories.values():
            if cat.contextid == contextid:
                out += [q for q in self.pool(cat.id, False)]
        return out

    def unused(self) -> list[tuple[Category, int]]:
        """Categories holding questions no converted activity used, with their counts."""
        out = []
        for cat in self.categories.values():
            current = {q.id for qid in cat.questions if (q := self.current(qid)) is not None
                       and q.converted is not None and q.converted.qtype != "random"}
            left = len(current - self.used)
            if left:
                out.append((cat, left))
        return out


class _Reader:
    def __init__(self, bank: QuestionBank, check: Any) -> None:
        self.bank = bank
        self.check = check
        self.category: Category | None = None
        self.entry = ""
        self.version = 0
        self.status = "ready"
        self.parts: dict[str, ClozePart | None] = {}
        self.cloze: list[BankQuestion] = []

    def read(self, tree: InputTree) -> None:
        for event, element, path in stream_xml(tree, "questions.xml", _TAGS):
            tag = path[-1]
            parent = path[-2] if len(path) > 1 else ""
            if event == "start":
                if tag == "question_category":
                    self.category = Category(element.get("id", ""))
                    self.bank.categories[self.category.id] = self.category
                elif tag == "question_bank_entry":
                    self.entry = element.get("id", "")
                elif tag == "question_versions":
                    self.version, self.status = 0, "ready"
                continue
            if tag == "question" and parent == "questions":
                self._question(element)
                element.clear()
            elif parent == "question_category" and self.category is not None:
                self._category_field(tag, (element.text or "").strip())
            elif parent == "question_versions" and tag in ("version", "status"):
                value = (element.text or "").strip()
                if tag == "version":
                    self.version = int(value) if value.isdigit() and len(value) < 10 else 0
                else:
                    self.status = value
            elif tag == "question_bank_entry":
                self.entry = ""
                element.clear()
            elif tag == "question_category":
                self.category = None
                element.clear()
        for question in self.cloze:
            self._resolve_cloze(question)

    def _category_field(self, tag: str, value: str) -> None:
        assert self.category is not None
        value = "" if value == NULL else value
        if tag == "name":
            self.category.name = value
        elif tag == "contextid":
            self.category.contextid = value
        elif tag == "contextlevel":
            self.category.contextlevel = value
        elif tag == "contextinstanceid":
            self.category.instance = value
        elif tag == "parent":
            self.category.parent = value

    def _question(self, element: Any) -> None:
        if self.check is not None:
            self.check()
        qid = element.get("id", "")
        if not qid or self.category is None:
            return
        parent = text(element, "parent", "0").strip()
        if parent not in ("", "0"):
            self.parts[qid] = cloze_part(element)  # one gap of a cloze question
            return
        question = BankQuestion(qid, self.category.id, self.entry, self.version, self.status,
                                text(element, "hidden").strip() == "1",
                                convert_question(element))
        self.bank.questions[qid] = question
        self.category.questions.append(qid)
        if self.entry:
            self.bank.entries.setdefault(self.entry, []).append(qid)
        if question.converted is not None and question.converted.qtype == "multianswer":
            self.cloze.append(question)
        if question.converted is not None and question.converted.qtype == "random":
            # a 3.x random slot: its question text says whether subcategories count
            question.converted.question = {"subcategories": text(element, "questiontext")
                                           .strip() == "1"}

    def _resolve_cloze(self, question: BankQuestion) -> None:
        converted = question.converted
        assert converted is not None
        if converted.question is None:
            return
        raw = dict(converted.question)
        html = str(raw.pop("_html", ""))
        sequence = [s.strip() for s in str(raw.pop("_sequence", "")).split(",") if s.strip()]
        raw.pop("type", None)
        parts = [self.parts.get(s) for s in sequence[:100]]
        converted.question = None
        multianswer(converted, raw, html, parts)
