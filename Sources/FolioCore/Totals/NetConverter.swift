/// Turns prices that include VAT into net prices, for one VAT rate.
///
/// A net unit price keeps 6 decimals (EN 16931 allows more than 2 for BT-146), so that
/// quantity × net price stays within a cent of the price the customer saw; amounts (allowances,
/// charges) are rounded to the currency. What is left over is the rounding amount (BT-114).
struct NetConverter {
    let vat: VATClassification

    static let unitPricePlaces = 6

    /// `gross` × 100 ÷ (100 + rate), rounded to `places` decimals.
    func net(_ gross: ExactDecimal, places: Int) -> ExactDecimal {
        guard vat.category.isTaxed, !vat.rate.isZero else { return gross }
        return (gross * .hundred).divided(by: .hundred + vat.rate, toPlaces: places) ?? gross
    }

    func netLine(_ line: InvoiceLine, places: Int) -> InvoiceLine {
        var converted = line
        converted.unitPrice = net(line.unitPrice, places: max(Self.unitPricePlaces, line.unitPrice.places))
        converted.allowancesAndCharges = line.allowancesAndCharges.map { netAdjustment($0, places: places) }
        return converted
    }

    /// An amount is converted; a percentage stays (it applies to a base already net), and so does its base.
    func netAdjustment(_ item: AllowanceCharge, places: Int) -> AllowanceCharge {
        var converted = item
        switch item.value {
        case .amount(let amount):
            converted.value = .amount(net(amount, places: places))
        case .percent(let percent, let base):
            converted.value = .percent(percent, base: base.map { net($0, places: places) })
        }
        return converted
    }
}
