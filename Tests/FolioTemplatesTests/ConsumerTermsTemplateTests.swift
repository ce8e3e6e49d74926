import FolioCore
import FolioTemplates
import Foundation
import Testing

/// Folio's own terms for consumers, filled from a profile built in code: the consumer mediator is named
/// when the terms values give `company.consumerMediator`, and the terms ask nothing a profile lacks.
@Suite("Consumer terms of goods-and-software")
struct ConsumerTermsTemplateTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func profile() throws -> CompanyProfile {
        CompanyProfile(legalName: "Atelier Numérique", legalForm: "SAS", capital: nil, rcsCity: "Paris",
                       siren: try SIREN("912345618"),
                       address: Address(lines: ["12 rue des Imprimeurs"], postcode: "75011", city: "Paris", country: "FR"),
                       email: "facturation@atelier-numerique.example", court: "Tribunal des activités économiques de Paris")
    }

    static func version() throws -> TemplateVersion {
        let catalog = try TemplateCatalog(root: root.appendingPathComponent("templates"))
        return try catalog.version(of: "terms/goods-and-software", at: try #require(CalendarDate("2026-12-01")))
    }

    @Test("The mediator is named with its address and website when the values give it, French and English")
    func mediatorNamed() throws {
        let version = try Self.version()
        #expect(version.identity == "terms/goods-and-software@2026-12-01")
        for (language, expected) in [(DocumentLanguage.french, "(articles L612-1, L612-2 et L616-1 du Code de la consommation) : Médiation Exemple de la consommation, 3 rue du Conseil, 75008 Paris, https://www.mediation-exemple.example."),
                                     (.english, "(articles L612-1, L612-2 and L616-1 of the French Consumer Code): Médiation Exemple de la consommation, 3 rue du Conseil, 75008 Paris, https://www.mediation-exemple.example.")] {
            let filler = try TemplateFiller(contentsOf: try version.file(language: language.rawValue))
            var values = TermsValues(company: try Self.profile(), language: language).values(version: version)
            var company = try #require(values["company"] as? [String: Any])
            company["consumerMediator"] = ["name": "Médiation Exemple de la consommation", "address": "3 rue du Conseil, 75008 Paris",
                                           "website": "https://www.mediation-exemple.example"]
            values["company"] = company
            let text = filler.fill(values).replacingOccurrences(of: "\\", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(text.contains(expected), "\(language)")
            #expect(!text.contains("figurent sur le devis") && !text.contains("given on the quote"))
        }
    }

    @Test("Without a mediator in the values, the terms say where its details are; nothing else is missing")
    func mediatorOnTheQuote() throws {
        let version = try Self.version()
        let values = TermsValues(company: try Self.profile(), language: .french)
        let filler = try TemplateFiller(contentsOf: try version.file(language: "fr"))
        #expect(values.missingValues(of: filler, version: version).isEmpty)
        let text = filler.fill(values.values(version: version)).replacingOccurrences(of: "\\", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("au médiateur de la consommation dont relève le vendeur (articles L612-1, L612-2 et L616-1 du Code de la consommation), dont le nom, l'adresse et le site internet figurent sur le devis."))
    }
}
