/// Distributes flow lines onto pages of a given body height.
///
/// Greedy, with one step back: when a line does not fit, the page ends before the latest line on
/// it that allows a break (so headings never end a page, rows are never split, widows and orphans
/// are respected); a table continued on the new page gets its header rows again. If a keep rule
/// cannot be honoured (a group taller than a page), the page breaks where the space ends.
struct Paginator {
    let bodyHeight: Double

    /// A line placed on a page: its index in the flow (nil for a repeated header), its y, and the gap left above it.
    struct Placed {
        let line: FlowLine
        let index: Int?
        var y: Double
        var gap: Double
    }

    func paginate(_ lines: [FlowLine]) -> [[Placed]] {
        var pages: [[Placed]] = []
        var page: [Placed] = []
        var y = 0.0
        var index = 0
        let tolerance = 0.001

        func startPage(with line: FlowLine) {
            page = []
            y = 0
            for header in line.repeatedHeader {
                place(header, index: nil)
            }
        }
        func place(_ line: FlowLine, index: Int?) {
            let gap = page.isEmpty ? 0 : line.spaceBefore
            page.append(Placed(line: line, index: index, y: y + gap, gap: gap))
            y += gap + line.height
        }
        var pageHasFlowLines: Bool { page.contains { $0.index != nil } }

        while index < lines.count {
            let line = lines[index]
            if line.forcesPageBreak, pageHasFlowLines {
                pages.append(page)
                startPage(with: FlowLine(height: 0, items: []))
            }
            let gap = page.isEmpty ? 0 : line.spaceBefore
            if y + gap + line.height <= bodyHeight + tolerance || !pageHasFlowLines {
                place(line, index: index)
                index += 1
                continue
            }
            // Step back to the latest line on this page before which a break is allowed.
            let firstOnPage = page.first { $0.index != nil }?.index ?? index
            var breakAt = index
            while breakAt > firstOnPage, !lines[breakAt].breakBefore { breakAt -= 1 }
            if breakAt == firstOnPage { breakAt = index }
            page.removeAll { ($0.index ?? -1) >= breakAt }
            pages.append(page)
            startPage(with: lines[breakAt])
            index = breakAt
            place(lines[index], index: index)
            index += 1
        }
        if pageHasFlowLines || pages.isEmpty { pages.append(page) }
        return pages
    }
}
