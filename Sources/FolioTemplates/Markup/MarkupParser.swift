/// Reads Folio markup (a filled template) into blocks.
///
/// Block syntax is decided on each line's raw start, before any escape is read: an escaped value
/// (`\#`, `\-`, `\|`…) can therefore never start a heading, a list item or a table row.
public enum MarkupParser {
    public static func parse(_ text: String) throws(MarkupError) -> [MarkupBlock] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        var reader = LineReader(lines: lines)
        return try reader.blocks(until: [])
    }

    /// How deep ::: blocks may nest: real templates nest three (columns, a box, a keep); each level is
    /// a call here and in the layout, and thousands overflowed the stack (found by a hostile template).
    public static let maximumNesting = 16

    private struct LineReader {
        let lines: [String]
        var index = 0
        /// The ::: blocks open around the current line.
        var nesting = 0

        /// Line number (1-based) of the current line, for errors.
        var lineNumber: Int { index + 1 }

        mutating func blocks(until terminators: Set<String>) throws(MarkupError) -> [MarkupBlock] {
            var blocks: [MarkupBlock] = []
            while index < lines.count {
                let line = lines[index].trimmingTrailingSpaces()
                let trimmed = line.trimmingLeadingSpaces()
                if terminators.contains(trimmed) { return blocks }
                if trimmed.isEmpty { index += 1; continue }
                if trimmed == "---" { blocks.append(.rule); index += 1; continue }
                if trimmed == "+++" { blocks.append(.pageBreak); index += 1; continue }
                if trimmed.hasPrefix(":::") {
                    blocks.append(try container(trimmed))
                    continue
                }
                if let heading = Self.heading(trimmed) { blocks.append(heading); index += 1; continue }
                if trimmed.hasPrefix("!") {
                    blocks.append(try directive(trimmed))
                    index += 1
                    continue
                }
                if trimmed.hasPrefix("|") { blocks.append(try table()); continue }
                if Self.listMarker(trimmed) != nil { blocks.append(list()); continue }
                blocks.append(paragraph(until: terminators))
            }
            if !terminators.isEmpty {
                throw MarkupError(line: lines.count, reason: "a ::: block is not closed (a line with only ::: ends it)")
            }
            return blocks
        }

        static func heading(_ line: String) -> MarkupBlock? {
            let hashes = line.prefix { $0 == "#" }.count
            guard (1...3).contains(hashes), line.dropFirst(hashes).first == " " else { return nil }
            var title = String(line.dropFirst(hashes + 1))
            var anchor: String?
            if title.hasSuffix("}"), let open = title.range(of: " {#", options: .backwards) {
                anchor = String(title[open.upperBound..<title.index(before: title.endIndex)])
                title = String(title[..<open.lowerBound])
            }
            return .heading(level: hashes, inlines: InlineParser.parse(title), anchor: anchor)
        }

        /// `- ` or `12. ` at the start of a line: the marker's length and whether it is numbered.
        static func listMarker(_ line: String) -> (length: Int, numbered: Bool)? {
            if line.hasPrefix("- ") { return (2, false) }
            let digits = line.prefix { $0.isASCII && $0.isNumber }.count
            if digits > 0, digits < 4, line.dropFirst(digits).hasPrefix(". ") { return (digits + 2, true) }
            return nil
        }

        mutating func list() -> MarkupBlock {
            var items: [[Inline]] = []
            var numbered = false
            var current: String?
            while index < lines.count {
                let trimmed = lines[index].trimmingLeadingSpaces().trimmingTrailingSpaces()
                if let marker = Self.listMarker(trimmed) {
                    // Bullets and numbers are two lists.
                    if current != nil, marker.numbered != numbered { break }
                    if let current { items.append(InlineParser.parse(current)) }
                    current = String(trimmed.dropFirst(marker.length))
                    numbered = marker.numbered
                } else if !trimmed.isEmpty, lines[index].hasPrefix("  "), let existing = current {
                    current = existing + " " + trimmed  // a continuation line, indented
                } else {
                    break
                }
                index += 1
            }
            if let current { items.append(InlineParser.parse(current)) }
            return .list(items: items, numbered: numbered)
        }

        mutating func paragraph(until terminators: Set<String>) -> MarkupBlock {
            var parts: [String] = []
            while index < lines.count {
                let trimmed = lines[index].trimmingLeadingSpaces().trimmingTrailingSpaces()
                if trimmed.isEmpty || terminators.contains(trimmed) || trimmed == "---" || trimmed == "+++"
                    || trimmed.hasPrefix(":::") || trimmed.hasPrefix("|") || trimmed.hasPrefix("!")
                    || Self.heading(trimmed) != nil || (Self.listMarker(trimmed) != nil && !parts.isEmpty) {
                    if parts.isEmpty { parts.append(trimmed); index += 1 }
                    break
                }
                parts.append(trimmed)
                index += 1
            }
            var text = parts.joined(separator: " ")
            let small = text.hasPrefix("~ ")
            if small { text.removeFirst(2) }
            return .paragraph(InlineParser.parse(text), small: small)
        }

        mutating func directive(_ line: String) throws(MarkupError) -> MarkupBlock {
            let words = line.split(separator: " ").map(String.init)
            switch words.first {
            case "!image":
                guard words.count == 3, let width = Double(words[2]), width > 0 else {
                    throw MarkupError(line: lineNumber, reason: "write !image NAME WIDTH (width in points), not \(line)")
                }
                return .image(name: words[1], width: width)
            case "!space":
                guard words.count == 2, let points = Double(words[1]), points >= 0 else {
                    throw MarkupError(line: lineNumber, reason: "write !space POINTS, not \(line)")
                }
                return .space(points)
            default:
                throw MarkupError(line: lineNumber, reason: "unknown directive \(words.first ?? line) (known: !image, !space)")
            }
        }

        mutating func container(_ line: String) throws(MarkupError) -> MarkupBlock {
            let opening = lineNumber
            guard nesting < MarkupParser.maximumNesting else {
                throw MarkupError(line: opening, reason: "::: blocks nested more than \(MarkupParser.maximumNesting) deep")
            }
            nesting += 1
            defer { nesting -= 1 }
            let words = line.dropFirst(3).split(separator: " ").map(String.init)
            index += 1
            switch words.first {
            case "box":
                var options: [String: String] = [:]
                for word in words.dropFirst() {
                    let pair = word.split(separator: "=", maxSplits: 1).map(String.init)
                    guard pair.count == 2 else {
                        throw MarkupError(line: opening, reason: "box options are name=value, not \(word)")
                    }
                    options[pair[0]] = pair[1]
                }
                let content = try blocks(until: [":::"])
                index += 1
                return .box(options: options, blocks: content)
            case "keep":
                let content = try blocks(until: [":::"])
                index += 1
                return .keep(content)
            case "columns":
                var columns: [[MarkupBlock]] = []
                while true {
                    columns.append(try blocks(until: [":::", "|||"]))
                    guard index < lines.count else { break }
                    let terminator = lines[index].trimmingLeadingSpaces().trimmingTrailingSpaces()
                    index += 1
                    if terminator == ":::" { break }
                }
                return .columns(columns)
            case "fields":
                var fields: [MarkupField] = []
                while index < lines.count {
                    let trimmed = lines[index].trimmingLeadingSpaces().trimmingTrailingSpaces()
                    if trimmed == ":::" { index += 1; return .fields(fields) }
                    if !trimmed.isEmpty {
                        guard let separator = Self.unescapedRange(of: " :: ", in: trimmed) else {
                            throw MarkupError(line: lineNumber, reason: "a fields line is written label :: value")
                        }
                        fields.append(MarkupField(label: InlineParser.parse(String(trimmed[..<separator.lowerBound])),
                                                  value: InlineParser.parse(String(trimmed[separator.upperBound...]))))
                    }
                    index += 1
                }
                throw MarkupError(line: opening, reason: "the ::: fields block is not closed")
            default:
                throw MarkupError(line: opening, reason: "unknown block ::: \(words.first ?? "") (known: box, columns, fields, keep)")
            }
        }

        mutating func table() throws(MarkupError) -> MarkupBlock {
            var header: [[MarkupTable.Cell]] = []
            var body: [[MarkupTable.Cell]] = []
            var footer: [[MarkupTable.Cell]] = []
            var columns: [MarkupTable.Column]?
            var separators = 0
            var rowLines: [Int] = []
            var continuations: Set<Int> = []
            let start = lineNumber
            while index < lines.count {
                var trimmed = lines[index].trimmingLeadingSpaces().trimmingTrailingSpaces()
                guard trimmed.hasPrefix("|") else { break }
                // `|~ … |`: a body row that continues the one above.
                let continues = trimmed.hasPrefix("|~")
                if continues {
                    guard separators == 1, !body.isEmpty else {
                        throw MarkupError(line: lineNumber, reason: "a row written |~ continues a body row, so it comes after one")
                    }
                    trimmed.remove(at: trimmed.index(after: trimmed.startIndex))
                    continuations.insert(body.count)
                }
                let cells = Self.cells(of: trimmed)
                if let specification = Self.columnSpecification(cells) {
                    if columns == nil { columns = specification }
                    separators += 1
                    guard separators <= 2 else {
                        throw MarkupError(line: lineNumber, reason: "a table has at most two separator rows (after the header, before the totals)")
                    }
                } else {
                    let row = Self.spannedCells(cells)
                    rowLines.append(lineNumber)
                    switch separators {
                    case 0: header.append(row)
                    case 1: body.append(row)
                    default: footer.append(row)
                    }
                }
                index += 1
            }
            guard let columns else {
                throw MarkupError(line: start, reason: "a table needs a separator row such as |---|===|---:| after its header")
            }
            for (row, line) in zip(header + body + footer, rowLines) {
                let width = row.reduce(0) { $0 + $1.span }
                if width != columns.count {
                    throw MarkupError(line: line, reason: "a table row has \(width) cells for \(columns.count) columns")
                }
            }
            return .table(MarkupTable(columns: columns, header: header, body: body, footer: footer,
                                      continuations: continuations))
        }

        /// The cells of a `| a | b |` line, split at unescaped bars.
        static func cells(of line: String) -> [String] {
            var cells: [String] = []
            var current = ""
            var escaped = false
            for character in line.dropFirst() {
                if escaped { current.append(character); escaped = false; continue }
                if character == "\\" { current.append(character); escaped = true; continue }
                if character == "|" { cells.append(current.trimmingLeadingSpaces().trimmingTrailingSpaces()); current = ""; continue }
                current.append(character)
            }
            let rest = current.trimmingLeadingSpaces().trimmingTrailingSpaces()
            if !rest.isEmpty { cells.append(rest) }
            return cells
        }

        /// `---`, `---:`, `===`, `===:` cells: a separator row giving each column's width and alignment.
        static func columnSpecification(_ cells: [String]) -> [MarkupTable.Column]? {
            guard !cells.isEmpty else { return nil }
            var columns: [MarkupTable.Column] = []
            for cell in cells {
                let right = cell.hasSuffix(":")
                let body = right ? cell.dropLast() : Substring(cell)
                if body.count >= 3, body.allSatisfy({ $0 == "-" }) {
                    columns.append(MarkupTable.Column(width: .auto, rightAligned: right))
                } else if body.count >= 3, body.allSatisfy({ $0 == "=" }) {
                    columns.append(MarkupTable.Column(width: .fill, rightAligned: right))
                } else {
                    return nil
                }
            }
            return columns
        }

        /// Cells with `<` merged into the cell before.
        static func spannedCells(_ cells: [String]) -> [MarkupTable.Cell] {
            var row: [MarkupTable.Cell] = []
            for cell in cells {
                if cell == "<", !row.isEmpty {
                    row[row.count - 1].span += 1
                } else {
                    row.append(MarkupTable.Cell(inlines: InlineParser.parse(cell), span: 1))
                }
            }
            return row
        }

        /// The first occurrence of a separator not preceded by a backslash.
        static func unescapedRange(of separator: String, in line: String) -> Range<String.Index>? {
            var searchStart = line.startIndex
            while let found = line.range(of: separator, range: searchStart..<line.endIndex) {
                var backslashes = 0
                var position = found.lowerBound
                while position > line.startIndex {
                    position = line.index(before: position)
                    if line[position] == "\\" { backslashes += 1 } else { break }
                }
                if backslashes % 2 == 0 { return found }
                searchStart = found.upperBound
            }
            return nil
        }
    }
}

extension String {
    func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " || $0 == "\t" })
    }

    func trimmingTrailingSpaces() -> String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }
}
