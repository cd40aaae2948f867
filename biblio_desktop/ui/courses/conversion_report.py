"""The conversion report: what material from elsewhere became, before anything is installed.

Shown after a conversion (H5P, Moodle, EPUB, PDF, …) finished in the background: which
module, item and question each part became (a tree), what was left out and why, notes,
and the choice to Install or Cancel. Everything is readable with the keyboard and a screen
reader: the trees take the focus, their rows carry the full text, Enter installs and
Escape cancels. The report is the plain dict of `ConversionResult.report()`
(docs/conversion.md, "The report"), so the dialog needs nothing from the conversion code.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..base.theme import set_role


class ConversionReportDialog(QDialog):
    """Install or Cancel a converted course after reading what it holds."""

    def __init__(self, report: dict[str, Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Conversion report"))
        self.setAccessibleName(self.tr("Conversion report"))
        self.setMinimumSize(760, 560)
        course = report.get("course", {})
        title = str(course.get("title", ""))
        heading = QLabel(self.tr("“{title}” is ready to install").format(title=title))
        set_role(heading, "title")
        heading.setWordWrap(True)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        sources = QLabel("\n".join(
            self.tr("From {file}: {what}").format(file=Path(str(i.get("path", ""))).name,
                                                  what=i.get("detected", ""))
            for i in report.get("inputs", [])))
        sources.setWordWrap(True)
        set_role(sources, "muted")

        contents_label = QLabel(self.tr("What the course will contain:"))
        contents_label.setWordWrap(True)
        self.contents = self._contents_tree()
        contents_label.setBuddy(self.contents)
        left = report.get("left_out", [])
        notes = report.get("notes", [])
        if left:
            text = self.tr("Left out, and why ({count}):").format(count=len(left))
        else:
            text = self.tr("Nothing was left out.")
        left_label = QLabel(text)
        left_label.setWordWrap(True)
        self.left_out = self._left_out_text()
        left_label.setBuddy(self.left_out)
        self.left_out.setVisible(bool(left or notes))

        self.buttons = QDialogButtonBox()
        self.install_button = self.buttons.addButton(
            self.tr("Install"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.install_button.setAccessibleName(self.tr("Install the converted course"))
        self.install_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(self.tr("Cancel: install nothing"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        for widget in (heading, self.summary, sources, contents_label):
            layout.addWidget(widget)
        layout.addWidget(self.contents, 3)
        layout.addWidget(left_label)
        layout.addWidget(self.left_out, 2)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.contents, self.left_out)
        self.setTabOrder(self.left_out, self.install_button)
        self.setTabOrder(self.install_button, self.cancel_button)
        self.install_button.setFocus()

    # -- words -------------------------------------------------------------------------
    def kind_name(self, kind: str) -> str:
        names = {"lesson": self.tr("Lesson"), "slides": self.tr("Slides"),
                 "video": self.tr("Video"), "quiz": self.tr("Quiz"),
                 "pdf": self.tr("PDF document")}
        return names.get(kind, kind)

    def question_name(self, kind: str) -> str:
        names = {"single": self.tr("single choice"), "multiple": self.tr("multiple choice"),
                 "true_false": self.tr("true or false"), "text": self.tr("text answer"),
                 "numeric": self.tr("number"), "matching": self.tr("matching"),
                 "ordering": self.tr("ordering"), "fill_blanks": self.tr("fill in the blanks"),
                 "drag_words": self.tr("drag the words"), "mark_words": self.tr("mark the words"),
                 "free_text": self.tr("free text")}
        return names.get(kind, kind)

    def _summary(self) -> str:
        modules = self.report.get("modules", [])
        kinds: Counter[str] = Counter()
        questions = 0
        for module in modules:
            for item in module.get("items", []):
                kinds[str(item.get("kind"))] += 1
                questions += len(item.get("questions", []))
        parts = [self.tr("Modules: {n}").format(n=len(modules))]
        parts += [f"{self.kind_name(kind)}: {n}" for kind, n in sorted(kinds.items())]
        parts.append(self.tr("Questions: {n}").format(n=questions))
        parts.append(self.tr("Left out: {n}").format(n=len(self.report.get("left_out", []))))
        return " · ".join(parts)

    # -- trees -------------------------------------------------------------------------
    def _tree(self, headers: list[str], name: str, description: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setAccessibleName(name)
        tree.setAccessibleDescription(description)
        tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        tree.setWordWrap(True)
        tree.setUniformRowHeights(False)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        return tree

    def _contents_tree(self) -> QTreeWidget:
        tree = self._tree([self.tr("Module, item or question"), self.tr("Becomes"),
                           self.tr("From")], self.tr("Course contents"),
                          self.tr("Each module of the converted course, its items and their "
                                  "questions, with where each came from"))
        for module in self.report.get("modules", []):
            node = QTreeWidgetItem([str(module.get("title", "")), self.tr("Module"),
                                    str(module.get("origin", ""))])
            tree.addTopLevelItem(node)
            for item in module.get("items", []):
                kind = self.kind_name(str(item.get("kind", "")))
                child = QTreeWidgetItem([str(item.get("title", "")), kind,
                                         str(item.get("origin", ""))])
                node.addChild(child)
                for qtype, count in Counter(item.get("questions", [])).items():
                    child.addChild(QTreeWidgetItem([
                        self.tr("{n} × {type}").format(n=count, type=self.question_name(qtype)),
                        self.tr("Question"), ""]))
            node.setExpanded(True)
        tree.expandAll()  # question types are part of what the user should see
        tree.setColumnWidth(0, 330)
        tree.setColumnWidth(1, 130)
        if tree.topLevelItemCount():
            tree.setCurrentItem(tree.topLevelItem(0))
        return tree

    def _left_out_text(self) -> QTextBrowser:
        """Left-out parts and notes as wrapped text: reasons are sentences, and a table
        would cut them off."""
        view = QTextBrowser()
        view.setOpenLinks(False)
        view.setAccessibleName(self.tr("Left out"))
        view.setAccessibleDescription(
            self.tr("Parts of the input that are not in the course, and why"))
        view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        view.setTabChangesFocus(True)  # Tab leaves it for the buttons, as everywhere else
        view.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        rows = [f"<li><b>{escape(str(part.get('what', '')))}</b> — "
                f"{escape(str(part.get('reason', '')))} "
                f"<i>({escape(str(part.get('where', '')))})</i></li>"
                for part in self.report.get("left_out", [])]
        html = f"<ul>{''.join(rows)}</ul>" if rows else ""
        notes = [f"<li>{escape(str(note))}</li>" for note in self.report.get("notes", [])]
        if notes:
            heading = escape(self.tr("Notes:"))
            html += f"<p><b>{heading}</b></p><ul>{''.join(notes)}</ul>"
        view.setHtml(html)
        return view
