import Foundation

/// A PNG image's bytes and its size in pixels, read from its header.
public struct PNGImage: Sendable, Hashable {
    public let data: Data
    public let pixelWidth: Int
    public let pixelHeight: Int

    /// Reads the size from the PNG signature and IHDR chunk; fails with a reason if it is not a PNG.
    public init(data: Data) throws(LayoutError) {
        let bytes = [UInt8](data.prefix(24))
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count == 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            throw LayoutError("image: not a PNG file (no PNG signature and header)")
        }
        func bigEndian(_ offset: Int) -> Int {
            bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        }
        pixelWidth = bigEndian(16)
        pixelHeight = bigEndian(20)
        guard pixelWidth > 0, pixelHeight > 0 else { throw LayoutError("image: PNG has an empty size") }
        self.data = data
    }
}
