import Foundation

/// The redline as JSON for other tools (`format` `folio-redline/1`, schema in `schema/redline.schema.json`):
/// the two versions, counts, the changed figures, and each changed article with its marked text.
public enum RedlineJSON {
    /// Pretty-printed, keys sorted: the same redline always gives the same bytes.
    public static func encode(_ redline: Redline) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Document(redline))
    }

    private struct Document: Encodable {
        var format = "folio-redline/1"
        var old: RedlineVersion
        var new: RedlineVersion
        var strict: Bool
        var unchanged: Bool
        var counts: [String: Int]
        var figures: [FigureChange]
        var changes: [RedlineArticle]

        init(_ redline: Redline) {
            old = redline.old
            new = redline.new
            strict = redline.strict
            unchanged = redline.isUnchanged
            var counts = Dictionary(uniqueKeysWithValues: ArticleChangeKind.allCases.map { ($0.rawValue, 0) })
            for (kind, count) in redline.counts { counts[kind.rawValue] = count }
            counts["unchanged"] = redline.unchangedCount
            self.counts = counts
            figures = redline.figures
            changes = redline.changes
        }
    }
}
