import FolioCore

/// Bad input, named the way a user can act on: where it came from, the field at fault and why,
/// printed as `SOURCE: FIELD: REASON` (`orders/01.yaml: lines[2].quantity: must be more than 0`).
///
/// Nothing was numbered or written when it is thrown.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, or what was read (`quote D-2026-0001`, `templates`); nil when the caller knows it.
    public let source: String?
    /// The path of the field at fault (`buyer.siren`, `lines[2].quantity`); nil for the input as a whole.
    public let field: String?
    public let reason: String

    public init(source: String?, field: String? = nil, _ reason: String) {
        self.source = source
        self.field = field.flatMap { $0.isEmpty ? nil : $0 }
        self.reason = reason
    }

    /// A field the readers or the core refused, in a named input.
    public init(source: String?, _ error: InvalidField) {
        self.init(source: source, field: error.path, error.reason)
    }

    public var description: String {
        [source, field, reason].compactMap { $0 }.joined(separator: ": ")
    }
}

/// The ledger cannot be opened or written: not the input's fault.
public struct LedgerUnavailable: Error, Sendable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// Verification found the ledger or its files not as issued.
public struct LedgerUnsound: Error, Sendable, CustomStringConvertible {
    public let problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String {
        "the ledger failed verification (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n"
            + problems.map { "  \($0)" }.joined(separator: "\n")
    }
}
