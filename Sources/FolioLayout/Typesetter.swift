import Foundation

/// Typesets documents: blocks into lines, lines into pages, with running headers and footers.
///
/// Make one per process (or per thread) and reuse it: it holds the loaded fonts, the shaper and
/// its cache, and the hyphenation patterns, which are the costly parts to set up.
public final class Typesetter {
    public let fonts: FontLibrary
    public let hyphenators: HyphenatorLibrary?
    public let shaper: Shaper
    /// Hyphenators with the typographic minimums: two letters before a hyphen, three after
    /// (French typographic usage, and TeX's lefthyphenmin and righthyphenmin).
    private let hyphenatorsByLanguage: [Language: Hyphenator]
    private let breakCache = BreakOpportunityCache()

    public init(fonts: FontLibrary, hyphenators: HyphenatorLibrary?) {
        self.fonts = fonts
        self.hyphenators = hyphenators
        self.shaper = Shaper(fonts: fonts)
        var byLanguage: [Language: Hyphenator] = [:]
        if let hyphenators {
            let languages: [(Language, HyphenationLanguage)] = [(.french, .french), (.english, .english), (.german, .german)]
            for (language, patterns) in languages {
                let base = hyphenators.hyphenator(for: patterns)
                byLanguage[language] = Hyphenator(patterns: base.patterns, leftMin: 2, rightMin: 3,
                                                  allowsApostrophes: base.allowsApostrophes)
            }
        }
        self.hyphenatorsByLanguage = byLanguage
    }

    /// Loads fonts from `fonts/` and patterns from `hyphenation/` under a resources folder
    /// (the repository's root).
    public convenience init(resources: URL) throws {
        try self.init(fonts: FontLibrary(directory: resources.appendingPathComponent("fonts")),
                      hyphenators: HyphenatorLibrary(directory: resources.appendingPathComponent("hyphenation")))
    }

    var setter: ParagraphSetter {
        ParagraphSetter(collector: ParagraphCollector(shaper: shaper, hyphenators: hyphenatorsByLanguage, breakCache: breakCache))
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
        let flow = BlockFlow(setter: setter, styles: document.styles)
        let lines = try flow.lines(for: document.blocks, width: setup.bodyWidth)
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
