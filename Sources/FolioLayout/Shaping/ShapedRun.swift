/// One glyph as HarfBuzz placed it, in points.
public struct PlacedGlyph: Sendable, Hashable {
    public var id: UInt32
    public var advance: Double
    public var xOffset: Double
    public var yOffset: Double
    /// The UTF-8 offset, in the run's text, of the character(s) this glyph comes from.
    public var cluster: Int
}

/// Text shaped in one face at one size: the glyphs, their advances and the text they came from.
///
/// The cluster of each glyph is kept so that the drawing can tell the PDF which characters each
/// glyph stands for: extracted and copied text is then exactly the source text, ligatures included.
public struct ShapedRun {
    /// The source text of the run.
    public let text: String
    public let face: FontFace
    /// Size in points.
    public let size: Double
    /// Glyphs in visual order (for right-to-left text, clusters go down).
    public let glyphs: [PlacedGlyph]
    public let rightToLeft: Bool

    /// The run's width in points.
    public var width: Double { glyphs.reduce(0) { $0 + $1.advance } }

    /// The part of the run between two UTF-8 offsets of its text, for a left-to-right run whose
    /// glyph clusters do not cross either offset (checked by `isClusterBoundary`).
    public func slice(fromUTF8 start: Int, to end: Int) -> ShapedRun {
        let utf8 = Array(text.utf8)
        let piece = String(decoding: utf8[start..<end], as: UTF8.self)
        let glyphs = self.glyphs.filter { $0.cluster >= start && $0.cluster < end }
            .map { glyph -> PlacedGlyph in var copy = glyph; copy.cluster -= start; return copy }
        return ShapedRun(text: piece, face: face, size: size, glyphs: glyphs, rightToLeft: rightToLeft)
    }

    /// Whether a UTF-8 offset falls between two glyph clusters (no ligature spans it).
    public func isClusterBoundary(atUTF8 offset: Int) -> Bool {
        glyphs.contains { $0.cluster == offset }
    }
}
