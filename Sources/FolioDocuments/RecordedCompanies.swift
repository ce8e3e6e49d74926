import Foundation

/// Companies made again from the profiles the ledger kept (a profile's text and the folder its paths
/// start from), each made once and all sharing one rendering engine: what re-rendering issued
/// documents and completing interrupted issues need.
final class RecordedCompanies {
    private var companies: [String: Company] = [:]
    private var engine: RenderingEngine?
    private let finishing: Finishing?

    /// - Parameters:
    ///   - engine: the rendering engine of this thread (default: a new one, loaded only if needed).
    ///   - finishing: the steps after drawing (default: the standard ones).
    init(engine: RenderingEngine? = nil, finishing: Finishing? = nil) {
        self.engine = engine
        self.finishing = finishing
    }

    /// The company of a recorded profile; `name` names it in errors (« F-2026-0001 profile »).
    func company(profile: String, folder: String, name: String) throws -> Company {
        let key = folder + "\n" + profile
        if let known = companies[key] { return known }
        let company = try Company(profileText: profile, folder: URL(fileURLWithPath: folder), name: name,
                                  engine: engine, finishing: finishing,
                                  // A profile the ledger kept was accepted, paths and all, when its document was issued.
                                  allowingPathsOutside: true)
        engine = company.engine
        companies[key] = company
        return company
    }
}
