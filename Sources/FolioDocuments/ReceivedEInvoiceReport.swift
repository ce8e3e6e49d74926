import FolioCore
import FolioEInvoice

/// A received e-invoice as programs read it (`folio read --json`, `POST /v1/einvoices/check`): its
/// parties, its stated totals and the same totals as Folio's core computes them, and what differs.
/// Amounts are decimal text: money is never a floating-point number.
public struct ReceivedEInvoiceReport: Encodable, Sendable {
    public struct Party: Encodable, Sendable {
        let name: String
        let legalRegistration: String?
        let vatNumber: String?
        let electronicAddress: String?
        let country: String?
    }
    public struct Finding: Encodable, Sendable {
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

    public init(_ received: ReceivedEInvoice) {
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
