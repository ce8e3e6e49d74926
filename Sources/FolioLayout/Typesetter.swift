import Foundation

/// Typesets documents: blocks into lines, lines into pages, with running headers and footers.
///
/// Make one per process (or per thread) and reuse it: it holds the loaded fonts, the shaper and
/// its cache, and the hyphenation patterns, which are the costly parts to set up.
public final class Typesetter {
    public let fonts: FontLibrary
    public let hyphenators: HyphenatorLibrary?
    public let shaper: Shaper
    /// Hyphenators with the typographic minimums, by language, made when a language is first set.
    private let hyphenatorsByLanguage: LanguageHyphenators
    private let breakCache = BreakOpportunityCache()
    private let setCache = SetParagraphCache()

    public init(fonts: FontLibrary, hyphenators: HyphenatorLibrary?) {
        self.fonts = fonts
        self.hyphenators = hyphenators
        self.shaper = Shaper(fonts: fonts)
        self.hyphenatorsByLanguage = LanguageHyphenators(library: hyphenators)
    }

    /// Loads fonts from `fonts/` and, as each language is first set, its patterns from `hyphenation/`
    /// under a resources folder (the repository's root): a French document never reads the German file.
    public convenience init(resources: URL) throws {
        try self.init(fonts: FontLibrary(directory: resources.appendingPathComponent("fonts")),
                      hyphenators: HyphenatorLibrary(directory: resources.appendingPathComponent("hyphenation"), loading: .onFirstUse))
    }

    var setter: ParagraphSetter {
        ParagraphSetter(collector: ParagraphCollector(shaper: shaper, hyphenators: hyphenatorsByLanguage, breakCache: breakCache),
                        cache: setCache)
    }

    /// Lays the whole document out on pages.
    public func typeset(_ document: Document) throws(LayoutError) -> LaidOutDocument {
        // Space is kept for a running header or footer only when the document has one: a page
        // without a header gives its body those points (a full one-page invoice stays on one page).
        var setup = document.setup
        if document.header == nil { setup.headerHeight = 0 }
        if document.footer == nil { setup.footerHeight = 0 }
        guard setup.bodyWidth > 20, setup.bodyHeight > 20 else {
            throw LayoutError("page setup: margins leave no room for the body")
        }
        hyphenatorsByLanguage.beginLayout()
        let flow = BlockFlow(setter: setter, styles: document.styles)
        let lines = try flow.lines(for: document.blocks, width: setup.bodyWidth)
        // A pattern file read for the first time during this layout and found damaged.
        if let failure = hyphenatorsByLanguage.failure { throw LayoutError("\(failure)") }
        let placedPages = Paginator(bodyHeight: setup.bodyHeight).paginate(lines)
        var pages: [LaidOutPage] = []
        var outline: [OutlineEntry] = []
        for (pageIndex, placed) in placedPages.enumerated() {
            var items: [PageItem] = []
            for entry in placed {
                let dy = setup.bodyTop + entry.y
                items += entry.line.items.offsetBy(dx: setup.margins.left, dy: dy)
                if !entry.line.marginBars.isEmpty {
                    items += entry.line.marginBarItems(gap: entry.gap).offsetBy(dx: setup.margins.left, dy: dy)
                }
                if let mark = entry.line.outline, entry.index != nil {
                    outline.append(OutlineEntry(title: mark.title, level: mark.level, page: pageIndex, y: dy))
                }
            }
            items += runningText(document.header, page: pageIndex + 1, of: placedPages.count, setup: setup,
                                 atTop: true)
            items += runningText(document.footer, page: pageIndex + 1, of: placedPages.count, setup: setup,
                                 atTop: false)
            pages.append(LaidOutPage(items: items))
        }
        return LaidOutDocument(size: setup.size, metadata: document.metadata, pages: pages, outline: outline)
    }

    /// Sets one paragraph alone, for tests and measurements: the items and breaks chosen.
    public func lineBreaking(of paragraph: Paragraph, width: Double,
                             algorithm: LineBreakingAlgorithm) -> (items: [ParagraphItem], breaking: LineBreaking) {
        let (collected, breaking) = setter.breakLines(paragraph, width: width, algorithm: algorithm)
        return (collected.items, breaking)
    }

    private func runningText(_ running: RunningText?, page: Int, of pages: Int, setup: PageSetup,
                             atTop: Bool) -> [PageItem] {
        guard let running else { return [] }
        let width = setup.bodyWidth
        var items: [PageItem] = []
        var height = 0.0
        let parts: [(String, Alignment)] = [(running.left, .left), (running.center, .center), (running.right, .right)]
        for (text, alignment) in parts where !text.isEmpty {
            let filled = RunningText.fill(text, page: page, pages: pages)
            let paragraph = Paragraph([TextSpan(filled, style: running.style)],
                                      style: ParagraphStyle(alignment: alignment, lineHeight: 1.2, spaceAfter: 0,
                                                            hyphenate: false))
            let set = setter.set(paragraph, width: width)
            var y = 0.0
            for line in set {
                items += line.items.offsetBy(dx: 0, dy: y)
                y += line.height
            }
            height = max(height, y)
        }
        let top = atTop ? setup.margins.top + setup.headerHeight - height - 5
            : setup.size.height - setup.margins.bottom - setup.footerHeight + 5
        if running.rule {
            let ruleY = atTop ? setup.margins.top + setup.headerHeight - 3 : top - 2
            items.append(.line(from: Point(x: 0, y: ruleY - top), to: Point(x: width, y: ruleY - top),
                               width: 0.4, color: .gray(0.6)))
        }
        return items.offsetBy(dx: setup.margins.left, dy: top)
    }
}

/// The hyphenator of each language a typesetter sets, with the typographic minimums (two letters
/// before a hyphen, three after: French typographic usage, and TeX's lefthyphenmin and
/// righthyphenmin), made from the library's patterns the first time the language is set.
final class LanguageHyphenators {
    private let library: HyphenatorLibrary?
    private var made: [Language: Result<Hyphenator?, any Error>] = [:]
    /// A pattern file that could not be read, met during the current layout: reported by
    /// ``Typesetter/typeset(_:)``, which starts each layout afresh (``beginLayout()``).
    private(set) var failure: (any Error)?

    init(library: HyphenatorLibrary?) { self.library = library }

    /// Forgets the failure of an earlier layout: a German document with a damaged file fails, a French one after it does not.
    func beginLayout() { failure = nil }

    /// Records the failure of a language already tried and found unreadable.
    func checkReadable(_ language: Language) {
        if failure == nil, case .failure(let error)? = made[language] { failure = error }
    }

    subscript(language: Language) -> Hyphenator? {
        let result = made[language] ?? make(language)
        made[language] = result
        switch result {
        case .success(let hyphenator): return hyphenator
        case .failure(let error):
            if failure == nil { failure = error }
            return nil
        }
    }

    private func make(_ language: Language) -> Result<Hyphenator?, any Error> {
        guard let library, let patterns = HyphenationLanguage(layout: language) else { return .success(nil) }
        do {
            let base = try library.patterns(for: patterns)
            return .success(Hyphenator(patterns: base.patterns, leftMin: 2, rightMin: 3, allowsApostrophes: base.allowsApostrophes))
        } catch {
            return .failure(error)
        }
    }
}

extension HyphenationLanguage {
    /// The patterns for a text's language; nil for a language Folio does not hyphenate.
    init?(layout language: Language) {
        switch language {
        case .french: self = .french
        case .english: self = .english
        case .german: self = .german
        case .other: return nil
        }
    }
}
