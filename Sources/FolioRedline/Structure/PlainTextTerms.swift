/// Reads terms pasted as plain text: numbered headings (« Article 3 – Prix », « ARTICLE 2 - PRICES »,
/// « 2.1 », « D.8 »), parts (« PART A – SALES ») and short unnumbered heading lines find the articles.
///
/// Real terms are messy: a heading may run into its first sentence on one line
/// (« Article 1 – Object. The present terms… »), numbering may restart in each part, and
/// a preamble may come before the first article. Lines of one paragraph are joined.
public enum PlainTextTerms {
    public static func read(_ source: String) -> TermsText {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.trimmedSpaces()
        }
        var outline = TermsOutline()
        var paragraph: [String] = []
        var paragraphIsItem = false
        var sawContent = false
        func flush() {
            if !paragraph.isEmpty { outline.addParagraph(paragraph.joined(separator: " "), isItem: paragraphIsItem) }
            paragraph = []
            paragraphIsItem = false
        }
        for (index, line) in lines.enumerated() {
            if line.isEmpty { flush(); continue }
            let previousBlank = index == 0 || lines[index - 1].isEmpty
            let nextBlank = index + 1 >= lines.count || lines[index + 1].isEmpty
            if let heading = heading(line, previousBlank: previousBlank, nextBlank: nextBlank) {
                flush()
                // The first short line of the document, unnumbered, is its title.
                if !sawContent, heading.number == nil, !heading.isPart {
                    outline.setTitle(heading.title)
                } else {
                    outline.addSection(number: heading.number, title: heading.title, level: heading.level)
                    if let body = heading.body { paragraph = [body] }
                }
                sawContent = true
                continue
            }
            sawContent = true
            if let item = item(line) {
                flush()
                paragraph = [item]
                paragraphIsItem = true
                continue
            }
            paragraph.append(line)
        }
        flush()
        return outline.text()
    }

    struct LineHeading {
        var number: String?
        var title: String
        var level: Int
        var isPart: Bool
        /// Text after the heading on the same line.
        var body: String?
    }

    /// A heading line, with any text that follows it on the line.
    static func heading(_ line: String, previousBlank: Bool, nextBlank: Bool) -> LineHeading? {
        if item(line) != nil { return nil }
        // A table row (« 1 | Client | Travel | ») is text.
        if line.contains(" | ") || line.hasPrefix("|") { return nil }
        let parsed = SectionHeading(line)
        if let number = parsed.number {
            let words = parsed.title.split(separator: " ")
            if parsed.isPart { return LineHeading(number: number, title: parsed.title, level: 1, isPart: true, body: nil) }
            let level = parsed.numberDepth + 1
            // « Article 1 – Object. The present terms… »: a short first sentence is the title.
            if let stop = sentenceEnd(parsed.title), parsed.title[..<stop].split(separator: " ").count <= 10 {
                let title = String(parsed.title[..<stop])
                let body = parsed.title[parsed.title.index(after: stop)...].trimmedSpaces()
                guard parsed.hasKeyword || number.contains(".") || isHeadingText(title) else { return nil }
                return LineHeading(number: number, title: title, level: level, isPart: false, body: body.isEmpty ? nil : body)
            }
            if words.count <= 14, !endsSentence(parsed.title), parsed.title.first.map({ !$0.isLowercase }) ?? true {
                return LineHeading(number: number, title: parsed.title, level: level, isPart: false, body: nil)
            }
            // « Article 7 – Default or late payment In accordance with… »: the title runs into the text
            // without a period; it ends where a capitalised word follows a lower-case one.
            if parsed.hasKeyword, words.count > 14, let cut = runTogetherTitleEnd(words) {
                return LineHeading(number: number, title: words[..<cut].joined(separator: " "), level: level, isPart: false,
                                   body: words[cut...].joined(separator: " "))
            }
            // « 2.1 The Client pays… »: a numbered clause with no title.
            if number.contains(".") || parsed.hasKeyword, parsed.title.first.map({ !$0.isLowercase }) ?? false {
                return LineHeading(number: number, title: "", level: level, isPart: false, body: parsed.title)
            }
            return nil
        }
        // An unnumbered heading: a short line on its own, without final punctuation.
        let allCaps = line.uppercased() == line && line.contains { $0.isLetter }
        // « Last update: May 2018 » is a line of text, not a heading.
        guard previousBlank, line.count <= 70, isHeadingText(line), allCaps || !line.contains(":") else { return nil }
        guard nextBlank || allCaps || line.split(separator: " ").count <= 6 else { return nil }
        return LineHeading(number: nil, title: line, level: allCaps ? 1 : 2, isPart: false, body: nil)
    }

    /// Where a title run into its text ends: the first capitalised word after a lower-case one,
    /// within the first ten words.
    private static func runTogetherTitleEnd(_ words: [Substring]) -> Int? {
        for index in 1..<min(words.count, 11) {
            guard let first = words[index].first, first.isUppercase, let last = words[index - 1].last, last.isLowercase else { continue }
            return index
        }
        return nil
    }

    /// Short, starting with a capital, not ending a sentence.
    private static func isHeadingText(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = text.first, first.isUppercase || first.isNumber, words.count <= 10 else { return false }
        return !endsSentence(text) && !text.hasSuffix(",") && !text.hasSuffix(";")
    }

    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return false }
        return ".;:!?,".contains(last)
    }

    /// The end of a first sentence: a period followed by a space and a capital.
    private static func sentenceEnd(_ text: String) -> String.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            if text[index] == "." {
                let next = text.index(after: index)
                if next < text.endIndex, text[next] == " " {
                    let after = text.index(after: next)
                    if after < text.endIndex, text[after].isUppercase { return index }
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// A bulleted line's text.
    static func item(_ line: String) -> String? {
        for marker in ["- ", "• ", "* ", "– ", "○ ", "▪ "] where line.hasPrefix(marker) {
            return line.dropFirst(marker.count).trimmedSpaces()
        }
        return nil
    }
}
