import CFreeType
import Foundation
import Synchronization

/// The process's one FreeType library handle, from which every font face is opened.
///
/// It is never released: Cairo may keep font faces (and so FreeType faces) alive in its caches
/// until the process ends, and releasing the library would free them under Cairo's feet.
/// Opening and closing faces are serialised by a lock, as FreeType asks (both change the library's
/// list of faces); each face is then used by one thread. A face closed on one thread while another
/// thread opened one crashed FreeType when batches loaded and released companies on several threads.
final class FreeTypeLibrary: @unchecked Sendable {
    static let shared = FreeTypeLibrary()

    private let handle: FT_Library?
    private let lock = Mutex(())

    private init() {
        var library: FT_Library?
        handle = FT_Init_FreeType(&library) == 0 ? library : nil
    }

    /// Runs `close` (which releases faces: `FT_Done_Face`, or HarfBuzz objects that do) under the lock.
    func closing(_ close: () -> Void) {
        lock.withLock { _ in close() }
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
