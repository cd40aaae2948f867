#!/usr/bin/env python3
"""Generate the course illustrations (SVG per language, plus one PNG).

Writes, relative to the course folder:
  media/img/<lang>/partners.svg   map-like diagram of the five partner countries
  media/img/<lang>/profiles.svg   the two job profiles CECO and DIGY
  media/img/<lang>/timeline.svg   BIBLIO timeline 2019-2022 (MOOC start 4 October 2021)
  media/img/<lang>/workflow.svg   six-step digitisation workflow
  media/img/<lang>/reuse.svg      one open collection, three kinds of reuse
  media/img/community.png         text-free illustration "library as community centre"
                                  (rendered from tools/community.svg with rsvg-convert)

Usage: python3 tools/make_images.py   (from anywhere; idempotent, overwrites the files)
This folder (tools/) is not packed into the .biblio package.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
COURSE = HERE.parent
IMG = COURSE / "media" / "img"

FONT = "DejaVu Sans, Verdana, Arial, sans-serif"
NAVY = "#1d3557"
GREY = "#5c6b7a"
BG = "#f6f8fb"
CECO = "#d9651b"
CECO_LIGHT = "#fde9d9"
DIGY = "#127a7a"
DIGY_LIGHT = "#d6f0ee"
ACCENT = "#e63946"

T = {
    "en": {
        "partners_title": "BIBLIO partners: 10 organisations, 5 countries",
        "countries": {"BE": "Belgium", "BG": "Bulgaria", "GR": "Greece", "IT": "Italy", "LV": "Latvia"},
        "orgs": "{n} org.",
        "hub": ["BIBLIO", "10 partners"],
        "profiles_title": "Two job profiles for tomorrow's library",
        "ceco_name": ["Community Engagement and", "Communication Officer"],
        "digy_name": ["Digital Transformation", "Facilitator"],
        "ceco_tasks": ["talks with users online", "and offline", "designs activities that", "meet community needs"],
        "digy_tasks": ["digitises and manages", "digital content", "helps colleagues learn", "to run digital libraries"],
        "shared": "Shared basis: 38 digital and transversal skills · EQF level 5",
        "timeline_title": "BIBLIO timeline",
        "events": [
            ("Nov 2019", "Project starts"),
            ("2020", "Research: survey,", "interviews, 2 profiles"),
            ("31 Mar 2021", "First online event", "187 participants"),
            ("4 Oct 2021", "MOOC opens", "aim: 400+ learners"),
            ("2022", "Specialisation courses,", "work-based learning"),
        ],
        "workflow_title": "Digitisation in six steps",
        "steps": [("1", "Select"), ("2", "Check rights"), ("3", "Scan"), ("4", "Describe"),
                  ("5", "Check quality"), ("6", "Publish and", "preserve")],
        "workflow_note": "Metadata (step 4) is what makes a scan findable.",
        "reuse_title": "One open collection, many new uses",
        "reuse_source": ["Digitised", "collection", "open licence", "+ metadata"],
        "reuse_uses": [("Text and data mining", "patterns in 100 years of news"),
                       ("AR / VR", "history on the spot, 3D objects"),
                       ("Creative and community", "hackathons, stories, lessons")],
    },
    "lv": {
        "partners_title": "BIBLIO partneri: 10 organizācijas, 5 valstis",
        "countries": {"BE": "Beļģija", "BG": "Bulgārija", "GR": "Grieķija", "IT": "Itālija", "LV": "Latvija"},
        "orgs": "{n} org.",
        "hub": ["BIBLIO", "10 partneri"],
        "profiles_title": "Divi darba profili nākotnes bibliotēkai",
        "ceco_name": ["Sabiedrības iesaistes un", "komunikācijas speciālists"],
        "digy_name": ["Digitālās transformācijas", "veicinātājs"],
        "ceco_tasks": ["sazinās ar lietotājiem", "tiešsaistē un klātienē", "rada pasākumus kopienas", "vajadzībām"],
        "digy_tasks": ["digitalizē un pārvalda", "digitālo saturu", "palīdz kolēģiem pārvaldīt", "digitālās bibliotēkas"],
        "shared": "Kopīgais pamats: 38 digitālās un caurviju prasmes · EKI 5. līmenis",
        "timeline_title": "BIBLIO laika līnija",
        "events": [
            ("2019. g. nov.", "Projekta sākums"),
            ("2020", "Izpēte: aptauja,", "intervijas, 2 profili"),
            ("31.03.2021.", "Pirmais tiešsaistes", "pasākums, 187 dalībn."),
            ("4.10.2021.", "Sākas MOOC", "mērķis: 400+ dalībn."),
            ("2022", "Specializācijas kursi,", "mācības darba vidē"),
        ],
        "workflow_title": "Digitalizācija sešos soļos",
        "steps": [("1", "Atlasīt"), ("2", "Pārbaudīt", "tiesības"), ("3", "Skenēt"), ("4", "Aprakstīt"),
                  ("5", "Pārbaudīt", "kvalitāti"), ("6", "Publicēt un", "saglabāt")],
        "workflow_note": "Metadati (4. solis) padara skenējumu atrodamu.",
        "reuse_title": "Viens atvērts krājums, daudz jaunu lietojumu",
        "reuse_source": ["Digitalizēts", "krājums", "atvērta licence", "+ metadati"],
        "reuse_uses": [("Teksta un datu ieguve", "likumsakarības 100 gadu presē"),
                       ("AR / VR", "vēsture uz vietas, 3D objekti"),
                       ("Radoši un kopienā", "hakatoni, stāsti, mācību stundas")],
    },
}

# Partner organisations per country (see the lesson "Who is behind BIBLIO").
ORGS = {"BE": 2, "BG": 2, "GR": 1, "IT": 3, "LV": 2}
# Approximate capital-city coordinates (lon, lat) for a schematic map.
COORDS = {"BE": (4.4, 50.8), "BG": (23.3, 42.7), "GR": (23.7, 38.0), "IT": (12.5, 41.9), "LV": (24.1, 56.9)}


def text(x, y, s, size=20, weight="normal", fill=NAVY, anchor="middle", extra=""):
    return (f'<text x="{x:.0f}" y="{y:.0f}" font-family="{FONT}" font-size="{size}" '
            f'font-weight="{weight}" fill="{fill}" text-anchor="{anchor}"{extra}>{escape(s)}</text>')


def svg(w, h, body, title):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'role="img" aria-label="{escape(title)}">\n<title>{escape(title)}</title>\n'
            f'<rect width="{w}" height="{h}" fill="{BG}"/>\n' + "\n".join(body) + "\n</svg>\n")


def partners(t):
    w, h = 800, 500
    lon0, lon1, lat0, lat1 = -6.0, 34.0, 62.0, 34.0
    top, bottom, left, right = 70, h - 20, 20, w - 20

    def xy(lon, lat):
        return (left + (lon - lon0) / (lon1 - lon0) * (right - left),
                top + (lat0 - lat) / (lat0 - lat1) * (bottom - top))

    body = [text(w / 2, 42, t["partners_title"], 26, "bold")]
    body.append(f'<rect x="{left}" y="{top}" width="{right-left}" height="{bottom-top}" rx="16" fill="#e3edf7"/>')
    # faint graticule to give a map feel
    for lon in range(0, 35, 10):
        x, _ = xy(lon, 0)
        body.append(f'<line x1="{x:.0f}" y1="{top}" x2="{x:.0f}" y2="{bottom}" stroke="#c9d8e8" stroke-dasharray="4 6"/>')
    for lat in range(40, 61, 10):
        _, y = xy(0, lat)
        body.append(f'<line x1="{left}" y1="{y:.0f}" x2="{right}" y2="{y:.0f}" stroke="#c9d8e8" stroke-dasharray="4 6"/>')
    hx, hy = xy(15.5, 48.5)
    for code, (lon, lat) in COORDS.items():
        x, y = xy(lon, lat)
        body.append(f'<line x1="{hx:.0f}" y1="{hy:.0f}" x2="{x:.0f}" y2="{y:.0f}" stroke="{DIGY}" stroke-width="3" stroke-dasharray="8 6"/>')
    body.append(f'<circle cx="{hx:.0f}" cy="{hy:.0f}" r="56" fill="{NAVY}"/>')
    body.append(text(hx, hy - 4, t["hub"][0], 22, "bold", "#ffffff"))
    body.append(text(hx, hy + 22, t["hub"][1], 16, "normal", "#ffffff"))
    label_side = {"BE": "left", "BG": "right", "GR": "right", "IT": "left", "LV": "right"}
    for code, (lon, lat) in COORDS.items():
        x, y = xy(lon, lat)
        n = ORGS[code]
        r = 16 + 6 * n
        body.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="{r}" fill="{CECO}" stroke="#ffffff" stroke-width="4"/>')
        body.append(text(x, y + 7, code, 18, "bold", "#ffffff"))
        if label_side[code] == "left":
            lx, anchor = x - r - 10, "end"
        else:
            lx, anchor = x + r + 10, "start"
        body.append(text(lx, y - 2, t["countries"][code], 22, "bold", NAVY, anchor))
        body.append(text(lx, y + 22, t["orgs"].format(n=n), 17, "normal", GREY, anchor))
    return svg(w, h, body, t["partners_title"])


def card(x, y, w, h, color, light, abbr, name, tasks):
    out = [f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="18" fill="{light}" stroke="{color}" stroke-width="3"/>',
           f'<rect x="{x}" y="{y}" width="{w}" height="70" rx="18" fill="{color}"/>',
           f'<rect x="{x}" y="{y+50}" width="{w}" height="20" fill="{color}"/>',
           text(x + w / 2, y + 48, abbr, 34, "bold", "#ffffff")]
    out.append(text(x + w / 2, y + 102, name[0], 19, "bold", NAVY))
    out.append(text(x + w / 2, y + 126, name[1], 19, "bold", NAVY))
    ty = y + 172
    for i in range(0, len(tasks), 2):
        out.append(f'<circle cx="{x+30}" cy="{ty-7}" r="7" fill="{color}"/>')
        out.append(text(x + 48, ty, tasks[i], 19, "normal", NAVY, "start"))
        out.append(text(x + 48, ty + 24, tasks[i + 1], 19, "normal", NAVY, "start"))
        ty += 66
    return out


def profiles(t):
    w, h = 800, 480
    body = [text(w / 2, 42, t["profiles_title"], 26, "bold")]
    body += card(30, 70, 355, 300, CECO, CECO_LIGHT, "CECO", t["ceco_name"], t["ceco_tasks"])
    body += card(415, 70, 355, 300, DIGY, DIGY_LIGHT, "DIGY", t["digy_name"], t["digy_tasks"])
    body.append(f'<rect x="30" y="395" width="740" height="60" rx="14" fill="{NAVY}"/>')
    body.append(text(w / 2, 432, t["shared"], 19, "bold", "#ffffff"))
    return svg(w, h, body, t["profiles_title"])


def timeline(t):
    w, h = 800, 420
    body = [text(w / 2, 42, t["timeline_title"], 26, "bold")]
    x0, x1, ly = 60, 740, 210
    # year scale: Jan 2019 .. Dec 2022 (48 months)
    def mx(year, month):
        return x0 + ((year - 2019) * 12 + (month - 1)) / 48 * (x1 - x0)
    body.append(f'<line x1="{x0}" y1="{ly}" x2="{x1}" y2="{ly}" stroke="{NAVY}" stroke-width="6" stroke-linecap="round"/>')
    for year in range(2019, 2023):
        x = mx(year, 1)
        body.append(f'<line x1="{x:.0f}" y1="{ly-12}" x2="{x:.0f}" y2="{ly+12}" stroke="{NAVY}" stroke-width="3"/>')
        body.append(text(x + 8, ly + 36, str(year), 20, "bold", GREY, "start"))
    pos = [(2019, 11), (2020, 7), (2021, 3), (2021, 10), (2022, 6)]
    for i, (ev, (yy, mm)) in enumerate(zip(t["events"], pos)):
        x = mx(yy, mm)
        up = i % 2 == 0
        highlight = i == 3
        color = ACCENT if highlight else DIGY
        r = 14 if highlight else 10
        y_label = ly - 120 if up else ly + 85
        y_end = ly - 70 if up else ly + 58
        body.append(f'<line x1="{x:.0f}" y1="{ly}" x2="{x:.0f}" y2="{y_end}" stroke="{color}" stroke-width="3"/>')
        body.append(f'<circle cx="{x:.0f}" cy="{ly}" r="{r}" fill="{color}" stroke="#ffffff" stroke-width="3"/>')
        xl = min(max(x, 95), w - 95)
        body.append(text(xl, y_label, ev[0], 19, "bold", color))
        for j, line in enumerate(ev[1:]):
            body.append(text(xl, y_label + 24 * (j + 1), line, 17, "bold" if highlight else "normal", NAVY))
    return svg(w, h, body, t["timeline_title"])


def workflow(t):
    w, h = 800, 330
    body = [text(w / 2, 42, t["workflow_title"], 26, "bold")]
    bw, gap, y = 112, 13, 90
    x = 18
    for i, step in enumerate(t["steps"]):
        color = DIGY if i != 3 else CECO
        body.append(f'<rect x="{x}" y="{y}" width="{bw}" height="150" rx="14" fill="#ffffff" stroke="{color}" stroke-width="3"/>')
        body.append(f'<circle cx="{x+bw/2:.0f}" cy="{y+38}" r="24" fill="{color}"/>')
        body.append(text(x + bw / 2, y + 46, step[0], 24, "bold", "#ffffff"))
        for j, line in enumerate(step[1:]):
            body.append(text(x + bw / 2, y + 95 + 22 * j, line, 16, "bold", NAVY))
        if i < len(t["steps"]) - 1:
            ax = x + bw + 1
            body.append(f'<path d="M{ax} {y+68} l{gap-2} 7 l-{gap-2} 7 z" fill="{NAVY}"/>')
        x += bw + gap
    body.append(text(w / 2, 290, t["workflow_note"], 19, "normal", GREY))
    return svg(w, h, body, t["workflow_title"])


def reuse(t):
    w, h = 800, 400
    body = [text(w / 2, 42, t["reuse_title"], 26, "bold")]
    body.append(f'<rect x="30" y="110" width="230" height="210" rx="18" fill="{NAVY}"/>')
    src = t["reuse_source"]
    body.append(text(145, 170, src[0], 24, "bold", "#ffffff"))
    body.append(text(145, 200, src[1], 24, "bold", "#ffffff"))
    body.append(text(145, 255, src[2], 19, "normal", "#f4a261"))
    body.append(text(145, 282, src[3], 19, "normal", "#f4a261"))
    colors = [DIGY, ACCENT, CECO]
    for i, (name, example) in enumerate(t["reuse_uses"]):
        y = 80 + i * 105
        c = colors[i]
        body.append(f'<path d="M262 215 C 330 215, 330 {y+42}, 398 {y+42}" fill="none" stroke="{c}" stroke-width="4"/>')
        body.append(f'<path d="M398 {y+34} l12 8 l-12 8 z" fill="{c}"/>')
        body.append(f'<rect x="412" y="{y}" width="360" height="84" rx="14" fill="#ffffff" stroke="{c}" stroke-width="3"/>')
        body.append(text(432, y + 36, name, 21, "bold", c, "start"))
        body.append(text(432, y + 64, example, 17, "normal", NAVY, "start"))
    return svg(w, h, body, t["reuse_title"])


COMMUNITY_SVG = f"""<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450">
<rect width="800" height="450" fill="{BG}"/>
<rect x="0" y="360" width="800" height="90" fill="#dfe7ef"/>
<!-- library building -->
<polygon points="250,150 400,80 550,150" fill="{NAVY}"/>
<rect x="270" y="150" width="260" height="210" fill="#ffffff" stroke="{NAVY}" stroke-width="6"/>
<rect x="295" y="175" width="22" height="160" fill="#c9d8e8"/>
<rect x="483" y="175" width="22" height="160" fill="#c9d8e8"/>
<rect x="365" y="260" width="70" height="100" rx="6" fill="{DIGY}"/>
<!-- books on shelf -->
<rect x="335" y="185" width="14" height="50" fill="{CECO}"/>
<rect x="352" y="190" width="12" height="45" fill="{DIGY}"/>
<rect x="367" y="182" width="16" height="53" fill="{ACCENT}"/>
<rect x="386" y="192" width="12" height="43" fill="{NAVY}"/>
<rect x="401" y="186" width="15" height="49" fill="{CECO}"/>
<rect x="419" y="190" width="12" height="45" fill="{DIGY}"/>
<rect x="434" y="184" width="14" height="51" fill="#f4a261"/>
<rect x="451" y="192" width="12" height="43" fill="{NAVY}"/>
<rect x="330" y="235" width="140" height="6" fill="{NAVY}"/>
<!-- wifi (top left) -->
<g transform="translate(110,110)" fill="none" stroke="{DIGY}" stroke-width="10" stroke-linecap="round">
  <path d="M-50 -5 a70 70 0 0 1 100 0"/><path d="M-32 15 a45 45 0 0 1 64 0"/><path d="M-15 33 a20 20 0 0 1 30 0"/>
  <circle cx="0" cy="50" r="7" fill="{DIGY}" stroke="none"/>
</g>
<!-- laptop (bottom left) -->
<g transform="translate(110,290)">
  <rect x="-60" y="-50" width="120" height="78" rx="8" fill="{NAVY}"/>
  <rect x="-50" y="-40" width="100" height="58" fill="#bfe3f0"/>
  <rect x="-78" y="28" width="156" height="12" rx="5" fill="{GREY}"/>
</g>
<!-- calendar (top right) -->
<g transform="translate(690,110)">
  <rect x="-55" y="-45" width="110" height="100" rx="10" fill="#ffffff" stroke="{CECO}" stroke-width="6"/>
  <rect x="-55" y="-45" width="110" height="28" rx="10" fill="{CECO}"/>
  <circle cx="-25" cy="10" r="8" fill="{CECO}"/><circle cx="0" cy="10" r="8" fill="#f4c7a1"/><circle cx="25" cy="10" r="8" fill="#f4c7a1"/>
  <circle cx="-25" cy="35" r="8" fill="#f4c7a1"/><circle cx="0" cy="35" r="8" fill="{CECO}"/><circle cx="25" cy="35" r="8" fill="#f4c7a1"/>
</g>
<!-- people (bottom right) -->
<g transform="translate(690,300)">
  <circle cx="-35" cy="-45" r="20" fill="{CECO}"/><rect x="-62" y="-20" width="54" height="60" rx="22" fill="{CECO}"/>
  <circle cx="35" cy="-45" r="20" fill="{DIGY}"/><rect x="8" y="-20" width="54" height="60" rx="22" fill="{DIGY}"/>
  <circle cx="0" cy="-25" r="17" fill="{NAVY}"/><rect x="-22" y="-4" width="44" height="52" rx="18" fill="{NAVY}"/>
</g>
<!-- connectors -->
<g stroke="{GREY}" stroke-width="4" stroke-dasharray="6 8" fill="none">
  <path d="M170 120 L265 170"/><path d="M180 280 L265 290"/><path d="M630 120 L535 170"/><path d="M625 290 L535 290"/>
</g>
</svg>
"""


def main():
    for lang, t in T.items():
        d = IMG / lang
        d.mkdir(parents=True, exist_ok=True)
        (d / "partners.svg").write_text(partners(t), encoding="utf-8")
        (d / "profiles.svg").write_text(profiles(t), encoding="utf-8")
        (d / "timeline.svg").write_text(timeline(t), encoding="utf-8")
        (d / "workflow.svg").write_text(workflow(t), encoding="utf-8")
        (d / "reuse.svg").write_text(reuse(t), encoding="utf-8")
    src = HERE / "community.svg"
    src.write_text(COMMUNITY_SVG, encoding="utf-8")
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-w", "800", "-h", "450", "-o", str(IMG / "community.png"), str(src)],
                       check=True)
    else:
        print("rsvg-convert not found: community.png not rebuilt (apt-get install librsvg2-bin)")
    print("images written to", IMG)


if __name__ == "__main__":
    main()
