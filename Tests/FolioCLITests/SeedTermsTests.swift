import Foundation
import Testing

/// The seeds' terms of sale and rules as written, end to end through the `folio` binary: seed 003's
/// prices from its terms (labour, travel, unreturned equipment, depreciation), its fee including VAT
/// and its lawful penalty rate; seed 002's small-order threshold; the consumer terms of 000, 002, 004
/// and of Folio's goods-and-software (mediator, guarantee boxes, withdrawal form, courts). Every
/// figure is computed by hand in the comments; the PDFs are read back with pdftotext.
@Suite("Seed terms and rules as written", .serialized)
struct SeedTermsTests {
    static let baie = "003-baie-consulting-martinique"

    static func terms(_ seed: String, at day: String, _ language: String) throws -> String {
        try Self.document("terms", "show", "terms/general-terms", "--company", "examples/seeds/\(seed)/profile.yaml",
                          "--at", day, "--lang", language)
    }

    /// A document written by `folio` (a draft for an order, or terms), as text: pdftotext's physical layout,
    /// a word hyphenated at a line end joined again even when the next line is indented (inside a box), and
    /// every run of white space one space.
    static func document(_ arguments: String...) throws -> String {
        let path = InvoiceCommandTests.output("seed.pdf")
        let draft = ["quote", "invoice", "credit-note"].contains(arguments.first ?? "") ? ["--draft"] : []
        let run = try FolioCLITests.folio(arguments + draft + ["--output", path])
        #expect(run.status == 0, "\(run.error)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", "-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
            .replacingOccurrences(of: "\u{AD}\n[ \t\u{0C}]*", with: "", options: .regularExpression)
            .split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func invoice(_ seed: String, _ order: String, _ language: String = "fr") throws -> String {
        try Self.document("invoice", "examples/seeds/\(seed)/orders/\(order)", "--company", "examples/seeds/\(seed)/profile.yaml",
                          "--lang", language)
    }

    static func flat(_ text: String) -> String { text }

    @Test("003: a call-out at the terms' out-of-contract rates: 2,5 h × 89,00 € and the 19,00 € central-area travel")
    func callOut() throws {
        let text = try Self.invoice(Self.baie, "04-call-out-labour-and-travel.yaml")
        // 2,5 × 89,00 = 222,50; + 19,00 = 241,50 € net; 8,5 % = 20,5275 → 20,53 €; 262,03 €.
        DocumentCommandTests.expectAll(text, ["2,5 h 89,00 8,5 % 222,50 €", "1 19,00 8,5 % 19,00 €", "Total HT 241,50 €",
                                              "Total TVA 20,53 €", "Total TTC 262,03 €"])
        let english = try Self.invoice(Self.baie, "04-call-out-labour-and-travel.yaml", "en")
        DocumentCommandTests.expectAll(english, ["2.5 hours 89.00 8.5% €222.50", "Total incl. VAT €262.03"])
    }

    @Test("003: the Saturday call-out takes 159,00 € an hour and 39,00 € travel from the price list")
    func weekendRates() throws {
        let text = try Self.invoice(Self.baie, "02-out-of-contract-direct-debit.yaml")
        // 1,5 × 159,00 = 238,50; 39,00; 48,00; the 15,00 € rejection fee: 340,50 € net, 28,94 € VAT, 369,44 €.
        DocumentCommandTests.expectAll(text, ["1,5 h 159,00 8,5 % 238,50 €", "39,00 8,5 % 39,00 €", "Total HT 340,50 €", "Total TTC 369,44 €"])
    }

    @Test("003: equipment not returned at 499,00 € and returned damaged at 15 % and 50 % of its 420,00 € flat-rate price")
    func unreturnedAndDepreciated() throws {
        let text = Self.flat(try Self.invoice(Self.baie, "05-termination-equipment-return.yaml"))
        // 499,00 + 420 × 15 % = 63,00 + 420 × 50 % = 210,00: 772,00 € net; 8,5 % = 65,62 €; 837,62 €.
        DocumentCommandTests.expectAll(text, [
            "non restitué 1 pièce 499,00 8,5 % 499,00 €",
            "n° 20418, restitué — dépréciation 1 63,00 8,5 % 63,00 € « Rayures légères » : 15 % du prix forfaitaire de 420,00 €",
            "n° 20419, restitué — dépréciation 1 210,00 8,5 % 210,00 € « Dégradation fonctionnelle » : 50 % du prix forfaitaire de 420,00 €",
            "Total HT 772,00 €", "Total TVA 65,62 €", "Total TTC 837,62 €"])
        let english = Self.flat(try Self.invoice(Self.baie, "05-termination-equipment-return.yaml", "en"))
        DocumentCommandTests.expectAll(english, ["“Light scratches”: 15% of the flat-rate price of €420.00",
                                                 "“Functional degradation”: 50% of the flat-rate price of €420.00",
                                                 "Total incl. VAT €837.62"])
    }

    @Test("003: the transfer fee is 45,00 € including VAT, in French and English; the client pays exactly 45,00 € more")
    func transferFeeIncludingVAT() throws {
        let english = try Self.invoice(Self.baie, "01-annual-fee-syntec-transfer.yaml", "en")
        // 2 767,99 € without the fee, 2 812,99 € with it: 41,47 € net, its VAT within the 220,37 €, +0,01 € rounding.
        DocumentCommandTests.expectAll(english, ["Fee for payment by bank transfer (€45.00 incl. VAT) €41.47", "Rounding +€0.01",
                                                 "Amount due €2,812.99"])
    }

    @Test("003: invoices and terms state the lawful rate, 3 × the legal interest rate, never the 1.5 × clause")
    func lawfulPenaltyRate() throws {
        for order in ["01-annual-fee-syntec-transfer.yaml", "04-call-out-labour-and-travel.yaml", "05-termination-equipment-return.yaml"] {
            let french = Self.flat(try Self.invoice(Self.baie, order))
            #expect(french.contains("au taux suivant : 3 fois le taux de l'intérêt légal, au prorata des jours de retard"), "\(order)")
            #expect(!french.contains("1,5 fois") && !french.contains("porté au minimum"), "\(order)")
            let english = Self.flat(try Self.invoice(Self.baie, order, "en"))
            #expect(english.contains("3 times the French legal interest rate, pro rata to the days late"), "\(order)")
            #expect(!english.contains("1.5 times"), "\(order)")
        }
        let terms = Self.flat(try Self.terms(Self.baie, at: "2026-11-20", "fr"))
        #expect(terms.contains("des pénalités de retard au taux de 3 fois le taux de l'intérêt légal, au prorata des jours de retard (article L. 441-10"))
        #expect(!terms.contains("1,5 fois"))
        let english = Self.flat(try Self.terms(Self.baie, at: "2026-11-20", "en"))
        #expect(english.contains("late-payment penalties at the rate of 3 times the French legal interest rate"))
    }

    @Test("003: the terms print the fees, the price list with the 499 € and the depreciation grid, in French and English")
    func baieTermsPrintTheirAmounts() throws {
        let french = Self.flat(try Self.terms(Self.baie, at: "2026-11-20", "fr"))
        DocumentCommandTests.expectAll(french, [
            "virement bancaire : 45,00 € toutes taxes comprises par paiement",
            "frais forfaitaires de 15,00 € hors taxes",
            "Heure de main-d'œuvre, jours ouvrables de 9 h à 17 h : 89,00 € hors taxes",
            "Heure de main-d'œuvre, samedi, dimanche et jours fériés : 159,00 € hors taxes",
            "Déplacement en Martinique, zone centre (forfait) : 19,00 € hors taxes",
            "Déplacement en Martinique, hors zone centre (forfait) : 39,00 € hors taxes",
            "Équipement non restitué dans le délai (par équipement) : 499,00 € hors taxes",
            "État impeccable 0 % du prix forfaitaire", "Rayures légères 15 % du prix forfaitaire",
            "Dégradation fonctionnelle 50 % du prix forfaitaire", "Équipement inutilisable 100 % du prix forfaitaire",
            "Lorsque le Client a la qualité de commerçant"])
        let english = Self.flat(try Self.terms(Self.baie, at: "2026-11-20", "en"))
        DocumentCommandTests.expectAll(english, [
            "bank transfer: €45.00 including all taxes per payment", "Labour, per hour, business days 9 a.m. to 5 p.m.: €89.00 excluding taxes",
            "Equipment not returned in time (per item): €499.00 excluding taxes", "Light scratches 15% of the flat-rate price",
            "Unusable equipment 100% of the flat-rate price"])
    }

    @Test("002: the small-order charge applies on the goods' value, shipping left out: 45,58 € of goods shipped for 9,90 € is charged")
    func smallOrderLeavesShippingOut() throws {
        let text = try Self.invoice("002-azultek-webshop", "05-business-small-order-shipped.yaml")
        // Goods 54,70 € TTC = 45,58 € net < 50,00 €; shipping 8,25 € net; charge 5,00 €: 58,83 € net, 11,77 € VAT, 70,60 €.
        DocumentCommandTests.expectAll(text, ["Total des lignes HT 45,58 €", "Expédition en colis suivi 8,25 €",
                                              "Frais de petite commande (commande de moins de 50,00 € HT) 5,00 €",
                                              "Total HT 58,83 €", "Total TVA 11,77 €", "Total TTC 70,60 €"])
        let terms = Self.flat(try Self.terms("002-azultek-webshop", at: "2026-10-20", "fr"))
        #expect(terms.contains("dont la valeur des produits commandés, hors taxes et hors frais d'expédition, est inférieure à 50,00 €"))
        #expect(terms.contains("Examen et renvoi d'un produit sans défaut (forfait) : 30,00 € toutes taxes comprises"))
    }

    @Test("000: paid by card when ordering, the business invoice owes nothing")
    func paidAtTheOrder() throws {
        let text = try Self.invoice("000-azorio-shop", "01-gbp-business-client.yaml")
        DocumentCommandTests.expectAll(text, ["Déjà versé −601,80 GBP", "Net à payer 0,00 GBP"])
    }

    /// Each consumer terms document: the seed, a day it is in force, its mediator, its guarantee boxes.
    static let consumerTerms: [(seed: String, day: String, mediator: String, boxes: [String])] = [
        ("000-azorio-shop", "2026-10-06", "Médiation du Commerce Connecté, 14 rue de la Médiation, 75009 Paris, https://www.mediation-commerce-connecte.example",
         ["article D. 211-2", "article D. 211-3"]),
        ("002-azultek-webshop", "2026-11-03", "Médiation de la Vente à Distance Atlantique, 21 quai des Chartrons, 33000 Bordeaux, https://www.mediation-vad-atlantique.example",
         ["article D. 211-2", "pendant les douze premiers mois suivant la délivrance"]),
        ("002-azultek-webshop", "2026-02-17", "Médiation de la Vente à Distance Atlantique", ["article D. 211-2"]),
        ("004-almeris-online", "2026-02-23", "Médiation des Services Numériques, 5 place d'Armes, 78000 Versailles, https://www.mediation-services-numeriques.example",
         ["article D. 211-3", "article D. 211-2"]),
    ]

    @Test("000, 002, 004: the consumer terms name the mediator, carry the legal guarantee boxes and the withdrawal form, in French")
    func consumerTermsFrench() throws {
        for (seed, day, mediator, boxes) in Self.consumerTerms {
            let text = Self.flat(try Self.terms(seed, at: day, "fr"))
            DocumentCommandTests.expectAll(text, [mediator, "articles L. 612-1, L. 612-2 et L. 616-1"] + boxes + [
                // D211-2 / D211-3: durations, what the consumer may obtain, the presumption.
                "délai de deux ans", "n'a à établir que l'existence du défaut de conformité, non la date de son apparition",
                "réduction du prix", "droit à la réparation ou au remplacement du bien dans les trente jours de sa demande",
                "extension de six mois", "garantie légale des vices cachés", "pendant deux ans à compter de la découverte du défaut",
                "article D. 211-1",
                // Withdrawal: 14 days, the online function, the form.
                "quatorze jours", "« renoncer au contrat ici »", "Annexe — Formulaire de rétractation",
                "uniquement si vous souhaitez vous rétracter du contrat", "Nom du (des) consommateur(s)",
                "Signature du (des) consommateur(s), uniquement en cas de notification sur papier", "(*) Rayez la mention inutile",
                // Courts: the consumer's choice; an exclusive clause only for merchants.
                "article R. 631-3 du Code de la consommation", "qualité de commerçant relève de la compétence exclusive",
                "article R. 212-1, 6°"])
            #expect(!text.contains("Tout litige avec un client professionnel relève de la compétence exclusive"), "\(seed)")
            #expect(!text.contains("dont les coordonnées figurent"), "\(seed)")
        }
    }

    @Test("000, 002, 004: the same in English")
    func consumerTermsEnglish() throws {
        for (seed, day, _, _) in Self.consumerTerms {
            let text = Self.flat(try Self.terms(seed, at: day, "en"))
            DocumentCommandTests.expectAll(text, [
                "two years", "need only establish that the lack of conformity exists, not when it appeared", "price reduction",
                "guarantee against hidden defects", "fourteen days", "“withdraw from contract here”", "Annex — Withdrawal form",
                "only if you wish to withdraw from the contract", "Name of the consumer(s)", "(*) Delete as appropriate",
                "article R. 631-3 of the French Consumer Code", "trader (commerçant)", "the French version prevails"])
        }
    }

    @Test("Withdrawal exceptions no wider than L221-28: 004 no longer excludes an « activated » licence nor demands the original packaging")
    func withdrawalExceptions() throws {
        let almeris = Self.flat(try Self.terms("004-almeris-online", at: "2026-02-23", "fr"))
        #expect(!almeris.contains("dont la licence a été activée"))
        #expect(!almeris.contains("dans son emballage d'origine"))
        DocumentCommandTests.expectAll(almeris, ["qui a reconnu perdre ainsi son droit de rétractation et en a reçu confirmation sur un support durable (13°)",
                                                 "proportionné au prix total convenu (article L. 221-25)"])
        let azorio = Self.flat(try Self.terms("000-azorio-shop", at: "2026-10-06", "fr"))
        #expect(!azorio.contains("Le Client renvoie les produits complets, avec leur emballage d'origine"))
        #expect(azorio.contains("toutes taxes comprises pour le Client consommateur (article L. 112-1 du Code de la consommation)"))
    }

    @Test("goods-and-software@2026-12-01 governs consumers too: prices TTC, withdrawal, guarantee boxes, form, no exclusive court for them; 2026-09-01 unchanged")
    func folioTermsForConsumers() throws {
        let french = Self.flat(try Self.document("terms", "show", "terms/goods-and-software", "--at", "2026-12-01", "--lang", "fr"))
        DocumentCommandTests.expectAll(french, [
            "version en vigueur au 1er décembre 2026", "avec ses clients, professionnels ou consommateurs",
            "15. Dispositions propres aux consommateurs", "toutes taxes comprises (article L112-1 du Code de la consommation)",
            "Le consommateur ne doit ni ces pénalités ni cette indemnité", "articles 1231-6 et 1344-1 du Code civil",
            "quatorze jours", "(article D. 211-2 du Code de la consommation)", "(article D. 211-3 du Code de la consommation)",
            "Annexe — Formulaire de rétractation", "article R631-3 du Code de la consommation",
            "Lorsque le client a la qualité de commerçant, tout litige", "(article 48 du Code de procédure civile)",
            "médiateur de la consommation dont relève le vendeur (articles L612-1, L612-2 et L616-1 du Code de la consommation) : Médiation des Services Numériques, 8 rue de la Chaussée d'Antin, 75009 Paris"])
        let english = Self.flat(try Self.document("terms", "show", "terms/goods-and-software", "--at", "2026-12-01", "--lang", "en"))
        DocumentCommandTests.expectAll(english, ["15. Provisions specific to consumers", "Annex — Withdrawal form",
                                                 "A consumer owes neither these penalties nor this indemnity"])
        let before = Self.flat(try Self.document("terms", "show", "terms/goods-and-software", "--at", "2026-11-30", "--lang", "fr"))
        #expect(before.contains("version en vigueur au 1er septembre 2026") && before.contains("avec ses clients professionnels"))
        #expect(!before.contains("Formulaire de rétractation"))
    }

    @Test("Side by side, French and English, the guarantee boxes of every consumer terms stay within their pages")
    func boxesFitTheirPages() throws {
        var documents: [[String]] = Self.consumerTerms.map { ["terms", "show", "terms/general-terms", "--company", "examples/seeds/\($0.seed)/profile.yaml", "--at", $0.day] }
        documents.append(["terms", "show", "terms/goods-and-software", "--at", "2026-12-01"])
        for arguments in documents {
            let path = InvoiceCommandTests.output("side-by-side.pdf")
            let run = try FolioCLITests.folio(arguments + ["--lang", "fr+en", "--output", path])
            #expect(run.status == 0, "\(run.error)")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["pdftotext", "-bbox", path, "-"]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let pages = String(decoding: data, as: UTF8.self).components(separatedBy: "<page ").dropFirst()
            let word = /<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/
            for (number, page) in pages.enumerated() {
                let words = page.matches(of: word).compactMap { match -> (top: Double, bottom: Double, text: String)? in
                    guard let top = Double(match.1), let bottom = Double(match.2) else { return nil }
                    return (top, bottom, String(match.3))
                }
                // The running footer « page N / M »: nothing else may reach its line.
                guard let footer = words.filter({ $0.text == "page" }).map(\.top).max() else { continue }
                let overflow = words.filter { $0.bottom > footer - 1 && abs($0.top - footer) > 3 && $0.top < footer + 20 }
                #expect(overflow.isEmpty, "\(arguments[2]) page \(number + 1): \(overflow.map(\.text).prefix(6))")
            }
        }
    }
}
