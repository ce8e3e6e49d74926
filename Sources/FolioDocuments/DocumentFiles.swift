import Foundation

extension RenderedDocument {
    /// Writes the PDF whole or not at all (to a temporary file beside it, then renamed), creating its folder.
    public func write(to path: String) throws {
        try AtomicFile.write(Data(pdf), to: path)
    }
}

/// Writes a whole file or nothing: to a temporary file beside it, then renamed into place.
public enum AtomicFile {
    ///
    /// - Throws: ``InputError`` « cannot write PATH: REASON » (permission denied, not a folder…).
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
            throw InputError(source: nil, "cannot write \(path): it is a folder")
        }
        // A device or a pipe (/dev/null, /dev/stdout) is written to, never replaced by a renamed file.
        if let type = try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType,
           type == .typeCharacterSpecial || type == .typeBlockSpecial || type == .typeSocket || type.rawValue == "NSFileTypeFIFO" {
            guard let handle = FileHandle(forWritingAtPath: path) else { throw InputError(source: nil, "cannot write \(path)") }
            defer { try? handle.close() }
            do { try handle.write(contentsOf: data) } catch {
                throw InputError(source: nil, "cannot write \(path): \(FileProblem.reason(error))")
            }
            return
        }
        do { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) } catch {
            throw InputError(source: nil, "cannot write \(path): cannot make its folder (\(FileProblem.reason(error)))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do { try data.write(to: temporary) } catch {
            throw InputError(source: nil, "cannot write \(path): \(FileProblem.reason(error))")
        }
        if rename(temporary.path, url.path) != 0 {
            let reason = FileProblem.posix(errno)
            try? FileManager.default.removeItem(at: temporary)
            throw InputError(source: nil, "cannot write \(path): \(reason)")
        }
    }
}
