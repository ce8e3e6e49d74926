import FolioCore
import FolioInput

/// A rates file read, and Folio's built-in tables extended with its series when it is accepted.
enum RatesTarget {
    static func run(_ bytes: UnsafeRawBufferPointer) {
        guard let series = try? RateFileReader.read(FuzzTarget.text(bytes), file: "fuzz.yaml", shipped: false) else { return }
        _ = try? RateBook.builtIn.extended(with: series, additions: nil)
    }
}
