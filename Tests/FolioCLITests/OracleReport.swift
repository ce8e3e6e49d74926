import Foundation

/// What `scripts/check-einvoice.py … --json` reports: every document checked and its problems
/// (official SVRL asserts for `en16931`, the factur-x package's findings for `facturx`).
struct OracleReport: Decodable, Sendable {
    /// `en16931` or `facturx`.
    let command: String
    let checked: Int
    /// Fatal problems, all documents together (the script exits 1 when there is one).
    let fatal: Int
    let warnings: Int
    let documents: [Document]
    let timings: Timings

    struct Problem: Decodable, Sendable, CustomStringConvertible {
        /// `fatal` or `warning`.
        let flag: String
        /// The rule: `BR-CO-10`, … or the script's own (`FILE-NOT-XML`, `FX-XSD`, `FX-XMP`, …).
        let id: String
        /// The SVRL location (an XPath), or the PDF part for Factur-X.
        let location: String
        let text: String
        /// `failed-assert`, `successful-report` or `check` (found by the script, not by the XSLT).
        let kind: String

        var isFatal: Bool { flag == "fatal" }
        var description: String { "\(flag) \(id): \(text)" }
    }

    /// The Factur-X XMP properties read from the PDF (absent ones are nil).
    struct XMP: Decodable, Sendable {
        let documentType: String?
        let documentFileName: String?
        let version: String?
        let conformanceLevel: String?
        let pdfaPart: String?
        let pdfaConformance: String?
    }

    struct Document: Decodable, Sendable {
        /// The path as given.
        let file: String
        /// `CII`, `UBL`, `Factur-X PDF`, or `?` when the file is not an e-invoice.
        let kind: String
        let problems: [Problem]
        let fatal: Int
        let warnings: Int
        /// EN 16931: how many rules of the XSLT applied (0 means the document was not really checked).
        let rulesFired: Int?
        /// XRechnung: how many rules of KoSIT's Schematron applied.
        let xrechnungRulesFired: Int?
        /// Factur-X: the embedded file's name, the flavor and profile the package reads from its XML.
        let embeddedFile: String?
        let flavor: String?
        let level: String?
        let xmp: XMP?
        let afRelationship: String?
        /// Factur-X: the XML the embedded one was compared with, and whether it is byte-equal.
        let expectedXML: String?
        let matchesExpected: Bool?

        var name: String { URL(fileURLWithPath: file).lastPathComponent }
        var fatalProblems: [Problem] { problems.filter(\.isFatal) }
    }

    struct Timings: Decodable, Sendable {
        /// Per syntax (`CII`, `UBL`): the XSLT's compilation, once per run.
        let compileSeconds: [String: Double]
        let totalSeconds: Double
    }
}
