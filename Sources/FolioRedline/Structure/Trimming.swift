/// Trimming spaces in Swift rather than through Foundation's `trimmingCharacters`, which bridges every
/// call to NSString: the readers trim each line of a 30-page document.
extension StringProtocol {
    /// Without spaces and tabs (and no-break spaces) at either end.
    func trimmedSpaces() -> String {
        guard let start = firstIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        guard let last = lastIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        return String(self[start...last])
    }

    /// Without spaces at the end.
    func trimmedTrailingSpaces() -> String {
        guard let last = lastIndex(where: { !$0.isSpaceOrTab }) else { return "" }
        return String(self[...last])
    }
}

extension Character {
    var isSpaceOrTab: Bool { self == " " || self == "\t" || self == "\u{00A0}" || self == "\u{202F}" || self == "\r" }
}
