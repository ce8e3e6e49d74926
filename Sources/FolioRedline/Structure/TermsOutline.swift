/// Builds a ``TermsText`` from headings and paragraphs met in order: levels, parents and labels.
///
/// Shared by the Markdown and plain-text readers and by Folio's own templates.
public struct TermsOutline {
    private var title: String?
    private var preamble: [TermsParagraph] = []
    private var sections: [TermsSection] = []
    /// The sections still open, outermost first: the parent of the next heading is among them (a search
    /// back through every section made reading terms of thousands of articles quadratic).
    private var open: [Int] = []

    public init() {}

    /// Sets the document's title (the first heading, when it names the whole document).
    public mutating func setTitle(_ title: String) { self.title = title }

    /// Opens an article or sub-clause: `heading` is its text as written, `level` its depth (1 for articles).
    public mutating func addHeading(_ heading: String, level: Int) {
        let parsed = SectionHeading(heading)
        addSection(number: parsed.number, title: parsed.title, level: level)
    }

    mutating func addSection(number: String?, title: String, level: Int) {
        while let last = open.last, sections[last].level >= level { open.removeLast() }
        let parent = open.last
        open.append(sections.count)
        sections.append(TermsSection(number: number, title: title, level: level, parent: parent, paragraphs: [], label: ""))
    }

    /// Adds a paragraph to the current section (to the preamble before the first heading).
    public mutating func addParagraph(_ text: String, isItem: Bool = false) {
        let text = text.trimmedSpaces()
        guard !text.isEmpty else { return }
        let paragraph = TermsParagraph(text, isItem: isItem)
        if sections.isEmpty { preamble.append(paragraph) } else { sections[sections.count - 1].paragraphs.append(paragraph) }
    }

    /// The document, each section labelled (a number repeated in another part is qualified by the part: `B/2`).
    public func text() -> TermsText {
        var sections = self.sections
        var numberCount: [String: Int] = [:]
        for section in sections { if let number = section.number { numberCount[number, default: 0] += 1 } }
        var used: [String: Int] = [:]
        // Numbering restarts in each part when a number comes back: then every article numbered on its own
        // under a part is named with it (B/1, B/2), not only the repeated ones.
        let restarts = numberCount.values.contains { $0 > 1 }
        for index in sections.indices {
            var label = sections[index].number ?? sections[index].title
            if restarts, let number = sections[index].number, let parent = sections[index].parent,
               let parentNumber = sections[parent].number, !number.hasPrefix(parentNumber + ".") {
                label = "\(sections[parent].label)/\(number)"
            } else if let number = sections[index].number, numberCount[number, default: 0] > 1, let parent = sections[index].parent {
                label = "\(sections[parent].label)/\(number)"
            }
            if label.isEmpty { label = "§\(index + 1)" }
            used[label, default: 0] += 1
            if let count = used[label], count > 1 { label += " (\(count))" }
            sections[index].label = label
        }
        let preamble = self.preamble.isEmpty ? nil
            : TermsSection(number: nil, title: "", level: 0, parent: nil, paragraphs: self.preamble, label: "preamble")
        return TermsText(title: title, preamble: preamble, sections: sections)
    }
}
