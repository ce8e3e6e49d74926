/// Why bytes that should hold some ASN.1 structure do not: said in words, for a report or an error.
struct DERFormatError: Error, Sendable {
    let reason: String
    init(_ reason: String) { self.reason = reason }
}
