import FolioPDF
import Testing

/// Flate compression through zlib: deterministic, and inflation bounded by the caller.
@Suite("Flate")
struct FlateTests {
    @Test("Compressing gives the same bytes twice, and inflating gives the input back")
    func roundTrip() throws {
        let text = Array(String(repeating: "<ram:Name>Librairie du Marais</ram:Name>\n", count: 200).utf8)
        let compressed = Flate.compress(text)
        #expect(compressed == Flate.compress(text))
        #expect(compressed.count < text.count / 10)
        #expect(try Flate.inflate(compressed[...], maximumSize: text.count) == text)
        #expect(try Flate.inflate(Flate.compress([])[...], maximumSize: 0) == [])
    }

    @Test("A stream that inflates beyond the bound is refused, damaged or truncated data too")
    func bounds() {
        let bomb = Flate.compress([UInt8](repeating: 0, count: 10_000_000))
        #expect(bomb.count < 20_000)
        #expect(throws: PDFFileError.tooLarge(limit: 1_000_000)) { try Flate.inflate(bomb[...], maximumSize: 1_000_000) }
        let text = Flate.compress(Array("some text to compress, some text to compress".utf8))
        #expect(throws: PDFFileError.corruptCompressedData) { try Flate.inflate(text.dropLast(6), maximumSize: 1_000) }
        #expect(throws: PDFFileError.corruptCompressedData) { try Flate.inflate([1, 2, 3, 4, 5][...], maximumSize: 1_000) }
    }
}
