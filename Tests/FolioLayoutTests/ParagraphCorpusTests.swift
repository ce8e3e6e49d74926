import FolioLayout
import FolioSpecimens
import Foundation
import Testing

/// Line breaking on real text, shaped with the real fonts and hyphenated with the real patterns.
@Suite("Paragraphs on a fixed corpus")
struct ParagraphCorpusTests {
    /// Clauses in French, English and German, set at several measures.
    static let corpus: [(String, Language)] = [
        ("Les présentes conditions générales de vente régissent l'ensemble des ventes de marchandises et de logiciels conclues par le vendeur avec des clients professionnels. Elles prévalent sur tout document émanant du client, notamment ses conditions générales d'achat, sauf dérogation écrite et expresse acceptée par le vendeur.", .french),
        ("Tout retard de paiement entraîne de plein droit, dès le lendemain de l'échéance et sans qu'un rappel soit nécessaire, des pénalités calculées sur le montant toutes taxes comprises restant dû, au taux indiqué sur la facture, lequel ne peut être inférieur à trois fois le taux de l'intérêt légal.", .french),
        ("Les marchandises restent la propriété du vendeur jusqu'au paiement intégral du prix en principal et accessoires. Le client en supporte néanmoins les risques dès leur remise, et s'engage à les assurer et à les conserver de manière à ce qu'elles demeurent identifiables.", .french),
        ("These general terms of sale govern every sale of goods and software made by the seller to business customers. Any order implies the prior acceptance of a signed quotation; accepted orders may be cancelled only with the seller's written consent. Payment is due thirty days from the invoice date, without any discount for early payment.", .english),
        ("Diese Allgemeinen Geschäftsbedingungen gelten für sämtliche Lieferungen und Leistungen gegenüber Unternehmern. Die Rechnungsbeträge sind innerhalb von dreißig Tagen nach Rechnungsdatum ohne Abzug zur Zahlung fällig; bei Zahlungsverzug werden Verzugszinsen sowie eine Verzugskostenpauschale berechnet.", .german),
    ]
    static let measures: [Double] = [160, 220, 300, 420]

    @Test("Knuth–Plass total demerits are lower than first-fit's, and no line exceeds the measure")
    func knuthPlassBeatsFirstFit() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        var totalKnuthPlass = 0.0
        var totalFirstFit = 0.0
        for (text, language) in Self.corpus {
            for measure in Self.measures {
                let paragraph = Paragraph([TextSpan(text, style: TextStyle(font: FontStyle(family: .serif), size: 10,
                                                                          language: language))])
                let best = typesetter.lineBreaking(of: paragraph, width: measure, algorithm: .knuthPlass)
                let greedy = typesetter.lineBreaking(of: paragraph, width: measure, algorithm: .firstFit)
                #expect(best.breaking.totalDemerits <= greedy.breaking.totalDemerits + 1e-6,
                        "\(language) at \(measure) pt")
                totalKnuthPlass += best.breaking.totalDemerits
                totalFirstFit += greedy.breaking.totalDemerits
                for (items, breaking) in [best, greedy].map({ ($0.items, $0.breaking) }) {
                    for (range, lineBreak) in zip(breaking.lineRanges(in: items), breaking.breaks) {
                        let width = Self.minimumWidth(of: items, in: range, endingAt: lineBreak.position)
                        #expect(width <= measure + 0.01, "a line of \(width) pt in a \(measure) pt measure")
                    }
                }
            }
        }
        #expect(totalKnuthPlass < totalFirstFit)
    }

    /// A line's width with its glue shrunk as far as allowed, plus the hyphen if it breaks at one.
    static func minimumWidth(of items: [ParagraphItem], in range: Range<Int>, endingAt position: Int) -> Double {
        var width = 0.0
        for item in items[range] {
            switch item {
            case .box(let boxWidth): width += boxWidth
            case .glue(let glueWidth, _, let shrink): width += glueWidth - shrink
            case .penalty: break
            }
        }
        if position < items.count, case .penalty(let penaltyWidth, _, _) = items[position] { width += penaltyWidth }
        return width
    }

    @Test("Words are hyphenated in their language; amounts, numbers, e-mails and URLs never break")
    func hyphenationAndUnbreakables() throws {
        let typesetter = try LayoutTestSupport.typesetter()
        let text = FrenchTypography.apply(to: "La facture de 1 234 567,89 € est payable à réception ; écrivez à comptabilite@exemple-entreprise.fr ou consultez https://www.exemple-entreprise.fr/conditions-generales-de-vente pour les conditions particulièrement développées.")
        let paragraph = Paragraph([TextSpan(text, style: TextStyle(size: 10))])
        for measure in [200.0, 260, 320] {
            let (_, breaking) = typesetter.lineBreaking(of: paragraph, width: measure, algorithm: .knuthPlass)
            #expect(breaking.lineCount > 3)
            #expect(breaking.breaks.allSatisfy { !$0.isOverfull })
        }
        // Set narrow: the amount, the e-mail address and the URL each appear whole on one line.
        let narrow = try typesetter.typeset(Document(
            setup: PageSetup(margins: EdgeInsets(top: 40, right: 400, bottom: 40, left: 40)),
            metadata: DocumentMetadata(title: "t", date: DocumentDate(year: 2026, month: 1, day: 1)),
            blocks: [.paragraph(paragraph)]))
        let lines = narrow.pages.flatMap { page in
            page.items.compactMap { item -> String? in if case .text(let run) = item { return run.text }; return nil }
        }
        #expect(lines.contains { $0.contains("1\u{202F}234\u{202F}567,89\u{A0}€") })
        #expect(lines.contains { $0.contains("comptabilite@exemple-entreprise.fr") })
        // The web address breaks after a slash, never with a hyphen: its pieces join back exactly.
        let addressLines = lines.filter { $0.contains("exemple-entreprise.fr/") || $0.hasPrefix("conditions-generales") }
        #expect(addressLines.allSatisfy { !$0.hasSuffix("\u{AD}") })
        #expect(lines.joined().contains("https://www.exemple-entreprise.fr/conditions-generales-de-vente"))
        // Long words were hyphenated somewhere: the line ends with the hyphen, a soft hyphen in the text.
        let hyphenated = lines.contains { $0.hasSuffix("\u{AD}") }
        #expect(hyphenated)
    }

    @Test("French spacing: narrow no-break spaces before ; ! ? and inside « », no-break before : and units")
    func frenchTypography() {
        #expect(FrenchTypography.apply(to: "Attention ! Voici « ceci » ; et cela : 30 % de 1 500 €?")
            == "Attention\u{202F}! Voici «\u{202F}ceci\u{202F}»\u{202F}; et cela\u{A0}: 30\u{A0}% de 1\u{202F}500\u{A0}€?")
        #expect(FrenchTypography.apply(to: "https://exemple.fr à 9:30") == "https://exemple.fr à 9:30")
        #expect(FrenchTypography.apply(to: "«Bon pour accord»") == "«\u{202F}Bon pour accord\u{202F}»")
        #expect(FrenchTypography.apply(to: "12 345 678,90 € et 2026 12 unités") == "12\u{202F}345\u{202F}678,90\u{A0}€ et 2026 12 unités")
    }

    @Test("A numero sign keeps its number: no-break space after n°, N° and No., not inside words")
    func numberSign() {
        #expect(NumberSignSpacing.apply(to: "Facture d'acompte n° FA-2026-0001, devis N° D-1")
            == "Facture d'acompte n°\u{A0}FA-2026-0001, devis N°\u{A0}D-1")
        #expect(NumberSignSpacing.apply(to: "Invoice No. F-1 (law no. 80-335)") == "Invoice No.\u{A0}F-1 (law no.\u{A0}80-335)")
        #expect(NumberSignSpacing.apply(to: "Casino. Piano. 30° C") == "Casino. Piano. 30° C")
    }
}
