extension PenaltyRate {
    /// The rate as the law lets a business debtor be charged: a multiple of the legal interest rate below
    /// three never applies, so it is the floor itself, alone or within a « higher of ». Fixed rates and
    /// ECB-based rates are compared with the floor period by period when penalties are computed.
    // C. com. L441-10 II: between businesses, never less than 3 × the legal interest rate.
    public var atLeastLegalFloorMultiple: PenaltyRate {
        switch self {
        case .legalRateMultiple(let multiple) where multiple < PenaltyRule.legalFloorMultiple:
            return .legalRateMultiple(PenaltyRule.legalFloorMultiple)
        case .higherOf(let rates):
            var lawful: [PenaltyRate] = []
            for rate in rates.map(\.atLeastLegalFloorMultiple) where !lawful.contains(rate) { lawful.append(rate) }
            return lawful.count == 1 ? lawful[0] : .higherOf(lawful)
        default:
            return self
        }
    }
}

extension PenaltyRule {
    /// The rule as documents state and apply it: for a business debtor, a clause below the legal floor
    /// gives way to the floor, which is then THE rate printed (never the clause with a correction).
    // C. com. L441-10 II.
    public var lawful: PenaltyRule {
        guard businessDebtor else { return self }
        var rule = self
        rule.rate = rate.atLeastLegalFloorMultiple
        return rule
    }
}
