import FolioLayout
import Foundation

/// A long document of tables (about 40 A4 pages): header rows that must repeat, rows of varying
/// height that must not split, headings that must not end a page, totals kept with the last rows.
public enum LongTableSpecimen {
    public static func document(sections: Int = 8, rowsPerSection: Int = 165) -> Document {
        let body = SpecimenStyles.body
        let amount = SpecimenStyles.amount
        var blocks: [Block] = []
        for section in 1...sections {
            blocks.append(.heading(Heading(level: 1, "Relevé \(section)", anchor: "releve-\(section)")))
            blocks.append(.paragraph(Paragraph(FrenchTypography.apply(to: "Opérations du relevé \(section), classées par date ; les montants sont en euros."),
                                               style: body)))
            var rows: [TableRow] = []
            for row in 1...rowsPerSection {
                // Every seventh row has a long description that wraps onto several lines.
                let description = row % 7 == 0
                    ? "Ligne \(row) : prestation de service détaillée, comprenant le déplacement, la main-d'œuvre, les fournitures et la mise en service de l'installation chez le client."
                    : "Ligne \(row) : fourniture courante"
                rows.append(TableRow([
                    TableCell("\(section)-\(row)", style: amount),
                    TableCell(FrenchTypography.apply(to: description), style: body),
                    TableCell(SpecimenStyles.euros(cents: (section * 7919 + row * 104_729) % 1_000_000), style: amount),
                ]))
            }
            blocks.append(.table(Table(
                columns: [TableColumn(.fixed(50)), TableColumn(.relative(1)), TableColumn(.auto, alignment: .right)],
                header: [TableRow([TableCell("N°", style: body.bold), TableCell("Désignation", style: body.bold),
                                   TableCell("Montant", style: body.bold)])],
                body: rows,
                footer: [TableRow([TableCell("Total du relevé \(section)", style: body.bold, alignment: .right, columnSpan: 2),
                                   TableCell(SpecimenStyles.euros(cents: section * 1_234_567), style: amount.bold)])],
                style: TableStyle(borders: .grid))))
        }
        return Document(
            metadata: DocumentMetadata(title: "Relevés", author: "Folio specimen", subject: "Long tables",
                                       date: DocumentDate(year: 2026, month: 11, day: 22)),
            footer: RunningText(center: "page {page} / {pages}", style: SpecimenStyles.small),
            styles: StyleSheet(body: body),
            blocks: blocks)
    }
}
