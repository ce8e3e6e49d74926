/// A word, a sign, or a figure kept whole, with the spaces written after it.
///
/// Tokens are compared by ``key``: their text with typographic variants made equal
/// (unless the comparison is strict), and references to renumbered articles renamed.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case punctuation
        /// Between two paragraphs of an article.
        case paragraphBreak
        /// The start of a list item.
        case itemMark
        case figure(FigureKind)
        /// « article 7 », « articles 4 et 5 »: the noun and the numbers referred to.
        case reference(noun: String, numbers: [String])
        /// « § 286 Abs. 3 BGB »: a statute cited, kept whole and never renamed by a renumbering.
        case citation
    }

    /// As written.
    var text: String
    /// The spaces after it, as written.
    var trailing: String
    var key: String
    var kind: Kind

    var isFigure: Bool { if case .figure = kind { return true } else { return false } }
    /// Counted in an article's likeness to another: words, figures and references.
    var isContent: Bool {
        switch kind {
        case .word, .figure, .reference, .citation: return true
        case .punctuation, .paragraphBreak, .itemMark: return false
        }
    }
}

/// The kinds of figure a reviewer reads first when terms change.
public enum FigureKind: String, Sendable, Codable, CaseIterable {
    /// A sum with its currency: « 1 234,56 € », "EUR 1,500.00", "$49.99".
    case amount
    /// « 10 % », "3 per cent".
    case percentage
    /// « 15 jours », "thirty (30) days", "12 months".
    case duration
    /// « 1er septembre 2026 », "September 1, 2026", "2026-09-01".
    case date
}
