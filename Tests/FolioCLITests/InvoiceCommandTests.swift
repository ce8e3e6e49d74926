import Foundation
import Testing

/// End-to-end: `folio invoice` writes a PDF whose text carries every mandatory mention with the
/// values the core computed, in French and in English.
@Suite("folio invoice", .serialized)
struct InvoiceCommandTests {
    static func text(ofPDF path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["pdftotext", "-layout", "-enc", "UTF-8", path, "-"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        // Physical layout order (label then value on one line); one space for every run of white
        // space, soft hyphens at line ends removed.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{AD}\n", with: "")
            .split(whereSeparator: { $0.isWhitespace || $0 == "\u{202F}" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    static func output(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("folio-invoice-\(UUID().uuidString)-\(name)").path
    }

    @Test("French invoice: parties, numbers, totals per rate, due date, penalties, indemnity, legal identity")
    func french() throws {
        let path = Self.output("fr.pdf")
        let run = try FolioCLITests.folio("invoice", "examples/orders/01-domestic-several-rates.yaml", "--ledger", Self.output("ledger.sqlite"),
                                          "--output", path)
        #expect(run.status == 0, "\(run.error)")
        let text = try Self.text(ofPDF: path)
        for expected in [
            "Facture n° F-2026-0001", "Date d'émission 16 mars 2026", "Date de livraison ou d'exécution 13 mars 2026",
            "Date d'échéance 30 avril 2026", "Nature de l'opération Livraison de biens", "prestation de",
            "Atelier Numérique SAS", "SIREN 912 345 618", "TVA FR88912345618",
            "Librairie du Marais SARL", "SIREN 552 100 554", "TVA FR96552100554",
            // The line shows quantity × price, its discount under it: 1 470,00 − 73,50 = 1 396,50 (CGI ann. II 242 nonies A).
            "Livres imprimés, tirage de 200 200 7,35 5,5 % 1 470,00 € Remise quantité : 5 % de 1 470,00 € −73,50 €",
            "Travaux au logement de fonction (main-d'œuvre) 12,5 h 48,00 10 % 600,00 €",
            "Remise fidélité sur la mise en page (2 %) −29,00 €", "Port 35,00 €",
            "Total HT 3 452,50 €", "Total TVA 422,93 €", "Total TTC 3 875,43 €", "Net à payer 3 875,43 €",
            "20 % 1 421,00 € 284,20 €", "10 % 600,00 € 60,00 €", "5,5 % 1 431,50 € 78,73 €",
            "Option pour le paiement de la taxe d'après les débits",
            "Paiement à 45 jours fin de mois, par dérogation à nos CGV, soit au plus tard le 30 avril 2026",
            "Pas d'escompte pour paiement anticipé",
            "au taux suivant : 3 fois le taux de l'intérêt légal", "indemnité forfaitaire pour frais de recouvrement de 40,00 €",
            "loi n° 80-335 du 12 mai 1980",
            "Atelier Numérique, SAS au capital de 10 000,00 € — RCS Paris 912 345 618 — SIRET 912 345 618 00017 — APE 6201Z",
        ] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
        #expect(!text.contains("French version prevails"))
    }

    @Test("English invoice in pounds: VAT in euros, out-of-scope mention, and the French-prevails clause")
    func englishForeignCurrency() throws {
        let path = Self.output("en.pdf")
        let run = try FolioCLITests.folio("invoice", "examples/orders/06-gbp-invoice.yaml", "--lang", "en", "--ledger", Self.output("ledger.sqlite"),
                                          "--output", path)
        #expect(run.status == 0, "\(run.error)")
        let text = try Self.text(ofPDF: path)
        for expected in ["Invoice No. F-2026-0001", "Issue date 31 March 2026", "Due date 30 April 2026",
                         "Total excl. VAT £1,770.00", "Amount due £1,770.00", "VAT amount in euros: €0.00",
                         "VAT not applicable", "No discount for early payment", "recovery indemnity of €40.00",
                         "the French version prevails", "United Kingdom", "France"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
    }

    @Test("Prices including VAT: the cent left between the total and the amount due is printed as rounding")
    func roundingLine() throws {
        let path = Self.output("rounding.pdf")
        let run = try FolioCLITests.folio("invoice", "examples/orders/07-webshop-prices-including-vat.yaml", "--ledger", Self.output("ledger.sqlite"),
                                          "--output", path)
        #expect(run.status == 0, "\(run.error)")
        let text = try Self.text(ofPDF: path)
        for expected in ["Total TTC 81,76 €", "Arrondi +0,01 €", "Net à payer 81,77 €"] {
            #expect(text.contains(expected), "missing: \(expected)")
        }
    }

    @Test("A refused order writes nothing")
    func refusedWritesNothing() throws {
        let path = Self.output("refused.pdf")
        let run = try FolioCLITests.folio("invoice", "examples/invalid/bad-siren.yaml", "--output", path)
        #expect(run.status == 1)
        #expect(run.error.contains("siren"))
        #expect(!FileManager.default.fileExists(atPath: path))
        let language = try FolioCLITests.folio("invoice", "examples/orders/01-domestic-several-rates.yaml", "--lang", "es",
                                               "--output", path)
        #expect(language.status == 2)
        #expect(!FileManager.default.fileExists(atPath: path))
        // German is a language Folio writes, but a French seller's templates are in French and English.
        let german = try FolioCLITests.folio("invoice", "examples/orders/01-domestic-several-rates.yaml", "--lang", "de",
                                             "--output", path)
        #expect(german.status == 1 && german.error.contains("has no de text (it has: en, fr)"), "\(german.error)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
