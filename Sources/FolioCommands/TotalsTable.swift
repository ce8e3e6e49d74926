import FolioDocuments

/// The human-readable form of `folio totals`: the lines, the VAT breakdown, the totals, the dates
/// and the mentions, in aligned columns.
enum TotalsTable {
    static func render(_ computed: ComputedOrder, name: String? = nil) -> String {
        let order = computed.order, totals = computed.totals
        var out: [String] = []
        out.append("\(order.kind.title) of \(order.date)\(name.map { " — \($0)" } ?? "")")
        out.append("\(computed.seller.name) (\(computed.seller.country)) → \(order.buyer.name) (\(order.buyer.country)), amounts in \(order.currency.code)")
        for (category, treatment) in computed.treatments.sorted(by: { $0.key < $1.key }) {
            out.append("VAT \(category.code)\(treatment.exemptionReasonCode.map { " (\($0))" } ?? ""): \(treatment.explanation)")
        }
        out.append("")

        var rows = [["#", "Description", "Qty", "Unit", "Net price", "VAT", "Net amount"]]
        for (source, line) in zip(order.lines, totals.lines) {
            rows.append([line.id, String(source.description.prefix(40)), source.quantity.description, source.unitCode,
                         line.netUnitPrice.normalizedForPrice, line.vat.description, line.netAmount.amount.description])
        }
        out += table(rows, rightAligned: [2, 4, 6])

        // Each line's allowances and charges: quantity × price, then these, give the line's net amount.
        let lineAdjustments = totals.lines.flatMap { line in line.allowancesAndCharges.map { (line, $0) } }
        if !lineAdjustments.isEmpty {
            out.append("")
            var rows = [["Line", "Gross", "Reason", "Base", "%", "Amount"]]
            for (line, item) in lineAdjustments {
                rows.append([line.id, line.grossAmount.amount.description, item.reason ?? item.kind.rawValue,
                             item.baseAmount?.amount.description ?? "", item.percent?.normalized.description ?? "",
                             (item.kind == .allowance ? "-" : "") + item.amount.amount.description])
            }
            out += table(rows, rightAligned: [1, 3, 4, 5])
        }

        if !totals.allowancesAndCharges.isEmpty {
            out.append("")
            var rows = [["Document", "Reason", "Base", "%", "VAT", "Amount"]]
            for item in totals.allowancesAndCharges {
                rows.append([item.kind.rawValue, item.reason ?? "", item.baseAmount?.amount.description ?? "",
                             item.percent?.normalized.description ?? "", item.vat.description,
                             (item.kind == .allowance ? "-" : "") + item.amount.amount.description])
            }
            out += table(rows, rightAligned: [2, 3, 5])
        }

        out.append("")
        var breakdown = [["VAT", "Taxable amount", "VAT amount", "Exemption"]]
        for entry in totals.vatBreakdown {
            var exemption = entry.exemptionReason?.code ?? ""
            if let euros = entry.taxAmountInTaxCurrency { exemption = "\(euros) " + exemption }
            breakdown.append([entry.vat.description, entry.taxableAmount.amount.description,
                              entry.taxAmount.amount.description, exemption])
        }
        out += table(breakdown, rightAligned: [1, 2])

        out.append("")
        var sums: [[String]] = [
            ["Sum of line net amounts (BT-106)", totals.lineTotal.amount.description],
            ["Allowances (BT-107)", totals.allowanceTotal.amount.description],
            ["Charges (BT-108)", totals.chargeTotal.amount.description],
            ["Total excluding VAT (BT-109)", totals.taxExclusiveTotal.amount.description],
            ["VAT (BT-110)", totals.taxTotal.amount.description],
        ]
        if let converted = totals.taxTotalInTaxCurrency, let rate = totals.taxCurrencyExchangeRate {
            sums.append(["VAT in \(converted.currency.code) at \(rate) (BT-111)", converted.amount.description])
        }
        sums += [
            ["Total including VAT (BT-112)", totals.grandTotal.amount.description],
            ["Paid (BT-113)", totals.paidAmount.amount.description],
            ["Rounding (BT-114)", totals.roundingAmount.amount.description],
            ["Amount due (BT-115)", "\(totals.amountDue.amount) \(order.currency.code)"],
        ]
        out += table(sums, rightAligned: [1], header: false)

        out.append("")
        if let due = computed.dueDate, let terms = computed.paymentTerms { out.append("Due date: \(due) (\(terms))") }
        if let until = computed.validUntil { out.append("Valid until: \(until)") }
        if let deposit = computed.deposit {
            out.append("Deposit at signature: \(deposit.deposit) on \(deposit.depositDueDate); balance \(deposit.balance)")
        }
        if !computed.mentions.isEmpty {
            out.append("Mentions:")
            for mention in computed.mentions {
                let text = mention.label(.french).map { "\($0) : \(mention.french)" } ?? mention.french
                out.append("  - \(text)  [\(mention.source)]")
            }
        }
        return out.joined(separator: "\n")
    }

    /// Columns padded to their widest cell; a rule under the header.
    static func table(_ rows: [[String]], rightAligned: Set<Int>, header: Bool = true) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ").trailingSpacesRemoved
        }
        if header { lines.insert(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "), at: 1) }
        return lines
    }
}

extension String {
    var trailingSpacesRemoved: String { String(reversed().drop { $0 == " " }.reversed()) }
}

extension ExactDecimal {
    /// A unit price with at least 2 decimals and no trailing zeros beyond: 450.00, 16.658333.
    var normalizedForPrice: String {
        let normal = normalized
        return normal.places < 2 ? normal.formatted(places: 2) : normal.description
    }
}
