/// The redline as one self-contained HTML page: the same conventions as the PDF (deleted words struck
/// in red, inserted ones underlined in blue, moved articles in green, a bar beside changed passages).
public enum RedlineHTML {
    public static func render(_ redline: Redline, wording: RedlineWording, changesOnly: Bool) -> String {
        let head = """
            <!DOCTYPE html>
            <html lang="\(wording.language)">
            <head>
            <meta charset="utf-8">
            <title>\(escape(wording.title)) — \(escape(redline.new.title ?? redline.new.name))</title>
            <style>
            body { font: 15px/1.5 Georgia, "Times New Roman", serif; max-width: 46em; margin: 2em auto; padding: 0 1.5em; color: #111; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; } h3 { font-size: 1em; margin: 1.4em 0 .3em; }
            table.versions td { padding: .1em 1em .1em 0; vertical-align: top; }
            del { color: #c0001a; text-decoration: line-through; } ins { color: #0b3fa8; text-decoration: underline; }
            .changed { border-left: 3px solid #c0001a; padding-left: .8em; margin-left: -1.1em; }
            .moved { border-left: 3px solid #0a7a2f; padding-left: .8em; margin-left: -1.1em; }
            .moved > h3 { color: #0a7a2f; }
            .kind { font: italic .85em sans-serif; color: #555; margin-left: .6em; }
            .legend, .collapsed { font: .85em sans-serif; color: #555; }
            p { margin: .35em 0; text-align: justify; hyphens: auto; }
            </style>
            </head>
            <body>

            """
        return head + fragment(redline, wording: wording, changesOnly: changesOnly) + "</body>\n</html>\n"
    }

    /// The redline's content alone, from its title to its last article, for a page that has its own
    /// head and styles (folio serve's pages): the same escaping and markup as ``render(_:wording:changesOnly:)``.
    public static func fragment(_ redline: Redline, wording: RedlineWording, changesOnly: Bool) -> String {
        var html = """
            <h1>\(escape(wording.title))</h1>
            <table class="versions">
            <tr><td>\(escape(wording.oldVersion))</td><td>\(escape(wording.version(redline.old)))</td></tr>
            <tr><td>\(escape(wording.newVersion))</td><td>\(escape(wording.version(redline.new)))</td></tr>
            </table>

            """
        if redline.strict { html += "<p class=\"legend\">\(escape(wording.strictNote))</p>\n" }
        if redline.isUnchanged {
            return html + "<p>\(escape(wording.noChange))</p>\n"
        }
        html += "<p>\(escape(wording.counts(redline)))</p>\n<p class=\"legend\">\(escape(wording.legend))</p>\n"
        html += "<h2>\(escape(wording.changedFigures))</h2>\n<ul>\n"
        if redline.figures.isEmpty { html += "<li>\(escape(wording.noFigure))</li>\n" }
        for figure in redline.figures { html += "<li>\(escape(wording.line(figure)))</li>\n" }
        html += "</ul>\n<h2>\(escape(wording.changedArticles))</h2>\n<ul>\n"
        for (index, article) in redline.articles.enumerated() where !article.changes.isEmpty && article.changes != [.renumbered] {
            html += "<li><a href=\"#a\(index)\">\(escape(wording.heading(article)))</a> — \(escape(wording.describe(article)))</li>\n"
        }
        if let renumbered = wording.renumberedOnly(redline) { html += "<li>\(escape(renumbered))</li>\n" }
        html += "</ul>\n<h2>\(escape(wording.text))</h2>\n"
        var collapsed = 0
        let insideMoved = redline.insideMovedArticle
        for (index, article) in redline.articles.enumerated() {
            let changed = !article.changes.isEmpty || article.partOf != nil || insideMoved[index]
            if changesOnly && !changed { collapsed += 1; continue }
            if collapsed > 0 { html += "<p class=\"collapsed\">[… \(collapsed) \(escape(wording.unchangedCollapsed))]</p>\n"; collapsed = 0 }
            let moved = article.changes.contains(.moved) || insideMoved[index]
            let style = moved ? " class=\"moved\"" : changed ? " class=\"changed\"" : ""
            html += "<section id=\"a\(index)\"\(style)>\n"
            let kind = changed ? "<span class=\"kind\">\(escape(wording.describe(article)))</span>" : ""
            let heading = article.titleSpans.map { escape(wording.headingPrefix(article)) + " — " + marked($0) }
                ?? escape(wording.heading(article))
            let deleted = article.changes == [.deleted]
            html += "<h3>\(deleted ? "<del>\(heading)</del>" : article.changes == [.added] ? "<ins>\(heading)</ins>" : heading)\(kind)</h3>\n"
            var inList = false
            for paragraph in article.paragraphs {
                let text = marked(paragraph.spans)
                // Consecutive items make one list.
                if paragraph.isItem != inList { html += paragraph.isItem ? "<ul>\n" : "</ul>\n"; inList = paragraph.isItem }
                html += paragraph.isItem ? "<li>\(text)</li>\n" : "<p>\(text)</p>\n"
            }
            if inList { html += "</ul>\n" }
            html += "</section>\n"
        }
        if collapsed > 0 { html += "<p class=\"collapsed\">[… \(collapsed) \(escape(wording.unchangedCollapsed))]</p>\n" }
        return html
    }

    private static func marked(_ spans: [RedlineSpan]) -> String {
        spans.map { span in
            switch span.kind {
            case .kept: return escape(span.text)
            case .deleted: return "<del>\(escape(span.words))</del>" + span.trailingSpaces
            case .inserted: return "<ins>\(escape(span.words))</ins>" + span.trailingSpaces
            }
        }.joined()
    }

    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
