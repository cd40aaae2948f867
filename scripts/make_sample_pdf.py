#!/usr/bin/env python3
"""Write the sample course's PDF reading item, in English and Latvian:
course_packages/digital-skills-orientation/media/pdf/digitisation-checklist.<lang>.pdf

Four A4 pages (a title page and three sections), drawn with Qt's QPdfWriter (which embeds
the fonts, so Latvian letters print as they should), then given an outline (one entry per
section) and one web link with pypdf (a dev dependency). The text is original, written
for the sample course. Run it after changing the text, then rebuild the package:

  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_sample_pdf.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "course_packages" / "digital-skills-orientation" / "media" / "pdf"
LINK = "https://www.europeana.eu/"

TEXT = {
    "en": {
        "title": "A digitisation checklist for small libraries",
        "subtitle": "Reading material for module 4 of the BIBLIO orientation course",
        "intro": "Use this checklist before, during and after a small digitisation project: "
                 "a local newspaper, a photo collection or the minutes of a society. Each "
                 "section fits on one page; tick the points as you go.",
        "sections": [
            ("1. Before you scan", [
                "Choose the collection with your community: what do people ask for?",
                "Check copyright and personal data for every item; write the result down.",
                "Decide the file formats: TIFF or lossless JPEG 2000 for masters, PDF or "
                "JPEG for access copies.",
                "Plan the metadata: title, date, creator, rights statement, identifier.",
                "Estimate the time: count the pages and test a sample of ten.",
            ]),
            ("2. While you scan", [
                "Calibrate the scanner every day with a colour target.",
                "Scan at 400 ppi for text, 600 ppi for photographs.",
                "Name the files by a fixed pattern, for example collection_box_item_page.",
                "Keep a log of what was scanned, by whom and when.",
                "Check one file in twenty at full size for blur and cropped edges.",
            ]),
            ("3. After you scan", [
                "Store two copies of the masters, in two places, and check them yearly.",
                "Publish access copies with a clear licence or rights statement.",
                "Share the metadata with your national aggregator and with Europeana:",
                "Tell the community: an exhibition, a talk or a post on social media.",
                "Write down what you learned for the next project.",
            ]),
        ],
        "link": "Europeana, Europe's digital cultural heritage platform",
        "footer": "BIBLIO Desktop sample course · CC BY 4.0 · page {n} of {total}",
    },
    "lv": {
        "title": "Digitalizācijas kontrolsaraksts mazām bibliotēkām",
        "subtitle": "Lasāmviela BIBLIO ievadkursa 4. modulim",
        "intro": "Izmantojiet šo kontrolsarakstu pirms neliela digitalizācijas projekta, tā "
                 "laikā un pēc tam: vietējais laikraksts, fotogrāfiju krājums vai biedrības "
                 "protokoli. Katra sadaļa ir vienā lappusē; atzīmējiet punktus, kad tie "
                 "paveikti.",
        "sections": [
            ("1. Pirms skenēšanas", [
                "Izvēlieties krājumu kopā ar kopienu: ko cilvēki jautā visbiežāk?",
                "Pārbaudiet autortiesības un personas datus katrai vienībai; pierakstiet "
                "rezultātu.",
                "Izlemiet datņu formātus: TIFF vai bezzudumu JPEG 2000 oriģināliem, PDF vai "
                "JPEG piekļuves kopijām.",
                "Plānojiet metadatus: nosaukums, datums, autors, tiesību norāde, "
                "identifikators.",
                "Novērtējiet laiku: saskaitiet lappuses un izmēģiniet desmit paraugus.",
            ]),
            ("2. Skenēšanas laikā", [
                "Katru dienu kalibrējiet skeneri ar krāsu mērķi.",
                "Skenējiet tekstu ar 400 ppi, fotogrāfijas ar 600 ppi.",
                "Nosauciet datnes pēc noteikta parauga, piemēram, krājums_kaste_vienība_lpp.",
                "Veiciet uzskaiti: kas skenēts, kas to darīja un kad.",
                "Katru divdesmito datni pārbaudiet pilnā izmērā: vai nav izplūdusi vai "
                "apgriezta.",
            ]),
            ("3. Pēc skenēšanas", [
                "Glabājiet divas oriģinālu kopijas divās vietās un reizi gadā tās pārbaudiet.",
                "Publicējiet piekļuves kopijas ar skaidru licenci vai tiesību norādi.",
                "Nododiet metadatus nacionālajam agregatoram un Europeana:",
                "Pastāstiet kopienai: izstāde, lekcija vai ieraksts sociālajos tīklos.",
                "Pierakstiet, ko iemācījāties, nākamajam projektam.",
            ]),
        ],
        "link": "Europeana, Eiropas digitālā kultūras mantojuma platforma",
        "footer": "BIBLIO Desktop parauga kurss · CC BY 4.0 · {n}. lappuse no {total}",
    },
}


def draw(lang: str) -> tuple[bytes, tuple[float, float, float, float]]:
    """The PDF drawn by Qt, and the link's rectangle in PDF points (from the bottom)."""
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

    text = TEXT[lang]
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)  # one unit = one PDF point
    writer.setTitle(text["title"])
    writer.setCreator("BIBLIO Desktop scripts/make_sample_pdf.py")
    painter = QPainter(writer)
    width, height = 595.0, 842.0
    total = 1 + len(text["sections"])
    link_rect = (0.0, 0.0, 0.0, 0.0)

    def font(size: float, bold: bool = False) -> QFont:
        f = QFont("DejaVu Sans")
        f.setPointSizeF(size)
        f.setBold(bold)
        return f

    def footer(n: int) -> None:
        painter.setFont(font(9))
        painter.setPen(QColor("#555555"))
        painter.drawText(QRectF(56, height - 50, width - 112, 20), Qt.AlignmentFlag.AlignCenter,
                         text["footer"].format(n=n, total=total))
        painter.setPen(QColor("#1d2330"))

    wrap = Qt.TextFlag.TextWordWrap
    painter.fillRect(QRectF(0, 0, width, 150), QColor("#1f5f8b"))
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font(24, bold=True))
    painter.drawText(QRectF(56, 40, width - 112, 100), wrap, text["title"])
    painter.setPen(QColor("#1d2330"))
    painter.setFont(font(13))
    painter.drawText(QRectF(56, 180, width - 112, 60), wrap, text["subtitle"])
    painter.setFont(font(12))
    painter.drawText(QRectF(56, 260, width - 112, 200), wrap, text["intro"])
    footer(1)
    for number, (heading, points) in enumerate(text["sections"], 2):
        writer.newPage()
        painter.setFont(font(20, bold=True))
        painter.setPen(QColor("#1f5f8b"))
        painter.drawText(QRectF(56, 60, width - 112, 40), wrap, heading)
        painter.setPen(QColor("#1d2330"))
        y = 130.0
        for point in points:
            painter.setFont(font(12))
            box = painter.boundingRect(QRectF(86, y, width - 142, 400), wrap, point)
            painter.drawRect(QRectF(60, y + 3, 12, 12))
            painter.drawText(QRectF(86, y, width - 142, box.height()), wrap, point)
            y += box.height() + 18
            if point.endswith(":"):
                painter.setPen(QColor("#0b5cad"))
                f = font(12)
                f.setUnderline(True)
                painter.setFont(f)
                shown = f"{LINK}  ({text['link']})"
                box = painter.boundingRect(QRectF(86, y, width - 142, 400), wrap, shown)
                painter.drawText(QRectF(86, y, width - 142, box.height()), wrap, shown)
                link_rect = (86, height - (y + box.height()), 86 + box.width(), height - y)
                painter.setPen(QColor("#1d2330"))
                y += box.height() + 18
        footer(number)
    painter.end()
    return bytes(buffer.data()), link_rect


def finish(raw: bytes, lang: str, link_rect: tuple[float, float, float, float]) -> bytes:
    """Add the outline (one entry per section) and the web link."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import Fit

    reader = PdfReader(io.BytesIO(raw))
    writer = PdfWriter()
    writer.append(reader)
    sections = TEXT[lang]["sections"]
    top = Fit.xyz(left=0, top=842, zoom=0)  # the top of the page, at the reader's zoom
    writer.add_outline_item(title=TEXT[lang]["title"], page_number=0, fit=top)
    for index, (heading, _points) in enumerate(sections, 1):
        writer.add_outline_item(title=heading, page_number=index, fit=top)
    writer.add_annotation(page_number=len(sections), annotation=Link(rect=link_rect, url=LINK))
    writer.page_mode = "/UseOutlines"
    writer.add_metadata({"/Title": TEXT[lang]["title"], "/Producer": "BIBLIO Desktop"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    for lang in TEXT:
        raw, rect = draw(lang)
        path = OUT / f"digitisation-checklist.{lang}.pdf"
        path.write_bytes(finish(raw, lang, rect))
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
