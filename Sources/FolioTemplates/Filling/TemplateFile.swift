import FolioCore
import FolioInput
import Foundation

/// Reading a template file's text, never more than the `bytes` limit of templates.
enum TemplateFile {
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    static func text(of url: URL) throws -> String {
        let limit = InputLimitSettings.current[.template].bytes
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limit + 1) ?? Data()
        guard data.count <= limit else {
            throw Unreadable(description: InputLimitRefusal.reason("more than \(InputLimitRefusal.size(limit))", kind: .template, limit: .bytes))
        }
        guard let text = String(data: data, encoding: .utf8) else { throw Unreadable(description: "not UTF-8 text") }
        return text
    }
}
