/// Numbers, amounts, rates and dates written the way each language writes them.
///
/// French: « 1 234,56 € », « 5,5 % », « 16 mars 2026 », narrow no-break spaces between thousands
/// and a no-break space before the unit. English: « €1,234.56 », « 5.5% », « 16 March 2026 ».
/// German: « 1.234,56 € », « 5,5 % », « 16. März 2026 » (DIN 5008: a space before € and %).
/// Only presentation: every value was computed by the core.
public struct LocalizedFormat: Sendable {
    public let language: DocumentLanguage

    public init(_ language: DocumentLanguage) {
        self.language = language
    }

    private static let narrowNoBreakSpace = "\u{202F}"
    private static let noBreakSpace = "\u{A0}"

    /// A decimal with grouped thousands and the language's decimal mark, at `places` decimals
    /// (nil keeps the value's own decimals, trailing zeros dropped).
    public func number(_ value: ExactDecimal, places: Int? = nil) -> String {
        var text = places.map { value.formatted(places: $0) } ?? Self.trimmed(value.description)
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = parts[0]
        var groups: [String] = []
        while integer.count > 3 {
            groups.insert(String(integer.suffix(3)), at: 0)
            integer = String(integer.dropLast(3))
        }
        groups.insert(integer, at: 0)
        let separator = language.words(fr: Self.narrowNoBreakSpace, en: ",", de: ".")
        let decimalMark = language == .english ? "." : ","
        var result = groups.joined(separator: separator)
        if parts.count == 2 { result += decimalMark + parts[1] }
        return (negative ? "−" : "") + result
    }

    /// An amount with its currency: « 1 234,56 € » / « €1,234.56 »; other currencies by code.
    public func amount(_ money: Money) -> String {
        let digits = number(money.amount, places: money.currency.minorUnit)
        let symbol = Self.symbols[money.currency.code]
        switch language {
        case .french, .german:
            return digits + Self.noBreakSpace + (money.currency.code == "EUR" ? "€" : money.currency.code)
        case .english:
            guard let symbol else { return money.currency.code + Self.noBreakSpace + digits }
            return digits.hasPrefix("−") ? "−" + symbol + digits.dropFirst() : symbol + digits
        }
    }

    private static let symbols = ["EUR": "€", "GBP": "£", "USD": "$"]

    /// A rate in percent: « 5,5 % » / « 5.5% ».
    public func percent(_ value: ExactDecimal) -> String {
        language == .english ? number(value) + "%" : number(value) + Self.noBreakSpace + "%"
    }

    /// A date in words: « 16 mars 2026 » / « 16 March 2026 » / « 16. März 2026 » (« 1er mars » in French).
    public func date(_ date: CalendarDate) -> String {
        switch language {
        case .french:
            let day = date.day == 1 ? "1er" : String(date.day)
            return "\(day) \(Self.frenchMonths[date.month - 1]) \(date.year)"
        case .english:
            return "\(date.day) \(Self.englishMonths[date.month - 1]) \(date.year)"
        case .german:
            return "\(date.day). \(Self.germanMonths[date.month - 1]) \(date.year)"
        }
    }

    private static let frenchMonths = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                       "septembre", "octobre", "novembre", "décembre"]
    private static let germanMonths = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                                       "September", "Oktober", "November", "Dezember"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]

    /// "12.50" → "12.5", "3.00" → "3".
    private static func trimmed(_ text: String) -> String {
        guard text.contains(".") else { return text }
        var copy = text
        while copy.hasSuffix("0") { copy.removeLast() }
        if copy.hasSuffix(".") { copy.removeLast() }
        return copy
    }
}
