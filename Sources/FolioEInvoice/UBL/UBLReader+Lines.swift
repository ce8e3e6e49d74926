import FolioCore

extension UBLReader {
    /// BG-25 from an `InvoiceLine` or `CreditNoteLine`.
    static func line(_ node: UBLNode) throws(EInvoiceReadError) -> EInvoiceLine {
        let quantityPath = node.first("cbc:InvoicedQuantity") != nil || node.first("cbc:CreditedQuantity") == nil
            ? "cbc:InvoicedQuantity" : "cbc:CreditedQuantity"
        guard let unitCode = node.attribute("unitCode", at: quantityPath) else {
            throw node.error("BT-130", quantityPath + "/@unitCode", "missing")
        }
        guard let category = node.first("cac:Item/cac:ClassifiedTaxCategory") else {
            throw node.error("BT-151", "cac:Item/cac:ClassifiedTaxCategory/cbc:ID", "missing")
        }
        var line = EInvoiceLine(
            id: try node.required("BT-126", "cbc:ID"),
            note: node.text("cbc:Note"),
            name: try node.required("BT-153", "cac:Item/cbc:Name"),
            description: node.text("cac:Item/cbc:Description"),
            sellerItemID: node.text("cac:Item/cac:SellersItemIdentification/cbc:ID"),
            quantity: try node.requiredDecimal("BT-129", quantityPath),
            unitCode: unitCode,
            netPrice: try node.requiredDecimal("BT-146", "cac:Price/cbc:PriceAmount"),
            grossPrice: try node.decimal("BT-148", "cac:Price/cac:AllowanceCharge/cbc:BaseAmount"),
            priceDiscount: try node.decimal("BT-147", "cac:Price/cac:AllowanceCharge/cbc:Amount"),
            baseQuantity: try node.decimal("BT-149", "cac:Price/cbc:BaseQuantity"),
            netAmount: try node.requiredDecimal("BT-131", "cbc:LineExtensionAmount"),
            vat: try vat(category, category: "BT-151", rate: "BT-152"),
            period: try period(node.first("cac:InvoicePeriod"), start: "BT-134", end: "BT-135"))
        for adjustment in node.children("cac:AllowanceCharge") {
            line.allowancesAndCharges.append(try allowanceCharge(adjustment, onLine: true))
        }
        return line
    }

    /// The business terms of an allowance or a charge, on the document or on a line.
    struct AdjustmentTerms {
        let amount, base, percent, category, rate, reason, reasonCode: String

        // EN 16931 BG-20, BG-21, BG-27, BG-28; a line's allowances and charges take the line's VAT (BT-151, BT-152).
        static let documentAllowance = AdjustmentTerms(amount: "BT-92", base: "BT-93", percent: "BT-94", category: "BT-95",
                                                       rate: "BT-96", reason: "BT-97", reasonCode: "BT-98")
        static let documentCharge = AdjustmentTerms(amount: "BT-99", base: "BT-100", percent: "BT-101", category: "BT-102",
                                                    rate: "BT-103", reason: "BT-104", reasonCode: "BT-105")
        static let lineAllowance = AdjustmentTerms(amount: "BT-136", base: "BT-137", percent: "BT-138", category: "BT-151",
                                                   rate: "BT-152", reason: "BT-139", reasonCode: "BT-140")
        static let lineCharge = AdjustmentTerms(amount: "BT-141", base: "BT-142", percent: "BT-143", category: "BT-151",
                                                rate: "BT-152", reason: "BT-144", reasonCode: "BT-145")
    }

    /// BG-20, BG-21, BG-27 or BG-28: the indicator, the amount and, when stated, the base, percent
    /// (`MultiplierFactorNumeric`), reason, reason code and (on the document) VAT category.
    static func allowanceCharge(_ node: UBLNode, onLine: Bool) throws(EInvoiceReadError) -> EInvoiceAllowanceCharge {
        let group = onLine ? "BG-27/BG-28" : "BG-20/BG-21"
        let indicator = try node.required(group, "cbc:ChargeIndicator")
        let kind: AllowanceCharge.Kind
        switch indicator {
        case "true", "1": kind = .charge
        case "false", "0": kind = .allowance
        default: throw node.error(group, "cbc:ChargeIndicator", "\"\(indicator)\" is not true or false")
        }
        let terms: AdjustmentTerms = switch (onLine, kind) {
        case (false, .allowance): .documentAllowance
        case (false, .charge): .documentCharge
        case (true, .allowance): .lineAllowance
        case (true, .charge): .lineCharge
        }
        var vat: VATClassification?
        if !onLine, let category = node.first("cac:TaxCategory") {
            vat = try self.vat(category, category: terms.category, rate: terms.rate)
        }
        return EInvoiceAllowanceCharge(
            kind: kind, amount: try node.requiredDecimal(terms.amount, "cbc:Amount"),
            baseAmount: try node.decimal(terms.base, "cbc:BaseAmount"),
            percent: try node.decimal(terms.percent, "cbc:MultiplierFactorNumeric"),
            vat: vat, reason: node.text("cbc:AllowanceChargeReason"), reasonCode: node.text("cbc:AllowanceChargeReasonCode"))
    }
}
