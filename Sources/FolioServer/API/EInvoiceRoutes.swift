import FolioDocuments
import Hummingbird

extension FolioAPI {
    /// `POST /v1/einvoices/check`: a received e-invoice (CII or UBL XML, or a Factur-X PDF) read and
    /// its totals recomputed; `consistent` says whether they are what they should be.
    func checkEInvoice(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        _ = try context.company()
        let bytes = try await Self.body(request, limit: limits.document)
        let report = try await workers.run { _ in
            ReceivedEInvoiceReport(try ReceivedEInvoice.read(bytes, name: "request body"))
        }
        return try Responses.json(report)
    }
}
