/// The words of a redline report, in French or English (the language of the terms compared).
public struct RedlineWording: Sendable {
    public let language: String
    private var french: Bool { language == "fr" }

    public init(language: String) { self.language = language == "fr" ? "fr" : "en" }

    /// « : » with its no-break space in French, ": " in English.
    public var colon: String { french ? "\u{00A0}: " : ": " }
    public var title: String { french ? "Comparaison des conditions" : "Comparison of terms" }
    public var oldVersion: String { french ? "Ancienne version" : "Old version" }
    public var newVersion: String { french ? "Nouvelle version" : "New version" }
    public var effective: String { french ? "en vigueur le" : "effective" }
    public var noChange: String { french ? "Aucun changement : les deux versions disent la même chose." : "No change: both versions say the same." }
    public var changedFigures: String { french ? "Chiffres modifiés" : "Changed figures" }
    public var noFigure: String { french ? "Aucun chiffre modifié." : "No figure changed." }
    public var changedArticles: String { french ? "Articles modifiés" : "Changed articles" }
    public var text: String { french ? "Texte de la nouvelle version" : "Text of the new version" }
    public var preamble: String { french ? "Préambule" : "Preamble" }
    public var strictNote: String { french ? "Comparaison stricte : typographie et espaces comparés tels qu’écrits." : "Strict comparison: typography and spacing compared as written." }
    public var legend: String {
        french ? "Supprimé : barré en rouge · ajouté : souligné en bleu · déplacé : en vert · barre dans la marge : passage modifié."
            : "Deleted: struck through in red · inserted: underlined in blue · moved: in green · bar in the margin: changed passage."
    }
    public var unchangedCollapsed: String { french ? "articles inchangés non reproduits" : "unchanged articles not shown" }
    public var removed: String { french ? "supprimé" : "removed" }
    public var added: String { french ? "ajouté" : "added" }

    /// « modifié », « renuméroté (ancien 6) »…
    public func describe(_ article: RedlineArticle) -> String {
        var parts: [String] = []
        for change in article.changes {
            switch change {
            case .added: parts.append(french ? "ajouté" : "added")
            case .deleted: parts.append(french ? "supprimé" : "deleted")
            case .modified: parts.append(french ? "modifié" : "modified")
            case .renumbered: parts.append(french ? "renuméroté (ancien \(article.old?.label ?? ""))" : "renumbered (was \(article.old?.label ?? ""))")
            case .moved: parts.append(french ? "déplacé (ancien \(article.old?.label ?? ""))" : "moved (was \(article.old?.label ?? ""))")
            case .split:
                let into = (article.splitInto ?? []).map(reference).joined(separator: french ? " et " : " and ")
                parts.append(french ? "scindé en \(into)" : "split into \(into)")
            case .merged:
                let from = (article.mergedFrom ?? []).map(reference).joined(separator: french ? " et " : " and ")
                parts.append(french ? "fusion de \(from)" : "merged from \(from)")
            }
        }
        if let partOf = article.partOf { parts.append(french ? "issu de l’ancien \(reference(partOf))" : "part of former \(reference(partOf))") }
        return parts.joined(separator: ", ")
    }

    /// « art. 7 », « préambule », or the title of an unnumbered section.
    public func reference(_ label: String) -> String {
        if label == "preamble" { return french ? "préambule" : "preamble" }
        return Self.isNumber(label) ? "art. \(label)" : "« \(label) »"
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
        case .amount: kind = french ? "montant" : "amount"
        case .percentage: kind = french ? "taux" : "rate"
        case .duration: kind = french ? "durée" : "duration"
        case .date: kind = "date"
        }
        let place = capitalised(reference(figure.article)) + (figure.title.isEmpty || figure.title == figure.article ? "" : " — \(figure.title)")
        return "\(place)\(colon)\(kind)\(colon)\(figure.old ?? "(\(added))") → \(figure.new ?? "(\(removed))")"
    }

    /// « Renumérotés sans autre changement : art. 7 (ancien 8), … », nil when there are none.
    public func renumberedOnly(_ redline: Redline) -> String? {
        let articles = redline.renumberedOnly
        guard !articles.isEmpty else { return nil }
        let list = articles.map { "\($0.label) (\(french ? "ancien" : "was") \($0.old?.label ?? ""))" }.joined(separator: ", ")
        return (french ? "Renumérotés sans autre changement" : "Renumbered, words unchanged") + colon + list
    }

    /// « 3 modifiés, 1 ajouté »
    public func counts(_ redline: Redline) -> String {
        let counts = redline.counts
        let names: [(ArticleChangeKind, String, String)] = french
            ? [(.modified, "modifié", "modifiés"), (.added, "ajouté", "ajoutés"), (.deleted, "supprimé", "supprimés"),
               (.moved, "déplacé", "déplacés"), (.renumbered, "renuméroté", "renumérotés"), (.split, "scindé", "scindés"), (.merged, "fusionné", "fusionnés")]
            : [(.modified, "modified", "modified"), (.added, "added", "added"), (.deleted, "deleted", "deleted"),
               (.moved, "moved", "moved"), (.renumbered, "renumbered", "renumbered"), (.split, "split", "split"), (.merged, "merged", "merged")]
        let parts = names.compactMap { kind, one, many -> String? in
            guard let count = counts[kind], count > 0 else { return nil }
            return "\(count) \(count == 1 ? one : many)"
        }
        let unchanged = redline.unchangedCount
        let tail = french ? "\(unchanged) inchangé\(unchanged > 1 ? "s" : "")" : "\(unchanged) unchanged"
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
