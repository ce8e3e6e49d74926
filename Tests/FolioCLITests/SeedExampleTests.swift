import Foundation
import Testing

/// The seed companies' rules, end to end: each company's profile and terms applied to its orders,
/// the results read back from the PDFs (see examples/seeds/*/README.md).
@Suite("Seed companies as worked examples", .serialized)
struct SeedExampleTests {
    static func document(_ command: String, seed: String, order: String, _ extra: String...) throws -> String {
        try DocumentCommandTests.document(command, "examples/seeds/\(seed)/orders/\(order)",
                                          "--company", "examples/seeds/\(seed)/profile.yaml", extra.first ?? "--lang", extra.dropFirst().first ?? "fr")
    }

    @Test("000: a fourth item of one product, even over two lines, is refused with the line and the rule; nothing is written")
    func maximumQuantity() throws {
        for file in ["four-items-one-product.yaml", "four-items-split-over-two-lines.yaml"] {
            let path = InvoiceCommandTests.output("never.pdf")
            let run = try FolioCLITests.folio("invoice", "examples/seeds/000-azorio-shop/invalid/\(file)",
                                              "--company", "examples/seeds/000-azorio-shop/profile.yaml", "--output", path)
            #expect(run.status == 1)
            #expect(run.error.contains("quantity: the terms of sale allow at most 3 items of one product per order"), "\(run.error)")
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("000: an invoice in pounds states its VAT in euros")
    func pounds() throws {
        let text = try Self.document("invoice", seed: "000-azorio-shop", order: "01-gbp-business-client.yaml")
        #expect(text.contains("Montant de la TVA en euros : 116,85 €"))
    }

    @Test("001: the 30 % deposit of the terms: quote, deposit invoice, balance invoice agree to the cent")
    func deposit() throws {
        let quote = try Self.document("quote", seed: "001-qwerix-services", order: "01-quote-flat-rate-services.yaml")
        #expect(quote.contains("Un acompte de 30 %, soit 1 638,00 € TTC"))
        #expect(quote.contains("tout mois de retard commencé étant dû en entier"))
        let deposit = try Self.document("invoice", seed: "001-qwerix-services", order: "02-deposit-invoice.yaml")
        #expect(deposit.contains("Total TTC 1 638,00 €"))
        let balance = try Self.document("invoice", seed: "001-qwerix-services", order: "03-balance-invoice.yaml")
        #expect(balance.contains("−1 638,00 €") && balance.contains("Net à payer 3 822,00 €"))
    }

    @Test("002: prices including VAT; a 5 € net small-order charge below 50 € net for a business, not at 50 €, not for a consumer")
    func smallOrder() throws {
        let small = try Self.document("invoice", seed: "002-azultek-webshop", order: "01-business-small-order.yaml")
        for expected in ["Total des lignes HT 45,58 €", "Frais de petite commande (commande de moins de 50,00 € HT) 5,00 €",
                         "Total HT 50,58 €", "Total TTC 60,70 €"] {
            #expect(small.contains(expected), "missing: \(expected)")
        }
        let threshold = try Self.document("invoice", seed: "002-azultek-webshop", order: "02-business-exactly-threshold.yaml")
        #expect(!threshold.contains("petite commande"))
        let consumer = try Self.document("invoice", seed: "002-azultek-webshop", order: "04-consumer-small-order.yaml")
        #expect(!consumer.contains("petite commande"))
        #expect(!consumer.contains("40,00 €"))
    }

    @Test("003: Martinique 8.5 %, SYNTEC revision, the transfer fee of 45 € including VAT, the lawful penalty rate")
    func martinique() throws {
        let text = try Self.document("invoice", seed: "003-baie-consulting-martinique", order: "01-annual-fee-syntec-transfer.yaml")
        // 2 551,14 € of revised lines; the fee's net part 45 / 1,085 = 41,47 €; 2 592,61 € at 8,5 % = 220,37 €;
        // without the fee the client would owe 2 551,14 + 216,85 = 2 767,99 €, so 2 812,99 € with it (+0,01 € rounding).
        for expected in ["2 004,47 8,5 %", "Frais de paiement par virement bancaire (45,00 € TTC) 41,47 €", "8,5 % 2 592,61 € 220,37 €",
                         "Total TTC 2 812,98 €", "Arrondi +0,01 €", "Net à payer 2 812,99 €",
                         "S0 = 299,4 et S1 = 303,1", "au taux suivant : 3 fois le taux de l'intérêt légal, au prorata des jours de retard"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("1,5 fois") && !text.contains("porté au minimum"))
        let debit = try Self.document("invoice", seed: "003-baie-consulting-martinique", order: "02-out-of-contract-direct-debit.yaml")
        #expect(debit.contains("Frais de rejet de prélèvement (1 × 15,00 €) 15,00 €"))
        // The client pays by direct debit: the invoice says so, not « par virement ».
        #expect(debit.contains("par prélèvement SEPA sur le compte du client à l'échéance"))
        #expect(!debit.contains("par virement sur le compte"))
        #expect(text.contains("par virement sur le compte IBAN FR76"))
    }

    @Test("004: a consumer's prices including VAT give back exactly the prices shown")
    func consumerPrices() throws {
        let text = try Self.document("invoice", seed: "004-almeris-online", order: "01-consumer-licence-and-subscription.yaml", "--lang", "en")
        // Paid by card when ordering: the cent of rounding, the payment, nothing due.
        for expected in ["Total incl. VAT €189.00", "Rounding −€0.01", "Already paid −€188.99", "Amount due €0.00",
                         "Invoice paid by card: nothing remains due", "the French version prevails"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("by bank transfer"))
        // Her withdrawal: the credit note cites that invoice and refunds the card she paid with.
        let credit = try Self.document("credit-note", seed: "004-almeris-online", order: "03-credit-note-withdrawal.yaml")
        #expect(credit.contains("se rapporte à la facture n° F-2026-0001 du 23 février 2026"))
        #expect(credit.contains("remboursé sur la carte bancaire qui a servi au paiement"))
    }
}
