import FolioCore
import Foundation

/// Reads what a version of terms of sale says about itself: `version.yaml` in its folder
/// (`templates/terms/goods-and-software/2026-09-01/version.yaml`), read as strictly as an order.
///
/// ```yaml
/// audience: business      # business (professional clients only), consumer, or all
/// ```
///
/// A version without the file is for businesses only (``TermsAudience/undeclared``), as Folio's terms were.
public enum TermsVersionReader {
    /// The file name, in the version's folder.
    public static let fileName = "version.yaml"

    /// The audience a version folder declares; ``TermsAudience/undeclared`` without `version.yaml`.
    public static func audience(inFolder folder: URL) throws(InvalidField) -> TermsAudience {
        let url = folder.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return .undeclared }
        return try audience(InputDocument.text(of: url))
    }

    /// The audience a `version.yaml` text declares.
    public static func audience(_ text: String) throws(InvalidField) -> TermsAudience {
        let fields = try InputDocument.root(of: text, what: "terms version file", kind: .terms).fields(["audience"])
        return try fields.required("audience").choice(TermsAudience.self)
    }
}
