import FolioDocuments
import Hummingbird

extension FolioAPI {
    struct Health: Encodable, Sendable {
        let status: String
        let ledger: String
        let version: String
    }

    /// `GET /healthz`: 200 once the ledger answers, 503 when it does not.
    func health(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let ledger = self.ledger
        _ = try await workers.run { _ in try ledger.reservations() }
        return try Responses.json(Health(status: "ok", ledger: ledger.path, version: FolioVersion.current))
    }
}
