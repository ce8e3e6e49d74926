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
        for index in result.lines.indices {
            try priceFromTerms(&result.lines[index], path: "lines[\(index)]")
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
                reason: "Frais de paiement (\(method.rawValue))", origin: .paymentMethod(method), includesVAT: fee.includesVAT))
        }
        if order.rejectedDirectDebits > 0 {
            guard let fee = rejectedDirectDebitFee else {
                throw InvalidField("rejectedDirectDebits", "the terms of sale set no fee for a rejected direct debit (salesRules.rejectedDirectDebitFee)")
            }
            let count = order.rejectedDirectDebits
            result.allowancesAndCharges.append(OrderAdjustment(
                kind: .charge, value: .amount(fee.amount * ExactDecimal(count)), vatRate: fee.vatRate,
                reason: "Frais de rejet de prélèvement (\(count))", origin: .rejectedDirectDebits(count: count, each: fee.amount),
                includesVAT: fee.includesVAT))
        }
        return result
    }

    /// The charge the terms add to an order whose value is below the small-order threshold, if any.
    func smallOrderAdjustment(for order: Order, orderValue: ExactDecimal) -> OrderAdjustment? {
        guard order.kind != .creditNote, let rule = smallOrderCharge,
              rule.applies(orderValue: orderValue, buyerIsBusiness: order.buyer.isBusiness) else { return nil }
        return OrderAdjustment(kind: .charge, value: .amount(rule.fee.amount), vatRate: rule.fee.vatRate,
                               reason: "Frais de petite commande", origin: .smallOrder(below: rule.below),
                               includesVAT: rule.fee.includesVAT)
    }

    /// A line naming an item of the price list, or a grade of the depreciation grid, gets its price
    /// from the terms; a name the terms do not have is refused.
    private func priceFromTerms(_ line: inout OrderLine, path: String) throws(InvalidField) {
        if let id = line.priceListItem {
            guard let item = priceList.first(where: { $0.id == id }) else {
                let known = priceList.isEmpty ? "the profile has no salesRules.priceList"
                    : "salesRules.priceList has: " + priceList.map(\.id).joined(separator: ", ")
                throw InvalidField("\(path).priceListItem", "\"\(id)\" is not in the terms' price list (\(known))")
            }
            line.unitPrice = item.unitPrice
            line.unitCode = item.unitCode
        }
        if var depreciation = line.depreciation {
            guard let grade = self.depreciation.first(where: { $0.id == depreciation.grade }) else {
                let known = self.depreciation.isEmpty ? "the profile has no salesRules.depreciation"
                    : "salesRules.depreciation has: " + self.depreciation.map(\.id).joined(separator: ", ")
                throw InvalidField("\(path).depreciation.grade", "\"\(depreciation.grade)\" is not a grade of the terms' depreciation grid (\(known))")
            }
            depreciation.applied = grade
            line.depreciation = depreciation
            // The share of the flat-rate price the grade invoices, to the cent.
            line.unitPrice = (depreciation.flatRatePrice * grade.percent).divided(by: .hundred, toPlaces: 2) ?? .zero
        }
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
