/// The pages of a document in their order, found by walking its page tree (ISO 32000-1 §7.7.3.2).
enum PageTree {
    /// The page objects, first page first. Each node is visited once, so a tree that loops ends.
    static func pages(of catalog: PDFDictionary, in store: PDFObjectStore) throws(PDFFileError) -> [PDFReference] {
        var pages: [PDFReference] = []
        var visited: Set<PDFReference> = []
        var pending: [PDFValue] = catalog["Pages"].map { [$0] } ?? []
        while let node = pending.popLast() {
            guard let reference = node.reference, visited.insert(reference).inserted,
                  let dictionary = try store.dictionary(node) else { continue }
            if let kids = try store.resolve(dictionary["Kids"])?.array {
                // Reversed onto the stack, so the kids are walked left to right: the pages' order.
                pending += kids.reversed()
            } else if dictionary.names("Page") || dictionary["Type"] == nil {
                pages.append(reference)
            }
        }
        return pages
    }
}
