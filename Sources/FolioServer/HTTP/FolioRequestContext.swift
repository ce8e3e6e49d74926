import Hummingbird

/// A request's context: Hummingbird's own (its logger with the request id, its path parameters) and
/// the company the request's API key belongs to.
struct FolioRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Set by ``APIKeyMiddleware`` for every `/v1` route: whose documents the request may see.
    var holder: APIKeys.Holder?

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        holder = nil
    }

    /// The request's company; every `/v1` route has one (the middleware refuses requests without).
    func company() throws -> ServedCompany {
        guard let holder else { throw Problem.unauthorized("no API key") }
        return holder.company
    }
}
