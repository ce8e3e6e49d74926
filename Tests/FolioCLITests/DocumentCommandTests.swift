import Foundation
import Testing

/// End-to-end: every kind of document, in French and English, read back with `pdftotext`: the
/// mandatory mentions with the values the core computed, and the French-prevails clause exactly
/// when English is printed.
@Suite("folio quote, credit-note, notice, terms", .serialized)
struct DocumentCommandTests {
    static let prevailsEnglish = "the French version prevails"
    static let prevailsFrench = "la version française prévaut"

    /// Runs folio writing into a fresh file and returns the PDF's text (layout order, spaces normalised).
    /// The text of the PDF a command writes; quotes, invoices and credit notes are issued into a new ledger.
    static func document(_ arguments: String...) throws -> String {
        let path = InvoiceCommandTests.output("doc.pdf")
        let issued = ["quote", "invoice", "credit-note"].contains(arguments.first ?? "")
        // A fresh ledger each time: a credit note's invoice is not in it, so it was issued elsewhere.
        let ledger = issued ? ["--ledger", InvoiceCommandTests.output("ledger.sqlite")] : []
        let external = arguments.first == "credit-note" ? ["--external"] : []
        let run = try FolioCLITests.folio(arguments + ["--output", path] + ledger + external)
        #expect(run.status == 0, "\(run.error)")
        return try InvoiceCommandTests.text(ofPDF: path)
    }

    static func expectAll(_ text: String, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        for item in expected { #expect(text.contains(item), "missing: \(item)", sourceLocation: sourceLocation) }
    }

    @Test("Quote in French: validity, deposit, totals, Bon pour accord, the terms in force annexed with their date")
    func quoteFrench() throws {
        let text = try Self.document("quote", "examples/orders/08-quote-with-deposit.yaml")
        Self.expectAll(text, [
            "Devis n° D-2026-0001", "Date du devis 5 octobre 2026", "Valable jusqu'au 4 novembre 2026",
            "Total HT 6 225,00 €", "Total TVA 1 245,00 €", "Total TTC 7 470,00 €", "20 % 6 225,00 € 1 245,00 €",
            "Un acompte de 30 %, soit 2 241,00 € TTC, est dû à la signature", "Le solde de 5 229,00 € TTC",
            "payable à 30 jours à compter de la date de facture",
            "Bon pour accord", "Nom et qualité du signataire", "« Lu et approuvé, bon pour accord »",
            "version du 1er septembre 2026", "version en vigueur au 1er septembre 2026", "loi n° 80-335",
            "RCS Paris 912 345 618", "page 1 / ",
        ])
        #expect(!text.contains(Self.prevailsFrench) && !text.contains(Self.prevailsEnglish))
    }

    @Test("Quote in English, with the English terms annexed and the French-prevails clause")
    func quoteEnglish() throws {
        let text = try Self.document("quote", "examples/orders/08-quote-with-deposit.yaml", "--lang", "en")
        Self.expectAll(text, [
            "Quote No. D-2026-0001", "Valid until 4 November 2026", "Total incl. VAT €7,470.00",
            "A deposit of 30%, that is €2,241.00 incl. VAT", "Approved for acceptance", "Lu et approuvé",
            "General terms of sale", Self.prevailsEnglish,
        ])
    }

    @Test("Deposit invoice: 30 % of the total including VAT, one line per VAT rate, citing the quote; the balance invoice deducts it")
    func depositThenBalance() throws {
        let deposit = try Self.document("invoice", "examples/orders/08b-deposit-invoice.yaml")
        Self.expectAll(deposit, [
            "Facture d'acompte n° FA-2026-0001", "Devis n° D-2026-0001 du 5 octobre", "Acompte 30 % de 7 470,00 € TTC",
            "Acompte de 30 % sur la part de la commande au taux 20 %, 1 1 867,50 20 % 1 867,50 € soit 2 241,00 € TTC",
            "Total TVA 373,50 €", "Total TTC 2 241,00 €", "Paiement à réception de facture, soit au plus tard le 12 octobre 2026",
            "Nature de l'opération Livraison de biens et",
        ])
        let balance = try Self.document("invoice", "examples/orders/08c-balance-invoice.yaml")
        Self.expectAll(balance, [
            "Facture de solde n° F-2026-0001", "Total TTC 7 470,00 €",
            "Acompte versé — facture n° FA-2026-0001 du 12 octobre 2026 −2 241,00 €", "Net à payer 5 229,00 €",
        ])
    }

    @Test("Credit note in both languages cites the original invoice's number and date")
    func creditNote() throws {
        let french = try Self.document("credit-note", "examples/orders/10-credit-note.json")
        Self.expectAll(french, [
            "Avoir n° AV-2026-0001", "Facture d'origine n° F-2026-0001 du 16 mars 2026", "Montant de l'avoir 93,05 €",
            "se rapporte à la facture n° F-2026-0001 du 16 mars 2026", "5,5 % 88,20 € 4,85 €", "SIREN 552 100 554",
        ])
        #expect(!french.contains(Self.prevailsFrench) && !french.contains(Self.prevailsEnglish))
        let english = try Self.document("credit-note", "examples/orders/10-credit-note.json", "--lang", "en")
        Self.expectAll(english, ["Original invoice No. F-2026-0001 of 16 March", "Amount credited €93.05", Self.prevailsEnglish])
    }

    @Test("A document command refuses an order of another kind and writes nothing")
    func wrongKind() throws {
        let path = InvoiceCommandTests.output("never.pdf")
        let run = try FolioCLITests.folio("credit-note", "examples/orders/01-domestic-several-rates.yaml", "--output", path)
        #expect(run.status == 1)
        #expect(run.error.contains("kind: this order is a invoice") || run.error.contains("kind: this order is an invoice"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("Reminder: days late, penalties per period at 3 × the legal rate, the 40 € indemnity, the deadline")
    func reminder() throws {
        // Due 30 April 2026; 20 days late on 20 May: 3 875,43 € × 7,86 % × 20 / 365 = 16,69 €.
        let text = try Self.document("notice", "reminder", "examples/orders/01-domestic-several-rates.yaml",
                                     "--number", "F-2026-0001", "--at", "2026-05-20")
        Self.expectAll(text, [
            "facture n° F-2026-0001 du 16 mars 2026", "3 875,43 €", "30 avril 2026", "20 jours",
            "16,69 €", "40,00 €", "3 932,12 €", "4 juin 2026", "7,86 %",
        ])
        #expect(!text.contains(Self.prevailsFrench))
    }

    @Test("Formal notice in English: penalties to the letter's date, 8 days to pay, French prevails")
    func formalNotice() throws {
        let text = try Self.document("notice", "formal-notice", "examples/orders/01-domestic-several-rates.yaml",
                                     "--number", "F-2026-0001", "--at", "2026-06-22", "--lang", "en")
        Self.expectAll(text, [
            "invoice No. F-2026-0001 of 16 March 2026", "53 days", "from 1 May 2026 to 22 June 2026 €3,875.43 53 days 7.86% €44.23",
            "not in our invoicing ledger",
            "€40.00", "€3,959.66", "by 30 June 2026", "Registered letter", Self.prevailsEnglish,
        ])
    }

    @Test("A notice before the due date is refused, naming why")
    func noticeNotOverdue() throws {
        let path = InvoiceCommandTests.output("never.pdf")
        let run = try FolioCLITests.folio("notice", "reminder", "examples/orders/01-domestic-several-rates.yaml",
                                          "--at", "2026-04-30", "--output", path)
        #expect(run.status == 1)
        #expect(run.error.contains("not overdue on 2026-04-30: it is due on 2026-04-30"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("terms list names every terms document and its dated versions")
    func termsList() throws {
        let run = try FolioCLITests.folio("terms", "list")
        #expect(run.status == 0, "\(run.error)")
        for expected in ["terms/goods-and-software", "2026-01-01", "2026-09-01", "terms/maintenance-services", "2026-07-01"] {
            #expect(run.output.contains(expected), "missing: \(expected)")
        }
    }

    @Test("terms show: the version in force the day before, on and after an effective date", arguments: [
        ("2026-08-31", "1er janvier 2026"), ("2026-09-01", "1er septembre 2026"), ("2026-09-02", "1er septembre 2026"),
    ])
    func termsVersionChoice(day: String, effective: String) throws {
        let text = try Self.document("terms", "show", "terms/goods-and-software", "--at", day)
        #expect(text.contains("version en vigueur au \(effective)"))
        #expect(text.contains("Tribunal des activités économiques de Paris"))
        #expect(!text.contains(Self.prevailsFrench))
    }

    @Test("terms show fr+en: French and English side by side, with the clause in both languages")
    func termsSideBySide() throws {
        let text = try Self.document("terms", "show", "terms/maintenance-services", "--at", "2026-07-01", "--lang", "fr+en")
        Self.expectAll(text, ["Français English", "version en vigueur au 1er juillet 2026",
                              Self.prevailsFrench, Self.prevailsEnglish])
    }

    @Test("terms show before the first version is refused")
    func termsBeforeFirstVersion() throws {
        let run = try FolioCLITests.folio("terms", "show", "terms/goods-and-software", "--at", "2025-12-31",
                                          "--output", InvoiceCommandTests.output("never.pdf"))
        #expect(run.status == 1)
        #expect(run.error.contains("no version of terms/goods-and-software is in force on 2025-12-31"))
    }

    @Test("The other language of each kind: deposit invoice, balance invoice, reminder and terms in English, formal notice in French")
    func otherLanguages() throws {
        let deposit = try Self.document("invoice", "examples/orders/08b-deposit-invoice.yaml", "--lang", "en")
        Self.expectAll(deposit, ["Deposit invoice No. FA-2026-0001", "Quote No. D-2026-0001 of 5 October", "Total incl. VAT €2,241.00",
                                 "Deposit of 30% on the part of the order at 20%, that 1 1,867.50 20% €1,867.50 is €2,241.00 incl. VAT", Self.prevailsEnglish])
        let balance = try Self.document("invoice", "examples/orders/08c-balance-invoice.yaml", "--lang", "en")
        Self.expectAll(balance, ["Final invoice No.", "Deposit paid — invoice No. FA-2026-0001 of 12 October 2026 −€2,241.00",
                                 "Amount due €5,229.00"])
        let reminder = try Self.document("notice", "reminder", "examples/orders/01-domestic-several-rates.yaml",
                                         "--number", "F-2026-0001", "--at", "2026-05-20", "--lang", "en")
        Self.expectAll(reminder, ["20 days", "€16.69", "€40.00", "€3,932.12", "4 June 2026", Self.prevailsEnglish])
        let notice = try Self.document("notice", "formal-notice", "examples/orders/01-domestic-several-rates.yaml",
                                       "--number", "F-2026-0001", "--at", "2026-06-22")
        Self.expectAll(notice, ["Lettre recommandée", "mise en demeure", "53 jours", "44,23 €", "40,00 €", "3 959,66 €",
                                "30 juin 2026", "du 1er mai 2026 au 22 juin 2026"])
        #expect(!notice.contains(Self.prevailsFrench) && !notice.contains(Self.prevailsEnglish))
        let terms = try Self.document("terms", "show", "terms/goods-and-software", "--at", "2026-09-01", "--lang", "en")
        Self.expectAll(terms, ["General terms of sale", "in force from 1 September 2026", "Tribunal des activités économiques de Paris",
                               "the ECB main refinancing rate plus 10 points", Self.prevailsEnglish])
    }
}
