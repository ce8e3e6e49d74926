/// Where a party receives e-invoices (EN 16931 BT-34 for the seller, BT-49 for the buyer): an
/// identifier and its scheme — `0225` for the French e-invoicing directory (a SIREN, optionally
/// followed by `_` and a suffix), `0009` for a SIRET, `0002` for a SIREN, `EM` for an e-mail address,
/// or another ISO/IEC 6523 ICD code.
///
/// ```swift
/// let address = try ElectronicAddress(scheme: "0225", identifier: "552100554")
/// address.description   // "0225:552100554"
/// ```
public struct ElectronicAddress: Sendable, Hashable, Codable, CustomStringConvertible {
    public let scheme: String
    public let identifier: String

    /// - Throws: ``RuleViolation`` when the scheme is not an ICD code or EM, or the identifier does not fit it.
    public init(scheme: String, identifier: String) throws(RuleViolation) {
        let isICD = scheme.count == 4 && scheme.allSatisfy { $0.isASCII && $0.isNumber }
        guard isICD || scheme == "EM" else {
            throw RuleViolation("\"\(scheme)\" is not an electronic address scheme (0225, 0009, 0002, EM or another 4-digit ISO/IEC 6523 code)")
        }
        guard !identifier.isEmpty, identifier.count <= 100, !identifier.contains(where: \.isWhitespace) else {
            throw RuleViolation("\"\(identifier)\" is not an electronic address (no spaces, at most 100 characters)")
        }
        switch scheme {
        case "0225":
            // The directory address is the SIREN, optionally with a suffix after « _ ».
            let siren = identifier.split(separator: "_", maxSplits: 1).first.map(String.init) ?? ""
            do { _ = try SIREN(siren) } catch { throw RuleViolation("\(identifier): the 0225 scheme takes a SIREN (optionally _suffix): \(error.reason)") }
        case "0002":
            do { _ = try SIREN(identifier) } catch { throw RuleViolation("\(identifier): the 0002 scheme takes a SIREN: \(error.reason)") }
        case "0009":
            do { _ = try SIRET(identifier) } catch { throw RuleViolation("\(identifier): the 0009 scheme takes a SIRET: \(error.reason)") }
        case "0204":
            // A German public buyer's address is its Leitweg-ID.
            do { _ = try LeitwegID(identifier) } catch { throw RuleViolation("\(identifier): the 0204 scheme takes a Leitweg-ID: \(error.reason)") }
        case "EM":
            guard identifier.split(separator: "@").count == 2, !identifier.hasSuffix("@") else {
                throw RuleViolation("\(identifier) is not an e-mail address")
            }
        default:
            break
        }
        self.scheme = scheme
        self.identifier = identifier
    }

    /// `0225:552100554`.
    public var description: String { "\(scheme):\(identifier)" }

    /// Reads `SCHEME:IDENTIFIER`, e.g. `0225:552100554` or `EM:factures@client.example`.
    public init(_ text: String) throws(RuleViolation) {
        guard let colon = text.firstIndex(of: ":") else {
            throw RuleViolation("\"\(text)\" is not SCHEME:IDENTIFIER (e.g. 0225:552100554)")
        }
        try self.init(scheme: String(text[..<colon]), identifier: String(text[text.index(after: colon)...]))
    }
}
