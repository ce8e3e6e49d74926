import FolioLayout
import FolioPDF
import FolioSpecimens
import Foundation
import Testing

/// Previews: a page drawn to PNG by Cairo's image surface from the same layout as the PDF, compared
/// pixel by pixel with poppler's rendering of that PDF at the same resolution.
@Suite("Page previews")
struct PagePreviewTests {
    @Test("The preview of the invoice page is poppler's rendering of its PDF, within antialiasing; a page it lacks is refused")
    func previewIsThePDF() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let pdf = try LayoutTestSupport.pdf(InvoiceSpecimen.document(number: 1, logo: try LayoutTestSupport.logo()),
                                            typesetter: typesetter, name: "invoice.pdf")
        // 60 pixels per inch, as the golden page.
        let renderer = PDFRenderer()
        let png = try renderer.png(pdf.laidOut, page: 0, pixelsPerPoint: 60.0 / 72.0)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let previewPath = pdf.path + "-preview.png"
        try Data(png).write(to: URL(fileURLWithPath: previewPath))
        let prefix = pdf.path + "-poppler"
        #expect(try LayoutTestSupport.run("pdftoppm", ["-r", "60", "-png", "-singlefile", pdf.path, prefix]).status == 0)
        let preview = try GoldenPageTests.Pixels(png: previewPath)
        let poppler = try GoldenPageTests.Pixels(png: prefix + ".png")
        // Cairo rounds the page up to whole pixels, poppler may round down: at most one pixel apart.
        #expect(abs(preview.width - poppler.width) <= 1 && abs(preview.height - poppler.height) <= 1)
        let (share, inked) = Self.blocksDiffering(preview, poppler, shift: 0)
        #expect(inked > 200, "the preview has the page's text and lines")
        #expect(share < 0.02, "\(share * 100) % of the inked blocks differ; preview kept at \(previewPath)")
        // The measure sees a misplacement: the same rendering moved by 4 pixels differs in 12 % of them.
        #expect(Self.blocksDiffering(preview, poppler, shift: 4).share > 0.05)
        #expect { try renderer.png(pdf.laidOut, page: pdf.laidOut.pages.count, pixelsPerPoint: 1) } throws: { "\($0)".contains("no page") }
        // The same page, the same bytes.
        #expect(try renderer.png(pdf.laidOut, page: 0, pixelsPerPoint: 60.0 / 72.0) == png)
    }

    /// The share of the inked 6 × 6 blocks whose mean lightness differs by more than 40 (of 255)
    /// between two renderings, the second moved right by `shift` pixels; and how many blocks hold ink.
    /// Glyph edges are rasterised differently by Cairo (no hinting) and poppler's Splash; a block's
    /// mean moves when anything is misplaced, not when an edge is.
    static func blocksDiffering(_ first: GoldenPageTests.Pixels, _ second: GoldenPageTests.Pixels, shift: Int) -> (share: Double, inked: Int) {
        let side = 6
        var differing = 0, blocks = 0, inked = 0
        func mean(_ pixels: GoldenPageTests.Pixels, top: Int, left: Int) -> Int {
            var sum = 0
            for row in top..<top + side {
                for column in left..<left + side {
                    let index = (row * pixels.width + column) * 4
                    sum += Int(pixels.bytes[index]) + Int(pixels.bytes[index + 1]) + Int(pixels.bytes[index + 2])
                }
            }
            return sum / (3 * side * side)
        }
        for top in stride(from: 0, to: min(first.height, second.height) - side, by: side) {
            for left in stride(from: shift, to: min(first.width, second.width) - side, by: side) {
                let a = mean(first, top: top, left: left), b = mean(second, top: top, left: left - shift)
                blocks += 1
                if a < 200 || b < 200 { inked += 1 }
                if abs(a - b) > 40 { differing += 1 }
            }
        }
        return (Double(differing) / Double(max(1, inked)), inked)
    }
}
