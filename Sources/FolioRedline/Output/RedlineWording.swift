/// The words of a redline report, in French, English or German (the language of the terms compared).
public struct RedlineWording: Sendable {
    public let language: String

    public init(language: String) { self.language = ["fr", "de"].contains(language) ? language : "en" }

    /// The words of the report's language.
    private func words(_ french: String, _ english: String, _ german: String) -> String {
        switch language {
        case "fr": french
        case "de": german
        default: english
        }
    }

    /// « : » with its no-break space in French, ": " in English and German.
    public var colon: String { words("\u{00A0}: ", ": ", ": ") }
    public var title: String { words("Comparaison des conditions", "Comparison of terms", "Vergleich der Bedingungen") }
    public var oldVersion: String { words("Ancienne version", "Old version", "Alte Fassung") }
    public var newVersion: String { words("Nouvelle version", "New version", "Neue Fassung") }
    public var effective: String { words("en vigueur le", "effective", "gültig ab") }
    public var noChange: String {
        words("Aucun changement : les deux versions disent la même chose.", "No change: both versions say the same.",
              "Keine Änderung: Beide Fassungen sagen dasselbe.")
    }
    public var changedFigures: String { words("Chiffres modifiés", "Changed figures", "Geänderte Zahlen") }
    public var noFigure: String { words("Aucun chiffre modifié.", "No figure changed.", "Keine Zahl geändert.") }
    public var changedArticles: String { words("Articles modifiés", "Changed articles", "Geänderte Abschnitte") }
    public var text: String { words("Texte de la nouvelle version", "Text of the new version", "Text der neuen Fassung") }
    public var preamble: String { words("Préambule", "Preamble", "Präambel") }
    public var strictNote: String {
        words("Comparaison stricte : typographie et espaces comparés tels qu’écrits.", "Strict comparison: typography and spacing compared as written.",
              "Strenger Vergleich: Typografie und Leerzeichen wie geschrieben verglichen.")
    }
    public var legend: String {
        words("Supprimé : barré en rouge · ajouté : souligné en bleu · déplacé : en vert · barre dans la marge : passage modifié.",
              "Deleted: struck through in red · inserted: underlined in blue · moved: in green · bar in the margin: changed passage.",
              "Gestrichen: rot durchgestrichen · eingefügt: blau unterstrichen · verschoben: grün · Balken am Rand: geänderte Stelle.")
    }
    public var unchangedCollapsed: String { words("articles inchangés non reproduits", "unchanged articles not shown", "unveränderte Abschnitte nicht wiedergegeben") }
    public var removed: String { words("supprimé", "removed", "gestrichen") }
    public var added: String { words("ajouté", "added", "eingefügt") }

    /// « modifié », « renuméroté (ancien 6) »…
    public func describe(_ article: RedlineArticle) -> String {
        var parts: [String] = []
        for change in article.changes {
            switch change {
            case .added: parts.append(words("ajouté", "added", "eingefügt"))
            case .deleted: parts.append(words("supprimé", "deleted", "gestrichen"))
            case .modified: parts.append(words("modifié", "modified", "geändert"))
            case .renumbered:
                let old = article.old?.label ?? ""
                parts.append(words("renuméroté (ancien \(old))", "renumbered (was \(old))", "neu nummeriert (bisher \(old))"))
            case .moved:
                let old = article.old?.label ?? ""
                parts.append(words("déplacé (ancien \(old))", "moved (was \(old))", "verschoben (bisher \(old))"))
            case .split:
                let into = (article.splitInto ?? []).map(reference).joined(separator: words(" et ", " and ", " und "))
                parts.append(words("scindé en \(into)", "split into \(into)", "aufgeteilt in \(into)"))
            case .merged:
                let from = (article.mergedFrom ?? []).map(reference).joined(separator: words(" et ", " and ", " und "))
                parts.append(words("fusion de \(from)", "merged from \(from)", "zusammengeführt aus \(from)"))
            }
        }
        if let partOf = article.partOf {
            let former = reference(partOf)
            parts.append(words("issu de l’ancien \(former)", "part of former \(former)", "Teil des bisherigen \(former)"))
        }
        return parts.joined(separator: ", ")
    }

    /// « art. 7 », « préambule », or the title of an unnumbered section.
    public func reference(_ label: String) -> String {
        if label == "preamble" { return words("préambule", "preamble", "Präambel") }
        guard Self.isNumber(label) else { return language == "de" ? "„\(label)“" : "« \(label) »" }
        return language == "de" ? "Ziff. \(label)" : "art. \(label)"
    }

    /// Whether a label is a number (7, 4a, D.8, B/2, A, IV) rather than a title (« DNT », « Scope »).
    static func isNumber(_ label: String) -> Bool {
        let first = label.split(separator: "/").last.map(String.init) ?? label
        if first.contains(where: \.isNumber) { return true }
        if first.count <= 2, first.allSatisfy({ $0.isUppercase }) { return true }
        return !first.isEmpty && first.allSatisfy { "IVXLC".contains($0) }
    }

    /// An article's heading as shown: « Art. 7 — Paiement ».
    public func heading(_ article: RedlineArticle) -> String {
        if article.isPreamble { return preamble }
        let label = article.label
        let reference = self.reference(label)
        let title = article.title
        if title.isEmpty || title == label { return capitalised(reference) }
        return "\(capitalised(reference)) — \(title)"
    }

    /// An article's heading without its title, before a marked title: « Art. 7 ».
    public func headingPrefix(_ article: RedlineArticle) -> String {
        article.isPreamble ? preamble : capitalised(reference(article.label))
    }

    /// « Art. 7 — Paiement (payables à) : 30 jours → 45 jours ».
    public func line(_ figure: FigureChange) -> String {
        let kind: String
        switch figure.kind {
        case .amount: kind = words("montant", "amount", "Betrag")
        case .percentage: kind = words("taux", "rate", "Satz")
        case .duration: kind = words("durée", "duration", "Frist")
        case .date: kind = words("date", "date", "Datum")
        }
        let place = capitalised(reference(figure.article)) + (figure.title.isEmpty || figure.title == figure.article ? "" : " — \(figure.title)")
        return "\(place)\(colon)\(kind)\(colon)\(figure.old ?? "(\(added))") → \(figure.new ?? "(\(removed))")"
    }

    /// « Renumérotés sans autre changement : art. 7 (ancien 8), … », nil when there are none.
    public func renumberedOnly(_ redline: Redline) -> String? {
        let articles = redline.renumberedOnly
        guard !articles.isEmpty else { return nil }
        let list = articles.map { "\($0.label) (\(words("ancien", "was", "bisher")) \($0.old?.label ?? ""))" }.joined(separator: ", ")
        return words("Renumérotés sans autre changement", "Renumbered, words unchanged", "Neu nummeriert, Wortlaut unverändert") + colon + list
    }

    /// « 3 modifiés, 1 ajouté »
    public func counts(_ redline: Redline) -> String {
        let counts = redline.counts
        let names: [(ArticleChangeKind, String, String)] = switch language {
        case "fr": [(.modified, "modifié", "modifiés"), (.added, "ajouté", "ajoutés"), (.deleted, "supprimé", "supprimés"),
                    (.moved, "déplacé", "déplacés"), (.renumbered, "renuméroté", "renumérotés"), (.split, "scindé", "scindés"), (.merged, "fusionné", "fusionnés")]
        case "de": [(.modified, "geändert", "geändert"), (.added, "eingefügt", "eingefügt"), (.deleted, "gestrichen", "gestrichen"),
                    (.moved, "verschoben", "verschoben"), (.renumbered, "neu nummeriert", "neu nummeriert"), (.split, "aufgeteilt", "aufgeteilt"),
                    (.merged, "zusammengeführt", "zusammengeführt")]
        default: [(.modified, "modified", "modified"), (.added, "added", "added"), (.deleted, "deleted", "deleted"),
                  (.moved, "moved", "moved"), (.renumbered, "renumbered", "renumbered"), (.split, "split", "split"), (.merged, "merged", "merged")]
        }
        let parts = names.compactMap { kind, one, many -> String? in
            guard let count = counts[kind], count > 0 else { return nil }
            return "\(count) \(count == 1 ? one : many)"
        }
        let unchanged = redline.unchangedCount
        let tail = words("\(unchanged) inchangé\(unchanged > 1 ? "s" : "")", "\(unchanged) unchanged", "\(unchanged) unverändert")
        return (parts + [tail]).joined(separator: ", ")
    }

    /// A version named for the cover: « terms/goods-and-software, en vigueur le 2026-09-01 ».
    public func version(_ version: RedlineVersion) -> String {
        version.name + (version.effective.map { ", \(effective) \($0)" } ?? "")
    }

    private func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
