import FolioTemplates
import Testing

/// The values a template prints and whether a section of their own name guards them: what lets a
/// company be refused before its terms print « consultables sur . ».
@Suite("Values a template prints")
struct TemplateValueUseTests {
    @Test("Guarded or not, with their line; comments, sections and item fields told apart")
    func scan() {
        let uses = TemplateValueUse.scan("""
            {{! {{company.phone}} in a comment }}
            {{company.legalName}}{{#company.capital}} au capital de {{company.capital}}{{/company.capital}}
            Consultables sur {{company.website}}.
            {{#rules.paymentMethodFees}}
            - {{method}} : {{amount}}
            {{/rules.paymentMethodFees}}
            {{^company.email}}Pas de courriel : {{company.email}}{{/company.email}}
            {{{company.court}}}
            """)
        #expect(uses.map(\.name) == ["company.legalName", "company.capital", "company.website", "method", "amount",
                                     "company.email", "company.court"])
        #expect(uses.map(\.line) == [2, 2, 3, 5, 5, 7, 8])
        #expect(uses.map(\.guarded) == [false, true, false, false, false, false, false])
        #expect(uses[3].sections == ["rules.paymentMethodFees"])
    }

    @Test("A value is present when a section would show it")
    func presence() {
        let values: [String: Any] = ["company": ["website": "https://a.example", "email": ""], "rules": ["fees": [String]()],
                                     "flag": false]
        #expect(TemplateValueUse.isPresent("company.website", in: values))
        #expect(!TemplateValueUse.isPresent("company.email", in: values))
        #expect(!TemplateValueUse.isPresent("company.phone", in: values))
        #expect(!TemplateValueUse.isPresent("rules.fees", in: values))
        #expect(!TemplateValueUse.isPresent("flag", in: values))
    }
}
