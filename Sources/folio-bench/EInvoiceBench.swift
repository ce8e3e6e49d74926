import FolioCore
import FolioEInvoice
import FolioLayout
import FolioPDF
import FolioSpecimens
import Foundation

/// The cost of an e-invoice: its XML written from the computed document (CII, UBL), the Factur-X
/// finishing of a drawn one-page invoice, and reading and checking a received one (XML or PDF).
enum EInvoiceBench {
    /// Each measure repeats this many times: enough to average away the clock's resolution.
    static let repetitions = 200

    /// A twenty-line invoice between two French companies, computed by the core.
    static func invoice() throws -> EInvoice {
        let seller = Party(name: "Folio Démonstration SAS", siren: try SIREN("912345618"), vatNumber: try VATNumber("FR88912345618"),
                           country: "FR", address: Address(lines: ["12 rue des Imprimeurs"], postcode: "75011", city: "Paris", country: "FR"),
                           iban: try IBAN("FR7630006000011234567890189"))
        let buyer = Party(name: "Librairie du Marais SARL", siren: try SIREN("552100554"), vatNumber: try VATNumber("FR96552100554"),
                          country: "FR", address: Address(lines: ["4 rue Vieille du Temple"], postcode: "75004", city: "Paris", country: "FR"))
        let lines = (1...20).map { index in
            OrderLine(description: "Prestation de conseil n° \(index), journée sur site", quantity: ExactDecimal(index % 3 + 1),
                      unitPrice: ExactDecimal(significand: Int128(45010 + index), places: 2), vatRate: index % 4 == 0 ? ExactDecimal(significand: 55, places: 1) : 20,
                      nature: .services)
        }
        guard let date = CalendarDate("2026-11-26") else { throw BenchError.date }
        let order = Order(kind: .invoice, date: date, deliveryDate: date, currency: .euro, seller: seller, buyer: buyer, lines: lines,
                          paymentTerms: .net(days: 30))
        return try EInvoice(OrderComputation.compute(order), number: "F-2026-00001", profile: nil, language: .french)
    }

    enum BenchError: Error { case date }

    static func run(resources: URL, typesetter: Typesetter, renderer: PDFRenderer, logo: PNGImage) throws {
        let invoice = try invoice()
        let clock = ContinuousClock()
        var cii: [UInt8] = [], ubl: [UInt8] = []
        let writingCII = clock.measure { for _ in 0..<repetitions { cii = CIIWriter.xml(invoice) } }
        let writingUBL = clock.measure { for _ in 0..<repetitions { ubl = UBLWriter.xml(invoice) } }

        let drawn = try renderer.render(typesetter.typeset(InvoiceSpecimen.document(number: 1, logo: logo)))
        let profile = try ColorProfiles.sRGB(resources: resources)
        guard let day = PDFDate(year: 2026, month: 11, day: 26) else { return }
        let metadata = PDFAMetadata(title: "Facture F-2026-00001", author: "Folio Démonstration SAS", creatorTool: "folio-bench",
                                    producer: "Folio", creationDate: day, language: "fr")
        var finished: [UInt8] = []
        let finishing = try clock.measure {
            for _ in 0..<repetitions {
                let xml = CIIWriter.xml(invoice)
                let attachment = PDFAttachment(fileName: "factur-x.xml", mimeType: "text/xml", relationship: .alternative,
                                               modificationDate: day, bytes: xml)
                finished = try PDFA3.finish(drawn, metadata: metadata, attachments: [attachment], colorProfile: profile)
            }
        }
        var consistent = 0
        let readingCII = try clock.measure {
            for _ in 0..<repetitions where EInvoiceCheck.check(try EInvoiceReader.read(cii, source: "bench.xml").invoice).isConsistent { consistent += 1 }
        }
        let readingUBL = try clock.measure {
            for _ in 0..<repetitions where EInvoiceCheck.check(try EInvoiceReader.read(ubl, source: "bench.xml").invoice).isConsistent { consistent += 1 }
        }
        let readingPDF = try clock.measure {
            for _ in 0..<repetitions {
                guard let xml = try PDFAttachments.embeddedFiles(in: finished, maximumSize: 1 << 25).first?.bytes else { continue }
                if EInvoiceCheck.check(try EInvoiceReader.read(xml, source: "bench.pdf").invoice).isConsistent { consistent += 1 }
            }
        }
        print("""
            E-invoice of a 20-line invoice (\(cii.count)-byte CII, \(ubl.count)-byte UBL), \(repetitions) times each, \
            \(consistent) of \(3 * repetitions) read back consistent
              writing the CII \(Bench.milliseconds(writingCII / repetitions, places: 3)) ms, the UBL \
            \(Bench.milliseconds(writingUBL / repetitions, places: 3)) ms
              finishing (CII written + PDF/A-3 of a drawn one-page invoice) \(Bench.milliseconds(finishing / repetitions, places: 3)) ms per document
              reading and checking: CII \(Bench.milliseconds(readingCII / repetitions, places: 3)) ms, UBL \
            \(Bench.milliseconds(readingUBL / repetitions, places: 3)) ms, Factur-X PDF \(Bench.milliseconds(readingPDF / repetitions, places: 3)) ms
            """)
    }
}
