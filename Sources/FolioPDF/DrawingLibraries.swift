import CCairo
import CFreeType
import CHarfBuzz

/// The versions of the C drawing libraries this build linked against.
///
/// Calling into each library proves the toolchain (headers, pkg-config, linker) works on this machine.
public enum DrawingLibraries {
    /// Cairo's version, e.g. `1.16.0`.
    public static var cairoVersion: String {
        String(cString: cairo_version_string())
    }

    /// HarfBuzz's version, e.g. `6.0.0`.
    public static var harfBuzzVersion: String {
        String(cString: hb_version_string())
    }

    /// FreeType's version, read from a live library handle, e.g. `2.12.1`.
    public static var freeTypeVersion: String? {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { return nil }
        defer { FT_Done_FreeType(library) }
        var major: FT_Int = 0, minor: FT_Int = 0, patch: FT_Int = 0
        FT_Library_Version(library, &major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }

    /// Draws one empty page into an in-memory PDF stream and returns the bytes Cairo wrote.
    public static func emptyPDFPage() -> [UInt8] {
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            let sink = Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
            sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, unmanaged.toOpaque(), 595.28, 841.89)
        let context = cairo_create(surface)
        cairo_show_page(context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        cairo_surface_destroy(surface)
        return sink.bytes
    }
}
