extension OrderComputation {
    /// The fields of order data that depend on the buyer being a consumer: how the contract is
    /// concluded (a quote to a consumer must say it; a business has no right of withdrawal), and no
    /// late-payment terms of its own (a consumer owes interest at the legal rate from a formal notice).
    static func checkConsumerFields(_ order: Order) throws(InvalidField) {
        if order.buyer.isBusiness {
            if let channel = order.saleChannel {
                // C. consom. L221-3, L221-18: the right of withdrawal is a consumer's.
                throw InvalidField("saleChannel", "\(channel.rawValue) is for a consumer's contract (buyer.kind: individual): it decides the consumer's right of withdrawal, which a business client does not have")
            }
            return
        }
        if order.kind == .quote, order.saleChannel == nil {
            // C. consom. L221-5: a contract at a distance or off premises carries the withdrawal information and form.
            throw InvalidField("saleChannel", "required on a quote to a consumer: distance, off-premises or on-premises (a contract concluded at a distance or off premises gives 14 days to withdraw, and the quote then carries the withdrawal information and form, C. consom. L221-5 and L221-18)")
        }
        if order.penaltyRule != nil, order.seller.flatMap({ Jurisdiction(sellerCountry: $0.country) }) == .germany {
            // § 288 Abs. 1 BGB; § 309 Nr. 5 BGB limits what terms may add for a consumer.
            throw InvalidField("latePayment", "a consumer owes the statutory default interest, 5 percentage points above the base rate (§ 288 Abs. 1 BGB), which Folio applies; remove latePayment")
        }
        if order.penaltyRule != nil {
            // C. com. L441-10 is between businesses; C. civ. 1231-6, 1344-1 for a consumer.
            throw InvalidField("latePayment", "a consumer owes no late-payment penalty of the terms: interest at the legal rate runs from a formal notice to pay (C. civ. art. 1231-6 and 1344-1), the penalties of C. com. L441-10 being between businesses; remove latePayment")
        }
    }
}
