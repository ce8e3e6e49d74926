@testable import FolioPDF
import Testing

/// Widget rectangles as PDF numbers: integers when whole, else at most three decimals, never an exponent.
@Suite("PDF rectangles")
struct PDFRectTests {
    @Test("Numbers written plainly")
    func numbers() {
        #expect(PDFRect.number(56) == .integer(56))
        #expect(PDFRect.number(0.1 + 0.2) == .real("0.3"))
        #expect(PDFRect.number(-12.3456) == .real("-12.346"))
        #expect(PDFRect.number(-0.05) == .real("-0.05"))
        #expect(PDFRect.number(595.2756) == .real("595.276"))
        #expect(PDFRect.number(1e-9) == .integer(0))
    }

    @Test("The array gives the corners; a rectangle of no area is empty")
    func array() {
        let rect = PDFRect(x: 56.5, y: 60, width: 200, height: 50.25)
        #expect(rect.array == .array([.real("56.5"), .integer(60), .real("256.5"), .real("110.25")]))
        #expect(!rect.isEmpty)
        #expect(PDFRect(x: 10, y: 10, width: 0, height: 0).isEmpty)
    }
}
