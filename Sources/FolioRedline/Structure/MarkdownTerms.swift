/// Reads Markdown terms: `#` headings carry the structure, paragraphs are separated by blank lines,
/// `-`, `*`, `+` and `1.` lines are list items.
///
/// A first `#` heading followed by deeper ones is the document's title; emphasis markers are dropped.
public enum MarkdownTerms {
    public static func read(_ source: String) -> TermsText {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        // YAML front matter (--- … ---) describes the page; it is not the terms' text.
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
        let headings = lines.compactMap { heading($0) }
        // « # Title » then « ## 1. … »: the single top heading names the document, articles are one level down.
        let topCount = headings.filter { $0.level == 1 }.count
        let titleIsFirst = topCount == 1 && headings.first?.level == 1 && headings.count > 1
        let shallowest = headings.dropFirst(titleIsFirst ? 1 : 0).map(\.level).min() ?? 1

        var outline = TermsOutline()
        var paragraph: [String] = []
        var paragraphIsItem = false
        var inFence = false
        var seenTitle = false
        func flush() {
            if !paragraph.isEmpty { outline.addParagraph(clean(paragraph.joined(separator: " ")), isItem: paragraphIsItem) }
            paragraph = []
            paragraphIsItem = false
        }
        for line in lines {
            let trimmed = line.trimmedSpaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); flush(); continue }
            if !inFence, let heading = heading(line) {
                flush()
                if titleIsFirst && !seenTitle && heading.level == 1 {
                    seenTitle = true
                    outline.setTitle(clean(heading.text))
                } else {
                    outline.addHeading(clean(heading.text), level: heading.level - shallowest + 1)
                }
                continue
            }
            if trimmed.isEmpty || isRule(trimmed) { flush(); continue }
            // A table row is a paragraph of its own; the row under the header is layout.
            if !inFence, trimmed.hasPrefix("|") {
                flush()
                if !trimmed.allSatisfy({ "|-: ".contains($0) }) {
                    let cells = trimmed.split(separator: "|").map { $0.trimmedSpaces() }.filter { !$0.isEmpty }
                    outline.addParagraph(clean(cells.joined(separator: " | ")))
                }
                continue
            }
            if !inFence, let item = listItem(trimmed) {
                flush()
                paragraph = [item]
                paragraphIsItem = true
                continue
            }
            var text = trimmed
            while text.hasPrefix(">") { text = text.dropFirst().trimmedSpaces() }
            paragraph.append(text)
        }
        flush()
        return outline.text()
    }

    /// `## Title` (up to six #), or a line that is only bold text (`**3. Prices**`), taken as a heading.
    static func heading(_ line: String) -> (level: Int, text: String)? {
        guard line.utf8.contains(0x23) else { return nil }   // no « # »: no heading
        let trimmed = line.trimmedSpaces()
        let hashes = trimmed.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), trimmed.dropFirst(hashes).first == " " {
            var text = trimmed.dropFirst(hashes).trimmedSpaces()
            while text.hasSuffix("#") { text = String(text.dropLast()) }
            if text.hasSuffix("}"), let open = text.range(of: " {#", options: .backwards) { text = String(text[..<open.lowerBound]) }
            return (hashes, text.trimmedSpaces())
        }
        return nil
    }

    static func listItem(_ line: String) -> String? {
        for marker in ["- ", "* ", "+ ", "• "] where line.hasPrefix(marker) { return String(line.dropFirst(marker.count)) }
        // « 1. » items: Markdown numbers them itself, so an item added above renumbers nothing.
        let digits = line.prefix { $0.isASCII && $0.isNumber }.count
        if digits > 0, digits < 4 {
            let rest = line.dropFirst(digits)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return String(rest.dropFirst(2)) }
        }
        return nil
    }

    private static func isRule(_ line: String) -> Bool {
        guard let first = line.first, "-*_".contains(first), line.count >= 3 else { return false }
        return line.allSatisfy { $0 == first || $0 == " " }
    }

    /// Emphasis markers dropped: `**bold**` and `__bold__` read as their words.
    static func clean(_ text: String) -> String {
        text.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F }) ? text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "") : text
    }
}
