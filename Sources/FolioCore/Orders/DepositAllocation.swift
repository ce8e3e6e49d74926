/// A deposit of P % of an order: P % of the total including VAT, to the cent as the client computes
/// it, split over the order's VAT rates so that the parts add up to it exactly.
///
/// 1. The deposit is the total including VAT (what the client was shown) × P / 100, rounded half
///    away from zero to the cent: 30 % of 6 142,50 € is 1 842,75 €.
/// 2. Each VAT rate's part is that rate's total including VAT × P / 100; the parts are rounded down
///    to the cent and the cents left go one by one to the largest remainders (**largest remainder**;
///    on equal remainders, the rate listed first in the VAT breakdown), so they add up to the deposit.
/// 3. Each part is a net amount plus its VAT (net × rate, rounded to the cent as EN 16931 BR-CO-17
///    computes it). A VAT rounded to the cent cannot reach every amount (at 20 %, no net gives 0,03 €:
///    0,02 + 0,00, 0,03 + 0,01): such a part gives one cent to, or takes one from, the first other part
///    that can then still be reached, so the deposit invoice's total including VAT is the deposit.
///    With a single rate there is no other part: the cent is the rounding amount (BT-114), and the
///    amount due is still the deposit.
///
/// Naive per-rate rounding (P % of each net base, then its VAT) can be a cent off: 30 % of 3 000,50 €
/// at 20 % and of 2 409,38 € at 5,5 % gives 1 080,18 € + 762,56 € = 1 842,74 €, not 1 842,75 €.
public struct DepositAllocation: Sendable, Hashable {
    /// One VAT rate's part of the deposit.
    public struct Part: Sendable, Hashable {
        public let vat: VATClassification
        /// The part including VAT: `net` + its VAT.
        public let amountIncludingVAT: Money
        /// The net amount the deposit invoice bills at this rate.
        public let net: Money
        /// net × rate ÷ 100, rounded to the cent.
        public let tax: Money
    }

    public let percent: ExactDecimal
    /// The total including VAT the percentage applies to.
    public let base: Money
    /// The deposit: `base` × `percent` ÷ 100, rounded to the cent.
    public let amount: Money
    /// One part per VAT rate of the order (rates whose part is zero left out), in the breakdown's order.
    public let parts: [Part]
    /// A cent the single rate's VAT could not reach (BT-114), else zero: Σ parts + rounding = amount.
    public let roundingAmount: Money

    /// The deposit of `percent` % of an order whose totals are `totals`.
    ///
    /// - Throws: when the percentage is not between 0 and 100, or the order's total is not positive.
    public init(percent: ExactDecimal, of totals: InvoiceTotals) throws(RuleViolation) {
        try DepositSchedule.check(percent: percent)
        let currency = totals.currency
        let places = currency.minorUnit
        let cent = ExactDecimal(significand: 1, places: places)
        func money(_ value: ExactDecimal) -> Money { Money(rounding: value, in: currency) }
        // What the client was shown: prices including VAT leave their cent in the rounding amount.
        let shown = totals.grandTotal.amount + totals.roundingAmount.amount
        guard shown > .zero else { throw RuleViolation("the order's total is zero: there is no deposit to bill") }
        let deposit = (shown * percent).divided(by: .hundred, toPlaces: places) ?? .zero

        // 2. Largest remainder over the rates' totals including VAT.
        let rates = totals.vatBreakdown.map { entry in (vat: entry.vat, total: entry.taxableAmount.amount + entry.taxAmount.amount) }
        let exact = rates.map { Self.share(percent, of: $0.total) }
        var targets = exact.map { Self.truncated($0, toPlaces: places) }
        var left = deposit - targets.reduce(.zero, +)
        let byRemainder = exact.indices.sorted { first, second in
            let a = exact[first] - targets[first], b = exact[second] - targets[second]
            return a == b ? first < second : b < a
        }
        for index in byRemainder where left > .zero {
            targets[index] += cent
            left -= cent
        }

        // 3. Every part reached by a net and its VAT, a cent moved between parts where one is not.
        let vats = rates.map(\.vat)
        for index in targets.indices where Self.net(reaching: targets[index], at: vats[index], cent: cent) == nil {
            moveCent: for step in [-cent, cent] where Self.net(reaching: targets[index] + step, at: vats[index], cent: cent) != nil {
                for other in targets.indices where other != index && targets[other] - step > .zero
                    && Self.net(reaching: targets[other] - step, at: vats[other], cent: cent) != nil {
                    targets[index] += step
                    targets[other] -= step
                    break moveCent
                }
            }
        }
        var parts: [Part] = []
        var rounding = ExactDecimal.zero
        for (vat, target) in zip(vats, targets) where target > .zero {
            // The net whose amount with VAT is the target, else the one just below it (the cent is rounding).
            let net = Self.net(reaching: target, at: vat, cent: cent) ?? Self.netBelow(target, at: vat, cent: cent)
            let tax = Self.tax(net, at: vat, places: places)
            rounding += target - net - tax
            parts.append(Part(vat: vat, amountIncludingVAT: money(net + tax), net: money(net), tax: money(tax)))
        }
        self.percent = percent
        self.base = money(shown)
        self.amount = money(deposit)
        self.parts = parts
        self.roundingAmount = money(rounding)
    }

    /// `percent` % of `amount`, exactly (dividing by 100 only moves the decimal point).
    static func share(_ percent: ExactDecimal, of amount: ExactDecimal) -> ExactDecimal {
        let product = amount * percent
        guard product.places + 2 <= ExactDecimal.maximumPlaces else {
            return product.divided(by: .hundred, toPlaces: ExactDecimal.maximumPlaces) ?? .zero
        }
        return ExactDecimal(significand: product.significand, places: product.places + 2)
    }

    /// The value with the digits beyond `places` dropped (rounded toward zero).
    static func truncated(_ value: ExactDecimal, toPlaces places: Int) -> ExactDecimal {
        guard value.places > places else { return value.rounded(toPlaces: places) }
        var divisor: Int128 = 1
        for _ in places..<value.places { divisor *= 10 }
        return ExactDecimal(significand: value.significand / divisor, places: places)
    }

    /// net × rate ÷ 100 rounded to the currency, as the totals compute a rate's VAT.
    static func tax(_ net: ExactDecimal, at vat: VATClassification, places: Int) -> ExactDecimal {
        (net * vat.rate).divided(by: .hundred, toPlaces: places) ?? .zero
    }

    /// The net amount whose amount including VAT is exactly `target`, if there is one.
    static func net(reaching target: ExactDecimal, at vat: VATClassification, cent: ExactDecimal) -> ExactDecimal? {
        let net = netBelow(target, at: vat, cent: cent)
        return net + tax(net, at: vat, places: cent.places) == target ? net : nil
    }

    /// The largest net amount whose amount including VAT is at most `target`.
    static func netBelow(_ target: ExactDecimal, at vat: VATClassification, cent: ExactDecimal) -> ExactDecimal {
        let places = cent.places
        let estimate = (target * .hundred).divided(by: .hundred + vat.rate, toPlaces: places) ?? target
        // Net + VAT grows by one or two cents a cent: the answer is within two cents of the estimate.
        var best = estimate - cent - cent
        for step in 0...4 {
            let candidate = estimate + ExactDecimal(significand: Int128(step - 2), places: places)
            if candidate + tax(candidate, at: vat, places: places) <= target { best = candidate }
        }
        return best
    }
}

extension DepositAllocation.Part {
    /// The part of a fixed deposit including VAT at one rate: net = amount × 100 ÷ (100 + rate), rounded
    /// to the cent, and the VAT the rest (so net + VAT is the amount paid).
    init(including amount: Money, at vat: VATClassification) {
        let places = amount.currency.minorUnit
        let net = (amount.amount * .hundred).divided(by: .hundred + vat.rate, toPlaces: places) ?? amount.amount
        self.init(vat: vat, amountIncludingVAT: amount, net: Money(rounding: net, in: amount.currency),
                  tax: Money(rounding: amount.amount - net, in: amount.currency))
    }
}
