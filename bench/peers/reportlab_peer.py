#!/usr/bin/env python3
"""ReportLab (platypus): the invoice and the terms of the peer benchmark.

Folio's Noto Sans TrueType fonts are registered once per process; each document is a platypus
story (paragraphs, tables, a framed box) built from its data and drawn to PDF, with « page N / M »
from a canvas that numbers pages once all are laid out. Paragraphs are justified; ReportLab
hyphenates them in French through Pyphen (`hyphenationLang`). Open-source ReportLab writes no
PDF/A: its PDFs are plain, where Folio's drafts are PDF/A-3b. See peer_common.py for the
command line.
"""
import io
import os
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas
from reportlab.platypus import (Flowable, HRFlowable, Image, KeepTogether, ListFlowable, ListItem, Paragraph,
                                SimpleDocTemplate, Spacer, Table, TableStyle)

from peer_common import FONTS, REPOSITORY, main

LOGO = os.path.join(REPOSITORY, "examples", "company", "logo.png")
BODY = 9.5
SMALL = 8.075
GREY = colors.Color(0.2, 0.2, 0.2)
RULE = colors.Color(0.55, 0.55, 0.55)
MARGINS = dict(leftMargin=18 * mm, rightMargin=18 * mm, topMargin=15 * mm, bottomMargin=22 * mm)


def numbered_canvas(footer):
    """A canvas that keeps its pages until the end, then writes « page N / M » and the footer on each."""
    class NumberedCanvas(canvas.Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.pages = []

        def showPage(self):
            self.pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            for state in self.pages:
                self.__dict__.update(state)
                width = A4[0]
                self.setStrokeColor(colors.Color(0.6, 0.6, 0.6))
                self.setLineWidth(0.5)
                self.line(18 * mm, 15 * mm, width - 18 * mm, 15 * mm)
                self.setFont("NotoSans", 7.5)
                self.setFillColor(colors.Color(0.35, 0.35, 0.35))
                self.drawString(18 * mm, 15 * mm - 9, footer)
                self.drawRightString(width - 18 * mm, 15 * mm - 9, f"page {self._pageNumber} / {len(self.pages)}")
                super().showPage()
            super().save()
    return NumberedCanvas


class FramedBox(Flowable):
    """The acceptance box of the terms: 240 pt wide, at least 90 pt high, on the right."""
    def __init__(self, paragraph, width=240, minimum=90):
        super().__init__()
        self.paragraph, self.box_width, self.minimum = paragraph, width, minimum

    def wrap(self, available_width, available_height):
        _, height = self.paragraph.wrap(self.box_width - 16, available_height)
        self.available_width, self.box_height = available_width, max(self.minimum, height + 16)
        return available_width, self.box_height

    def draw(self):
        x = self.available_width - self.box_width
        self.canv.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
        self.canv.setLineWidth(0.75)
        self.canv.rect(x, 0, self.box_width, self.box_height)
        self.paragraph.drawOn(self.canv, x + 8, self.box_height - 8 - self.paragraph.height)


class ReportLabPeer:
    def __init__(self):
        for name, file in (("NotoSans", "NotoSans-Regular.ttf"), ("NotoSans-Bold", "NotoSans-Bold.ttf"),
                           ("NotoSans-Italic", "NotoSans-Italic.ttf"), ("NotoSans-BoldItalic", "NotoSans-BoldItalic.ttf")):
            pdfmetrics.registerFont(TTFont(name, os.path.join(FONTS, file)))
        pdfmetrics.registerFontFamily("NotoSans", normal="NotoSans", bold="NotoSans-Bold", italic="NotoSans-Italic",
                                      boldItalic="NotoSans-BoldItalic")
        common = dict(fontName="NotoSans", fontSize=BODY, leading=BODY * 1.35)
        self.body = ParagraphStyle("body", alignment=TA_JUSTIFY, spaceAfter=5, hyphenationLang="fr_FR",
                                   embeddedHyphenation=1, uriWasteReduce=0.3, **common)
        self.plain = ParagraphStyle("plain", alignment=TA_LEFT, **common)
        self.number = ParagraphStyle("number", alignment=TA_RIGHT, **common)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=SMALL, leading=SMALL * 1.3, textColor=GREY)
        self.label = ParagraphStyle("label", parent=self.plain, fontSize=SMALL, leading=SMALL * 1.35, textColor=GREY)
        self.head = ParagraphStyle("head", parent=self.plain, fontName="NotoSans-Bold", fontSize=BODY * 0.9)
        self.head_number = ParagraphStyle("headnum", parent=self.head, alignment=TA_RIGHT)
        self.h1 = ParagraphStyle("h1", parent=self.plain, fontName="NotoSans-Bold", fontSize=15.2, leading=15.2 * 1.2,
                                 spaceAfter=4)
        self.h2 = ParagraphStyle("h2", parent=self.plain, fontName="NotoSans-Bold", fontSize=11.875,
                                 leading=11.875 * 1.2, spaceBefore=10, spaceAfter=4, keepWithNext=1)
        self.logo = open(LOGO, "rb").read()

    def build(self, story, footer, title, author):
        output = io.BytesIO()
        document = SimpleDocTemplate(output, pagesize=A4, title=title, author=author, **MARGINS)
        document.build(story, canvasmaker=numbered_canvas(footer))
        return output.getvalue()

    def table(self, header, rows, widths, totals=()):
        width = A4[0] - 36 * mm
        fixed = [w for w in widths if w]
        col_widths = [w or width - sum(fixed) for w in widths]
        cells = [[Paragraph(header[0], self.head)] + [Paragraph(h, self.head_number) for h in header[1:]]]
        cells += [[Paragraph(escape(row[0]), self.plain)] + [Paragraph(c, self.number) for c in row[1:]] for row in rows]
        spans = []
        for label, value in totals:
            spans.append(("SPAN", (0, len(cells)), (len(header) - 2, len(cells))))
            cells.append([Paragraph(label, self.plain)] + [""] * (len(header) - 2) + [Paragraph(value, self.number)])
        table = Table(cells, colWidths=col_widths, repeatRows=1, spaceBefore=4, spaceAfter=8)
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.92, 0.92, 0.92)),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.45), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.45),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ] + spans))
        return table

    def invoice(self, v):
        seller, buyer = v["seller"], v["buyer"]
        width = A4[0] - 36 * mm
        half = (width - 18) / 2
        left = [Image(io.BytesIO(self.logo), width=48, height=48 * 1.0, kind="proportional", hAlign="LEFT"), Spacer(1, 6),
                Paragraph(f"<b>{escape(seller['legalName'])}</b><br/>" + "<br/>".join(map(escape, seller["address"])),
                          self.plain)]
        fields = Table([[Paragraph(label, self.label), Paragraph(value, self.plain)] for label, value in (
            ("Date d'émission", v["date"]), ("Date de livraison ou d'exécution", v["supplyDate"]),
            ("Date d'échéance", f"<b>{v['dueDate']}</b>"), ("Nature de l'opération", escape(v["operation"])))],
            colWidths=[135, half - 135])
        fields.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                    ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        right = [Paragraph(f"{v['title']} n° {v['number']}", self.h1), fields]
        top = Table([[left, right]], colWidths=[half + 18, half])
        top.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))

        def party(label, name, lines):
            return [Paragraph(label, self.label), Spacer(1, 5),
                    Paragraph(f"<b>{escape(name)}</b><br/>" + "<br/>".join(lines), self.plain)]
        parties = Table([[party("Vendeur", seller["name"], list(map(escape, seller["address"])) +
                                [f"SIREN {seller['siren']} — TVA {seller['vatNumber']}"]),
                          "",
                          party("Client", buyer["name"], list(map(escape, buyer["address"])) +
                                [f"SIREN {buyer['siren']}", f"TVA {escape(buyer['vatNumber'])}"])]],
                        colWidths=[half, 18, half])
        parties.setStyle(TableStyle([("BOX", (0, 0), (0, 0), 0.75, colors.Color(0.3, 0.3, 0.3)),
                                     ("BOX", (2, 0), (2, 0), 0.75, colors.Color(0.3, 0.3, 0.3)),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                     *[(side, (0, 0), (-1, -1), 8) for side in
                                       ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING")]]))
        lines = self.table(["Désignation", "Quantité", "Prix unitaire HT", "TVA", "Montant HT"],
                           [(l["description"], l["quantity"], l["unitPrice"], l["vatRate"], l["amount"]) for l in v["lines"]],
                           [None, 58, 82, 40, 66],
                           totals=[("Total des lignes HT", v["lineTotal"]), ("<b>Total HT</b>", f"<b>{v['netTotal']}</b>"),
                                   ("Total TVA", v["vatTotal"]), ("<b>Total TTC</b>", f"<b>{v['grandTotal']}</b>"),
                                   ("<b>Net à payer</b>", f"<b>{v['amountDue']}</b>")])
        vat = self.table(["Taux", "Base HT", "Montant de TVA"],
                         [(e["label"], e["taxable"], e["tax"]) for e in v["vatBreakdown"]], [None, 80, 80])
        mentions = ListFlowable([ListItem(Paragraph(escape(m), self.plain), leftIndent=16) for m in v["vatMentions"]],
                                bulletType="bullet", start="•", leftIndent=16, bulletFontName="NotoSans",
                                bulletFontSize=BODY)
        before, due, after = v["payment"]
        closing = [Paragraph(escape(v["penalties"]), self.small)]
        if v["retention"]:
            closing.append(Paragraph(f"<b>{escape(v['retention'][0])}</b>\u00a0: {escape(v['retention'][1])}", self.small))
        closing += [Paragraph(escape(v["terms"]), self.small),
                    HRFlowable(width="100%", thickness=0.5, color=colors.Color(0.6, 0.6, 0.6), spaceBefore=4, spaceAfter=8),
                    Paragraph(escape(v["identity"]), self.small)]
        story = [top, parties, Spacer(1, 8), lines, Paragraph("Détail de la TVA", self.h2), vat, mentions,
                 Paragraph("Conditions de paiement", self.h2),
                 Paragraph(f"{escape(before)}<b>{due}</b>{escape(after)}", self.body), KeepTogether(closing)]
        return self.build(story, v["footer"], "Facture (brouillon)", seller["legalName"])

    def terms(self, blocks):
        story = []
        styles = {lang: ParagraphStyle(f"body-{lang}", parent=self.body, hyphenationLang=code)
                  for lang, code in (("fr", "fr_FR"), ("en", "en_US"), ("de", "de_DE"))}
        for block in blocks:
            kind = block[0]
            if kind == "h1":
                story.append(Paragraph(escape(block[1]), self.h1))
            elif kind == "h2":
                story.append(Paragraph(f'<a name="{block[2]}"/>{escape(block[1])}', self.h2))
            elif kind == "i":
                story.append(Paragraph(f"<i>{escape(block[1])}</i>", self.body))
            elif kind == "p":
                text = "".join(escape(item[1]) if item[0] == "text" else
                               f'<a href="{escape(item[2])}" color="#1f4f8f">{escape(item[1])}</a>' for item in block[1])
                story.append(Paragraph(text, styles[block[2]]))
            elif kind == "ol":
                story.append(ListFlowable([ListItem(Paragraph(escape(item), self.body)) for item in block[1]],
                                          bulletType="1", bulletFormat="%s.", leftIndent=16, bulletFontName="NotoSans",
                                          bulletFontSize=BODY))
            elif kind == "box":
                story += [Spacer(1, 14), FramedBox(Paragraph(f"<b>{escape(block[1])}</b><br/><i>{escape(block[2])}</i>",
                                                             ParagraphStyle("box", parent=self.plain, leading=BODY * 1.3)))]
        return self.build(story, "Conditions générales de vente", "Conditions générales de vente", "Folio specimen")


if __name__ == "__main__":
    main(ReportLabPeer)
