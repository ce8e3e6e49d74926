/// The prices a consumer is shown: every unit price and amount of a document including VAT.
///
/// A consumer is always told the price to pay, taxes included; the totals still state the total
/// excluding VAT, the VAT and the total including VAT. When the order's prices include VAT (a
/// webshop), these are its prices as written, and the lines and charges add up to the amount due
/// before payments (the document's total including VAT and the rounding amount, BT-114). When the
/// prices exclude VAT, each amount is its net amount with VAT, rounded to the cent on its own, so
/// their sum can differ by a cent from the total including VAT, which EN 16931 computes per rate.
// C. consom. L112-1; arrêté du 3 décembre 1987 relatif à l'information du consommateur sur les prix, art. 1.
public struct VATInclusivePrices: Sendable, Hashable {
    public struct Line: Sendable, Hashable {
        /// The price of the base quantity, including VAT.
        public let unitPrice: ExactDecimal
        /// Quantity × price including VAT, before the line's own allowances and charges.
        public let grossAmount: Money
        /// Each of the line's allowances and charges including VAT, unsigned, in the order of
        /// ``InvoiceTotals/Line/allowancesAndCharges``.
        public let allowancesAndCharges: [Money]
        /// The line's amount including VAT after them.
        public let netAmount: Money
    }

    public let lines: [Line]
    /// The document's allowances and charges including VAT, unsigned, in the order of
    /// ``InvoiceTotals/allowancesAndCharges``.
    public let allowancesAndCharges: [Money]
    /// Σ of the lines' amounts including VAT.
    public let lineTotal: Money

    /// The prices of a document whose totals were computed from `content`.
    public init(content: InvoiceContent, totals: InvoiceTotals) {
        let currency = content.currency
        let places = currency.minorUnit
        func money(_ amount: ExactDecimal) -> Money { Money(rounding: amount, in: currency) }
        var lines: [Line] = []
        for (source, line) in zip(content.lines, totals.lines) {
            let rate = Self.rate(line.vat)
            if content.pricesIncludeVAT {
                // The prices as written: what the client saw.
                let gross = source.grossAmount(places: places)
                let adjustments = source.allowancesAndCharges.map { $0.amount(defaultBase: gross, places: places) }
                let net = zip(source.allowancesAndCharges, adjustments).reduce(gross) { $0 + $1.1 * $1.0.sign }
                lines.append(Line(unitPrice: source.unitPrice, grossAmount: money(gross), allowancesAndCharges: adjustments.map(money),
                                  netAmount: money(net)))
            } else {
                let unitPlaces = min(max(2, line.netUnitPrice.normalized.places), 4)
                let gross = Self.withVAT(line.grossAmount.amount, rate: rate, places: places)
                let adjustments = line.allowancesAndCharges.map { Self.withVAT($0.amount.amount, rate: rate, places: places) }
                let net = zip(line.allowancesAndCharges, adjustments).reduce(gross) { $0 + $1.1 * ($1.0.kind == .charge ? 1 : -1) }
                lines.append(Line(unitPrice: Self.withVAT(line.netUnitPrice, rate: rate, places: unitPlaces),
                                  grossAmount: money(gross), allowancesAndCharges: adjustments.map(money), netAmount: money(net)))
            }
        }
        let shownLineTotal = lines.reduce(ExactDecimal.zero) { $0 + $1.netAmount.amount }
        allowancesAndCharges = zip(content.allowancesAndCharges, totals.allowancesAndCharges).map { source, adjustment in
            let rate = Self.rate(adjustment.vat)
            if content.pricesIncludeVAT, !source.isNet {
                // As written, a percentage of the lines as the client saw them.
                return money(source.amount(defaultBase: shownLineTotal, places: places))
            }
            return money(Self.withVAT(adjustment.amount.amount, rate: rate, places: places))
        }
        self.lines = lines
        lineTotal = money(shownLineTotal)
    }

    /// The VAT rate in percent of a taxed category, 0 otherwise.
    static func rate(_ vat: VATClassification) -> ExactDecimal {
        vat.category.isTaxed ? vat.rate : .zero
    }

    /// `amount` × (100 + rate) ÷ 100, rounded to `places` decimals.
    static func withVAT(_ amount: ExactDecimal, rate: ExactDecimal, places: Int) -> ExactDecimal {
        (amount * (.hundred + rate)).divided(by: .hundred, toPlaces: places) ?? amount
    }
}
