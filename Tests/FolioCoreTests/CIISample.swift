import FolioCore
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An EN 16931 CII invoice read back into the core's types, with the totals it states.
///
/// Elements are found by local name, so namespace prefixes and element order do not matter.
/// Line net amounts are taken as stated (BT-131 is authoritative in EN 16931: the samples have
/// base quantities and signs that do not multiply out).
struct CIISample {
    let name: String
    let content: InvoiceContent
    let stated: [String: ExactDecimal]
    let statedBreakdown: Set<String>
    /// Document allowances and charges given as percent × base, with the amount the sample states.
    let percentAdjustments: [(percent: ExactDecimal, base: ExactDecimal, amount: ExactDecimal)]

    static func read(_ url: URL) throws -> CIISample {
        let name = url.lastPathComponent
        let document = try XMLDocument(contentsOf: url)
        guard let root = document.rootElement() else { throw SampleError("\(name): no root element") }
        func all(_ node: XMLNode, _ path: String) throws -> [XMLNode] {
            let steps = path.split(separator: "/").map { "*[local-name()='\($0)']" }.joined(separator: "/")
            return try node.nodes(forXPath: "./" + steps)
        }
        func first(_ node: XMLNode, _ path: String) throws -> XMLNode? { try all(node, path).first }
        func text(_ node: XMLNode, _ path: String) throws -> String? {
            try first(node, path)?.stringValue?.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func decimal(_ node: XMLNode, _ path: String) throws -> ExactDecimal? {
            guard let raw = try text(node, path), !raw.isEmpty else { return nil }
            guard let value = ExactDecimal(raw) else { throw SampleError("\(name): \(path) = \(raw) is not a decimal") }
            return value
        }
        let transaction = "SupplyChainTradeTransaction"
        let settlementPath = "\(transaction)/ApplicableHeaderTradeSettlement"
        guard let settlement = try first(root, settlementPath),
              let code = try text(settlement, "InvoiceCurrencyCode"), let currency = Currency(code: code) else {
            throw SampleError("\(name): no invoice currency")
        }
        func classification(_ node: XMLNode) throws -> VATClassification {
            guard let raw = try text(node, "CategoryCode"), let category = VATCategory(rawValue: raw) else {
                throw SampleError("\(name): unknown VAT category")
            }
            return VATClassification(category: category, rate: try decimal(node, "RateApplicablePercent") ?? .zero)
        }

        var lines: [InvoiceLine] = []
        for item in try all(root, "\(transaction)/IncludedSupplyChainTradeLineItem") {
            let lineSettlement = "SpecifiedLineTradeSettlement"
            guard let tax = try first(item, "\(lineSettlement)/ApplicableTradeTax"),
                  let net = try decimal(item, "\(lineSettlement)/SpecifiedTradeSettlementLineMonetarySummation/LineTotalAmount") else {
                throw SampleError("\(name): a line without VAT or net amount")
            }
            lines.append(InvoiceLine(
                id: try text(item, "AssociatedDocumentLineDocument/LineID") ?? "?",
                name: try text(item, "SpecifiedTradeProduct/Name") ?? "",
                quantity: try decimal(item, "SpecifiedLineTradeDelivery/BilledQuantity") ?? 1,
                unitPrice: try decimal(item, "SpecifiedLineTradeAgreement/NetPriceProductTradePrice/ChargeAmount") ?? .zero,
                vat: try classification(tax), statedNetAmount: net))
        }

        var adjustments: [AllowanceCharge] = []
        var percents: [(ExactDecimal, ExactDecimal, ExactDecimal)] = []
        for node in try all(settlement, "SpecifiedTradeAllowanceCharge") {
            let isCharge = try text(node, "ChargeIndicator/Indicator") == "true"
            guard let amount = try decimal(node, "ActualAmount"), let tax = try first(node, "CategoryTradeTax") else {
                throw SampleError("\(name): a document allowance or charge without amount or VAT")
            }
            if let percent = try decimal(node, "CalculationPercent"), let base = try decimal(node, "BasisAmount") {
                percents.append((percent, base, amount))
            }
            adjustments.append(AllowanceCharge(kind: isCharge ? .charge : .allowance, value: .amount(amount),
                                               vat: try classification(tax), reason: try text(node, "Reason")))
        }

        var reasons: [VATCategory: ExemptionReason] = [:]
        var breakdown: Set<String> = []
        for node in try all(settlement, "ApplicableTradeTax") {
            let vat = try classification(node)
            let reason = ExemptionReason(text: try text(node, "ExemptionReason"), code: try text(node, "ExemptionReasonCode"))
            if reason.text != nil || reason.code != nil { reasons[vat.category] = reason }
            breakdown.insert("\(vat) \(try decimal(node, "BasisAmount") ?? .zero) \(try decimal(node, "CalculatedAmount") ?? .zero)")
        }

        let summation = "SpecifiedTradeSettlementHeaderMonetarySummation"
        var stated: [String: ExactDecimal] = [:]
        for (term, element) in [("BT-106", "LineTotalAmount"), ("BT-107", "AllowanceTotalAmount"),
                                ("BT-108", "ChargeTotalAmount"), ("BT-109", "TaxBasisTotalAmount"),
                                ("BT-112", "GrandTotalAmount"), ("BT-113", "TotalPrepaidAmount"),
                                ("BT-114", "RoundingAmount"), ("BT-115", "DuePayableAmount")] {
            stated[term] = try decimal(settlement, "\(summation)/\(element)") ?? .zero
        }
        // BT-110 is the TaxTotalAmount in the invoice currency (BT-111, in another currency, may follow).
        for node in try all(settlement, "\(summation)/TaxTotalAmount") {
            let currencyID = (node as? XMLElement)?.attribute(forName: "currencyID")?.stringValue
            if currencyID == nil || currencyID == code { stated["BT-110"] = ExactDecimal(node.stringValue ?? "") }
        }
        let content = InvoiceContent(currency: currency, lines: lines, allowancesAndCharges: adjustments,
                                 paidAmount: stated["BT-113"] ?? .zero, statedRoundingAmount: stated["BT-114"],
                                 exemptionReasons: reasons)
        return CIISample(name: name, content: content, stated: stated, statedBreakdown: breakdown,
                         percentAdjustments: percents)
    }

    struct SampleError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
