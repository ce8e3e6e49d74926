import FolioCore
import FolioLedger

/// The issued documents as CSV for the accountant (RFC 4180, comma separator, dot decimals, one
/// header line). Columns, in this order:
///
/// `number, kind, date, due_date, client, client_siren, client_vat_number, currency, net`, then one
/// `vat_R` column per VAT rate R found among the documents (`vat_20`, `vat_5.5`), then
/// `vat, total, credited, paid, due, status`.
///
/// Credit notes are negative (net, VAT, total); `credited`, `paid` and `due` are an invoice's, as
/// of the standings' date, and empty for other kinds. Amounts are in the document's currency.
public enum LedgerJournal {
    /// - Parameter documents: the documents to export (quotes are exported only if given).
    public static func csv(_ documents: [IssuedDocument], standings: LedgerStandings,
                           orders: RecordedOrders = RecordedOrders()) throws -> String {
        var breakdowns: [[ExactDecimal: ExactDecimal]] = []
        var rates = Set<ExactDecimal>()
        var computedOrders: [ComputedOrder] = []
        for document in documents {
            let computed = try orders.computed(document)
            computedOrders.append(computed)
            var byRate: [ExactDecimal: ExactDecimal] = [:]
            for entry in computed.totals.vatBreakdown where entry.vat.category.isTaxed {
                byRate[entry.vat.rate, default: .zero] += entry.taxAmount.amount
            }
            rates.formUnion(byRate.keys)
            breakdowns.append(byRate)
        }
        let columns = rates.sorted(by: >)
        var text = (["number", "kind", "date", "due_date", "client", "client_siren", "client_vat_number", "currency", "net"]
            + columns.map { "vat_\($0.normalized)" }
            + ["vat", "total", "credited", "paid", "due", "status"]).joined(separator: ",") + "\r\n"
        for (index, document) in documents.enumerated() {
            let computed = computedOrders[index]
            let sign: ExactDecimal = document.kind == .creditNote ? -1 : 1
            let standing = standings.invoice(document)
            let buyer = computed.order.buyer
            var fields = [document.number, document.kind.rawValue, document.date.description,
                          (standing != nil ? computed.dueDate?.description : nil) ?? "", document.client, buyer.siren?.digits ?? "",
                          buyer.vatNumber?.description ?? "", document.currency, (sign * document.netTotal).description]
            fields += columns.map { rate in breakdowns[index][rate].map { (sign * $0).description } ?? "" }
            fields += [(sign * document.vatTotal).description, (sign * document.grandTotal).description,
                       standing?.credited.description ?? "", standing?.paid.description ?? "", standing?.due.description ?? "",
                       standings.status(of: document)]
            text += fields.map(field).joined(separator: ",") + "\r\n"
        }
        return text
    }

    /// A CSV field, quoted when it holds a comma, a quote or a line break.
    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
