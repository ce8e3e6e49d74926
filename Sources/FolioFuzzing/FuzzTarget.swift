/// A parser of input Folio reads from people or other programs, run on any bytes: the entry point
/// of one coverage-guided fuzz target (`fuzz/`, `make fuzz`) and of the tests that replay its corpus.
///
/// Running a target may throw nothing and must return: refusing the bytes with an error is the
/// expected outcome for nearly all of them; a crash, a hang or a leak is a bug.
public enum FuzzTarget: String, Sendable, CaseIterable {
    case order
    case profile
    case rates
    case template
    case einvoice
    case pdf
    case redline

    /// Feeds `bytes` to the target's parser and everything it leads to.
    public func run(_ bytes: UnsafeRawBufferPointer) {
        switch self {
        case .order: OrderTarget.run(bytes)
        case .profile: ProfileTarget.run(bytes)
        case .rates: RatesTarget.run(bytes)
        case .template: TemplateTarget.run(bytes)
        case .einvoice: EInvoiceTarget.run(bytes)
        case .pdf: PDFTarget.run(bytes)
        case .redline: RedlineTarget.run(bytes)
        }
    }

    /// Runs the target on an array of bytes (a corpus file).
    public func run(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { run($0) }
    }

    /// Bytes as text the way Folio's readers get it: invalid UTF-8 replaced, as a request body is decoded.
    static func text(_ bytes: UnsafeRawBufferPointer) -> String {
        String(decoding: bytes, as: UTF8.self)
    }
}
