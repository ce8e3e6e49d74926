#!/usr/bin/env python3
"""WeasyPrint (HTML and CSS): the invoice and the terms of the peer benchmark.

The style sheet (weasyprint/style.css, Folio's fonts by @font-face) and the font configuration
are loaded once per process; each document is an HTML page filled from its data (escaped) and
rendered to PDF/A-3b (as Folio's drafts are). French hyphenation comes from Pyphen (`hyphens: auto`, `lang="fr"`). See
peer_common.py for the command line.
"""
import os
from html import escape

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from peer_common import HERE, REPOSITORY, main

LOGO = "file://" + os.path.join(REPOSITORY, "examples", "company", "logo.png")


def lines_html(lines):
    return "<br>".join(escape(line) for line in lines)


def invoice_html(v):
    seller, buyer = v["seller"], v["buyer"]
    rows = "".join(
        f'<tr><td>{escape(l["description"])}</td><td class="num">{l["quantity"]}</td><td class="num">{l["unitPrice"]}</td>'
        f'<td class="num">{l["vatRate"]}</td><td class="num">{l["amount"]}</td></tr>' for l in v["lines"])

    def total(label, value, bold=False):
        if bold:
            label, value = f"<b>{label}</b>", f"<b>{value}</b>"
        return f'<tr><td colspan="4">{label}</td><td class="num">{value}</td></tr>'

    vat = "".join(f'<tr><td>{e["label"]}</td><td class="num">{e["taxable"]}</td><td class="num">{e["tax"]}</td></tr>'
                  for e in v["vatBreakdown"])
    mentions = "".join(f"<li>{escape(m)}</li>" for m in v["vatMentions"])
    retention = (f'<p class="small"><b>{escape(v["retention"][0])}</b>\u00a0: {escape(v["retention"][1])}</p>'
                 if v["retention"] else "")
    before, due, after = v["payment"]
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Facture (brouillon)</title>
<meta name="author" content="{escape(seller["legalName"])}"></head>
<body data-footer="{escape(v["footer"])}">
<div class="top">
 <div><img class="logo" src="{LOGO}"><b>{escape(seller["legalName"])}</b><br>{lines_html(seller["address"])}</div>
 <div><h1>{v["title"]} n° {v["number"]}</h1>
  <table class="fields">
   <tr><td>Date d'émission</td><td>{v["date"]}</td></tr>
   <tr><td>Date de livraison ou d'exécution</td><td>{v["supplyDate"]}</td></tr>
   <tr><td>Date d'échéance</td><td><b>{v["dueDate"]}</b></td></tr>
   <tr><td>Nature de l'opération</td><td>{escape(v["operation"])}</td></tr>
  </table></div>
</div>
<div class="parties">
 <div><div class="small">Vendeur</div><b>{escape(seller["name"])}</b><br>{lines_html(seller["address"])}<br>SIREN {seller["siren"]} — TVA {seller["vatNumber"]}</div>
 <div><div class="small">Client</div><b>{escape(buyer["name"])}</b><br>{lines_html(buyer["address"])}<br>SIREN {buyer["siren"]}<br>TVA {escape(buyer["vatNumber"])}</div>
</div>
<table class="lines">
 <thead><tr><th>Désignation</th><th class="num">Quantité</th><th class="num">Prix unitaire HT</th><th class="num">TVA</th><th class="num">Montant HT</th></tr></thead>
 <tbody>{rows}
 {total("Total des lignes HT", v["lineTotal"])}{total("Total HT", v["netTotal"], True)}{total("Total TVA", v["vatTotal"])}{total("Total TTC", v["grandTotal"], True)}{total("Net à payer", v["amountDue"], True)}</tbody>
</table>
<h2>Détail de la TVA</h2>
<table class="lines">
 <thead><tr><th>Taux</th><th class="num">Base HT</th><th class="num">Montant de TVA</th></tr></thead>
 <tbody>{vat}</tbody>
</table>
<ul>{mentions}</ul>
<h2>Conditions de paiement</h2>
<p>{escape(before)}<b>{due}</b>{escape(after)}</p>
<div class="keep">
 <p class="small">{escape(v["penalties"])}</p>
 {retention}
 <p class="small">{escape(v["terms"])}</p>
 <hr>
 <p class="small">{escape(v["identity"])}</p>
</div>
</body></html>"""


def inline_html(item):
    if item[0] == "text":
        return escape(item[1])
    return f'<a href="{escape(item[2])}">{escape(item[1])}</a>'


def terms_html(blocks):
    body = []
    for block in blocks:
        kind = block[0]
        if kind == "h1":
            body.append(f"<h1>{escape(block[1])}</h1>")
        elif kind == "h2":
            body.append(f'<h2 id="{block[2]}">{escape(block[1])}</h2>')
        elif kind == "i":
            body.append(f"<p><i>{escape(block[1])}</i></p>")
        elif kind == "p":
            body.append(f'<p lang="{block[2]}">{"".join(inline_html(item) for item in block[1])}</p>')
        elif kind == "ol":
            body.append("<ol>" + "".join(f"<li>{escape(item)}</li>" for item in block[1]) + "</ol>")
        elif kind == "box":
            body.append(f'<div class="accept"><b>{escape(block[1])}</b><br><i>{escape(block[2])}</i></div>')
    return ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Conditions générales de vente</title>'
            '</head><body data-footer="Conditions générales de vente">' + "\n".join(body) + "</body></html>")


class WeasyPrintPeer:
    def __init__(self):
        self.fonts = FontConfiguration()
        self.css = CSS(filename=os.path.join(HERE, "weasyprint", "style.css"), font_config=self.fonts)

    def render(self, html):
        return HTML(string=html, base_url=HERE).write_pdf(stylesheets=[self.css], font_config=self.fonts,
                                                          pdf_variant="pdf/a-3b")

    def invoice(self, view):
        return self.render(invoice_html(view))

    def terms(self, blocks):
        return self.render(terms_html(blocks))


if __name__ == "__main__":
    main(WeasyPrintPeer)
