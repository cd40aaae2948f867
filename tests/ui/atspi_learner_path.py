"""The learner path driven with keys only, checked through AT-SPI as a screen reader sees it.

Run by Debian's own Python (/usr/bin/python3 with python3-gi and gir1.2-atspi-2.0: the
AT-SPI client library is not on PyPI) against an app already running on the same X
display and D-Bus session; `tests/ui/test_atspi_learner_path.py` starts all of it
(Xvfb, dbus-daemon, the AT-SPI bus, the app) and runs this file. Standard library and
gi only: it never imports the app.

After every key it looks at what has the focus, from the AT-SPI focus events, and fails
on a trap (Tab never reaches a control), a lost focus, an unnamed focus, or a screen
change that leaves the focus nowhere. Keys go through the X server (xdotool, XTest), as
from a keyboard. There is no window manager, so this script gives a new window (a
dialog) the input focus the way a window manager would.

Usage: atspi_learner_path.py LEARNER PIN COURSE_TITLE   (exit 0: the path passed)
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

APP_NAME = "BIBLIO Desktop"
KEY_SETTLE_S = 0.35  # time for the app to react to a key and for AT-SPI events to arrive
log: list[dict[str, str]] = []
STARTED = time.monotonic()


class PathFailed(AssertionError):
    pass


class Reader:
    """Follows the focus and the announcements, as a screen reader does."""

    def __init__(self) -> None:
        self.focus: Atspi.Accessible | None = None
        self.announced: list[str] = []
        self.history: list[str] = []  # every focus event, as it came
        self._focus_listener = Atspi.EventListener.new(self._on_focus)
        self._focus_listener.register("object:state-changed:focused")
        self._announce_listener = Atspi.EventListener.new(self._on_announcement)
        self._announce_listener.register("object:announcement")
        if os.environ.get("ATSPI_DEBUG_EVENTS"):
            self._all = Atspi.EventListener.new(
                lambda e: print("EVENT", e.type, describe(e.source), e.any_data, flush=True))
            self._all.register("object:")

    def _on_focus(self, event: Atspi.Event) -> None:
        if event.detail1:
            self.focus = event.source
            self.history.append(describe(event.source))

    def _on_announcement(self, event: Atspi.Event) -> None:
        data = event.any_data
        self.announced.append(data if isinstance(data, str) else str(data))

    @staticmethod
    def pump(seconds: float) -> None:
        context = GLib.MainContext.default()
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            while context.iteration(False):
                pass
            time.sleep(0.01)


def describe(acc: Atspi.Accessible | None) -> str:
    if acc is None:
        return "nothing"
    try:
        return f"{acc.get_role_name()} {acc.get_name()!r}"
    except GLib.Error:
        return "a destroyed object"


def name(acc: Atspi.Accessible | None) -> str:
    try:
        return acc.get_name() if acc is not None else ""
    except GLib.Error:
        return ""


def role(acc: Atspi.Accessible | None) -> str:
    try:
        return acc.get_role_name() if acc is not None else ""
    except GLib.Error:
        return ""


def description(acc: Atspi.Accessible | None) -> str:
    try:
        return acc.get_description() if acc is not None else ""
    except GLib.Error:
        return ""


def is_focused(acc: Atspi.Accessible | None) -> bool:
    try:
        return acc is not None and acc.get_state_set().contains(Atspi.StateType.FOCUSED)
    except GLib.Error:
        return False


def find_focused(root: Atspi.Accessible | None, limit: int = 3000) -> Atspi.Accessible | None:
    """The showing object with the FOCUSED state under `root`, breadth first."""
    queue = [root] if root is not None else []
    visited = 0
    while queue and visited < limit:
        acc = queue.pop(0)
        visited += 1
        try:
            states = acc.get_state_set()
            if states.contains(Atspi.StateType.FOCUSED):
                return acc
            if acc is not root and not states.contains(Atspi.StateType.SHOWING):
                continue
            queue.extend(acc.get_child_at_index(i) for i in range(min(acc.get_child_count(),
                                                                     200)))
        except GLib.Error:
            continue
    return None


def xdotool(*args: str) -> str:
    return subprocess.run(["xdotool", *args], capture_output=True, text=True,
                          check=False).stdout


class Driver:
    def __init__(self) -> None:
        self.reader = Reader()
        self.windows: set[str] = set()
        self.app: Atspi.Accessible | None = None

    # --- the keyboard ----------------------------------------------------------------------

    def key(self, keys: str, expect_window: bool = False) -> Atspi.Accessible:
        """Press `keys` (xdotool names: Tab, Return, space, Down, Next, shift+Tab); then
        the focus must be on a named, focused object."""
        xdotool("key", "--clearmodifiers", keys)
        self.reader.pump(KEY_SETTLE_S)
        if expect_window or self._windows_changed():  # a dialog opened or closed
            self.focus_newest_window()
        return self.check_focus(f"after {keys}")

    def type(self, text: str) -> None:
        xdotool("type", "--delay", "30", text)
        self.reader.pump(KEY_SETTLE_S)

    def check_focus(self, when: str) -> Atspi.Accessible:
        focus = self.reader.focus
        for _ in range(20):  # a screen change (or signing in) may take a moment
            if is_focused(focus):
                break
            self.reader.pump(0.2)
            if self._windows_changed():
                self.focus_newest_window()
            focus = self.reader.focus
            if not is_focused(focus):
                # the object of the last focus event was replaced (a view's rows were
                # rebuilt) without a new event: ask the tree, as Orca does on a window
                focus = find_focused(self.app) or focus
                if is_focused(focus):
                    self.reader.history.append(f"(found) {describe(focus)}")
        else:
            raise PathFailed(f"focus lost {when}: the last focus was {describe(focus)}; "
                             f"the last focus events: {self.reader.history[-6:]}")
        label = name(focus).strip()
        log.append({"when": when, "focus": describe(focus),
                    "t": f"{time.monotonic() - STARTED:.1f}"})
        if not label:
            raise PathFailed(f"unnamed focus {when}: {describe(focus)}")
        return focus

    def tab_to(self, wanted: str, limit: int = 60, backwards: bool = False,
               exact: bool = False) -> Atspi.Accessible:
        """Tab until the focus is on an object whose name contains `wanted` (or is it,
        with `exact`); fails when Tab goes round without reaching it (unreachable) or
        never comes round (a trap)."""
        seen: list[str] = []
        for _ in range(limit):
            focus = self.key("shift+Tab" if backwards else "Tab")
            label = name(focus)
            if (label.lower() == wanted.lower() if exact
                    else wanted.lower() in label.lower()):
                return focus
            seen.append(f"{role(focus)} {label!r}")
            if seen.count(seen[-1]) >= 3:
                raise PathFailed(f"{wanted!r} cannot be reached with Tab; the stops were "
                                 f"{seen[:40]}")
        raise PathFailed(f"keyboard trap on the way to {wanted!r}: the last stops were "
                         f"{seen[-15:]}")

    def expect(self, wanted: str, when: str) -> Atspi.Accessible:
        focus = self.check_focus(when)
        if wanted.lower() not in name(focus).lower():
            raise PathFailed(f"{when}: the focus is on {describe(focus)}, expected {wanted!r}")
        return focus

    # --- windows (what a window manager would do) --------------------------------------------

    def _visible_windows(self) -> list[str]:
        return xdotool("search", "--onlyvisible", "--name", ".").split()

    def _new_window(self) -> bool:
        return bool(set(self._visible_windows()) - self.windows)

    def _windows_changed(self) -> bool:
        return set(self._visible_windows()) != self.windows

    def focus_newest_window(self) -> None:
        windows = self._visible_windows()
        # a new window (a dialog), else the one left when a dialog closed
        new = [w for w in windows if w not in self.windows] or windows[-1:]
        self.windows = set(windows)
        if new:
            xdotool("windowfocus", "--sync", new[-1])
            self.reader.pump(KEY_SETTLE_S)

    def wait_for_app(self, timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            desktop = Atspi.get_desktop(0)
            names = [desktop.get_child_at_index(i).get_name()
                     for i in range(desktop.get_child_count())]
            if APP_NAME in names and xdotool("search", "--onlyvisible", "--name", APP_NAME):
                self.app = desktop.get_child_at_index(names.index(APP_NAME))
                self.reader.pump(1.0)  # the picker replaces the opening page
                self.focus_newest_window()
                return
            self.reader.pump(0.5)
        raise PathFailed(f"{APP_NAME} did not appear on the accessibility bus")


def learner_path(driver: Driver, learner: str, pin: str, course: str) -> None:
    # the picker: the focus starts on the first profile
    driver.expect(learner, "on the learner picker")
    driver.key("Return", expect_window=True)  # the PIN dialog
    driver.expect(f"PIN for {learner}", "in the PIN dialog")
    driver.type(pin)
    driver.key("Return")
    driver.expect(course, "on the library after signing in")

    # the main navigation is in the Tab order
    driver.tab_to("My progress")
    driver.key("Return")
    driver.check_focus("on My progress")
    driver.tab_to("Library")
    driver.key("Return")
    driver.expect(course, "back on the library")

    # open the course: the focus is in the outline; walk it to the first quiz
    driver.key("Return")
    focus = driver.check_focus("in the course")
    for _ in range(12):
        if role(focus) not in ("tree", "tree item", "table cell") \
                or "quiz" in name(focus).lower():
            break
        focus = driver.key("Down")
    if "quiz" not in name(focus).lower():
        raise PathFailed(f"the outline never reached a quiz: {describe(focus)}")
    driver.key("Return")  # opens the quiz's intro beside the outline
    driver.tab_to("Start the quiz")
    focus = driver.key("Return")

    # answer every question from the keyboard
    kinds: set[str] = set()
    for _ in range(12):
        kind = role(focus)
        kinds.add(kind)
        if kind == "radio button":
            driver.key("space")
        elif kind == "check box":
            driver.key("space")
            second = driver.key("Tab")  # every check box of the question is a Tab stop
            if role(second) != "check box":
                raise PathFailed(f"Tab left a multiple-choice question after its first "
                                 f"check box, to {describe(second)}")
            driver.key("space")
        elif kind in ("text", "entry", "password text"):
            driver.type("library 12")  # a number field keeps only the digits
        elif kind == "combo box":
            driver.key("Down")
        before = description(driver.reader.focus)  # "Question n of m: the prompt"
        focus = driver.key("Next")  # Page Down: the next question
        if not description(focus).startswith("Question "):
            raise PathFailed(f"a question's control does not say which question it answers: "
                             f"{describe(focus)} {description(focus)!r}")
        if description(focus) == before:
            break
    if "check box" not in kinds:
        raise PathFailed(f"no multiple-choice question was answered: {sorted(kinds)}")
    driver.tab_to("Submit answers")
    driver.reader.announced.clear()
    focus = driver.key("Return")
    if name(focus) in ("Yes", "No"):  # "n question(s) are not answered yet. Submit anyway?"
        if name(focus) != "Yes":
            driver.tab_to("Yes")
        driver.key("Return")
    driver.reader.pump(1.5)
    if not any("score" in text.lower() for text in driver.reader.announced):
        raise PathFailed(f"the result was not announced: {driver.reader.announced}")
    driver.check_focus("on the quiz result")

    # back to the library: the focus lands on the course again
    driver.tab_to("Back to the library")
    driver.key("Return")
    driver.expect(course, "after Back to the library")

    # the course again: a lesson's structure, a slide's question, the video's question
    # (from its list: the video itself cannot play reliably on Xvfb) and a PDF's pages
    driver.key("Return")
    driver.check_focus("in the course again")
    lesson_structure(driver)
    slides_question(driver)
    video_question(driver)
    pdf_pages(driver)

    # sign out from the toolbar
    driver.tab_to("Switch learner")
    driver.key("Return")
    driver.expect(learner, "on the picker after switching learner")


# --- inside a course: the outline, then one kind of item at a time -------------------------

def outline_to(driver: Driver, kind: str, title: str = "") -> Atspi.Accessible:
    """Walk the outline with Down (then Up) to an item of `kind` ("Lesson", "Slides",
    "Video", "PDF": the start of its description) whose name contains `title`, and open
    it with Enter. The focus stays in the outline."""
    focus = driver.check_focus("in the outline")

    def wanted(acc: Atspi.Accessible) -> bool:
        return (description(acc).startswith(kind + ",")
                and title.lower() in name(acc).lower())

    for direction in ("Down", "Up"):
        last = ""
        for _ in range(25):
            if wanted(focus):
                driver.key("Return")
                return driver.check_focus(f"after opening {name(focus)!r}")
            focus = driver.key(direction)
            if role(focus) not in ("tree", "tree item", "table cell", "list item"):
                raise PathFailed(f"{direction} left the outline: {describe(focus)}")
            if describe(focus) == last:
                break  # the end of the outline
            last = describe(focus)
    raise PathFailed(f"the outline has no {kind} {title!r} reachable with the arrows")


def back_to_outline(driver: Driver) -> None:
    """Shift+Tab back to the outline (the tree has the focus, on the item shown)."""
    focus = driver.tab_to("Course outline", backwards=True, exact=True)
    if role(focus) != "tree":
        raise PathFailed(f"Shift+Tab reached {describe(focus)}, not the outline")


def structure(acc: Atspi.Accessible, depth: int = 0) -> list[tuple[str, str, dict[str, str]]]:
    """(role, name, attributes) of the objects under `acc`, in reading order."""
    found: list[tuple[str, str, dict[str, str]]] = []
    try:
        count = min(acc.get_child_count(), 400)
    except GLib.Error:
        return found
    for index in range(count):
        child = acc.get_child_at_index(index)
        if child is None:
            continue
        try:
            attributes = dict(child.get_attributes() or {})
        except GLib.Error:
            attributes = {}
        found.append((role(child), name(child), attributes))
        if depth < 3:
            found.extend(structure(child, depth + 1))
    return found


def lesson_structure(driver: Driver) -> None:
    """A lesson is a document whose children are its headings (with their level) and
    the links in its paragraphs; Ctrl+Down goes to the first heading and says so."""
    outline_to(driver, "Lesson", "CECO and DIGY, the two new job profiles")
    document = driver.tab_to("Lesson text", exact=True)
    if not role(document).startswith("document"):
        raise PathFailed(f"the lesson text is not a document: {describe(document)}")
    parts = structure(document)
    headings = [(text, attrs.get("level", "")) for kind, text, attrs in parts
                if kind == "heading"]
    links = [text for kind, text, _attrs in parts if kind == "link"]
    if not headings or any(not text or not level.isdigit() for text, level in headings):
        raise PathFailed(f"the lesson's headings are missing, unnamed or without a level: "
                         f"{headings} (children: {parts[:12]})")
    if {level for _text, level in headings} < {"1", "2"}:
        raise PathFailed(f"the lesson's heading levels are wrong: {headings}")
    if not links or any(not text for text in links):
        raise PathFailed(f"the lesson's links are missing or unnamed: {links}")
    log.append({"when": "the lesson's structure", "focus": f"{len(headings)} headings "
                f"{headings[:3]}, {len(links)} links {links[:3]}"})
    driver.reader.announced.clear()
    driver.key("ctrl+Down")
    driver.expect("Lesson text", "after Ctrl+Down in the lesson")
    driver.reader.pump(0.3)
    if not any(text.startswith("Heading level") for text in driver.reader.announced):
        raise PathFailed(f"Ctrl+Down did not announce a heading: {driver.reader.announced}")
    back_to_outline(driver)


def answer_here(driver: Driver, focus: Atspi.Accessible, where: str) -> Atspi.Accessible:
    """Answer the question whose first control has the focus, then Check answer with
    Enter; the verdict must be announced and the focus stay named. Returns the focus."""
    if role(focus) not in ("radio button", "check box"):
        raise PathFailed(f"{where}: the question starts on {describe(focus)}")
    driver.key("space")
    driver.tab_to("Check and save the answer")
    driver.reader.announced.clear()
    driver.key("Return")
    driver.reader.pump(1.0)  # saved on the writer thread, then shown and announced
    verdicts = ("correct", "incorrect", "partly correct", "answer saved")
    if not any(text.lower().startswith(verdicts) for text in driver.reader.announced):
        raise PathFailed(f"{where}: the verdict was not announced: {driver.reader.announced}")
    return driver.check_focus(f"after Check answer {where}")


def slides_question(driver: Driver) -> None:
    """Page Down through the slides to the one with a question; answer it by keys."""
    title = "CECO and DIGY in eight slides"
    outline_to(driver, "Slides", title)
    slide = driver.tab_to("Slide", exact=True)
    for number in range(2, 10):  # the slide says which it is: "Slide 4 of 8 · 1 question"
        if "question" in description(slide):
            break
        driver.reader.announced.clear()
        slide = driver.key("Next")  # Page Down: the next slide
        driver.expect("Slide", "after Page Down on a slide")
        said = f"Slide {number} of "
        if not description(slide).startswith(said) or not any(
                text.startswith(said) for text in driver.reader.announced):
            raise PathFailed(f"Page Down on a slide: it says {description(slide)!r}, "
                             f"announced {driver.reader.announced}, expected {said!r}")
    else:
        raise PathFailed("Page Down never reached a slide with a question")
    focus = driver.key("Tab")  # after the slide's text: its question
    if "on this slide" not in description(focus):
        raise PathFailed(f"Tab from a slide did not reach its question: {describe(focus)}")
    focus = answer_here(driver, focus, "on a slide")
    if name(focus) != "Next slide":  # the slide's only question: on to the next slide
        raise PathFailed(f"after answering on a slide the focus is on {describe(focus)}")
    back_to_outline(driver)


def video_question(driver: Driver) -> None:
    """From the video's list of questions (Enter), to the question and its answer."""
    title = "Video: the library as a community centre"
    outline_to(driver, "Video", title)
    focus = driver.tab_to("Questions in this video", exact=True)  # on its first row
    driver.reader.announced.clear()
    focus = driver.key("Return")
    if "Question at" not in description(focus):
        raise PathFailed(f"Enter on the video's question list did not go to the question: "
                         f"{describe(focus)} {description(focus)!r}")
    if not any(text.startswith("Question at") for text in driver.reader.announced):
        raise PathFailed(f"the video's question was not announced: {driver.reader.announced}")
    focus = answer_here(driver, focus, "in the video")
    if name(focus) != "Continue the video":
        raise PathFailed(f"after answering in the video the focus is on {describe(focus)}")
    back_to_outline(driver)


def pdf_pages(driver: Driver) -> None:
    """Page Down on the PDF page: the page's description and an announcement say which
    page; the focus stays on the named page."""
    outline_to(driver, "PDF", "checklist")
    page = driver.tab_to("PDF page", exact=True, backwards=True)  # the last stop of a course
    first = description(page)
    if not first.startswith("Page 1 of "):
        raise PathFailed(f"the PDF page does not say which page it is: {first!r}")
    driver.reader.announced.clear()
    page = driver.key("Next")
    driver.expect("PDF page", "after Page Down in the PDF")
    driver.reader.pump(0.3)
    second = description(page)
    if not second.startswith("Page 2 of "):
        raise PathFailed(f"after Page Down the PDF page says {second!r}")
    if not any(text.startswith("Page 2 of") for text in driver.reader.announced):
        raise PathFailed(f"the new page was not announced: {driver.reader.announced}")
    log.append({"when": "the PDF's pages", "focus": f"{first} → {second}"})


def main() -> int:
    learner, pin, course = sys.argv[1:4]
    Atspi.init()
    driver = Driver()
    started = time.monotonic()
    try:
        driver.wait_for_app()
        learner_path(driver, learner, pin, course)
    except PathFailed as failure:
        shot = os.environ.get("ATSPI_FAILURE_SCREENSHOT")
        if shot and shutil.which("import"):  # the screen, for whoever reads the failure
            subprocess.run(["import", "-window", "root", shot], check=False)
        print(json.dumps({"failed": str(failure), "steps": log[-25:]}, ensure_ascii=False,
                         indent=1))
        return 1
    print(json.dumps({"passed": len(log), "seconds": round(time.monotonic() - started, 1),
                      "steps": log}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
