import FolioLayout
import FolioPDF
import FolioSpecimens
import Foundation

/// The cost of PDF/A-3 finishing a one-page invoice with its XML, and of reading the XML back.
enum FinishingBench {
    /// Each measure repeats this many times: enough to average away the clock's resolution and
    /// the first call's warm-up, few enough to take well under a second.
    static let repetitions = 200

    /// An XML file of about the size of an EN 16931 invoice of twenty lines (about 10 KB).
    static let xml: [UInt8] = {
        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rsm:CrossIndustryInvoice>\n"
        for line in 1...20 {
            text += """
                  <ram:IncludedSupplyChainTradeLineItem><ram:LineID>\(line)</ram:LineID>
                    <ram:Name>Prestation de conseil n° \(line), journée sur site</ram:Name>
                    <ram:ChargeAmount>450.10</ram:ChargeAmount><ram:BilledQuantity unitCode="DAY">2</ram:BilledQuantity>
                    <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:RateApplicablePercent>20</ram:RateApplicablePercent></ram:ApplicableTradeTax>
                    <ram:LineTotalAmount>900.20</ram:LineTotalAmount>
                  </ram:IncludedSupplyChainTradeLineItem>

                """
        }
        return Array((text + "</rsm:CrossIndustryInvoice>\n").utf8)
    }()

    /// Measures and prints; returns the finished invoice, for the signing measure.
    static func run(resources: URL, typesetter: Typesetter, renderer: PDFRenderer, logo: PNGImage) throws -> [UInt8] {
        let drawn = try renderer.render(typesetter.typeset(InvoiceSpecimen.document(number: 1, logo: logo)))
        let profile = try ColorProfiles.sRGB(resources: resources)
        guard let date = PDFDate(year: 2026, month: 11, day: 22) else { return [] }
        let metadata = PDFAMetadata(title: "Facture F-2026-00001", author: "Folio Démonstration SAS", creatorTool: "folio-bench",
                                    producer: "Folio", creationDate: date, language: "fr-FR")
        let attachment = PDFAttachment(fileName: "factur-x.xml", mimeType: "text/xml", relationship: .alternative,
                                       modificationDate: date, bytes: xml)
        let clock = ContinuousClock()
        var finished: [UInt8] = []
        let finishing = try clock.measure {
            for _ in 0..<repetitions {
                finished = try PDFA3.finish(drawn, metadata: metadata, attachments: [attachment], colorProfile: profile)
            }
        }
        var found = 0
        let reading = try clock.measure {
            for _ in 0..<repetitions {
                found += try PDFAttachments.embeddedFiles(in: finished, maximumSize: 1 << 20).count
            }
        }
        print("""
            PDF/A-3 finishing: \(repetitions) times a \(drawn.count)-byte one-page invoice with a \(xml.count)-byte XML \
            (\(finished.count) bytes finished)
              \(Bench.milliseconds(finishing / repetitions, places: 3)) ms per document; \
            reading the XML back \(Bench.milliseconds(reading / repetitions, places: 3)) ms
            """)
        return finished
    }
}
