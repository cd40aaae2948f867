"""Pre- and post-tests: how much each learner gained, per skill and for a cohort.

A course marks one quiz as the pre-test and another as the post-test of a module or of
the whole course (format 3, docs/package-format.md). The gain is measured in points of
the quiz score (0..1):

- the **pre** score is the learner's *first* submitted attempt at the pre-test (what they
  knew before; later attempts are practice), the **post** score their *best* submitted
  attempt at the post-test (what they could show at the end);
- **gain** = post − pre, only when both exist (a learner who skipped either has none);
- a pair counts for the skills of its two quizzes (or, if they name none, of the items of
  its module or course); a learner's gain in a skill is the mean of the gains of the
  pairs counting for it, and a job profile's (CECO, DIGY) the mean over its skills;
- a cohort's figures are means over its learners who have that gain.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..packages.manifest import Manifest
from ..storage.models import QuizAttemptRow


@dataclass(frozen=True)
class PrePostPair:
    """A pre-test and the post-test it is compared with, for a module (or "" = course)."""

    course_id: str
    scope: str
    pre_item: str
    post_item: str
    skills: tuple[str, ...]


class PairResult(NamedTuple):
    """One learner's scores in one pair (a tuple: a cohort report makes thousands)."""

    pair: PrePostPair
    pre: float | None
    post: float | None
    gain: float | None  # post - pre, when both exist


@dataclass(frozen=True)
class LearnerGain:
    learner_id: int
    pairs: tuple[PairResult, ...]
    skills: dict[str, float]  # skill id -> mean gain
    profiles: dict[str, float]  # CECO/DIGY -> mean gain over its skills

    @property
    def gain(self) -> float | None:
        gains = [p.gain for p in self.pairs if p.gain is not None]
        return fmean(gains) if gains else None


def prepost_pairs(manifest: Manifest) -> tuple[PrePostPair, ...]:
    """The pre/post pairs a course marks (items with `test` "pre"/"post", format 3),
    matched by scope: the module id they name in `test_of`, or the course."""
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    module_of: dict[str, str] = {}
    for module in manifest.modules:
        for item in module.items:
            module_of[item.id] = module.id
            role = item.test
            scope = item.test_of or ""
            if role == "pre":
                pre.setdefault(scope, item.id)
            elif role == "post":
                post.setdefault(scope, item.id)
    items = {i.id: i for i in manifest.items}
    pairs = []
    for scope in [s for s in pre if s in post]:
        pre_id, post_id = pre[scope], post[scope]
        skills = tuple(dict.fromkeys(items[pre_id].skills + items[post_id].skills))
        if not skills:
            pool = [i for m in manifest.modules if not scope or m.id == scope for i in m.items]
            skills = tuple(dict.fromkeys(s for i in pool for s in i.skills))
        pairs.append(PrePostPair(manifest.id, scope, pre_id, post_id, skills))
    return tuple(pairs)


def read_scores(session: Session, learner_ids: Sequence[int],
                pairs: Sequence[PrePostPair]) -> dict[tuple[int, str, str], tuple[float, float]]:
    """{(learner, course, item): (first submitted score, best submitted score)} for the
    pre- and post-test items of `pairs`, computed afresh from every attempt (one query,
    attempts in order). The cohort report reads the same two scores from the summary
    the tracker keeps (learner_course_stats.quiz_first/quiz_best, course_stats.py);
    this is the computation they are checked against."""
    items = {(p.course_id, i) for p in pairs for i in (p.pre_item, p.post_item)}
    if not items or not learner_ids:
        return {}
    courses = sorted({c for c, _ in items})
    scores: dict[tuple[int, str, str], tuple[float, float]] = {}
    wanted = set(learner_ids)
    for lid, cid, iid, score in session.execute(
            select(QuizAttemptRow.learner_id, QuizAttemptRow.course_id, QuizAttemptRow.item_id,
                   QuizAttemptRow.score)
            .where(QuizAttemptRow.course_id.in_(courses),
                   QuizAttemptRow.item_id.in_(sorted({i for _, i in items})),
                   QuizAttemptRow.submitted_at.is_not(None),
                   QuizAttemptRow.score.is_not(None))
            .order_by(QuizAttemptRow.attempt_no)).tuples():
        if lid not in wanted or (cid, iid) not in items:
            continue
        key = (lid, cid, iid)
        first_best = scores.get(key)
        scores[key] = (score, score) if first_best is None else (
            first_best[0], max(first_best[1], score))
    return scores


# {(course, quiz item): {learner: score}}: the first or the best submitted score of each
# learner in each test (one mapping per test, so a cohort's gains look each test up once)
TestScores = Mapping[tuple[str, str], Mapping[int, float]]


def learner_gains(learner_ids: Iterable[int], pairs: Sequence[PrePostPair],
                  firsts: TestScores, bests: TestScores,
                  profiles: Mapping[str, str]) -> dict[int, LearnerGain]:
    """Each learner's gains from the scores of their first attempt at the pre-tests and
    their best at the post-tests (`split_scores` of `read_scores`, or the summary rows the
    cohort report reads); `profiles` maps skill id to its job profile.

    Run for every learner of a cohort at each showing of its dashboard (4,000 pairs at
    400 learners x 10 courses), so each pair's two tests are looked up once for all."""
    none: dict[int, float] = {}
    tests = [(pair, firsts.get((pair.course_id, pair.pre_item), none).get,
              bests.get((pair.course_id, pair.post_item), none).get) for pair in pairs]
    gains = {}
    for learner_id in learner_ids:
        results = []
        append = results.append
        by_skill: dict[str, list[float]] = {}
        for pair, first_of, best_of in tests:
            first, best = first_of(learner_id), best_of(learner_id)
            if first is None or best is None:
                append(PairResult(pair, first, best, None))
                continue
            gain = best - first
            append(PairResult(pair, first, best, gain))
            for skill in pair.skills:
                values = by_skill.get(skill)
                if values is None:
                    by_skill[skill] = [gain]
                else:
                    values.append(gain)
        skills = {s: sum(g) / len(g) for s, g in by_skill.items()}
        by_profile: dict[str, list[float]] = {}
        for skill, gain in skills.items():
            by_profile.setdefault(profiles.get(skill, ""), []).append(gain)
        gains[learner_id] = LearnerGain(learner_id, tuple(results), skills,
                                        {p: fmean(g) for p, g in by_profile.items() if p})
    return gains


def learner_gain(learner_id: int, pairs: Sequence[PrePostPair], firsts: TestScores,
                 bests: TestScores, profiles: Mapping[str, str]) -> LearnerGain:
    """One learner's gains (`learner_gains`)."""
    return learner_gains((learner_id,), pairs, firsts, bests, profiles)[learner_id]


def split_scores(scores: Mapping[tuple[int, str, str], tuple[float, float]]
                 ) -> tuple[dict[tuple[str, str], dict[int, float]],
                            dict[tuple[str, str], dict[int, float]]]:
    """`read_scores`' {(learner, course, item): (first, best)} as the two `TestScores`
    `learner_gains` takes."""
    firsts: dict[tuple[str, str], dict[int, float]] = {}
    bests: dict[tuple[str, str], dict[int, float]] = {}
    for (lid, cid, item_id), (first, best) in scores.items():
        firsts.setdefault((cid, item_id), {})[lid] = first
        bests.setdefault((cid, item_id), {})[lid] = best
    return firsts, bests


def fmean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def mean_of(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def cohort_gains(gains: Sequence[LearnerGain]) -> tuple[float | None, dict[str, float],
                                                       dict[str, float]]:
    """(mean gain, mean per skill, mean per profile) over the learners who have them."""
    skills: dict[str, list[float]] = {}
    profiles: dict[str, list[float]] = {}
    for gain in gains:
        for skill, value in gain.skills.items():
            skills.setdefault(skill, []).append(value)
        for profile, value in gain.profiles.items():
            profiles.setdefault(profile, []).append(value)
    return (mean_of(g.gain for g in gains), {s: fmean(v) for s, v in skills.items()},
            {p: fmean(v) for p, v in profiles.items()})
