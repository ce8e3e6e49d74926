import Hummingbird

/// A request's context: Hummingbird's own (its logger with the request id, its path parameters),
/// who is asking — the company of an API key, or a person signed in to the pages — and from where.
struct FolioRequestContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// Set by ``APIKeyMiddleware`` for every `/v1` route: whose documents the request may see.
    var holder: APIKeys.Holder?
    /// Set by ``SessionMiddleware`` on the pages when the session cookie is valid.
    var visitor: Visitor?
    /// The client's IP address, for the sign-in throttle (the proxy's word for it behind one).
    var remoteIP: String?

    /// A person signed in, and the session the cookie carried.
    struct Visitor: Sendable {
        let user: WebUsers.User
        let session: WebSession
    }

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        holder = nil
        visitor = nil
        remoteIP = source.channel.remoteAddress?.ipAddress
    }

    /// The request's company: the API key's, or the signed-in person's.
    func company() throws -> ServedCompany {
        if let holder { return holder.company }
        if let visitor { return visitor.user.company }
        throw Problem.unauthorized("no API key")
    }
}
