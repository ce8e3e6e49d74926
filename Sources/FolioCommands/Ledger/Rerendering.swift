import FolioCore
import FolioInput
import FolioLayout
import FolioLedger
import FolioTemplates
import Foundation

/// Renders issued documents again from what the ledger kept (input, profile, language, number)
/// and compares the bytes with the SHA-256 recorded at issue and with the file on disk.
enum Rerendering {
    static func check(_ documents: [IssuedDocument]) throws -> [String] {
        var problems: [String] = []
        var companies: [String: CompanySetup] = [:]
        var typesetter: Typesetter?
        for document in documents {
            do {
                let key = document.profileFolder + "\n" + document.profile
                let company: CompanySetup
                if let known = companies[key] {
                    company = known
                } else {
                    company = try CompanySetup.load(text: document.profile, folder: URL(fileURLWithPath: document.profileFolder),
                                                    name: "\(document.number) profile", typesetter: typesetter)
                    typesetter = company.typesetter
                    companies[key] = company
                }
                guard let language = DocumentLanguage(rawValue: document.language) else {
                    problems.append("\(document.number): unknown language \(document.language)")
                    continue
                }
                let computed = try DocumentIssuing.compute(try InputValue.read(document.input), name: document.number, company: company)
                let rendered = try DocumentIssuing.render(computed, company: company, language: language, number: document.number)
                let hash = SHA256Hex.of(rendered.bytes)
                if hash != document.pdfSHA256 {
                    let versions = rendered.versions.joined(separator: ",")
                    let why = versions != document.templates ? " (templates now \(versions), issued with \(document.templates))"
                        : document.folioVersion != FolioVersion.current ? " (issued by Folio \(document.folioVersion), this is \(FolioVersion.current))" : ""
                    problems.append("\(document.number): re-rendered from its recorded input, it differs from the PDF issued\(why)")
                }
                if let data = FileManager.default.contents(atPath: document.file), SHA256Hex.of(data) != hash {
                    problems.append("\(document.number): \(document.file) differs from the document re-rendered from its recorded input")
                }
            } catch let failure as InputFailure {
                problems.append("\(document.number): cannot be re-rendered: \(failure.message)")
            }
        }
        return problems
    }
}
