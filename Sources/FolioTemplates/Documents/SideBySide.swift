import FolioLayout

/// French and English versions of one text set side by side, clause by clause.
///
/// Both texts are cut into sections at their headings; the two versions must have as many
/// sections. Inside a section, blocks are paired one by one when both have as many, so a long
/// clause flows over pages in pairs of paragraphs; otherwise the whole section is one row.
/// The result is a two-column table whose header (« Français | English ») repeats on every page.
struct SideBySide {
    let french: MarkupLayout
    let english: MarkupLayout

    struct Section {
        var heading: [Inline]?
        var blocks: [MarkupBlock] = []
    }

    func blocks(french frenchMarkup: [MarkupBlock], english englishMarkup: [MarkupBlock], identity: String) throws -> [Block] {
        let frenchSections = Self.sections(frenchMarkup), englishSections = Self.sections(englishMarkup)
        guard frenchSections.count == englishSections.count else {
            throw TemplateCatalogError("\(identity): the French text has \(frenchSections.count) sections and the English \(englishSections.count); side by side needs the same headings in both")
        }
        var rows: [TableRow] = []
        for (left, right) in zip(frenchSections, englishSections) {
            var pairs: [([MarkupBlock], [MarkupBlock])]
            if left.blocks.count == right.blocks.count {
                pairs = zip(left.blocks, right.blocks).map { ([$0], [$1]) }
            } else {
                pairs = [(left.blocks, right.blocks)]
            }
            if pairs.isEmpty { pairs = [([], [])] }
            for (index, pair) in pairs.enumerated() {
                // The heading shares its row with the first paragraph: it never ends a page alone.
                let leftHeading = index == 0 ? left.heading.map { heading(french, $0) } : nil
                let rightHeading = index == 0 ? right.heading.map { heading(english, $0) } : nil
                rows.append(TableRow([
                    TableCell(blocks: (leftHeading.map { [$0] } ?? []) + (try french.blocks(pair.0))),
                    TableCell(blocks: (rightHeading.map { [$0] } ?? []) + (try english.blocks(pair.1))),
                ]))
            }
        }
        let header = TableRow([TableCell("Français", style: french.body.bold.sized(french.body.size * 0.9)),
                               TableCell("English", style: english.body.bold.sized(english.body.size * 0.9))])
        var style = TableStyle(stripeBackground: nil)
        style.borders = .none
        style.padding = EdgeInsets(top: 2, right: 8, bottom: 2, left: 0)
        return [.table(Table(columns: [TableColumn(.relative(1)), TableColumn(.relative(1))], header: [header], body: rows,
                             style: style))]
    }

    private func heading(_ layout: MarkupLayout, _ inlines: [Inline]) -> Block {
        .paragraph(Paragraph(layout.spans(inlines, style: layout.body.bold.sized(layout.body.size * 1.1)),
                             style: ParagraphStyle(alignment: .left, lineHeight: 1.3, spaceAfter: 4)))
    }

    static func sections(_ blocks: [MarkupBlock]) -> [Section] {
        var sections: [Section] = [Section(heading: nil)]
        for block in blocks {
            if case let .heading(_, inlines, _) = block {
                sections.append(Section(heading: inlines))
            } else {
                sections[sections.count - 1].blocks.append(block)
            }
        }
        if sections[0].blocks.isEmpty { sections.removeFirst() }
        return sections
    }
}
