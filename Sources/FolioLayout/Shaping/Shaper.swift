import CHarfBuzz

/// Shapes text with HarfBuzz (kerning, standard ligatures, tabular figures on request), falling
/// back to the fallback face for characters the main face lacks, and caching what it shaped.
///
/// Words and short runs repeat within and across documents (labels, clause words, amounts), so the
/// cache saves most of the shaping time; it is emptied when it grows past `cacheLimit` entries.
public final class Shaper {
    public let fonts: FontLibrary
    private var cache: [Key: [ShapedRun]] = [:]
    /// A batch's documents add a few hundred new texts each (amounts, names) to words that repeat;
    /// at 200,000 entries a batch of 3,000 invoices grew to 128 MB, at 20,000 it stays at 57 MB
    /// (55 MB after 300) and is as fast: the repeating words are shaped again once per emptying.
    private let cacheLimit = 20_000
    private let buffer: OpaquePointer

    private struct Key: Hashable {
        let text: String
        let font: FontStyle
        let size: Double
        let tabular: Bool
        let language: Language
    }

    public init(fonts: FontLibrary) {
        self.fonts = fonts
        buffer = hb_buffer_create()
    }

    deinit { hb_buffer_destroy(buffer) }

    /// Shapes a piece of text in a style: one run per stretch of characters that one face covers.
    public func shape(_ text: String, style: TextStyle) -> [ShapedRun] {
        let key = Key(text: text, font: style.font, size: style.size, tabular: style.tabularFigures,
                      language: style.language)
        if let cached = cache[key] { return cached }
        let main = fonts.face(for: style.font)
        let fallback = fonts.fallback(for: style.font)
        let runs = FontFallback.segments(of: text, main: main, fallback: fallback).map { segment in
            shape(segment.text, face: segment.face, style: style)
        }
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[key] = runs
        return runs
    }

    /// The width in points of a text in a style.
    public func width(of text: String, style: TextStyle) -> Double {
        shape(text, style: style).reduce(0) { $0 + $1.width }
    }

    private func shape(_ text: String, face: FontFace, style: TextStyle) -> ShapedRun {
        hb_buffer_clear_contents(buffer)
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                hb_buffer_add_utf8(buffer, chars.baseAddress, Int32(chars.count), 0, Int32(chars.count))
            }
        }
        hb_buffer_guess_segment_properties(buffer)
        hb_buffer_set_language(buffer, hb_language_from_string(style.language.rawValue, -1))
        var features: [hb_feature_t] = []
        if style.tabularFigures {
            var feature = hb_feature_t()
            if hb_feature_from_string("tnum", -1, &feature) != 0 { features.append(feature) }
        }
        hb_shape(face.harfBuzzFont, buffer, features, UInt32(features.count))

        var count: UInt32 = 0
        let scale = style.size / face.unitsPerEm
        var glyphs: [PlacedGlyph] = []
        if let infos = hb_buffer_get_glyph_infos(buffer, &count),
           let positions = hb_buffer_get_glyph_positions(buffer, nil) {
            glyphs.reserveCapacity(Int(count))
            for index in 0..<Int(count) {
                glyphs.append(PlacedGlyph(id: infos[index].codepoint,
                                          advance: Double(positions[index].x_advance) * scale,
                                          xOffset: Double(positions[index].x_offset) * scale,
                                          yOffset: Double(positions[index].y_offset) * scale,
                                          cluster: Int(infos[index].cluster)))
            }
        }
        let rightToLeft = hb_buffer_get_direction(buffer) == HB_DIRECTION_RTL
        return ShapedRun(text: text, face: face, size: style.size, glyphs: glyphs, rightToLeft: rightToLeft)
    }
}
