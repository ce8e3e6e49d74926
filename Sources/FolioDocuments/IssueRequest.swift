import FolioCore
import Foundation

/// What renders an issued document again if its issuer dies between taking the number and recording
/// the document: kept with the number's ``Reservation`` as JSON, read back by ``InterruptedIssues``.
struct IssueRequest: Codable, Sendable, Equatable {
    /// The order as given, in canonical JSON.
    var input: String
    var language: String
    /// The company profile in canonical JSON, and the folder its relative paths start from.
    var profile: String
    var profileFolder: String
    /// The quote an invoice was made from.
    var quote: String?
    /// Whether the document is signed with the profile's certificate.
    var signs: Bool

    var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        // Encoding strings, optionals and booleans cannot fail.
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    init(input: String, language: String, profile: String, profileFolder: String, quote: String?, signs: Bool) {
        self.input = input
        self.language = language
        self.profile = profile
        self.profileFolder = profileFolder
        self.quote = quote
        self.signs = signs
    }

    init(json: String) throws {
        self = try JSONDecoder().decode(Self.self, from: Data(json.utf8))
    }
}
