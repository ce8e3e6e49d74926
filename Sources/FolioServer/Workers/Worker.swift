import FolioDocuments

/// What one worker thread owns: its rendering engine (fonts, hyphenation, PDF renderer) and the
/// companies it has loaded with it. Used on its own thread only.
final class Worker {
    private var engine: RenderingEngine?
    private var companies: [String: Company] = [:]
    private var recorded: [String: RecordedOrders] = [:]

    /// The company of a profile, loaded on first use with this worker's engine.
    func company(_ served: ServedCompany) throws -> Company {
        if let loaded = companies[served.profile] { return loaded }
        let loaded = try Company.load(served.profile, engine: engine)
        engine = loaded.engine
        companies[served.profile] = loaded
        return loaded
    }

    /// The orders of a company's issued documents computed again, kept from one request to the next:
    /// an issued document never changes, so neither does its computed order. Started afresh once
    /// `limit` orders are kept (a ledger page computes 50; a status filter every invoice of the period).
    func recordedOrders(_ company: Company, limit: Int = 20_000) -> RecordedOrders {
        let key = company.profile.ledgerKey
        if let kept = recorded[key], kept.count < limit { return kept }
        let fresh = RecordedOrders(rates: company.rates)
        recorded[key] = fresh
        return fresh
    }

    /// This worker's engine, for work that needs no company of its own (completing interrupted issues).
    func renderingEngine() throws -> RenderingEngine {
        if let engine { return engine }
        let made = try RenderingEngine()
        engine = made
        return made
    }
}
