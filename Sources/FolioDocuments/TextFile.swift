import FolioCore
import FolioInput
import Foundation

/// Reading an input file's text: a missing, unreadable, binary or non-UTF-8 file is refused with an
/// error that names it and says which.
public enum TextFile {
    /// The UTF-8 text of the file at `path`, read as a `kind` of input; `name` is how errors name it
    /// (default: the path), `expected` what a binary file should have been.
    ///
    /// - Throws: ``InputError`` naming the file: missing, a folder, unreadable, binary, not UTF-8, or
    ///   larger than the kind's `bytes` limit (found without reading more than the limit: a device
    ///   or a pipe that never ends is refused too).
    public static func read(path: String, name: String? = nil, kind: InputKind, expected: String = "YAML or JSON text") throws -> String {
        let name = name ?? path
        let data = try bytes(path: path, name: name, limit: InputLimitSettings.current[kind].bytes, kind: kind)
        if data.prefix(8192).contains(0) {
            throw InputError(source: name, "is a binary file, not \(expected)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let offset = Self.firstInvalidUTF8(in: data).map { " (first bad byte at offset \($0))" } ?? ""
            throw InputError(source: name, "is not UTF-8 text\(offset): save it as UTF-8")
        }
        do { try InputLimitRefusal.checkSize(of: text, limits: InputLimitSettings.current[kind], kind: kind) } catch {
            throw InputError(source: name, error.reason)
        }
        return text
    }

    /// The bytes of the file at `path`, at most `limit` of them.
    ///
    /// - Throws: ``InputError`` naming the file (as `name`) when it is missing, a folder, unreadable
    ///   or larger than `limit`, the limit of inputs of `kind`.
    public static func bytes(path: String, name: String, limit: Int, kind: InputKind) throws -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw InputError(source: name, "no such file")
        }
        guard !isFolder.boolValue else { throw InputError(source: name, "is a folder, not a file") }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw InputError(source: name, "cannot read: \(FileProblem.reason(error))")
        }
        guard data.count <= limit else {
            throw InputError(source: name, InputLimitRefusal.reason("more than \(InputLimitRefusal.size(limit))", kind: kind, limit: .bytes))
        }
        return data
    }

    /// The offset of the first byte that is not valid UTF-8.
    static func firstInvalidUTF8(in data: Data) -> Int? {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            guard length > 0, index + length <= bytes.count,
                  bytes[(index + 1)..<(index + length)].allSatisfy({ $0 >> 6 == 0b10 }) else { return index }
            index += length
        }
        return nil
    }
}

/// The reason a file operation failed, in words (« permission denied », « no such folder »), never a
/// Foundation error dump.
public enum FileProblem {
    public static func reason(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return posix(Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return posix(Int32(nsError.code)) }
        if nsError.domain == NSCocoaErrorDomain {
            switch nsError.code {
            case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return "no such file or folder"
            case NSFileReadNoPermissionError, NSFileWriteNoPermissionError: return "permission denied"
            case NSFileWriteOutOfSpaceError: return "no space left on the device"
            case NSFileWriteVolumeReadOnlyError: return "read-only file system"
            default: break
            }
        }
        return nsError.localizedDescription
    }

    /// `strerror` in lower case: « permission denied », « no such file or directory ».
    public static func posix(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
