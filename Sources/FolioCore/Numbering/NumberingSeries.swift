/// A numbering series: the documents of one kind numbered in one continuous sequence.
///
/// A company may have several series of a kind (one per establishment); each is continuous on its
/// own (CGI ann. II art. 242 nonies A, I-2°: a unique number in one or several continuous series).
public struct NumberingSeries: Sendable, Hashable {
    /// When the sequence starts again at 1.
    public enum Reset: String, Sendable, Hashable, CaseIterable {
        /// On 1 January: the number must show the year.
        case yearly
        /// Never: one sequence for ever.
        case never
    }

    /// The series' name: the document kind for a kind's default series, any other name for more.
    public var name: String
    /// The document kind it numbers (`invoice`, `deposit-invoice`, `credit-note`, `quote`).
    public var kind: String
    public var pattern: NumberPattern
    public var reset: Reset

    public init(name: String, kind: String, pattern: NumberPattern, reset: Reset) throws(RuleViolation) {
        if reset == .yearly, !pattern.showsYear {
            throw RuleViolation("a series reset every year must show the year ({YYYY} or {YY}) in \(pattern), or two years would share numbers")
        }
        self.name = name
        self.kind = kind
        self.pattern = pattern
        self.reset = reset
    }

    /// The part of the calendar a sequence runs through: the year, or one period for ever.
    public func period(of date: CalendarDate) -> String {
        reset == .yearly ? String(date.year) : "all"
    }

    /// The default pattern of a prefix: `F` → `F-{YYYY}-{seq:4}`, reset every year.
    public static func prefixed(_ prefix: String, kind: String, name: String? = nil) throws(RuleViolation) -> NumberingSeries {
        try NumberingSeries(name: name ?? kind, kind: kind, pattern: NumberPattern("\(prefix)-{YYYY}-{seq:4}"), reset: .yearly)
    }
}

extension CompanyProfile {
    /// The series that numbers a kind: the one named, else the kind's own, else Folio's default
    /// for the kind (`D`, `F`, `FA`, `AV` followed by `-{YYYY}-{seq:4}`).
    public func numberingSeries(kind: String, named name: String? = nil) throws(RuleViolation) -> NumberingSeries {
        if let name {
            guard let series = series.first(where: { $0.name == name }) else {
                let known = series.filter { $0.kind == kind }.map(\.name)
                throw RuleViolation("no series \(name) in the company profile (\(kind) series: \(known.isEmpty ? "none" : known.joined(separator: ", ")))")
            }
            guard series.kind == kind else { throw RuleViolation("the series \(name) numbers \(series.kind) documents, not \(kind)") }
            return series
        }
        if let own = series.first(where: { $0.name == kind }) { return own }
        let prefixes = ["quote": "D", "invoice": "F", "deposit-invoice": "FA", "credit-note": "AV"]
        return try NumberingSeries.prefixed(prefixes[kind] ?? String(kind.prefix(1)).uppercased(), kind: kind)
    }
}
