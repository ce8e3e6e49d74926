/// A German tax number (Steuernummer), which the tax office gives a business and which its invoices
/// print when they do not print its VAT identification number.
// § 14 Abs. 4 Nr. 2 UStG.
///
/// Written as the Land writes it (« 133/8150/8159 » in North Rhine-Westphalia, « 181/815/08155 » in
/// Bavaria, « 21/815/08150 » in Berlin) or in the federal 13-digit form (« 5133081508159 »: the tax
/// office's four digits, a 0, then eight digits). The check digit is not verified: each Land computes
/// it its own way.
public struct GermanTaxNumber: TextIdentifier, Sendable, Hashable, CustomStringConvertible {
    /// As written, spaces trimmed: what documents print.
    public let text: String
    public var compactText: String { text }

    /// The groups of digits of the Länder's own forms, slash- or space-separated.
    // ELSTER, « Aufbau der Steuernummer » (Länder schemes).
    /// Rhineland-Palatinate's older form sets the check digit apart (22/815/0815/4).
    static let landGroupings: Set<[Int]> = [[2, 3, 5], [5, 5], [3, 3, 5], [3, 4, 4], [2, 3, 4, 1]]
    /// The first digits of the federal form's tax office number that name a Land (10 Saarland, 11 Berlin,
    /// 21 to 28 the north-west and south-west Länder, 30 to 32 and 40 to 41 the eastern Länder, 5 North
    /// Rhine-Westphalia, 9 Bavaria).
    static let federalLandPrefixes = ["10", "11", "21", "22", "23", "24", "26", "27", "28", "30", "31", "32", "40", "41", "5", "9"]

    public init(_ text: String) throws(RuleViolation) {
        let trimmed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let groups = trimmed.split(whereSeparator: { $0 == "/" || $0 == " " }).map(String.init)
        guard !groups.isEmpty, groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            throw RuleViolation("a Steuernummer is digits, grouped by / as the Land writes it (133/8150/8159) or 13 digits (5133081508159); \"\(text)\" is not")
        }
        let digits = groups.joined()
        if groups.count == 1, digits.count == 13 {
            guard Array(digits)[4] == "0", Self.federalLandPrefixes.contains(where: { digits.hasPrefix($0) }) else {
                throw RuleViolation("\(digits) is not a 13-digit Steuernummer: four digits of a German tax office, a 0, then eight digits")
            }
        } else if groups.count == 1 {
            guard digits.count == 10 || digits.count == 11 else {
                throw RuleViolation("a Steuernummer has 10 or 11 digits as the Land writes it, or 13 in the federal form; \"\(text)\" has \(digits.count)")
            }
        } else {
            guard Self.landGroupings.contains(groups.map(\.count)) else {
                throw RuleViolation("\"\(text)\" is not grouped as a Land writes its Steuernummer (2/3/5, 5/5, 3/3/5, 3/4/4 or 2/3/4/1 digits)")
            }
        }
        self.text = trimmed
    }

    public var description: String { text }
}
