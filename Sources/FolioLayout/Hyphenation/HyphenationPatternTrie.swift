/// The letters of one pattern file, numbered: every letter any pattern (or `NOHYPHEN`) uses gets a small
/// number, its "code", shared by both levels of the file. Code 0 means "a letter no pattern uses".
/// The word boundary `.` always has a code.
struct HyphenationAlphabet: Sendable {
    /// The code of every letter below U+0300 (Latin letters with accents), 0 when unknown.
    private var smallCodes = [UInt16](repeating: 0, count: 0x300)
    /// The codes of the other letters, such as the ligature `ﬁ`.
    private var largeCodes: [UInt32: UInt16] = [:]
    /// How many codes are in use, counting code 0.
    private(set) var count = 1

    /// The code of a letter, or 0 when no pattern uses it.
    @inline(__always)
    func code(for scalar: Unicode.Scalar) -> UInt16 {
        let value = scalar.value
        if value < 0x300 {
            return smallCodes[Int(value)]
        }
        return largeCodes[value] ?? 0
    }

    /// The code of a letter, assigning the next free one the first time the letter is seen;
    /// `nil` when all 65,535 codes are taken.
    mutating func addCode(for scalar: Unicode.Scalar) -> UInt16? {
        let existing = code(for: scalar)
        if existing != 0 { return existing }
        guard count <= Int(UInt16.max) else { return nil }
        let new = UInt16(count)
        if scalar.value < 0x300 {
            smallCodes[Int(scalar.value)] = new
        } else {
            largeCodes[scalar.value] = new
        }
        count += 1
        return new
    }
}

/// One level of Liang hyphenation patterns, stored as a compact trie and matched the way libhyphen matches them.
///
/// A pattern such as `a1bî` is stored as its letters' codes (`a`, `b`, `î`) plus its priorities, one per
/// gap: before the first letter, between letters, after the last letter (here `0 1 0 0`).
///
/// **How libhyphen matches, and why it matters.** libhyphen does not apply every pattern found in a word,
/// as TeX does. It runs a state machine whose states are the prefixes of the patterns: after each letter of
/// `.word.` the state is the longest piece of text ending at that letter that begins some pattern, and only
/// the pattern *that* state spells (if it is a whole pattern) is applied there; shorter patterns ending at the
/// same letter are ignored. Pattern files made for libhyphen rely on this: the first level of `hyph_de_DE.dic`
/// lists many whole words without any digit (`zypriotisch`), and inside such a word the longer match hides
/// the compound joints that shorter entries would mark. So a pattern without digits still matters here,
/// as do the prefixes of every pattern.
///
/// The same states are found here without libhyphen's fallback links: the longest piece ending at
/// position `e` is the one that starts first, so the starts are tried from left to right, and each end
/// position takes the pattern (if any) of the first walk down the trie that reaches it.
///
/// The trie is built once with `Builder`, then frozen into flat arrays, its nodes numbered breadth first:
/// the children of a node are consecutive, `nodes[n].childStart ..< nodes[n].childStart + childCount`,
/// `labels[c]` is the letter leading to node `c`, and the nodes near the root, the ones every word
/// visits, sit together in memory. The root's children are also kept in a direct table, indexed by code.
/// It is a class so that hyphenators share one copy and pass it around cheaply.
final class HyphenationPatternTrie: Sendable {
    /// One node: where its children are, and the priorities of the pattern ending there.
    struct Node {
        var childStart: Int32
        /// Where the node's priorities start in `priorities`, or -1 when there are none to apply
        /// (no pattern ends there, or its priorities are all 0).
        var prioritiesStart: Int32
        var childCount: UInt16
        /// How many priorities it has (leading and trailing zeros are trimmed).
        var prioritiesCount: UInt8
        /// The gap the first kept priority belongs to (the number of zeros trimmed in front).
        var prioritiesGap: UInt8
        /// How many letters the longest pattern through this node has after it (capped at 255).
        var height: UInt8
    }

    /// The root's child for each code, or -1.
    private let rootChildren: [Int32]
    private let nodes: [Node]
    /// The code of the letter leading to each node.
    private let labels: [UInt16]
    private let priorities: [UInt8]

    /// The number of patterns stored (a repeated pattern counts once; patterns without digits count).
    let patternCount: Int

    private init(rootChildren: [Int32], nodes: [Node], labels: [UInt16], priorities: [UInt8], patternCount: Int) {
        self.rootChildren = rootChildren
        self.nodes = nodes
        self.labels = labels
        self.priorities = priorities
        self.patternCount = patternCount
    }

    /// Raises `gapPriorities[g]`, the gap before `codes[g]`, to the priority libhyphen gives it.
    ///
    /// `codes` is the word with its boundaries (`.word.`); `gapPriorities` has `codes.count + 1` entries.
    /// Every code must be below the alphabet's size.
    func applyPatterns(to codes: UnsafeBufferPointer<UInt16>, gapPriorities: UnsafeMutableBufferPointer<UInt8>) {
        let length = codes.count
        rootChildren.withUnsafeBufferPointer { rootChildren in
            nodes.withUnsafeBufferPointer { nodes in
                labels.withUnsafeBufferPointer { labels in
                    priorities.withUnsafeBufferPointer { priorities in
                        // Every end position up to `covered` already has its state: the longest match ending there.
                        var covered = -1
                        for start in 0..<length {
                            var node = Int(rootChildren[Int(codes[start])])
                            var position = start
                            while node >= 0 {
                                let info = nodes[node]
                                // Stop when no pattern through this node reaches past `covered`.
                                if position + Int(info.height) <= covered { break }
                                if position > covered {
                                    // No earlier start reaches this position: this node is libhyphen's state here.
                                    if info.prioritiesStart >= 0 {
                                        let first = Int(info.prioritiesStart)
                                        let gap = start + Int(info.prioritiesGap)
                                        for offset in 0..<Int(info.prioritiesCount) {
                                            let priority = priorities[first + offset]
                                            if priority > gapPriorities[gap + offset] {
                                                gapPriorities[gap + offset] = priority
                                            }
                                        }
                                    }
                                    covered = position
                                }
                                position += 1
                                guard position < length else { break }
                                // The child along the next code, or -1.
                                let code = codes[position]
                                var child = Int(info.childStart)
                                let end = child + Int(info.childCount)
                                node = -1
                                while child < end {
                                    if labels[child] == code {
                                        node = child
                                        break
                                    }
                                    child += 1
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Collects the patterns of one level, then freezes them into a `HyphenationPatternTrie`.
    ///
    /// While building, each node's children form a linked list (`firstChild`, `nextSibling`), so that
    /// the ~280,000 nodes of the German compound level cost no allocation each. The nodes live in memory
    /// managed by hand and the loops are plain `while` loops: this keeps loading fast in debug builds
    /// too, where every array access costs a reference count (the tests load all three files often).
    final class Builder {
        private struct BuildNode {
            var firstChild: Int32 = -1
            var nextSibling: Int32 = -1
            var prioritiesStart: Int32 = -1
            var label: UInt16 = 0
            var prioritiesCount: UInt8 = 0
            var prioritiesGap: UInt8 = 0
            var isPattern = false
        }

        private var nodes: UnsafeMutablePointer<BuildNode>
        private var nodeCapacity: Int
        private var nodeCount = 1
        /// The root's child for each code while building, or -1.
        private var rootChildren: UnsafeMutablePointer<Int32>
        private var rootCapacity = 256
        private var priorities: UnsafeMutablePointer<UInt8>
        private var prioritiesCapacity = 1024
        private var prioritiesCount = 0
        private(set) var patternCount = 0

        init(expectedNodes: Int = 0) {
            nodeCapacity = max(expectedNodes, 64)
            nodes = .allocate(capacity: nodeCapacity)
            nodes.initialize(to: BuildNode())
            rootChildren = .allocate(capacity: rootCapacity)
            rootChildren.initialize(repeating: -1, count: rootCapacity)
            priorities = .allocate(capacity: prioritiesCapacity)
        }

        deinit {
            nodes.deallocate()
            rootChildren.deallocate()
            priorities.deallocate()
        }

        /// Adds a pattern: its letters' codes (none of them 0) and its priorities (`count + 1` of them).
        ///
        /// A pattern seen twice keeps the priorities of the last one, as libhyphen does.
        func insert(codes: UnsafePointer<UInt16>, count length: Int, priorities patternPriorities: UnsafePointer<UInt8>) {
            guard length > 0 else { return }
            // The root's child, through the direct table.
            let firstCode = Int(codes[0])
            if firstCode >= rootCapacity {
                growRoot(toInclude: firstCode)
            }
            let rootChildren = rootChildren
            var node = Int(rootChildren[firstCode])
            if node < 0 {
                node = addChild(to: 0, code: codes[0])
                rootChildren[firstCode] = Int32(node)
            }
            // The other letters, through the children lists. (`nodes` is read into a constant, which
            // costs no access check in debug builds, and read again when a new node may have moved it.)
            var nodes = nodes
            var depth = 1
            while depth < length {
                let code = codes[depth]
                var child = Int(nodes[node].firstChild)
                while child >= 0, nodes[child].label != code {
                    child = Int(nodes[child].nextSibling)
                }
                if child < 0 {
                    child = addChild(to: node, code: code)
                    nodes = self.nodes
                }
                node = child
                depth += 1
            }

            if !nodes[node].isPattern {
                nodes[node].isPattern = true
                patternCount += 1
            }
            // Keep the priorities without their leading and trailing zeros (a repeated pattern appends anew).
            var first = 0
            while first <= length, patternPriorities[first] == 0 { first += 1 }
            guard first <= length else {
                nodes[node].prioritiesStart = -1
                return
            }
            var last = length
            while patternPriorities[last] == 0 { last -= 1 }
            let kept = last - first + 1
            let start = prioritiesCount
            if start + kept > prioritiesCapacity {
                let newCapacity = max(prioritiesCapacity * 2, start + kept)
                let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
                grown.moveInitialize(from: priorities, count: start)
                priorities.deallocate()
                priorities = grown
                prioritiesCapacity = newCapacity
            }
            (priorities + start).initialize(from: patternPriorities + first, count: kept)
            nodes[node].prioritiesStart = Int32(start)
            nodes[node].prioritiesCount = UInt8(clamping: kept)
            nodes[node].prioritiesGap = UInt8(clamping: first)
            prioritiesCount = start + kept
        }

        private func growRoot(toInclude code: Int) {
            let newCapacity = max(rootCapacity * 2, code + 1)
            let grown = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
            grown.moveInitialize(from: rootChildren, count: rootCapacity)
            (grown + rootCapacity).initialize(repeating: -1, count: newCapacity - rootCapacity)
            rootChildren.deallocate()
            rootChildren = grown
            rootCapacity = newCapacity
        }

        /// A new node, the child of `parent` along `code`.
        private func addChild(to parent: Int, code: UInt16) -> Int {
            if nodeCount == nodeCapacity {
                let newCapacity = nodeCapacity * 2
                let grown = UnsafeMutablePointer<BuildNode>.allocate(capacity: newCapacity)
                grown.moveInitialize(from: nodes, count: nodeCount)
                nodes.deallocate()
                nodes = grown
                nodeCapacity = newCapacity
            }
            let nodes = nodes
            let new = nodeCount
            (nodes + new).initialize(to: BuildNode(nextSibling: nodes[parent].firstChild, label: code))
            nodes[parent].firstChild = Int32(new)
            nodeCount = new + 1
            return new
        }

        /// Freezes the collected patterns into flat arrays, numbering the nodes breadth first;
        /// `alphabetSize` is the number of codes in use.
        func build(alphabetSize: Int) -> HyphenationPatternTrie {
            let nodeCount = nodeCount
            let nodes = nodes
            let rootChildren = rootChildren
            let rootCapacity = rootCapacity
            // order[i]: the node numbered i; newNumber[n]: the number of node n. The root stays 0.
            let order = UnsafeMutablePointer<Int32>.allocate(capacity: nodeCount)
            let newNumber = UnsafeMutablePointer<Int32>.allocate(capacity: nodeCount)
            defer {
                order.deallocate()
                newNumber.deallocate()
            }
            order[0] = 0
            newNumber[0] = 0
            var queued = 1
            var next = 0
            while next < queued {
                var child = Int(nodes[Int(order[next])].firstChild)
                while child >= 0 {
                    order[queued] = Int32(child)
                    newNumber[child] = Int32(queued)
                    queued += 1
                    child = Int(nodes[child].nextSibling)
                }
                next += 1
            }

            let rootSize = max(alphabetSize, rootCapacity)
            let frozenRoot = [Int32](unsafeUninitializedCapacity: rootSize) { buffer, count in
                let base = buffer.baseAddress!
                var code = 0
                while code < rootSize {
                    let node = code < rootCapacity ? rootChildren[code] : -1
                    base[code] = node >= 0 ? newNumber[Int(node)] : -1
                    code += 1
                }
                count = rootSize
            }
            let labels = [UInt16](unsafeUninitializedCapacity: nodeCount) { buffer, count in
                let base = buffer.baseAddress!
                var number = 0
                while number < nodeCount {
                    base[number] = nodes[Int(order[number])].label
                    number += 1
                }
                count = nodeCount
            }
            let frozenNodes = [Node](unsafeUninitializedCapacity: nodeCount) { buffer, count in
                let base = buffer.baseAddress!
                var number = 0
                while number < nodeCount {
                    let built = nodes[Int(order[number])]
                    var children = 0
                    var child = Int(built.firstChild)
                    while child >= 0 {
                        children += 1
                        child = Int(nodes[child].nextSibling)
                    }
                    (base + number).initialize(to: Node(
                        childStart: built.firstChild >= 0 ? newNumber[Int(built.firstChild)] : 0,
                        prioritiesStart: built.prioritiesStart,
                        childCount: UInt16(children), // at most one child per code
                        prioritiesCount: built.prioritiesCount, prioritiesGap: built.prioritiesGap, height: 0
                    ))
                    number += 1
                }
                // Heights, from the leaves up: children are numbered after their parent.
                number = nodeCount - 1
                while number >= 0 {
                    var height = 0
                    var child = Int(base[number].childStart)
                    let end = child + Int(base[number].childCount)
                    while child < end {
                        height = max(height, Int(base[child].height) + 1)
                        child += 1
                    }
                    base[number].height = UInt8(clamping: height)
                    number -= 1
                }
                count = nodeCount
            }
            let frozenPriorities = [UInt8](UnsafeBufferPointer(start: priorities, count: prioritiesCount))
            return HyphenationPatternTrie(
                rootChildren: frozenRoot, nodes: frozenNodes, labels: labels, priorities: frozenPriorities,
                patternCount: patternCount
            )
        }
    }
}
