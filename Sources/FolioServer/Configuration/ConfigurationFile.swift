import FolioDocuments
import Foundation
import Yams

/// What the server's YAML files (API keys, users) share: read within the limits of a profile, written
/// whole or not at all with a comment on top, and the company profiles they name, relative to them.
enum ConfigurationFile {
    /// Reads a YAML file into `type`; `shape` says what it should hold when it does not.
    static func read<Content: Decodable>(_ type: Content.Type, from path: String, shape: String) throws -> Content {
        let text = try TextFile.read(path: path, kind: .profile, expected: "YAML")
        do {
            return try YAMLDecoder().decode(Content.self, from: text)
        } catch {
            throw InputError(source: path, "not \(shape): \(error)")
        }
    }

    /// Writes `content` as YAML under a `# comment` line, creating the folder.
    static func write(_ content: some Encodable, comment: String, to path: String) throws {
        let text = "# \(comment)\n" + (try YAMLEncoder().encode(content))
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try AtomicFile.write(Data(text.utf8), to: path)
    }

    /// A profile's path as the file at `path` writes it: relative when it is inside the file's folder.
    static func relativePath(of profile: String, in path: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().standardizedFileURL.path
        let absolute = URL(fileURLWithPath: profile).standardizedFileURL.path
        return absolute.hasPrefix(folder + "/") ? String(absolute.dropFirst(folder.count + 1)) : absolute
    }

    /// The companies a file names, each profile loaded once however many entries name it.
    struct Companies {
        let file: String
        private var loaded: [String: ServedCompany] = [:]

        init(file: String) {
            self.file = file
        }

        /// The company of a profile path as the file writes it (relative to the file's folder).
        /// - Throws: ``InputError`` naming the file and `field` when the profile cannot be used.
        mutating func company(_ profile: String, field: String) throws -> ServedCompany {
            let folder = URL(fileURLWithPath: file).deletingLastPathComponent()
            let path = URL(fileURLWithPath: profile, relativeTo: folder).standardizedFileURL.path
            if let known = loaded[path] { return known }
            let company: ServedCompany
            do { company = try ServedCompany(profile: path) } catch { throw InputError(source: file, field: field, "\(error)") }
            loaded[path] = company
            return company
        }
    }
}
