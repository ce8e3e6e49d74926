import FolioLayout
import FolioSpecimens
import Foundation
import Testing

/// Fonts from fonts/, shaping, ligatures, tabular figures and the fallback font.
@Suite("Fonts and shaping")
struct FontTests {
    @Test("Ligatures: « fi » is one glyph and keeps its two letters of text")
    func ligatures() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let runs = typesetter.shaper.shape("afin", style: TextStyle(font: FontStyle(family: .serif)))
        #expect(runs.count == 1)
        #expect(runs[0].glyphs.count == 3)
        #expect(runs[0].glyphs.map(\.cluster) == [0, 1, 3])
    }

    @Test("Tabular figures: every digit has the same advance")
    func tabularFigures() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let tabular = TextStyle(size: 10, tabularFigures: true)
        let widths = Set((0...9).map { typesetter.shaper.width(of: String($0), style: tabular) })
        #expect(widths.count == 1)
    }

    @Test("Names in other scripts use the fallback font, never a missing-glyph box")
    func fallback() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let names = ["Ελληνική Εταιρεία", "Przedsiębiorstwo Łódzkie", "Türkiye Yazılım Şirketi", "Công ty Trách nhiệm Hữu hạn",
                     "Հայկական Ընկերություն", "ქართული კომპანია", "חברת התוכנה", "شركة البرمجيات", "Русская компания"]
        for name in names {
            for style in [TextStyle(), TextStyle().bold, TextStyle(font: FontStyle(family: .serif, italic: true))] {
                let runs = typesetter.shaper.shape(name, style: style)
                #expect(runs.allSatisfy { $0.glyphs.allSatisfy { $0.id != 0 } }, "missing glyph in \(name)")
                #expect(runs.map(\.text).joined() == name)
            }
        }
        let hebrew = typesetter.shaper.shape("חברת", style: TextStyle())
        #expect(hebrew.first?.face.name == "DejaVuSans")
        #expect(hebrew.first?.rightToLeft == true)
        #expect(typesetter.shaper.shape("Łódź", style: TextStyle()).first?.face.name == "NotoSans-Regular")
    }

    @Test("A missing fonts folder is an error naming the file")
    func missingFonts() {
        #expect(throws: FontError.self) {
            try FontLibrary(directory: URL(fileURLWithPath: "/nonexistent"))
        }
        do {
            _ = try FontLibrary(directory: URL(fileURLWithPath: "/nonexistent"))
        } catch {
            #expect(error.description.contains("/nonexistent/"))
            #expect(error.description.contains("no such file"))
        }
    }

    @Test("International client names round-trip through the PDF")
    func internationalRoundTrip() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let names = ["Ελληνική Εταιρεία Λογισμικού Α.Ε.", "Przedsiębiorstwo Łódzkie Sp. z o.o.", "Türkiye Yazılım Şirketi A.Ş.",
                     "Công ty Trách nhiệm Hữu hạn Phần mềm Việt", "Հայկական Ծրագրային Ընկերություն"]
        let document = Document(metadata: DocumentMetadata(title: "names", date: DocumentDate(year: 2026, month: 1, day: 1)),
                                blocks: names.map { .paragraph(Paragraph($0, style: TextStyle(size: 11))) })
        let pdf = try LayoutTestSupport.pdf(document, typesetter: typesetter, name: "names.pdf")
        let text = try LayoutTestSupport.run("pdftotext", ["-enc", "UTF-8", pdf.path, "-"]).output
        for name in names { #expect(LayoutTestSupport.normalisedSpaces(text).contains(name)) }
    }
}
