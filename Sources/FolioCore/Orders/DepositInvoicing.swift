/// Deposit invoices (factures d'acompte): a percentage of an order, billed before the work.
///
/// VAT is due on a deposit when it is received (CGI art. 269-2), at the rates of what it pays
/// for, so the deposit invoice has one line per VAT rate of the order: that rate's taxable
/// amount × the percentage. A quote announces the same amount, and a balance invoice deducts it.
public enum DepositInvoicing {
    /// The order of the deposit invoice on `full`: one line per VAT rate, due on receipt.
    public static func depositOrder(of full: ComputedOrder, percent: ExactDecimal, kind: Order.Kind,
                                    path: String = "deposit.percent") throws(InvalidField) -> Order {
        do { try DepositSchedule.check(percent: percent) } catch { throw InvalidField(path, error.reason) }
        let source = full.order
        let places = source.currency.minorUnit
        var lines: [OrderLine] = []
        for entry in full.totals.vatBreakdown {
            let amount = (entry.taxableAmount.amount * percent).divided(by: .hundred, toPlaces: places) ?? .zero
            guard amount > .zero else { continue }
            // The nature and explicit category of the order lines at this rate, so the VAT regime decides alike.
            let index = full.totals.lines.firstIndex { $0.vat == entry.vat }
            let model = index.map { source.lines[$0] }
            lines.append(OrderLine(
                id: "deposit-\(lines.count + 1)",
                description: "Acompte de \(percent.normalized) % sur la commande (base HT \(entry.taxableAmount.amount))",
                quantity: 1, unitPrice: amount,
                vatRate: entry.vat.category == .standard ? entry.vat.rate : nil,
                vatCategory: model?.vatCategory, exemptionReason: model?.exemptionReason,
                nature: model?.nature ?? .goods))
        }
        guard !lines.isEmpty else { throw InvalidField(path, "the order's total is zero: there is no deposit to bill") }
        var order = Order(kind: kind, date: source.date, deliveryDate: nil, currency: source.currency,
                     taxCurrency: source.taxCurrency, seller: source.seller, buyer: source.buyer, lines: lines,
                     pricesIncludeVAT: false, paymentTerms: .onReceipt, penaltyRule: source.penaltyRule,
                     depositPercent: percent, paymentMethod: source.paymentMethod, quote: source.quote)
        order.operationNatures = source.natures
        return order
    }
}
