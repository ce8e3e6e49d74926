/// The shortest edit between two token sequences (Myers' O(ND) algorithm), as runs of kept,
/// deleted and inserted tokens.
///
/// Written here rather than taken from a package: the edit script must run on tokens compared by
/// key (a figure or a renumbered reference is one symbol), which the text diff libraries do not offer.
enum TokenDiff {
    enum Operation: Equatable {
        case equal
        case delete
        case insert
    }

    /// One run: an operation over a range of the old tokens (equal, delete) or the new ones (equal, insert).
    struct Run: Equatable {
        var operation: Operation
        var old: Range<Int>
        var new: Range<Int>
    }

    /// The most edits Myers' search looks for before giving up: it keeps about d² positions to walk back,
    /// so two texts with nothing in common (or hostile input) would otherwise take gigabytes. 3 000 edits
    /// keep it under 80 MB and a few hundred milliseconds; more different texts are compared paragraph
    /// by paragraph first.
    static let editLimit = 3_000

    /// The runs that turn `old` into `new`, compared by the given keys; `separator` is the key of the
    /// paragraph break, to fall back on paragraphs when the texts are too different.
    static func runs(old: [Int], new: [Int], separator: Int? = nil) -> [Run] {
        grouped(operations(old[...], new[...], separator: separator))
    }

    private static func operations(_ old: ArraySlice<Int>, _ new: ArraySlice<Int>, separator: Int?) -> [Operation] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[old.startIndex + prefix] == new[new.startIndex + prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.endIndex - 1 - suffix] == new[new.endIndex - 1 - suffix] { suffix += 1 }
        let a = Array(old.dropFirst(prefix).dropLast(suffix))
        let b = Array(new.dropFirst(prefix).dropLast(suffix))
        var operations: [Operation] = Array(repeating: .equal, count: prefix)
        if let middle = middle(a, b) {
            operations += middle
        } else if let separator, let paragraphs = byParagraphs(a, b, separator: separator) {
            operations += paragraphs
        } else {
            operations += Array(repeating: .delete, count: a.count) + Array(repeating: .insert, count: b.count)
        }
        operations += Array(repeating: .equal, count: suffix)
        return operations
    }

    /// Paragraphs compared first (each a symbol), then the words of each stretch of changed paragraphs.
    private static func byParagraphs(_ a: [Int], _ b: [Int], separator: Int) -> [Operation]? {
        func paragraphs(_ tokens: [Int]) -> [ArraySlice<Int>] {
            var result: [ArraySlice<Int>] = []
            var start = 0
            for (index, token) in tokens.enumerated() where token == separator {
                result.append(tokens[start...index])
                start = index + 1
            }
            if start < tokens.count || result.isEmpty { result.append(tokens[start...]) }
            return result
        }
        let oldParagraphs = paragraphs(a), newParagraphs = paragraphs(b)
        var ids: [ArraySlice<Int>: Int] = [:]
        func id(_ paragraph: ArraySlice<Int>) -> Int {
            if let id = ids[paragraph] { return id }
            ids[paragraph] = ids.count
            return ids.count - 1
        }
        let oldIDs = oldParagraphs.map(id), newIDs = newParagraphs.map(id)
        guard oldIDs.count + newIDs.count < a.count + b.count, let steps = middle(oldIDs, newIDs) else { return nil }
        var operations: [Operation] = []
        var i = 0, j = 0
        var deleted: [Int] = [], inserted: [Int] = []
        func flush() {
            if !deleted.isEmpty || !inserted.isEmpty { operations += self.operations(deleted[...], inserted[...], separator: nil) }
            deleted = []
            inserted = []
        }
        for step in steps {
            switch step {
            case .equal:
                flush()
                operations += Array(repeating: .equal, count: oldParagraphs[i].count)
                i += 1
                j += 1
            case .delete: deleted += oldParagraphs[i]; i += 1
            case .insert: inserted += newParagraphs[j]; j += 1
            }
        }
        flush()
        return operations
    }

    /// Myers' forward search, keeping each round's furthest points (rounds −d…d only) to walk back;
    /// nil past ``editLimit`` edits.
    private static func middle(_ a: [Int], _ b: [Int]) -> [Operation]? {
        let n = a.count, m = b.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .delete, count: n) }
        let maximum = min(n + m, editLimit)
        let offset = maximum + 1
        var v = Array(repeating: 0, count: 2 * maximum + 3)
        var trace: [[Int]] = []
        var found = false
        for d in 0...maximum {
            for k in stride(from: -d, through: d, by: 2) {
                var x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1] : v[offset + k - 1] + 1
                var y = x - k
                while x < n, y < m, a[x] == b[y] { x += 1; y += 1 }
                v[offset + k] = x
                if x >= n, y >= m { found = true }
            }
            trace.append(Array(v[(offset - d)...(offset + d)]))
            if found { break }
        }
        guard found else { return nil }
        // Walk back from (n, m).
        var operations: [Operation] = []
        var x = n, y = m
        for d in stride(from: trace.count - 1, through: 1, by: -1) {
            let k = x - y
            let previous = trace[d - 1]
            func at(_ k: Int) -> Int { previous[k + d - 1] }
            let previousK = (k == -d || (k != d && at(k - 1) < at(k + 1))) ? k + 1 : k - 1
            let previousX = at(previousK)
            let previousY = previousX - previousK
            while x > previousX, y > previousY { operations.append(.equal); x -= 1; y -= 1 }
            if x == previousX { operations.append(.insert); y -= 1 } else { operations.append(.delete); x -= 1 }
        }
        while x > 0, y > 0 { operations.append(.equal); x -= 1; y -= 1 }
        return operations.reversed()
    }

    /// Operations grouped in runs with their ranges.
    private static func grouped(_ operations: [Operation]) -> [Run] {
        var runs: [Run] = []
        var oldIndex = 0, newIndex = 0
        for operation in operations {
            let oldStep = operation == .insert ? 0 : 1
            let newStep = operation == .delete ? 0 : 1
            if var last = runs.last, last.operation == operation {
                last.old = last.old.lowerBound..<(last.old.upperBound + oldStep)
                last.new = last.new.lowerBound..<(last.new.upperBound + newStep)
                runs[runs.count - 1] = last
            } else {
                runs.append(Run(operation: operation, old: oldIndex..<(oldIndex + oldStep), new: newIndex..<(newIndex + newStep)))
            }
            oldIndex += oldStep
            newIndex += newStep
        }
        return runs
    }
}
