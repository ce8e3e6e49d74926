/// Deposit invoices (factures d'acompte): a percentage of an order, billed before the work.
///
/// VAT is due on a deposit when it is received (CGI art. 269-2), at the rates of what it pays
/// for, so the deposit invoice has one line per VAT rate of the order: that rate's part of the
/// deposit, net (``DepositAllocation``: P % of the total including VAT, split over the rates by
/// largest remainder). A quote announces the same amount, and a balance invoice deducts it.
public enum DepositInvoicing {
    /// The order of the deposit invoice on `full`: one line per VAT rate, due on receipt.
    public static func depositOrder(of full: ComputedOrder, percent: ExactDecimal, kind: Order.Kind,
                                    path: String = "deposit.percent") throws(InvalidField) -> Order {
        let allocation: DepositAllocation
        do { allocation = try DepositAllocation(percent: percent, of: full.totals) } catch { throw InvalidField(path, error.reason) }
        let source = full.order
        var lines: [OrderLine] = []
        for part in allocation.parts {
            // The nature and explicit category of the order lines at this rate, so the VAT regime decides alike.
            let index = full.totals.lines.firstIndex { $0.vat == part.vat }
            let model = index.map { source.lines[$0] }
            lines.append(OrderLine(
                id: "deposit-\(lines.count + 1)",
                description: "Acompte de \(percent.normalized) % sur la commande (\(part.amountIncludingVAT.amount) TTC)",
                quantity: 1, unitPrice: part.net.amount,
                vatRate: part.vat.category == .standard ? part.vat.rate : nil,
                vatCategory: model?.vatCategory, exemptionReason: model?.exemptionReason,
                nature: model?.nature ?? .goods))
        }
        var order = Order(kind: kind, date: source.date, deliveryDate: nil, currency: source.currency,
                          taxCurrency: source.taxCurrency, seller: full.seller, buyer: source.buyer, lines: lines,
                          pricesIncludeVAT: false, paymentTerms: .onReceipt, penaltyRule: source.penaltyRule,
                          depositPercent: percent, paymentMethod: source.paymentMethod, quote: source.quote)
        order.operationNatures = source.natures
        // The cent a single rate's VAT cannot reach: the amount due is still the deposit.
        if !allocation.roundingAmount.isZero { order.statedRoundingAmount = allocation.roundingAmount.amount }
        return order
    }
}
