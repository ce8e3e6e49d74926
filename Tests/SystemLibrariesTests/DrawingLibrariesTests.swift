import FolioPDF
import Testing

@Suite("The drawing toolchain links")
struct DrawingLibrariesTests {
    @Test func versionsAreReported() {
        #expect(DrawingLibraries.cairoVersion.split(separator: ".").count == 3)
        #expect(DrawingLibraries.harfBuzzVersion.split(separator: ".").count == 3)
        #expect(DrawingLibraries.freeTypeVersion != nil)
    }

    @Test func cairoWritesAPDF() {
        let bytes = DrawingLibraries.emptyPDFPage()
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        #expect(bytes.count > 200)
    }
}
