#!/usr/bin/env python3
"""Writes the data of N French B2B invoices, 20 lines each, for the peer benchmark.

Every document gets its own buyer, dates, lines, quantities, prices and VAT rates (20, 10 and
5.5 %), drawn from a seeded generator: document i is the same whatever N, so a batch of 10 is
the first 10 of a batch of 1,000. Each order is written twice with the same content:

  OUT/orders/inv-00001.yaml   a Folio order, shaped like examples/orders/01-domestic-several-rates.yaml
  OUT/json/inv-00001.json     the same order as JSON, read by the peers (Typst, WeasyPrint, ReportLab)

Standard library only. Usage:
  gen_data.py OUT N [--seed 2026] [--date YYYY-MM-DD] [--check FOLIO]

--date gives every order the same date (issuing into a ledger refuses dates going backwards within
a series, and two processes issuing at once interleave). --check FOLIO compares the totals, due date
and mentions that invoice_model.py computes (what the peers print) with `FOLIO totals --json`
for the first few orders, and exits 1 on any difference.
"""
import argparse
import datetime
import json
import os
import random
import subprocess
import sys

# The seller: the issuing company of Folio's examples, as in examples/orders/01 (constant).
SELLER = {
    "name": "Atelier Numérique SAS",
    "siren": "912 345 618",
    "siret": "91234561800017",
    "vatNumber": "FR 88 912345618",
    "country": "FR",
    "vatOnDebits": True,
    "iban": "FR76 3000 6000 0112 3456 7890 189",
    "address": {"lines": ["12 rue des Imprimeurs"], "postcode": "75011", "city": "Paris", "country": "FR"},
}

# Buyers: a sector word, a name, a legal form; addresses in real towns with their postcodes.
SECTORS = ["Librairie", "Imprimerie", "Cabinet", "Pharmacie", "Boulangerie", "Garage", "Hôtel", "Agence",
           "Atelier", "Maison", "Clinique vétérinaire", "Fromagerie", "Menuiserie", "Studio", "Laboratoire",
           "Transports", "Restaurant", "Galerie", "Éditions", "Brasserie", "Domaine", "Bureau d'études"]
NAMES = ["du Marais", "Lefèvre", "Martin & Fils", "des Halles", "Rousseau", "Bonnet", "de la Gare", "Girard",
         "Morel", "du Vieux Port", "Fontaine", "Chevalier", "Saint-Michel", "Garnier", "Lambert", "des Tilleuls",
         "Faure", "Mercier", "du Lac", "Blanchard", "Perrin", "de l'Étoile", "Roux", "Dupuis", "Vasseur",
         "des Quatre Vents", "Barbier", "Leclerc", "Aubert", "du Moulin", "Benoît", "Caron", "Renaud", "Picard"]
FORMS = ["SARL", "SAS", "SA", "EURL", "SASU", "SCOP"]
STREETS = ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Gambetta", "rue Pasteur",
           "place du Marché", "rue des Écoles", "chemin des Vignes", "rue du Général de Gaulle", "quai des Chartrons",
           "rue Nationale", "allée des Platanes", "rue Sainte-Catherine", "avenue de la Libération", "impasse des Lilas",
           "rue Vieille du Temple", "cours Mirabeau", "rue de la Paix", "place Bellecour", "rue Jeanne d'Arc"]
TOWNS = [("75004", "Paris"), ("75011", "Paris"), ("69002", "Lyon"), ("13001", "Marseille"), ("33000", "Bordeaux"),
         ("31000", "Toulouse"), ("59000", "Lille"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("34000", "Montpellier"),
         ("35000", "Rennes"), ("06000", "Nice"), ("21000", "Dijon"), ("37000", "Tours"), ("63000", "Clermont-Ferrand"),
         ("76000", "Rouen"), ("51100", "Reims"), ("29200", "Brest"), ("87000", "Limoges"), ("64000", "Pau"),
         ("13100", "Aix-en-Provence"), ("38000", "Grenoble"), ("45000", "Orléans"), ("80000", "Amiens"),
         ("25000", "Besançon"), ("86000", "Poitiers"), ("66000", "Perpignan"), ("17000", "La Rochelle")]

# What the seller sells: description, nature, VAT rate, unit (UN/ECE), price range (euros), quantities.
CATALOGUE = {
    "20": [
        ("Développement d'un module de facturation", "services", "DAY", (450, 720), [1, 2, 3, 4.5, 5, 8, 10]),
        ("Licence logiciel de gestion, 1 poste, 12 mois", "goods", "C62", (180, 640), [1, 2, 3, 5, 10]),
        ("Paramétrage et reprise des données", "services", "HUR", (65, 110), [2, 3.5, 4, 6, 7.5, 12]),
        ("Formation des utilisateurs (session d'une journée)", "services", "DAY", (690, 1250), [1, 2, 3]),
        ("Ordinateur portable 14 pouces, 16 Go", "goods", "C62", (890, 1490), [1, 2, 3, 4, 6]),
        ("Écran 27 pouces avec pied réglable", "goods", "C62", (210, 390), [1, 2, 4, 5, 8]),
        ("Maintenance corrective, forfait mensuel", "services", "C62", (150, 480), [1, 3, 6, 12]),
        ("Hébergement et sauvegarde, mois", "services", "C62", (39, 260), [1, 3, 6, 12]),
        ("Mise en page d'un catalogue (forfait)", "services", "C62", (900, 2400), [1]),
        ("Cartes de visite, boîte de 250", "goods", "C62", (18, 45), [2, 4, 10, 20]),
        ("Affiches A2 quadrichromie", "goods", "C62", (3.2, 9.8), [50, 100, 200, 500]),
        ("Audit de sécurité du réseau", "services", "DAY", (780, 1100), [1, 2, 3]),
        ("Câblage réseau, point de raccordement", "goods", "C62", (75, 140), [4, 8, 12, 16]),
        ("Assistance téléphonique prioritaire", "services", "HUR", (55, 95), [1, 2.5, 4, 10]),
        ("Conception graphique d'une identité visuelle", "services", "C62", (1200, 3600), [1]),
    ],
    "10": [
        ("Travaux au logement de fonction (main-d'œuvre)", "services", "HUR", (38, 62), [6, 8, 12.5, 16, 24]),
        ("Rénovation de la salle d'eau du logement de fonction", "services", "C62", (1800, 4200), [1]),
        ("Déjeuner de séminaire, par personne", "services", "C62", (24, 48), [8, 12, 15, 20, 30]),
        ("Transport des participants en autocar", "services", "C62", (380, 900), [1, 2]),
        ("Peinture des pièces du logement de fonction", "services", "C62", (650, 2100), [1]),
    ],
    "5.5": [
        ("Livres imprimés, tirage de 200", "goods", "C62", (5.9, 14.5), [100, 200, 250, 500]),
        ("Manuel utilisateur relié, édition 2026", "goods", "C62", (12, 29), [10, 20, 40, 60]),
        ("Isolation des combles du logement de fonction", "services", "C62", (1900, 5200), [1]),
        ("Ouvrage technique « Comptabilité des PME »", "goods", "C62", (22, 48), [3, 5, 10, 15]),
        ("Brochures de présentation, reliure agrafée", "goods", "C62", (1.8, 6.5), [250, 500, 1000]),
    ],
}
PAYMENT_TERMS = [
    {"kind": "end-of-month", "days": 45, "method": "days-then-end-of-month"},
    {"kind": "net", "days": 30},
    {"kind": "net", "days": 60},
]


def luhn_digit(digits):
    """The check digit that makes digits + it pass the Luhn test (SIREN)."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2 == 0:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return str((10 - total % 10) % 10)


def order(index, seed, fixed_date=None):
    """The order of document `index` (0-based): a dict in Folio's order shape."""
    rng = random.Random(seed * 1_000_003 + index)
    siren = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(7))
    siren += luhn_digit(siren)
    key = (12 + 3 * (int(siren) % 97)) % 97
    postcode, city = rng.choice(TOWNS)
    buyer = {
        "name": f"{rng.choice(SECTORS)} {rng.choice(NAMES)} {rng.choice(FORMS)}",
        "siren": siren,
        "vatNumber": f"FR{key:02d}{siren}",
        "country": "FR",
        "address": {"lines": [f"{rng.randint(1, 148)} {rng.choice(STREETS)}"], "postcode": postcode, "city": city,
                    "country": "FR"},
    }
    if fixed_date:
        date = datetime.date.fromisoformat(fixed_date)
    else:
        date = datetime.date(2026, 1, 5) + datetime.timedelta(days=rng.randint(0, 320))
        while date.weekday() >= 5:
            date += datetime.timedelta(days=1)
    delivery = date - datetime.timedelta(days=rng.randint(0, 6))
    # Twenty lines: at least one at each rate, the rest mostly at 20 %.
    rates = ["20", "10", "5.5"] + rng.choices(["20", "10", "5.5"], weights=[14, 3, 3], k=17)
    rng.shuffle(rates)
    lines = []
    for rate in rates:
        description, nature, unit, (low, high), quantities = rng.choice(CATALOGUE[rate])
        quantity = rng.choice(quantities)
        price = round(rng.uniform(low, high), 2)
        line = {"description": description, "quantity": quantity}
        if unit != "C62":
            line["unit"] = unit
        line["unitPrice"] = f"{price:.2f}"
        line["vatRate"] = float(rate) if rate == "5.5" else int(rate)
        if nature == "services":
            line["nature"] = "services"
        lines.append(line)
    # Goods and services on every invoice (the operation's nature says both).
    if not any(line.get("nature") == "services" for line in lines):
        lines[0]["nature"] = "services"
    if all(line.get("nature") == "services" for line in lines):
        lines[-1].pop("nature")
    return {
        "kind": "invoice",
        "date": date.isoformat(),
        "deliveryDate": delivery.isoformat(),
        "currency": "EUR",
        "seller": SELLER,
        "buyer": buyer,
        "lines": lines,
        "paymentTerms": dict(rng.choice(PAYMENT_TERMS)),
        "latePayment": {"rate": {"legalRateMultiple": 3}},
    }


def scalar(value):
    """A YAML scalar: strings quoted (JSON strings are YAML), numbers and booleans as they are."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str) and value.replace(".", "", 1).isdigit() and "." in value:
        return value  # a price: a YAML number, as in the example
    return json.dumps(value, ensure_ascii=False)


def address_yaml(address, indent):
    pad = " " * indent
    return (f"{pad}address:\n{pad}  lines: [{', '.join(scalar(line) for line in address['lines'])}]\n"
            f"{pad}  postcode: {scalar(address['postcode'])}\n{pad}  city: {scalar(address['city'])}\n"
            f"{pad}  country: {address['country']}\n")


def to_yaml(data, index):
    """The order as YAML, in the layout of examples/orders/01-domestic-several-rates.yaml."""
    seller, buyer = data["seller"], data["buyer"]
    out = [f"# Benchmark invoice {index + 1}: 20 lines at 20, 10 and 5.5 % (bench/peers/gen_data.py).\n",
           f"kind: {data['kind']}\n", f"date: {data['date']}\n", f"deliveryDate: {data['deliveryDate']}\n",
           f"currency: {data['currency']}\n", "seller:\n"]
    for key in ("name", "siren", "siret", "vatNumber", "country", "vatOnDebits", "iban"):
        out.append(f"  {key}: {scalar(seller[key])}\n")
    out.append(address_yaml(seller["address"], 2))
    out.append("buyer:\n")
    for key in ("name", "siren", "vatNumber", "country"):
        out.append(f"  {key}: {scalar(buyer[key])}\n")
    out.append(address_yaml(buyer["address"], 2))
    out.append("lines:\n")
    for line in data["lines"]:
        out.append(f"  - description: {scalar(line['description'])}\n")
        for key in ("quantity", "unit", "unitPrice", "vatRate", "nature"):
            if key in line:
                out.append(f"    {key}: {line[key] if key in ('unit', 'nature') else scalar(line[key])}\n")
    out.append("paymentTerms:\n")
    for key, value in data["paymentTerms"].items():
        out.append(f"  {key}: {value}\n")
    out.append("latePayment:\n  rate:\n    legalRateMultiple: 3\n")
    return "".join(out)


def write(out_dir, count, seed, fixed_date=None):
    os.makedirs(os.path.join(out_dir, "orders"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "json"), exist_ok=True)
    for index in range(count):
        data = order(index, seed, fixed_date)
        name = f"inv-{index + 1:05d}"
        with open(os.path.join(out_dir, "orders", name + ".yaml"), "w", encoding="utf-8") as file:
            file.write(to_yaml(data, index))
        with open(os.path.join(out_dir, "json", name + ".json"), "w", encoding="utf-8") as file:
            json.dump(data, file, ensure_ascii=False, indent=1)


def check(out_dir, folio, count=5):
    """The peers' computation (invoice_model) against `folio totals --json` on the first orders."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import invoice_model
    problems = 0
    for index in range(count):
        name = f"inv-{index + 1:05d}"
        with open(os.path.join(out_dir, "json", name + ".json"), encoding="utf-8") as file:
            view = invoice_model.view(json.load(file))
        result = subprocess.run([folio, "totals", "--json", os.path.join(out_dir, "orders", name + ".yaml")],
                                capture_output=True, text=True)
        if result.returncode != 0:
            print(f"{name}: folio totals failed: {result.stderr.strip()}", file=sys.stderr)
            problems += 1
            continue
        folio_totals = json.loads(result.stdout)
        for key, ours in invoice_model.comparable(view).items():
            theirs = invoice_model.from_folio_totals(folio_totals, key)
            if ours != theirs:
                print(f"{name}: {key}: ours {ours!r}, folio {theirs!r}", file=sys.stderr)
                problems += 1
    print(f"checked {count} orders against folio totals: {problems} differences")
    return problems == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--date", help="the same date for every order (YYYY-MM-DD)")
    parser.add_argument("--check", metavar="FOLIO", help="compare the peers' computation with FOLIO totals --json")
    arguments = parser.parse_args()
    write(arguments.out, arguments.count, arguments.seed, arguments.date)
    if arguments.check and not check(arguments.out, arguments.check, min(5, arguments.count)):
        sys.exit(1)


if __name__ == "__main__":
    main()
