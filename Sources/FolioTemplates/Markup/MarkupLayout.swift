import FolioLayout

/// Turns markup blocks into layout blocks in a house style: body text, small print, headings,
/// tables with right-aligned amount columns in tabular figures, fields, boxes, images.
public struct MarkupLayout {
    /// Body text; the rest derives from it.
    public var body: TextStyle
    /// Images that `!image NAME WIDTH` may place (the company logo).
    public var images: [String: PNGImage]
    /// French text gets French spacing (narrow no-break spaces before ; ! ? and inside « »).
    public var frenchSpacing: Bool

    public init(body: TextStyle, images: [String: PNGImage] = [:]) {
        self.body = body
        self.images = images
        self.frenchSpacing = body.language == .french
    }

    var small: TextStyle { body.sized(body.size * 0.85).colored(.gray(0.2)) }

    public func blocks(_ markup: [MarkupBlock]) throws(LayoutError) -> [Block] {
        var blocks: [Block] = []
        for block in markup { blocks += try layout(block) }
        return blocks
    }

    private func layout(_ block: MarkupBlock) throws(LayoutError) -> [Block] {
        let paragraphStyle = ParagraphStyle(alignment: .justified, lineHeight: 1.35, spaceAfter: 5)
        switch block {
        case let .heading(level, inlines, anchor):
            return [.heading(Heading(level: level, text(inlines), anchor: anchor))]
        case let .paragraph(inlines, small):
            var style = paragraphStyle
            if small { style.lineHeight = 1.3 }
            return [.paragraph(Paragraph(spans(inlines, style: small ? self.small : body), style: style))]
        case let .list(items, numbered):
            return [.list(ListBlock(items: items.map { Paragraph(spans($0, style: body), style: ParagraphStyle(
                alignment: .justified, lineHeight: 1.35, spaceAfter: 1)) }, numbered: numbered))]
        case .fields(let fields):
            return [.keyValue(KeyValueBlock(rows: fields.map { field in
                (label: spans(field.label, style: small), value: spans(field.value, style: body))
            }))]
        case .table(let table):
            return [.table(layoutTable(table))]
        case .rule:
            return [.rule(RuleBlock())]
        case let .box(options, content):
            let width = options["width"].flatMap(Double.init)
            let minimumHeight = options["min-height"].flatMap(Double.init) ?? 0
            let alignment: Alignment = options["align"] == "right" ? .right : options["align"] == "center" ? .center : .left
            var frame = FrameBlock(blocks: try blocks(content), minimumHeight: minimumHeight, width: width, alignment: alignment)
            frame.name = options["name"]
            return [.frame(frame)]
        case .keep(let content):
            return [.keepTogether(try blocks(content))]
        case .columns(let columns):
            var laidOut: [(weight: Double, blocks: [Block])] = []
            for column in columns { laidOut.append((1, try blocks(column))) }
            return [.columns(ColumnsBlock(columns: laidOut))]
        case let .image(name, width):
            guard let image = images[name] else { throw LayoutError("!image \(name): no such image (known: \(images.keys.sorted().joined(separator: ", ")))") }
            return [.image(ImageBlock(image: image, width: width))]
        case .space(let points):
            return [.spacer(points)]
        case .pageBreak:
            return [.pageBreak]
        }
    }

    private func layoutTable(_ table: MarkupTable) -> Table {
        let columns = table.columns.map { column in
            TableColumn(column.width == .fill ? .relative(1) : .auto, alignment: column.rightAligned ? .right : .left)
        }
        func rows(_ cells: [[MarkupTable.Cell]], header: Bool = false, footer: Bool = false,
                  continuations: Set<Int> = []) -> [TableRow] {
            cells.enumerated().map { index, row in
                var column = 0
                // A continuing row is small print, its first cell indented under the row it continues.
                let continues = continuations.contains(index)
                return TableRow(row.map { cell in
                    defer { column += cell.span }
                    let numeric = table.columns[min(column, table.columns.count - 1)].rightAligned
                    var style = header ? body.bold.sized(body.size * 0.9) : continues ? small : body
                    if numeric && !header { style.tabularFigures = true }
                    var tableCell = TableCell(spans: spans(cell.inlines, style: style), columnSpan: cell.span)
                    if continues, column == 0, case .paragraph(var paragraph) = tableCell.blocks.first {
                        paragraph.style.firstLineIndent = body.size
                        tableCell.blocks = [.paragraph(paragraph)]
                    }
                    return tableCell
                }, continuesPrevious: continues)
            }
        }
        return Table(columns: columns, header: rows(table.header, header: true),
                     body: rows(table.body, continuations: table.continuations),
                     footer: rows(table.footer, footer: true), style: TableStyle(stripeBackground: nil))
    }

    /// Spans of inline markup in a base style.
    func spans(_ inlines: [Inline], style: TextStyle, link: LinkTarget? = nil) -> [TextSpan] {
        var result: [TextSpan] = []
        for inline in inlines {
            switch inline {
            case .text(let text):
                result.append(TextSpan(typography(text), style: style, link: link))
            case .bold(let inner):
                result += spans(inner, style: style.bold, link: link)
            case .italic(let inner):
                result += spans(inner, style: style.italic, link: link)
            case let .link(inner, target):
                let destination: LinkTarget = target.hasPrefix("#") ? .destination(String(target.dropFirst())) : .uri(target)
                result += spans(inner, style: style.colored(.link), link: destination)
            case .lineBreak:
                result.append(TextSpan("\n", style: style))
            }
        }
        return result
    }

    func text(_ inlines: [Inline]) -> String {
        typography(inlines.map(\.plainText).joined())
    }

    /// No-break spaces where a line must not break: after a numero sign, and French spacing.
    private func typography(_ text: String) -> String {
        let numbered = NumberSignSpacing.apply(to: text)
        return frenchSpacing ? FrenchTypography.apply(to: numbered) : numbered
    }
}
