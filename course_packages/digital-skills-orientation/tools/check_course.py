#!/usr/bin/env python3
"""Check the sample course source folder against docs/package-format.md.

Usage: python3 tools/check_course.py   (exit 0 when everything is fine)
Checks: TOML parses; ids are well-formed and unique; every referenced file exists for
every language; lessons have front matter, 250-600 words, local images that exist and
item: links to existing items; slides have 6-10 slides; quizzes follow the question-type
table and are structurally identical across languages; every skill is built by a required
item; all question types, shuffle_options, max_attempts and draw are used; the video is
under 3 MB (the webinar under 1.5 MB) and subtitles and chapters are WebVTT.
"""
from __future__ import annotations

import posixpath
import re
import sys
import tomllib
from pathlib import Path

COURSE = Path(__file__).resolve().parent.parent
ID_RE = re.compile(r"^[a-z0-9-]{1,64}$")
PATH_RE = re.compile(r"^[A-Za-z0-9_./-]+$")
TYPES = {"single", "multiple", "true_false", "text", "numeric", "matching", "ordering",
         "fill_blanks", "drag_words", "mark_words", "free_text"}
GAP_RE = re.compile(r"\{\{(.*?)\}\}")
MARK_RE = re.compile(r"\*([^*\s]+)\*")
errors: list[str] = []


def err(msg):
    errors.append(msg)


def load(path: Path):
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except Exception as e:  # noqa: BLE001
        err(f"{path.relative_to(COURSE)}: TOML does not parse: {e}")
        return None


def front_matter(text: str):
    if not text.startswith("---\n"):
        return None, text
    head, _, body = text[4:].partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    return meta, body


def words(text: str) -> int:
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)         # images
    text = re.sub(r"\]\((?:item:|\.\./)[^)]*\)", "]", text)  # link targets
    return len(re.findall(r"[^\W\d_][\w'’-]*", text))


def quiz_signature(quiz):
    sig = {k: quiz.get(k) for k in ("pass_mark", "max_attempts", "shuffle_questions", "shuffle_options", "draw")}
    qs = []
    for q in quiz.get("questions", []):
        qs.append((q.get("id"), q.get("type"), q.get("answer"), q.get("tolerance"),
                   tuple(q.get("accepted", [])), q.get("points"),
                   tuple((o.get("id"), bool(o.get("correct"))) for o in q.get("options", [])),
                   tuple(p.get("id") for p in q.get("pairs", [])),
                   tuple(s.get("id") for s in q.get("steps", [])),
                   len(GAP_RE.findall(q.get("text", ""))),
                   len(MARK_RE.findall(q.get("text", ""))), len(q.get("distractors", [])),
                   q.get("max_length")))
    return sig, qs


def check_quiz(rel, quiz, used_types, features):
    if not isinstance(quiz.get("title"), str):
        err(f"{rel}: missing title")
    qs = quiz.get("questions", [])
    if not qs:
        err(f"{rel}: no questions")
    ids = [q.get("id") for q in qs]
    if len(set(ids)) != len(ids):
        err(f"{rel}: duplicate question ids")
    if quiz.get("shuffle_options"):
        features.add("shuffle_options")
    if quiz.get("max_attempts"):
        features.add("max_attempts")
    if "draw" in quiz:
        features.add("draw")
        if not (0 < quiz["draw"] < len(qs)):
            err(f"{rel}: draw must be between 1 and the bank size - 1")
    for q in qs:
        where = f"{rel}:{q.get('id')}"
        t = q.get("type")
        if t not in TYPES:
            err(f"{where}: unknown type {t}")
            continue
        used_types.add(t)
        for k in ("prompt", "explanation"):
            if not isinstance(q.get(k), str) or not q[k].strip():
                err(f"{where}: missing {k}")
        if t in ("single", "multiple"):
            opts = q.get("options", [])
            oids = [o.get("id") for o in opts]
            if len(opts) < 2 or len(set(oids)) != len(oids) or not all(isinstance(o.get("text"), str) for o in opts):
                err(f"{where}: options need unique ids and texts")
            n = sum(1 for o in opts if o.get("correct") is True)
            if t == "single" and n != 1:
                err(f"{where}: single needs exactly one correct option, has {n}")
            if t == "multiple" and n < 1:
                err(f"{where}: multiple needs at least one correct option")
            if not any("feedback" in o for o in opts):
                err(f"{where}: no per-option feedback")
        elif t == "true_false":
            if not isinstance(q.get("answer"), bool):
                err(f"{where}: true_false needs a boolean answer")
        elif t == "text":
            acc = q.get("accepted")
            if not (isinstance(acc, list) and acc and all(isinstance(a, str) for a in acc)):
                err(f"{where}: text needs a non-empty accepted list")
        elif t == "numeric":
            if not isinstance(q.get("answer"), (int, float)) or isinstance(q.get("answer"), bool):
                err(f"{where}: numeric needs a number answer")
            if "tolerance" in q and not isinstance(q["tolerance"], (int, float)):
                err(f"{where}: tolerance must be a number")
        elif t == "matching":
            pairs = q.get("pairs", [])
            if len(pairs) < 2 or any(not all(isinstance(p.get(k), str) for k in ("id", "left", "right")) for p in pairs):
                err(f"{where}: matching needs pairs with id/left/right")
            if len({p.get('id') for p in pairs}) != len(pairs):
                err(f"{where}: duplicate pair ids")
        elif t in ("fill_blanks", "drag_words"):
            gaps = GAP_RE.findall(q.get("text", ""))
            if not gaps:
                err(f"{where}: {t} needs a text with {{{{gaps}}}}")
            if t == "drag_words" and any("|" in g for g in gaps):
                err(f"{where}: a drag_words gap holds one word")
        elif t == "mark_words":
            if not MARK_RE.search(q.get("text", "")):
                err(f"{where}: mark_words needs a text with *marked* words")
        elif t == "free_text":
            if "points" in q:
                err(f"{where}: free_text has no points")
        elif t == "ordering":
            steps = q.get("steps", [])
            if len(steps) < 2 or any(not all(isinstance(s.get(k), str) for k in ("id", "text")) for s in steps):
                err(f"{where}: ordering needs steps with id/text")
            if len({s.get('id') for s in steps}) != len(steps):
                err(f"{where}: duplicate step ids")


def main():
    course = load(COURSE / "course.toml")
    if course is None:
        return report()
    langs = course["languages"]
    if course.get("default_language") not in langs:
        err("default_language not in languages")
    for key in ("title", "description"):
        for lang in langs:
            if not course.get(key, {}).get(lang):
                err(f"course {key} missing {lang}")
    for lang in langs:
        if not course["completion"]["certificate_title"].get(lang):
            err(f"certificate_title missing {lang}")
    skills = {s["id"]: s for s in course["skills"]}
    if len(skills) != len(course["skills"]):
        err("duplicate skill ids")
    if not 6 <= len(skills) <= 10:
        err(f"{len(skills)} skills, expected 6-10")
    if {s["profile"] for s in skills.values()} != {"CECO", "DIGY"}:
        err("skills must cover exactly the profiles CECO and DIGY")
    for s in skills.values():
        for lang in langs:
            if not s["title"].get(lang):
                err(f"skill {s['id']} title missing {lang}")

    all_ids, items = [], []
    for m in course["modules"]:
        all_ids.append(m["id"])
        for lang in langs:
            if not m["title"].get(lang):
                err(f"module {m['id']} title missing {lang}")
        for it in m["items"]:
            all_ids.append(it["id"])
            items.append(it)
    for i in all_ids:
        if not ID_RE.match(i):
            err(f"bad id {i!r}")
    dup = {i for i in all_ids if all_ids.count(i) > 1}
    if dup:
        err(f"duplicate ids: {sorted(dup)}")
    item_ids = {it["id"] for it in items}
    if len(course["modules"]) < 4 or len(items) < 10:
        err("need at least 4 modules and 10 items")

    built = set()
    used_types: set[str] = set()
    features: set[str] = set()
    quiz_count = 0
    kinds = set()
    for it in items:
        kinds.add(it["kind"])
        for sk in it.get("skills", []):
            if sk not in skills:
                err(f"{it['id']}: unknown skill {sk}")
            elif it.get("required", True):
                built.add(sk)
        if not it.get("skills"):
            err(f"{it['id']}: lists no skills")
        refs = [it["file"]] + [it[k] for k in ("subtitles", "chapters", "poster") if k in it]
        for ref in refs:
            if not PATH_RE.match(ref.replace("{lang}", "xx")):
                err(f"{it['id']}: bad path characters in {ref}")
            for lang in langs:
                p = COURSE / ref.replace("{lang}", lang)
                if not p.is_file():
                    err(f"{it['id']}: missing file {p.relative_to(COURSE)}")
        if it["kind"] in ("video", "webinar"):
            for lang in langs:
                if not it.get("title", {}).get(lang):
                    err(f"{it['id']}: {it['kind']} needs a title in {lang}")
            mp4 = COURSE / it["file"]
            limit = 3 if it["kind"] == "video" else 1.5
            if mp4.is_file() and mp4.stat().st_size >= limit * 1024 * 1024:
                err(f"{it['id']}: {it['kind']} is {limit} MB or more")
            for key in ("subtitles", "chapters"):
                for lang in langs if key in it else ():
                    p = COURSE / it[key].replace("{lang}", lang)
                    if p.is_file() and not p.read_text(encoding="utf-8").startswith("WEBVTT"):
                        err(f"{p.name}: not WebVTT")
            if it["kind"] == "webinar":
                slides = it.get("webinar", {}).get("slides")
                if slides is not None and slides not in item_ids:
                    err(f"{it['id']}: slides item {slides} does not exist")
        elif it["kind"] in ("lesson", "slides"):
            for lang in langs:
                rel = it["file"].replace("{lang}", lang)
                p = COURSE / rel
                if not p.is_file():
                    continue
                meta, body = front_matter(p.read_text(encoding="utf-8"))
                if not meta or not meta.get("title"):
                    err(f"{rel}: front matter without title")
                for target in re.findall(r"\]\(item:([^)\s]+)\)", body):
                    if target not in item_ids:
                        err(f"{rel}: link to unknown item {target}")
                for src in re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", body):
                    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), src))
                    if resolved.startswith("..") or not (COURSE / resolved).is_file():
                        err(f"{rel}: image {src} not found inside the package")
                    elif not resolved.startswith("media/"):
                        err(f"{rel}: image {src} is not under media/")
                if it["kind"] == "slides":
                    n = len([s for s in re.split(r"(?m)^---[ \t]*$", body) if s.strip()])
                    if not 6 <= n <= 10:
                        err(f"{rel}: {n} slides, expected 6-10")
                else:
                    w = words(body)
                    if not 250 <= w <= 600:
                        err(f"{rel}: {w} words, expected 250-600")
        elif it["kind"] == "quiz":
            quiz_count += 1
            sigs = {}
            for lang in langs:
                rel = it["file"].replace("{lang}", lang)
                p = COURSE / rel
                if not p.is_file():
                    continue
                quiz = load(p)
                if quiz is None:
                    continue
                check_quiz(rel, quiz, used_types, features)
                sigs[lang] = quiz_signature(quiz)
            if len(set(map(repr, sigs.values()))) > 1:
                err(f"{it['id']}: quiz structure differs between languages")
        elif it["kind"] == "pdf":
            for lang in langs:
                if not it.get("title", {}).get(lang):
                    err(f"{it['id']}: a PDF needs a title in {lang}")
                p = COURSE / it["file"].replace("{lang}", lang)
                if p.is_file() and not p.read_bytes().startswith(b"%PDF-"):
                    err(f"{p.name}: not a PDF")
                if p.is_file() and p.stat().st_size >= 512 * 1024:
                    err(f"{p.name}: PDF is 512 KB or more")
        else:
            err(f"{it['id']}: unknown kind {it['kind']}")
    if kinds != {"lesson", "slides", "video", "quiz", "pdf", "webinar"}:
        err(f"kinds used: {sorted(kinds)}")
    missing = set(skills) - built
    if missing:
        err(f"skills not built by any required item: {sorted(missing)}")
    if used_types != TYPES:
        err(f"question types not used: {sorted(TYPES - used_types)}")
    if features != {"shuffle_options", "max_attempts", "draw"}:
        err(f"quiz features not used: {sorted({'shuffle_options', 'max_attempts', 'draw'} - features)}")
    if quiz_count < 3:
        err("fewer than 3 quizzes")
    for p in COURSE.rglob("*"):
        rel = p.relative_to(COURSE).as_posix()
        if p.is_file() and rel.split("/")[0] in ("lessons", "quizzes", "media") and not PATH_RE.match(rel):
            err(f"bad characters in file name {rel}")
    print(f"{len(course['modules'])} modules, {len(items)} items, {len(skills)} skills, {quiz_count} quizzes")
    return report()


def report():
    for e in errors:
        print("error:", e)
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
