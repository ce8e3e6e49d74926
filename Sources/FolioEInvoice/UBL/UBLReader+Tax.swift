import FolioCore

extension UBLReader {
    /// What the `cac:TaxTotal` elements state: BT-110 and the VAT breakdown (BG-23) in the document's
    /// currency, BT-111 in the tax currency.
    struct TaxTotals {
        var total: ExactDecimal?
        var breakdown: [EInvoiceVATBreakdown]
        var inTaxCurrency: ExactDecimal?
    }

    /// The tax total with the breakdown (or, without one, the one in the document's currency) gives
    /// BT-110 and BG-23; another in the tax currency (BT-6) gives BT-111.
    static func taxTotals(_ node: UBLNode, currency: Currency, taxCurrency: Currency?) throws(EInvoiceReadError) -> TaxTotals {
        let totals = node.children("cac:TaxTotal")
        func currencyCode(_ total: UBLNode) -> String? { total.attribute("currencyID", at: "cbc:TaxAmount") }
        let main = totals.first { !$0.children("cac:TaxSubtotal").isEmpty }
            ?? totals.first { (currencyCode($0) ?? currency.code) == currency.code }
        var result = TaxTotals(total: try main?.decimal("BT-110", "cbc:TaxAmount"), breakdown: [])
        for subtotal in main?.children("cac:TaxSubtotal") ?? [] {
            guard let category = subtotal.first("cac:TaxCategory") else {
                throw subtotal.error("BT-118", "cac:TaxCategory/cbc:ID", "missing")
            }
            result.breakdown.append(EInvoiceVATBreakdown(
                vat: try vat(category, category: "BT-118", rate: "BT-119"),
                taxableAmount: try subtotal.requiredDecimal("BT-116", "cbc:TaxableAmount"),
                taxAmount: try subtotal.requiredDecimal("BT-117", "cbc:TaxAmount"),
                exemptionReason: category.text("cbc:TaxExemptionReason"),
                exemptionReasonCode: category.text("cbc:TaxExemptionReasonCode")))
        }
        if let taxCurrency, let other = totals.first(where: { $0.path != main?.path && currencyCode($0) == taxCurrency.code }) {
            result.inTaxCurrency = try other.decimal("BT-111", "cbc:TaxAmount")
        }
        return result
    }

    /// A VAT category (`cbc:ID`) and its rate (`cbc:Percent`, zero when absent, as for O).
    static func vat(_ node: UBLNode, category term: String, rate rateTerm: String) throws(EInvoiceReadError) -> VATClassification {
        let code = try node.required(term, "cbc:ID")
        guard let category = VATCategory(rawValue: code) else {
            let known = VATCategory.allCases.map(\.code).joined(separator: ", ")
            throw node.error(term, "cbc:ID", "\"\(code)\" is not a VAT category code of EN 16931 (\(known))")
        }
        return VATClassification(category: category, rate: try node.decimal(rateTerm, "cbc:Percent") ?? .zero)
    }
}
