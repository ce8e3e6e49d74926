import FolioLayout
import FolioSpecimens
import Foundation
import Testing

/// A legal redline: deleted words struck through, and change bars in the left margin beside every
/// line of a changed passage, continuous inside it, across page breaks, never over blank space.
@Suite("Redline: strikethrough and change bars")
struct RedlineTests {
    static let red = Color(red: 0.8, green: 0, blue: 0)
    static let blue = Color(red: 0, green: 0.2, blue: 0.7)
    static let date = DocumentDate(year: 2026, month: 1, day: 1)
    /// The pages of these documents: they have no running header or footer, so no room is kept for them.
    static let setup = PageSetup(headerHeight: 0, footerHeight: 0)
    static let plain = ParagraphStyle(alignment: .left, lineHeight: 1.35, spaceAfter: 6)

    @Test("A struck span is a text run with strikethrough, drawn in a valid PDF whose text still reads")
    func strikethrough() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let body = TextStyle(size: 11)
        var deleted = body.colored(Self.red)
        deleted.strikethrough = true
        var inserted = body.colored(Self.blue)
        inserted.underline = true
        var struckBlack = body
        struckBlack.strikethrough = true
        let paragraph = Paragraph([TextSpan("Loyer mensuel, ", style: body),
                                   TextSpan("huit cents euros", style: deleted),
                                   TextSpan(" neuf cents euros", style: inserted),
                                   TextSpan(", payable d’avance, ", style: body),
                                   // Same face, size and colour as the text before it: only the strikethrough differs.
                                   TextSpan("sans indexation", style: struckBlack),
                                   TextSpan(".", style: body)],
                                  style: ParagraphStyle(alignment: .left))
        let document = Document(setup: Self.setup, metadata: DocumentMetadata(title: "Avenant", date: Self.date),
                                blocks: [.paragraph(paragraph)])
        let pdf = try LayoutTestSupport.pdf(document, typesetter: typesetter, name: "strikethrough.pdf")

        let runs = pdf.laidOut.pages.flatMap(\.items).compactMap { item -> TextRun? in
            if case .text(let run) = item { return run }
            return nil
        }
        let struck = runs.filter(\.strikethrough)
        #expect(struck.flatMap { $0.text.split(separator: " ").map(String.init) } == ["huit", "cents", "euros", "sans", "indexation"])
        #expect(struck.allSatisfy { !$0.underline })
        #expect(struck.first?.color == Self.red && struck.last?.color == .black)
        #expect(runs.contains { $0.text.contains("neuf cents euros") && $0.underline && !$0.strikethrough })
        #expect(runs.filter { $0.text.contains("Loyer") || $0.text.contains("payable") }.allSatisfy { !$0.strikethrough })
        // The line goes through the middle of the lowercase letters, at the font’s own x-height.
        #expect(typesetter.fonts.face(for: body.font).xHeight != nil)

        let check = try LayoutTestSupport.run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "\(check.output)")
        let extracted = try LayoutTestSupport.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"])
        #expect(extracted.status == 0)
        let text = LayoutTestSupport.normalisedSpaces(extracted.output)
        #expect(text.contains("Loyer mensuel, huit cents euros neuf cents euros, payable d’avance, sans indexation."), "\(text)")

        // Each struck run has a line through it, at half the x-height above its baseline, as long as the run:
        // found in the page's uncompressed content (Cairo draws in page coordinates, y downwards).
        let expanded = pdf.path + ".qdf"
        let qdf = try LayoutTestSupport.run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, expanded])
        #expect(qdf.status == 0, "\(qdf.output)")
        let content = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expanded)), as: UTF8.self)
        let strokes = content.split(separator: "\n").compactMap { line -> [Double]? in
            let words = line.split(separator: " ")
            guard words.count >= 7, words.suffix(2) == ["l", "S"], words[words.count - 5] == "m" else { return nil }
            let numbers = [words.count - 7, words.count - 6, words.count - 4, words.count - 3].compactMap { Double(words[$0]) }
            return numbers.count == 4 ? numbers : nil
        }
        #expect(strokes.count == 3, "two lines through, one under: \(strokes)")
        let face = typesetter.fonts.face(for: body.font)
        for run in struck {
            let y = run.origin.y - (face.xHeight ?? 0) / 2 * run.size / face.unitsPerEm
            #expect(strokes.contains { abs($0[0] - run.origin.x) < 0.01 && abs($0[2] - run.origin.x - run.width) < 0.01
                    && abs($0[1] - y) < 0.01 && abs($0[3] - y) < 0.01 }, "no line through « \(run.text) » at y \(y): \(strokes)")
        }
    }

    /// A vertical line's x, top and bottom (in page coordinates), width and colour.
    struct Bar {
        let x: Double, top: Double, bottom: Double, width: Double, color: Color
    }

    static func bars(on page: LaidOutPage) -> [Bar] {
        page.items.compactMap { item -> Bar? in
            guard case let .line(from, to, width, color) = item, from.x == to.x else { return nil }
            return Bar(x: from.x, top: min(from.y, to.y), bottom: max(from.y, to.y), width: width, color: color)
        }.sorted { $0.top < $1.top }
    }

    /// The baselines of the text runs drawn in a colour on a page.
    static func baselines(on page: LaidOutPage, color: Color) -> [Double] {
        page.items.compactMap { item -> Double? in
            guard case .text(let run) = item, run.color == color else { return nil }
            return run.origin.y
        }
    }

    /// French contract prose, `count` paragraphs of it.
    static func prose(_ count: Int, style: TextStyle) -> [Block] {
        (1...count).map { number in
            .paragraph(Paragraph("Article \(number). Le preneur s’engage à user paisiblement des locaux loués suivant la "
                + "destination prévue au bail, à répondre des dégradations et pertes survenant pendant la durée du "
                + "contrat, et à laisser exécuter les travaux d’amélioration des parties communes ou privatives.",
                style: style, paragraph: plain))
        }
    }

    @Test("A marked passage across a page break has a continuous bar beside it on both pages, and nowhere else")
    func changeBarsAcrossPages() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let setup = Self.setup
        let black = TextStyle(size: 10)
        let changed = TextStyle(size: 10).colored(Self.red)
        // About 40 lines of unmarked text, then about 40 of marked text: the page ends inside the passage.
        let blocks = Self.prose(9, style: black)
            + [.marked(MarginMark(blocks: Self.prose(10, style: changed), color: Self.red))]
            + Self.prose(3, style: black)
        let document = Document(setup: setup, metadata: DocumentMetadata(title: "Bail", date: Self.date), blocks: blocks)
        let laidOut = try typesetter.typeset(document)
        #expect(laidOut.pages.count == 2)
        let barX = setup.margins.left - 8
        let bodyBottom = setup.bodyTop + setup.bodyHeight
        for (index, page) in laidOut.pages.enumerated() {
            let bars = Self.bars(on: page)
            let marked = Self.baselines(on: page, color: Self.red)
            let unmarked = Self.baselines(on: page, color: .black)
            #expect(!bars.isEmpty && !marked.isEmpty && !unmarked.isEmpty, "page \(index + 1)")
            guard let first = bars.first, let last = bars.last,
                  let firstMarked = marked.min(), let lastMarked = marked.max() else { continue }
            #expect(bars.allSatisfy { $0.x == barX && $0.width == 1.5 && $0.color == Self.red })
            // One continuous bar: each line's piece starts where the one above it ends.
            for (above, below) in zip(bars, bars.dropFirst()) { #expect(abs(below.top - above.bottom) < 1e-6) }
            // Beside every marked line, beside no unmarked one, and only within the body.
            for baseline in marked { #expect(first.top < baseline && baseline <= last.bottom) }
            for baseline in unmarked { #expect(baseline < first.top || baseline > last.bottom) }
            #expect(first.top >= setup.bodyTop - 1e-6 && last.bottom <= bodyBottom + 1e-6)
            // From the passage's first line's top to its last line's bottom (13.5-point lines), not over the gaps around it.
            #expect(firstMarked - first.top < 13.5 && last.bottom - lastMarked < 13.5)
        }
        // The page breaks inside the passage: the bar runs to the last line of page 1 and starts at the top of page 2.
        let lastOnFirstPage = Self.bars(on: laidOut.pages[0]).last?.bottom ?? 0
        let lowestText = Self.baselines(on: laidOut.pages[0], color: Self.red).max() ?? 0
        #expect(lastOnFirstPage > lowestText)
        #expect(Self.baselines(on: laidOut.pages[0], color: .black).allSatisfy { $0 < lowestText })
        #expect(abs((Self.bars(on: laidOut.pages[1]).first?.top ?? 0) - setup.bodyTop) < 1e-6)

        // Without the mark, the same text has no bar at all.
        let unmarkedDocument = Document(setup: setup, metadata: DocumentMetadata(title: "Bail", date: Self.date),
                                        blocks: Self.prose(22, style: black))
        #expect(try typesetter.typeset(unmarkedDocument).pages.allSatisfy { Self.bars(on: $0).isEmpty })
    }

    @Test("When the page breaks between two marked paragraphs, the gap between them is not barred at the top of the next page")
    func changeBarsAtAPageBreakBetweenParagraphs() throws {
        let setup = Self.setup
        let style = TextStyle(size: 10).colored(Self.red)
        // A box leaves room for one 13.5-point line: the first paragraph ends page 1, the second opens page 2.
        let filler = Block.frame(FrameBlock(blocks: [], padding: EdgeInsets(all: 0), borderWidth: 0,
                                            minimumHeight: setup.bodyHeight - 13.5, spaceBefore: 0, spaceAfter: 0))
        let passage = MarginMark(blocks: [.paragraph(Paragraph("premier", style: style, paragraph: Self.plain)),
                                          .paragraph(Paragraph("second", style: style, paragraph: Self.plain))],
                                 color: Self.red, width: 2, offset: 10)
        let laidOut = try LayoutTestSupport.typesetter().typeset(Document(
            setup: setup, metadata: DocumentMetadata(title: "t", date: Self.date), blocks: [filler, .marked(passage)]))
        #expect(laidOut.pages.count == 2)
        let bodyBottom = setup.bodyTop + setup.bodyHeight
        let first = Self.bars(on: laidOut.pages[0])
        let second = Self.bars(on: laidOut.pages[1])
        #expect(first.count == 1 && second.count == 1)
        #expect(first.allSatisfy { $0.x == setup.margins.left - 10 && $0.width == 2 })
        #expect(first.allSatisfy { abs($0.top - (bodyBottom - 13.5)) < 1e-6 && abs($0.bottom - bodyBottom) < 1e-6 })
        #expect(second.allSatisfy { abs($0.top - setup.bodyTop) < 1e-6 && abs($0.bottom - (setup.bodyTop + 13.5)) < 1e-6 })
    }

    @Test("A mark inside a mark adds its own bar beside its own lines only")
    func nestedMarks() throws {
        let setup = Self.setup
        let style = TextStyle(size: 10)
        func line(_ text: String) -> Block { .paragraph(Paragraph(text, style: style, paragraph: Self.plain)) }
        let inner = MarginMark(blocks: [line("deux")], color: Self.blue, offset: 14)
        let outer = MarginMark(blocks: [line("un"), .marked(inner), line("trois")], color: Self.red)
        let laidOut = try LayoutTestSupport.typesetter().typeset(Document(
            setup: setup, metadata: DocumentMetadata(title: "t", date: Self.date),
            blocks: [line("avant"), .marked(outer), line("après")]))
        let bars = Self.bars(on: laidOut.pages[0])
        let outerBars = bars.filter { $0.x == setup.margins.left - 8 && $0.color == Self.red }
        let innerBars = bars.filter { $0.x == setup.margins.left - 14 && $0.color == Self.blue }
        #expect(outerBars.count == 3 && innerBars.count == 1 && bars.count == 4)
        // The outer bar: three lines and the two gaps between them, in one piece.
        if let top = outerBars.first?.top, let bottom = outerBars.last?.bottom {
            #expect(abs(bottom - top - (3 * 13.5 + 2 * 6)) < 1e-6)
            // It starts below the line before the passage (line 1, then its 6-point gap) and ends before the line after it.
            #expect(abs(top - (setup.bodyTop + 13.5 + 6)) < 1e-6)
        }
        // The inner bar: beside « deux » alone, from its top to its bottom.
        if let bar = innerBars.first {
            #expect(abs(bar.top - (setup.bodyTop + 2 * (13.5 + 6))) < 1e-6)
            #expect(abs(bar.bottom - bar.top - 13.5) < 1e-6)
        }
    }

    @Test("A marked table that runs over several pages is barred from the top of every page, its repeated header included")
    func markedTable() throws {
        var document = LongTableSpecimen.document(sections: 1, rowsPerSection: 80)
        document.blocks = [.marked(MarginMark(blocks: document.blocks, color: Self.red))]
        var setup = document.setup
        if document.header == nil { setup.headerHeight = 0 }
        if document.footer == nil { setup.footerHeight = 0 }
        let laidOut = try LayoutTestSupport.typesetter().typeset(document)
        #expect(laidOut.pages.count >= 2)
        for (index, page) in laidOut.pages.enumerated() {
            let bars = Self.bars(on: page).filter { $0.x == setup.margins.left - 8 }
            guard let first = bars.first, let last = bars.last else { Issue.record("page \(index + 1) has no bar"); continue }
            #expect(abs(first.top - setup.bodyTop) < 1e-6, "page \(index + 1)")
            #expect(last.bottom <= setup.bodyTop + setup.bodyHeight + 1e-6)
            for (above, below) in zip(bars, bars.dropFirst()) { #expect(abs(below.top - above.bottom) < 1e-6) }
        }
    }
}
