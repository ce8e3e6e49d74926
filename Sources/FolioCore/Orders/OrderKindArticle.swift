/// Kind names in running text.
extension Order.Kind {
    /// « an invoice », « a quote », « a credit note ».
    public var withArticle: String {
        let name = title.lowercased()
        return (name.first.map { "aeiou".contains($0) } ?? false ? "an " : "a ") + name
    }
}
