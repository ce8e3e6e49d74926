/// Computes a document's totals the way EN 16931 defines them.
///
/// 1. Each line: BT-131 = quantity × net price ÷ base quantity, rounded, − line allowances + line charges.
/// 2. Document allowances and charges, each with its VAT category and rate.
/// 3. VAT breakdown per category and rate: BT-116 = Σ line nets + charges − allowances (BR-S-08),
///    BT-117 = BT-116 × rate ÷ 100 rounded once per rate, "add, then apply" (BR-CO-17).
/// 4. BT-106…BT-115 (BR-CO-10 … BR-CO-16).
///
/// Every amount is rounded half away from zero to the currency's minor unit; EN 16931 allows at
/// most 2 decimals (BR-DEC), so a currency with 3 is refused.
///
/// ```swift
/// let content = InvoiceContent(currency: .euro, lines: [
///     InvoiceLine(id: "1", name: "Audit", quantity: 2, unitPrice: 450, vat: .standard(20)),
/// ])
/// let totals = try TotalsCalculator.totals(of: content)
/// totals.grandTotal   // 1080.00 EUR
/// ```
public enum TotalsCalculator {
    public static func totals(of content: InvoiceContent) throws(RuleViolation) -> InvoiceTotals {
        let currency = content.currency
        let places = currency.minorUnit
        guard places <= 2 else {
            throw RuleViolation("\(currency.code) has \(places) decimals; EN 16931 amounts have at most 2 (BR-DEC)")
        }
        func money(_ amount: ExactDecimal) -> Money { Money(rounding: amount, in: currency) }

        var taxable: [VATClassification: ExactDecimal] = [:]
        var shownTotal = ExactDecimal.zero  // what the customer was shown, when prices include VAT

        // 1. Lines.
        var lines: [InvoiceTotals.Line] = []
        for line in content.lines {
            guard !line.baseQuantity.isZero else {
                throw RuleViolation("line \(line.id): the base quantity is zero")
            }
            let converter = content.pricesIncludeVAT ? NetConverter(vat: line.vat) : nil
            let netLine = converter?.netLine(line, places: places) ?? line
            let gross = netLine.grossAmount(places: places)
            let adjustments = lineAdjustments(netLine, gross: gross, currency: currency)
            let net: ExactDecimal
            if let stated = line.statedNetAmount {
                net = stated.rounded(toPlaces: places)
            } else {
                net = adjustments.reduce(gross) { $0 + $1.amount.amount * ($1.kind == .charge ? 1 : -1) }
            }
            if content.pricesIncludeVAT { shownTotal += lineNet(line, places: places) }
            taxable[line.vat, default: .zero] += net
            lines.append(.init(id: line.id, netUnitPrice: netLine.unitPrice, grossAmount: money(gross),
                               allowancesAndCharges: adjustments, netAmount: money(net), vat: line.vat))
        }
        let lineTotal = lines.reduce(ExactDecimal.zero) { $0 + $1.netAmount.amount }
        let shownLineTotal = shownTotal

        // 2. Document allowances and charges.
        var adjustments: [InvoiceTotals.Adjustment] = []
        // Amounts stated including VAT in a document whose prices exclude it (a fee « 45 € TTC »): as stated, and
        // their net parts per VAT rate.
        var statedIncludingVAT = ExactDecimal.zero
        var statedNetParts: [VATClassification: ExactDecimal] = [:]
        for (index, item) in content.allowancesAndCharges.enumerated() {
            guard let vat = item.vat else {
                throw RuleViolation("document \(item.kind.rawValue) \(index + 1) has no VAT category")
            }
            let converts = content.pricesIncludeVAT ? !item.isNet : item.includesVAT
            let netItem = converts ? NetConverter(vat: vat).netAdjustment(item, places: places) : item
            let amount = netItem.amount(defaultBase: lineTotal, places: places)
            if content.pricesIncludeVAT {
                // What the client sees: the amount with VAT, computed from the net amount for a net fee.
                let shown = item.isNet ? amount + ((amount * vat.rate).divided(by: .hundred, toPlaces: places) ?? .zero)
                                       : item.amount(defaultBase: shownLineTotal, places: places)
                shownTotal += shown * item.sign
            }
            taxable[vat, default: .zero] += amount * item.sign
            if item.includesVAT, !content.pricesIncludeVAT {
                statedIncludingVAT += item.amount(defaultBase: lineTotal, places: places) * item.sign
                statedNetParts[vat, default: .zero] += amount * item.sign
            }
            var percent: ExactDecimal?
            if case .percent(let value, _) = item.value { percent = value }
            adjustments.append(.init(kind: item.kind, amount: money(amount),
                                     baseAmount: netItem.base(defaultBase: lineTotal).map(money), percent: percent,
                                     vat: vat, reason: item.reason, reasonCode: item.reasonCode))
        }
        let allowanceTotal = adjustments.filter { $0.kind == .allowance }.reduce(ExactDecimal.zero) { $0 + $1.amount.amount }
        let chargeTotal = adjustments.filter { $0.kind == .charge }.reduce(ExactDecimal.zero) { $0 + $1.amount.amount }

        // 3. VAT breakdown, add then apply.
        let taxCurrency = content.taxCurrency
        let breakdown = taxable.keys.sorted().map { vat -> VATBreakdown in
            let base = taxable[vat] ?? .zero
            let tax = (base * vat.rate).divided(by: .hundred, toPlaces: places) ?? .zero
            let converted = taxCurrency.map { Money(rounding: tax * $0.exchangeRate, in: $0.currency) }
            let reason = vat.category.needsExemptionReason ? content.exemptionReasons[vat.category] : nil
            return VATBreakdown(vat: vat, taxableAmount: money(base), taxAmount: money(tax),
                                taxAmountInTaxCurrency: converted, exemptionReason: reason)
        }

        // 4. Document totals.
        let taxExclusive = lineTotal - allowanceTotal + chargeTotal
        let taxTotal = breakdown.reduce(ExactDecimal.zero) { $0 + $1.taxAmount.amount }
        let grandTotal = taxExclusive + taxTotal
        var rounding = content.statedRoundingAmount?.rounded(toPlaces: places)
            ?? (content.pricesIncludeVAT ? shownTotal - grandTotal : .zero)
        if content.statedRoundingAmount == nil, !statedNetParts.isEmpty {
            // The client pays the document's total without those amounts, plus each exactly as stated: the VAT
            // rounded once per rate (BR-CO-17) may leave a cent, carried as the rounding amount (BT-114).
            let netParts = statedNetParts.values.reduce(ExactDecimal.zero, +)
            let taxWithout = taxable.reduce(ExactDecimal.zero) { total, entry in
                let base = entry.value - statedNetParts[entry.key, default: .zero]
                return total + ((base * entry.key.rate).divided(by: .hundred, toPlaces: places) ?? .zero)
            }
            rounding = (taxExclusive - netParts + taxWithout) + statedIncludingVAT - grandTotal
        }
        let paid = content.paidAmount.rounded(toPlaces: places)
        return InvoiceTotals(
            currency: currency, lines: lines, allowancesAndCharges: adjustments, vatBreakdown: breakdown,
            lineTotal: money(lineTotal), allowanceTotal: money(allowanceTotal), chargeTotal: money(chargeTotal),
            taxExclusiveTotal: money(taxExclusive), taxTotal: money(taxTotal),
            taxTotalInTaxCurrency: taxCurrency.map { Money(rounding: taxTotal * $0.exchangeRate, in: $0.currency) },
            taxCurrencyExchangeRate: taxCurrency?.exchangeRate,
            grandTotal: money(grandTotal), paidAmount: money(paid), roundingAmount: money(rounding),
            amountDue: money(grandTotal - paid + rounding))
    }

    /// A line's allowances and charges, each resolved on the line's gross amount (prices excluding VAT).
    static func lineAdjustments(_ line: InvoiceLine, gross: ExactDecimal, currency: Currency) -> [InvoiceTotals.Adjustment] {
        line.allowancesAndCharges.map { item in
            var percent: ExactDecimal?
            if case .percent(let value, _) = item.value { percent = value }
            return InvoiceTotals.Adjustment(
                kind: item.kind, amount: Money(rounding: item.amount(defaultBase: gross, places: currency.minorUnit), in: currency),
                baseAmount: item.base(defaultBase: gross).map { Money(rounding: $0, in: currency) }, percent: percent,
                vat: line.vat, reason: item.reason, reasonCode: item.reasonCode)
        }
    }

    /// BT-131 of a line whose prices exclude VAT.
    static func lineNet(_ line: InvoiceLine, places: Int) -> ExactDecimal {
        let gross = line.grossAmount(places: places)
        return line.allowancesAndCharges.reduce(gross) { total, item in
            total + item.amount(defaultBase: gross, places: places) * item.sign
        }
    }
}
