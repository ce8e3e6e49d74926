/// Gathers the glyphs of one line into text runs, one per stretch of the same face, size, colour,
/// underline, strikethrough and link, keeping the exact source text and the glyph-to-text
/// clusters of each run.
struct LineBuilder {
    private struct Run {
        var run: TextRun
        var link: LinkTarget?
    }

    private var runs: [Run] = []

    /// Adds a shaped word (or part of one) whose pen starts at `x`.
    mutating func add(_ shaped: ShapedRun, span: TextSpan, at x: Double) {
        var positions: [(glyph: PlacedGlyph, x: Double)] = []
        var pen = x
        for glyph in shaped.glyphs {
            positions.append((glyph, pen + glyph.xOffset))
            pen += glyph.advance
        }
        // Right-to-left glyphs come in visual order; the text is stored in logical order.
        if shaped.rightToLeft { positions.sort { $0.glyph.cluster < $1.glyph.cluster } }
        let byteCount = shaped.text.utf8.count
        var clusters: [(bytes: Int, glyphs: Int)] = []
        var index = 0
        var consumed = 0
        if let firstCluster = positions.first?.glyph.cluster, firstCluster > 0 {
            clusters.append((firstCluster, 0))
            consumed = firstCluster
        }
        while index < positions.count {
            let cluster = positions[index].glyph.cluster
            var next = index
            while next < positions.count, positions[next].glyph.cluster == cluster { next += 1 }
            let nextCluster = next < positions.count ? positions[next].glyph.cluster : byteCount
            clusters.append((max(0, nextCluster - consumed), next - index))
            consumed = max(consumed, nextCluster)
            index = next
        }
        if positions.isEmpty, byteCount > 0 { clusters.append((byteCount, 0)) }
        append(text: shaped.text, face: shaped.face, size: shaped.size, span: span,
               glyphs: positions.map { ($0.glyph.id, $0.x, -$0.glyph.yOffset) }, clusters: clusters, end: pen)
    }

    /// Adds an inter-word space drawn `width` wide.
    mutating func addSpace(_ space: ShapedRun, span: TextSpan, at x: Double, width: Double) {
        guard let glyph = space.glyphs.first else { return }
        append(text: " ", face: space.face, size: space.size, span: span,
               glyphs: [(glyph.id, x, 0)], clusters: [(1, 1)], end: x + width)
    }

    /// Adds the hyphen of a hyphenated line end, standing for a soft hyphen (U+00AD): extracted
    /// text shows where the word was broken, and removing soft hyphens gives the source text back.
    mutating func addHyphen(_ hyphen: ShapedRun, span: TextSpan, at x: Double) {
        var pen = x
        var glyphs: [(UInt32, Double, Double)] = []
        for glyph in hyphen.glyphs {
            glyphs.append((glyph.id, pen + glyph.xOffset, -glyph.yOffset))
            pen += glyph.advance
        }
        append(text: "\u{AD}", face: hyphen.face, size: hyphen.size, span: span,
               glyphs: glyphs, clusters: [(2, glyphs.count)], end: pen)
    }

    private mutating func append(text: String, face: FontFace, size: Double, span: TextSpan,
                                 glyphs: [(UInt32, Double, Double)], clusters: [(bytes: Int, glyphs: Int)],
                                 end: Double) {
        if let last = runs.indices.last, runs[last].run.face === face, runs[last].run.size == size,
           runs[last].run.color == span.style.color, runs[last].run.underline == span.style.underline,
           runs[last].run.strikethrough == span.style.strikethrough, runs[last].link == span.link {
            // Extended in place: a copy of the run taken out and put back would copy its text and glyphs
            // at every word, which made setting a line quadratic in its words.
            let origin = runs[last].run.origin.x
            runs[last].run.text += text
            runs[last].run.glyphs += glyphs.map { GlyphPosition(id: $0.0, x: $0.1 - origin, y: $0.2) }
            runs[last].run.clusters += clusters
            runs[last].run.width = end - origin
            return
        }
        let origin = glyphs.first?.1 ?? end
        let run = TextRun(origin: Point(x: origin, y: 0), text: text, face: face, size: size,
                          color: span.style.color,
                          glyphs: glyphs.map { GlyphPosition(id: $0.0, x: $0.1 - origin, y: $0.2) },
                          clusters: clusters, underline: span.style.underline,
                          strikethrough: span.style.strikethrough, width: end - origin)
        runs.append(Run(run: run, link: span.link))
    }

    /// The line's items, with text on the baseline and link areas covering the line's height.
    func items(baseline: Double, lineHeight: Double) -> [PageItem] {
        var items: [PageItem] = []
        for entry in runs {
            var run = entry.run
            run.origin.y = baseline
            items.append(.text(run))
            if let link = entry.link {
                items.append(.link(Rect(x: run.origin.x, y: 0, width: run.width, height: lineHeight), link))
            }
        }
        return items
    }
}
