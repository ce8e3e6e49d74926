import FolioCore
import FolioLayout
import FolioRedline

extension Company {
    /// The redline as a PDF set by Folio's engine: a cover with both versions, the changed figures and the
    /// changed articles; then the new text with deletions struck in red, insertions underlined in blue,
    /// moved articles in green, and a bar in the margin beside every change.
    ///
    /// `changesOnly` collapses unchanged articles into a one-line note. Dated by the new version, so the
    /// same comparison gives the same bytes.
    public func redlinePDF(_ redline: Redline, changesOnly: Bool = false, date: CalendarDate? = nil) throws -> RenderedDocument {
        // The new version's date; for a file without one, the day it was last changed.
        let date = date ?? redline.new.effective.flatMap(CalendarDate.init) ?? Self.modificationDay(of: redline.new.name)
        let language = DocumentLanguage(rawValue: redline.new.language ?? "") ?? .english
        let wording = RedlineWording(language: language.rawValue)
        let page = RedlinePage(wording: wording, body: TextStyle(font: FontStyle(family: .sans), size: 9.5, language: language.layoutLanguage))
        let title = "\(wording.title) — \(redline.new.title ?? redline.new.name)"
        let document = Document(
            // The same sheet as Folio's other documents, with room at the left for the change bars.
            setup: PageSetup(size: .a4, margins: EdgeInsets(top: EdgeInsets.millimetres(15), right: EdgeInsets.millimetres(18),
                                                            bottom: EdgeInsets.millimetres(15), left: EdgeInsets.millimetres(22))),
            metadata: DocumentMetadata(title: title, author: profile.legalName,
                                       subject: "\(wording.version(redline.old)) → \(wording.version(redline.new))",
                                       keywords: [redline.old.name, redline.new.name],
                                       date: DocumentDate(year: date.year, month: date.month, day: date.day)),
            footer: RunningText(left: title, right: language.words(fr: "page {page} / {pages}", en: "page {page} of {pages}",
                                                                   de: "Seite {page} von {pages}"),
                                style: TextStyle(size: 7.5, color: .gray(0.35), language: language.layoutLanguage)),
            styles: StyleSheet(body: page.body),
            blocks: page.blocks(redline, changesOnly: changesOnly))
        let (drawn, pages, regions) = try engine.draw(document)
        var facts = DocumentFacts(kind: .redline, title: title, date: date, language: language, number: nil, computed: nil)
        facts.regions = regions
        facts.paperSize = document.setup.size
        let finished = try finishing.finish(drawn, of: facts)
        return RenderedDocument(pdf: finished, pageCount: pages, facts: facts, templateVersions: [], termsVersion: nil)
    }
}

/// The blocks of a redline PDF.
struct RedlinePage {
    let wording: RedlineWording
    let body: TextStyle

    /// Deleted text: red, struck through.
    static let deletedColour = Color(red: 0.75, green: 0.0, blue: 0.1)
    /// Inserted text: blue, underlined.
    static let insertedColour = Color(red: 0.04, green: 0.25, blue: 0.66)
    /// Moved articles: green.
    static let movedColour = Color(red: 0.04, green: 0.48, blue: 0.18)

    private var paragraphStyle: ParagraphStyle { ParagraphStyle(alignment: .justified, spaceAfter: 5) }
    private var headingStyle: ParagraphStyle {
        ParagraphStyle(alignment: .left, lineHeight: 1.2, spaceBefore: 9, spaceAfter: 3, hyphenate: false, keepWithNext: true)
    }

    func blocks(_ redline: Redline, changesOnly: Bool) -> [Block] {
        var blocks = cover(redline)
        guard !redline.isUnchanged else { return blocks }
        blocks.append(.pageBreak)
        blocks.append(.heading(Heading(level: 1, wording.text)))
        var collapsed = 0
        func noteCollapsed() {
            guard collapsed > 0 else { return }
            blocks.append(.paragraph(Paragraph([TextSpan("[… \(collapsed) \(wording.unchangedCollapsed)]", style: body.italic.colored(.gray(0.4)))],
                                               style: paragraphStyle)))
            collapsed = 0
        }
        let insideMoved = redline.insideMovedArticle
        for (index, article) in redline.articles.enumerated() {
            let changed = !article.changes.isEmpty || article.partOf != nil || insideMoved[index]
            if changesOnly && !changed { collapsed += 1; continue }
            noteCollapsed()
            blocks += self.article(article, insideMoved: insideMoved[index])
        }
        noteCollapsed()
        return blocks
    }

    private func cover(_ redline: Redline) -> [Block] {
        var blocks: [Block] = [.heading(Heading(level: 1, wording.title))]
        if let title = redline.new.title { blocks.append(.paragraph(Paragraph([TextSpan(title, style: body.bold.sized(12))], style: paragraphStyle))) }
        blocks.append(.keyValue(KeyValueBlock(rows: [
            (label: [TextSpan(wording.oldVersion, style: body.bold)], value: [TextSpan(wording.version(redline.old), style: body)]),
            (label: [TextSpan(wording.newVersion, style: body.bold)], value: [TextSpan(wording.version(redline.new), style: body)]),
        ], spaceAfter: 8)))
        if redline.strict { blocks.append(text(wording.strictNote, style: body.italic)) }
        guard !redline.isUnchanged else { return blocks + [text(wording.noChange, style: body.bold)] }
        blocks.append(text(wording.counts(redline), style: body))
        blocks.append(.paragraph(Paragraph([
            TextSpan(wording.legend, style: body.sized(8).colored(.gray(0.3))),
        ], style: paragraphStyle)))
        blocks.append(.heading(Heading(level: 2, wording.changedFigures)))
        if redline.figures.isEmpty { blocks.append(text(wording.noFigure, style: body)) }
        let figures = redline.figures.map { figure -> Paragraph in
            let line = wording.line(figure)
            let arrow = line.range(of: " → ")
            let before = arrow.map { String(line[..<$0.lowerBound]) } ?? line
            let after = arrow.map { String(line[$0.upperBound...]) } ?? ""
            // The old figure struck in red, the new one underlined in blue, as in the text.
            let oldStart = before.range(of: figure.old ?? "\u{0}", options: .backwards)?.lowerBound
            var spans: [TextSpan] = []
            if let oldStart, figure.old != nil {
                spans.append(TextSpan(String(before[..<oldStart]), style: body))
                spans.append(TextSpan(String(before[oldStart...]), style: deleted(body)))
            } else {
                spans.append(TextSpan(before, style: body))
            }
            spans.append(TextSpan(" → ", style: body))
            spans.append(TextSpan(after, style: figure.new == nil ? body.italic : inserted(body)))
            return Paragraph(spans, style: ParagraphStyle(alignment: .left, spaceAfter: 2))
        }
        if !figures.isEmpty { blocks.append(.list(ListBlock(items: figures))) }
        blocks.append(.heading(Heading(level: 2, wording.changedArticles)))
        var articles = redline.substantiveChanges.map { article in
            Paragraph([TextSpan(wording.heading(article), style: body.bold), TextSpan(" — \(wording.describe(article))", style: body)],
                      style: ParagraphStyle(alignment: .left, spaceAfter: 2))
        }
        if let renumbered = wording.renumberedOnly(redline) {
            articles.append(Paragraph([TextSpan(renumbered, style: body)], style: ParagraphStyle(alignment: .left, spaceAfter: 2)))
        }
        blocks.append(.list(ListBlock(items: articles)))
        return blocks
    }

    /// An article: its heading (with what happened to it) and its marked text; a moved article and its
    /// sub-clauses in green with a green bar.
    private func article(_ article: RedlineArticle, insideMoved: Bool) -> [Block] {
        let moved = article.changes.contains(.moved) || insideMoved
        let headingColour: Color = moved ? Self.movedColour : .black
        let style = body.bold.sized(article.level <= 1 ? 10.5 : 9.5).colored(headingColour)
        var heading: [TextSpan]
        if let titleSpans = article.titleSpans {
            heading = [TextSpan(wording.headingPrefix(article) + " — ", style: style)] + spans(titleSpans, style: style)
        } else {
            let text = wording.heading(article)
            heading = [TextSpan(text, style: article.changes == [.deleted] ? deleted(style) : article.changes == [.added] ? inserted(style) : style)]
        }
        let changed = !article.changes.isEmpty || article.partOf != nil
        if changed {
            heading.append(TextSpan("  [\(wording.describe(article))]", style: body.italic.sized(8).colored(moved ? Self.movedColour : .gray(0.35))))
        }
        var blocks: [Block] = [.paragraph(Paragraph(heading, style: headingStyle))]
        for paragraph in article.paragraphs {
            let text = Paragraph(spans(paragraph.spans, style: body), style: paragraphStyle)
            let block: Block = paragraph.isItem ? .list(ListBlock(items: [text])) : .paragraph(text)
            let marksChange = paragraph.spans.contains { $0.kind != .kept }
            blocks.append(marksChange && !moved ? .marked(MarginMark(blocks: [block], color: Self.deletedColour)) : block)
        }
        if moved { return [.marked(MarginMark(blocks: blocks, color: Self.movedColour))] }
        if article.changes == [.added] || article.changes == [.deleted] || article.titleSpans != nil {
            return [.marked(MarginMark(blocks: [blocks[0]], color: Self.deletedColour))] + blocks.dropFirst()
        }
        return blocks
    }

    private func spans(_ spans: [RedlineSpan], style: TextStyle) -> [TextSpan] {
        spans.flatMap { span -> [TextSpan] in
            // The space after a change is not struck or underlined: the marks end with the words.
            let words = span.words, space = span.trailingSpaces
            let marked: TextStyle
            switch span.kind {
            case .kept: return [TextSpan(span.text, style: style)]
            case .deleted: marked = deleted(style)
            case .inserted: marked = inserted(style)
            }
            return [TextSpan(words, style: marked)] + (space.isEmpty ? [] : [TextSpan(space, style: style)])
        }
    }

    private func deleted(_ style: TextStyle) -> TextStyle {
        var style = style.colored(Self.deletedColour)
        style.strikethrough = true
        return style
    }

    private func inserted(_ style: TextStyle) -> TextStyle {
        var style = style.colored(Self.insertedColour)
        style.underline = true
        return style
    }

    private func text(_ text: String, style: TextStyle) -> Block {
        .paragraph(Paragraph([TextSpan(text, style: style)], style: paragraphStyle))
    }
}
