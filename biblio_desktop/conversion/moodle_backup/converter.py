"""A Moodle course backup (`.mbz`) as a course: sections become modules, activities items.

Decisions (docs/conversion.md, "Moodle backups"):
- sections in their course order; a section's name, or "General" / "Section N" when it
  has none; its summary, when it has text, is the module's first lesson; a section
  without any convertible activity is dropped (the source writer drops empty modules);
- hidden sections and hidden activities are left out and reported: a teacher hides
  drafts and answer sheets, and a converted course would show them to every learner;
- labels are short lessons that are not required (Moodle never tracks a label);
- activities that need a server (forums, assignments, polls, wikis, ...) are reported
  with the reason, and so is any activity type we do not know.
"""

from __future__ import annotations

from collections.abc import Callable
from xml.etree.ElementTree import Element

from ...errors import ConversionError
from ..archive import InputTree
from ..context import ConversionContext
from ..draft import CourseDraft, ItemDraft, ModuleDraft
from ..markup import html_text, local
from .activities import ContentActivities
from .backup import (
    Activity,
    FileIndex,
    Section,
    integer,
    read_activity_xml,
    read_xml,
    safe_directory,
    text,
)
from .qbank import QuestionBank
from .quizzes import Quizzes

SERVER = "it needs the Moodle server"
REPORTED = {
    "forum": "forums are discussions between people; " + SERVER,
    "assign": "assignments are handed in to a teacher through the Moodle server",
    "choice": "a poll collects everyone's answers on the Moodle server",
    "feedback": "a survey collects everyone's answers on the Moodle server",
    "survey": "a survey collects everyone's answers on the Moodle server",
    "questionnaire": "a survey collects everyone's answers on the Moodle server",
    "wiki": "a wiki is written together by the learners; " + SERVER,
    "workshop": "peer assessment needs the other learners; " + SERVER,
    "data": "a database activity collects the learners' entries; " + SERVER,
    "chat": "a chat is live between people; " + SERVER,
    "bigbluebuttonbn": "a live video meeting needs a server and a network",
    "lti": "an external tool is a program on another website",
    "scorm": "a SCORM package is a web program the app does not run; ask the publisher "
             "for H5P, Common Cartridge or PDF",
    "imscp": "an IMS content package is a set of web pages; ask for Common Cartridge, "
             "EPUB or PDF instead",
    "lesson": "a Moodle lesson's branching pages are not converted yet",
    "attendance": "attendance is taken by a teacher on the Moodle server",
    "hotpot": "a HotPot quiz is a web program the app does not run",
}


class MoodleBackupConverter:
    """Moodle 2.x to 4.x course backups (tar or zip), detected by moodle_backup.xml."""

    name = "moodle-backup"

    def sniff(self, tree: InputTree) -> str | None:
        if not tree.has("moodle_backup.xml"):
            return None
        root = read_xml(tree, "moodle_backup.xml")  # refuses entity bombs, with a reason
        if local(root.tag) != "moodle_backup" or root.find("information") is None:
            return None
        info = root.find("information")
        release = text(info, "backup_release") or text(info, "moodle_release") or "?"
        course = text(info, "original_course_fullname")
        return f"Moodle backup {release}" + (f": {course!r}" if course else "")

    def convert(self, tree: InputTree, ctx: ConversionContext) -> CourseDraft:
        return _Backup(tree, ctx).convert()


class _Backup:
    def __init__(self, tree: InputTree, ctx: ConversionContext) -> None:
        self.tree = tree
        self.ctx = ctx
        self.root = read_xml(tree, "moodle_backup.xml")

    def convert(self) -> CourseDraft:
        info = self.root.find("information")
        contents = info.find("contents") if info is not None else None
        if contents is None:
            raise ConversionError(f"{self.tree.label} is a Moodle backup without a table of "
                                  "contents; the file is damaged.")
        course = read_xml(self.tree, "course/course.xml") if self.tree.has(
            "course/course.xml") else None
        title = (text(course, "fullname") or text(info, "original_course_fullname")
                 or text(contents, "course/title") or "Moodle course")
        self.ctx.check()
        self.files = FileIndex.load(self.tree)
        self.ctx.check()
        self.bank = QuestionBank.load(self.tree, self.ctx.check)
        self.content = ContentActivities(self.tree, self.ctx, self.files)
        self.quizzes = Quizzes(self.tree, self.ctx, self.bank)
        sections = self._sections(contents)
        activities = self._activities(contents)
        draft = CourseDraft(title=" ".join(title.split()), language=_language(
            text(course, "lang")), description=html_text(text(course, "summary"))[:2000])
        total = max(1, len(activities))
        done = 0
        placed: set[str] = set()
        for section in sections:
            module = ModuleDraft(section.name, origin=f"{self.tree.label}: section "
                                 f"{section.number}")
            where = f"{self.tree.label}: section {section.name!r}"
            ids = [m for m in section.sequence if m in activities and m not in placed]
            ids += [m for m, a in activities.items()
                    if a.sectionid == section.sectionid and m not in placed and m not in ids]
            placed.update(ids)
            if not section.visible:
                count = f"{len(ids)} activit{'y' if len(ids) == 1 else 'ies'}"
                self.ctx.leave_out(f"section {section.name!r} ({count})",
                                   self.tree.label, "it is hidden from learners in Moodle")
                continue
            if html_text(section.summary):
                body = self.content.html(section.summary, (self._course_context(), "course",
                                                           "section", section.sectionid), where)
                if body:
                    module.items.append(ItemDraft("lesson", section.name, body=body,
                                                  minutes=1, origin=f"{where}: summary"))
            for moduleid in ids:
                self.ctx.check()
                module.items += self._activity(activities[moduleid], where)
                done += 1
                self.ctx.progress(done, total)
            if module.items:
                draft.modules.append(module)
        for moduleid, activity in activities.items():
            if moduleid not in placed:
                self.ctx.leave_out(f"{activity.modulename} {activity.title!r}",
                                   self.tree.label, "its section is not in the backup")
        for category, count in self.bank.unused():
            self.ctx.leave_out(f"{count} question(s) of the question bank category "
                               f"{category.name!r}", self.tree.label,
                               "no quiz in the backup uses them")
        return draft

    def _course_context(self) -> str:
        info = self.root.find("information")
        return text(info, "original_course_contextid")

    def _sections(self, contents: Element) -> list[Section]:
        sections = []
        for entry in contents.iterfind("sections/section"):
            directory = safe_directory(text(entry, "directory"), self.tree.label)
            name = f"{directory}/section.xml"
            xml = read_xml(self.tree, name) if self.tree.has(name) else None
            number = integer(xml, "number", len(sections))
            title = " ".join((text(xml, "name") or "").split())
            if not title:
                title = "General" if number == 0 else f"Section {number}"
            sequence = [s.strip() for s in text(xml, "sequence").split(",") if s.strip()]
            sections.append(Section(text(entry, "sectionid"), number, title,
                                    text(xml, "summary"), text(xml, "visible", "1") != "0",
                                    sequence, directory, text(xml, "component")))
        sections.sort(key=lambda s: s.number)
        return sections

    def _activities(self, contents: Element) -> dict[str, Activity]:
        activities: dict[str, Activity] = {}
        for entry in contents.iterfind("activities/activity"):
            activity = Activity(text(entry, "moduleid"), text(entry, "sectionid"),
                                text(entry, "modulename"), " ".join(text(entry, "title")
                                                                    .split()),
                                safe_directory(text(entry, "directory"), self.tree.label))
            activities.setdefault(activity.moduleid, activity)
        return activities

    def _activity(self, activity: Activity, where: str) -> list[ItemDraft]:
        kind = activity.modulename
        what = f"{kind} {activity.title!r}"
        module_xml = f"{activity.directory}/module.xml"
        module = read_xml(self.tree, module_xml) if self.tree.has(module_xml) else None
        if text(module, "visible", "1") == "0":
            self.ctx.leave_out(what, where, "it is hidden from learners in Moodle")
            return []
        if kind in REPORTED:
            self.ctx.leave_out(what, where, REPORTED[kind])
            return []
        if kind == "subsection":
            self.ctx.note(f"{where}: the subsection {activity.title!r} is its own module")
            return []
        name = f"{activity.directory}/{kind}.xml"
        handlers: dict[str, Callable[[Element, str, str], list[ItemDraft]]] = {
            "page": self.content.page, "book": self.content.book,
            "label": self.content.label, "url": self.content.url,
            "glossary": self.content.glossary,
            "resource": self.content.resource, "folder": self.content.folder,
            "studentquiz": self.quizzes.studentquiz,
        }
        if kind not in handlers and kind not in ("quiz", "h5pactivity"):
            self.ctx.leave_out(what, where, f"the Moodle activity type '{kind}' has no "
                               "equivalent in the app")
            return []
        if not self.tree.has(name):
            self.ctx.leave_out(what, where, f"its {kind}.xml is not in the backup")
            return []
        root = read_activity_xml(self.tree, name)
        contextid = root.get("contextid", "")
        if kind == "quiz":
            return self.quizzes.quiz(root, activity.directory, where)
        if kind == "h5pactivity":
            return self.content.h5p(root, contextid, where, activity.moduleid)
        return handlers[kind](root, contextid, where)


def _language(raw: str) -> str:
    """Moodle's language code ("pt_br", "en") as ours ("pt-BR", "en"); "en" if unknown."""
    parts = raw.strip().replace("-", "_").split("_")
    base = parts[0].lower()
    if not (2 <= len(base) <= 3 and base.isascii() and base.isalpha()):
        return "en"
    if len(parts) > 1 and 2 <= len(parts[1]) <= 8 and parts[1].isascii() \
            and parts[1].isalnum():
        return f"{base}-{parts[1].upper()}"
    return base
