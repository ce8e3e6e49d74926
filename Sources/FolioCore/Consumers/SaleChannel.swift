/// How a contract with a consumer is concluded: it decides whether the consumer may withdraw.
///
/// A contract concluded at a distance (web, phone, mail) or off premises (at the consumer's home, at
/// work) gives the consumer fourteen days to withdraw, and the pre-contract information carries the
/// withdrawal conditions and the model form; one concluded on the seller's premises does not.
// C. consom. L221-1 (definitions), L221-5 (information), L221-18 (withdrawal period).
public enum SaleChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// Without the parties being together, through one or more means of distance communication.
    case distance
    /// In a place that is not the seller's usual place of business, the parties being together.
    case offPremises = "off-premises"
    /// In the seller's shop or office.
    case onPremises = "on-premises"

    /// True when the consumer may withdraw within fourteen days without giving a reason.
    // C. consom. L221-18.
    public var givesRightOfWithdrawal: Bool { self != .onPremises }
}
