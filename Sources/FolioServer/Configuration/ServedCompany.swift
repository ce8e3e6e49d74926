import FolioDocuments
import Foundation

/// A company the server issues for: its profile, and the key its documents are recorded under
/// (its SIREN) — every query of a request is narrowed to it.
struct ServedCompany: Sendable, Hashable {
    /// The profile's absolute path.
    let profile: String
    let ledgerKey: String
    let legalName: String

    /// Loads the profile once, on the calling thread, to check it and learn its key.
    init(profile path: String) throws {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        let company = try Company.load(absolute)
        profile = absolute
        ledgerKey = company.profile.ledgerKey
        legalName = company.profile.legalName
    }
}
