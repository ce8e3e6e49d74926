#!/usr/bin/env python3
"""Writes Tests/FolioLayoutTests/Resources/hyphenation-fixture.tsv, the oracle for Folio's hyphenator.

For about 1,500 words (vocabulary of contracts, invoices and terms of sale in French, English and
German, with some 450 more German compounds), the fixture holds the hyphenation that libhyphen itself
computes from the same pattern files as Folio (hyphenation/hyph_*.dic), called the way LibreOffice's
hyphenator (lingucomponent/source/hyphenator/hyphen/hyphenimp.cxx) calls it. HyphenationTests checks
every line, so the tests need neither libhyphen nor Python: only regenerating the fixture does.

    apt-get install -y libhyphen0      # Debian's libhyphen (tested with 2.8.8-7); only to regenerate
    python3 scripts/generate-hyphenation-fixture.py

What the script does for each word, as LibreOffice does:
  - `’` and `‘` become `'`, the word is lowercased and encoded in the file's character set
    (ISO8859-1 for German, UTF-8 otherwise); trailing dots would be dropped (there are none);
  - hnj_hyphen_hyphenate3(dict, word, length, hyphens, NULL, &rep, &pos, &cut,
    minLead, minTrail, compoundMinLead, compoundMinTrail), where minLead and minTrail are the minimums
    Folio's Hyphenator uses by default (the file's LEFTHYPHENMIN / RIGHTHYPHENMIN, 2 when absent, that
    is LibreOffice's default of 2 raised to the file's), and the compound minimums come from
    LibreOffice's formula: max(clhmin, max(clhmin, 2) + max(0, minLead - max(lhmin, 2))), and alike
    on the right, with the dictionary's own clhmin, lhmin, crhmin, rhmin;
  - a hyphen may go after character i when hyphens[i] is odd, i >= minLead - 1 and
    length - i - 1 >= minTrail (LibreOffice's own check); none of these files has non-standard
    patterns, so rep stays empty (the script checks it).
"""

import ctypes
import ctypes.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "hyphenation"
FIXTURE = ROOT / "Tests" / "FolioLayoutTests" / "Resources" / "hyphenation-fixture.tsv"

FILES = {
    "fr": "hyph_fr.dic",
    "en": "hyph_en_US.dic",
    "de": "hyph_de_DE.dic",
}

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

# German compounds of invoices and terms of sale, where the compound level of hyph_de_DE.dic matters.
GERMAN_COMPOUNDS = """
        Verzugskostenpauschale Gewährleistungsfrist Gewährleistungsansprüche Gewährleistungsrechte
        Gewährleistungszeit Gewährleistungsausschluss Gewährleistungsbürgschaft Mängelansprüche
        Mängelhaftung Sachmängelhaftung Sachmängel Rechtsmängel Mängelanzeige Mangelfolgeschäden
        Schadensersatzansprüche Schadensersatzpflicht Schadensminderungspflicht Schadensanzeige
        Schadensfall Schadenshöhe Folgeschäden Vermögensschäden Sachschäden Personenschäden
        Haftungsbegrenzung Haftungshöchstbetrag Haftungsfreistellung Freistellungserklärung
        Haftpflichtversicherung Betriebshaftpflichtversicherung Produkthaftung Produkthaftungsgesetz
        Versicherungsschutz Rücktrittsrecht Rücktrittserklärung Kündigungsrecht Kündigungserklärung
        Kündigungsschreiben Kündigungsfristen Kündigungstermin Kündigungszeitpunkt Sonderkündigungsrecht
        Vertragslaufzeit Mindestvertragslaufzeit Vertragsbeginn Vertragsende Vertragsverlängerung
        Vertragsabschluss Vertragsbestandteil Vertragsbestandteile Vertragsänderung Vertragsgegenstand
        Vertragsverhältnis Vertragsbedingungen Vertragsstrafen Vertragserfüllung Vertragsverletzung
        Vertragsunterzeichnung Vertragspartei Vertragspartnerin Vertragssprache Vertragstext Vertragsjahr
        Vertragserfüllungsbürgschaft Laufzeitende Verlängerungszeitraum Zahlungsbedingung
        Zahlungsmodalitäten Zahlungsweise Zahlungsart Zahlungsempfänger Zahlungspflichtige
        Zahlungsaufforderung Zahlungserinnerungen Zahlungsausfall Zahlungsunfähigkeit
        Zahlungseinstellung Zahlungsfristen Zahlungstermin Zahlungsplan Zahlungsverkehr
        Zahlungsnachweis Zahlungsbestätigung Zahlungsreferenz Zahlungsdienstleister Zahlungsmittel
        Zahlungsverpflichtung Zahlungsrückstand Zahlungsrückstände Zahlungseingänge Zahlungsabwicklung
        Zahlungsdienst Zahlungskonditionen Verzugsschaden Verzugszinssatz Verzugseintritt
        Basiszinssatz Zinssatz Zinsberechnung Fälligkeitstermin Fälligkeitszinsen Mahnstufe Mahnkosten
        Mahnbescheid Mahngebühren Inkassokosten Inkassounternehmen Rechtsanwaltskosten Gerichtskosten
        Gerichtsverfahren Gerichtsstandsvereinbarung Schiedsgericht Schiedsvereinbarung Rechtswahl
        Rechtsnachfolger Rechtsverhältnis Rechtsgrundlage Rechtsweg Rechtsstreitigkeiten Streitwert
        Schlichtungsstelle Verbraucherschlichtungsstelle Streitbeilegung Onlinestreitbeilegung
        Beschwerdeverfahren Rechnungsanschrift Rechnungsadresse Rechnungsempfänger Rechnungsbeträge
        Rechnungskopie Rechnungskorrektur Rechnungsposition Rechnungspositionen Rechnungsprüfung
        Rechnungssumme Rechnungsversand Rechnungsausgleich Rechnungsjahr Rechnungsnummern
        Rechnungsstellungsdatum Teilrechnung Schlussrechnung Abschlagsrechnung Proformarechnung
        Sammelrechnung Stornorechnung Korrekturrechnung Gutschriftsanzeige Vorauszahlung
        Vorauszahlungsrechnung Anzahlungsrechnung Anzahlungsbürgschaft Restbetrag Restzahlung
        Endbetrag Gesamtpreis Gesamtsumme Gesamtkosten Nettosumme Bruttosumme Mehrwertsteuersatz
        Umsatzsteueridentifikationsnummer Umsatzsteuerpflicht umsatzsteuerfrei Vorsteuerabzug
        Steuerschuldnerschaft Steueridentifikationsnummer Einfuhrumsatzsteuer Kleinunternehmerregelung
        Leistungsempfänger Leistungserbringung Leistungsdatum Leistungsort Leistungsumfang
        Leistungsänderung Leistungsverweigerungsrecht Leistungsstörung Leistungsbeschreibungen
        Lieferdatum Lieferanschrift Lieferadresse Lieferverzug Lieferverzögerung Lieferumfang
        Liefermenge Lieferkosten Lieferpauschale Lieferzeiten Lieferfristen Liefertermine
        Lieferantenrechnung Lieferantennummer Lieferantenerklärung Lieferkette Lieferbereitschaft
        Lieferschwierigkeiten Teillieferungen Lieferungsvorbehalt Selbstbelieferungsvorbehalt
        Versandart Versanddatum Versandbestätigung Versandkostenpauschale versandkostenfrei
        Transportkosten Transportversicherung Transportrisiko Gefahrübergang Annahmeverzug
        Abnahmeverweigerung Abnahmebestätigung Abnahmeprotokolle Abnahmefrist Teilabnahme Endabnahme
        Inbetriebnahme Eigentumsübergang Eigentumsrecht Eigentumsvorbehaltsware Vorbehaltsware
        Sicherungsübereignung Sicherungsabtretung Forderungsabtretung Aufrechnung Aufrechnungsverbot
        Zurückbehaltungsrecht Sicherheitseinbehalt Bürgschaft Bürgschaftserklärung Preisänderung
        Preisänderungen Preisangaben Preisnachlass Preissenkung Preisgleitklausel Preisbindung
        Preisstellung Preiserhöhungen Preisanpassungsklausel Preisvorbehalt Änderungsvorbehalt
        Listenpreis Listenpreise Nettopreise Bruttopreise Endpreis Festpreis Pauschalpreis
        Stundensatz Tagessatz Mindestbestellmenge Mindermengenzuschlag Bestellnummer
        Bestellbestätigung Bestellannahme Bestellvorgang Bestelldatum Auftragsnummer Auftragsvolumen
        Auftragswert Auftragserteilung Auftragsbestätigungen Angebotsnummer Angebotsannahme
        Angebotsfrist Angebotspreis Kaufvertrag Kaufpreis Kaufpreisforderung Werkvertrag
        Dienstvertrag Rahmenvertrag Rahmenvereinbarung Wartungsvertrag Mietvertrag Lizenzvertrag
        Lizenzgebühren Nutzungsbedingungen Nutzungsentgelt Datenschutzerklärung
        Datenschutzbestimmungen Datenverarbeitung Auftragsverarbeitung Geheimhaltungsvereinbarung
        Vertraulichkeitsvereinbarung Schriftformerfordernis Schriftform Nebenabreden Salvatorische
        Teilnichtigkeit Unwirksamkeit Erfüllungsgehilfen Verschulden Fahrlässigkeit Vorsatz
        Höchstbetrag Verbraucherschutz Widerrufsfrist Widerrufsformular Rücksendekosten
        Rücksendeadresse Rückgaberecht Umtauschrecht Garantiebedingungen Garantiezeit Garantiefall
        Garantieleistung Reparaturkosten Ersatzteile Nachbesserungsfrist Fristsetzung Nachfrist
        Fristablauf Fristverlängerung Ausschlussfrist Kalendermonat Geschäftsjahr Geschäftstag
        Geschäftstage Bankarbeitstag Zugangsnachweis Empfangsbestätigungen Kontoverbindung
        Kontoinhaberin Bankkonto Bankgebühren Überweisungsgebühren Überweisungsträger
        Lastschriftverfahren Einzugsermächtigung Gläubigeridentifikationsnummer Mandatsreferenz
        Verwendungszweck Skontoabzug Skontofrist Skontobetrag Rabattstaffel Mengenrabatt Treuerabatt
        Sonderkonditionen Konditionen Handelsregisternummer Registernummer Geschäftsführerin
        Geschäftsadresse Geschäftsräume Firmenbezeichnung Unternehmenssitz Sitzverlegung
        Gesellschaftsvertrag Stammeinlage Aufsichtsrat Vorstandsvorsitzender Prokurist
        Handlungsvollmacht Vertretungsberechtigung Unterschriftsberechtigter Insolvenzverfahren
        Insolvenzantrag Zwangsvollstreckung Vollstreckungsbescheid Pfändung Verjährungsfristen
        Verjährungsbeginn Anspruchsgrundlage Untersuchungspflicht Rügepflicht Wareneingang
        Wareneingangskontrolle Warenwert Warenlieferung Warenrücksendung Warenempfänger Kundenkonto
        Kundendienst Kundenservice Kundenbetreuung Kundenzufriedenheit Ansprechpartnerin
        Vertriebspartner Handelsvertreter Provisionsanspruch Provisionsabrechnung
        Abrechnungsperiode Abrechnungsmodalitäten Kostenerstattung Kostenübernahme
        Kostenvoranschläge Mehrkosten Zusatzkosten Nebenkosten Verpackungskosten Entsorgungskosten
        Zollabfertigung Ursprungsland Exportkontrolle Frachtkosten Frachtbrief Spediteur
        Paketdienst Sendungsverfolgung Sendungsnummer Zustelladresse Zustellversuch
        Empfangsberechtigter Selbstabholung Lagerkosten Lagergeld Einlagerung Anwendungsbereich
        Geltungsbereich Betriebsstörung Betriebsstörungen Arbeitskampf Rohstoffmangel
        Energieversorgung Energiekosten Materialkosten Personalkosten Lohnkosten Kostensteigerung
        Kostensteigerungen Wechselkursschwankungen Währungsumrechnung Fremdwährung
        Rundungsdifferenzen Kleinbeträge Kreditkartenzahlung Kartenzahlung Barzahlung
        Sofortüberweisung Nachnahmegebühr Bearbeitungsgebühr Bearbeitungsgebühren Bearbeitungszeit
        Stornierungsgebühr Stornierungsbedingungen Stornokosten Servicepauschale Wartungspauschale
        Jahrespauschale Monatspauschale Grundgebühr Jahresbeitrag Mitgliedsbeitrag Verbraucherpreisindex
        Pflichtenheft Lastenheft Gesamtschuldner Gesamtschuldnerische Vorleistung Vorleistungspflicht
"""
WORDS["de"] += GERMAN_COMPOUNDS


class HyphenDict(ctypes.Structure):
    """The start of libhyphen's struct _HyphenDict (hyphen.h, 2.8.x), enough to read the settings."""
    _fields_ = [
        ("lhmin", ctypes.c_byte), ("rhmin", ctypes.c_byte),
        ("clhmin", ctypes.c_byte), ("crhmin", ctypes.c_byte),
        ("nohyphen", ctypes.c_char_p), ("nohyphenl", ctypes.c_int),
        ("num_states", ctypes.c_int), ("cset", ctypes.c_char * 20), ("utf8", ctypes.c_int),
        ("states", ctypes.c_void_p), ("nextlevel", ctypes.c_void_p),
    ]


def load_libhyphen():
    name = ctypes.util.find_library("hyphen") or "libhyphen.so.0"
    try:
        library = ctypes.CDLL(name)
    except OSError:
        sys.exit("libhyphen not found: apt-get install -y libhyphen0 (needed only to regenerate the fixture)")
    library.hnj_hyphen_load.restype = ctypes.POINTER(HyphenDict)
    library.hnj_hyphen_load.argtypes = [ctypes.c_char_p]
    library.hnj_hyphen_free.argtypes = [ctypes.POINTER(HyphenDict)]
    library.hnj_hyphen_hyphenate3.restype = ctypes.c_int
    library.hnj_hyphen_hyphenate3.argtypes = [
        ctypes.POINTER(HyphenDict), ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
        ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p,
        ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_int,
    ]
    return library


class LibreOfficeHyphenator:
    """One pattern file, hyphenating words the way LibreOffice does with libhyphen."""

    def __init__(self, library, path: Path):
        self.library = library
        self.dict = library.hnj_hyphen_load(str(path).encode())
        if not self.dict:
            sys.exit(f"libhyphen cannot load {path}")
        settings = self.dict.contents
        self.encoding = "utf-8" if settings.utf8 else "latin-1"
        self.min_lead = settings.lhmin if settings.lhmin > 0 else 2
        self.min_trail = settings.rhmin if settings.rhmin > 0 else 2
        self.compound_lead = max(settings.clhmin, max(settings.clhmin, 2) + max(0, self.min_lead - max(settings.lhmin, 2)))
        self.compound_trail = max(settings.crhmin, max(settings.crhmin, 2) + max(0, self.min_trail - max(settings.rhmin, 2)))

    def points(self, word: str) -> list:
        """Where a hyphen may go, in characters from the start of the word."""
        lowered = word.replace("\u2019", "'").replace("\u2018", "'").lower()
        assert len(lowered) == len(word), word
        encoded = lowered.encode(self.encoding, errors="replace")
        length = len(encoded)
        while length > 0 and encoded[length - 1:length] == b".":
            length -= 1
        hyphens = ctypes.create_string_buffer(len(encoded) + 5)
        rep, pos, cut = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
        if length > 0:
            failed = self.library.hnj_hyphen_hyphenate3(
                self.dict, encoded, length, hyphens, None,
                ctypes.byref(rep), ctypes.byref(pos), ctypes.byref(cut),
                self.min_lead, self.min_trail, self.compound_lead, self.compound_trail,
            )
            assert failed == 0, word
            assert not rep.value, f"{word}: non-standard hyphenation, which Folio does not do"
        # In UTF-8, libhyphen has turned hyphens[] into one value per character.
        values = hyphens.raw
        return [i + 1 for i in range(len(lowered))
                if i < length and values[i] & 1 and i >= self.min_lead - 1 and length - i - 1 >= self.min_trail]


def hyphenated(word: str, points: list) -> str:
    return "".join(("-" if i in points else "") + character for i, character in enumerate(word))


def main() -> int:
    library = load_libhyphen()
    rows = []
    for language, file_name in FILES.items():
        oracle = LibreOfficeHyphenator(library, PATTERNS / file_name)
        words = list(dict.fromkeys(WORDS[language].split()))  # unique, in order
        for word in words:
            rows.append((language, word, hyphenated(word, oracle.points(word))))
        print(f"{language}: {len(words)} words, minimums {oracle.min_lead}/{oracle.min_trail}, "
              f"compound minimums {oracle.compound_lead}/{oracle.compound_trail}", file=sys.stderr)

    FIXTURE.parent.mkdir(parents=True, exist_ok=True)
    with FIXTURE.open("w", encoding="utf-8", newline="\n") as out:
        out.write("# Generated by scripts/generate-hyphenation-fixture.py with libhyphen (hnj_hyphen_hyphenate3, "
                  "called as LibreOffice calls it) from hyphenation/hyph_*.dic.\n")
        out.write("# language<TAB>word<TAB>word with a hyphen at every allowed point\n")
        for language, word, result in rows:
            out.write(f"{language}\t{word}\t{result}\n")
    print(f"wrote {len(rows)} words to {FIXTURE.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
