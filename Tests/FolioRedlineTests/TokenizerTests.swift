import Testing
@testable import FolioRedline

@Suite("Tokens: figures kept whole, typography made plain")
struct TokenizerTests {
    private func figures(_ text: String) -> [String] {
        Tokenizer.tokens(text, strict: false).filter { $0.isFigure }.map { Typography.plain($0.text) }
    }

    @Test("French figures: amounts, rates, durations, dates")
    func frenchFigures() {
        let text = "Une indemnité de 1 234,56 € est due sous quinze (15) jours, au taux de 10 % à compter du 1er septembre 2026 ; 40 euros au moins, dans les 3 mois."
        #expect(figures(text) == ["1 234,56 €", "quinze (15) jours", "10 %", "1er septembre 2026", "40 euros", "3 mois"])
    }

    @Test("English figures: currency first, words with digits, US dates")
    func englishFigures() {
        let text = "A fee of EUR 1,500.00 (or $49.99 monthly) is payable within thirty (30) days, with interest at 3 per cent from September 1, 2026 and a 12-month term starting 2026-09-01."
        #expect(figures(text) == ["EUR 1,500.00", "$49.99", "thirty (30) days", "3 per cent", "September 1, 2026", "12-month", "2026-09-01"])
    }

    @Test("German figures: amounts with their VAT words, per cent, durations in words and digits, dates")
    func germanFigures() {
        let text = "Eine Pauschale von 1.234,56 € einschließlich Umsatzsteuer ist binnen vierzehn Tagen fällig, ab dem 1. Juli 2026 mit 9 Prozentpunkten Zinsen; Mängel verjähren in einem Jahr, Ware innerhalb von 30 Tagen, 3 Wochen oder zwölf Monaten, bei 0,002 Prozent Cadmium."
        #expect(figures(text) == ["1.234,56 € einschließlich Umsatzsteuer", "vierzehn Tagen", "1. Juli 2026", "9 Prozentpunkten", "einem Jahr",
                                  "30 Tagen", "3 Wochen", "zwölf Monaten", "0,002 Prozent"])
    }

    @Test("A statute's section is a citation, never an article of the terms; « Ziffer N » is a reference")
    func germanCitations() {
        let tokens = Tokenizer.tokens("Nach Ziffer 13 und § 286 Abs. 3 BGB, §§ 434 ff. BGB, § 288 (5) BGB und §§ 445a, 445b und 478 BGB; siehe § 5.", strict: false)
        let citations = tokens.filter { $0.kind == .citation }.map { Typography.plain($0.text) }
        #expect(citations == ["§ 286 Abs. 3 BGB", "§§ 434 ff. BGB", "§ 288 (5) BGB", "§§ 445a, 445b und 478 BGB"])
        let references = tokens.compactMap { token -> [String]? in
            if case let .reference(_, numbers) = token.kind { return numbers } else { return nil }
        }
        // « § 5 » without a statute is the terms' own § 5.
        #expect(references == [["13"], ["5"]])
    }

    @Test("An article reference is one token, compared by its numbers")
    func references() {
        let tokens = Tokenizer.tokens("as set out in articles 4 et 5, and in Article 12.", strict: false)
        let references = tokens.compactMap { token -> [String]? in
            if case let .reference(_, numbers) = token.kind { return numbers } else { return nil }
        }
        #expect(references == [["4", "5"], ["12"]])
    }

    @Test("Typographic variants have the same key; strict keeps them apart")
    func typography() {
        let curly = Tokenizer.tokens("l’article « premier »\u{00A0}: fin", strict: false).map(\.key)
        let straight = Tokenizer.tokens("l'article \"premier\" : fin", strict: false).map(\.key)
        #expect(curly == straight)
        #expect(Tokenizer.tokens("l’article", strict: true).map(\.key) != Tokenizer.tokens("l'article", strict: true).map(\.key))
    }

    @Test("Words keep their inner apostrophes and hyphens")
    func words() {
        let words = Tokenizer.tokens("aujourd’hui, c’est-à-dire", strict: false).filter { $0.kind == .word }.map(\.text)
        #expect(words == ["aujourd’hui", "c’est-à-dire"])
        #expect(figures("vingt-quatre heures") == ["vingt-quatre heures"])
    }
}
