import Foundation

/// The ICC colour profiles shipped in the resource folder's `color/` (see `color/README.md`).
public enum ColorProfiles {
    /// Where the sRGB profile lies in the resource folder: the output intent of Folio's PDF/A files.
    public static let sRGBPath = "color/sRGB.icc"

    /// The sRGB profile's bytes, from the resource folder `resources` (the one holding `fonts/`).
    /// - Throws: ``PDFFileError/invalidInput(_:)`` naming the file when it cannot be read.
    public static func sRGB(resources: URL) throws(PDFFileError) -> [UInt8] {
        let file = resources.appendingPathComponent(sRGBPath)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw .invalidInput("the colour profile \(file.path) cannot be read: install Folio's resources with `make install` "
                                + "or run from a Folio checkout")
        }
        return Array(data)
    }
}
