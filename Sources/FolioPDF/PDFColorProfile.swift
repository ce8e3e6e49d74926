/// An ICC colour profile with its Flate stream compressed once: every PDF/A an engine finishes embeds
/// the same profile, so compressing it per document (about 0.15 ms at level 9) is saved.
public struct PDFColorProfile: Sendable, Hashable {
    /// The profile's bytes (`color/sRGB.icc`, see ``ColorProfiles``).
    public let bytes: [UInt8]
    /// Its zlib stream, as the output intent's `/DestOutputProfile` holds it.
    let compressed: [UInt8]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        compressed = Flate.compress(bytes)
    }
}
