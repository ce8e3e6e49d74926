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

extension PenaltyRate {
    /// The rates a « higher of » compares, or the rate alone.
    var alternatives: [PenaltyRate] {
        if case .higherOf(let rates) = self { return rates }
        return [self]
    }
}

extension PenaltyRule {
    /// The rule as documents state and apply it: for a business debtor, a clause below the legal floor
    /// gives way to the floor, which is then THE rate printed (never the clause with a correction).
    // C. com. L441-10 II.
    ///
    /// Under German law, a rate agreed below the statutory default interest is stated as the higher of
    /// the two: the creditor may always claim the statutory rate (§ 288 Abs. 3 BGB).
    public var lawful: PenaltyRule {
        var rule = self
        switch jurisdiction {
        case .france:
            guard businessDebtor else { return self }
            rule.rate = rate.atLeastLegalFloorMultiple
        case .germany:
            guard let minimum, rate != minimum else { return self }
            if case .baseRatePlus(let points) = rate, case .baseRatePlus(let floor) = minimum, points >= floor { return self }
            var rates: [PenaltyRate] = []
            for one in (rate.alternatives + [minimum]) where !rates.contains(one) { rates.append(one) }
            rule.rate = .higherOf(rates)
        }
        return rule
    }
}
