import FolioLayout
import Foundation
import Testing

@Suite("Hyphenation patterns read when a language is first set")
struct LazyHyphenationTests {
    static let metadata = DocumentMetadata(title: "lazy", date: DocumentDate(year: 2026, month: 11, day: 26))

    /// Resources with the repository's fonts and the French and English patterns, and a German file as given.
    static func resources(german: String?) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-lazy-\(UUID().uuidString)")
        let hyphenation = folder.appendingPathComponent("hyphenation")
        try FileManager.default.createDirectory(at: hyphenation, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("fonts"),
                                                   withDestinationURL: LayoutTestSupport.root.appendingPathComponent("fonts"))
        for file in ["hyph_fr.dic", "hyph_en_US.dic"] {
            try FileManager.default.copyItem(at: LayoutTestSupport.root.appendingPathComponent("hyphenation/\(file)"),
                                             to: hyphenation.appendingPathComponent(file))
        }
        if let german { try german.write(to: hyphenation.appendingPathComponent("hyph_de_DE.dic"), atomically: true, encoding: .utf8) }
        return folder
    }

    static func document(_ text: String, _ language: Language) -> Document {
        Document(metadata: metadata, blocks: [.paragraph(Paragraph([TextSpan(text, style: TextStyle(language: language))]))])
    }

    @Test("A damaged German file does not stop a French document; a German one says which file is damaged")
    func readOnFirstUse() throws {
        let folder = try Self.resources(german: "")
        defer { try? FileManager.default.removeItem(at: folder) }
        let typesetter = try Typesetter(resources: folder)
        let french = try typesetter.typeset(Self.document(String(repeating: "Les conditions générales s’appliquent à toute commande. ", count: 20), .french))
        #expect(french.pages.count == 1)
        #expect(throws: LayoutError.self) { try typesetter.typeset(Self.document("Die Allgemeinen Geschäftsbedingungen gelten.", .german)) }
        // The same words again (their breaks now cached): still refused.
        #expect(throws: LayoutError.self) { try typesetter.typeset(Self.document("Die Allgemeinen Geschäftsbedingungen gelten.", .german)) }
        do {
            _ = try typesetter.typeset(Self.document("Gerichtsstand", .german))
        } catch {
            #expect("\(error)".contains("hyph_de_DE.dic"), "\(error)")
        }
        // The failure belongs to the German layouts: a French document after them is set.
        #expect(try typesetter.typeset(Self.document("Une commande engage le client.", .french)).pages.count == 1)
    }

    @Test("A missing pattern file is reported when the typesetter is made, naming it")
    func missingFile() throws {
        let folder = try Self.resources(german: nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect { try Typesetter(resources: folder) } throws: { "\($0)".contains("hyph_de_DE.dic") }
    }

    @Test("Read on first use or at once, the same hyphenation points")
    func samePoints() throws {
        let directory = LayoutTestSupport.root.appendingPathComponent("hyphenation")
        let atOnce = try HyphenatorLibrary(directory: directory)
        let onFirstUse = try HyphenatorLibrary(directory: directory, loading: .onFirstUse)
        for (language, word) in [(HyphenationLanguage.french, "informatique"), (.english, "hyphenation"), (.german, "Gerichtsstand")] {
            #expect(try onFirstUse.patterns(for: language).hyphenationPoints(in: word) == atOnce.hyphenator(for: language).hyphenationPoints(in: word))
        }
    }
}
