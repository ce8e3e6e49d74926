import FolioCore

/// Writes an ``Order`` built in code as order data: the canonical form ``OrderReader`` reads back
/// to the same order, and the ledger keeps to re-render the document.
///
/// Charges the terms of sale add (a small-order charge, a payment fee) are not written: computing
/// the order adds them again.
///
/// ```swift
/// let input = OrderWriter.input(order)
/// try OrderReader.read(input) == order    // true
/// ```
public enum OrderWriter {
    public static func input(_ order: Order) -> InputValue {
        var fields: [String: InputValue] = [
            "kind": .text(order.kind.rawValue),
            "date": date(order.date),
            "currency": .text(order.currency.code),
            "buyer": party(order.buyer),
            "lines": .list(order.lines.map(line)),
        ]
        fields["seller"] = order.seller.map(party)
        fields["deliveryDate"] = order.deliveryDate.map(date) ?? (order.deliveryDateIsInvoiceDate ? .text(OrderReader.sameAsInvoice) : nil)
        fields["period"] = order.period.map(period)
        fields["buyerReference"] = order.buyerReference.map(InputValue.text)
        fields["purchaseOrder"] = order.purchaseOrderReference.map(InputValue.text)
        fields["contract"] = order.contractReference.map(InputValue.text)
        fields["deliveryAddress"] = order.deliveryAddress.map(address)
        fields["taxCurrency"] = order.taxCurrency.map { currency in
            .map(["code": .text(currency.currency.code), "exchangeRate": number(currency.exchangeRate)])
        }
        let written = order.allowancesAndCharges.filter { $0.origin == nil }
        for (key, kind) in [("allowances", AllowanceCharge.Kind.allowance), ("charges", .charge)] {
            let items = written.filter { $0.kind == kind }
            if !items.isEmpty { fields[key] = .list(items.map(adjustment)) }
        }
        fields["pricesIncludeVAT"] = order.pricesIncludeVAT.map(flag)
        if !order.paidAmount.isZero { fields["paid"] = number(order.paidAmount) }
        if !order.deposits.isEmpty { fields["deposits"] = .list(order.deposits.map(deposit)) }
        fields["paymentTerms"] = order.paymentTerms.map(paymentTerms)
        fields["latePayment"] = order.penaltyRule.map(penaltyRule)
        fields["earlyPaymentDiscount"] = order.earlyPaymentDiscount.map(InputValue.text)
        fields["validity"] = order.validity.map { validity in
            switch validity {
            case .days(let days): .map(["days": .text(String(days))])
            case .until(let day): .map(["until": date(day)])
            }
        }
        fields["deposit"] = order.depositPercent.map { .map(["percent": number($0)]) }
        fields["paymentMethod"] = order.paymentMethod.map { .text($0.rawValue) }
        if order.rejectedDirectDebits > 0 { fields["rejectedDirectDebits"] = .text(String(order.rejectedDirectDebits)) }
        fields["priceRevision"] = order.priceRevision.map { revision in
            .map(["index": .text(revision.index), "base": number(revision.baseIndex), "current": number(revision.newIndex)])
        }
        fields["creditedInvoice"] = order.creditedInvoice.map(reference)
        fields["quote"] = order.quote.map(reference)
        fields["saleChannel"] = order.saleChannel.map { .text($0.rawValue) }
        return .map(fields)
    }

    static func date(_ date: CalendarDate) -> InputValue { .text(date.description) }
    static func period(_ period: ServicePeriod) -> InputValue { .map(["start": date(period.start), "end": date(period.end)]) }
    static func number(_ value: ExactDecimal) -> InputValue { .text(value.description) }
    static func flag(_ value: Bool) -> InputValue { .text(value ? "true" : "false") }

    static func reference(_ reference: DocumentReference) -> InputValue {
        .map(["number": .text(reference.number), "date": date(reference.date)])
    }

    static func address(_ address: Address) -> InputValue {
        var lines: [String: InputValue] = ["city": .text(address.city), "country": .text(address.country)]
        if !address.lines.isEmpty { lines["lines"] = .list(address.lines.map(InputValue.text)) }
        lines["postcode"] = address.postcode.map(InputValue.text)
        return .map(lines)
    }

    static func party(_ party: Party) -> InputValue {
        var fields: [String: InputValue] = ["name": .text(party.name), "country": .text(party.country)]
        if !party.isBusiness { fields["kind"] = .text("individual") }
        fields["siren"] = party.siren.map { .text($0.digits) }
        fields["siret"] = party.siret.map { .text($0.digits) }
        fields["taxNumber"] = party.taxNumber.map { .text($0.text) }
        fields["vatNumber"] = party.vatNumber.map { .text($0.compactText) }
        fields["address"] = party.address.map(address)
        fields["electronicAddress"] = party.electronicAddress.map { .text($0.description) }
        if party.vatFranchise { fields["vatFranchise"] = flag(true) }
        if party.vatOnDebits { fields["vatOnDebits"] = flag(true) }
        fields["iban"] = party.iban.map { .text($0.description) }
        return .map(fields)
    }

    static func line(_ line: OrderLine) -> InputValue {
        var fields: [String: InputValue] = [
            "description": .text(line.description), "quantity": number(line.quantity), "nature": .text(line.nature.rawValue),
        ]
        // A line priced by the terms names the item or the grade; computing the order prices it again.
        if let item = line.priceListItem {
            fields["priceListItem"] = .text(item)
        } else if let depreciation = line.depreciation {
            fields["depreciation"] = .map(["grade": .text(depreciation.grade), "flatRatePrice": number(depreciation.flatRatePrice)])
        } else {
            fields["unitPrice"] = number(line.unitPrice)
        }
        fields["id"] = line.id.map(InputValue.text)
        if line.unitCode != "C62", line.priceListItem == nil { fields["unit"] = .text(line.unitCode) }
        if line.baseQuantity != 1 { fields["baseQuantity"] = number(line.baseQuantity) }
        fields["vatRate"] = line.vatRate.map(number)
        fields["vatCategory"] = line.vatCategory.map { .text($0.rawValue) }
        fields["exemptionReason"] = line.exemptionReason.map(InputValue.text)
        fields["period"] = line.period.map(period)
        for (key, kind) in [("allowances", AllowanceCharge.Kind.allowance), ("charges", .charge)] {
            let items = line.allowancesAndCharges.filter { $0.kind == kind }
            if !items.isEmpty { fields[key] = .list(items.map { .map(value($0.value, reason: $0.reason)) }) }
        }
        return .map(fields)
    }

    static func adjustment(_ adjustment: OrderAdjustment) -> InputValue {
        var fields = value(adjustment.value, reason: adjustment.reason)
        fields["vatRate"] = adjustment.vatRate.map(number)
        fields["nature"] = adjustment.nature.map { .text($0.rawValue) }
        return .map(fields)
    }

    static func value(_ value: AllowanceCharge.Value, reason: String?) -> [String: InputValue] {
        var fields: [String: InputValue] = [:]
        switch value {
        case .amount(let amount): fields["amount"] = number(amount)
        case .percent(let percent, let base):
            fields["percent"] = number(percent)
            fields["base"] = base.map(number)
        }
        fields["reason"] = reason.map(InputValue.text)
        return fields
    }

    static func deposit(_ deposit: DeductedDeposit) -> InputValue {
        var fields: [String: InputValue] = ["number": .text(deposit.invoice.number), "date": date(deposit.invoice.date)]
        switch deposit.amount {
        case .amount(let amount): fields["amount"] = number(amount)
        case .percent(let percent): fields["percent"] = number(percent)
        }
        return .map(fields)
    }

    static func paymentTerms(_ terms: PaymentTerms) -> InputValue {
        switch terms {
        case .onReceipt: .map(["kind": .text("on-receipt")])
        case .net(let days, let start): .map(["kind": .text("net"), "days": .text(String(days)), "from": .text(start.rawValue)])
        case .endOfMonth(let days, let method):
            .map(["kind": .text("end-of-month"), "days": .text(String(days)), "method": .text(method.rawValue)])
        case .fixedDate(let day): .map(["kind": .text("fixed-date"), "date": date(day)])
        }
    }

    static func penaltyRule(_ rule: PenaltyRule) -> InputValue {
        .map(["rate": penaltyRate(rule.rate), "counting": .text(rule.counting.rawValue), "daysInYear": .text(String(rule.daysInYear))])
    }

    static func penaltyRate(_ rate: PenaltyRate) -> InputValue {
        switch rate {
        case .annual(let percent): .map(["annualPercent": number(percent)])
        case .monthly(let percent): .map(["monthlyPercent": number(percent)])
        case .legalRateMultiple(let multiple): .map(["legalRateMultiple": number(multiple)])
        case .ecbPlus(let points): .map(["ecbPlusPoints": number(points)])
        case .baseRatePlus(let points): .map(["baseRatePlusPoints": number(points)])
        case .higherOf(let rates): .map(["higherOf": .list(rates.map(penaltyRate))])
        }
    }
}
