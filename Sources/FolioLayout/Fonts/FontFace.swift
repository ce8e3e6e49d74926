import CFreeType
import CHarfBuzz

/// One font file opened for shaping (HarfBuzz) and drawing (FreeType, handed to Cairo).
///
/// Positions are taken in font units from HarfBuzz's own OpenType functions (no hinting), so
/// a glyph's advance in points is `units × size / unitsPerEm`, exactly, at every size.
/// A face is used by one thread at a time (FreeType faces are not thread-safe).
public final class FontFace {
    /// A short stable name, e.g. `NotoSans-Bold`, used in caches and in error messages.
    public let name: String
    /// The FreeType face; Cairo draws from it (see FolioPDF).
    public let freeTypeFace: FT_Face
    let harfBuzzFont: OpaquePointer
    /// Font units per em (1000 or 2048 for most fonts).
    public let unitsPerEm: Double
    /// Ascender and descender (negative) in font units, from the OS/2 typographic metrics.
    public let ascender: Double
    public let descender: Double
    /// The height of lowercase letters in font units (OS/2 sxHeight), when the font gives it.
    public let xHeight: Double?

    init(path: String, name: String) throws(FontError) {
        let face = try FreeTypeLibrary.shared.openFace(at: path)
        guard let harfBuzzFace = hb_ft_face_create_referenced(face), let font = hb_font_create(harfBuzzFace) else {
            FreeTypeLibrary.shared.closing { FT_Done_Face(face) }
            throw FontError(path: path, reason: "HarfBuzz cannot open it")
        }
        FreeTypeLibrary.shared.closing { hb_face_destroy(harfBuzzFace) }
        self.name = name
        self.freeTypeFace = face
        self.harfBuzzFont = font
        let upem = Double(face.pointee.units_per_EM)
        self.unitsPerEm = upem > 0 ? upem : 1000
        hb_font_set_scale(font, Int32(unitsPerEm), Int32(unitsPerEm))
        var extents = hb_font_extents_t()
        hb_font_get_h_extents(font, &extents)
        self.ascender = Double(extents.ascender)
        self.descender = Double(extents.descender)
        var xHeight: hb_position_t = 0
        self.xHeight = hb_ot_metrics_get_position(font, HB_OT_METRICS_TAG_X_HEIGHT, &xHeight) != 0 && xHeight > 0
            ? Double(xHeight) : nil
    }

    deinit {
        // Destroying the HarfBuzz font releases its reference to the FreeType face (FT_Done_Face).
        FreeTypeLibrary.shared.closing {
            hb_font_destroy(harfBuzzFont)
            FT_Done_Face(freeTypeFace)
        }
    }

    /// Whether the face has a glyph for this character (no fallback needed).
    public func covers(_ scalar: Unicode.Scalar) -> Bool {
        var glyph: hb_codepoint_t = 0
        return hb_font_get_nominal_glyph(harfBuzzFont, scalar.value, &glyph) != 0
    }
}
