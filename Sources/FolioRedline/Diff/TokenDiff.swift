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

    /// The runs that turn `old` into `new`, compared by the given keys.
    static func runs(old: [Int], new: [Int]) -> [Run] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              old[old.count - 1 - suffix] == new[new.count - 1 - suffix] { suffix += 1 }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var operations: [Operation] = Array(repeating: .equal, count: prefix)
        operations += middle(a, b)
        operations += Array(repeating: .equal, count: suffix)
        return grouped(operations)
    }

    /// Myers' forward search, keeping each round's furthest points (rounds −d…d only) to walk back.
    private static func middle(_ a: [Int], _ b: [Int]) -> [Operation] {
        let n = a.count, m = b.count
        if n == 0 { return Array(repeating: .insert, count: m) }
        if m == 0 { return Array(repeating: .delete, count: n) }
        let maximum = n + m
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
