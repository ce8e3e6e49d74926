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

@Suite("Hyphenation (libhyphen's algorithm on LibreOffice's pattern files)")
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
        // As in libhyphen, an apostrophe cuts the word and the part before it ends like a word.
        #expect(english.hyphenated("company's") == "com-pany's")
    }

    @Test func germanWords() {
        let german = library.hyphenator(for: .german)
        #expect(german.hyphenated("Silbentrennung") == "Sil-ben-tren-nung")
        #expect(german.hyphenated("Rechnungsbetrag") == "Rech-nungs-be-trag")
        #expect(german.hyphenated("Maßnahme") == "Maß-nah-me")
        // The German file has `5ab61la1ge`: of two digits in a row the last counts, as in libhyphen.
        #expect(german.hyphenated("Ablage") == "Ab-la-ge")
        // LibreOffice's result, not a dictionary's: libhyphen's matching hides `be-` in the part "bedingungen".
        #expect(german.hyphenated("Zahlungsbedingungen") == "Zah-lungs-bedin-gun-gen")
    }

    /// Compounds that the second level alone cuts badly (`Ge-richts-s-tand`, `Ver-a-r-bei-tung`, …):
    /// the first level of `hyph_de_DE.dic` finds their joints first.
    @Test(arguments: [
        ("Gerichtsstand", "Ge-richts-stand"),
        ("Verarbeitung", "Ver-ar-bei-tung"),
        ("Dauerauftrag", "Dau-er-auf-trag"),
        ("Rückerstattung", "Rück-er-stat-tung"),
        ("Preisanpassung", "Preis-an-pas-sung"),
        ("Schadensersatz", "Scha-dens-er-satz"),
        ("Verzugskostenpauschale", "Ver-zugs-kos-ten-pau-scha-le"),
        ("Eigentumsvorbehalt", "Ei-gen-tums-vor-be-halt"),
        ("Gewährleistungsfrist", "Ge-währ-leis-tungs-frist"),
    ])
    func germanCompounds(word: String, expected: String) {
        #expect(library.hyphenator(for: .german).hyphenated(word) == expected)
    }

    @Test func customHyphen() {
        let french = library.hyphenator(for: .french)
        #expect(french.hyphenated("informatique", hyphen: "\u{00AD}") == "in\u{00AD}for\u{00AD}ma\u{00AD}tique")
    }

    // MARK: The oracle

    /// Every line of the fixture written by scripts/generate-hyphenation-fixture.py: libhyphen itself,
    /// called as LibreOffice calls it, on about 1,500 words.
    @Test func matchesTheLibhyphenFixture() throws {
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
        // NOHYPHEN: never a hyphen next to the apostrophe ("supplier-'s" or "supplier'-s").
        #expect(library.hyphenator(for: .english).hyphenationPoints(in: "supplier's") == [3])
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
        // Next to a compound joint: the German file's COMPOUND…HYPHENMIN 2; English, libhyphen's
        // default for a one-level file (its LEFT/RIGHTHYPHENMIN); never below 2 (LibreOffice's formula).
        #expect(library.hyphenator(for: .german).compoundLeftMin == 2)
        #expect(library.hyphenator(for: .german).compoundRightMin == 2)
        #expect(library.hyphenator(for: .english).compoundLeftMin == 2)
        #expect(library.hyphenator(for: .english).compoundRightMin == 3)
        #expect(library.hyphenator(for: .french).compoundLeftMin == 2)
        #expect(library.hyphenator(for: .french).compoundRightMin == 2)
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

        // Raising a minimum raises the compound one alike, as LibreOffice does.
        let german = library.hyphenator(for: .german).patterns
        let strictGerman = Hyphenator(patterns: german, leftMin: 3, rightMin: 4, allowsApostrophes: false)
        #expect(strictGerman.compoundLeftMin == 3 && strictGerman.compoundRightMin == 4)
        #expect(strictGerman.hyphenated("Gerichtsstand") == "Gerichts-stand")
        // Rück|er|stattung: no hyphen within three letters after a joint, so none in "er-".
        #expect(strictGerman.hyphenated("Rückerstattung") == "Rück-erstat-tung")
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

    @Test func bothLevelsAreRead() throws {
        // German: a first level of about 69,000 compounds, a second of about 8,700 ordinary patterns.
        let german = library.hyphenator(for: .german).patterns
        #expect(german.compoundPatternCount > 60000)
        #expect(german.patternCount > 8000 && german.patternCount < 10000)
        #expect(german.encoding == .latin1)
        #expect(german.compoundLeftHyphenMin == 2 && german.compoundRightHyphenMin == 2)
        #expect(german.noHyphen == ["-", "'"])
        // French: an empty first level. English: one level, so libhyphen's default first level.
        let french = library.hyphenator(for: .french).patterns
        #expect(french.compoundPatternCount == 0)
        #expect(french.noHyphen.isEmpty)
        let english = library.hyphenator(for: .english).patterns
        #expect(english.compoundPatternCount == 3) // 1-1, 1'1, 1–1
        #expect(english.noHyphen == ["'", "\u{2013}", "\u{2019}", "-"])
        #expect(english.compoundLeftHyphenMin == 2 && english.compoundRightHyphenMin == 3)
    }

    /// Reads a small pattern file; every expectation below was checked against libhyphen 2.8.8
    /// (hnj_hyphen_hyphenate3, called as LibreOffice calls it).
    private func hyphenator(_ text: String, latin1: Bool = false) throws -> Hyphenator {
        let data = latin1 ? Data(text.unicodeScalars.map { UInt8($0.value) }) : Data(text.utf8)
        return Hyphenator(patterns: try HyphenationPatterns(data: data, fileName: "test.dic"))
    }

    @Test func theLongestMatchHidesShorterPatterns() throws {
        // libhyphen applies, at each letter, only the longest pattern prefix ending there:
        // in "abc…", "abc" (the start of `abcd`, which has no digit) hides `b1c`.
        let hyphenator = try hyphenator("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nb1c\nabcd\n")
        #expect(hyphenator.hyphenationPoints(in: "xbcd") == [2])
        #expect(hyphenator.hyphenationPoints(in: "abcd").isEmpty)
        #expect(hyphenator.hyphenationPoints(in: "abce").isEmpty)
        #expect(hyphenator.patterns.patternCount == 2)
    }

    @Test func theFirstLevelCutsAndTheSecondHyphenatesTheParts() throws {
        let text = "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nCOMPOUNDLEFTHYPHENMIN 1\nCOMPOUNDRIGHTHYPHENMIN 1\n"
            + "book1shop\nNEXTLEVEL\no1ok.\n"
        let hyphenator = try hyphenator(text)
        #expect(hyphenator.patterns.compoundPatternCount == 1 && hyphenator.patterns.patternCount == 1)
        // The joint book|shop, then "book" hyphenated as a word of its own: `o1ok.` matches its end.
        #expect(hyphenator.hyphenationPoints(in: "bookshop") == [2, 4])
        #expect(hyphenator.hyphenationPoints(in: "book") == [2])
        #expect(hyphenator.hyphenationPoints(in: "bookstore").isEmpty)
        // Compound minimums (here 3, from LibreOffice's formula) keep "bo-ok" away from the joint.
        let strict = Hyphenator(patterns: hyphenator.patterns, leftMin: 3, rightMin: 3)
        #expect(strict.compoundRightMin == 3)
        #expect(strict.hyphenationPoints(in: "bookshop") == [4])
    }

    @Test func partsAreCutAgain() throws {
        let text = "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nCOMPOUNDLEFTHYPHENMIN 1\nCOMPOUNDRIGHTHYPHENMIN 1\n"
            + "xy1zzzz\nzz1zz\nNEXTLEVEL\nz1z\n"
        let hyphenator = try hyphenator(text)
        // xy|zzzz, then zz|zz; parts of two letters are not hyphenated.
        #expect(hyphenator.hyphenationPoints(in: "xyzzzz") == [2, 4])
        #expect(hyphenator.hyphenationPoints(in: "xyzzz") == [3, 4]) // no joint: the second level only
    }

    @Test func compoundMinimumsApplyNextToJoints() throws {
        let text = "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nCOMPOUNDLEFTHYPHENMIN 3\nCOMPOUNDRIGHTHYPHENMIN 3\n"
            + "ab1cdefgh\nNEXTLEVEL\nc1d\nd1e\ne1f\nf1g\na1b\n"
        let hyphenator = try hyphenator(text)
        #expect(hyphenator.compoundLeftMin == 3 && hyphenator.compoundRightMin == 3)
        // ab|cdefgh: nothing within three letters after the joint; "ab" is too short to hyphenate.
        #expect(hyphenator.hyphenationPoints(in: "abcdefgh") == [2, 5, 6])
        #expect(hyphenator.hyphenationPoints(in: "cdefgh") == [1, 2, 3, 4])
    }

    @Test func settingsAfterNextLevelAndASecondNextLevelAreIgnored() throws {
        let hyphenator = try hyphenator("UTF-8\nNEXTLEVEL\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\na1b\nb1c\nNEXTLEVEL\nc1d\n")
        #expect(hyphenator.leftMin == 2 && hyphenator.rightMin == 2)
        #expect(hyphenator.patterns.patternCount == 2)
        #expect(hyphenator.hyphenationPoints(in: "abcde") == [2])
    }

    @Test func noHyphenNextToTheListedSequences() throws {
        let hyphenator = try hyphenator("ISO8859-1\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nNOHYPHEN x,yz\nNEXTLEVEL\n1a1\n", latin1: true)
        #expect(hyphenator.patterns.noHyphen == ["x", "yz"])
        #expect(hyphenator.hyphenationPoints(in: "babab") == [1, 2, 3, 4])
        #expect(hyphenator.hyphenationPoints(in: "bxaba") == [3, 4])
        #expect(hyphenator.hyphenationPoints(in: "babyza") == [1, 2])
    }

    @Test func oneLevelFilesAreCutAtApostrophes() throws {
        // libhyphen's default first level: joints at ' and -, where NOHYPHEN then forbids a hyphen.
        let hyphenator = try hyphenator("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nz'1w\na1b\n")
        #expect(hyphenator.patterns.compoundPatternCount == 3)
        #expect(hyphenator.hyphenationPoints(in: "z'w").isEmpty)
        // abab|'|abab: within each part, not next to the joint (compound minimums 2), and, as in
        // libhyphen, never before a part's last letter (so not "abab'aba-b").
        #expect(hyphenator.hyphenationPoints(in: "abab'abab") == [1])
    }

    @Test func readingDetails() throws {
        // Non-standard patterns are skipped; of two digits in a row the last counts; patterns spelled
        // with ’ never match (LibreOffice reads ’ in a word as ', and so does Folio).
        let patterns = try HyphenationPatterns(
            data: Data("UTF-8\n% comment\n# comment\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nNEXTLEVEL\nf1f/f=f,1,2\na21b\nx’1y\nz'1w\n\n".utf8),
            fileName: "details.dic"
        )
        #expect(patterns.skippedPatternCount == 1)
        #expect(patterns.patternCount == 2)
        #expect(patterns.compoundPatternCount == 0)
        let hyphenator = Hyphenator(patterns: patterns)
        #expect(hyphenator.hyphenationPoints(in: "ab") == [1])
        #expect(hyphenator.hyphenationPoints(in: "x'y").isEmpty)
        #expect(hyphenator.hyphenationPoints(in: "x’y").isEmpty)
        #expect(hyphenator.hyphenationPoints(in: "z'w") == [2])
        #expect(hyphenator.hyphenationPoints(in: "z’w") == [2])

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
