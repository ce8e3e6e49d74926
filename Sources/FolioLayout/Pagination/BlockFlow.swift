/// Turns blocks into flow lines at a width: paragraphs into lines with their widow, orphan and
/// keep rules, tables into rows, boxes and images into single unbreakable lines.
struct BlockFlow {
    let setter: ParagraphSetter
    let styles: StyleSheet

    var shaper: Shaper { setter.collector.shaper }

    /// The flow lines of a run of blocks, with the spacing between them.
    func lines(for blocks: [Block], width: Double) throws(LayoutError) -> [FlowLine] {
        var flowed = Flowed()
        try add(blocks, width: width, to: &flowed)
        return flowed.lines
    }

    /// The lines flowed so far, and what the next block's first line takes from the blocks before it.
    private struct Flowed {
        var lines: [FlowLine] = []
        var pendingSpace = 0.0
        var keepWithPrevious = false
        var forceBreak = false
    }

    /// Flows blocks after the lines so far; a marked passage's blocks flow in the same run, then get their bar.
    private func add(_ blocks: [Block], width: Double, to flowed: inout Flowed) throws(LayoutError) {
        for block in blocks {
            switch block {
            case .pageBreak:
                flowed.forceBreak = true
                continue
            case .marked(let mark):
                let start = flowed.lines.count
                try add(mark.blocks, width: width, to: &flowed)
                // The gap before the passage's first line is not part of the passage.
                for index in start..<flowed.lines.count {
                    flowed.lines[index].addMarginBar(for: mark, bridgingGap: index > start)
                }
                continue
            default:
                break
            }
            var (blockLines, spaceBefore, spaceAfter, keepWithNext) = try flow(block, width: width)
            guard !blockLines.isEmpty else { flowed.pendingSpace += spaceBefore + spaceAfter; continue }
            blockLines[0].spaceBefore += flowed.pendingSpace + spaceBefore
            if flowed.keepWithPrevious { blockLines[0].breakBefore = false }
            if flowed.forceBreak { blockLines[0].forcesPageBreak = true; blockLines[0].breakBefore = true }
            flowed.lines += blockLines
            flowed.pendingSpace = spaceAfter
            flowed.keepWithPrevious = keepWithNext
            flowed.forceBreak = false
        }
    }

    private func flow(_ block: Block, width: Double) throws(LayoutError)
        -> (lines: [FlowLine], spaceBefore: Double, spaceAfter: Double, keepWithNext: Bool) {
        switch block {
        case .heading(let heading):
            let style = heading.style ?? styles.heading(level: heading.level)
            let paragraph = Paragraph([TextSpan(heading.text, style: style)], style: styles.headingParagraph,
                                      anchor: heading.anchor)
            var lines = paragraphLines(paragraph, width: width)
            if heading.inOutline, !lines.isEmpty { lines[0].outline = (heading.text, heading.level) }
            return (lines, paragraph.style.spaceBefore, paragraph.style.spaceAfter, true)
        case .paragraph(let paragraph):
            return (paragraphLines(paragraph, width: width), paragraph.style.spaceBefore,
                    paragraph.style.spaceAfter, paragraph.style.keepWithNext)
        case .list(let list):
            return (listLines(list, width: width), 0, 4, false)
        case .keyValue(let block):
            return (try keyValueLines(block, width: width), 0, block.spaceAfter, false)
        case .image(let block):
            let height = block.width * Double(block.image.pixelHeight) / Double(block.image.pixelWidth)
            let x = block.alignment == .right ? width - block.width
                : block.alignment == .center ? (width - block.width) / 2 : 0
            return ([FlowLine(height: height, items: [.image(block.image, Rect(x: x, y: 0, width: block.width,
                                                                               height: height))])],
                    0, block.spaceAfter, false)
        case .rule(let rule):
            let y = rule.thickness / 2
            return ([FlowLine(height: rule.thickness,
                              items: [.line(from: Point(x: 0, y: y), to: Point(x: width, y: y),
                                            width: rule.thickness, color: rule.color)])],
                    rule.spaceBefore, rule.spaceAfter, false)
        case .frame(let frame):
            return ([try frameLine(frame, width: width)], frame.spaceBefore, frame.spaceAfter, false)
        case .table(let table):
            return (try TableFlow(flow: self).lines(for: table, width: width),
                    table.style.spaceBefore, table.style.spaceAfter, false)
        case .columns(let columns):
            return ([try columnsLine(columns, width: width)], 0, columns.spaceAfter, false)
        case .keepTogether(let blocks), .keepWithPrevious(let blocks):
            var lines = try lines(for: blocks, width: width)
            let withPrevious = if case .keepWithPrevious = block { true } else { false }
            for index in lines.indices where index > 0 || withPrevious { lines[index].breakBefore = false }
            // The group's first gap belongs before the group.
            let spaceBefore = lines.first?.spaceBefore ?? 0
            if !lines.isEmpty { lines[0].spaceBefore = 0 }
            return (lines, spaceBefore, 0, false)
        case .spacer(let height):
            return ([], height, 0, false)
        case .pageBreak, .marked:
            return ([], 0, 0, false)  // handled by add(_:width:to:) before it asks for a block's lines
        }
    }

    /// A paragraph's lines, with the page-break rules of widows, orphans and keep-together.
    func paragraphLines(_ paragraph: Paragraph, width: Double) -> [FlowLine] {
        let set = setter.set(paragraph, width: width)
        let count = set.count
        return set.enumerated().map { index, line in
            var items = line.items
            if index == 0, let anchor = paragraph.anchor { items.append(.anchor(name: anchor, at: Point(x: 0, y: 0))) }
            let breakable = index == 0
                || (!paragraph.style.keepTogether && !paragraph.style.keepWithNext
                    && index >= paragraph.style.orphans && count - index >= paragraph.style.widows)
            return FlowLine(height: line.height, items: items, breakBefore: breakable)
        }
    }

    private func listLines(_ list: ListBlock, width: Double) -> [FlowLine] {
        var lines: [FlowLine] = []
        for (number, item) in list.items.enumerated() {
            var itemLines = paragraphLines(item, width: width - list.indent)
            guard !itemLines.isEmpty else { continue }
            let style = item.spans.first?.style ?? styles.body
            let marker = list.numbered ? "\(number + 1)." : "•"
            var builder = LineBuilder()
            for run in shaper.shape(marker, style: style) { builder.add(run, span: TextSpan(marker, style: style), at: 0) }
            let metrics = setter.lineMetrics(item)
            for index in itemLines.indices { itemLines[index].items = itemLines[index].items.offsetBy(dx: list.indent, dy: 0) }
            itemLines[0].items += builder.items(baseline: metrics.baseline, lineHeight: metrics.height)
            if number > 0 { itemLines[0].spaceBefore = item.style.spaceBefore + 2 }
            lines += itemLines
        }
        return lines
    }

    private func keyValueLines(_ block: KeyValueBlock, width: Double) throws(LayoutError) -> [FlowLine] {
        let rows = block.rows.map { row in
            TableRow([TableCell(spans: row.label), TableCell(spans: row.value)])
        }
        let labelColumn: TableColumn.Width = block.labelWidth.map { .fixed($0) } ?? .auto
        let table = Table(columns: [TableColumn(labelColumn), TableColumn(.relative(1))], body: rows,
                          keepWithLastRows: 0,
                          style: TableStyle(padding: EdgeInsets(top: 0.5, right: 8, bottom: 0.5, left: 0), borders: .none,
                                            headerBackground: nil, spaceBefore: 0, spaceAfter: 0))
        var lines = try TableFlow(flow: self).lines(for: table, width: width)
        // An address reads as one block: keep it whole when it is short.
        if lines.count <= 8 { for index in lines.indices.dropFirst() { lines[index].breakBefore = false } }
        return lines
    }

    private func frameLine(_ frame: FrameBlock, width: Double) throws(LayoutError) -> FlowLine {
        let boxWidth = min(frame.width ?? width, width)
        let inner = boxWidth - frame.padding.left - frame.padding.right
        let content = try lines(for: frame.blocks, width: inner).stacked()
        let height = max(frame.minimumHeight, content.height + frame.padding.top + frame.padding.bottom)
        let x = frame.alignment == .right ? width - boxWidth : frame.alignment == .center ? (width - boxWidth) / 2 : 0
        var items: [PageItem] = [.rectangle(Rect(x: x, y: 0, width: boxWidth, height: height),
                                            fill: frame.background,
                                            stroke: frame.borderWidth > 0 ? frame.borderColor : nil,
                                            lineWidth: frame.borderWidth)]
        items += content.items.offsetBy(dx: x + frame.padding.left, dy: frame.padding.top)
        if let name = frame.name { items.append(.region(name: name, Rect(x: x, y: 0, width: boxWidth, height: height))) }
        return FlowLine(height: height, items: items)
    }

    private func columnsLine(_ block: ColumnsBlock, width: Double) throws(LayoutError) -> FlowLine {
        let totalWeight = block.columns.reduce(0) { $0 + max($1.weight, 0) }
        let available = width - block.gap * Double(max(block.columns.count - 1, 0))
        var x = 0.0
        var items: [PageItem] = []
        var height = 0.0
        for column in block.columns {
            let columnWidth = totalWeight > 0 ? available * max(column.weight, 0) / totalWeight : 0
            let content = try lines(for: column.blocks, width: columnWidth).stacked()
            items += content.items.offsetBy(dx: x, dy: 0)
            height = max(height, content.height)
            x += columnWidth + block.gap
        }
        return FlowLine(height: height, items: items)
    }
}
