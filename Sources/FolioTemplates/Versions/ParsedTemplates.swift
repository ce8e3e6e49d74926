import Foundation
import Synchronization

/// Templates parsed once per process: a batch of a thousand invoices reads and parses each
/// template file once, not a thousand times (parsing was a fifth of an invoice's time).
public final class ParsedTemplates: Sendable {
    private let fillers = Mutex<[URL: TemplateFiller]>([:])

    public init() {}

    /// The template of a file, parsed on first use.
    public func filler(_ url: URL) throws(TemplateError) -> TemplateFiller {
        if let known = fillers.withLock({ $0[url] }) { return known }
        let filler = try TemplateFiller(contentsOf: url)
        fillers.withLock { $0[url] = filler }
        return filler
    }
}
