import FolioCore
import FolioLayout

/// Two language versions of one text set side by side, clause by clause: the legal one (French,
/// German) on the left, English on the right.
///
/// Both texts are cut into sections at their headings; the two versions must have as many
/// sections. Inside a section, blocks are paired one by one when both have as many, so a long
/// clause flows over pages in pairs of paragraphs; otherwise the whole section is one row.
/// The result is a two-column table whose header (« Français | English ») repeats on every page.
struct SideBySide {
    let left: MarkupLayout
    let right: MarkupLayout
    let languages: (left: DocumentLanguage, right: DocumentLanguage)

    struct Section {
        var heading: [Inline]?
        var blocks: [MarkupBlock] = []
    }

    func blocks(left leftMarkup: [MarkupBlock], right rightMarkup: [MarkupBlock], identity: String) throws -> [Block] {
        let leftSections = Self.sections(leftMarkup), rightSections = Self.sections(rightMarkup)
        guard leftSections.count == rightSections.count else {
            throw TemplateCatalogError("\(identity): the \(languages.left.name) text has \(leftSections.count) sections and the \(languages.right.name) \(rightSections.count); side by side needs the same headings in both")
        }
        var rows: [TableRow] = []
        for (left, right) in zip(leftSections, rightSections) {
            var pairs: [([MarkupBlock], [MarkupBlock])]
            if left.blocks.count == right.blocks.count {
                pairs = zip(left.blocks, right.blocks).map { ([$0], [$1]) }
            } else {
                pairs = [(left.blocks, right.blocks)]
            }
            if pairs.isEmpty { pairs = [([], [])] }
            for (index, pair) in pairs.enumerated() {
                // The heading shares its row with the first paragraph: it never ends a page alone.
                let leftHeading = index == 0 ? left.heading.map { heading(self.left, $0) } : nil
                let rightHeading = index == 0 ? right.heading.map { heading(self.right, $0) } : nil
                rows.append(TableRow([
                    TableCell(blocks: (leftHeading.map { [$0] } ?? []) + (try self.left.blocks(pair.0))),
                    TableCell(blocks: (rightHeading.map { [$0] } ?? []) + (try self.right.blocks(pair.1))),
                ]))
            }
        }
        let header = TableRow([TableCell(Self.ownName(languages.left), style: left.body.bold.sized(left.body.size * 0.9)),
                               TableCell(Self.ownName(languages.right), style: right.body.bold.sized(right.body.size * 0.9))])
        var style = TableStyle(stripeBackground: nil)
        style.borders = .none
        style.padding = EdgeInsets(top: 2, right: 8, bottom: 2, left: 0)
        return [.table(Table(columns: [TableColumn(.relative(1)), TableColumn(.relative(1))], header: [header], body: rows,
                             style: style))]
    }

    /// A language's name in itself: « Français », "English", « Deutsch ».
    static func ownName(_ language: DocumentLanguage) -> String {
        language.words(fr: "Français", en: "English", de: "Deutsch")
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
