/// A rule of the domain that the input breaks, said in one sentence a user can act on.
///
/// The core names the rule; the input layer adds the path of the field that broke it.
public struct RuleViolation: Error, Sendable, Hashable, CustomStringConvertible {
    public let reason: String

    public init(_ reason: String) {
        self.reason = reason
    }

    public var description: String { reason }
}
