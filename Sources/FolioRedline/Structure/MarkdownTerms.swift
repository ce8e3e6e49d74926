import Foundation

/// Reads Markdown terms: `#` headings carry the structure, paragraphs are separated by blank lines,
/// `-`, `*`, `+` and `1.` lines are list items.
///
/// A first `#` heading followed by deeper ones is the document's title; emphasis markers are dropped.
public enum MarkdownTerms {
    public static func read(_ source: String) -> TermsText {
        var lines = withoutComments(source).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasSuffix("\r") ? String(line.dropLast()) : String(line)
        }
        // YAML front matter (--- … ---) describes the page; it is not the terms' text.
        if lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") { lines.removeSubrange(0...end) }
        lines = withHeadingsMarked(lines)
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

    /// Headings written without `#` turned into `#` headings: setext headings (a line underlined with
    /// `===` or `---`), and a line on its own that is all bold (`**3. Prices**`) or starts with a numbered
    /// « Article 3 »: the latter one level below the last `#` heading.
    static func withHeadingsMarked(_ lines: [String]) -> [String] {
        var result: [String] = []
        var lastLevel = 1
        var index = 0
        var inFence = false
        func blank(_ line: String?) -> Bool { line.map { $0.trimmedSpaces().isEmpty } ?? true }
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmedSpaces()
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle() }
            if inFence || trimmed.isEmpty { result.append(line); index += 1; continue }
            if let heading = heading(line) { lastLevel = heading.level; result.append(line); index += 1; continue }
            let previousBlank = blank(result.last)
            let next = index + 1 < lines.count ? lines[index + 1].trimmedSpaces() : nil
            if previousBlank, let next, next.count >= 3, next.allSatisfy({ $0 == "=" }) || next.allSatisfy({ $0 == "-" }),
               listItem(trimmed) == nil, !trimmed.hasPrefix("|") {
                lastLevel = next.first == "=" ? 1 : 2
                result.append(String(repeating: "#", count: lastLevel) + " " + trimmed)
                index += 2
                continue
            }
            if previousBlank, blank(next), trimmed.split(separator: " ").count <= 15, isHeadingLine(trimmed) {
                result.append(String(repeating: "#", count: min(lastLevel + 1, 6)) + " " + clean(trimmed))
                index += 1
                continue
            }
            result.append(line)
            index += 1
        }
        return result
    }

    /// All bold, or « Article 3 — Prix » not ending a sentence.
    private static func isHeadingLine(_ line: String) -> Bool {
        for marker in ["**", "__"] where line.hasPrefix(marker) && line.hasSuffix(marker) && line.count > 4 {
            let inner = line.dropFirst(2).dropLast(2)
            if !inner.contains(marker) { return true }
        }
        let heading = SectionHeading(line)
        guard heading.hasKeyword, heading.number != nil, let last = line.last else { return false }
        return !".;,".contains(last)
    }

    /// The text without its HTML comments (`<!-- … -->`, on one line or several): notes to the editors.
    static func withoutComments(_ source: String) -> String {
        guard source.contains("<!--") else { return source }
        var text = source
        while let open = text.range(of: "<!--") {
            guard let close = text.range(of: "-->", range: open.upperBound..<text.endIndex) else { break }
            text.removeSubrange(open.lowerBound..<close.upperBound)
        }
        return text
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

    /// Emphasis markers dropped: `**bold**`, `__bold__` and `*italic*` read as their words.
    static func clean(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F }) else { return text }
        let bold = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        guard bold.contains("*"), let italic else { return bold }
        return italic.stringByReplacingMatches(in: bold, range: NSRange(bold.startIndex..., in: bold), withTemplate: "$1")
    }

    /// `*words*` with no space inside the stars: an italic, not a footnote mark or a multiplication.
    private static let italic = try? NSRegularExpression(pattern: #"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"#)
}
