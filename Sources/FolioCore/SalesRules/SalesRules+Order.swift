extension SalesRules {
    /// The order as the terms of sale make it: the terms' defaults where the order says nothing,
    /// prices revised on their index, payment fees added; refused when the terms forbid it.
    public func applied(to order: Order) throws(InvalidField) -> Order {
        var result = order
        if result.paymentTerms == nil { result.paymentTerms = paymentTerms }
        if result.penaltyRule == nil { result.penaltyRule = penaltyRule }
        if result.pricesIncludeVAT == nil { result.pricesIncludeVAT = pricesIncludeVAT }
        if result.depositPercent == nil, order.kind == .quote || order.kind == .depositInvoice {
            result.depositPercent = depositPercent
        }
        if let maximum = maxQuantityPerProduct, order.kind != .creditNote {
            try checkQuantities(order.lines, maximum: maximum)
        }
        if let revision = order.priceRevision {
            for index in result.lines.indices {
                let price = result.lines[index].unitPrice
                result.lines[index].unitPrice = revision.revised(price, places: max(2, price.places))
            }
        }
        if order.kind != .creditNote, let method = order.paymentMethod, let fee = paymentMethodFees[method] {
            result.allowancesAndCharges.append(OrderAdjustment(
                kind: .charge, value: .amount(fee.amount), vatRate: fee.vatRate,
                reason: "Frais de paiement (\(method.rawValue))", origin: .paymentMethod(method)))
        }
        if order.rejectedDirectDebits > 0 {
            guard let fee = rejectedDirectDebitFee else {
                throw InvalidField("rejectedDirectDebits", "the terms of sale set no fee for a rejected direct debit (salesRules.rejectedDirectDebitFee)")
            }
            let count = order.rejectedDirectDebits
            result.allowancesAndCharges.append(OrderAdjustment(
                kind: .charge, value: .amount(fee.amount * ExactDecimal(count)), vatRate: fee.vatRate,
                reason: "Frais de rejet de prélèvement (\(count))", origin: .rejectedDirectDebits(count: count, each: fee.amount)))
        }
        return result
    }

    /// The charge the terms add to an order whose net total is below the small-order threshold, if any.
    func smallOrderAdjustment(for order: Order, netTotal: ExactDecimal) -> OrderAdjustment? {
        guard order.kind != .creditNote, let rule = smallOrderCharge,
              rule.applies(netTotal: netTotal, buyerIsBusiness: order.buyer.isBusiness) else { return nil }
        return OrderAdjustment(kind: .charge, value: .amount(rule.fee.amount), vatRate: rule.fee.vatRate,
                               reason: "Frais de petite commande", origin: .smallOrder(below: rule.below))
    }

    /// One product is one line id, or one description for lines without an id.
    private func checkQuantities(_ lines: [OrderLine], maximum: ExactDecimal) throws(InvalidField) {
        var totals: [String: ExactDecimal] = [:]
        for (index, line) in lines.enumerated() {
            let product = line.id ?? line.description
            let total = totals[product, default: .zero] + line.quantity
            totals[product] = total
            if total > maximum {
                throw InvalidField("lines[\(index)].quantity", "the terms of sale allow at most \(maximum) items of one product per order; \"\(product)\" comes to \(total)")
            }
        }
    }
}
