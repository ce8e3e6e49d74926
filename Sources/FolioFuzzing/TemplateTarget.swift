import FolioTemplates

/// A template parsed and filled with values of every shape a document gives (text, lists, flags,
/// nested mappings), the filled text read as Folio markup; and the bytes read as markup themselves.
enum TemplateTarget {
    nonisolated(unsafe) private static let values: [String: Any] = [
        "name": "Atelier <b>{{x}}</b> & fils",
        "amount": "1 234,56 €",
        "flag": true,
        "empty": "",
        "lines": [["label": "Ligne *1*", "amount": "12,00"], ["label": "[link](x)", "amount": "-3"]],
        "seller": ["name": "Folio", "address": ["street": "1 rue", "city": "Paris"]],
    ]

    static func run(_ bytes: UnsafeRawBufferPointer) {
        let text = FuzzTarget.text(bytes)
        _ = try? MarkupParser.parse(text)
        guard let filler = try? TemplateFiller(source: text, file: "fuzz.folio") else { return }
        _ = filler.valueUses
        _ = try? filler.blocks(values)
    }
}
