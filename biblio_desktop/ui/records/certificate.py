"""The printable certificate: a signed completion record drawn on one A4 page.

The record (an Open Badges 3.0 credential, see records/credential.py) is taken as the exact
JSON bytes that were exported, never through the records API, so a certificate can be
drawn for any record file, including one from another installation or a damaged one:
`read_certificate` is the only place that knows the record's shape, and a missing field
just leaves its line out. The QR code holds the record id and the SHA-256 of those bytes,
so a printout can be matched to its file. One painting routine serves the PDF (QPdfWriter,
300 dpi) and the PNG preview (QImage), so both look the same. Labels come from the
language's .qm file; Latvian is also built in, because the command line draws
certificates where .qm files may be missing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import segno
from PySide6 import QtCore, QtGui
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from ...atomic_files import AtomicFile
from ...disk_faults import fault_from, probe
from ...errors import BiblioError
from ...records.credential import skill_profiles

VERIFY_COMMAND = "biblio-desktop verify record.json"
PROFILES = {"CECO": QT_TRANSLATE_NOOP("certificate",
                                      "Community Engagement and Communication Officer"),
            "DIGY": QT_TRANSLATE_NOOP("certificate", "Digital Transformation Facilitator")}
PROGRAMME_FACTS = QT_TRANSLATE_NOOP(
    "certificate", "The BIBLIO programme — run by ten organisations from Belgium, Bulgaria, "
    "Greece, Italy and Latvia — builds 38 digital and transversal skills for librarians.")
SCOPE = QT_TRANSLATE_NOOP(
    "certificate", "The digital signature proves that this record is unaltered and was issued "
    "by this BIBLIO Desktop installation. It does not prove who sat at the keyboard.")
QR_HINT = QT_TRANSLATE_NOOP(
    "certificate", "The QR code holds the record id and the SHA-256 checksum of the record "
    "file.")
LATVIAN = {  # as in resources/translations/biblio_lv.ts, for when the .qm is missing
    "Certificate of completion": "Apliecība par kursa pabeigšanu",
    "has completed the course": "ir pabeidzis(-usi) kursu",
    "Version {v}": "Versija {v}",
    "Completed on {date}": "Pabeigts {date}",
    "Skills achieved": "Apgūtās prasmes",
    "Quiz scores": "Testu rezultāti",
    "Course score: {p}": "Kursa rezultāts: {p}",
    "Time spent learning: {t}": "Mācībām veltītais laiks: {t}",
    "… and {n} more": "… un vēl {n}",
    "Issued by: {name}": "Izsniedza: {name}",
    "Key fingerprint: {fp}": "Atslēgas nospiedums: {fp}",
    "Record: {id}": "Ieraksts: {id}",
    "Issued on {date}": "Izsniegts {date}",
    "Check this record with: {command}": "Pārbaudiet šo ierakstu ar komandu: {command}",
    "The record is attached to this PDF as record.json.":
        "Ieraksts ir pievienots šim PDF kā record.json.",
    QR_HINT: "QR kods satur ieraksta ID un ieraksta faila SHA-256 kontrolsummu.",
    PROFILES["CECO"]: "Sabiedrības iesaistes un komunikācijas speciālists",
    PROFILES["DIGY"]: "Digitālās transformācijas veicinātājs",
    PROGRAMME_FACTS: "Programma BIBLIO, ko īsteno desmit organizācijas no Beļģijas, "
                     "Bulgārijas, Grieķijas, Itālijas un Latvijas, palīdz bibliotekāriem apgūt "
                     "38 digitālās un transversālās prasmes.",
    SCOPE: "Digitālais paraksts apliecina, ka šis ieraksts nav mainīts un to ir izsniegusi šī "
           "BIBLIO Desktop instalācija. Tas neapliecina, kas sēdēja pie tastatūras.",
}
INK, ACCENT, MUTED = QColor("#1a1a1a"), QColor("#1f4e79"), QColor("#5a5a5a")
X, W, COL, GAP = 20.0, 170.0, 82.0, 6.0  # content left edge, width, column width, gutter (mm)
_app: QtGui.QGuiApplication | None = None  # made here only when the CLI draws a certificate


@dataclass(frozen=True)
class CertificateFacts:
    """What the page states; None or empty means "leave the line out"."""

    record_id: str | None = None
    learner: str | None = None
    course: str | None = None
    version: str | None = None
    completed: date | None = None
    issued: date | None = None
    issuer_name: str | None = None
    issuer_did: str | None = None
    skills: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (profile, skill titles)
    quizzes: tuple[tuple[str, int], ...] = ()  # (quiz title, percent)
    course_score: int | None = None
    minutes: int | None = None


def _str(value: Any) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _int(value: Any) -> int | None:
    return int(value) if isinstance(value, str | int) and str(value).strip().isdigit() else None


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _date(value: Any) -> date | None:
    """The local calendar date of an ISO timestamp ("...Z" is UTC)."""
    try:
        when = datetime.fromisoformat(_str(value) or "")
    except ValueError:
        return None
    return when.astimezone().date() if when.tzinfo else when.date()


def _job_profile(item: dict[str, Any], profiles: dict[str, str]) -> str | None:
    """The BIBLIO job profile of a skill result: the framework of its alignment, named on
    the achievement (records since the proof set), or the `biblio:profile` of
    first-release records."""
    for alignment in _list(item.get("alignment")):
        if isinstance(alignment, dict) and alignment.get("targetFramework") in profiles:
            return profiles[alignment["targetFramework"]]
    return _str(item.get("biblio:profile")) or _str(item.get("profile"))


def read_certificate(document: Any) -> CertificateFacts:
    """The certificate's facts from a parsed record; the one place that knows its shape."""
    doc = _dict(document)
    issuer = doc.get("issuer")
    issuer = _dict(issuer) if not isinstance(issuer, str) else {"id": issuer}
    subject = doc.get("credentialSubject")
    subject = _dict(subject[0] if isinstance(subject, list) and subject else subject)
    achievement = _dict(subject.get("achievement"))
    names = [e.get("identityHash") for e in _list(subject.get("identifier"))
             if isinstance(e, dict) and e.get("identityType") == "name"]
    descriptions = {d["id"]: d for d in _list(achievement.get("resultDescription"))
                    if isinstance(d, dict) and isinstance(d.get("id"), str)}
    profiles = skill_profiles(achievement)
    skills: dict[str, list[str]] = {}
    quizzes: list[tuple[str, int]] = []
    score = minutes = None
    completed = _date(subject.get("activityEndDate"))
    for result in filter(lambda r: isinstance(r, dict), _list(subject.get("result"))):
        ref = _str(result.get("resultDescription")) or ""
        item = {**_dict(descriptions.get(ref)), **result}
        key, kind = ref.rpartition("#")[2], item.get("resultType")
        name, value = _str(item.get("name")), _int(item.get("value"))
        profile = _job_profile(item, profiles)
        if profile and name:
            skills.setdefault(profile, []).append(name.removeprefix(f"{profile}: "))
        elif key == "score":
            score = value
        elif kind == "ext:MinutesSpent" or key == "minutes":
            minutes = value
        elif key == "completion" or (kind == "Status" and item.get("status") == "Completed"):
            completed = _date(item.get("value")) or completed
        elif kind == "Percent" and name and value is not None:
            quizzes.append((name, value))
    return CertificateFacts(
        record_id=_str(doc.get("id")), learner=_str(names[0] if names else subject.get("name")),
        course=_str(achievement.get("name")), version=_str(achievement.get("version")),
        completed=completed, issued=_date(doc.get("validFrom")),
        issuer_name=_str(issuer.get("name")), issuer_did=_str(issuer.get("id")),
        skills=tuple((p, tuple(t)) for p, t in skills.items()), quizzes=tuple(quizzes),
        course_score=score, minutes=minutes)


def qr_payload(record_json: bytes, record_id: str | None) -> str:
    """What the QR code holds: `urn:uuid:...;sha256=<hex of the exact record bytes>`."""
    digest = hashlib.sha256(record_json).hexdigest()
    return f"{record_id};sha256={digest}" if record_id else f"sha256={digest}"


def key_fingerprint(did: str | None) -> str | None:
    """The fingerprint `biblio-desktop verify` prints: SHA-256 of the raw Ed25519 key of a
    `did:key`, first 16 bytes in groups of 4 hex digits (as records/keys.py computes it)."""
    alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    text = (did or "").removeprefix("did:key:").partition("#")[0]
    if len(text) < 2 or text[0] != "z" or any(c not in alphabet for c in text[1:]):
        return None
    number = 0
    for char in text[1:]:
        number = number * 58 + alphabet.index(char)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    if not raw.startswith(b"\xed\x01") or len(raw) != 34:
        return None
    digest = hashlib.sha256(raw[2:]).hexdigest()[:32]
    return " ".join(digest[i:i + 4] for i in range(0, 32, 4))


class _Labels(dict[str, str]):
    """The labels in one language, whatever the UI's language is (a certificate is in the
    course's language)."""

    def __init__(self, language: str) -> None:
        from ..base.i18n import translations_dir

        self.language = re.split(r"[_-]", language or "en")[0].lower() or "en"
        self.locale = QLocale("en_GB" if self.language == "en" else self.language)
        self.qm = QtCore.QTranslator()
        if self.language != "en":
            self.qm.load(str(translations_dir() / f"biblio_{self.language}.qm"))
        translate = self.translate  # literal calls, so that pyside6-lupdate extracts them
        super().__init__(
            heading=translate("certificate", "Certificate of completion"),
            completed_course=translate("certificate", "has completed the course"),
            version=translate("certificate", "Version {v}"),
            completed_on=translate("certificate", "Completed on {date}"),
            skills=translate("certificate", "Skills achieved"),
            quizzes=translate("certificate", "Quiz scores"),
            course_score=translate("certificate", "Course score: {p}"),
            time_spent=translate("certificate", "Time spent learning: {t}"),
            more=translate("certificate", "… and {n} more"),
            issuer=translate("certificate", "Issued by: {name}"),
            fingerprint=translate("certificate", "Key fingerprint: {fp}"),
            record=translate("certificate", "Record: {id}"),
            issued_on=translate("certificate", "Issued on {date}"),
            check=translate("certificate", "Check this record with: {command}"),
            attached=translate("certificate", "The record is attached to this PDF as record.json."),
            qr=translate("certificate", QR_HINT), facts=translate("certificate", PROGRAMME_FACTS),
            scope=translate("certificate", SCOPE),
            **{code: translate("certificate", name) for code, name in PROFILES.items()})

    def translate(self, context: str, text: str) -> str:
        if self.language == "en":
            return text
        found = self.qm.translate(context, text)
        return found or (LATVIAN.get(text, text) if self.language == "lv" else text)

    def date(self, value: date) -> str:
        """The long date without the weekday: "2 March 2026", "2026. gada 2. marts"."""
        fmt = self.locale.dateFormat(QLocale.FormatType.LongFormat)
        fmt = re.sub(r"d{4}[,\s]*", "", fmt).strip(" ,") or "yyyy-MM-dd"
        return self.locale.toString(QtCore.QDate(value.year, value.month, value.day), fmt)

    def percent(self, value: int) -> str:
        return self.locale.toString(value) + ("%" if self.language == "en" else " %")

    def duration(self, minutes: int) -> str:
        hours, minutes = divmod(max(0, minutes), 60)
        return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


class _Canvas:
    """Text and shapes placed in millimetres on a page of any resolution. Text is measured
    with QFontMetricsF, so laying out (and re-laying out smaller) paints nothing."""

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.p, self.dpi = painter, dpi
        families = QtGui.QFontDatabase.families()
        self.family = "DejaVu Sans" if "DejaVu Sans" in families else QFont().family()
        self.fonts: dict[tuple[int, bool, bool], QFont] = {}
        self.state: tuple[object, object] = (None, None)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def font(self, pt: float, bold: bool = False, italic: bool = False) -> QFont:
        key = (max(1, round(pt * self.dpi / 72)), bold, italic)
        if key not in self.fonts:
            font = QFont(self.family)
            font.setPixelSize(key[0])
            font.setBold(bold)
            font.setItalic(italic)
            font.setFeature(QFont.Tag("liga"), 0)  # "fi" stays two letters when copied
            self.fonts[key] = font
        return self.fonts[key]

    def text(self, x: float, y: float, w: float, text: str, pt: float, *, bold: bool = False,
             italic: bool = False, color: QColor = INK, center: bool = False,
             draw: bool = True) -> float:
        """Draw wrapped text with its top-left at (x, y) mm; returns its height in mm."""
        font = self.font(pt, bold, italic)
        flags = int(Qt.TextFlag.TextWordWrap) | int(
            Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft)
        rect = QRectF(self.mm(x), self.mm(y), self.mm(w), self.mm(400))
        bound = QFontMetricsF(font, self.p.device()).boundingRect(rect, flags, text)
        if draw:
            if self.state != (font, color):
                self.p.setFont(font)
                self.p.setPen(color)
                self.state = (font, color)
            self.p.drawText(rect, flags, text)
        return bound.height() * 25.4 / self.dpi

    def fitting(self, text: str, pt: float, minimum: float) -> float:
        """The largest bold size up to `pt` at which `text` fits on one line of the page."""
        while pt > minimum and QFontMetricsF(self.font(pt, True), self.p.device()
                                             ).horizontalAdvance(text) > self.mm(W):
            pt -= 1
        return pt

    def lines(self, frames: tuple[tuple[float, float], ...], rule_y: float) -> None:
        """The page's frames (inset, width) and the rule under the heading."""
        self.state = (None, None)
        for inset, width in frames:
            self.p.setPen(QtGui.QPen(ACCENT, self.mm(width)))
            self.p.drawRect(QRectF(self.mm(inset), self.mm(inset), self.mm(210 - 2 * inset),
                                   self.mm(297 - 2 * inset)))
        self.p.drawLine(QPointF(self.mm(X + 35), self.mm(rule_y)),
                        QPointF(self.mm(X + W - 35), self.mm(rule_y)))

    def qr(self, x: float, y: float, size: float, payload: str) -> None:
        """The QR code as one vector shape: no seams between modules, sharp at any zoom."""
        matrix = segno.make(payload, error="m", micro=False).matrix
        n = len(matrix)
        pixels = bytes(0 if dark else 255 for row in matrix for dark in row)
        image = QImage(pixels, n, n, n, QImage.Format.Format_Grayscale8)
        modules = QtGui.QPainterPath()
        modules.addRegion(QtGui.QRegion(QtGui.QBitmap.fromImage(
            image.convertToFormat(QImage.Format.Format_Mono))))
        scale = self.mm(size) / n
        self.p.fillPath(QtGui.QTransform(scale, 0, 0, scale, self.mm(x), self.mm(y))
                        .map(modules), QColor("black"))


def _header(c: _Canvas, f: CertificateFacts, t: _Labels, y: float, draw: bool) -> float:
    """Heading, learner, course, version and date, centred; returns the bottom y in mm."""
    y += c.text(X, y, W, "BIBLIO Desktop", 10, bold=True, color=MUTED, center=True,
                draw=draw) + 4
    y += c.text(X, y, W, t["heading"], c.fitting(t["heading"], 26, 20), bold=True,
                color=ACCENT, center=True, draw=draw) + 10
    if f.learner:
        y += c.text(X, y, W, f.learner, c.fitting(f.learner, 30, 18), bold=True, center=True,
                    draw=draw) + 3
    y += c.text(X, y, W, t["completed_course"], 12, color=MUTED, center=True, draw=draw) + 3
    if f.course:  # a long title (over two lines) gets a smaller size
        pt = 18 if c.text(X, y, W, f.course, 18, bold=True, draw=False) < 20 else 14
        y += c.text(X, y, W, f.course, pt, bold=True, color=ACCENT, center=True,
                    draw=draw) + 1.5
    lines = [t["version"].format(v=f.version) if f.version else "",
             t["completed_on"].format(date=t.date(f.completed)) if f.completed else ""]
    return y + c.text(X, y, W, "\n".join(s for s in lines if s), 11, center=True, draw=draw)


def _items(c: _Canvas, t: _Labels, x: float, y: float, w: float, limit: float, pt: float,
           entries: list[tuple[str, str]], draw: bool) -> float:
    """Bulleted titles, or titles with a value on the right; what would cross `limit` is
    counted in "… and N more" instead. Returns the bottom y in mm."""
    for n, (title, value) in enumerate(entries):
        tw = w - 4 - (18 if value else 0)
        h = c.text(x + 4, y, tw, title, pt, draw=False)
        if y + h + (c.text(0, 0, w, "…", pt, draw=False) if n + 1 < len(entries) else 0) > limit:
            more = t["more"].format(n=len(entries) - n)
            return y + c.text(x + 4, y, w - 4, more, pt, color=MUTED, draw=draw) + 0.8
        c.text(x + 4, y, tw, title, pt, draw=draw)
        if value:
            c.text(x + w - 16, y, 16, value, pt, bold=True, draw=draw)
        else:
            c.text(x, y, 4, "•", pt, color=ACCENT, draw=draw)
        y += h + 0.8
    return y


def _skills(c: _Canvas, f: CertificateFacts, t: _Labels, y: float, limit: float,
            scale: float, draw: bool) -> float:
    """Skills achieved, grouped by profile in two columns; returns the bottom y in mm."""
    y += c.text(X, y, W, t["skills"], 12 * scale, bold=True, color=ACCENT, draw=draw) + 1.5
    bottoms = [y, y]
    for index, (profile, titles) in enumerate(f.skills):
        col = bottoms.index(min(bottoms)) if len(f.skills) > 2 else index % 2
        x = X + col * (COL + GAP)
        head = f"{profile} — {t[profile]}" if profile in PROFILES else profile
        top = bottoms[col] + c.text(x, bottoms[col], COL, head, 10 * scale, bold=True,
                                    draw=draw) + 1
        bottoms[col] = _items(c, t, x, top, COL, limit, 9.5 * scale,
                              [(s, "") for s in titles], draw) + 2.5
    return max(bottoms) + 1


def _scores(c: _Canvas, f: CertificateFacts, t: _Labels, y: float, limit: float,
            scale: float, draw: bool) -> float:
    """Quiz scores on the left; course score and time spent beside the first quiz."""
    summary = []
    if f.course_score is not None:
        summary.append(t["course_score"].format(p=t.percent(f.course_score)))
    if f.minutes is not None:
        summary.append(t["time_spent"].format(t=t.duration(f.minutes)))
    left = right = y
    if f.quizzes:
        left = right = y + c.text(X, y, COL, t["quizzes"], 12 * scale, bold=True,
                                  color=ACCENT, draw=draw) + 1.5
        left = _items(c, t, X - 4, left, COL + 4, limit, 9.5 * scale,
                      [(q, t.percent(p)) for q, p in f.quizzes], draw)
    for line in summary:
        right += c.text(X + COL + GAP, right, COL, line, 10 * scale, draw=draw) + 1
    return max(left, right)


def _body(c: _Canvas, f: CertificateFacts, t: _Labels, y: float, limit: float, scale: float,
          draw: bool) -> float:
    """Skills, then scores, above `limit`: scores keep their room unless they would take
    more than half of it. Returns the bottom y in mm."""
    scores_h = _scores(c, f, t, 0, 1e9, scale, draw=False)
    if f.skills:
        y = _skills(c, f, t, y, max(limit - scores_h - 2, (y + limit) / 2), scale, draw)
    return _scores(c, f, t, y, limit, scale, draw)


def _footer(c: _Canvas, f: CertificateFacts, t: _Labels, payload: str, attached: bool,
            programme_facts: bool) -> float:
    """QR code, issuer, record id, how to verify, scope; drawn up from the bottom edge.
    Returns the top y in mm."""
    scope_h = c.text(X, 0, W, t["scope"], 7.5, draw=False)
    c.text(X, 281 - scope_h, W, t["scope"], 7.5, italic=True, color=MUTED)
    qr_size = 36.0
    top = 281 - scope_h - 3 - qr_size
    c.qr(X, top, qr_size, payload)
    x, w = X + qr_size + 5, W - qr_size - 5
    fingerprint = key_fingerprint(f.issuer_did)
    info = [t["issuer"].format(name=f.issuer_name) if f.issuer_name else "",
            t["fingerprint"].format(fp=fingerprint) if fingerprint else "",
            t["issued_on"].format(date=t.date(f.issued)) if f.issued else "",
            t["record"].format(id=f.record_id) if f.record_id else ""]
    y = top + 2.5
    if any(info):
        y += c.text(x, y, w, "\n".join(s for s in info if s), 8.5) + 2.5
    hint = t["qr"] + (" " + t["attached"] if attached else "")
    y += c.text(x, y, w, hint, 8, color=MUTED) + 1
    c.text(x, y, w, t["check"].format(command=VERIFY_COMMAND), 8.5, bold=True)
    if programme_facts:
        top -= c.text(X, 0, W, t["facts"], 8.5, draw=False) + 4
        c.text(X, top + 1, W, t["facts"], 8.5, italic=True, color=ACCENT, center=True)
    return top - 3


def _paint(painter: QPainter, dpi: float, record_json: bytes, language: str,
           programme_facts: bool, attached: bool) -> None:
    """Draw the certificate on an A4 page whose top-left is the painter's origin."""
    try:
        f = read_certificate(json.loads(record_json))
    except (ValueError, UnicodeDecodeError, RecursionError):
        f = CertificateFacts()
    t, c = _Labels(language), _Canvas(painter, dpi)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(QRectF(0, 0, c.mm(210), c.mm(297)), QColor("white"))
    limit = _footer(c, f, t, qr_payload(record_json, f.record_id), attached, programme_facts)
    # Spare height (short records) goes above the heading and around the rule.
    header_h = _header(c, f, t, 0, draw=False)
    spare = limit - 24 - header_h - 12 - (_body(c, f, t, 0, 1e9, 1.0, draw=False))
    top = 24 + min(max(spare, 0) * 0.3, 22)
    rule = _header(c, f, t, top, draw=True) + 5 + min(max(spare, 0) * 0.15, 8)
    c.lines(((10, 0.8), (12, 0.25)), rule)
    y = rule + 6 + min(max(spare, 0) * 0.15, 8)
    scale = 1.0
    while scale > 0.76 and _body(c, f, t, y, 1e9, scale, draw=False) > limit:
        scale -= 0.04
    _body(c, f, t, y, limit, scale, draw=True)


def _ensure_gui() -> None:
    """Fonts and painting need a QGuiApplication; the CLI has none, so make a windowless one."""
    global _app
    if QtGui.QGuiApplication.instance() is None:
        if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                     or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QtGui.QGuiApplication(["biblio-desktop"])


def _complete(path: Path) -> bool:
    """The file was written to its end: a PDF ends with %%EOF, a PNG with its IEND chunk
    (Qt does not report a write that failed halfway, e.g. on a full stick)."""
    size = path.stat().st_size
    if size == 0:
        return False
    with path.open("rb") as fh:
        fh.seek(max(0, size - 1024))
        tail = fh.read()
    return b"%%EOF" in tail or b"IEND" in tail


def _atomic(out: Path, write: Callable[[str], None]) -> Path:
    """Let `write` fill a new file next to `out`, then rename it over `out`: a reader sees
    the old file or the whole new one, never a half-drawn page (atomic_files.py)."""
    out = Path(out)
    tmp: AtomicFile | None = None
    try:
        tmp = AtomicFile(out)
        write(str(tmp.path))
        if not _complete(tmp.path):  # Qt does not report a write that failed halfway
            fault = probe(out.parent, f"the certificate {out.name}", need=1,
                          data_folder=False)
            if fault is not None:
                raise fault
            raise BiblioError(f"The certificate {out} could not be drawn.", "try again")
        tmp.commit()
    except OSError as exc:
        fault = fault_from(exc, out.parent, f"the certificate {out.name}", data_folder=False)
        if fault is not None:  # a full, write-protected or pulled-out stick, named
            raise fault from exc
        raise BiblioError(f"Cannot write the certificate to {out}: {exc.strerror}.",
                          "choose another place") from exc
    finally:
        if tmp is not None and not tmp.committed:
            tmp.discard()
    return out


def write_certificate_pdf(record_json: bytes, out: Path, language: str, *,
                          facts: bool = True) -> Path:
    """Write the A4 certificate of a record as a PDF (atomically) and return its path.

    The record's bytes are attached to the PDF as record.json (Qt 6.8+), so the file
    carries what it certifies. `facts` adds one line about the BIBLIO programme.
    """
    _ensure_gui()

    def write(tmp: str) -> None:
        writer = QtGui.QPdfWriter(tmp)
        writer.setResolution(300)
        writer.setPageLayout(QtGui.QPageLayout(
            QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4),
            QtGui.QPageLayout.Orientation.Portrait, QtCore.QMarginsF()))
        writer.setCreator("BIBLIO Desktop")
        writer.setTitle(_Labels(language)["heading"])
        attach = hasattr(writer, "addFileAttachment")
        if attach:
            writer.addFileAttachment("record.json", record_json, "application/json")
        painter = QPainter()
        if not painter.begin(writer):
            raise BiblioError(f"Cannot write the certificate to {out}.", "choose another place")
        try:
            _paint(painter, writer.resolution(), record_json, language, facts, attach)
        finally:
            painter.end()
        del writer  # closes the file before it is renamed (Windows)

    return _atomic(out, write)


def certificate_image(record_json: bytes, language: str, dpi: int = 150, *,
                      facts: bool = True) -> QImage:
    """The certificate page as an image (previews, screenshots); the PDF's drawing."""
    _ensure_gui()
    image = QImage(round(210 * dpi / 25.4), round(297 * dpi / 25.4), QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    painter = QPainter(image)
    try:
        _paint(painter, dpi, record_json, language, facts, attached=False)
    finally:
        painter.end()
    return image


def render_certificate_png(record_json: bytes, out_png: Path, language: str, *,
                           dpi: int = 150, facts: bool = True) -> Path:
    """Write the certificate page as a PNG (atomically) and return its path."""
    image = certificate_image(record_json, language, dpi, facts=facts)

    def write(tmp: str) -> None:
        if not image.save(tmp, "PNG"):
            raise BiblioError(f"Cannot write the image {out_png}.", "choose another place")

    return _atomic(Path(out_png), write)
