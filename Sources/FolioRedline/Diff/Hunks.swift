/// An article's changes read as a lawyer reads them: kept text, and hunks where old words give way to new.
///
/// The semantic clean-up (after diff-match-patch's `diff_cleanupSemantic`) folds a short run of kept
/// words between two changes into the change, so « payable within thirty days of the invoice » →
/// « due sixty days after delivery » reads as one replacement, not a scatter of word swaps.
struct Hunk: Equatable {
    /// Old tokens removed and new tokens put in their place; both empty never happens.
    var old: Range<Int>
    var new: Range<Int>
}

/// A diff as kept runs and hunks, in order.
enum DiffPiece: Equatable {
    case kept(old: Range<Int>, new: Range<Int>)
    case changed(Hunk)
}

enum SemanticCleanup {
    /// The pieces of a diff after folding kept runs shorter than the changes on both sides.
    static func pieces(_ runs: [TokenDiff.Run], old: [Token], new: [Token]) -> [DiffPiece] {
        var pieces: [DiffPiece] = []
        // Adjacent deletes and inserts become one hunk.
        for run in runs {
            switch run.operation {
            case .equal:
                pieces.append(.kept(old: run.old, new: run.new))
            case .delete, .insert:
                if case .changed(let hunk)? = pieces.last {
                    pieces[pieces.count - 1] = .changed(Hunk(old: merge(hunk.old, run.old), new: merge(hunk.new, run.new)))
                } else {
                    pieces.append(.changed(Hunk(old: run.old, new: run.new)))
                }
            }
        }
        // Fold short kept runs between two hunks, until none is left to fold.
        var folded = true
        while folded {
            folded = false
            var index = 1
            while index + 1 < pieces.count {
                guard case let .kept(keptOld, keptNew) = pieces[index],
                      case let .changed(before) = pieces[index - 1], case let .changed(after) = pieces[index + 1] else {
                    index += 1
                    continue
                }
                let keptLength = length(new[keptNew])
                let holdsBreak = new[keptNew].contains { $0.kind == .paragraphBreak || $0.isFigure }
                let beforeLength = max(length(old[before.old]), length(new[before.new]))
                let afterLength = max(length(old[after.old]), length(new[after.new]))
                if !holdsBreak, keptLength <= beforeLength, keptLength <= afterLength {
                    let hunk = Hunk(old: before.old.lowerBound..<after.old.upperBound, new: before.new.lowerBound..<after.new.upperBound)
                    _ = keptOld
                    pieces.replaceSubrange((index - 1)...(index + 1), with: [.changed(hunk)])
                    folded = true
                } else {
                    index += 1
                }
            }
        }
        return pieces
    }

    private static func merge(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        if a.isEmpty { return b }
        if b.isEmpty { return a }
        return min(a.lowerBound, b.lowerBound)..<max(a.upperBound, b.upperBound)
    }

    private static func length(_ tokens: ArraySlice<Token>) -> Int {
        tokens.reduce(0) { $0 + $1.text.count + ($1.trailing.isEmpty ? 0 : 1) }
    }
}
