import CCairo
import CFreeType
import FolioLayout
import Foundation

/// Draws typeset documents into PDF bytes with Cairo.
///
/// Text is drawn with `cairo_show_text_glyphs` and the glyph-to-text clusters the layout kept, so
/// `pdftotext` and copy-paste give back the source text; fonts are embedded as subsets. Headings
/// become the PDF outline, links become link annotations, and the metadata (creation date
/// included) comes from the document, so the same document gives the same bytes.
///
/// Make one renderer per process (or thread) and reuse it: Cairo font faces are made once per font.
public final class PDFRenderer {
    private var cairoFaces: [ObjectIdentifier: (face: FontFace, cairo: OpaquePointer)] = [:]
    let fontOptions: OpaquePointer?

    public init() {
        fontOptions = cairo_font_options_create()
        cairo_font_options_set_hint_style(fontOptions, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(fontOptions, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(fontOptions, CAIRO_ANTIALIAS_GRAY)
    }

    deinit {
        for entry in cairoFaces.values { cairo_font_face_destroy(entry.cairo) }
        cairo_font_options_destroy(fontOptions)
    }

    /// The PDF of a laid-out document.
    public func render(_ document: LaidOutDocument) throws(RenderError) -> [UInt8] {
        let sink = ByteSink()
        let unmanaged = Unmanaged.passRetained(sink)
        defer { unmanaged.release() }
        guard let surface = cairo_pdf_surface_create_for_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<ByteSink>.fromOpaque(closure).takeUnretainedValue()
                .bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
            return CAIRO_STATUS_SUCCESS
        }, unmanaged.toOpaque(), document.size.width, document.size.height) else {
            throw RenderError("Cairo could not create a PDF surface")
        }
        defer { cairo_surface_destroy(surface) }
        setMetadata(document.metadata, on: surface)
        guard let context = cairo_create(surface) else { throw RenderError("Cairo could not create a context") }
        cairo_set_font_options(context, fontOptions)

        // One structure tag around all the content keeps cairo 1.16's link annotations valid (see PITFALLS).
        cairo_tag_begin(context, "Document", nil)
        for page in document.pages {
            for item in page.items { try draw(item, in: context) }
            cairo_show_page(context)
        }
        cairo_tag_end(context, "Document")
        addOutline(document.outline, to: surface)
        let status = cairo_status(context)
        cairo_destroy(context)
        cairo_surface_finish(surface)
        guard status == CAIRO_STATUS_SUCCESS, cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError("Cairo failed: \(String(cString: cairo_status_to_string(status)))")
        }
        return sink.bytes
    }

    private final class ByteSink {
        var bytes: [UInt8] = []
        init() { bytes.reserveCapacity(64 * 1024) }
    }

    private func setMetadata(_ metadata: DocumentMetadata, on surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", "))
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, metadata.creator)
        let date = metadata.date.iso8601 + "T00:00:00"
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
    }

    /// Draws one item of a page; the same for the PDF and for a preview (``png(_:page:pixelsPerPoint:)``).
    func draw(_ item: PageItem, in context: OpaquePointer) throws(RenderError) {
        switch item {
        case .text(let run):
            drawText(run, in: context)
        case let .line(from, to, width, color):
            cairo_set_source_rgb(context, color.red, color.green, color.blue)
            cairo_set_line_width(context, width)
            cairo_move_to(context, from.x, from.y)
            cairo_line_to(context, to.x, to.y)
            cairo_stroke(context)
        case let .rectangle(rect, fill, stroke, lineWidth):
            if let fill {
                cairo_set_source_rgb(context, fill.red, fill.green, fill.blue)
                cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
                cairo_fill(context)
            }
            if let stroke, lineWidth > 0 {
                cairo_set_source_rgb(context, stroke.red, stroke.green, stroke.blue)
                cairo_set_line_width(context, lineWidth)
                cairo_rectangle(context, rect.x, rect.y, rect.width, rect.height)
                cairo_stroke(context)
            }
        case let .image(image, rect):
            try drawImage(image, in: rect, context: context)
        case let .link(rect, target):
            let area = "rect=[\(Self.number(rect.x)) \(Self.number(rect.y)) \(Self.number(rect.width)) \(Self.number(rect.height))]"
            switch target {
            case .uri(let uri): cairo_tag_begin(context, CAIRO_TAG_LINK, "\(area) uri='\(Self.quoted(uri))'")
            case .destination(let name): cairo_tag_begin(context, CAIRO_TAG_LINK, "\(area) dest='\(Self.quoted(name))'")
            }
            cairo_tag_end(context, CAIRO_TAG_LINK)
        case let .anchor(name, point):
            cairo_tag_begin(context, CAIRO_TAG_DEST, "name='\(Self.quoted(name))' x=\(Self.number(point.x)) y=\(Self.number(point.y))")
            cairo_tag_end(context, CAIRO_TAG_DEST)
        case .region:
            break  // not drawn: the finishing stage places a field over it
        }
    }

    private func drawText(_ run: TextRun, in context: OpaquePointer) {
        cairo_set_font_face(context, cairoFace(for: run.face))
        cairo_set_font_size(context, run.size)
        cairo_set_source_rgb(context, run.color.red, run.color.green, run.color.blue)
        let glyphs = run.glyphs.map {
            cairo_glyph_t(index: UInt($0.id), x: run.origin.x + $0.x, y: run.origin.y + $0.y)
        }
        let clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
        let utf8 = Array(run.text.utf8)
        utf8.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { text in
                cairo_show_text_glyphs(context, text.baseAddress, Int32(text.count), glyphs, Int32(glyphs.count),
                                       clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
            }
        }
        if run.underline {
            let y = run.origin.y + run.size * 0.15
            cairo_set_line_width(context, run.size * 0.06)
            cairo_move_to(context, run.origin.x, y)
            cairo_line_to(context, run.origin.x + run.width, y)
            cairo_stroke(context)
        }
        if run.strikethrough {
            // Through the middle of the lowercase letters: half the font's x-height, else a quarter of the size.
            let rise = run.face.xHeight.map { $0 / 2 * run.size / run.face.unitsPerEm } ?? run.size * 0.25
            let y = run.origin.y - rise
            cairo_set_line_width(context, run.size * 0.06)
            cairo_move_to(context, run.origin.x, y)
            cairo_line_to(context, run.origin.x + run.width, y)
            cairo_stroke(context)
        }
    }

    private func drawImage(_ image: PNGImage, in rect: Rect, context: OpaquePointer) throws(RenderError) {
        let reader = PNGReader(data: image.data)
        let unmanaged = Unmanaged.passRetained(reader)
        defer { unmanaged.release() }
        guard let surface = cairo_image_surface_create_from_png_stream({ closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            return Unmanaged<PNGReader>.fromOpaque(closure).takeUnretainedValue().read(into: data, count: Int(length))
                ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
        }, unmanaged.toOpaque()) else { throw RenderError("image: Cairo could not read the PNG") }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw RenderError("image: the PNG cannot be decoded")
        }
        cairo_save(context)
        cairo_translate(context, rect.x, rect.y)
        cairo_scale(context, rect.width / Double(image.pixelWidth), rect.height / Double(image.pixelHeight))
        cairo_set_source_surface(context, surface, 0, 0)
        cairo_paint(context)
        cairo_restore(context)
    }

    private final class PNGReader {
        let data: Data
        var offset = 0
        init(data: Data) { self.data = data }

        func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
            guard offset + count <= data.count else { return false }
            data.copyBytes(to: buffer, from: data.startIndex + offset..<data.startIndex + offset + count)
            offset += count
            return true
        }
    }

    private func addOutline(_ outline: [OutlineEntry], to surface: OpaquePointer) {
        var parents: [(level: Int, id: Int32)] = []
        for entry in outline {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let flags = entry.level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : cairo_pdf_outline_flags_t(rawValue: 0)
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title,
                                                   "page=\(entry.page + 1) pos=[0 \(Self.number(max(entry.y - 12, 0)))]", flags)
            parents.append((entry.level, id))
        }
    }

    /// A Cairo font face for a font, made once and kept; it holds its own reference to the FreeType face.
    private func cairoFace(for face: FontFace) -> OpaquePointer? {
        let key = ObjectIdentifier(face)
        if let existing = cairoFaces[key] { return existing.cairo }
        guard let cairo = cairo_ft_font_face_create_for_ft_face(face.freeTypeFace, 0) else { return nil }
        // Cairo may outlive this renderer in its caches: give it its own reference, released with it.
        FT_Reference_Face(face.freeTypeFace)
        let status = cairo_font_face_set_user_data(cairo, &freeTypeFaceKey, UnsafeMutableRawPointer(face.freeTypeFace)) {
            FT_Done_Face($0?.assumingMemoryBound(to: FT_FaceRec.self))
        }
        if status != CAIRO_STATUS_SUCCESS { FT_Done_Face(face.freeTypeFace) }
        cairoFaces[key] = (face, cairo)
        return cairo
    }

    /// A number as Cairo's attribute parser reads it: fixed notation, three decimals.
    static func number(_ value: Double) -> String {
        String(format: "%.3f", value)
    }

    /// Escapes a value for a Cairo tag attribute string (single-quoted).
    static func quoted(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}

/// The key under which a Cairo font face keeps its FreeType face reference.
nonisolated(unsafe) private var freeTypeFaceKey = cairo_user_data_key_t()

/// Drawing failed in Cairo, said in words.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
