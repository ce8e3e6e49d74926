import FolioDocuments
import Foundation
import Mustache

/// The pages' HTML, from the Mustache templates of web/templates: each page inherits `layout`
/// (`{{<layout}}{{$main}}…{{/main}}{{/layout}}`), and Mustache escapes every value written with
/// `{{ }}`, so a client named `<script>` is shown as text.
struct PageViews: Sendable {
    private let library: MustacheLibrary
    let text: InterfaceText
    /// The stylesheet and script, served from memory with a hash in their address (cached for a year).
    let assets: [String: (bytes: [UInt8], type: String)]
    let assetPaths: [String: String]

    /// Reads the templates, the interface's words and the assets under `folder` (the installed web/).
    /// - Throws: ``InputError`` naming the template that does not parse.
    init(folder: URL) throws {
        var library = MustacheLibrary()
        let templates = folder.appendingPathComponent("templates")
        for name in try FileManager.default.contentsOfDirectory(atPath: templates.path).sorted() where name.hasSuffix(".mustache") {
            let path = templates.appendingPathComponent(name).path
            do {
                try library.register(String(contentsOfFile: path, encoding: .utf8), named: String(name.dropLast(".mustache".count)))
            } catch {
                throw InputError(source: path, "the template does not parse: \(error)")
            }
        }
        self.library = library
        text = try InterfaceText(folder: folder.appendingPathComponent("locales"))
        var assets: [String: (bytes: [UInt8], type: String)] = [:]
        var paths: [String: String] = [:]
        for (name, type) in [("folio.css", "text/css; charset=utf-8"), ("folio.js", "text/javascript; charset=utf-8")] {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent("static/\(name)")))
            let path = "/static/\(Self.fingerprint(bytes))/\(name)"
            assets[path] = (bytes, type)
            paths[name] = path
        }
        self.assets = assets
        assetPaths = paths
    }

    /// A page: `template` filled with `model`; nil when the template is missing (a bug, answered 500).
    func render(_ template: String, _ model: Any) -> String? {
        library.render(model, withTemplate: template)
    }

    /// A short hash of an asset's bytes (FNV-1a), so a changed file gets a new address.
    private static func fingerprint(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }
}
