import FolioLayout
import Foundation

/// A one-page invoice-like document: logo and seller, two address blocks, a 20-row table, totals,
/// footer. Layout only: the figures are made up from the document number, not computed.
public enum InvoiceSpecimen {
    /// The specimen for document `number` (the data changes with it, as in a real batch).
    public static func document(number: Int, logo: PNGImage?, rows: Int = 20,
                                date: DocumentDate = DocumentDate(year: 2026, month: 11, day: 22)) -> Document {
        let body = SpecimenStyles.body
        let bold = body.bold
        let small = SpecimenStyles.small
        let amount = SpecimenStyles.amount
        let reference = "F-2026-\(String(format: "%05d", number))"
        let client = SpecimenText.internationalNames[number % SpecimenText.internationalNames.count]

        var headerColumns: [(weight: Double, blocks: [Block])] = []
        var sellerBlocks: [Block] = []
        if let logo { sellerBlocks.append(.image(ImageBlock(image: logo, width: 42, spaceAfter: 4))) }
        sellerBlocks.append(.paragraph(Paragraph([TextSpan("Folio Démonstration SAS\n", style: bold.sized(11)),
                                                  TextSpan("12 rue des Imprimeurs\n75011 Paris, France", style: body)],
                                                 style: ParagraphStyle(alignment: .left, lineHeight: 1.3, spaceAfter: 0))))
        headerColumns.append((1, sellerBlocks))
        headerColumns.append((1, [
            .heading(Heading(level: 1, "Facture \(reference)", style: bold.sized(16).colored(SpecimenStyles.accent))),
            .keyValue(KeyValueBlock(rows: [
                ([TextSpan("Date", style: small)], [TextSpan("22 novembre 2026", style: body)]),
                ([TextSpan("Échéance", style: small)], [TextSpan("22 décembre 2026", style: body)]),
                ([TextSpan("Commande", style: small)], [TextSpan("BC-\(40_000 + number)", style: body)]),
            ])),
        ]))
        let addresses = Block.columns(ColumnsBlock(columns: [
            (1, [.frame(FrameBlock(blocks: [
                .paragraph(Paragraph([TextSpan("Vendeur\n", style: small),
                                      TextSpan("Folio Démonstration SAS\n", style: bold),
                                      TextSpan("SIREN 732 829 320 — TVA FR44 732 829 320\nIBAN FR76 3000 6000 0112 3456 7890 189",
                                               style: body)],
                                     style: ParagraphStyle(alignment: .left, lineHeight: 1.3, spaceAfter: 0, hyphenate: false)))],
                                   borderWidth: 0.5, spaceBefore: 0, spaceAfter: 0))]),
            (1, [.frame(FrameBlock(blocks: [
                .paragraph(Paragraph([TextSpan("Client\n", style: small),
                                      TextSpan(client + "\n", style: bold),
                                      TextSpan("\(number % 90 + 1) avenue de la République\n69002 Lyon, France", style: body)],
                                     style: ParagraphStyle(alignment: .left, lineHeight: 1.3, spaceAfter: 0, hyphenate: false)))],
                                   borderWidth: 0.5, spaceBefore: 0, spaceAfter: 0))]),
        ], spaceAfter: 12))

        let products = ["Licence logicielle annuelle", "Maintenance corrective", "Formation des utilisateurs",
                        "Paramétrage du module de facturation", "Hébergement sécurisé", "Assistance téléphonique",
                        "Migration des données historiques", "Audit de configuration"]
        var tableRows: [TableRow] = []
        var totalCents = 0
        for row in 0..<rows {
            let quantity = (number + row) % 7 + 1
            let unitCents = 1_250 + ((number * 37 + row * 911) % 240_000)
            let lineCents = quantity * unitCents
            totalCents += lineCents
            tableRows.append(TableRow([
                TableCell(String(format: "%03d", row + 1), style: amount),
                TableCell(products[(number + row) % products.count], style: body),
                TableCell(String(quantity), style: amount),
                TableCell(SpecimenStyles.euros(cents: unitCents), style: amount),
                TableCell("20\u{A0}%", style: amount),
                TableCell(SpecimenStyles.euros(cents: lineCents), style: amount),
            ]))
        }
        let vatCents = (totalCents * 20 + 50) / 100
        let table = Table(
            columns: [TableColumn(.auto), TableColumn(.relative(1)), TableColumn(.auto, alignment: .right),
                      TableColumn(.auto, alignment: .right), TableColumn(.auto, alignment: .right),
                      TableColumn(.auto, alignment: .right)],
            header: [TableRow(["Réf.", "Désignation", "Qté", "Prix unitaire HT", "TVA", "Total HT"].map {
                TableCell($0, style: bold.sized(8.5))
            })],
            body: tableRows,
            footer: [
                TableRow([TableCell("Total HT", style: body, alignment: .right, columnSpan: 5),
                          TableCell(SpecimenStyles.euros(cents: totalCents), style: amount)]),
                TableRow([TableCell("TVA 20 %", style: body, alignment: .right, columnSpan: 5),
                          TableCell(SpecimenStyles.euros(cents: vatCents), style: amount)]),
                TableRow([TableCell("Total TTC", style: bold, alignment: .right, columnSpan: 5),
                          TableCell(SpecimenStyles.euros(cents: totalCents + vatCents), style: amount.bold)],
                         background: .gray(0.92)),
            ],
            style: TableStyle(stripeBackground: .gray(0.975)))

        let blocks: [Block] = [
            .columns(ColumnsBlock(columns: headerColumns, spaceAfter: 10)),
            addresses,
            .table(table),
            .paragraph(Paragraph([TextSpan(FrenchTypography.apply(to: "Paiement à 30 jours, par virement. Pas d'escompte pour paiement anticipé. En cas de retard : pénalités au taux de 3 fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 € (art. L441-10 du Code de commerce)."), style: small)],
                                 style: ParagraphStyle(alignment: .justified, lineHeight: 1.3, spaceBefore: 6))),
        ]
        return Document(
            setup: PageSetup(size: .a4),
            metadata: DocumentMetadata(title: "Facture \(reference)", author: "Folio Démonstration SAS",
                                       subject: "Invoice-like specimen", keywords: ["invoice", "specimen"], date: date),
            footer: RunningText(left: "Folio Démonstration SAS — SAS au capital de 10 000 € — RCS Paris 732 829 320",
                                right: "page {page} / {pages}", style: small),
            styles: StyleSheet(body: body),
            blocks: blocks)
    }
}
