import FolioCore
import Foundation

/// Where the files a company profile names (logo, templates, rates, signing certificate and key)
/// may be: inside the profile's folder. A path that leads out of it (`../../etc/…`, an absolute path,
/// a symbolic link to elsewhere) is refused, so a profile written by someone else reads no file of the
/// machine it runs on; `FOLIO_PROFILE_PATHS=anywhere` (or ``allowsOutside``) lets a trusted profile
/// name files elsewhere, such as a key kept in a secrets folder.
public struct ProfilePaths: Sendable, Hashable {
    /// The environment variable that allows paths outside the profile's folder: `anywhere`.
    public static let environmentVariable = "FOLIO_PROFILE_PATHS"

    /// The profile's folder, as given and with its symbolic links resolved.
    public let folder: URL
    private let resolvedFolder: String
    /// Whether paths may lead outside the folder.
    public let allowsOutside: Bool

    public init(folder: URL, allowsOutside: Bool) {
        self.folder = folder.standardizedFileURL
        resolvedFolder = folder.standardizedFileURL.resolvingSymlinksInPath().path
        self.allowsOutside = allowsOutside
    }

    /// Whether this process allows paths outside profile folders (`FOLIO_PROFILE_PATHS=anywhere`).
    public static func outsideAllowed(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        environment[environmentVariable] == "anywhere"
    }

    /// The file or folder `path` names, relative to the profile's folder.
    ///
    /// - Throws: ``InputError`` naming the profile file (`source`), the `field` and the path, when it
    ///   leads outside the folder and that is not allowed.
    public func resolve(_ path: String, field: String, source: String) throws -> URL {
        let url = (path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)).standardizedFileURL
        guard !allowsOutside else { return url }
        let allow = "set \(Self.environmentVariable)=anywhere to allow files outside it"
        guard Self.isInside(url.path, resolvedFolder) || Self.isInside(url.path, folder.path) else {
            throw InputError(source: source, field: field, "\(path) is outside the profile's folder \(folder.path): refused (\(allow))")
        }
        let resolved = url.resolvingSymlinksInPath().path
        guard Self.isInside(resolved, resolvedFolder) else {
            throw InputError(source: source, field: field,
                             "\(path) is a symbolic link to \(resolved), outside the profile's folder \(folder.path): refused (\(allow))")
        }
        return url
    }

    private static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }
}
