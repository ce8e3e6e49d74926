import FolioLayout
import Foundation
import Testing

/// The repository's root, found from this file: Tests/FolioLayoutTests/HyphenationTests.swift.
private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

/// The pattern files in `hyphenation/`, loaded once for all tests.
private let sharedLibrary = Result {
    try HyphenatorLibrary(directory: repositoryRoot.appendingPathComponent("hyphenation"))
}

@Suite("Hyphenation (Liang patterns from libhyphen files)")
struct HyphenationTests {
    let library: HyphenatorLibrary

    init() throws {
        library = try sharedLibrary.get()
    }

    // MARK: Known words

    @Test func frenchWords() {
        let french = library.hyphenator(for: .french)
        #expect(french.hyphenated("informatique") == "in-for-ma-tique")
        #expect(french.hyphenationPoints(in: "informatique") == [2, 5, 7])
        #expect(french.hyphenated("constitutionnellement") == "consti-tu-tion-nel-le-ment")
        #expect(french.hyphenated("l'entreprise") == "l'en-tre-prise")
        // The typographic apostrophe is the same letter as the straight one.
        #expect(french.hyphenated("L’Entreprise") == "L’En-tre-prise")
        #expect(french.hyphenated("échéance") == "échéance")
        #expect(french.hyphenated("facturation") == "fac-tu-ra-tion")
    }

    @Test func englishWords() {
        let english = library.hyphenator(for: .english)
        #expect(english.hyphenated("hyphenation") == "hy-phen-ation")
        #expect(english.hyphenated("typesetting") == "type-set-ting")
        // RIGHTHYPHENMIN is 3 in the English file: "com-put-er" loses its last point.
        #expect(english.hyphenated("computer") == "com-puter")
        #expect(english.hyphenationPoints(in: "computer") == [3])
    }

    @Test func germanWords() {
        let german = library.hyphenator(for: .german)
        #expect(german.hyphenated("Silbentrennung") == "Sil-ben-tren-nung")
        #expect(german.hyphenated("Rechnungsbetrag") == "Rech-nungs-be-trag")
        #expect(german.hyphenated("Zahlungsbedingungen") == "Zah-lungs-be-din-gun-gen")
        #expect(german.hyphenated("Maßnahme") == "Maß-nah-me")
        // The German file has `5ab61la1ge`: of two digits in a row the last counts, as in libhyphen.
        #expect(german.hyphenated("Ablage") == "Ab-la-ge")
    }

    @Test func customHyphen() {
        let french = library.hyphenator(for: .french)
        #expect(french.hyphenated("informatique", hyphen: "\u{00AD}") == "in\u{00AD}for\u{00AD}ma\u{00AD}tique")
    }

    // MARK: The oracle

    /// Every line of the fixture written by scripts/generate-hyphenation-fixture.py (Pyphen, last level).
    @Test func matchesThePyphenFixture() throws {
        let fixture = repositoryRoot.appendingPathComponent("Tests/FolioLayoutTests/Resources/hyphenation-fixture.tsv")
        let text = try String(contentsOf: fixture, encoding: .utf8)
        var checked: [HyphenationLanguage: Int] = [:]
        var mismatches: [String] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated()
        where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let language = HyphenationLanguage(rawValue: String(fields[0])) else {
                Issue.record("fixture line \(index + 1) is malformed: \(line)")
                continue
            }
            let word = String(fields[1])
            let expected = String(fields[2])
            let actual = library.hyphenator(for: language).hyphenated(word)
            if actual != expected {
                mismatches.append("\(language.rawValue) \(word): expected \(expected), got \(actual)")
            }
            checked[language, default: 0] += 1
        }
        #expect(mismatches.isEmpty, "\(mismatches.count) mismatches, first ones: \(mismatches.prefix(10))")
        for language in HyphenationLanguage.allCases {
            #expect(checked[language, default: 0] >= 300, "too few \(language) words in the fixture")
        }
    }

    // MARK: What is never hyphenated

    @Test(arguments: [
        "1234567890", "1234,56", "1 234,56", "1.234,56 €", "€1,234.56", "12,50€", "20%",
        "jean.dupont@example.fr", "billing@example.com",
        "https://www.example.com/conditions-generales", "www.example.com", "example.com",
        "FR7630006000011234567890189", "FR40123456789", "Rechnung2024", "N°2024-001",
        "TVA-intracommunautaire", "e-mail", "Rechnungs-Nr", "hello world", "tab\tulation", "",
    ])
    func nonWordsAreNeverHyphenated(text: String) {
        for language in HyphenationLanguage.allCases {
            #expect(library.hyphenator(for: language).hyphenationPoints(in: text).isEmpty, "\(language) \(text)")
        }
    }

    @Test func apostrophesOnlyWhereTheLanguageAllowsThem() {
        #expect(library.hyphenator(for: .french).hyphenationPoints(in: "l'entreprise") == [4, 7])
        #expect(!library.hyphenator(for: .english).hyphenationPoints(in: "company's").isEmpty)
        #expect(library.hyphenator(for: .german).hyphenationPoints(in: "Rechnungsbetrag's").isEmpty)
        #expect(library.hyphenator(for: .german).hyphenationPoints(in: "Rechnungsbetrag’s").isEmpty)
    }

    // MARK: Minimum lengths

    @Test func minimumsComeFromTheFiles() {
        #expect(library.hyphenator(for: .french).leftMin == 2)
        #expect(library.hyphenator(for: .french).rightMin == 2)
        #expect(library.hyphenator(for: .english).leftMin == 2)
        #expect(library.hyphenator(for: .english).rightMin == 3)
        // The German file declares no minimums: libhyphen's default, 2 and 2.
        #expect(library.hyphenator(for: .german).leftMin == 2)
        #expect(library.hyphenator(for: .german).rightMin == 2)
    }

    @Test func pointsRespectTheMinimums() throws {
        for language in HyphenationLanguage.allCases {
            let hyphenator = library.hyphenator(for: language)
            for word in ["informatique", "constitutionnellement", "hyphenation", "Zahlungsbedingungen", "abcde", "aaaaaaaa"] {
                let count = word.count
                for point in hyphenator.hyphenationPoints(in: word) {
                    #expect(point >= hyphenator.leftMin && point <= count - hyphenator.rightMin, "\(language) \(word) \(point)")
                }
            }
            // Shorter than leftMin + rightMin: nothing.
            #expect(hyphenator.hyphenationPoints(in: "à").isEmpty)
            #expect(hyphenator.hyphenationPoints(in: "ab").isEmpty)
            #expect(hyphenator.hyphenationPoints(in: "abc").isEmpty)
        }
    }

    @Test func minimumsCanBeRaisedNotLowered() {
        let patterns = library.hyphenator(for: .french).patterns
        let strict = Hyphenator(patterns: patterns, leftMin: 3, rightMin: 5)
        #expect(strict.leftMin == 3 && strict.rightMin == 5)
        #expect(strict.hyphenationPoints(in: "informatique") == [5, 7])

        let english = library.hyphenator(for: .english).patterns
        let lax = Hyphenator(patterns: english, leftMin: 1, rightMin: 1)
        #expect(lax.leftMin == 2 && lax.rightMin == 3)
        #expect(lax.hyphenationPoints(in: "computer") == [3])
    }

    // MARK: Case, accents, exceptions

    @Test func caseAndAccentSpellingDoNotMatter() {
        let french = library.hyphenator(for: .french)
        let points = french.hyphenationPoints(in: "informatique")
        #expect(french.hyphenationPoints(in: "INFORMATIQUE") == points)
        #expect(french.hyphenationPoints(in: "Informatique") == points)
        // "é" typed as "e" + combining acute accent is the same letter.
        #expect(french.hyphenationPoints(in: "re\u{301}siliation") == french.hyphenationPoints(in: "résiliation"))
        let german = library.hyphenator(for: .german)
        #expect(german.hyphenated("RECHNUNGSBETRAG") == "RECH-NUNGS-BE-TRAG")
        #expect(german.hyphenated("ÜBERWEISUNG") == german.hyphenated("Überweisung").uppercased())
    }

    @Test func exceptionsOverrideThePatterns() {
        let french = library.hyphenator(for: .french)
            .adding(exceptions: ["ta-ble", "Folio", "in-formatique", "a-bcdef", "l’en-treprise"])
        #expect(french.hyphenationPoints(in: "table") == [2])
        #expect(french.hyphenationPoints(in: "TABLE") == [2])
        #expect(french.hyphenationPoints(in: "folio").isEmpty)
        #expect(french.hyphenated("informatique") == "in-formatique")
        #expect(french.hyphenated("l'entreprise") == "l'en-treprise")
        // The minimums still apply: "a-" would leave one letter.
        #expect(french.hyphenationPoints(in: "abcdef").isEmpty)
        // Words not listed still follow the patterns; the original hyphenator is unchanged.
        #expect(french.hyphenated("facturation") == "fac-tu-ra-tion")
        #expect(library.hyphenator(for: .french).hyphenated("informatique") == "in-for-ma-tique")
    }

    // MARK: Reading pattern files

    @Test func onlyTheLastLevelIsUsed() throws {
        let patterns = try HyphenationPatterns(
            data: Data("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nb1c\nNEXTLEVEL\na1b\n".utf8),
            fileName: "two-levels.dic"
        )
        #expect(patterns.patternCount == 1)
        #expect(Hyphenator(patterns: patterns).hyphenationPoints(in: "abc") == [1])
        // The German file: about 8,700 ordinary patterns, not its 69,000-word compound level.
        let german = library.hyphenator(for: .german).patterns
        #expect(german.patternCount > 8000 && german.patternCount < 10000)
        #expect(german.encoding == .latin1)
    }

    @Test func readingDetails() throws {
        // Non-standard patterns are skipped; of two digits in a row the last counts; ’ is read as '.
        let patterns = try HyphenationPatterns(
            data: Data("UTF-8\n% comment\n# comment\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nf1f/f=f,1,2\na21b\nx’1y\n\n".utf8),
            fileName: "details.dic"
        )
        #expect(patterns.skippedPatternCount == 1)
        #expect(patterns.patternCount == 2)
        let hyphenator = Hyphenator(patterns: patterns)
        #expect(hyphenator.hyphenationPoints(in: "ab") == [1])
        #expect(hyphenator.hyphenationPoints(in: "x'y") == [2])
        #expect(hyphenator.hyphenationPoints(in: "x’y") == [2])

        // ISO8859-1: every byte is one letter.
        var latin1 = Data("ISO8859-1\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n".utf8)
        latin1.append(contentsOf: [0xE4, UInt8(ascii: "1"), UInt8(ascii: "b"), UInt8(ascii: "\n")])
        let german = try HyphenationPatterns(data: latin1, fileName: "latin1.dic")
        #expect(Hyphenator(patterns: german).hyphenationPoints(in: "Äb") == [1])
    }

    @Test func unknownCharacterSetIsAnError() {
        let error = #expect(throws: HyphenationError.self) {
            try HyphenationPatterns(data: Data("KOI8-R\na1b\n".utf8), fileName: "hyph_ru.dic")
        }
        #expect(error?.fileName == "hyph_ru.dic")
        #expect(error?.line == 1)
        #expect(error?.description.contains("KOI8-R") == true)
    }

    @Test(arguments: [
        ("UTF-8\na1b\nab c1d\n", 3),        // a space inside
        ("UTF-8\na.b1c\n", 2),              // a boundary in the middle
        ("UTF-8\n123\n", 2),                // no letters
        ("UTF-8\nAb1c\n", 2),               // a capital letter (or an unknown setting)
        ("UTF-8\nLEFTHYPHENMIN two\n", 2),  // a setting without a number
    ])
    func malformedPatternsAreErrors(text: String, line: Int) {
        let error = #expect(throws: HyphenationError.self) {
            try HyphenationPatterns(data: Data(text.utf8), fileName: "bad.dic")
        }
        #expect(error?.line == line)
        #expect(error?.description.hasPrefix("bad.dic, line \(line): ") == true)
    }

    @Test func invalidUTF8IsAnError() {
        var data = Data("UTF-8\na1b\n".utf8)
        data.append(contentsOf: [0xC3, 0x28, UInt8(ascii: "1"), UInt8(ascii: "\n")])
        let error = #expect(throws: HyphenationError.self) {
            try HyphenationPatterns(data: data, fileName: "bad.dic")
        }
        #expect(error?.line == 3)
    }

    @Test func missingDirectoryIsAnError() {
        let error = #expect(throws: HyphenationError.self) {
            try HyphenatorLibrary(directory: repositoryRoot.appendingPathComponent("no-such-directory"))
        }
        #expect(error?.fileName == "hyph_fr.dic")
    }

    @Test func languagesNameTheirFiles() {
        #expect(HyphenationLanguage.allCases.map(\.patternFileName) == ["hyph_fr.dic", "hyph_en_US.dic", "hyph_de_DE.dic"])
        #expect(HyphenationLanguage(rawValue: "de") == .german)
    }
}
