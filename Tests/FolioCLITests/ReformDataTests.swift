import Foundation
import Testing

/// The data the e-invoicing reform adds (issue 14 §1), read strictly and printed.
@Suite("Buyer references, delivery address, electronic addresses")
struct ReformDataTests {
    static func order(_ extra: String, electronicAddress: String = "0225:552100554") -> String {
        """
        kind: invoice
        date: 2026-11-16
        deliveryDate: 2026-11-13
        \(extra)
        currency: EUR
        buyer:
          name: Librairie du Marais SARL
          siren: "552100554"
          vatNumber: FR96552100554
          electronicAddress: "\(electronicAddress)"
          country: FR
          address: {lines: [4 rue Vieille du Temple], postcode: "75004", city: Paris, country: FR}
        lines:
          - {description: Livres imprimés, quantity: 100, unitPrice: 7.35, vatRate: 5.5}
        paymentTerms: {kind: net, days: 30}
        """
    }

    @Test("BT-10, BT-13, BT-12, the delivery address and the buyer's electronic address are printed, in French and English")
    func printed() throws {
        let path = try PageTests.write(Self.order("""
            buyerReference: Achats — Mme Roux
            purchaseOrder: PO-2026-4471
            contract: CTR-2025-012
            deliveryAddress: {lines: [Entrepôt Nord, 2 rue du Port], postcode: "93200", city: Saint-Denis, country: FR}
            """), "references.yaml")
        let french = try PageTests.text(try PageTests.draft("invoice", path), page: 1)
        for expected in ["Votre référence Achats — Mme Roux", "Bon de commande PO-2026-4471", "Contrat CTR-2025-012",
                         "Adresse électronique 0225:552100554", "Livraison : Entrepôt Nord, 2 rue du Port, 93200 Saint-Denis"] {
            #expect(french.contains(expected), "missing: \(expected)\n\(french)")
        }
        let english = try PageTests.text(try PageTests.draft("invoice", path, language: "en"), page: 1)
        for expected in ["Your reference Achats — Mme Roux", "Purchase order PO-2026-4471", "Contract CTR-2025-012",
                         "Electronic address 0225:552100554", "Delivery: Entrepôt Nord"] {
            #expect(english.contains(expected), "missing: \(expected)\n\(english)")
        }
    }

    @Test("A bad electronic address or reference is refused, naming the field", arguments: [
        ("0225:552100555", "", "buyer.electronicAddress: 552100555: the 0225 scheme takes a SIREN"),
        ("XX:552100554", "", "buyer.electronicAddress: \"XX\" is not an electronic address scheme"),
        ("EM:factures", "", "buyer.electronicAddress: factures is not an e-mail address"),
        ("0225:552100554", "purchaseOrder: \"\"", "purchaseOrder:"),
    ])
    func refused(address: String, extra: String, message: String) throws {
        let path = try PageTests.write(Self.order(extra, electronicAddress: address), "refused-\(UUID().uuidString).yaml")
        let run = try FolioCLITests.folio("invoice", path, "--draft", "--output", PageTests.folder.appendingPathComponent("never.pdf").path)
        #expect(run.status == 1)
        #expect(run.error.contains(message), "\(run.error)")
    }
}
