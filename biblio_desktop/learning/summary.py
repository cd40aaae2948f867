"""A learner's progress in one course, shaped for the progress screen and the CLI.

Pure: it combines a manifest with the item states the tracker read, so the same numbers
appear in the UI, in `biblio-desktop progress` and (later) in the completion record.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..packages.manifest import Manifest
from . import rules
from .tracker import CompletionInfo, ItemState


@dataclass(frozen=True)
class ItemSummary:
    item_id: str
    kind: str
    title: str
    required: bool
    minutes: int
    state: ItemState


@dataclass(frozen=True)
class ModuleSummary:
    module_id: str
    title: str
    items: tuple[ItemSummary, ...]
    fraction: float


@dataclass(frozen=True)
class SkillSummary:
    skill_id: str
    title: str
    profile: str
    digcomp: str | None
    fraction: float


@dataclass(frozen=True)
class CourseProgress:
    course_id: str
    version: str
    title: str
    language: str
    modules: tuple[ModuleSummary, ...]
    fraction: float
    seconds_spent: int
    quiz_scores: dict[str, float]
    skills: tuple[SkillSummary, ...]
    completion: CompletionInfo | None
    resume_item_id: str

    @property
    def profiles(self) -> dict[str, tuple[SkillSummary, ...]]:
        """Skills grouped by job profile (CECO, DIGY, ...), in manifest order."""
        groups: dict[str, list[SkillSummary]] = {}
        for skill in self.skills:
            groups.setdefault(skill.profile, []).append(skill)
        return {profile: tuple(skills) for profile, skills in groups.items()}


def pick_language(manifest: Manifest, preferred: str | None) -> str:
    """The course language: the learner's UI language if the package has it, else default."""
    if preferred and preferred in manifest.languages:
        return preferred
    if preferred and "-" in preferred and preferred.split("-")[0] in manifest.languages:
        return preferred.split("-")[0]
    return manifest.default_language


def _facts(state: ItemState) -> rules.ItemFacts:
    return rules.ItemFacts(state.item_id, state.kind, state.required, state.completed,
                           state.best_score, state.done if state.kind == "quiz" else False)


def resume_item(manifest: Manifest, states: dict[str, ItemState]) -> str:
    """Where "Continue" goes: the last opened item if unfinished, else the first not done."""
    opened = [s for s in states.values() if s.last_opened_at is not None]
    if opened:
        last = max(opened, key=lambda s: s.last_opened_at or 0)  # type: ignore[arg-type, return-value]
        if not last.done:
            return last.item_id
    for item in manifest.items:
        if not states[item.id].done:
            return item.id
    return manifest.items[0].id


def summarize(manifest: Manifest, states: dict[str, ItemState],
              completion: CompletionInfo | None, language: str | None) -> CourseProgress:
    lang = pick_language(manifest, language)
    modules = []
    for module in manifest.modules:
        items = tuple(ItemSummary(i.id, i.kind, manifest.text(i.title, lang), i.required,
                                  i.minutes, states[i.id]) for i in module.items)
        modules.append(ModuleSummary(module.id, manifest.text(module.title, lang), items,
                                     rules.fraction_done(_facts(i.state) for i in items)))
    done = {item_id: s.done for item_id, s in states.items()}
    fractions = rules.skill_fractions({i.id: i.skills for i in manifest.items}, done)
    skills = tuple(SkillSummary(s.id, manifest.text(s.title, lang), s.profile, s.digcomp,
                                fractions.get(s.id, 0.0)) for s in manifest.skills)
    return CourseProgress(
        course_id=manifest.id, version=manifest.version, title=manifest.text(manifest.title, lang),
        language=lang, modules=tuple(modules),
        fraction=1.0 if completion else rules.fraction_done(_facts(s) for s in states.values()),
        seconds_spent=sum(s.seconds_spent for s in states.values()),
        quiz_scores={k: s.best_score for k, s in states.items() if s.best_score is not None},
        skills=skills, completion=completion, resume_item_id=resume_item(manifest, states),
    )
