import FolioLayout
import FolioPDF
import FolioSpecimens
import Foundation

/// `folio-bench`: renders 1,000 one-page invoice-like documents and a 30-page justified terms
/// document in one process, finishes one invoice as PDF/A-3 with its XML 200 times, signs it 200 times
/// (the CMS aside), and prints milliseconds per document, pages per second and peak memory.
///
/// Usage: `swift build -c release && /usr/bin/time -v .build/release/folio-bench [invoices] [terms pages]`;
/// `folio-bench pipeline ORDERS-FOLDER [ROUNDS]` for the real invoices' pipeline stage by stage (``PipelineBench``).
@main
enum Bench {
    static func main() throws {
        if CommandLine.arguments.dropFirst().first == "pipeline" {
            return try PipelineBench.run(Array(CommandLine.arguments.dropFirst(2)))
        }
        let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
        let invoiceCount = arguments.first ?? 1_000
        let termsPages = arguments.dropFirst().first ?? 30

        let clock = ContinuousClock()
        let loadStart = clock.now
        let resources = try ResourceDirectory.locate()
        let typesetter = try Typesetter(resources: resources)
        let renderer = PDFRenderer()
        let logo = try PNGImage(data: Data(contentsOf: resources.appendingPathComponent("examples/company/logo.png")))
        let loading = clock.now - loadStart
        print("Fonts and hyphenation patterns loaded once in \(milliseconds(loading)) ms")

        // Invoices: the data changes with every document, as in a monthly batch.
        var pages = 0
        var bytes = 0
        var typesetting = Duration.zero
        var drawing = Duration.zero
        let invoicesStart = clock.now
        for number in 0..<invoiceCount {
            let document = InvoiceSpecimen.document(number: number, logo: logo)
            let start = clock.now
            let laidOut = try typesetter.typeset(document)
            let typeset = clock.now
            let pdf = try renderer.render(laidOut)
            drawing += clock.now - typeset
            typesetting += typeset - start
            pages += laidOut.pages.count
            bytes += pdf.count
        }
        let invoicesTime = clock.now - invoicesStart
        print("""
            Invoices: \(invoiceCount) documents, \(pages) pages, \(bytes / max(invoiceCount, 1)) bytes each on average
              \(milliseconds(invoicesTime / max(invoiceCount, 1), places: 2)) ms per document \
            (typesetting \(milliseconds(typesetting / max(invoiceCount, 1), places: 2)) ms, \
            drawing \(milliseconds(drawing / max(invoiceCount, 1), places: 2)) ms)
              \(perSecond(pages, in: invoicesTime)) pages per second
            """)

        let finished = try FinishingBench.run(resources: resources, typesetter: typesetter, renderer: renderer, logo: logo)
        try SigningBench.run(finished: finished)
        try EInvoiceBench.run(resources: resources, typesetter: typesetter, renderer: renderer, logo: logo)

        // Terms: one long justified, hyphenated document, typeset and drawn five times, each time by a
        // typesetter of its own (the same fonts and patterns): its caches of shaped words, break
        // points and set paragraphs start empty, as for a new document, not a document set before.
        var termsTimes: [(total: Duration, typesetting: Duration)] = []
        var termsPageCount = 0
        for _ in 0..<5 {
            let document = TermsSpecimen.document(pages: termsPages)
            let fresh = Typesetter(fonts: typesetter.fonts, hyphenators: typesetter.hyphenators)
            let start = clock.now
            let laidOut = try fresh.typeset(document)
            let typeset = clock.now
            _ = try renderer.render(laidOut)
            termsTimes.append((clock.now - start, typeset - start))
            termsPageCount = laidOut.pages.count
        }
        let median = termsTimes.sorted { $0.total < $1.total }[termsTimes.count / 2]
        print("""
            Terms: \(termsPageCount) pages, median of 5 runs \(milliseconds(median.total)) ms per document \
            (typesetting \(milliseconds(median.typesetting)) ms, drawing \(milliseconds(median.total - median.typesetting)) ms; \
            first run \(milliseconds(termsTimes[0].total)) ms)
              \(perSecond(termsPageCount, in: median.total)) pages per second
            """)

        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        print("Peak memory (maximum resident set size): \(usage.ru_maxrss / 1024) MB")
    }

    static func milliseconds(_ duration: Duration, places: Int = 1) -> String {
        let value = Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.\(places)f", value)
    }

    static func perSecond(_ count: Int, in duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        return String(format: "%.0f", Double(count) / max(seconds, 1e-9))
    }
}
