/// Liang hyphenation patterns stored as a compact trie, so that all patterns matching a word are found quickly.
///
/// A pattern such as `a1bî` is stored as its letters (`a`, `b`, `î`) plus its priorities, one per gap:
/// before the first letter, between letters, after the last letter (here `0 1 0 0`).
/// Letters are first turned into small numbers ("codes"); code 0 means "a letter no pattern uses",
/// which never matches anything. The word boundary `.` is an ordinary letter of the alphabet.
///
/// The trie is built once with `Builder`, then frozen into flat arrays:
/// the children of node `n` are `edgeLabels[edgeStart[n] ..< edgeStart[n + 1]]`, whose targets are
/// in `edgeTargets` at the same indices. The root's children are also kept in a direct table.
struct HyphenationPatternTrie: Sendable {
    /// The code of every letter below U+0300 (Latin letters with accents), 0 when unknown.
    private let smallCodes: [UInt16]
    /// The codes of the other letters, such as the ligature `ﬁ`.
    private let largeCodes: [UInt32: UInt16]
    /// The root's child for each code, or -1.
    private let rootChildren: [Int32]
    private let edgeStart: [Int32]
    private let edgeLabels: [UInt16]
    private let edgeTargets: [Int32]
    /// For each node: where its priorities start in `priorities`, or -1 when no pattern ends there.
    private let prioritiesStart: [Int32]
    /// For each node: how many priorities it has (leading and trailing zeros are trimmed).
    private let prioritiesCount: [UInt8]
    /// For each node: the gap the first kept priority belongs to (the number of zeros trimmed in front).
    private let prioritiesGap: [UInt8]
    private let priorities: [UInt8]

    /// The number of patterns stored (a repeated pattern counts once).
    let patternCount: Int

    /// The boundary marker's code: every word is matched as `.word.`.
    let boundaryCode: UInt16

    /// The code of a letter, or 0 when no pattern uses it.
    func code(for scalar: Unicode.Scalar) -> UInt16 {
        let value = scalar.value
        if value < UInt32(smallCodes.count) {
            return smallCodes[Int(value)]
        }
        return largeCodes[value] ?? 0
    }

    /// Raises `gapPriorities[g]` to the highest priority any pattern gives to the gap before `codes[g]`.
    ///
    /// `codes` is the word with its boundaries (`.word.`), `gapPriorities` has `codes.count + 1` entries.
    func applyPatterns(to codes: UnsafeBufferPointer<UInt16>, gapPriorities: UnsafeMutableBufferPointer<UInt8>) {
        let length = codes.count
        for start in 0..<length {
            let firstCode = Int(codes[start])
            guard firstCode < rootChildren.count else { continue }
            var node = rootChildren[firstCode]
            var position = start + 1
            while node >= 0 {
                record(node: Int(node), matchStart: start, into: gapPriorities)
                guard position < length else { break }
                node = child(of: Int(node), code: codes[position])
                position += 1
            }
        }
    }

    /// Merges the priorities of the pattern ending at `node` (if any), matched from `matchStart`.
    @inline(__always)
    private func record(node: Int, matchStart: Int, into gapPriorities: UnsafeMutableBufferPointer<UInt8>) {
        let first = Int(prioritiesStart[node])
        guard first >= 0 else { return }
        let gap = matchStart + Int(prioritiesGap[node])
        for offset in 0..<Int(prioritiesCount[node]) {
            let priority = priorities[first + offset]
            if priority > gapPriorities[gap + offset] {
                gapPriorities[gap + offset] = priority
            }
        }
    }

    /// The child of `node` along `code`, or -1.
    @inline(__always)
    private func child(of node: Int, code: UInt16) -> Int32 {
        var edge = Int(edgeStart[node])
        let end = Int(edgeStart[node + 1])
        while edge < end {
            if edgeLabels[edge] == code {
                return edgeTargets[edge]
            }
            edge += 1
        }
        return -1
    }

    /// Collects patterns, then freezes them into a `HyphenationPatternTrie`.
    struct Builder {
        private var smallCodes = [UInt16](repeating: 0, count: 0x300)
        private var largeCodes: [UInt32: UInt16] = [:]
        private var nextCode: UInt16 = 1
        /// The children of each node while building: (code, node) pairs.
        private var children: [[(code: UInt16, node: Int32)]] = [[]]
        /// The full priorities (one per gap) of the pattern ending at each node, if any.
        private var nodePriorities: [[UInt8]?] = [nil]
        private(set) var patternCount = 0

        /// The code for a letter, assigning the next free one the first time it is seen.
        mutating func code(for scalar: Unicode.Scalar) -> UInt16 {
            let value = scalar.value
            if value < UInt32(smallCodes.count) {
                let existing = smallCodes[Int(value)]
                if existing != 0 { return existing }
                smallCodes[Int(value)] = nextCode
            } else {
                if let existing = largeCodes[value] { return existing }
                largeCodes[value] = nextCode
            }
            nextCode += 1
            return nextCode - 1
        }

        /// Adds a pattern: its letters and its priorities (`letters.count + 1` of them).
        ///
        /// A pattern seen twice keeps the priorities of the last one, as libhyphen does.
        mutating func insert(letters: [Unicode.Scalar], priorities: [UInt8]) {
            var node = 0
            for letter in letters {
                let letterCode = code(for: letter)
                if let existing = children[node].first(where: { $0.code == letterCode }) {
                    node = Int(existing.node)
                } else {
                    let newNode = Int32(children.count)
                    children.append([])
                    nodePriorities.append(nil)
                    children[node].append((letterCode, newNode))
                    node = Int(newNode)
                }
            }
            if nodePriorities[node] == nil {
                patternCount += 1
            }
            nodePriorities[node] = priorities
        }

        /// Freezes the collected patterns into flat arrays.
        func build() -> HyphenationPatternTrie {
            let nodeCount = children.count
            var rootChildren = [Int32](repeating: -1, count: Int(nextCode))
            for edge in children[0] {
                rootChildren[Int(edge.code)] = edge.node
            }

            var edgeStart: [Int32] = []
            edgeStart.reserveCapacity(nodeCount + 1)
            var edgeLabels: [UInt16] = []
            var edgeTargets: [Int32] = []
            edgeLabels.reserveCapacity(nodeCount)
            edgeTargets.reserveCapacity(nodeCount)
            for edges in children {
                edgeStart.append(Int32(edgeLabels.count))
                for edge in edges {
                    edgeLabels.append(edge.code)
                    edgeTargets.append(edge.node)
                }
            }
            edgeStart.append(Int32(edgeLabels.count))

            var prioritiesStart = [Int32](repeating: -1, count: nodeCount)
            var prioritiesCount = [UInt8](repeating: 0, count: nodeCount)
            var prioritiesGap = [UInt8](repeating: 0, count: nodeCount)
            var priorities: [UInt8] = []
            for node in 0..<nodeCount {
                guard let full = nodePriorities[node],
                      let first = full.firstIndex(where: { $0 != 0 }),
                      let last = full.lastIndex(where: { $0 != 0 })
                else { continue }
                prioritiesStart[node] = Int32(priorities.count)
                prioritiesCount[node] = UInt8(clamping: last - first + 1)
                prioritiesGap[node] = UInt8(clamping: first)
                priorities.append(contentsOf: full[first...last])
            }

            return HyphenationPatternTrie(
                smallCodes: smallCodes,
                largeCodes: largeCodes,
                rootChildren: rootChildren,
                edgeStart: edgeStart,
                edgeLabels: edgeLabels,
                edgeTargets: edgeTargets,
                prioritiesStart: prioritiesStart,
                prioritiesCount: prioritiesCount,
                prioritiesGap: prioritiesGap,
                priorities: priorities,
                patternCount: patternCount,
                boundaryCode: smallCodes[Int(UInt8(ascii: "."))]
            )
        }
    }
}
