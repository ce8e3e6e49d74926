/// Where an engine's rendering time went, stage by stage, summed over the documents it rendered:
/// what `folio-bench pipeline` prints, and how the floor of Cairo and zlib is measured (``drawing``).
///
/// ```swift
/// let engine = try RenderingEngine()
/// let company = try Company.load("examples/company/profile.yaml", engine: engine)
/// _ = try company.draft(OrderInput(file: "examples/orders/01-domestic-several-rates.yaml"), language: .french)
/// engine.stageTimes.drawing    // Cairo drawing the pages and zlib compressing them
/// ```
public struct StageTimes: Sendable, Equatable {
    /// Filling the templates in force and parsing the filled markup into blocks.
    public var composing = Duration.zero
    /// Shaping, breaking lines and pages.
    public var typesetting = Duration.zero
    /// Drawing the laid-out pages with Cairo into PDF bytes (fonts subset and streams compressed by zlib).
    public var drawing = Duration.zero
    /// The finishing steps: PDF/A-3, the e-invoice attached, a signature.
    public var finishing = Duration.zero
    /// How many documents these times are for.
    public var documents = 0

    public init() {}

    /// Every stage together.
    public var total: Duration { composing + typesetting + drawing + finishing }
}
