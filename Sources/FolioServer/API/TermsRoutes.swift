import FolioDocuments
import Hummingbird

/// The company's terms documents: their dated versions, a version as PDF, the redline of two.
extension FolioAPI {
    struct TermsList: Encodable, Sendable {
        struct Document: Encodable, Sendable {
            struct Version: Encodable, Sendable {
                let effective: String
                let languages: [String]
            }
            let document: String
            let isDefault: Bool
            let versions: [Version]
        }
        let terms: [Document]
    }

    /// `GET /v1/terms`.
    func terms(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let list = try await onWorker(context) { company, _, _ in
            TermsList(terms: try company.termsDocuments.map { name in
                TermsList.Document(document: String(name.dropFirst("terms/".count)), isDefault: name == company.profile.defaultTerms,
                                   versions: try company.versions(of: name).map {
                                       .init(effective: $0.effective.description, languages: $0.languages)
                                   })
            })
        }
        return try Responses.json(list)
    }

    /// `GET /v1/terms/{document}/versions/{effective}/pdf?language=fr|en|fr+en`.
    func termsPDF(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let name = "terms/" + (try Self.parameter(context, "document"))
        let effectiveText = try Self.parameter(context, "effective")
        guard let effective = CalendarDate(effectiveText) else { throw Problem.badRequest("\"\(effectiveText)\" is not a date YYYY-MM-DD") }
        let choice = request.uri.queryParameters.get("language")
        let pdf = try await onWorker(context) { company, _, _ -> [UInt8] in
            guard company.termsDocuments.contains(name) else { throw Problem.notFound("no terms document \(name)") }
            guard try company.versions(of: name).contains(where: { $0.effective == effective }) else {
                throw Problem.notFound("\(name) has no version effective on \(effective)")
            }
            let languages = try (choice ?? company.profile.law.legalLanguage.rawValue).split(separator: "+").map {
                try Self.language(String($0), company)
            }
            return try company.terms(name, at: effective, languages: languages).pdf
        }
        return Responses.pdf(pdf, fileName: "\(name.dropFirst("terms/".count))-\(effective).pdf")
    }

    /// `GET /v1/terms/{document}/redline?from=&to=&format=pdf|html|json`: what changed between two versions.
    func redline(_ request: Request, _ context: FolioRequestContext) async throws -> Response {
        let name = "terms/" + (try Self.parameter(context, "document"))
        guard let from = try Self.date(request, "from"), let to = try Self.date(request, "to") else {
            throw Problem.badRequest("from and to: the two versions' dates, YYYY-MM-DD")
        }
        let format = request.uri.queryParameters.get("format") ?? "pdf"
        guard ["pdf", "html", "json"].contains(format) else { throw Problem.badRequest("format: pdf, html or json") }
        let choice = request.uri.queryParameters.get("language")
        let changesOnly = request.uri.queryParameters.get("changesOnly") == "true"
        let (bytes, type) = try await onWorker(context) { company, _, _ -> ([UInt8], String) in
            guard company.termsDocuments.contains(name) else { throw Problem.notFound("no terms document \(name)") }
            let (old, new) = try company.versionsToCompare(name, days: [from, to])
            let redline = try company.termsRedline(name, from: old, to: new, language: try Self.language(choice, company), strict: false)
            switch format {
            case "html":
                let wording = RedlineWording(language: redline.new.language ?? "en")
                return (Array(RedlineHTML.render(redline, wording: wording, changesOnly: changesOnly).utf8), "text/html; charset=utf-8")
            case "json":
                return (Array(try RedlineJSON.encode(redline)), "application/json")
            default:
                return (try company.redlinePDF(redline, changesOnly: changesOnly).pdf, "application/pdf")
            }
        }
        return Responses.bytes(bytes, type: type)
    }
}
