import FolioLayout
import FolioSpecimens
import Foundation
import Testing

/// Long documents: table headers repeated on every page, rows never split, headings never
/// ending a page, totals kept with the last rows.
@Suite("Pagination")
struct PaginationTests {
    @Test("A 40-page document of long tables paginates with repeated headers and no row split")
    func longTables() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let document = LongTableSpecimen.document()
        let pdf = try LayoutTestSupport.pdf(document, typesetter: typesetter, name: "tables.pdf")
        let pageCount = pdf.laidOut.pages.count
        #expect(pageCount >= 35 && pageCount <= 45, "about 40 pages, got \(pageCount)")

        for page in 1...pageCount {
            let extracted = try LayoutTestSupport.run("pdftotext", ["-layout", "-enc", "UTF-8", "-f", "\(page)", "-l", "\(page)",
                                                                     pdf.path, "-"])
            let lines = extracted.output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{0C}"))) }
                .filter { !$0.isEmpty }
            guard let footer = lines.last else { Issue.record("page \(page) is empty"); continue }
            #expect(footer == "page \(page) / \(pageCount)")
            let body = lines.dropLast()
            // Every page holding rows starts with the table header (a heading may come first).
            let headerIndex = body.firstIndex { $0.hasPrefix("N°") && $0.contains("Désignation") && $0.hasSuffix("Montant") }
            #expect(headerIndex != nil && headerIndex! <= 2, "page \(page) starts without the table header: \(body.prefix(3))")
            // Never a heading as the last thing on a page.
            if let last = body.last { #expect(!last.hasPrefix("Relevé "), "page \(page) ends with a heading") }
        }

        // Rows are whole: each row's first line sits on the same page as its last line. The layout's
        // text runs tell which page each row reference (e.g. "3-140") landed on: it must be once only.
        var seen: [String: Int] = [:]
        for (pageIndex, page) in pdf.laidOut.pages.enumerated() {
            for case .text(let run) in page.items where run.text.range(of: #"^\d+-\d+$"#, options: .regularExpression) != nil {
                #expect(seen[run.text] == nil, "row \(run.text) appears on two pages")
                seen[run.text] = pageIndex
            }
        }
        #expect(seen.count == 8 * 165)
    }

    @Test("The totals rows stay with the last rows of their table")
    func totalsKeptWithLastRows() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let laidOut = try typesetter.typeset(LongTableSpecimen.document(sections: 3, rowsPerSection: 97))
        for section in 1...3 {
            let totalPage = laidOut.pages.firstIndex { page in
                page.items.contains { if case .text(let run) = $0 { return run.text == "Total du relevé \(section)" }; return false }
            }
            let lastRowPage = laidOut.pages.firstIndex { page in
                page.items.contains { if case .text(let run) = $0 { return run.text == "\(section)-96" }; return false }
            }
            #expect(totalPage != nil && totalPage == lastRowPage, "section \(section)")
        }
    }

    /// The body of these documents' pages: they have no running header or footer, so no room is kept for them.
    static let bodyHeight = PageSetup(headerHeight: 0, footerHeight: 0).bodyHeight

    @Test("No room is kept for a running header or footer a document does not have")
    func noRunningTextNoRoomKept() throws {
        // A box exactly as tall as the page between its margins fits on one page when there is no header or footer…
        let fitting = try layout(boxHeight: Self.bodyHeight - 13.5 - 0.5, lines: 1)
        #expect(fitting.pages.count == 1)
        // …and the 18 points kept for a footer push the line onto a second page when there is one.
        let box = Block.frame(FrameBlock(blocks: [], padding: EdgeInsets(all: 0), borderWidth: 0,
                                         minimumHeight: Self.bodyHeight - 13.5 - 0.5, spaceBefore: 0, spaceAfter: 0))
        let line = Block.paragraph(Paragraph("ligne", style: TextStyle(size: 10),
                                             paragraph: ParagraphStyle(alignment: .left, lineHeight: 1.35, spaceAfter: 0)))
        let withFooter = try LayoutTestSupport.typesetter().typeset(Document(
            setup: PageSetup(), metadata: DocumentMetadata(title: "t", date: DocumentDate(year: 2026, month: 1, day: 1)),
            footer: RunningText(left: "pied", style: TextStyle(size: 7)), blocks: [box, line]))
        #expect(withFooter.pages.count == 2)
    }

    /// A page filled by an unbreakable box of `height`, then a paragraph of `lines` one-word lines.
    private func layout(boxHeight: Double, lines: Int, heading: Bool = false) throws -> LaidOutDocument {
        let setup = PageSetup()
        let style = TextStyle(size: 10)
        var blocks: [Block] = [.frame(FrameBlock(blocks: [], padding: EdgeInsets(all: 0), borderWidth: 0,
                                                 minimumHeight: boxHeight, spaceBefore: 0, spaceAfter: 0))]
        if heading { blocks.append(.heading(Heading(level: 2, "Titre"))) }
        let text = (1...lines).map { "ligne\($0)" }.joined(separator: "\n")
        blocks.append(.paragraph(Paragraph(text, style: style,
                                           paragraph: ParagraphStyle(alignment: .left, lineHeight: 1.35, spaceAfter: 0))))
        return try LayoutTestSupport.typesetter().typeset(Document(setup: setup, metadata: DocumentMetadata(
            title: "t", date: DocumentDate(year: 2026, month: 1, day: 1)), blocks: blocks))
    }

    private func words(on page: LaidOutPage) -> [String] {
        page.items.compactMap { if case .text(let run) = $0 { return run.text }; return nil }
    }

    @Test("Orphans: a paragraph whose first line alone would fit starts on the next page")
    func orphans() throws {
        let bodyHeight = Self.bodyHeight
        let laidOut = try layout(boxHeight: bodyHeight - 13.5 - 1, lines: 5)
        #expect(words(on: laidOut.pages[0]).isEmpty)
        #expect(words(on: laidOut.pages[1]).count == 5)
    }

    @Test("Widows: a paragraph whose last line alone would go over takes one more line with it")
    func widows() throws {
        let bodyHeight = Self.bodyHeight
        let laidOut = try layout(boxHeight: bodyHeight - 4 * 13.5 - 1, lines: 5)
        #expect(words(on: laidOut.pages[0]) == ["ligne1", "ligne2", "ligne3"])
        #expect(words(on: laidOut.pages[1]) == ["ligne4", "ligne5"])
    }

    /// A page filled by a box of `height`, then two one-line paragraphs, grouped as `group` says.
    private func closing(boxHeight: Double, group: ([Block]) -> [Block]) throws -> LaidOutDocument {
        let style = TextStyle(size: 10)
        let plain = ParagraphStyle(alignment: .left, lineHeight: 1.35, spaceAfter: 0)
        let filler = Block.frame(FrameBlock(blocks: [], padding: EdgeInsets(all: 0), borderWidth: 0,
                                            minimumHeight: boxHeight, spaceBefore: 0, spaceAfter: 0))
        let body = Block.paragraph(Paragraph("corps", style: style, paragraph: plain))
        let closing = [Block.paragraph(Paragraph("signature", style: style, paragraph: plain)),
                       .paragraph(Paragraph("identité", style: style, paragraph: plain))]
        return try LayoutTestSupport.typesetter().typeset(Document(setup: PageSetup(), metadata: DocumentMetadata(
            title: "t", date: DocumentDate(year: 2026, month: 1, day: 1)), blocks: [filler, body] + group(closing)))
    }

    @Test("A keep group that does not fit moves whole to the next page; a keep-with-previous block takes the line before it along")
    func keepGroups() throws {
        let bodyHeight = Self.bodyHeight
        // Room for two lines after the box: « corps » and « signature » fit, « identité » does not.
        let height = bodyHeight - 2 * 13.5 - 1
        let loose = try closing(boxHeight: height) { $0 }
        #expect(words(on: loose.pages[0]) == ["corps", "signature"])
        #expect(words(on: loose.pages[1]) == ["identité"])
        let kept = try closing(boxHeight: height) { [.keepTogether($0)] }
        #expect(words(on: kept.pages[0]) == ["corps"])
        #expect(words(on: kept.pages[1]) == ["signature", "identité"])
        let withPrevious = try closing(boxHeight: height) { [.keepWithPrevious($0)] }
        #expect(words(on: withPrevious.pages[0]).isEmpty)
        #expect(words(on: withPrevious.pages[1]) == ["corps", "signature", "identité"])
    }

    @Test("A table row that continues the row above is never separated from it by a page break, and no rule parts them")
    func continuationRows() throws {
        let style = TextStyle(size: 10)
        func row(_ text: String, continues: Bool = false) -> TableRow {
            TableRow([TableCell(text, style: style)], continuesPrevious: continues)
        }
        let table = Table(columns: [TableColumn(.relative(1))], body: [row("ligne"), row("remise", continues: true)],
                          style: TableStyle(spaceBefore: 0, spaceAfter: 0))
        // Room for the first row only after the box: both rows go to the next page together.
        let rowHeight = 13.5 + 6
        let filler = Block.frame(FrameBlock(blocks: [], padding: EdgeInsets(all: 0), borderWidth: 0,
                                            minimumHeight: Self.bodyHeight - rowHeight - 2, spaceBefore: 0, spaceAfter: 0))
        let laidOut = try LayoutTestSupport.typesetter().typeset(Document(metadata: DocumentMetadata(
            title: "t", date: DocumentDate(year: 2026, month: 1, day: 1)), blocks: [filler, .table(table)]))
        #expect(laidOut.pages.count == 2)
        #expect(words(on: laidOut.pages[0]).isEmpty)
        #expect(words(on: laidOut.pages[1]) == ["ligne", "remise"])
        // One rule under the pair (the body's last), none between the line and what continues it.
        let rules = laidOut.pages[1].items.filter { if case .line = $0 { return true }; return false }
        #expect(rules.count == 1)

        // Without the continuation, the second row may start the next page alone.
        let loose = Table(columns: [TableColumn(.relative(1))], body: [row("ligne"), row("remise")],
                          style: TableStyle(spaceBefore: 0, spaceAfter: 0))
        let split = try LayoutTestSupport.typesetter().typeset(Document(metadata: DocumentMetadata(
            title: "t", date: DocumentDate(year: 2026, month: 1, day: 1)), blocks: [filler, .table(loose)]))
        #expect(words(on: split.pages[0]) == ["ligne"])
        #expect(words(on: split.pages[1]) == ["remise"])
    }

    @Test("A heading that would end a page goes to the next page with its paragraph")
    func headingKeptWithNext() throws {
        let bodyHeight = Self.bodyHeight
        // Room for the heading and one line: the orphan rule and keep-with-next move both.
        let laidOut = try layout(boxHeight: bodyHeight - 50, lines: 5, heading: true)
        #expect(words(on: laidOut.pages[0]).isEmpty)
        #expect(words(on: laidOut.pages[1]).first == "Titre")
    }
}
