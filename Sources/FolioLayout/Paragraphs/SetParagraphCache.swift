/// Remembers the lines each paragraph was set in, per measure: labels, column heads, legal mentions
/// and the descriptions of a catalogue come back in document after document of a batch, and setting
/// a paragraph (collecting, shaping, breaking, justifying) is most of typesetting. Setting is a pure
/// function of the paragraph, the measure and the algorithm, so a remembered result is the same lines.
final class SetParagraphCache {
    struct Key: Hashable {
        let paragraph: Paragraph
        let width: Double
        let algorithm: LineBreakingAlgorithm
    }

    private var entries: [Key: [SetLine]] = [:]
    /// A set paragraph holds its glyphs (a few kilobytes): 4,000 keep a batch's repeating paragraphs
    /// in about 10 MB, emptied when full so that memory stays flat over any number of documents.
    private let limit = 4_000

    func lines(for key: Key, set: () -> [SetLine]) -> [SetLine] {
        if let known = entries[key] { return known }
        let lines = set()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = lines
        return lines
    }
}
