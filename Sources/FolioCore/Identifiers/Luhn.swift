/// The Luhn check (ISO/IEC 7812-1) used by SIREN and SIRET.
enum Luhn {
    /// True when the digits pass the Luhn check; false for any non-digit.
    static func isValid(_ digits: some StringProtocol) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue, character.isASCII else { return false }
            let weighted = index % 2 == 1 ? digit * 2 : digit
            sum += weighted > 9 ? weighted - 9 : weighted
        }
        return sum % 10 == 0
    }
}

/// Removes the spaces, dots and no-break spaces people type inside identifiers.
func compactIdentifier(_ text: String) -> String {
    String(text.filter { !$0.isWhitespace && $0 != "." && $0 != "-" }).uppercased()
}
