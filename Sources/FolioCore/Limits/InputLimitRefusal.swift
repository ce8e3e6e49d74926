/// The words of a refusal for a limit passed: what was found, the limit, and how to raise it.
public enum InputLimitRefusal {
    /// `REASON (limit KIND.NAME; raise it with FOLIO_LIMITS=KIND.NAME=…)`.
    public static func reason(_ reason: String, kind: InputKind, limit: InputLimits.Name) -> String {
        "\(reason): refused (limit \(kind.rawValue).\(limit.rawValue); a larger one is set with FOLIO_LIMITS=\(kind.rawValue).\(limit.rawValue)=N)"
    }

    /// The whole input refused (an empty field path).
    public static func field(_ reason: String, kind: InputKind, limit: InputLimits.Name) -> InvalidField {
        InvalidField("", self.reason(reason, kind: kind, limit: limit))
    }

    /// A number of bytes as a reader says it: « 8 MB », « 512 KB », « 1000 bytes ».
    public static func size(_ bytes: Int) -> String {
        let units = [(1024 * 1024 * 1024, "GB"), (1024 * 1024, "MB"), (1024, "KB")]
        for (factor, unit) in units where bytes >= factor && bytes % factor == 0 { return "\(bytes / factor) \(unit)" }
        return "\(bytes) bytes"
    }

    /// Refuses a text longer than `limits` allows in bytes or lines.
    public static func checkSize(of text: String, limits: InputLimits, kind: InputKind) throws(InvalidField) {
        let bytes = text.utf8.count
        if bytes > limits.bytes {
            throw field("\(bytes) bytes: more than \(size(limits.bytes))", kind: kind, limit: .bytes)
        }
        var lines = 1
        for byte in text.utf8 where byte == 0x0A { lines += 1 }
        if lines > limits.lines {
            throw field("\(lines) lines: more than \(limits.lines)", kind: kind, limit: .lines)
        }
    }
}
