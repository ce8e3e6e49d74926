"""What the peers print on an invoice: the order computed and worded as Folio's draft prints it.

`view(order)` takes an order (the JSON gen_data.py writes, the same data as Folio's YAML) and gives
every value of Folio's invoice template (templates/invoice/2026-01-01/fr.folio) as formatted
French text: line amounts, VAT breakdown, totals, due date, payment terms, and the mentions Folio
prints (VAT on debits, nature of the operation, late-payment penalties, retention of title, terms
of sale, the company's legal identity). Each peer calls it once per document, inside the timed
loop: like Folio, a peer goes from order data to PDF. Standard library only.

The seller's legal identity is the company profile of Folio's examples (examples/company/profile.yaml),
which Folio's draft prints; gen_data.py --check compares this computation with `folio totals --json`.
"""
import calendar
import datetime
import os
from decimal import ROUND_HALF_UP, Decimal

NNBSP = "\u202f"  # narrow no-break space: thousands, before ; ! ? and inside « »
NBSP = "\u00a0"   # no-break space: before : and € and %

# examples/company/profile.yaml, as Folio's draft prints it.
COMPANY = {
    "legalName": "Atelier Numérique",
    "legalForm": "SAS",
    "name": "Atelier Numérique SAS",
    "address": ["12 rue des Imprimeurs", "75011 Paris"],
    "siren": f"912{NNBSP}345{NNBSP}618",
    "vatNumber": "FR88912345618",
    "iban": "FR76 3000 6000 0112 3456 7890 189",
    "bic": "AGRIFRPP",
    "identity": (f"Atelier Numérique, SAS au capital de 10{NNBSP}000,00{NBSP}€ — RCS Paris 912{NNBSP}345{NNBSP}618 — "
                 f"SIRET 912{NNBSP}345{NNBSP}618{NNBSP}00017 — APE 6201Z — TVA FR88912345618 — "
                 "facturation@atelier-numerique.example"),
}
LOGO = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "examples", "company", "logo.png")
# Dated versions of the terms of sale (templates/terms/goods-and-software/): the one in force is cited.
TERMS_VERSIONS = [datetime.date(2026, 1, 1), datetime.date(2026, 9, 1), datetime.date(2026, 12, 1)]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
UNITS = {"HUR": ("h", "h"), "DAY": ("jour", "jours")}
CENT = Decimal("0.01")
PENALTIES = (f"En cas de retard de paiement, des pénalités sont dues de plein droit dès le lendemain de la date "
             f"d'échéance, sans qu'un rappel soit nécessaire, au taux suivant{NBSP}: 3 fois le taux de l'intérêt "
             f"légal, au prorata des jours de retard{NNBSP}; ainsi qu'une indemnité forfaitaire pour frais de "
             f"recouvrement de 40,00{NBSP}€ (C.{NBSP}com. art. L441-10 et D441-5), une indemnisation "
             f"complémentaire pouvant être demandée sur justificatifs.")
RETENTION = ("Réserve de propriété", "les marchandises restent la propriété du vendeur jusqu'au paiement complet "
             f"du prix (loi n°{NBSP}80-335 du 12 mai 1980).")


def number(value, places=None):
    """« 1 234,5 » with narrow no-break spaces between thousands (Folio's LocalizedFormat.number)."""
    text = f"{value:.{places}f}" if places is not None else format(value.normalize(), "f")
    negative = text.startswith("-")
    integer, _, decimals = text.lstrip("-").partition(".")
    groups = []
    while len(integer) > 3:
        groups.insert(0, integer[-3:])
        integer = integer[:-3]
    groups.insert(0, integer)
    result = NNBSP.join(groups) + ("," + decimals if decimals else "")
    return ("−" if negative else "") + result


def amount(value):
    return number(value, 2) + NBSP + "€"


def percent(value):
    return number(value) + NBSP + "%"


def date_words(day):
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def quantity_words(quantity, unit):
    text = number(quantity)
    if unit in UNITS:
        singular, plural = UNITS[unit]
        text += NBSP + (plural if quantity >= 2 else singular)
    return text


def due_date(order, issued):
    terms = order["paymentTerms"]
    if terms["kind"] == "net":
        return issued + datetime.timedelta(days=terms["days"]), f"à {terms['days']} jours à compter de la date de facture"
    if terms["kind"] == "end-of-month":
        day = issued + datetime.timedelta(days=terms["days"])
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=last), f"à {terms['days']} jours fin de mois"
    raise ValueError(f"payment terms {terms['kind']} not in the benchmark data")


def view(order):
    """Every value the invoice prints, formatted."""
    issued = datetime.date.fromisoformat(order["date"])
    delivered = datetime.date.fromisoformat(order["deliveryDate"])
    lines, by_rate = [], {}
    goods = services = False
    for line in order["lines"]:
        quantity = Decimal(str(line["quantity"]))
        price = Decimal(str(line["unitPrice"]))
        rate = Decimal(str(line["vatRate"]))
        net = (quantity * price).quantize(CENT, ROUND_HALF_UP)
        by_rate[rate] = by_rate.get(rate, Decimal(0)) + net
        if line.get("nature") == "services":
            services = True
        else:
            goods = True
        lines.append({"description": line["description"], "quantity": quantity_words(quantity, line.get("unit")),
                      "unitPrice": number(price, 2), "vatRate": percent(rate), "amount": amount(net), "net": net})
    breakdown = []
    for rate in sorted(by_rate, reverse=True):
        tax = (by_rate[rate] * rate / 100).quantize(CENT, ROUND_HALF_UP)
        breakdown.append({"rate": rate, "label": percent(rate), "taxable": amount(by_rate[rate]), "tax": amount(tax),
                          "taxableValue": by_rate[rate], "taxValue": tax})
    line_total = sum((line["net"] for line in lines), Decimal(0))
    vat_total = sum((entry["taxValue"] for entry in breakdown), Decimal(0))
    grand_total = line_total + vat_total
    due, terms_words = due_date(order, issued)
    version = max(version for version in TERMS_VERSIONS if version <= issued)
    operation = ("Livraison de biens et prestation de services" if goods and services
                 else "Prestation de services" if services else "Livraison de biens")
    buyer = order["buyer"]
    siren = buyer["siren"].replace(" ", "")
    address = buyer["address"]
    return {
        "title": "Facture",
        "number": "BROUILLON",
        "date": date_words(issued),
        "supplyDate": date_words(delivered),
        "dueDate": date_words(due),
        "dueDateValue": due,
        "operation": operation,
        "seller": COMPANY,
        "buyer": {"name": buyer["name"],
                  "address": address["lines"] + [f"{address['postcode']} {address['city']}"],
                  "siren": NNBSP.join([siren[0:3], siren[3:6], siren[6:9]]),
                  "vatNumber": buyer["vatNumber"]},
        "lines": lines,
        "lineTotal": amount(line_total),
        "netTotal": amount(line_total),
        "vatTotal": amount(vat_total),
        "grandTotal": amount(grand_total),
        "amountDue": amount(grand_total),
        "totals": {"lineTotal": line_total, "vatTotal": vat_total, "grandTotal": grand_total},
        "vatBreakdown": breakdown,
        # Folio's vatMentions: VAT on debits when services are sold by a company that opted for it.
        "vatMentions": ["Option pour le paiement de la taxe d'après les débits"] if services else [],
        "paymentTermsWords": terms_words,
        # « Paiement … soit au plus tard le **date**, par virement … » with the date in bold.
        "payment": (f"Paiement {terms_words}, par dérogation à nos CGV, soit au plus tard le ",
                    date_words(due),
                    f", par virement sur le compte IBAN {COMPANY['iban']} — BIC {COMPANY['bic']}. "
                    "Pas d'escompte pour paiement anticipé."),
        "penalties": PENALTIES,
        "retention": RETENTION if goods else None,
        "terms": (f"Conditions générales applicables{NBSP}: Conditions générales de vente — biens et logiciels, "
                  f"version du {date_words(version)}."),
        "identity": COMPANY["identity"],
        "footer": "Facture (brouillon)",
    }


def printable(computed):
    """The view without its computed numbers: only the text a template prints (JSON-ready)."""
    result = {key: value for key, value in computed.items() if key not in ("totals", "dueDateValue")}
    result["lines"] = [{key: value for key, value in line.items() if key != "net"} for line in computed["lines"]]
    result["vatBreakdown"] = [{"label": entry["label"], "taxable": entry["taxable"], "tax": entry["tax"]}
                              for entry in computed["vatBreakdown"]]
    return result


def comparable(computed):
    """What gen_data.py --check compares with `folio totals --json`."""
    return {
        "lines": [str(line["net"]) for line in computed["lines"]],
        "vat": [(format(entry["rate"].normalize(), "f"), str(entry["taxableValue"]), str(entry["taxValue"])) for entry in computed["vatBreakdown"]],
        "grandTotal": str(computed["totals"]["grandTotal"]),
        "dueDate": computed["dueDateValue"].isoformat(),
        "paymentTerms": computed["paymentTermsWords"],
        "operation": computed["operation"],
    }


def from_folio_totals(totals, key):
    """The same value read from `folio totals --json`."""
    def norm(text):
        return str(Decimal(text).quantize(CENT)) if "." in text or text.isdigit() else text

    if key == "lines":
        return [norm(line["netAmount"]) for line in totals["lines"]]
    if key == "vat":
        return [(entry["vatRate"], norm(entry["taxableAmount"]), norm(entry["taxAmount"]))
                for entry in totals["vatBreakdown"]]
    if key == "grandTotal":
        return norm(totals["totals"]["amountDue"])
    if key == "dueDate":
        return totals["dueDate"]
    mentions = {mention["id"]: mention["french"] for mention in totals["mentions"]}
    if key == "paymentTerms":
        return mentions.get("payment-terms")
    if key == "operation":
        return mentions.get("operation-category")
    raise KeyError(key)
