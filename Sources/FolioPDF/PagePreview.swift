import CCairo
import FolioLayout

extension PDFRenderer {
    /// One page as a PNG image, drawn by Cairo's image surface from the same laid-out page as the PDF
    /// (the same items, fonts and positions), so that what a preview shows is what is issued.
    ///
    /// The fields the finishing stage adds to the PDF (a signature's appearance) are not on it.
    ///
    /// - Parameters:
    ///   - page: the page's index, from 0.
    ///   - pixelsPerPoint: the scale: 1 is 72 pixels per inch, 1.5 (the default of previews) 108.
    /// - Throws: ``RenderError`` for a page the document does not have, or when Cairo fails.
    public func png(_ document: LaidOutDocument, page index: Int, pixelsPerPoint scale: Double) throws(RenderError) -> [UInt8] {
        guard document.pages.indices.contains(index) else {
            throw RenderError("no page \(index + 1): the document has \(document.pages.count)")
        }
        guard scale > 0, scale <= 8 else { throw RenderError("a preview's scale is more than 0 and at most 8 pixels per point") }
        let width = Int32((document.size.width * scale).rounded(.up))
        let height = Int32((document.size.height * scale).rounded(.up))
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
            throw RenderError("Cairo could not create an image surface")
        }
        defer { cairo_surface_destroy(surface) }
        guard let context = cairo_create(surface) else { throw RenderError("Cairo could not create a context") }
        // Paper is white; the layout's coordinates are points from the top-left corner, as in the PDF.
        cairo_set_source_rgb(context, 1, 1, 1)
        cairo_paint(context)
        cairo_scale(context, scale, scale)
        cairo_set_font_options(context, fontOptions)
        do {
            for item in document.pages[index].items { try draw(item, in: context) }
        } catch {
            cairo_destroy(context)
            throw error
        }
        let status = cairo_status(context)
        cairo_destroy(context)
        cairo_surface_flush(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError("Cairo failed: \(String(cString: cairo_status_to_string(status)))")
        }
        final class Sink { var bytes: [UInt8] = [] }
        let sink = Sink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        let written = cairo_surface_write_to_png_stream(surface, { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue()
                .bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, unmanaged.toOpaque())
        guard written == CAIRO_STATUS_SUCCESS else {
            throw RenderError("Cairo could not write the PNG: \(String(cString: cairo_status_to_string(written)))")
        }
        return sink.bytes
    }
}
