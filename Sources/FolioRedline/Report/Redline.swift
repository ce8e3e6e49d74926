/// What changed between two versions of a terms document: each article's fate, its text with
/// deletions and insertions, and the figures that changed.
///
/// ``articles`` is the whole new version in order, deleted articles at the place they had;
/// encoded as JSON (`format` `folio-redline/1`, schema in `schema/redline.schema.json`) only the
/// changed articles are listed, under `changes`.
public struct Redline: Sendable, Equatable {
    public var old: RedlineVersion
    public var new: RedlineVersion
    /// Typographic variants and spacing were compared as written.
    public var strict: Bool
    public var articles: [RedlineArticle]
    /// Every amount, percentage, duration and date that changed, in the new version's order.
    public var figures: [FigureChange]

    /// The articles with a change.
    public var changes: [RedlineArticle] { articles.filter { !$0.changes.isEmpty } }
    /// The changed articles but those only renumbered: what the list of changes shows one by one.
    public var substantiveChanges: [RedlineArticle] { articles.filter { !$0.changes.isEmpty && $0.changes != [.renumbered] } }
    /// Articles whose number alone changed (their words are the same).
    public var renumberedOnly: [RedlineArticle] { articles.filter { $0.changes == [.renumbered] } }

    /// Whether each article lies inside a moved article (its sub-clauses moved with it), in ``articles``' order.
    public var insideMovedArticle: [Bool] {
        var movedLevel: Int?
        return articles.map { article in
            if let level = movedLevel, article.level > level { return true }
            movedLevel = article.changes.contains(.moved) ? article.level : nil
            return false
        }
    }

    /// Whether the two versions say the same thing.
    public var isUnchanged: Bool { changes.isEmpty && figures.isEmpty }

    /// How many articles changed in each way.
    public var counts: [ArticleChangeKind: Int] {
        var counts: [ArticleChangeKind: Int] = [:]
        for article in articles { for change in article.changes { counts[change, default: 0] += 1 } }
        return counts
    }

    /// Articles with no change.
    public var unchangedCount: Int { articles.filter { $0.changes.isEmpty }.count }
}

/// One side of the comparison: which document, which version.
public struct RedlineVersion: Sendable, Equatable, Codable {
    /// The terms document (`terms/goods-and-software`) or the file compared.
    public var name: String
    /// The version's effective date (YYYY-MM-DD), when it has one.
    public var effective: String?
    public var language: String?
    /// The document's own title.
    public var title: String?

    public init(name: String, effective: String? = nil, language: String? = nil, title: String? = nil) {
        self.name = name
        self.effective = effective
        self.language = language
        self.title = title
    }
}

/// How an article changed.
public enum ArticleChangeKind: String, Sendable, Codable, CaseIterable, Comparable {
    case added, deleted, modified, renumbered, moved, split, merged

    public static func < (a: Self, b: Self) -> Bool {
        allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
}

/// An article's place in one version.
public struct ArticlePlace: Sendable, Equatable, Codable {
    /// How the report names it: `7`, `B/2`, or its title when it has no number.
    public var label: String
    public var number: String?
    public var title: String
    /// 1-based position among the version's articles and sub-clauses (the preamble is 0).
    public var position: Int
    public var level: Int
}

/// An article of the redline: where it was, where it is, what happened to it, and its text marked.
public struct RedlineArticle: Sendable, Equatable, Codable {
    /// Empty when the article is the same in both versions.
    public var changes: [ArticleChangeKind]
    /// nil for an added article.
    public var old: ArticlePlace?
    /// nil for a deleted article.
    public var new: ArticlePlace?
    /// For a split article: the labels of the new articles it became, itself first.
    public var splitInto: [String]?
    /// For merged articles: the old labels of the articles joined here, this one first.
    public var mergedFrom: [String]?
    /// For the second part of a split article: the old label of the article it came from.
    public var partOf: String?
    /// The title marked, when it changed.
    public var titleSpans: [RedlineSpan]?
    /// The text marked: kept, deleted and inserted words (all kept when the article is unchanged).
    public var paragraphs: [RedlineParagraph]

    /// The label shown: the new one, the old one for a deleted article.
    public var label: String { new?.label ?? old?.label ?? "" }
    public var title: String { new?.title ?? old?.title ?? "" }
    public var level: Int { new?.level ?? old?.level ?? 1 }
    public var isPreamble: Bool { level == 0 }
}

/// A paragraph of a redline: spans of kept, deleted and inserted text.
public struct RedlineParagraph: Sendable, Equatable, Codable {
    public var isItem: Bool
    public var spans: [RedlineSpan]

    /// The paragraph was wholly added or wholly deleted.
    public var onlyKind: RedlineSpan.Kind? {
        let kinds = Set(spans.map(\.kind))
        return kinds.count == 1 ? kinds.first : nil
    }
}

/// Text kept, deleted or inserted.
public struct RedlineSpan: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable {
        case kept, deleted, inserted
    }

    public var kind: Kind
    public var text: String

    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// The text without the spaces that end it: what a deletion strikes and an insertion underlines.
    public var words: String { text.trimmedTrailingSpaces() }
    /// The spaces after the words, shown outside the marks.
    public var trailingSpaces: String { String(text.dropFirst(words.count)) }
}

/// A figure that changed: « Art. 7 — Paiement : 30 jours → 45 jours ».
public struct FigureChange: Sendable, Equatable, Codable {
    public var kind: FigureKind
    /// As written in the old version; nil when the figure was added.
    public var old: String?
    /// As written in the new version; nil when the figure was removed.
    public var new: String?
    /// The article's label and title.
    public var article: String
    public var title: String
    /// The words before the figure in the new text (the old one when it was removed), for the reader.
    public var context: String
}
