import FolioLayout

/// A long terms-of-sale document: justified serif text, hyphenated, in numbered articles.
public enum TermsSpecimen {
    /// The terms, with their articles repeated (renumbered) until about `pages` A4 pages.
    public static func document(pages: Int = 30, date: DocumentDate = DocumentDate(year: 2026, month: 11, day: 22)) -> Document {
        let serif = SpecimenStyles.serif
        let paragraph = ParagraphStyle(alignment: .justified, lineHeight: 1.38, spaceAfter: 5)
        var blocks: [Block] = [
            .heading(Heading(level: 1, "Conditions générales de vente")),
            .paragraph(Paragraph([TextSpan(FrenchTypography.apply(to: "Version 2.1 — en vigueur à compter du 1er janvier 2026. Les articles qui suivent s'appliquent à toute commande ; voir en particulier l'article 5 sur les retards de paiement."), style: serif.italic)],
                                 style: paragraph)),
        ]
        // About two pages per round of the twelve articles at this size.
        let rounds = max(1, Int((Double(pages) / 2.05).rounded()))
        var number = 0
        for round in 0..<rounds {
            for article in SpecimenText.frenchArticles {
                number += 1
                let anchor = "article-\(number)"
                blocks.append(.heading(Heading(level: 2, "Article \(number) — \(article.title)", anchor: anchor)))
                for (index, text) in article.paragraphs.enumerated() {
                    var spans = [TextSpan(FrenchTypography.apply(to: text), style: serif)]
                    if index == 0, number == 1, round == 0 {
                        spans.append(TextSpan(" Les retards de paiement sont traités à ", style: serif))
                        spans.append(TextSpan("l'article 5", style: serif.colored(.link), link: .destination("article-5")))
                        spans.append(TextSpan(" ; le texte intégral est publié sur ", style: serif))
                        spans.append(TextSpan("https://www.example.com/cgv", style: serif.colored(.link),
                                              link: .uri("https://www.example.com/cgv")))
                        spans.append(TextSpan(".", style: serif))
                    }
                    blocks.append(.paragraph(Paragraph(spans, style: paragraph)))
                }
                if number == 4 {
                    blocks.append(.list(ListBlock(items: [
                        Paragraph(FrenchTypography.apply(to: "acompte de 30 % à la commande ;"), style: serif, paragraph: paragraph),
                        Paragraph(FrenchTypography.apply(to: "solde à 30 jours de la date de facture ;"), style: serif, paragraph: paragraph),
                        Paragraph("aucun escompte pour paiement anticipé.", style: serif, paragraph: paragraph),
                    ], numbered: true)))
                }
            }
            if round == 0 {
                blocks.append(.heading(Heading(level: 2, "Translation (for information)", anchor: "english")))
                blocks.append(.paragraph(Paragraph([TextSpan(SpecimenText.englishParagraph,
                                                             style: TextStyle(font: serif.font, size: serif.size, language: .english))],
                                                   style: paragraph)))
                blocks.append(.paragraph(Paragraph([TextSpan(SpecimenText.germanParagraph,
                                                             style: TextStyle(font: serif.font, size: serif.size, language: .german))],
                                                   style: paragraph)))
            }
        }
        // The client's acceptance: a framed box kept whole, with room to sign.
        blocks.append(.frame(FrameBlock(blocks: [
            .paragraph(Paragraph([TextSpan("Bon pour accord\n", style: serif.bold),
                                  TextSpan("Date, nom et qualité du signataire, signature précédée de la mention « lu et approuvé »",
                                           style: serif.italic.sized(8.5))],
                                 style: ParagraphStyle(alignment: .left, lineHeight: 1.3, spaceAfter: 0))),
        ], minimumHeight: 90, width: 240, alignment: .right, spaceBefore: 14)))
        return Document(
            setup: PageSetup(size: .a4),
            metadata: DocumentMetadata(title: "Conditions générales de vente", author: "Folio specimen",
                                       subject: "Terms of sale, version 2.1", keywords: ["CGV", "terms"], date: date),
            header: RunningText(left: "Conditions générales de vente", right: "Version 2.1 — 1er janvier 2026",
                                style: SpecimenStyles.small),
            footer: RunningText(center: "page {page} / {pages}", style: SpecimenStyles.small),
            styles: StyleSheet(body: serif),
            blocks: blocks)
    }
}
