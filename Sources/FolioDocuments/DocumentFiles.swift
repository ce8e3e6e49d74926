import Foundation

extension RenderedDocument {
    /// Writes the PDF whole or not at all (to a temporary file beside it, then renamed), creating its folder.
    public func write(to path: String) throws {
        try AtomicFile.write(Data(pdf), to: path)
    }
}

/// Writes a whole file or nothing: to a temporary file beside it, then renamed into place.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try data.write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(source: path, "cannot write: \(String(cString: strerror(errno)))")
        }
    }
}
