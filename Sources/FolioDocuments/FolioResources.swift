import FolioLayout
import Foundation

/// The folder holding Folio's fonts, hyphenation patterns, templates and rates: `$FOLIO_RESOURCES`,
/// else `PREFIX/share/folio` for an installed `PREFIX/bin/folio`, else the current folder, the
/// executable's folder or one of their parents (a checkout of the repository).
public enum FolioResources {
    /// The environment variable naming the folder.
    public static let environmentVariable = "FOLIO_RESOURCES"

    /// - Throws: ``ResourcesNotFound`` saying where Folio looked and how to fix it.
    public static func locate() throws -> URL {
        do { return try ResourceDirectory.locate() } catch {
            throw ResourcesNotFound(explicit: ProcessInfo.processInfo.environment[environmentVariable])
        }
    }

    /// The example company shipped with the resources (`examples/company/profile.yaml`), if any.
    public static func exampleProfile() -> String? {
        guard let folder = try? locate() else { return nil }
        let path = folder.appendingPathComponent("examples/company/profile.yaml").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}

/// Folio's resource folder (fonts/, hyphenation/, templates/, rates/) is nowhere to be found: an
/// installation problem the user fixes (exit 1), never an internal error.
public struct ResourcesNotFound: Error, Sendable, CustomStringConvertible {
    /// `$FOLIO_RESOURCES` when it was set (and does not hold the resources).
    public let explicit: String?

    public var description: String {
        let given = explicit.map { "FOLIO_RESOURCES=\($0) does not hold them; " } ?? ""
        return "cannot find Folio's resources (the folders fonts/, hyphenation/, templates/ and rates/): \(given)"
            + "install Folio with `make install PREFIX=/usr/local` (the binary in PREFIX/bin, the resources in PREFIX/share/folio), "
            + "run it from a Folio checkout, or set FOLIO_RESOURCES to the folder that holds them"
    }
}
