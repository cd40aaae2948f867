"""Attempt plans: which questions an attempt asks, and in which order choices appear.

Split from quiz.py (parsing and scoring) because a plan is about attempts, not about the
quiz format: the same seed must give the same plan on every machine and Python version,
so this module owns its own shuffling. Pure functions, no I/O.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .quiz import Quiz

__all__ = ["AttemptPlan", "attempt_plan"]


@dataclass(frozen=True)
class AttemptPlan:
    question_ids: tuple[str, ...]
    option_orders: Mapping[str, tuple[str, ...]]  # read-only


def _rng(seed: str, purpose: str) -> random.Random:
    digest = hashlib.sha256(f"{seed}\x00{purpose}".encode()).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _shuffled(items: Sequence[str], rng: random.Random) -> list[str]:
    # Own Fisher-Yates on getrandbits (MT19937 output is stable across Python versions),
    # so the library's shuffle/sample internals can never change a resumed attempt.
    out = list(items)
    for i in range(len(out) - 1, 0, -1):
        bits = i.bit_length() + 1
        j = rng.getrandbits(bits)
        while j > i:
            j = rng.getrandbits(bits)
        out[i], out[j] = out[j], out[i]
    return out


def _scrambled(items: Sequence[str], rng: random.Random) -> tuple[str, ...]:
    out = _shuffled(items, rng)
    if len(out) > 1 and out == list(items):
        out = out[1:] + out[:1]  # a rotation is never the identity for 2+ distinct ids
    return tuple(out)


def attempt_plan(quiz: Quiz, seed: str) -> AttemptPlan:
    """Decide which questions an attempt asks and in which order options appear.

    Everything derives from sha256(`seed`) (e.g. "learner:item:attempt_no"), never from
    Python's salted `hash()`, so reopening an attempt after a restart, on another
    machine or Python version shows exactly the same questions in the same order. Each
    question's options use their own stream, so drawing other questions does not move
    them. Ordering steps, matching right sides and drag-the-words banks always start
    scrambled, never solved.
    """
    ids = [q.id for q in quiz.questions]
    if quiz.draw is not None and quiz.draw < len(ids):
        drawn = set(_shuffled(ids, _rng(seed, "draw"))[: quiz.draw])
        ids = [qid for qid in ids if qid in drawn]
    if quiz.shuffle_questions:
        ids = _shuffled(ids, _rng(seed, "questions"))
    orders: dict[str, tuple[str, ...]] = {}
    for qid in ids:
        q = quiz.question(qid)
        rng = _rng(seed, f"options:{qid}")
        if q.type in ("single", "multiple"):
            option_ids = [o.id for o in q.options]
            orders[qid] = tuple(_shuffled(option_ids, rng) if quiz.shuffle_options
                                else option_ids)
        elif q.type == "matching":
            orders[qid] = _scrambled([p.id for p in q.pairs], rng)
        elif q.type == "ordering":
            orders[qid] = _scrambled([s.id for s in q.steps], rng)
        elif q.type == "drag_words":  # in the author's order the bank would read as the key
            orders[qid] = _scrambled([w.id for w in q.bank], rng)
    return AttemptPlan(question_ids=tuple(ids), option_orders=MappingProxyType(orders))
