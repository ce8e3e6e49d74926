/// Which old article became which new one: by label first, then by content with an optimal
/// one-to-one assignment; then the splits (one old article now in several) and merges.
struct ArticleMatching {
    /// The new article each old one became (its first part, for a split).
    var newOfOld: [Int?]
    /// The old article each new one comes from (its first part, for a merge).
    var oldOfNew: [Int?]
    /// For an old article split in several: the other new articles it became, in order.
    var splitParts: [Int: [Int]] = [:]
    /// For a new article made of several old ones: the other old articles joined into it, in order.
    var mergedParts: [Int: [Int]] = [:]

    /// Two articles are the same when this much of their word pairs is shared (Dice's coefficient)…
    static let sameContent = 0.45
    /// …or less when their titles are the same: a rewritten « Liability » article is still « Liability ».
    static let sameContentWithTitle = 0.15
    /// A new article is a part of an old one split when this share of its word pairs comes from it.
    static let partContainment = 0.6
    /// …and less than this share is already in the part the old article was matched with.
    static let alreadyThere = 0.5

    /// `oldShingles`/`newShingles` are each section's own text; `oldTrees`/`newTrees` its text with its
    /// sub-clauses' (the same for a section without any): an article is its whole subtree when it is
    /// compared to another that has sub-clauses too, or when looking for splits and merges.
    init(old: [TermsSection], new: [TermsSection], oldShingles: [Shingles], newShingles: [Shingles],
         oldTrees: [Shingles], newTrees: [Shingles]) {
        let oldHasChildren = Set(old.compactMap(\.parent))
        let newHasChildren = Set(new.compactMap(\.parent))
        func likeness(_ i: Int, _ j: Int) -> Double {
            oldHasChildren.contains(i) && newHasChildren.contains(j)
                ? max(oldTrees[i].likeness(to: newTrees[j]), oldShingles[i].likeness(to: newShingles[j]))
                : oldShingles[i].likeness(to: newShingles[j])
        }
        newOfOld = Array(repeating: nil, count: old.count)
        oldOfNew = Array(repeating: nil, count: new.count)
        func pair(_ i: Int, _ j: Int) { newOfOld[i] = j; oldOfNew[j] = i }
        func sameTitle(_ i: Int, _ j: Int) -> Bool {
            !old[i].title.isEmpty && Typography.plain(old[i].title).lowercased() == Typography.plain(new[j].title).lowercased()
        }
        func acceptable(_ i: Int, _ j: Int, known: Double? = nil) -> Bool {
            if old[i].isPreamble != new[j].isPreamble { return false }
            let likeness = known ?? likeness(i, j)
            if likeness >= Self.sameContent { return true }
            if sameTitle(i, j) { return likeness >= Self.sameContentWithTitle || (old[i].paragraphs.isEmpty && new[j].paragraphs.isEmpty) }
            return false
        }

        // The preambles go together.
        if let i = old.firstIndex(where: \.isPreamble), let j = new.firstIndex(where: \.isPreamble) { pair(i, j) }

        // Same label, and the content or the title says it is the same article.
        var newByLabel: [String: Int] = [:]
        for (j, section) in new.enumerated() where !section.isPreamble { newByLabel[section.label] = j }
        for (i, section) in old.enumerated() where !section.isPreamble {
            if let j = newByLabel[section.label], oldOfNew[j] == nil, acceptable(i, j) { pair(i, j) }
        }

        // The others: the assignment with the greatest total likeness, among acceptable pairs.
        let freeOld = old.indices.filter { newOfOld[$0] == nil }
        let freeNew = new.indices.filter { oldOfNew[$0] == nil }
        if !freeOld.isEmpty, !freeNew.isEmpty {
            let score = freeOld.map { i in
                freeNew.map { j in
                    let likeness = likeness(i, j)
                    return acceptable(i, j, known: likeness) ? likeness + (sameTitle(i, j) ? 0.3 : 0) + 0.01 : 0
                }
            }
            for (row, column) in OptimalAssignment.maximising(score).enumerated() {
                guard let column, score[row][column] > 0 else { continue }
                pair(freeOld[row], freeNew[column])
            }
        }

        // An article rewritten from top to bottom keeps its number and some of its title: « 4. Prices »
        // and « 4. Prices and price revision » are one article modified, not one deleted and one added.
        for (i, section) in old.enumerated() where newOfOld[i] == nil && section.number != nil {
            guard let j = newByLabel[section.label], oldOfNew[j] == nil, new[j].number != nil else { continue }
            if likeness(i, j) >= Self.sameContentWithTitle || Self.titlesShareAWord(section.title, new[j].title) { pair(i, j) }
        }

        // Splits: a new article whose words come from one old article, and are not in its match.
        for j in new.indices where oldOfNew[j] == nil && !new[j].isPreamble && newTrees[j].count >= 3 {
            let candidates = old.indices.filter { !old[$0].isPreamble }
            let containments = candidates.map { newTrees[j].containment(in: oldTrees[$0]) }
            guard let best = containments.indices.max(by: { containments[$0] < containments[$1] }),
                  containments[best] >= Self.partContainment else { continue }
            let i = candidates[best]
            if let first = newOfOld[i] {
                // A sub-clause split off under its own article is in that article's tree: not already there.
                guard Self.isDescendant(j, of: first, in: new) || newTrees[j].containment(in: newTrees[first]) < Self.alreadyThere else { continue }
                splitParts[i, default: []].append(j)
                oldOfNew[j] = -1
            } else {
                pair(i, j)
            }
        }
        // Merges: an old article whose words went into one new article, and are not in its match.
        for i in old.indices where newOfOld[i] == nil && !old[i].isPreamble && oldTrees[i].count >= 3 {
            let candidates = new.indices.filter { !new[$0].isPreamble && oldOfNew[$0] != -1 }
            let containments = candidates.map { oldTrees[i].containment(in: newTrees[$0]) }
            guard let best = containments.indices.max(by: { containments[$0] < containments[$1] }),
                  containments[best] >= Self.partContainment else { continue }
            let j = candidates[best]
            if let first = oldOfNew[j] {
                // A sub-clause folded into its own article was in that article's tree.
                guard Self.isDescendant(i, of: first, in: old) || oldTrees[i].containment(in: oldTrees[first]) < Self.alreadyThere else { continue }
                mergedParts[j, default: []].append(i)
                newOfOld[i] = -1
            } else {
                pair(i, j)
            }
        }
        for j in oldOfNew.indices where oldOfNew[j] == -1 { oldOfNew[j] = nil }
        for i in newOfOld.indices where newOfOld[i] == -1 { newOfOld[i] = nil }
    }

    /// Whether a section lies under another (its sub-clause, or a sub-clause's).
    static func isDescendant(_ index: Int, of ancestor: Int, in sections: [TermsSection]) -> Bool {
        var parent = sections[index].parent
        while let current = parent {
            if current == ancestor { return true }
            parent = sections[current].parent
        }
        return false
    }

    /// Whether two titles have a word of four letters or more in common.
    static func titlesShareAWord(_ a: String, _ b: String) -> Bool {
        func words(_ title: String) -> Set<String> {
            Set(Typography.plain(title).lowercased().split { !$0.isLetter && !$0.isNumber }.filter { $0.count >= 4 }.map(String.init))
        }
        return !words(a).isDisjoint(with: words(b))
    }

    /// The new articles an old one's sub-clauses may now sit under without having moved: its match,
    /// the parts it was split into, the article it was merged into.
    func newHomes(of i: Int) -> Set<Int> {
        var homes: Set<Int> = []
        if let j = newOfOld[i] { homes.insert(j) }
        homes.formUnion(splitParts[i] ?? [])
        for (j, parts) in mergedParts where parts.contains(i) { homes.insert(j) }
        return homes
    }

    /// Whether a new article is a later part of a split article.
    func isSplitPart(_ j: Int) -> Bool { splitParts.values.contains { $0.contains(j) } }
    /// Whether an old article was merged into another new article than its own match.
    func isMergedPart(_ i: Int) -> Bool { mergedParts.values.contains { $0.contains(i) } }
}
