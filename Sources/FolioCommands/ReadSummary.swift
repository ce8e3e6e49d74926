import FolioDocuments

/// The summary `folio read` prints: who, what, the totals stated and recomputed, and what differs.
enum ReadSummary {
    static func render(_ received: ReceivedEInvoice) -> String {
        let invoice = received.invoice
        let check = received.check
        var lines: [String] = []
        let container = received.attachment.map { "PDF with \($0)" } ?? "XML"
        lines.append("\(received.file): \(received.read.syntax == .cii ? "CII" : "UBL") (\(container)), \(invoice.specification)")
        lines.append("\(kind(invoice.typeCode)) \(invoice.number) of \(invoice.issueDate), \(invoice.currency.code)"
            + (invoice.dueDate.map { ", due \($0)" } ?? ""))
        lines.append("Seller  \(party(invoice.seller))")
        lines.append("Buyer   \(party(invoice.buyer))")
        lines.append("\(invoice.lines.count) line\(invoice.lines.count == 1 ? "" : "s")"
            + (invoice.precedingInvoices.isEmpty ? "" : "; follows \(invoice.precedingInvoices.map(\.number).joined(separator: ", "))"))
        lines.append("")
        let totals = invoice.totals
        let recomputed = check.recomputed
        let rows: [(String, String, ExactDecimal?, ExactDecimal?)] = [
            ("BT-106", "Sum of line net amounts", totals.lineTotal, recomputed?.lineTotal.amount),
            ("BT-107", "Allowances", totals.allowanceTotal, recomputed?.allowanceTotal.amount),
            ("BT-108", "Charges", totals.chargeTotal, recomputed?.chargeTotal.amount),
            ("BT-109", "Total without VAT", totals.taxExclusiveTotal, recomputed?.taxExclusiveTotal.amount),
            ("BT-110", "Total VAT", totals.taxTotal, recomputed?.taxTotal.amount),
            ("BT-112", "Total with VAT", totals.grandTotal, recomputed?.grandTotal.amount),
            ("BT-113", "Paid", totals.paidAmount, recomputed?.paidAmount.amount),
            ("BT-114", "Rounding", totals.roundingAmount, recomputed?.roundingAmount.amount),
            ("BT-115", "Amount due", totals.amountDue, recomputed?.amountDue.amount),
        ]
        lines.append(pad("", 32) + pad("stated", 16, right: true) + pad("computed", 16, right: true))
        for (term, name, stated, computed) in rows where stated != nil || !(computed?.isZero ?? true) {
            let mark = stated.map { $0 == computed } ?? (computed?.isZero ?? true) ? "" : "  ≠"
            lines.append(pad("\(term) \(name)", 32) + pad(stated.map { money($0, invoice) } ?? "—", 16, right: true)
                + pad(computed.map { money($0, invoice) } ?? "—", 16, right: true) + mark)
        }
        for entry in invoice.vatBreakdown {
            lines.append("VAT \(entry.vat): \(money(entry.taxableAmount, invoice)) taxable, \(money(entry.taxAmount, invoice)) VAT"
                + ([entry.exemptionReasonCode, entry.exemptionReason].compactMap { $0 }.first.map { " (\($0))" } ?? ""))
        }
        if let payment = invoice.paymentInstructions {
            lines.append("Payment: means \(payment.meansCode)" + (payment.accountIdentifier.map { ", account \($0)" } ?? "")
                + (payment.serviceProvider.map { ", BIC \($0)" } ?? "") + (payment.remittanceInformation.map { ", reference \($0)" } ?? ""))
        }
        lines.append("")
        if check.isConsistent {
            lines.append("Consistent: every line amount, the VAT of each category and every total match Folio's computation.")
        } else {
            lines.append("Inconsistent: \(check.discrepancies.count) difference\(check.discrepancies.count == 1 ? "" : "s") with Folio's computation")
            lines += check.discrepancies.map { "  \($0)" }
        }
        if !check.warnings.isEmpty {
            lines.append("Identifiers to check:")
            lines += check.warnings.map { "  \($0)" }
        }
        lines += check.remarks.map { "Note: \($0)" }
        return lines.joined(separator: "\n")
    }

    static func kind(_ code: InvoiceTypeCode) -> String {
        switch code {
        case .creditNote: "Credit note (381)"
        case .prepayment: "Prepayment invoice (386)"
        case .corrected: "Corrected invoice (384)"
        case .invoice: "Invoice (380)"
        default: code.isCreditNote ? "Credit note (\(code))" : "Invoice (\(code))"
        }
    }

    private static func party(_ party: EInvoiceParty) -> String {
        var parts = [party.name]
        if let legal = party.legalRegistration { parts.append(legal.description) }
        if let vat = party.vatNumber { parts.append("VAT \(vat)") }
        if let country = party.address?.countryCode, !country.isEmpty { parts.append(country) }
        return parts.joined(separator: ", ")
    }

    private static func money(_ value: ExactDecimal, _ invoice: EInvoice) -> String {
        value.formatted(places: invoice.currency.minorUnit)
    }

    private static func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let space = String(repeating: " ", count: max(0, width - text.count))
        return right ? space + text : text + space
    }
}
