import Foundation
import Testing

/// The date of supply, service periods, and the VAT of deposits on a balance invoice, read back
/// from real PDFs in French and English. Every amount is computed by hand in the comments.
@Suite("Supply dates, service periods, deposits' VAT", .serialized)
struct SupplyDateTests {
    static func order(_ dates: String, lines: String? = nil) -> String {
        """
        kind: invoice
        date: 2026-11-16
        \(dates)
        currency: EUR
        \(PageTests.buyer)
        lines:
        \(lines ?? "  - {description: Conception graphique, quantity: 2, unit: DAY, unitPrice: 600.00, vatRate: 20, nature: services}")
        paymentTerms: {kind: net, days: 30}
        """
    }

    @Test("An invoice without a supply date is refused; « same-as-invoice » prints so; a date prints as such")
    func supplyDate() throws {
        let missing = try PageTests.write(Self.order(""), "no-supply-date.yaml")
        let run = try FolioCLITests.folio("invoice", missing, "--draft", "--output", PageTests.folder.appendingPathComponent("never.pdf").path)
        #expect(run.status == 1)
        #expect(run.error.contains("deliveryDate: required on an invoice: the date of delivery or completion, or `same-as-invoice`"), "\(run.error)")
        #expect(!FileManager.default.fileExists(atPath: PageTests.folder.appendingPathComponent("never.pdf").path))

        let same = try PageTests.write(Self.order("deliveryDate: same-as-invoice"), "same.yaml")
        #expect(try PageTests.text(try PageTests.draft("invoice", same), page: 1)
            .contains("Date de livraison ou d'exécution identique à la date de facture"))
        #expect(try PageTests.text(try PageTests.draft("invoice", same, language: "en"), page: 1)
            .contains("Date of supply same as the invoice date"))
        let dated = try PageTests.write(Self.order("deliveryDate: 2026-11-13"), "dated.yaml")
        #expect(try PageTests.text(try PageTests.draft("invoice", dated), page: 1).contains("Date de livraison ou d'exécution 13 novembre 2026"))
    }

    @Test("A subscription's period and a line's period are printed « période du … au … »")
    func periods() throws {
        let subscription = try PageTests.write(Self.order("period: {start: 2026-11-01, end: 2027-10-31}", lines: """
              - {description: Maintenance annuelle, quantity: 1, unitPrice: 1200.00, vatRate: 20, nature: services}
              - {description: Hébergement, quantity: 1, unit: MON, unitPrice: 40.00, vatRate: 20, nature: services, period: {start: 2026-11-01, end: 2026-11-30}}
            """), "subscription.yaml")
        let french = try PageTests.text(try PageTests.draft("invoice", subscription), page: 1)
        #expect(french.contains("Période du 1er novembre 2026 au 31 octobre 2027"), "\(french)")
        #expect(french.contains("période du 1er novembre 2026 au 30 novembre 2026"))
        #expect(!french.contains("Date de livraison"))
        let english = try PageTests.text(try PageTests.draft("invoice", subscription, language: "en"), page: 1)
        #expect(english.contains("Service period 1 November 2026 to 31 October 2027"), "\(english)")
        #expect(english.contains("period from 1 November 2026 to 30 November 2026"))
        // The end of a period before its start is refused, naming the field.
        let reversed = try PageTests.write(Self.order("period: {start: 2026-11-30, end: 2026-11-01}"), "reversed.yaml")
        let run = try FolioCLITests.folio("invoice", reversed, "--draft")
        #expect(run.status == 1 && run.error.contains("period.end: the period ends on 2026-11-01, before it starts on 2026-11-30"), "\(run.error)")
    }

    @Test("Payment terms that differ from those of the company's terms of sale say they derogate from them; the same terms do not")
    func derogation() throws {
        // The example company's terms state the statutory 30 days after delivery.
        let statutory = try PageTests.write(Self.order("deliveryDate: 2026-11-13").replacingOccurrences(
            of: "paymentTerms: {kind: net, days: 30}", with: "paymentTerms: {kind: net, days: 30, from: delivery-date}"), "statutory.yaml")
        let same = try PageTests.text(try PageTests.draft("invoice", statutory), page: 1)
        #expect(same.contains("Paiement à 30 jours") && !same.contains("par dérogation"), "\(same)")
        let agreed = try PageTests.write(Self.order("deliveryDate: 2026-11-13").replacingOccurrences(
            of: "paymentTerms: {kind: net, days: 30}", with: "paymentTerms: {kind: end-of-month, days: 45, method: days-then-end-of-month}"), "agreed.yaml")
        #expect(try PageTests.text(try PageTests.draft("invoice", agreed), page: 1).contains("à 45 jours fin de mois, par dérogation à nos CGV"))
        #expect(try PageTests.text(try PageTests.draft("invoice", agreed, language: "en"), page: 1).contains("by derogation from our terms of sale"))
    }

    @Test("A balance invoice after two deposits at two rates states, per rate, the VAT already invoiced and what remains")
    func depositsVAT() throws {
        // 5 days at 600,10 € (20 %): 3 000,50 + 600,10 VAT; 100 books at 24,0938 € (5,5 %): 2 409,38 + 132,52 VAT; 6 142,50 € in all.
        // Deposit of 30 % = 1 842,75: 900,16 + 180,03 at 20 %, 722,81 + 39,75 at 5,5 % (a cent moved: 762,57 cannot be reached).
        // Deposit of 20 % = 1 228,50: 720,12 at 20 % = 600,10 + 120,02; 508,38 at 5,5 % = 481,88 + 26,50.
        // Deposits: 20 %: 1 500,26 net, 300,05 VAT; 5,5 %: 1 204,69 net, 66,25 VAT.
        // Remaining: 20 %: 3 000,50 − 1 500,26 = 1 500,24 and 600,10 − 300,05 = 300,05; 5,5 %: 1 204,69 and 132,52 − 66,25 = 66,27.
        // Net to pay: 6 142,50 − 1 842,75 − 1 228,50 = 3 071,25.
        let balance = try PageTests.write(PageTests.twoRateOrder(kind: "invoice", extra: """
            quote: {number: D-2026-0001, date: 2026-10-05}
            deposits: [{number: FA-2026-0001, date: 2026-10-05, percent: 30}, {number: FA-2026-0002, date: 2026-10-05, percent: 20}]
            """), "two-deposits.yaml")
        let french = try PageTests.text(try PageTests.draft("invoice", balance), page: 1)
        for expected in ["Taux Base HT TVA Acomptes HT TVA des acomptes Reste HT TVA restante",
                         "20 % 3 000,50 € 600,10 € 1 500,26 € 300,05 € 1 500,24 € 300,05 €",
                         "5,5 % 2 409,38 € 132,52 € 1 204,69 € 66,25 € 1 204,69 € 66,27 €",
                         "Acompte versé — facture n° FA-2026-0001 du 5 octobre 2026 −1 842,75 €",
                         "Acompte versé — facture n° FA-2026-0002 du 5 octobre 2026 −1 228,50 €", "Net à payer 3 071,25 €",
                         "seule la TVA restante est facturée au titre du solde"] {
            #expect(french.contains(expected), "missing: \(expected)\n\(french)")
        }
        let english = try PageTests.text(try PageTests.draft("invoice", balance, language: "en"), page: 1)
        #expect(english.contains("20% €3,000.50 €600.10 €1,500.26 €300.05 €1,500.24 €300.05"), "\(english)")
        #expect(english.contains("Amount due €3,071.25"))
    }
}
