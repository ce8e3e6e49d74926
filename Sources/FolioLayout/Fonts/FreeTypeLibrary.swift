import CFreeType
import Foundation
import Synchronization

/// The process's one FreeType library handle, from which every font face is opened.
///
/// It is never released: Cairo may keep font faces (and so FreeType faces) alive in its caches
/// until the process ends, and releasing the library would free them under Cairo's feet.
/// Opening a face is serialised by a lock, as FreeType asks; each face is then used by one thread.
final class FreeTypeLibrary: @unchecked Sendable {
    static let shared = FreeTypeLibrary()

    private let handle: FT_Library?
    private let lock = Mutex(())

    private init() {
        var library: FT_Library?
        handle = FT_Init_FreeType(&library) == 0 ? library : nil
    }

    /// Opens the first face of a font file.
    func openFace(at path: String) throws(FontError) -> FT_Face {
        try lock.withLock { _ throws(FontError) -> FT_Face in
            guard let handle else { throw FontError(path: path, reason: "FreeType could not be initialised") }
            var face: FT_Face?
            let status = FT_New_Face(handle, path, 0, &face)
            guard status == 0, let face else {
                let reason = FileManager.default.fileExists(atPath: path)
                    ? "FreeType cannot read it (error \(status))" : "no such file"
                throw FontError(path: path, reason: reason)
            }
            return face
        }
    }
}
