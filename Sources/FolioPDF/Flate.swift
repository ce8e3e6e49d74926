import CZlib

/// Flate (zlib) compression as PDF's `/FlateDecode` filter uses it: deterministic compression and
/// inflation bounded by the caller.
///
/// The same bytes always compress to the same bytes with one zlib version (fixed level, one call,
/// no clock); inflating never holds more than `maximumSize` bytes of output (plus one chunk), so a
/// compression bomb ends in ``PDFFileError/tooLarge(limit:)`` instead of exhausting memory.
public enum Flate {
    /// zlib's level 9, the smallest output: what is compressed here (an XML invoice, an ICC profile)
    /// is small, so the slower search costs microseconds, and a fixed level keeps the bytes stable.
    static let level: Int32 = 9

    /// How much inflated output is produced per zlib call: big enough that a megabyte takes few calls,
    /// small enough that the memory held beyond the caller's bound stays negligible.
    static let chunkSize = 64 * 1024

    /// The zlib stream (RFC 1950) of `bytes`, as `/FlateDecode` reads it.
    public static func compress(_ bytes: [UInt8]) -> [UInt8] {
        var capacity = compressBound(uLong(bytes.count))
        var output = [UInt8](repeating: 0, count: Int(capacity))
        // zlib wants a readable pointer even for an empty input.
        let input = bytes.isEmpty ? [0] : bytes
        let status = output.withUnsafeMutableBufferPointer { out in
            input.withUnsafeBufferPointer { source in
                compress2(out.baseAddress, &capacity, source.baseAddress, uLong(bytes.count), level)
            }
        }
        // compress2 fails only for a bad level or a destination smaller than compressBound: neither can happen.
        precondition(status == Z_OK, "compress2 failed with status \(status)")
        output.removeSubrange(Int(capacity)...)
        return output
    }

    /// The bytes a zlib stream inflates to.
    /// - Throws: ``PDFFileError/tooLarge(limit:)`` as soon as the output would exceed `maximumSize`,
    ///   ``PDFFileError/corruptCompressedData`` for damaged or truncated data.
    public static func inflate(_ bytes: ArraySlice<UInt8>, maximumSize: Int) throws(PDFFileError) -> [UInt8] {
        guard bytes.count <= Int(UInt32.max) else { throw .tooLarge(limit: maximumSize) }
        var stream = z_stream()
        guard inflateInit_(&stream, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .corruptCompressedData
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let input = bytes.isEmpty ? [0] : Array(bytes)
        return try input.withUnsafeBufferPointer { (source) throws(PDFFileError) -> [UInt8] in
            stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
            stream.avail_in = uInt(bytes.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    return CZlib.inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                guard output.count + produced <= maximumSize else { throw .tooLarge(limit: maximumSize) }
                output.append(contentsOf: chunk[0..<produced])
                switch status {
                case Z_STREAM_END:
                    return output
                case Z_OK where produced > 0 || stream.avail_in > 0:
                    continue
                default:
                    // Z_BUF_ERROR with no input left: the stream stops before its end.
                    throw .corruptCompressedData
                }
            }
        }
    }
}
