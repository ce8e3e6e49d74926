/// How a series writes its numbers: literal text with `{YYYY}`, `{YY}`, `{MM}` and exactly one
/// sequence field `{seq:N}` (at least N digits, zero-padded) or `{seq}`.
///
/// ```
/// F-{YYYY}-{seq:5}   → F-2026-00042
/// AV/{YY}{MM}/{seq}  → AV/2611/7
/// ```
/// Numbers may hold only letters, digits and `+ - _ /`, at most 35 characters.
// EN 16931 BT-1 as restricted by the French e-invoicing specifications (XP Z12-012): 35 characters, [A-Za-z0-9+-_/].
public struct NumberPattern: Sendable, Hashable, CustomStringConvertible {
    enum Part: Sendable, Hashable {
        case literal(String)
        case year, shortYear, month
        case sequence(width: Int)
    }

    public static let maximumLength = 35

    public let description: String
    let parts: [Part]

    /// Reads a pattern; the error says what is wrong with it.
    public init(_ text: String) throws(RuleViolation) {
        var parts: [Part] = []
        var literal = ""
        var rest = Substring(text)
        while let character = rest.first {
            if character == "{" {
                guard let close = rest.firstIndex(of: "}") else {
                    throw RuleViolation("\"\(text)\": a { is not closed")
                }
                let field = rest[rest.index(after: rest.startIndex)..<close]
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                parts.append(try Self.field(String(field), in: text))
                rest = rest[rest.index(after: close)...]
                continue
            }
            guard Self.isAllowed(character) else {
                throw RuleViolation("\"\(text)\": « \(character) » is not allowed in a number (letters, digits and + - _ / only)")
            }
            literal.append(character)
            rest = rest.dropFirst()
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        let sequences = parts.filter { if case .sequence = $0 { true } else { false } }.count
        guard sequences == 1 else {
            throw RuleViolation("\"\(text)\": a pattern needs exactly one {seq} or {seq:N} (it has \(sequences))")
        }
        self.description = text
        self.parts = parts
        // The shortest number it writes must fit: sequence 1 in its padded width.
        let shortest = parts.reduce(0) { length, part in
            switch part {
            case .literal(let text): length + text.count
            case .year: length + 4
            case .shortYear, .month: length + 2
            case .sequence(let width): length + width
            }
        }
        guard shortest <= Self.maximumLength else {
            throw RuleViolation("\"\(text)\": its numbers would have \(shortest) characters, more than \(Self.maximumLength)")
        }
    }

    /// True when the number shows the year: a yearly series must, or two years would share numbers.
    public var showsYear: Bool {
        parts.contains { $0 == .year || $0 == .shortYear }
    }

    /// The number of a sequence value on a date; refused past 35 characters.
    public func number(sequence: Int, on date: CalendarDate) throws(RuleViolation) -> String {
        var number = ""
        for part in parts {
            switch part {
            case .literal(let text): number += text
            case .year: number += Self.padded(date.year, 4)
            case .shortYear: number += Self.padded(date.year % 100, 2)
            case .month: number += Self.padded(date.month, 2)
            case .sequence(let width): number += Self.padded(sequence, width)
            }
        }
        guard number.count <= Self.maximumLength else {
            throw RuleViolation("number \(number) has \(number.count) characters, more than \(Self.maximumLength): the series \(description) is full")
        }
        return number
    }

    /// True when `number` could have been written by this pattern (any year, month and sequence).
    public func matches(_ number: String) -> Bool {
        Self.matches(Array(number), from: 0, parts: parts[...])
    }

    private static func matches(_ characters: [Character], from start: Int, parts: ArraySlice<Part>) -> Bool {
        guard let part = parts.first else { return start == characters.count }
        let rest = parts.dropFirst()
        func digits(_ count: Int) -> Bool {
            start + count <= characters.count && characters[start..<start + count].allSatisfy { $0.isASCII && $0.isNumber }
        }
        switch part {
        case .literal(let text):
            let literal = Array(text)
            guard start + literal.count <= characters.count, Array(characters[start..<start + literal.count]) == literal else { return false }
            return matches(characters, from: start + literal.count, parts: rest)
        case .year:
            return digits(4) && matches(characters, from: start + 4, parts: rest)
        case .shortYear:
            return digits(2) && matches(characters, from: start + 2, parts: rest)
        case .month:
            guard digits(2), let month = Int(String(characters[start..<start + 2])), (1...12).contains(month) else { return false }
            return matches(characters, from: start + 2, parts: rest)
        case .sequence(let width):
            // At least `width` digits; a longer run when the sequence outgrew its padding.
            var end = start
            while end < characters.count, characters[end].isASCII, characters[end].isNumber { end += 1 }
            guard end - start >= width else { return false }
            for length in stride(from: end - start, through: width, by: -1) where matches(characters, from: start + length, parts: rest) {
                return true
            }
            return false
        }
    }

    private static func field(_ field: String, in text: String) throws(RuleViolation) -> Part {
        switch field {
        case "YYYY": return .year
        case "YY": return .shortYear
        case "MM": return .month
        case "seq": return .sequence(width: 1)
        default:
            if field.hasPrefix("seq:"), let width = Int(field.dropFirst(4)), (1...12).contains(width) {
                return .sequence(width: width)
            }
            throw RuleViolation("\"\(text)\": {\(field)} is not a field (known: {YYYY}, {YY}, {MM}, {seq}, {seq:N} with N from 1 to 12)")
        }
    }

    private static func isAllowed(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || "+-_/".contains(character))
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
