/// Lays a table out as flow lines: one per row, header rows repeated on every page the table
/// runs onto, body rows never split, footer rows (totals) kept with the last body rows.
struct TableFlow {
    let flow: BlockFlow

    func lines(for table: Table, width: Double) throws(LayoutError) -> [FlowLine] {
        guard !table.columns.isEmpty else { throw LayoutError("table: no columns") }
        for (index, row) in (table.header + table.body + table.footer).enumerated() {
            let spanned = row.cells.reduce(0) { $0 + max($1.columnSpan, 1) }
            if spanned > table.columns.count {
                throw LayoutError("table: row \(index + 1) has \(spanned) cells for \(table.columns.count) columns")
            }
        }
        let widths = ColumnWidths.resolve(table.columns, natural: naturalWidths(table), available: width)
        var headerLines: [FlowLine] = []
        for (index, row) in table.header.enumerated() {
            headerLines.append(try rowLine(row, table: table, widths: widths, kind: .header,
                                           isLastOfKind: index == table.header.count - 1, stripe: false))
        }
        var lines = headerLines
        for (index, row) in table.body.enumerated() {
            let continued = index + 1 < table.body.count && table.body[index + 1].continuesPrevious
            var line = try rowLine(row, table: table, widths: widths, kind: .body,
                                   isLastOfKind: index == table.body.count - 1, stripe: index % 2 == 1,
                                   continued: continued)
            line.repeatedHeader = headerLines
            // Not right after the header; not among the last rows kept with the totals; never under its own row.
            let keptWithFooter = !table.footer.isEmpty && table.body.count - index <= table.keepWithLastRows
            line.breakBefore = !(index == 0 && !headerLines.isEmpty) && !keptWithFooter && !row.continuesPrevious
            lines.append(line)
        }
        for (index, row) in table.footer.enumerated() {
            var line = try rowLine(row, table: table, widths: widths, kind: .footer,
                                   isLastOfKind: index == table.footer.count - 1, stripe: false)
            line.breakBefore = table.body.isEmpty && index == 0
            lines.append(line)
        }
        return lines
    }

    private enum RowKind { case header, body, footer }

    /// One row as a flow line; `continued` when the next row continues this one (no rule under it).
    private func rowLine(_ row: TableRow, table: Table, widths: [Double], kind: RowKind,
                         isLastOfKind: Bool, stripe: Bool, continued: Bool = false) throws(LayoutError) -> FlowLine {
        var style = table.style
        if row.continuesPrevious { style.padding.top = 0 }
        var contents: [(x: Double, width: Double, items: [PageItem], height: Double)] = []
        var column = 0
        var x = 0.0
        for cell in row.cells {
            let span = max(cell.columnSpan, 1)
            let cellWidth = widths[column..<min(column + span, widths.count)].reduce(0, +)
            let alignment = cell.alignment ?? table.columns[column].alignment
            func aligned(_ block: Block) -> Block {
                switch block {
                case .paragraph(var paragraph) where alignment != .left:
                    paragraph.style.alignment = alignment
                    return .paragraph(paragraph)
                case .marked(var mark) where alignment != .left:
                    mark.blocks = mark.blocks.map(aligned)
                    return .marked(mark)
                default:
                    return block
                }
            }
            let blocks = cell.blocks.map(aligned)
            let inner = max(cellWidth - style.padding.left - style.padding.right, 1)
            let content = try flow.lines(for: blocks, width: inner).stacked()
            contents.append((x, cellWidth, content.items, content.height))
            x += cellWidth
            column += span
        }
        // Cells of different text sizes share their first baseline, as a typesetter lines them up.
        let baselines = contents.map { Self.firstBaseline(of: $0.items) }
        let sharedBaseline = baselines.compactMap { $0 }.max() ?? 0
        for index in contents.indices {
            guard let baseline = baselines[index], baseline < sharedBaseline else { continue }
            contents[index].items = contents[index].items.offsetBy(dx: 0, dy: sharedBaseline - baseline)
            contents[index].height += sharedBaseline - baseline
        }
        let tableWidth = widths.reduce(0, +)
        let height = (contents.map(\.height).max() ?? 0) + style.padding.top + style.padding.bottom
        var items: [PageItem] = []
        let background = row.background ?? (kind == .header ? style.headerBackground : stripe ? style.stripeBackground : nil)
        if let background {
            items.append(.rectangle(Rect(x: 0, y: 0, width: tableWidth, height: height), fill: background,
                                    stroke: nil, lineWidth: 0))
        }
        for content in contents {
            items += content.items.offsetBy(dx: content.x + style.padding.left, dy: style.padding.top)
            if style.borders == .grid {
                items.append(.rectangle(Rect(x: content.x, y: 0, width: content.width, height: height), fill: nil,
                                        stroke: style.borderColor, lineWidth: style.borderWidth))
            }
        }
        if style.borders == .horizontal, kind != .footer || isLastOfKind, !continued {
            let thickness = (kind == .header && isLastOfKind) || (kind == .body && isLastOfKind)
                ? style.borderWidth * 1.6 : style.borderWidth
            items.append(.line(from: Point(x: 0, y: height), to: Point(x: tableWidth, y: height),
                               width: thickness, color: style.borderColor))
        }
        return FlowLine(height: height, items: items)
    }

    /// The baseline of the first line of text in a cell's items, if it has text.
    private static func firstBaseline(of items: [PageItem]) -> Double? {
        items.compactMap { if case .text(let run) = $0 { return run.origin.y }; return nil }.min()
    }

    /// Each column's widest single-line content, padding included, from cells spanning one column.
    private func naturalWidths(_ table: Table) -> [Double] {
        var natural = Array(repeating: 0.0, count: table.columns.count)
        let padding = table.style.padding.left + table.style.padding.right
        for row in table.header + table.body + table.footer {
            var column = 0
            for cell in row.cells {
                let span = max(cell.columnSpan, 1)
                if span == 1, column < natural.count {
                    natural[column] = max(natural[column], naturalWidth(of: cell.blocks) + padding)
                }
                column += span
            }
        }
        return natural
    }

    private func naturalWidth(of blocks: [Block]) -> Double {
        blocks.reduce(0) { widest, block in
            switch block {
            case .paragraph(let paragraph):
                let lines = paragraph.text.split(separator: "\n", omittingEmptySubsequences: false)
                if lines.count > 1 {
                    return max(widest, paragraph.spans.map { span in
                        span.text.split(separator: "\n").map { flow.shaper.width(of: String($0), style: span.style) }
                            .max() ?? 0
                    }.max() ?? 0)
                }
                return max(widest, paragraph.spans.reduce(0) { $0 + flow.shaper.width(of: $1.text, style: $1.style) }
                    + paragraph.style.firstLineIndent + 0.01)
            case .image(let image): return max(widest, image.width)
            case .marked(let mark): return max(widest, naturalWidth(of: mark.blocks))
            default: return widest
            }
        }
    }
}
