/// Remembers where each word may break, per language: words repeat across paragraphs and
/// documents, and finding hyphenation points is the costliest part of collecting a paragraph.
final class BreakOpportunityCache {
    struct Key: Hashable {
        let word: String
        let language: Language
        let hyphenate: Bool
    }

    private var entries: [Key: [ParagraphCollector.BreakOpportunity]] = [:]
    /// Emptied past this many words, as the shaper's cache and for the same reason: memory flat over a batch.
    private let limit = 20_000

    func opportunities(for key: Key, compute: () -> [ParagraphCollector.BreakOpportunity])
        -> [ParagraphCollector.BreakOpportunity] {
        if let known = entries[key] { return known }
        let computed = compute()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = computed
        return computed
    }
}
