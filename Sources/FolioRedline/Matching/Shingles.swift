/// An article's content as a sorted bag of word pairs, to measure how alike two articles are.
///
/// Pairs of consecutive words (not single words) because legal text shares its vocabulary:
/// two unrelated articles both say « the Client », few share « payable within ».
struct Shingles {
    /// Sorted ids of the word pairs, with repeats.
    let ids: [Int]

    init(_ tokens: [Token], dictionary: inout [String: Int]) {
        let words = tokens.filter(\.isContent).map { $0.key.lowercased() }
        var ids: [Int] = []
        if words.count == 1 { ids.append(Self.id(words[0], &dictionary)) }
        if words.count > 1 {
            for index in 0..<(words.count - 1) { ids.append(Self.id(words[index] + " " + words[index + 1], &dictionary)) }
        }
        self.ids = ids.sorted()
    }

    private static func id(_ text: String, _ dictionary: inout [String: Int]) -> Int {
        if let id = dictionary[text] { return id }
        let id = dictionary.count
        dictionary[text] = id
        return id
    }

    var count: Int { ids.count }

    /// How many pairs the two bags share (with repeats).
    func common(with other: Shingles) -> Int {
        var i = 0, j = 0, shared = 0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] { shared += 1; i += 1; j += 1 } else if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return shared
    }

    /// Dice's coefficient: 1 for the same content, 0 for nothing in common.
    func likeness(to other: Shingles) -> Double {
        guard count + other.count > 0 else { return 1 }
        return 2 * Double(common(with: other)) / Double(count + other.count)
    }

    /// The share of this bag found in another: 1 when all of this article is in the other one.
    func containment(in other: Shingles) -> Double {
        guard count > 0 else { return 0 }
        return Double(common(with: other)) / Double(count)
    }
}
