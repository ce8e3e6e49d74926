/// A terms document read into its structure: a title, an optional preamble, and its articles.
///
/// Articles and their sub-clauses are all ``TermsSection``s, in document order; a sub-clause
/// names its enclosing article by ``TermsSection/parent``.
public struct TermsText: Sendable, Equatable {
    /// The document's title (`# General terms of sale`), if it has one.
    public var title: String?
    /// Text before the first article, as a section with no heading; nil when there is none.
    public var preamble: TermsSection?
    /// Articles and sub-clauses, in document order.
    public var sections: [TermsSection]

    public init(title: String?, preamble: TermsSection?, sections: [TermsSection]) {
        self.title = title
        self.preamble = preamble
        self.sections = sections
    }

    /// The preamble first, then the sections (their parents counted in this list): everything compared.
    var allSections: [TermsSection] {
        guard let preamble else { return sections }
        return [preamble] + sections.map { section in
            var section = section
            section.parent = section.parent.map { $0 + 1 }
            return section
        }
    }
}

/// An article or a sub-clause: its heading and its own text (not its sub-clauses').
public struct TermsSection: Sendable, Equatable {
    /// The number as written (`7`, `4a`, `3.2`, `D.8`), nil for a heading without one.
    public var number: String?
    /// The heading without its number (`Payment`); empty for the preamble.
    public var title: String
    /// 1 for articles, 2 for their sub-clauses…; 0 for the preamble.
    public var level: Int
    /// The index in ``TermsText/sections`` of the enclosing section, if any.
    public var parent: Int?
    public var paragraphs: [TermsParagraph]
    /// How reports name it: its number, qualified by its part's when numbering restarts per part
    /// (`B/2`), else its title; « preamble » for the text before the first article.
    public var label: String

    public init(number: String?, title: String, level: Int, parent: Int?, paragraphs: [TermsParagraph], label: String) {
        self.number = number
        self.title = title
        self.level = level
        self.parent = parent
        self.paragraphs = paragraphs
        self.label = label
    }

    var isPreamble: Bool { level == 0 }
}

/// A paragraph of an article: running text or a list item.
public struct TermsParagraph: Sendable, Equatable, Codable {
    public var text: String
    /// A bulleted or numbered item.
    public var isItem: Bool

    public init(_ text: String, isItem: Bool = false) {
        self.text = text
        self.isItem = isItem
    }
}
