/// The redline for a terminal: the summary of figures, the changed articles, and their text marked
/// `[-deleted-]{+inserted+}`, or in colour (red struck, blue underlined) when written to a terminal.
public enum RedlineTextReport {
    public static func render(_ redline: Redline, wording: RedlineWording, colour: Bool) -> String {
        var out = "\(wording.title)\n"
        out += "  \(wording.oldVersion)\(wording.colon)\(wording.version(redline.old))\n"
        out += "  \(wording.newVersion)\(wording.colon)\(wording.version(redline.new))\n"
        if redline.strict { out += "  \(wording.strictNote)\n" }
        guard !redline.isUnchanged else { return out + "\n\(wording.noChange)\n" }
        out += "\n\(wording.counts(redline))\n"
        out += "\n\(wording.changedFigures)\n"
        if redline.figures.isEmpty { out += "  \(wording.noFigure)\n" }
        for figure in redline.figures { out += "  \(wording.line(figure))\n" }
        out += "\n\(wording.changedArticles)\n"
        for article in redline.substantiveChanges { out += "  \(wording.heading(article)) — \(wording.describe(article))\n" }
        if let renumbered = wording.renumberedOnly(redline) { out += "  \(renumbered)\n" }
        for article in redline.articles where !article.changes.isEmpty || article.partOf != nil {
            out += "\n" + (colour ? "\u{1B}[1m" : "") + "\(wording.heading(article))" + (colour ? "\u{1B}[0m" : "")
            out += "  [\(wording.describe(article))]\n"
            if let title = article.titleSpans { out += "  " + marked(title, colour: colour) + "\n" }
            // A moved or renumbered article with the same words shows only its heading.
            if article.changes.allSatisfy({ $0 == .moved || $0 == .renumbered }) { continue }
            for paragraph in article.paragraphs {
                out += (paragraph.isItem ? "  • " : "  ") + marked(paragraph.spans, colour: colour) + "\n"
            }
        }
        return out
    }

    private static func marked(_ spans: [RedlineSpan], colour: Bool) -> String {
        spans.map { span in
            // The spaces after a change stay outside its marks.
            let core = span.words, spaces = span.trailingSpaces
            switch (span.kind, colour) {
            case (.kept, _): return span.text
            case (.deleted, true): return "\u{1B}[31;9m\(core)\u{1B}[0m\(spaces)"
            case (.inserted, true): return "\u{1B}[34;4m\(core)\u{1B}[0m\(spaces)"
            case (.deleted, false): return "[-\(core)-]\(spaces)"
            case (.inserted, false): return "{+\(core)+}\(spaces)"
            }
        }.joined()
    }
}
