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

/// What `folio read --json` prints: amounts as decimal text (money is never a floating-point number).
struct ReadReport: Encodable {
    struct Party: Encodable {
        let name: String
        let legalRegistration: String?
        let vatNumber: String?
        let electronicAddress: String?
        let country: String?
    }
    struct Finding: Encodable {
        let term: String
        let place: String?
        let stated: String?
        let computed: String?
        let reason: String
    }
    let file: String
    let syntax: String
    let attachment: String?
    let specification: String
    let number: String
    let typeCode: String
    let issueDate: String
    let dueDate: String?
    let currency: String
    let seller: Party
    let buyer: Party
    let lines: Int
    let precedingInvoices: [String]
    /// Stated totals by business term (`BT-109`: `"1000.00"`).
    let stated: [String: String]
    /// The same totals as Folio's core computes them.
    let computed: [String: String]
    let vatBreakdown: [[String: String]]
    let consistent: Bool
    let discrepancies: [Finding]
    let warnings: [Finding]
    let remarks: [String]

    init(_ received: ReceivedEInvoice) {
        let invoice = received.invoice
        let check = received.check
        file = received.file
        syntax = received.read.syntax.rawValue
        attachment = received.attachment
        specification = invoice.specification
        number = invoice.number
        typeCode = invoice.typeCode.rawValue
        issueDate = invoice.issueDate.description
        dueDate = invoice.dueDate?.description
        currency = invoice.currency.code
        seller = Self.party(invoice.seller)
        buyer = Self.party(invoice.buyer)
        lines = invoice.lines.count
        precedingInvoices = invoice.precedingInvoices.map(\.number)
        let totals = invoice.totals
        var stated: [String: String] = ["BT-106": totals.lineTotal.description, "BT-109": totals.taxExclusiveTotal.description,
                                        "BT-112": totals.grandTotal.description, "BT-115": totals.amountDue.description]
        stated["BT-107"] = totals.allowanceTotal?.description
        stated["BT-108"] = totals.chargeTotal?.description
        stated["BT-110"] = totals.taxTotal?.description
        stated["BT-113"] = totals.paidAmount?.description
        stated["BT-114"] = totals.roundingAmount?.description
        self.stated = stated
        if let recomputed = check.recomputed {
            computed = ["BT-106": recomputed.lineTotal, "BT-107": recomputed.allowanceTotal, "BT-108": recomputed.chargeTotal,
                        "BT-109": recomputed.taxExclusiveTotal, "BT-110": recomputed.taxTotal, "BT-112": recomputed.grandTotal,
                        "BT-113": recomputed.paidAmount, "BT-114": recomputed.roundingAmount, "BT-115": recomputed.amountDue]
                .mapValues { $0.amount.description }
        } else {
            computed = [:]
        }
        vatBreakdown = invoice.vatBreakdown.map { entry in
            var row = ["category": entry.vat.category.code, "rate": entry.vat.rate.description,
                       "taxableAmount": entry.taxableAmount.description, "taxAmount": entry.taxAmount.description]
            row["exemptionReasonCode"] = entry.exemptionReasonCode
            row["exemptionReason"] = entry.exemptionReason
            return row
        }
        consistent = check.isConsistent
        discrepancies = check.discrepancies.map(Self.finding)
        warnings = check.warnings.map(Self.finding)
        remarks = check.remarks
    }

    private static func party(_ party: EInvoiceParty) -> Party {
        Party(name: party.name, legalRegistration: party.legalRegistration?.description, vatNumber: party.vatNumber,
              electronicAddress: party.electronicAddress?.description, country: party.address?.countryCode)
    }

    private static func finding(_ discrepancy: Discrepancy) -> Finding {
        Finding(term: discrepancy.term, place: discrepancy.place, stated: discrepancy.stated?.description,
                computed: discrepancy.computed?.description, reason: discrepancy.reason)
    }
}
