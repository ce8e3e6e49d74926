import CCairo
import FolioLayout
import FolioSpecimens
import Foundation
import Testing

/// The invoice specimen's page, rendered to PNG by pdftoppm, compared with a committed reference
/// that a person looked at. Update it after a deliberate change with
/// `FOLIO_UPDATE_GOLDEN=1 swift test --filter GoldenPage` (then look at the new picture).
@Suite("Golden page")
struct GoldenPageTests {
    static let reference = LayoutTestSupport.root.appendingPathComponent("Tests/FolioLayoutTests/Golden/invoice-page.png")

    @Test("The invoice page looks like the reference, within a small pixel tolerance")
    func invoicePage() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let pdf = try LayoutTestSupport.pdf(InvoiceSpecimen.document(number: 1, logo: try LayoutTestSupport.logo()),
                                            typesetter: typesetter, name: "invoice.pdf")
        let prefix = pdf.path + "-page"
        let rendering = try LayoutTestSupport.run("pdftoppm", ["-r", "60", "-png", "-singlefile", pdf.path, prefix])
        #expect(rendering.status == 0)
        let actualPath = prefix + ".png"
        if ProcessInfo.processInfo.environment["FOLIO_UPDATE_GOLDEN"] != nil {
            _ = try? FileManager.default.removeItem(at: Self.reference)
            try FileManager.default.copyItem(atPath: actualPath, toPath: Self.reference.path)
        }
        let actual = try Pixels(png: actualPath)
        let expected = try Pixels(png: Self.reference.path)
        #expect(actual.width == expected.width && actual.height == expected.height)
        guard actual.width == expected.width, actual.height == expected.height else { return }
        var differing = 0
        for index in 0..<actual.bytes.count / 4 {
            let channels = (0..<3).map { abs(Int(actual.bytes[index * 4 + $0]) - Int(expected.bytes[index * 4 + $0])) }
            if channels.max() ?? 0 > 48 { differing += 1 }
        }
        let share = Double(differing) / Double(actual.width * actual.height)
        #expect(share < 0.002, "\(differing) pixels differ (\(share * 100) %); rendering kept at \(actualPath)")
    }

    /// A PNG decoded by Cairo into 32-bit pixels.
    struct Pixels {
        let width: Int
        let height: Int
        let bytes: [UInt8]

        init(png path: String) throws {
            guard let surface = cairo_image_surface_create_from_png(path),
                  cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
                throw LayoutError("cannot read \(path)")
            }
            defer { cairo_surface_destroy(surface) }
            let image = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, cairo_image_surface_get_width(surface),
                                                   cairo_image_surface_get_height(surface))
            defer { cairo_surface_destroy(image) }
            let context = cairo_create(image)
            cairo_set_source_surface(context, surface, 0, 0)
            cairo_paint(context)
            cairo_destroy(context)
            cairo_surface_flush(image)
            width = Int(cairo_image_surface_get_width(image))
            height = Int(cairo_image_surface_get_height(image))
            let stride = Int(cairo_image_surface_get_stride(image))
            guard let data = cairo_image_surface_get_data(image) else { throw LayoutError("no pixels in \(path)") }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(width * height * 4)
            for row in 0..<height {
                bytes.append(contentsOf: UnsafeBufferPointer(start: data + row * stride, count: width * 4))
            }
            self.bytes = bytes
        }
    }
}
