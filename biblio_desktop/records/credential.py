"""The completion record: a W3C Verifiable Credential 2.0 shaped as an Open Badges 3.0
`OpenBadgeCredential` (DESIGN.md, "Completion record"; format in docs/records.md).

Only JSON that RFC 8785 carries without surprises goes in: strings for ids, times and
scores (OB 3.0 `Result.value` is a string anyway: percent "0".."100"), small integers
for the counter and minutes, no floats. BIBLIO-specific facts that OB 3.0 has no
property for use terms prefixed `biblio:`; the VC 2.0 context maps undefined terms to
issuer-dependent IRIs, so JSON-LD processors keep them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_V3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
CONTEXTS = (VC_V2_CONTEXT, OB_V3_CONTEXT)
CREDENTIAL_TYPES = ("VerifiableCredential", "OpenBadgeCredential")


@dataclass(frozen=True)
class QuizScore:
    item_id: str
    title: str
    percent: int  # 0..100, the learner's best attempt


@dataclass(frozen=True)
class SkillAchieved:
    skill_id: str
    title: str
    profile: str  # job profile: CECO, DIGY, ...
    digcomp: str | None


@dataclass(frozen=True)
class RecordFacts:
    """Everything a completion record states, gathered by `issue_record`."""

    record_id: str  # urn:uuid:...
    counter: int
    issuer_did: str
    issuer_name: str
    valid_from: str  # 2026-03-02T09:40:00Z
    learner_id: int
    learner_name: str
    course_id: str
    course_version: str
    package_sha256: str
    course_title: str
    course_description: str
    certificate_title: str
    publisher: str
    criteria: str
    language: str
    completed_at: str
    minutes_spent: int
    course_score_percent: int | None
    quizzes: tuple[QuizScore, ...]
    skills: tuple[SkillAchieved, ...]


def achievement_id(course_id: str, version: str) -> str:
    return f"urn:biblio:course:{course_id}:{version}"


def percent(score: float) -> int:
    """A 0..1 score as a whole percent 0..100 (what a record carries, never a float)."""
    return max(0, min(100, int(score * 100 + 0.5)))


def build_credential(facts: RecordFacts) -> dict[str, Any]:
    """The unsigned credential (no proof) stating `facts`."""
    ach_id = achievement_id(facts.course_id, facts.course_version)
    descriptions: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []

    def add(key: str, name: str, result_type: str, result: dict[str, Any],
            **extra: Any) -> None:
        description_id = f"{ach_id}#{key}"
        descriptions.append({"id": description_id, "type": ["ResultDescription"],
                             "name": name, "resultType": result_type, **extra})
        results.append({"type": ["Result"], "resultDescription": description_id, **result})

    add("completion", "Course completed", "Status",
        {"status": "Completed", "value": facts.completed_at})
    if facts.course_score_percent is not None:
        add("score", "Course score (percent)", "Percent",
            {"value": str(facts.course_score_percent)}, valueMin="0", valueMax="100")
    for quiz in facts.quizzes:
        add(f"quiz-{quiz.item_id}", quiz.title, "Percent", {"value": str(quiz.percent)},
            valueMin="0", valueMax="100", **{"biblio:itemId": quiz.item_id})
    for skill in facts.skills:
        extra = {"biblio:skillId": skill.skill_id, "biblio:profile": skill.profile}
        if skill.digcomp:
            extra["biblio:digcomp"] = skill.digcomp
        add(f"skill-{skill.skill_id}", f"{skill.profile}: {skill.title}", "Status",
            {"status": "Completed"}, **extra)
    add("minutes", "Minutes spent learning", "ext:MinutesSpent",
        {"value": str(facts.minutes_spent)})

    by_profile: dict[str, list[str]] = {}
    for skill in facts.skills:
        by_profile.setdefault(skill.profile, []).append(skill.skill_id)

    return {
        "@context": list(CONTEXTS),
        "id": facts.record_id,
        "type": list(CREDENTIAL_TYPES),
        "name": facts.certificate_title,
        "issuer": {"id": facts.issuer_did, "type": ["Profile"], "name": facts.issuer_name},
        "validFrom": facts.valid_from,
        "biblio:counter": facts.counter,
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {"type": "IdentityObject", "identityType": "name", "hashed": False,
                 "identityHash": facts.learner_name},
                {"type": "IdentityObject", "identityType": "identifier", "hashed": False,
                 "identityHash": str(facts.learner_id)},
            ],
            "activityEndDate": facts.completed_at,
            "achievement": {
                "id": ach_id,
                "type": ["Achievement"],
                "achievementType": "Course",
                "name": facts.course_title,
                "description": facts.course_description or facts.course_title,
                "criteria": {"narrative": facts.criteria},
                "version": facts.course_version,
                "inLanguage": facts.language,
                "resultDescription": descriptions,
                "biblio:courseId": facts.course_id,
                "biblio:packageSha256": facts.package_sha256,
                "biblio:publisher": facts.publisher,
            },
            "result": results,
            "biblio:skillsByProfile": by_profile,
        },
    }


def _identity(subject: dict[str, Any], kind: str) -> str | None:
    for entry in subject.get("identifier") or ():
        if isinstance(entry, dict) and entry.get("identityType") == kind:
            value = entry.get("identityHash")
            return value if isinstance(value, str) else None
    return None


def describe_subject(document: dict[str, Any]) -> tuple[str | None, str | None]:
    """(learner, course) as people read them, from any credential (best effort)."""
    subject = document.get("credentialSubject")
    if isinstance(subject, list):
        subject = subject[0] if subject else None
    if not isinstance(subject, dict):
        return None, None
    name = _identity(subject, "name")
    learner_id = _identity(subject, "identifier")
    learner = None
    if isinstance(name, str):
        learner = f"{name} (learner {learner_id})" if isinstance(learner_id, str) else name
    elif isinstance(subject.get("id"), str):
        learner = subject["id"]
    course = None
    achievement = subject.get("achievement")
    if isinstance(achievement, dict):
        course_id = achievement.get("biblio:courseId") or achievement.get("id")
        version = achievement.get("version")
        title = achievement.get("name")
        if isinstance(course_id, str):
            course = course_id + (f" {version}" if isinstance(version, str) else "")
            if isinstance(title, str):
                course = f"{title} ({course})"
    return learner, course
