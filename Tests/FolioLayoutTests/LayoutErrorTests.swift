import FolioLayout
import Foundation
import Testing

/// Bad input to the layout is refused with a message that says what and why.
@Suite("Layout errors")
struct LayoutErrorTests {
    static let metadata = DocumentMetadata(title: "t", date: DocumentDate(year: 2026, month: 1, day: 1))

    @Test("Data that is not a PNG is refused")
    func notAPNG() {
        #expect(throws: LayoutError("image: not a PNG file (no PNG signature and header)")) {
            try PNGImage(data: Data("GIF89a, certainly not a PNG".utf8))
        }
    }

    @Test("A table row with more cells than columns names the row")
    func tooManyCells() throws {
        let style = TextStyle()
        let table = Table(columns: [TableColumn(.relative(1))],
                          body: [TableRow([TableCell("a", style: style)]),
                                 TableRow([TableCell("b", style: style), TableCell("c", style: style)])])
        #expect(throws: LayoutError("table: row 2 has 2 cells for 1 columns")) {
            try LayoutTestSupport.typesetter().typeset(Document(metadata: Self.metadata, blocks: [.table(table)]))
        }
    }

    @Test("Margins that leave no room are refused")
    func noRoom() throws {
        let setup = PageSetup(margins: EdgeInsets(all: 300))
        #expect(throws: LayoutError("page setup: margins leave no room for the body")) {
            try LayoutTestSupport.typesetter().typeset(Document(setup: setup, metadata: Self.metadata, blocks: []))
        }
    }
}
