/// Sets a paragraph: collects its items, breaks them into lines, and distributes each line's
/// space (justification), producing lines ready to be placed on pages.
struct ParagraphSetter {
    let collector: ParagraphCollector
    /// Paragraphs set before, shared by the documents of a typesetter (nil: set every time).
    var cache: SetParagraphCache?

    /// The items and the chosen breaks, for a measure.
    func breakLines(_ paragraph: Paragraph, width: Double,
                    algorithm: LineBreakingAlgorithm = .knuthPlass) -> (ParagraphCollector.Collected, LineBreaking) {
        let collected = collector.collect(paragraph)
        let parameters = LineBreakingParameters(lineWidth: width)
        let breaking: LineBreaking
        switch algorithm {
        case .knuthPlass: breaking = KnuthPlass.breakLines(collected.items, parameters: parameters)
        case .firstFit: breaking = FirstFit.breakLines(collected.items, parameters: parameters)
        }
        return (collected, breaking)
    }

    /// The paragraph's lines in a measure.
    func set(_ paragraph: Paragraph, width: Double, algorithm: LineBreakingAlgorithm = .knuthPlass) -> [SetLine] {
        guard let cache else { return setAnew(paragraph, width: width, algorithm: algorithm) }
        var computed = false
        let lines = cache.lines(for: SetParagraphCache.Key(paragraph: paragraph, width: width, algorithm: algorithm)) {
            computed = true
            return setAnew(paragraph, width: width, algorithm: algorithm)
        }
        // A paragraph set in an earlier layout must still fail this one when its language's patterns could not be read.
        if !computed, paragraph.style.hyphenate {
            for span in paragraph.spans { collector.hyphenators.checkReadable(span.style.language) }
        }
        return lines
    }

    private func setAnew(_ paragraph: Paragraph, width: Double, algorithm: LineBreakingAlgorithm) -> [SetLine] {
        let (collected, breaking) = breakLines(paragraph, width: width, algorithm: algorithm)
        let metrics = lineMetrics(paragraph)
        var lines: [SetLine] = []
        var start = 0
        for (index, lineBreak) in breaking.breaks.enumerated() {
            var first = start
            if index > 0 {
                while first < lineBreak.position, !collected.items[first].isBox { first += 1 }
            }
            let ratio = paragraph.style.alignment == .justified ? lineBreak.ratio : 0
            var builder = LineBuilder()
            var x = 0.0
            for position in first..<lineBreak.position {
                let item = collected.items[position]
                switch (item, collected.pieces[position]) {
                case let (.box(width), .glyphs(run, span)):
                    builder.add(run, span: span, at: x)
                    x += width
                case let (.box(width), _):
                    x += width
                case let (.glue(width, stretch, shrink), piece):
                    let adjusted = Self.adjust(width, stretch: stretch, shrink: shrink, ratio: ratio)
                    if case let .space(run, span) = piece { builder.addSpace(run, span: span, at: x, width: adjusted) }
                    x += adjusted
                default:
                    break
                }
            }
            if lineBreak.position < collected.items.count,
               case let .hyphen(run, span) = collected.pieces[lineBreak.position] {
                builder.addHyphen(run, span: span, at: x)
                x += run.width
            }
            var shift = 0.0
            switch paragraph.style.alignment {
            case .justified, .left: shift = 0
            case .right: shift = width - x
            case .center: shift = (width - x) / 2
            }
            let items = builder.items(baseline: metrics.baseline, lineHeight: metrics.height)
            lines.append(SetLine(height: metrics.height, baseline: metrics.baseline,
                                 items: items.offsetBy(dx: shift, dy: 0)))
            start = lineBreak.position + 1
        }
        return lines
    }

    /// A glue's width once the line's adjustment ratio is applied.
    static func adjust(_ width: Double, stretch: Double, shrink: Double, ratio: Double) -> Double {
        if ratio > 0, stretch.isFinite { return width + ratio * stretch }
        if ratio < 0 { return width + max(ratio, -1) * shrink }
        return width
    }

    /// Line height and baseline position from the paragraph's largest text.
    func lineMetrics(_ paragraph: Paragraph) -> (height: Double, baseline: Double) {
        let largest = paragraph.spans.max { $0.style.size < $1.style.size }?.style ?? TextStyle()
        let face = collector.shaper.fonts.face(for: largest.font)
        let ascent = face.ascender / face.unitsPerEm * largest.size
        let descent = -face.descender / face.unitsPerEm * largest.size
        let height = paragraph.style.lineHeight * largest.size
        return (height, (height - ascent - descent) / 2 + ascent)
    }
}

extension ParagraphItem {
    var isBox: Bool {
        if case .box = self { return true }
        return false
    }
}
