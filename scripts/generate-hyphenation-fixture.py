#!/usr/bin/env python3
"""Writes Tests/FolioLayoutTests/Resources/hyphenation-fixture.tsv, the oracle for Folio's hyphenator.

For about 300 words per language (vocabulary of contracts, invoices and terms of sale), the
fixture holds the hyphenation that the independent Python library Pyphen computes from the same
pattern files as Folio (hyphenation/hyph_*.dic). HyphenationTests compares every line.

    pip install pyphen          # tested with pyphen 0.18.1
    python3 scripts/generate-hyphenation-fixture.py [--compare-full-files]

Why the patterns are rewritten first. Pyphen does not understand libhyphen's two-level files:
it reads the `NEXTLEVEL` line as a (useless) pattern and merges both levels into one. For
hyph_de_DE.dic that merges the first, "compound" level (about 69,000 compound words such as
`zypressen1nadel`, plus `1-1` and `1'1`) into the ordinary patterns, which changes the result of
many German words. Folio uses the LAST level only, so this script writes a temporary .dic
holding the last level only, read the way Folio and libhyphen read it:
  - lines starting with % or # are comments; settings (LEFTHYPHENMIN ...) are left out;
  - non-standard patterns (containing / or =) are skipped (there are none in these files);
  - the apostrophe ’ is written ' (the French file spells its apostrophe patterns both ways);
  - of two digits in a row, the last one counts, as in libhyphen (hyph_de_DE.dic has
    `5ab61la1ge`, which Pyphen would otherwise misalign: it would change "Ablage").
LEFTHYPHENMIN / RIGHTHYPHENMIN are read from the file (2 when absent) and passed to Pyphen.

With --compare-full-files the script also prints the words where Pyphen on the unmodified file
disagrees with Pyphen on the last level: this is how the effect of the compound level was checked.
The fixture checks Folio's reading of the last level, not LibreOffice's output; hyphenation/README.md
says where the two differ (German compounds, English possessives).
"""

import argparse
import re
import sys
import tempfile
from pathlib import Path

import pyphen

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "hyphenation"
FIXTURE = ROOT / "Tests" / "FolioLayoutTests" / "Resources" / "hyphenation-fixture.tsv"

FILES = {
    "fr": "hyph_fr.dic",
    "en": "hyph_en_US.dic",
    "de": "hyph_de_DE.dic",
}

SETTINGS = ("LEFTHYPHENMIN", "RIGHTHYPHENMIN", "COMPOUNDLEFTHYPHENMIN", "COMPOUNDRIGHTHYPHENMIN", "NOHYPHEN")

WORDS = {
    "fr": """
        facture factures facturation facturer facturé devis commande commandes acompte acomptes
        échéance échéances échéancier paiement paiements règlement règlements virement virements
        prélèvement prélèvements chèque escompte pénalités pénalité indemnité indemnités forfaitaire
        recouvrement retard retards intérêts montant montants total totaux remise remises rabais
        ristourne livraison livraisons expédition expéditions transport transporteur destinataire
        emballage emballages marchandise marchandises produit produits prestation prestations
        prestataire prestataires fournisseur fournisseurs client clients clientèle acheteur
        acheteurs vendeur vendeuse contrat contrats contractuel contractuelle contractuellement
        conditions générales vente ventes garantie garanties responsabilité responsabilités
        assurance assurances résiliation résolution réserve propriété clause clauses article
        articles annexe annexes avenant avenants signature signataire signataires mandataire
        représentant représentante société sociétés entreprise entreprises établissement siège
        social capital immatriculation registre commerce numéro identification intracommunautaire
        taxe taxes valeur ajoutée exonération exonérée autoliquidation redevable comptabilité
        comptable trésorerie bancaire banque domiciliation relevé identité créancier créancière
        débiteur débitrice créance créances dette dettes obligation obligations exécution
        inexécution manquement force majeure litige litiges tribunal compétent compétence
        juridiction médiation arbitrage réclamation réclamations contestation conformité défaut
        défectueux défectueuse remplacement remboursement rétractation consommateur consommateurs
        professionnel professionnels professionnelle confidentialité confidentiel données
        personnelles traitement protection conservation archivage durée renouvellement reconduction
        tacite préavis notification recommandé accusé réception délai délais calendaires ouvrés
        ouvrables jours mois trimestre trimestriel mensuel mensualité mensualités annuel
        annuellement abonnement souscription tarif tarifs tarification barème révision indexation
        augmentation majoration supplément quantité quantités unitaire prix hors toutes comprises
        désignation référence références libellé observations mentions obligatoires légales
        conformément dispositions législatives réglementaires applicable applicables application
        interprétation modification modifications acceptation confirmation validation validité
        offre offres proposition estimation honoraires rémunération commission frais dépenses
        débours déplacement hébergement matériel matériels logiciel logiciels licence licences
        utilisation maintenance assistance installation formation documentation intellectuelle
        industrielle brevets marques droits auteur cession exclusivité exclusif territoire
        informatique constitutionnellement anticonstitutionnellement dématérialisation
        dématérialisée électronique électroniquement internationalisation correspondance
        communication administrateur administration raisonnable immédiatement respectivement
        indépendant collaborateur salariés personnel filiale filiales informations divulgation
        nécessaire approximativement spécification spécifications livrables jalon recette
        critères paramétrage intégration disponibilité incident incidents hébergeur
        infrastructure sécurité chiffrement authentification sauvegarde restauration continuité
        réversibilité migration bénéficiaire bénéficiaires règlementation transaction
        transactions encaissement décaissement solde soldes escomptable nantissement
        cautionnement caution hypothèque privilège subrogation compensation novation
        prescription forclusion déchéance suspension interruption reconnaissance
        l'entreprise l'acheteur l'article l'échéance l'ensemble l'indemnité l'offre l'acompte
        l'établissement l'application l'obligation d'achat d'exécution d'intérêts d'expédition
        d'assurance d'un qu'il jusqu'à aujourd'hui s'engage n'est
        Facture Conditions Société TVA SIRET Œuvre œuvre cœur sœur
        à le la de un en au
    """,
    "en": """
        invoice invoices invoicing invoiced quotation quote purchase order orders payment payments
        payable receivable remittance transfer settlement outstanding balance amount amounts
        subtotal total discount discounts rebate deposit instalment installment installments
        interest penalty penalties compensation recovery collection overdue late delivery
        deliveries shipment shipping carrier consignee packaging goods merchandise product
        products service services provider supplier suppliers customer customers purchaser buyer
        seller vendor contract contracts contractual contractually agreement agreements terms
        conditions general sale sales warranty warranties guarantee liability liabilities
        limitation indemnification indemnify indemnified insurance termination terminate
        cancellation retention title ownership clause clauses article appendix schedule amendment
        signature signatory authorized representative company companies corporation incorporated
        limited registered office headquarters registration commercial register number
        identification value added taxation exemption exempt reverse charge accounting accountant
        treasury banking bank account statement creditor debtor receivables obligation
        obligations performance nonperformance breach force majeure dispute disputes court
        jurisdiction competent mediation arbitration claim claims complaint conformity compliance
        defect defective replacement reimbursement refund withdrawal consumer consumers
        professional confidentiality confidential personal data processing protection archiving
        duration renewal automatic notice notification acknowledgment receipt deadline calendar
        business working days month monthly quarter quarterly annual annually yearly subscription
        subscriptions pricing price prices rate rates revision indexation increase surcharge
        quantity quantities unit excluding including description reference references mandatory
        statutory legal accordance provisions legislative regulatory applicable application
        interpretation modification modifications acceptance confirmation validation validity
        offer proposal estimate estimation fees remuneration commission expenses disbursements
        travel accommodation equipment software license licensing maintenance support
        installation training documentation intellectual industrial patents trademarks rights
        copyright assignment exclusivity exclusive territory subcontracting subcontractor
        hyphenation typesetting computer hereinafter notwithstanding aforementioned thereof
        whereas hereby herein pursuant severability counterparts governing waiver successors
        entire representations undertakings unenforceable enforceability jurisdictional
        miscellaneous electronic electronically transmission correspondence communication
        communications administration administrative responsibility responsibilities reasonable
        reasonably commercially immediately accordingly respectively collectively individually
        independent contractor employee employees personnel subsidiary subsidiaries affiliate
        affiliates proprietary information disclosure disclosing receiving purposes necessary
        necessarily approximately specification specifications deliverables milestone milestones
        criteria implementation configuration customization integration availability uptime
        downtime incident incidents escalation priority severity hosting infrastructure security
        encryption authentication authorization backup continuity transition migration
        beneficiary beneficiaries transaction transactions collateral guarantor guarantors
        insolvency bankruptcy receivership liquidation administrator assignee novation setoff
        withholding deductible deductions reconciliation outstandingly creditworthiness
        consideration representation warranty's company's supplier's buyer's customer's
        Invoice Agreement Terms VAT
        a an of to in on
    """,
    "de": """
        Rechnung Rechnungen Rechnungsbetrag Rechnungsnummer Rechnungsdatum Rechnungsstellung
        Angebot Angebote Kostenvoranschlag Bestellung Bestellungen Auftrag Aufträge Auftraggeber
        Auftragnehmer Auftragsbestätigung Anzahlung Abschlagszahlung Fälligkeit Fälligkeitsdatum
        Zahlung Zahlungen Zahlungsbedingungen Zahlungsziel Zahlungsverzug Zahlungsfrist
        Überweisung Lastschrift Lastschriftmandat Scheck Skonto Rabatt Nachlass Verzugszinsen
        Verzugspauschale Mahnung Mahngebühr Mahnverfahren Inkasso Forderung Forderungen
        Verbindlichkeiten Betrag Beträge Gesamtbetrag Nettobetrag Bruttobetrag Zwischensumme Summe
        Mehrwertsteuer Umsatzsteuer Steuernummer Steuersatz Steuerbefreiung steuerfrei Lieferung
        Lieferungen Lieferant Lieferanten Lieferschein Lieferzeit Lieferfrist Liefertermin Versand
        Versandkosten Spedition Frachtführer Empfänger Verpackung Ware Waren Produkt Produkte
        Dienstleistung Dienstleistungen Dienstleister Leistung Leistungen Leistungszeitraum Kunde
        Kunden Kundennummer Käufer Verkäufer Vertrag Verträge Vertragspartner Vertragsparteien
        vertraglich Vereinbarung Vereinbarungen Geschäftsbedingungen Allgemeine
        Verkaufsbedingungen Lieferbedingungen Gewährleistung Garantie Haftung
        Haftungsbeschränkung Haftungsausschluss Schadensersatz Versicherung Kündigung
        Kündigungsfrist Rücktritt Widerruf Widerrufsrecht Widerrufsbelehrung Eigentumsvorbehalt
        Eigentum Klausel Anlage Anhang Nachtrag Unterschrift Unterzeichner Bevollmächtigter
        Vertreter Geschäftsführer Geschäftsführung Gesellschaft Gesellschaften Unternehmen
        Niederlassung Firmensitz Stammkapital Handelsregister Registergericht Amtsgericht
        Identifikationsnummer Buchhaltung Buchführung Steuerberater Bankverbindung Kontoinhaber
        Kontonummer Bankleitzahl Kreditinstitut Gläubiger Gläubigerin Schuldner Schuldnerin
        Verpflichtung Verpflichtungen Erfüllung Nichterfüllung Pflichtverletzung höhere Gewalt
        Streitigkeiten Gerichtsstand Erfüllungsort zuständig Zuständigkeit Schlichtung
        Schiedsverfahren Reklamation Beanstandung Mängelrüge Mangel Mängel mangelhaft
        Nacherfüllung Nachbesserung Ersatzlieferung Rückerstattung Erstattung Verbraucher
        Unternehmer gewerblich Vertraulichkeit vertraulich Geheimhaltung Datenschutz
        personenbezogene Daten Verarbeitung Aufbewahrung Aufbewahrungsfrist Archivierung Laufzeit
        Verlängerung stillschweigend Benachrichtigung Einschreiben Empfangsbestätigung Frist
        Fristen Kalendertage Werktage Arbeitstage Monat monatlich Quartal vierteljährlich
        jährlich Abonnement Preis Preise Preisliste Preisanpassung Preiserhöhung Zuschlag
        Aufschlag Menge Mengen Einzelpreis Stückpreis Einheit zuzüglich einschließlich inklusive
        Beschreibung Bezeichnung Artikelnummer Referenz Pflichtangaben gesetzlich gesetzliche
        Bestimmungen Vorschriften anwendbar Anwendung Auslegung Änderung Änderungen Annahme
        Bestätigung Gültigkeit gültig Honorar Vergütung Provision Kosten Auslagen Reisekosten
        Spesen Unterkunft Ausrüstung Software Lizenz Lizenzen Nutzung Nutzungsrechte Wartung
        Unterstützung Installation Schulung Dokumentation geistiges Urheberrecht Patente Marken
        Rechte Abtretung Exklusivität ausschließlich Gebiet Unterauftragnehmer Silbentrennung
        Straße Größe Grüße Maßnahme Maßnahmen gemäß Schließung Ablage Ablagen Abnahme
        Abnahmeprotokoll Abrechnung Abrechnungszeitraum Abschlag Absender Adresse Anschrift
        Ansprechpartner Arbeitsstunden Aufwand Aufwandsentschädigung Ausfuhr Ausgangsrechnung
        Eingangsrechnung Beanstandungen Behörde Beleg Belege Berechnung Bezahlung Bruttopreis
        Nettopreis Datum Dauerauftrag Einfuhr Einkauf Einkaufspreis Entgelt Ermäßigung Fahrtkosten
        Fracht Gebühren Gutschrift Gutschriften Hinweis Kleinunternehmer Kontoauszug Kreditkarte
        Leistungsbeschreibung Leistungsverzeichnis Mindestbestellwert Nachnahme Pauschale
        Quittung Ratenzahlung Rechtsform Rücksendung Sicherheitsleistung Sonderpreis Stornierung
        Stornogebühr Teillieferung Teilzahlung Transportschaden Umtausch Verjährung
        Verjährungsfrist Verrechnung Vertragsstrafe Vollmacht Vorauskasse Vorkasse Wechselkurs
        Zahlungseingang Zahlungserinnerung Zahlungsanweisung Zollgebühren Zustellung
        Rechnung RECHNUNG
        ab an im zu
    """,
}


def read_settings_and_last_level(path: Path):
    """The file's LEFTHYPHENMIN/RIGHTHYPHENMIN (2 when absent) and its last level's patterns, normalised."""
    raw = path.read_bytes()
    first_line = raw.split(b"\n", 1)[0].strip().decode("ascii")
    encoding = {"UTF-8": "utf-8", "ISO8859-1": "latin-1"}[first_line]
    lines = [line.strip() for line in raw.decode(encoding).split("\n")[1:]]
    left, right = 2, 2
    levels = [[]]
    for line in lines:
        if not line or line[0] in "%#":
            continue
        keyword = line.split()[0]
        if keyword == "NEXTLEVEL":
            levels.append([])
        elif keyword == "LEFTHYPHENMIN":
            left = int(line.split()[1]) or 2
        elif keyword == "RIGHTHYPHENMIN":
            right = int(line.split()[1]) or 2
        elif keyword in SETTINGS:
            pass
        elif "/" in line or "=" in line:
            pass  # non-standard pattern: skipped, as Folio does
        else:
            pattern = line.replace("\u2019", "'")
            pattern = re.sub(r"\d+", lambda m: m.group(0)[-1], pattern)  # libhyphen: last digit wins
            levels[-1].append(pattern)
    return encoding, left, right, levels[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare-full-files", action="store_true",
                        help="also print where Pyphen on the unmodified files disagrees")
    arguments = parser.parse_args()

    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        for language, file_name in FILES.items():
            encoding, left, right, patterns = read_settings_and_last_level(PATTERNS / file_name)
            last_level = Path(temporary) / f"last-level-{file_name}"
            last_level.write_text("UTF-8\n" + "\n".join(patterns) + "\n", encoding="utf-8")
            oracle = pyphen.Pyphen(filename=str(last_level), left=left, right=right)

            words = list(dict.fromkeys(WORDS[language].split()))  # unique, in order
            for word in words:
                rows.append((language, word, oracle.inserted(word.replace("\u2019", "'"), hyphen="-")))

            if arguments.compare_full_files:
                full = pyphen.Pyphen(filename=str(PATTERNS / file_name), left=left, right=right)
                differences = [(w, full.inserted(w), oracle.inserted(w)) for w in words
                               if full.inserted(w) != oracle.inserted(w)]
                print(f"{language}: {len(words)} words, {len(patterns)} last-level patterns, "
                      f"left {left} right {right}; full file differs on {len(differences)} words", file=sys.stderr)
                for word, with_full, with_last in differences:
                    print(f"  {word}: full file {with_full}, last level {with_last}", file=sys.stderr)

    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    with FIXTURE.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/generate-hyphenation-fixture.py with pyphen "
                  f"{pyphen.__version__} from the last pattern level of hyphenation/hyph_*.dic.\n")
        out.write("# language<TAB>word<TAB>word with a hyphen at every allowed point\n")
        for language, word, hyphenated in rows:
            out.write(f"{language}\t{word}\t{hyphenated}\n")
    print(f"wrote {len(rows)} words to {FIXTURE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
