import Foundation
import Testing

/// Documents for a consumer (`buyer.kind: individual`, issue 13 §1), end to end through `folio` and
/// read back with pdftotext, in French and English: no business-only mention, prices including VAT,
/// notices claiming interest at the legal rate only from a formal notice, the quote's pre-contract
/// information and withdrawal form, and terms that must be written for the buyer. Amounts are
/// computed by hand in the comments.
@Suite("Consumer documents", .serialized)
struct ConsumerDocumentTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-consumers-\(UUID().uuidString)").path

    func write(_ text: String, _ name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func expect(_ text: String, contains expected: [String], not absent: [String] = [],
                sourceLocation: SourceLocation = #_sourceLocation) {
        for item in expected { #expect(text.contains(item), "missing: \(item)", sourceLocation: sourceLocation) }
        for item in absent { #expect(!text.contains(item), "printed: \(item)", sourceLocation: sourceLocation) }
    }

    /// The examples' company (its identity, mediator and rules) selling under terms of its own,
    /// `terms/particuliers`, written for `audience` — Folio's own terms are for businesses only.
    func company(audience: String = "all") throws -> String {
        let version = folder + "/\(audience)/templates/terms/particuliers/2026-01-01"
        try FileManager.default.createDirectory(atPath: version, withIntermediateDirectories: true)
        try "# Conditions générales de vente\n\nTexte.\n".write(toFile: version + "/fr.folio", atomically: true, encoding: .utf8)
        try "# General terms of sale\n\nText.\n".write(toFile: version + "/en.folio", atomically: true, encoding: .utf8)
        try "audience: \(audience)\n".write(toFile: version + "/version.yaml", atomically: true, encoding: .utf8)
        return try profile("\(audience)/profile.yaml", terms: "terms/particuliers", templates: true)
    }

    /// A draft's text, the order computed with the company whose terms admit consumers.
    func draft(_ command: String, _ order: String, lang: String) throws -> String {
        let path = InvoiceCommandTests.output("draft.pdf")
        let run = try FolioCLITests.folio([command, order, "--draft", "--lang", lang, "--output", path, "--company", try company()])
        #expect(run.status == 0, "\(run.error)")
        return try InvoiceCommandTests.text(ofPDF: path)
    }

    /// Order 07 (a webshop order priced including VAT) bought by a consumer.
    func consumerWebshopOrder() throws -> String {
        let text = try String(contentsOfFile: FolioCLITests.root.path + "/examples/orders/07-webshop-prices-including-vat.yaml", encoding: .utf8)
            .replacingOccurrences(of: "name: Papeterie Dupuis\n  kind: business\n  siren: \"848275301\"", with: "name: Jean Dupuis\n  kind: individual")
        #expect(text.contains("kind: individual"))
        return try write(text, "07-consumer.yaml")
    }

    // MARK: - Invoices and credit notes

    @Test("A consumer invoice: prices including VAT, no penalty « de plein droit », no 40 € indemnity, interest after a formal notice, the mediator")
    func invoice() throws {
        // Order 07 for a consumer: 3 × 19.99 and 2 × 8.45 including VAT, delivery 4.90: 59.97 + 16.90 + 4.90 = 81.77 to pay.
        let order = try consumerWebshopOrder()
        let french = try draft("invoice", order, lang: "fr")
        expect(french, contains: [
            "Désignation Quantité Prix unitaire TTC TVA Montant TTC",
            "Carnet de notes relié 3 19,99 20 % 59,97 €", "Livre de poche 2 8,45 5,5 % 16,90 €",
            "Total des lignes TTC 76,87 €", "Livraison 4,90 €",
            "Total HT 70,07 €", "Total TVA 11,69 €", "Total TTC 81,76 €", "Arrondi +0,01 €", "Net à payer 81,77 €",
            "Tout retard de paiement fait courir des intérêts au taux de l'intérêt légal sur les sommes restant dues, à compter de la mise en demeure de payer (C. civ. art. 1231-6 et 1344-1).",
            "médiateur de la consommation : Médiation des Services Numériques, https://www.mediation-numerique.example, 8 rue de la Chaussée d'Antin, 75009 Paris",
        ], not: ["Prix unitaire HT", "pénalités", "de plein droit", "indemnité forfaitaire", "40,00 €", "Pas d'escompte"])
        let english = try draft("invoice", order, lang: "en")
        expect(english, contains: [
            "Description Quantity Unit price incl. VAT VAT Amount incl. VAT",
            "Carnet de notes relié 3 19.99 20% €59.97", "Lines total incl. VAT €76.87",
            "Total excl. VAT €70.07", "Total incl. VAT €81.76", "Amount due €81.77",
            "Late payment makes the sums still due bear interest at the French legal interest rate from the formal notice to pay",
            "consumer mediator: Médiation des Services Numériques",
        ], not: ["Unit price excl. VAT", "penalties", "recovery", "€40.00", "No discount for early payment"])
    }

    @Test("A business invoice keeps its prices excluding VAT and its L441-10 mentions")
    func businessInvoiceUnchanged() throws {
        let text = try draft("invoice", "examples/orders/07-webshop-prices-including-vat.yaml", lang: "fr")
        expect(text, contains: ["Prix unitaire HT", "Carnet de notes relié 3 16,6583 20 % 49,97 €", "Total des lignes HT 65,99 €",
                                "Net à payer 81,77 €", "Pas d'escompte pour paiement anticipé",
                                "indemnité forfaitaire pour frais de recouvrement de 40,00 €"],
               not: ["TTC TVA Montant TTC", "mise en demeure de payer (C. civ.", "médiateur"])
    }

    @Test("A consumer's credit note states its prices including VAT (seed 004: the licence refunded at 89.00 €)")
    func creditNote() throws {
        let text = try SeedExampleTests.document("credit-note", seed: "004-almeris-online", order: "03-credit-note-withdrawal.yaml")
        // 89.00 including VAT = 74.17 net + 14.83 VAT.
        expect(text, contains: ["Prix unitaire TTC", "89,00 20 % 89,00 €", "Total HT 74,17 €", "Total TVA 14,83 €", "Total TTC 89,00 €"],
               not: ["Prix unitaire HT"])
    }

    // MARK: - Reminders and formal notices

    /// 1 000.00 net at 20 % = 1 200.00 to a consumer, due 15 days after 2 March 2026: on 17 March.
    static let consumerInvoice = """
        kind: invoice
        date: 2026-03-02
        deliveryDate: same-as-invoice
        currency: EUR
        buyer:
          name: Jeanne Martin
          kind: individual
          country: FR
          address: {lines: [5 rue des Lilas], postcode: "69003", city: Lyon, country: FR}
        lines:
          - {description: Ordinateur portable reconditionné, quantity: 1, unitPrice: 1000.00, vatRate: 20}
        paymentTerms: {kind: net, days: 15, from: invoice-date}
        """

    /// The reminder of 1 April, the formal notices of 15 April and 15 May, in one language, from a ledger.
    func notices(lang: String) throws -> (reminder: String, first: String, second: String) {
        try FileManager.default.createDirectory(atPath: folder + "/\(lang)", withIntermediateDirectories: true)
        let ledger = folder + "/\(lang)/ledger.sqlite"
        let order = try write(Self.consumerInvoice, "consumer-\(lang).yaml")
        let company = try company()
        let issued = try FolioCLITests.folio("invoice", order, "--ledger", ledger, "--lang", lang, "--company", company)
        #expect(issued.status == 0, "\(issued.error)")
        var texts: [String] = []
        for (kind, date) in [("reminder", "2026-04-01"), ("formal-notice", "2026-04-15"), ("formal-notice", "2026-05-15")] {
            let path = folder + "/\(lang)/\(kind).\(date).pdf"
            let run = try FolioCLITests.folio("notice", kind, "F-2026-0001", "--at", date, "--lang", lang, "--ledger", ledger,
                                              "--output", path, "--company", company)
            #expect(run.status == 0, "\(run.error)")
            texts.append(try InvoiceCommandTests.text(ofPDF: path))
        }
        // The ledger counts the interest the same way: 2.58 since the first formal notice.
        let due = try FolioCLITests.folio("ledger", "due", "--at", "2026-05-15", "--invoices", "--ledger", ledger, "--company", company)
        #expect(due.output.contains("F-2026-0001 (59 d late)") && due.output.contains("2.58"), "\(due.output)")
        return (texts[0], texts[1], texts[2])
    }

    @Test("To a consumer, in French: the reminder claims the principal; the first formal notice starts interest on its date; the second claims the interest since the first")
    func noticesFrench() throws {
        let letters = try notices(lang: "fr")
        expect(letters.reminder, contains: [
            "Facture n° F-2026-0001 du 2 mars 2026 1 200,00 €", "Total dû 1 200,00 €",
            "À défaut, nous pourrons vous adresser une mise en demeure de payer, à compter de laquelle cette somme produira intérêt au taux de l'intérêt légal jusqu'à complet paiement (C. civ. art. 1231-6 et 1344-1).",
        ], not: ["Pénalités", "pénalités", "indemnité", "Détail", "L441-10"])
        expect(letters.first, contains: [
            "Total dû 1 200,00 €", "nous vous mettons en demeure de nous payer la somme de 1 200,00 €",
            "À compter de sa date, le 15 avril 2026, et jusqu'à complet paiement, le principal de 1 200,00 € produit intérêt au taux de l'intérêt légal (C. civ. art. 1231-6 et 1344-1).",
            "augmentées des intérêts au taux légal courus d'ici là",
        ], not: ["Pénalités", "pénalités", "indemnité forfaitaire", "Intérêts au taux légal du", "L441-10"])
        // 16 April – 15 May, 30 days at 2.62 % (all other cases: the creditor is a business): 1 200 × 2.62 % × 30 / 365 = 2.58.
        expect(letters.second, contains: [
            "Depuis notre mise en demeure du 15 avril 2026, les sommes dues produisent intérêt au taux de l'intérêt légal",
            "Intérêts au taux légal du 15 avril 2026 au 15 mai 2026 2,58 €", "Total dû 1 202,58 €",
            "Détail des intérêts au taux légal", "du 16 avril 2026 au 15 mai 2026 1 200,00 € 30 jours 2,62 % 2,58 €",
            "Les intérêts au taux de l'intérêt légal continuent de courir sur le principal de 1 200,00 € jusqu'à complet paiement",
        ], not: ["Pénalités", "pénalités", "indemnité forfaitaire"])
    }

    @Test("To a consumer, in English: the same letters")
    func noticesEnglish() throws {
        let letters = try notices(lang: "en")
        expect(letters.reminder, contains: [
            "Invoice No. F-2026-0001 of 2 March 2026 €1,200.00", "Total due €1,200.00",
            "Failing that, we may send you a formal notice to pay, from which this sum will bear interest at the French legal interest rate until payment in full",
        ], not: ["penalties", "Penalties", "indemnity"])
        expect(letters.first, contains: [
            "Total due €1,200.00",
            "From its date, 15 April 2026, until payment in full, the principal of €1,200.00 bears interest at the French legal interest rate",
        ], not: ["penalties", "Penalties", "indemnity", "Interest at the legal rate from"])
        expect(letters.second, contains: [
            "Since our formal notice of 15 April 2026, the sums due bear interest at the French legal interest rate",
            "Interest at the legal rate from 15 April 2026 to 15 May 2026 €2.58", "Total due €1,202.58",
            "from 16 April 2026 to 15 May 2026 €1,200.00 30 days 2.62% €2.58",
        ], not: ["penalties", "Penalties", "indemnity"])
    }

    @Test("A business formal notice no longer claims default interest on top of the penalties, which stand in place of it")
    func businessFormalNotice() throws {
        for (lang, expected, absent) in [
            ("fr", "Les pénalités de retard, dues de plein droit depuis le lendemain de la date d'échéance, tiennent lieu d'intérêts moratoires (C. com. art. L441-10)",
             "fait courir les intérêts moratoires"),
            ("en", "The late-payment penalties, due automatically since the day after the due date, stand in place of default interest",
             "causes default interest to run"),
        ] {
            let path = InvoiceCommandTests.output("formal-notice.pdf")
            let run = try FolioCLITests.folio("notice", "formal-notice", "examples/orders/01-domestic-several-rates.yaml", "--number", "F-2026-0001",
                                              "--at", "2026-06-22", "--lang", lang, "--output", path)
            #expect(run.status == 0, "\(run.error)")
            expect(try InvoiceCommandTests.text(ofPDF: path), contains: [expected], not: [absent])
        }
    }

    // MARK: - Quotes

    /// 450.10 net at 20 % (540.12 including VAT) and 2 hours at 60.00 (72.00 an hour including VAT): 684.12.
    static func consumerQuote(channel: String, extra: String = "") -> String {
        """
        kind: quote
        date: 2026-03-02
        currency: EUR
        saleChannel: \(channel)
        buyer:
          name: Jeanne Martin
          kind: individual
          country: FR
          address: {lines: [5 rue des Lilas], postcode: "69003", city: Lyon, country: FR}
        lines:
          - {description: Ordinateur portable reconditionné, quantity: 1, unitPrice: 450.10, vatRate: 20, nature: goods}
          - {description: Installation et paramétrage à distance, quantity: 2, unit: HUR, unitPrice: 60.00, vatRate: 20, nature: services}
        \(extra)
        """
    }

    @Test("A consumer quote at a distance, in French: pre-contract information, the right of withdrawal and the withdrawal form")
    func quoteAtADistanceFrench() throws {
        let order = try write(Self.consumerQuote(channel: "distance"), "quote-distance.yaml")
        let text = try DocumentCommandTests.document("quote", order, "--company", try company())
        expect(text, contains: [
            "Ordinateur portable reconditionné 1 540,12 20 % 540,12 €", "Installation et paramétrage à distance", "72,00 20 % 144,00 €",
            "Total HT 570,10 €", "Total TVA 114,02 €", "Total TTC 684,12 €",
            "Informations précontractuelles", "(C. consom. art. L111-1 et R111-1)",
            "Prix : 684,12 € toutes taxes comprises, dont 114,02 € de TVA",
            "au plus tard trente jours après la conclusion du contrat (C. consom. art. L216-1)",
            "Le vendeur : Atelier Numérique SAS, 12 rue des Imprimeurs, 75011 Paris, téléphone +33 1 23 45 67 89, courriel facturation@atelier-numerique.example",
            "garantie légale de conformité (C. consom. art. L217-3 à L217-20)", "garantie des vices cachés (C. civ. art. 1641 à 1649)",
            "C. consom. art. L224-25-12", "au médiateur Médiation des Services Numériques",
            "Droit de rétractation", "Ce contrat étant conclu à distance, vous disposez d'un délai de quatorze jours pour vous rétracter",
            "à compter de la conclusion du contrat pour les prestations de services, et à compter de la réception du bien",
            "(C. consom. art. L221-25)", "énumérés à l'article L221-28 du Code de la consommation",
            "Formulaire de rétractation", "À l'attention de : Atelier Numérique SAS 12 rue des Imprimeurs, 75011 Paris facturation@atelier-numerique.example",
            "Je vous notifie / Nous vous notifions (*) par la présente ma / notre (*) rétractation du contrat de vente du bien (*) / de prestation de services (*) ci-dessous, objet du devis n° D-2026-0001 du 2 mars 2026",
            "Commandé le (*) / reçu le (*) :", "Nom du ou des consommateurs :", "Adresse du ou des consommateurs :",
            "Signature du ou des consommateurs (seulement si ce formulaire est envoyé sur papier) :", "(*) Barrez la mention inutile.",
            "Tout retard de paiement fait courir des intérêts au taux de l'intérêt légal",
        ], not: ["Prix unitaire HT", "pénalités", "indemnité forfaitaire", "Pas d'escompte", "L221-10"])
    }

    @Test("A consumer quote at a distance, in English")
    func quoteAtADistanceEnglish() throws {
        let order = try write(Self.consumerQuote(channel: "distance"), "quote-distance-en.yaml")
        let text = try DocumentCommandTests.document("quote", order, "--lang", "en", "--company", try company())
        expect(text, contains: [
            "Unit price incl. VAT", "Total incl. VAT €684.12", "Pre-contract information", "General terms of sale",
            "Price: €684.12 including all taxes, of which €114.02 VAT", "Right of withdrawal",
            "As this contract is concluded at a distance, you have fourteen days to withdraw from it",
            "Withdrawal form", "To: Atelier Numérique SAS 12 rue des Imprimeurs, 75011 Paris facturation@atelier-numerique.example",
            "I / We (*) hereby give notice that I / we (*) withdraw from my / our (*) contract of sale of the following goods (*) / for the supply of the following service (*), the subject of quote No. D-2026-0001 of 2 March 2026:",
            "Ordered on (*) / received on (*):", "Signature of consumer(s) (only if this form is notified on paper):", "(*) Delete as appropriate.",
            "the French version prevails",
        ], not: ["Unit price excl. VAT", "penalties", "recovery", "No discount for early payment"])
    }

    @Test("On premises no withdrawal and no form; off premises, no payment within seven days; a delivery date agreed is stated")
    func quoteOtherChannels() throws {
        let onPremises = try draft("quote", try write(Self.consumerQuote(channel: "on-premises", extra: "deliveryDate: 2026-03-20"),
                                                      "quote-shop.yaml"), lang: "fr")
        expect(onPremises, contains: ["Informations précontractuelles", "Livraison ou exécution : au plus tard le 20 mars 2026"],
               not: ["Droit de rétractation", "Formulaire de rétractation", "L216-1"])
        let offPremises = try draft("quote", try write(Self.consumerQuote(channel: "off-premises"), "quote-home.yaml"), lang: "fr")
        expect(offPremises, contains: [
            "Ce contrat étant conclu hors établissement", "Formulaire de rétractation",
            "Aucun paiement, acompte compris, ne peut être exigé de vous avant l'expiration d'un délai de sept jours à compter de la conclusion du contrat (C. consom. art. L221-10).",
        ])
    }

    @Test("A consumer quote without its sale channel is refused, naming the field; nothing is written")
    func quoteWithoutChannel() throws {
        let order = try write(Self.consumerQuote(channel: "distance").replacingOccurrences(of: "saleChannel: distance\n", with: ""),
                              "quote-no-channel.yaml")
        let path = InvoiceCommandTests.output("never.pdf")
        let run = try FolioCLITests.folio("quote", order, "--draft", "--output", path, "--company", try company())
        #expect(run.status == 1)
        #expect(run.error.contains("quote-no-channel.yaml: saleChannel: required on a quote to a consumer"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    // MARK: - Terms written for the buyer, and the mediator

    /// The examples' company with other terms (`defaultTerms`) or without its mediator.
    func profile(_ name: String, terms: String? = nil, mediator: Bool = true, templates: Bool = false) throws -> String {
        var text = try String(contentsOfFile: FolioCLITests.root.path + "/examples/company/profile.yaml", encoding: .utf8)
            .replacingOccurrences(of: "logo: logo.png\n", with: "")
        if let terms { text = text.replacingOccurrences(of: "defaultTerms: terms/goods-and-software", with: "defaultTerms: \(terms)") }
        if templates { text += "\ntemplates: templates\n" }
        if !mediator {
            let start = try #require(text.range(of: "# The consumer mediator"))
            let end = try #require(text.range(of: "defaultTerms:"))
            text.removeSubrange(start.lowerBound..<end.lowerBound)
        }
        try FileManager.default.createDirectory(atPath: (folder + "/" + name as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        return try write(text, name)
    }

    @Test("Terms for businesses only refuse a consumer's document, naming the terms version; nothing is written")
    func businessTermsRefuseAConsumer() throws {
        // The examples' company sells under Folio's terms/goods-and-software, for businesses only.
        let order = try consumerWebshopOrder()
        let path = InvoiceCommandTests.output("never.pdf")
        for arguments in [["invoice", order, "--draft", "--output", path], ["totals", order]] {
            let run = try FolioCLITests.folio(arguments + ["--company", "examples/company/profile.yaml"])
            #expect(run.status == 1)
            #expect(run.error.contains("07-consumer.yaml: buyer.kind: a consumer (individual) cannot be sold to under the terms terms/goods-and-software@2026-09-01, which are for businesses only (audience: business in templates/terms/goods-and-software/2026-09-01/version.yaml)"), "\(run.error)")
        }
        #expect(!FileManager.default.fileExists(atPath: path))
        // A consumer quote would annex them: refused too.
        let quote = try write(Self.consumerQuote(channel: "distance"), "quote-business-terms.yaml")
        let refused = try FolioCLITests.folio("quote", quote, "--draft", "--output", path)
        #expect(refused.status == 1 && refused.error.contains("terms/goods-and-software@2026-01-01, which are for businesses only"), "\(refused.error)")
    }

    @Test("Terms for consumers only refuse a business's document, and admit a consumer's")
    func consumerTermsRefuseABusiness() throws {
        let company = try company(audience: "consumer")
        let version = folder + "/consumer/templates/terms/particuliers/2026-01-01"
        let path = InvoiceCommandTests.output("never.pdf")
        let run = try FolioCLITests.folio("invoice", "examples/orders/01-domestic-several-rates.yaml", "--company", company,
                                          "--draft", "--output", path)
        #expect(run.status == 1)
        #expect(run.error.contains("buyer.kind: a business client cannot be sold to under the terms terms/particuliers@2026-01-01, which are for consumers only (audience: consumer in"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: path))
        let consumer = try FolioCLITests.folio("invoice", try consumerWebshopOrder(), "--company", company, "--draft", "--output", path)
        #expect(consumer.status == 0, "\(consumer.error)")
        // A version.yaml Folio cannot read refuses the company when it is loaded, naming the file and the field.
        try "audience: everyone\n".write(toFile: version + "/version.yaml", atomically: true, encoding: .utf8)
        let bad = try FolioCLITests.folio("invoice", try consumerWebshopOrder(), "--company", company, "--draft", "--output", path)
        #expect(bad.status == 1)
        #expect(bad.error.contains("templates/terms/particuliers/2026-01-01/version.yaml: audience: \"everyone\" is not one of: business, consumer, all"), "\(bad.error)")
    }

    @Test("A consumer's document needs the profile's consumer mediator")
    func mediatorRequired() throws {
        let company = try profile("no-mediator.yaml", mediator: false)
        let path = InvoiceCommandTests.output("never.pdf")
        let run = try FolioCLITests.folio("invoice", try consumerWebshopOrder(), "--company", company, "--draft", "--output", path)
        #expect(run.status == 1)
        #expect(run.error.contains("no-mediator.yaml: consumerMediator: required to issue documents to a consumer (") && run.error.contains("07-consumer.yaml: buyer.kind: individual)"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
