import FolioRedline

/// Terms read as Markdown and as plain text, then the first half compared with the second: articles
/// matched, words diffed, figures kept whole.
enum RedlineTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = FuzzTarget.text(bytes)
        _ = PlainTextTerms.read(text)
        let middle = text.index(text.startIndex, offsetBy: text.count / 2)
        let old = MarkdownTerms.read(String(text[..<middle]))
        let new = MarkdownTerms.read(String(text[middle...]))
        _ = TermsComparison.compare(old, new, old: RedlineVersion(name: "old"), new: RedlineVersion(name: "new"))
    }
}
