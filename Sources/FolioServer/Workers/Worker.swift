import FolioDocuments

/// What one worker thread owns: its rendering engine (fonts, hyphenation, PDF renderer) and the
/// companies it has loaded with it. Used on its own thread only.
final class Worker {
    private var engine: RenderingEngine?
    private var companies: [String: Company] = [:]

    /// The company of a profile, loaded on first use with this worker's engine.
    func company(_ served: ServedCompany) throws -> Company {
        if let loaded = companies[served.profile] { return loaded }
        let loaded = try Company.load(served.profile, engine: engine)
        engine = loaded.engine
        companies[served.profile] = loaded
        return loaded
    }

    /// This worker's engine, for work that needs no company of its own (completing interrupted issues).
    func renderingEngine() throws -> RenderingEngine {
        if let engine { return engine }
        let made = try RenderingEngine()
        engine = made
        return made
    }
}
