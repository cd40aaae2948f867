"""The completion record: a W3C Verifiable Credential 2.0 shaped as an Open Badges 3.0
`OpenBadgeCredential` (DESIGN.md, "Completion record"; format in docs/records.md).

Everything is said with Open Badges 3.0's own vocabulary wherever it has a field, so that
any JSON-LD processor reads the whole record and an RDF signature (eddsa-rdfc-2022)
covers all of it: skills and job profiles are `alignment`s of result descriptions,
scores and minutes are `resultDescription`/`result` pairs, the course id and package hash
are `otherIdentifier`s, the publisher is the achievement's `creator`. The two facts OB
3.0 has no field for (the key's record counter, a quiz's item id) are terms of the
versioned BIBLIO context shipped with the app (contexts/biblio-credentials-v1.json).

Only JSON that RFC 8785 carries without surprises goes in: strings for ids, times and
scores (OB 3.0 `Result.value` is a string anyway: percent "0".."100"), small integers
for the counter, no floats.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from .linked_data import BIBLIO_CONTEXT, OB_V3_CONTEXT, VC_V2_CONTEXT

CONTEXTS = (VC_V2_CONTEXT, OB_V3_CONTEXT, BIBLIO_CONTEXT)
CREDENTIAL_TYPES = ("VerifiableCredential", "OpenBadgeCredential")
# Alignment frameworks (targetFramework) the record uses; readers match on these. A
# skill's framework is its job profile's name (JOB_PROFILE_NAMES, or the code).
JOB_PROFILES_FRAMEWORK = "BIBLIO job profiles"
DIGCOMP_FRAMEWORK = "DigComp 2.2"
DIGCOMP_URL = "https://publications.jrc.ec.europa.eu/repository/handle/JRC128415"
COURSE_ID_TYPE = "ext:BiblioCourseId"
PACKAGE_SHA256_TYPE = "ext:BiblioPackageSha256"
MINUTES_RESULT_TYPE = "ext:MinutesSpent"
JOB_PROFILE_NAMES = {
    "CECO": "CECO: Community Engagement and Communication Officer",
    "DIGY": "DIGY: Digital Transformation Facilitator",
}
# DigComp 2.2 (JRC128415): the 21 competences, by number
DIGCOMP_NAMES = {
    "1.1": "Browsing, searching and filtering data, information and digital content",
    "1.2": "Evaluating data, information and digital content",
    "1.3": "Managing data, information and digital content",
    "2.1": "Interacting through digital technologies",
    "2.2": "Sharing through digital technologies",
    "2.3": "Engaging in citizenship through digital technologies",
    "2.4": "Collaborating through digital technologies",
    "2.5": "Netiquette",
    "2.6": "Managing digital identity",
    "3.1": "Developing digital content",
    "3.2": "Integrating and re-elaborating digital content",
    "3.3": "Copyright and licences",
    "3.4": "Programming",
    "4.1": "Protecting devices",
    "4.2": "Protecting personal data and privacy",
    "4.3": "Protecting health and well-being",
    "4.4": "Protecting the environment",
    "5.1": "Solving technical problems",
    "5.2": "Identifying needs and technological responses",
    "5.3": "Creatively using digital technologies",
    "5.4": "Identifying digital competence gaps",
}


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


def _alignment(name: str, url: str, framework: str, code: str,
               target_type: str = "ceasn:Competency") -> dict[str, Any]:
    return {"type": ["Alignment"], "targetName": name, "targetUrl": url,
            "targetFramework": framework, "targetCode": code, "targetType": target_type}


def profile_name(profile: str) -> str:
    return JOB_PROFILE_NAMES.get(profile, profile)


def profile_alignment(profile: str) -> dict[str, Any]:
    """The Alignment naming a BIBLIO job profile (CECO, DIGY, ...): the achievement's."""
    return _alignment(profile_name(profile),
                      f"urn:biblio:job-profile:{quote(profile, safe='')}",
                      JOB_PROFILES_FRAMEWORK, profile, "ext:JobProfile")


def skill_alignments(course_id: str, skill: SkillAchieved) -> list[dict[str, Any]]:
    """The skill, in the framework of its job profile (the `targetName` of that
    profile's alignment on the achievement), and its DigComp competence when it has
    one."""
    alignments = [_alignment(skill.title, f"urn:biblio:skill:{quote(course_id, safe='')}:"
                                          f"{quote(skill.skill_id, safe='')}",
                             profile_name(skill.profile), skill.skill_id)]
    if skill.digcomp:
        name = DIGCOMP_NAMES.get(skill.digcomp)
        alignments.append(_alignment(
            f"DigComp {skill.digcomp}" + (f" {name}" if name else ""), DIGCOMP_URL,
            DIGCOMP_FRAMEWORK, skill.digcomp))
    return alignments


def skill_profiles(achievement: dict[str, Any]) -> dict[str, str]:
    """Job profile framework name -> profile code, from the achievement's alignments
    (how a reader finds the profile of a skill: its alignment's targetFramework)."""
    found = {}
    for alignment in achievement.get("alignment") or ():
        if isinstance(alignment, dict) and \
                alignment.get("targetFramework") == JOB_PROFILES_FRAMEWORK and \
                isinstance(alignment.get("targetName"), str) and \
                isinstance(alignment.get("targetCode"), str):
            found[alignment["targetName"]] = alignment["targetCode"]
    return found


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
        add(f"skill-{skill.skill_id}", f"{skill.profile}: {skill.title}", "Status",
            {"status": "Completed"}, alignment=skill_alignments(facts.course_id, skill))
    add("minutes", "Minutes spent learning", MINUTES_RESULT_TYPE,
        {"value": str(facts.minutes_spent)})

    profiles = list(dict.fromkeys(skill.profile for skill in facts.skills))
    achievement: dict[str, Any] = {
        "id": ach_id,
        "type": ["Achievement"],
        "achievementType": "Course",
        "name": facts.course_title,
        "description": facts.course_description or facts.course_title,
        "criteria": {"narrative": facts.criteria},
        "version": facts.course_version,
        "inLanguage": facts.language,
        "creator": {"id": f"urn:biblio:publisher:{quote(facts.publisher, safe='')}",
                    "type": ["Profile"], "name": facts.publisher},
        "otherIdentifier": [
            {"type": "IdentifierEntry", "identifier": facts.course_id,
             "identifierType": COURSE_ID_TYPE},
            {"type": "IdentifierEntry", "identifier": facts.package_sha256,
             "identifierType": PACKAGE_SHA256_TYPE},
        ],
        "resultDescription": descriptions,
    }
    if profiles:
        achievement["alignment"] = [profile_alignment(p) for p in profiles]
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
            "achievement": achievement,
            "result": results,
        },
    }


def other_identifier(achievement: dict[str, Any], identifier_type: str) -> str | None:
    """An `otherIdentifier` of the achievement by type (e.g. the course id)."""
    for entry in achievement.get("otherIdentifier") or ():
        if isinstance(entry, dict) and entry.get("identifierType") == identifier_type:
            value = entry.get("identifier")
            return value if isinstance(value, str) else None
    return None


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
        course_id = (other_identifier(achievement, COURSE_ID_TYPE)
                     or achievement.get("biblio:courseId") or achievement.get("id"))
        version = achievement.get("version")
        title = achievement.get("name")
        if isinstance(course_id, str):
            course = course_id + (f" {version}" if isinstance(version, str) else "")
            if isinstance(title, str):
                course = f"{title} ({course})"
    return learner, course
